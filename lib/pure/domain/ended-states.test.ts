import { describe, expect, it } from 'vitest';
import { isEnded, LIFECYCLE_STATES } from './dossier';

describe('ended lifecycle states', () => {
  it('counts only avviklet and avbrutt as over', () => {
    expect(LIFECYCLE_STATES.filter(isEnded)).toEqual(['avviklet', 'avbrutt']);
  });
});
