import { describe, expect, it } from 'vitest';
import { perspectivesWithoutInvitees } from './coverage';

describe('perspectivesWithoutInvitees', () => {
  it('names every group when nobody is invited', () => {
    expect(perspectivesWithoutInvitees([])).toEqual(['leder', 'politisk', 'administrativ', 'medlemmer']);
  });
  it('a rådmannsteam or a representative covers the members', () => {
    expect(perspectivesWithoutInvitees([{ perspective: 'radmannsteam' }])).toEqual(['leder', 'politisk', 'administrativ']);
    expect(perspectivesWithoutInvitees([{ perspective: 'medlemsrepresentant' }])).toEqual(['leder', 'politisk', 'administrativ']);
  });
  it('is empty when every group has someone', () => {
    expect(perspectivesWithoutInvitees([{ perspective: 'operativ_leder' }, { perspective: 'politisk_sponsor' }, { perspective: 'administrativ_sponsor' }, { perspective: 'radmannsteam' }])).toEqual([]);
  });
});
