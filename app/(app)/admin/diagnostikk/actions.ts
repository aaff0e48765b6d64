'use server';
import { authedAction } from '@/lib/authed-action';
import { consistencySpec, runConsistencyCheck } from '@/lib/actions/consistency';

export const consistencyAction = authedAction(consistencySpec, runConsistencyCheck);
