import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STATES } from './dossier';
import { correctionScope } from './decision-correction';

describe('correctionScope', () => {
  it('corrects the outcome only in the open round, while the members are deciding', () => {
    expect(correctionScope('medlemsvedtak', 2, 2)).toEqual({ allowed: true, outcome: true });
    expect(correctionScope('medlemsvedtak', 2, 1)).toEqual({ allowed: true, outcome: false });
  });

  it('corrects the reference of any decision while the cooperation lives, and nothing once it has ended', () => {
    for (const state of LIFECYCLE_STATES) {
      const ended = state === 'avviklet' || state === 'avbrutt';
      expect(correctionScope(state, null, 1), state).toEqual({ allowed: !ended, outcome: false });
    }
  });
});
