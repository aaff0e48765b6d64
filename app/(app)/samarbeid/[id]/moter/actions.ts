'use server';
// Møter og vedtak: binds recording the bodies' meetings and decisions to the session and the
// request clock.
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/pure/action-result';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { inOwnWords } from '@/lib/server/i18n/own-messages';
import { authedAction } from '@/lib/server/authed-action';
import { requestNow } from '@/lib/server/clock';
import {
  recordBodyDecision,
  recordBodyDecisionSpec,
  removeBodyDecision,
  removeBodyDecisionSpec,
  saveMeeting,
  saveMeetingSpec,
  saveNoticeDays,
  saveNoticeDaysSpec,
} from '@/lib/server/actions/bodies';

const refresh = (cooperationId: string) => revalidatePath(`/samarbeid/${cooperationId}`, 'layout');

/** The page's own refusals (BODY_MESSAGES, thrown in bokmål) in the request's language. */
const own = <T>(result: ActionResult<T>) => inOwnWords(result, CATALOGUES.nb.moter.feil, () => getTranslations('moter.feil'));

const saveMeetingActionInner = authedAction(saveMeetingSpec, async (input, ctx) => {
  const result = await saveMeeting(input, ctx, await requestNow());
  refresh(input.cooperationId);
  return result;
});

const recordBodyDecisionActionInner = authedAction(recordBodyDecisionSpec, async (input, ctx) => {
  const result = await recordBodyDecision(input, ctx, await requestNow());
  refresh(input.cooperationId);
  return result;
});

const removeBodyDecisionActionInner = authedAction(removeBodyDecisionSpec, async (input, ctx) => {
  const result = await removeBodyDecision(input, ctx);
  refresh(input.cooperationId);
  return result;
});

const saveNoticeDaysActionInner = authedAction(saveNoticeDaysSpec, async (input, ctx) => {
  const result = await saveNoticeDays(input, ctx);
  refresh(input.cooperationId);
  return result;
});

export const saveMeetingAction = async (input: unknown) => own(await saveMeetingActionInner(input));

export const recordBodyDecisionAction = async (input: unknown) => own(await recordBodyDecisionActionInner(input));

export const removeBodyDecisionAction = async (input: unknown) => own(await removeBodyDecisionActionInner(input));

export const saveNoticeDaysAction = async (input: unknown) => own(await saveNoticeDaysActionInner(input));
