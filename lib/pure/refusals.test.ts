import { describe, expect, it } from 'vitest';
import { refusedStep } from '@/lib/server/action-core';
import { actionCodeOfStep, MESSAGES, notReady, STEP_MESSAGES, stepRefusal, type StepRefusalCode } from './refusals';

const STEP_CODES = Object.keys(STEP_MESSAGES) as StepRefusalCode[];

describe('the refusal vocabulary', () => {
  it('has a Norwegian sentence for every code', () => {
    for (const message of [...Object.values(MESSAGES), ...Object.values(STEP_MESSAGES)]) expect(message).toMatch(/^[A-ZÆØÅ].*\.$/);
  });

  it('tells a form "invalid" for a step the state or the dossier does not allow, and keeps the other codes', () => {
    expect(STEP_CODES.map((c) => [c, actionCodeOfStep(c)])).toEqual([
      ['not_found', 'not_found'],
      ['forbidden', 'forbidden'],
      ['not_allowed_in_state', 'invalid'],
      ['not_ready', 'invalid'],
      ['conflict', 'conflict'],
    ]);
  });
});

describe('refusedStep', () => {
  it('carries the runner’s message, and what is missing as the form’s field errors', () => {
    expect(refusedStep(stepRefusal('conflict')).toResult()).toEqual({ ok: false, code: 'conflict', message: STEP_MESSAGES.conflict });
    expect(refusedStep(notReady(['Mangler vedtak fra Arendal kommune'])).toResult()).toEqual({
      ok: false,
      code: 'invalid',
      message: STEP_MESSAGES.not_ready,
      fieldErrors: { missing: ['Mangler vedtak fra Arendal kommune'] },
    });
  });

  it('words a refusal for the action’s own step when asked to', () => {
    const result = refusedStep(stepRefusal('not_allowed_in_state'), { not_allowed_in_state: 'Samarbeidet venter ikke på en beslutning.' }).toResult();
    expect(result).toEqual({ ok: false, code: 'invalid', message: 'Samarbeidet venter ikke på en beslutning.' });
  });
});
