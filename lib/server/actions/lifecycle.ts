import 'server-only';
// Taking a lifecycle step from the UI: the action wrapper checks sign-in, input and read
// access; the runner checks the role for this very step, the state, readiness and version.
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { refusedStep, type ActionContext } from '@/lib/server/action';
import { CHANGE_KINDS, transitionSchema } from '@/lib/pure/validation/lifecycle';
import { transition } from '@/workflows/cooperation/runner';
import { requestLanguage } from '@/lib/server/i18n/request-language';
import type { z } from 'zod';

export const transitionSpec = {
  schema: transitionSchema,
  action: 'cooperation.read' as const,
  resource: cooperationOf,
};

export async function takeStep(input: z.output<typeof transitionSchema>, ctx: ActionContext) {
  const details = input.type === 'ENDRINGSFORSLAG' && input.change ? { kind: input.change.kind, description: input.change.description } : undefined;
  const comment = details ? [CHANGE_KINDS[input.change!.kind], input.change!.description, input.comment].filter(Boolean).join(': ') : input.comment;
  // Starting an evaluation opens a round, in the opener's language when the members' målform does not decide.
  const language = await requestLanguage();
  const locale = input.type === 'START_EVALUERING' ? language : null;
  // A step that is not ready after all lists what is missing in the request's language.
  const result = await transition(ctx.db, input.cooperationId, { type: input.type, comment, expectedVersion: input.expectedVersion, details }, ctx.user, {
    now: ctx.now,
    ...(locale ? { locale } : {}),
    ...(language ? { missingIn: language } : {}),
  });
  if (result.ok) return { state: result.state, rowVersion: result.rowVersion };
  throw refusedStep(result);
}
