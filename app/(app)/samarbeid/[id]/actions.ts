'use server';
// A lifecycle step from the overview, bound to the session; revalidates in the one place.
import { takeStep, transitionSpec } from '@/lib/server/actions/lifecycle';
import { sectionAction } from '@/lib/server/section-action';

export const takeStepAction = sectionAction(transitionSpec, takeStep);
