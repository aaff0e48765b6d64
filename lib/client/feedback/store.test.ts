import { describe, expect, it, vi } from 'vitest';
import { createFeedbackStore, FLASH_OWNER, pathOf } from './store';

const saved = { ok: true, text: 'Lagret.' };
const refused = { ok: false, text: 'Noen av feltene må rettes.' };

describe('feedback store', () => {
  it('shows one message at a time: a new one replaces a stale one, from any form', () => {
    const store = createFeedbackStore();
    store.show('skjema-a', saved);
    expect(store.current()).toMatchObject({ owner: 'skjema-a', feedback: saved });
    store.show('skjema-a', refused);
    expect(store.current()).toMatchObject({ owner: 'skjema-a', feedback: refused });
    store.show('skjema-b', saved);
    expect(store.current()?.owner).toBe('skjema-b');
  });

  it('numbers every message, so the same text said twice is a new message', () => {
    const store = createFeedbackStore();
    store.show('a', saved);
    const first = store.current()!.seq;
    store.show('a', saved);
    expect(store.current()!.seq).toBeGreaterThan(first);
  });

  it('clears only the owner’s own message', () => {
    const store = createFeedbackStore();
    store.show('a', saved);
    store.clear('b');
    expect(store.current()?.owner).toBe('a');
    store.clear('a');
    expect(store.current()).toBeNull();
  });

  it('tells subscribers about every change, until they leave', () => {
    const store = createFeedbackStore();
    const listener = vi.fn();
    const leave = store.subscribe(listener);
    store.show('a', saved);
    store.clear('a');
    leave();
    store.show('a', saved);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('carries a flash to the page it was meant for, and drops it when the user moves on', () => {
    const store = createFeedbackStore();
    store.show('vedtaksskjema', refused);
    store.flash(saved, '/samarbeid/1', '/samarbeid/1/evaluering');
    expect(store.current()?.owner).toBe('vedtaksskjema');
    store.arrive('/samarbeid/1/evaluering'); // still on the old page: nothing happens yet
    expect(store.current()?.owner).toBe('vedtaksskjema');
    store.arrive('/samarbeid/1');
    expect(store.current()).toMatchObject({ owner: FLASH_OWNER, feedback: saved });
    store.arrive('/samarbeid/1'); // a refresh of the same page keeps it
    expect(store.current()?.owner).toBe(FLASH_OWNER);
    store.arrive('/samarbeid/1/vedtak');
    expect(store.current()).toBeNull();
  });

  it('shows a flash for the current page at once, and a new message replaces it', () => {
    const store = createFeedbackStore();
    store.flash(saved, '/samarbeid/1/vedtak', '/samarbeid/1/vedtak');
    expect(store.current()?.owner).toBe(FLASH_OWNER);
    store.show('registrer', refused);
    expect(store.current()?.owner).toBe('registrer');
    store.arrive('/samarbeid/1');
    expect(store.current()?.owner).toBe('registrer');
  });

  it('a flash can only be sent with flash()', () => {
    expect(() => createFeedbackStore().show(FLASH_OWNER, saved)).toThrow();
  });

  it('reads the path of an href', () => {
    expect(pathOf('/samarbeid/1?x=2#y')).toBe('/samarbeid/1');
    expect(pathOf('/samarbeid/1#historikk')).toBe('/samarbeid/1');
    expect(pathOf('/samarbeid')).toBe('/samarbeid');
  });
});
