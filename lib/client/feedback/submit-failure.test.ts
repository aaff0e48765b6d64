// A failed submit is told to whoever listens (the root layout's notice); Next's redirects and
// "not found", an abort, and a failure nobody listens for are left to the caller.
import { afterEach, describe, expect, it } from 'vitest';
import { isNextControlFlow, onSubmitFailure, reportSubmitFailure } from './submit-failure';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('failed submits', () => {
  it('are told to every listener, until it stops listening', () => {
    const heard: unknown[] = [];
    const stop = onSubmitFailure((e) => heard.push(e));
    const lost = new TypeError('Failed to fetch');
    expect(reportSubmitFailure(lost)).toBe(true);
    expect(heard).toEqual([lost]);
    stop();
    expect(reportSubmitFailure(lost)).toBe(false);
    expect(heard).toHaveLength(1);
  });

  it('leave Next’s redirects and not-found, and an abort, to the caller', () => {
    const heard: unknown[] = [];
    stops.push(onSubmitFailure((e) => heard.push(e)));
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/oversikt;307;' });
    const notFound = Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;404'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    const abort = Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' });
    expect(isNextControlFlow(redirect)).toBe(true);
    expect(isNextControlFlow(new Error('annen feil'))).toBe(false);
    expect(isNextControlFlow('NEXT_REDIRECT')).toBe(false);
    for (const e of [redirect, notFound, abort]) expect(reportSubmitFailure(e)).toBe(false);
    expect(heard).toEqual([]);
  });
});
