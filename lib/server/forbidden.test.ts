import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));

const { roundPageOf } = await import('./forbidden');

const COOP = '0b7e3f4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const ROUND = '9f8e7d6c-5b4a-4c3d-9e2f-1a0b9c8d7e6f';

describe('roundPageOf', () => {
  it('recognises the three round pages that refuse with a reason', () => {
    expect(roundPageOf(`/samarbeid/${COOP}/evaluering/${ROUND}`)).toEqual({ roundId: ROUND, page: 'resultater' });
    expect(roundPageOf(`/samarbeid/${COOP}/evaluering/${ROUND}/svar`)).toEqual({ roundId: ROUND, page: 'svar' });
    expect(roundPageOf(`/samarbeid/${COOP}/evaluering/${ROUND}/rapport/`)).toEqual({ roundId: ROUND, page: 'rapport' });
  });

  it('ignores every other path, missing paths and ids that are not uuids', () => {
    for (const path of [
      null,
      '/admin/brukere',
      `/samarbeid/${COOP}`,
      `/samarbeid/${COOP}/evaluering`,
      `/samarbeid/${COOP}/evaluering/${ROUND}/rapport.pdf`,
      `/samarbeid/${COOP}/evaluering/ikke-en-id/svar`,
      `/samarbeid/${COOP}/evaluering/${ROUND}/svar/mer`,
      `/x/samarbeid/${COOP}/evaluering/${ROUND}`,
    ]) {
      expect(roundPageOf(path)).toBeNull();
    }
  });
});
