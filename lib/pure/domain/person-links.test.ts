import { describe, expect, it } from 'vitest';
import type { RoleGrant } from '@/lib/pure/auth/roles';
import { INVITATION_TTL_MS, linkCurrent, linkState, mayLinkFor, sponsorRole } from './person-links';

const now = new Date('2026-12-05T10:00:00Z');
const facts = { userName: 'Kari Nordmann', email: 'kari@example.no', invitedAt: null, invitationExpiresAt: null, acceptedAt: null };

describe('linkState', () => {
  it('no link is not linked', () => expect(linkState(null, now)).toEqual({ kind: 'none' }));
  it('a picked account is linked at once', () => expect(linkState(facts, now)).toEqual({ kind: 'linked', userName: 'Kari Nordmann', email: 'kari@example.no' }));
  it('an invitation is pending until it expires', () => {
    const invitedAt = new Date(now.getTime() - 1000);
    const expires = new Date(invitedAt.getTime() + INVITATION_TTL_MS);
    expect(linkState({ ...facts, invitedAt, invitationExpiresAt: expires }, now)).toEqual({ kind: 'invited', email: 'kari@example.no', expiresAt: expires });
    expect(linkState({ ...facts, invitedAt, invitationExpiresAt: expires }, new Date(expires.getTime()))).toEqual({ kind: 'expired', email: 'kari@example.no', expiredAt: expires });
  });
  it('an accepted invitation is linked, also after the link expired', () => {
    const invitedAt = new Date(now.getTime() - 2 * INVITATION_TTL_MS);
    const state = linkState({ ...facts, invitedAt, invitationExpiresAt: new Date(invitedAt.getTime() + INVITATION_TTL_MS), acceptedAt: invitedAt }, now);
    expect(state.kind).toBe('linked');
  });
  it('the state shows the account name only once linked, never while invited', () => {
    const state = linkState({ ...facts, userName: 'Eksisterende Navn', invitedAt: now, invitationExpiresAt: new Date(now.getTime() + 1) }, now);
    expect(JSON.stringify(state)).not.toContain('Eksisterende Navn');
  });
});

describe('mayLinkFor', () => {
  const coop = 'c0000000-0000-4000-8000-000000000001';
  const rt = (k: string): RoleGrant => ({ role: 'radmannsteam', kommunenummer: k, cooperationId: null });
  const cases: [string, RoleGrant[], string | null, boolean][] = [
    ['rådmannsteam for its own member', [rt('4204')], '4204', true],
    ['rådmannsteam for another member', [rt('4204')], '4223', false],
    ['rådmannsteam for the leader', [rt('4204')], null, true],
    ['the leader for any member', [{ role: 'operativ_leder', kommunenummer: null, cooperationId: coop }], '4223', true],
    ['a leader of another cooperation', [{ role: 'operativ_leder', kommunenummer: null, cooperationId: 'other' }], '4223', false],
    ['a folkevalgt', [{ role: 'folkevalgt', kommunenummer: '4204', cooperationId: null }], '4204', false],
    ['a sponsor', [{ role: 'politisk_sponsor', kommunenummer: '4204', cooperationId: coop }], '4204', false],
    ['nobody', [], null, false],
  ];
  it.each(cases)('%s', (_label, grants, kommunenummer, expected) => expect(mayLinkFor(grants, coop, kommunenummer)).toBe(expected));
});

describe('sponsors and names', () => {
  it('maps sponsor kinds to roles', () => {
    expect(sponsorRole('politisk')).toBe('politisk_sponsor');
    expect(sponsorRole('administrativ')).toBe('administrativ_sponsor');
  });
  it('a link lapses when the phase names someone else', () => {
    expect(linkCurrent('Kari Nordmann', ' kari nordmann ')).toBe(true);
    expect(linkCurrent('Kari Nordmann', 'Ola Nordmann')).toBe(false);
    expect(linkCurrent('Kari Nordmann', null)).toBe(false);
  });
});
