'use server';
import { authedAction } from '@/lib/server/authed-action';
import { consistencySpec, runConsistencyCheck } from '@/lib/server/actions/consistency';

export const consistencyAction = authedAction(consistencySpec, runConsistencyCheck);
