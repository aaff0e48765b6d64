import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { fieldErrorsIn } from '@/lib/pure/validation/field-errors';
import { deltakelseSchema, reachesCitizens, type DeltakelseInput } from './deltakelse';

const COOP = '5f0c5a52-3f0e-4a57-9a34-0d1c7d3b8b11';
const A = '0b7e2a0c-8d1e-4f2a-9c3b-2e4d6f8a1b2c';
const B = '1c8f3b1d-9e2f-4a3b-8d4c-3f5e7a9b2c3d';

const valid = (): DeltakelseInput => ({
  cooperationId: COOP,
  version: 0,
  members: [
    { memberId: A, representatives: 2, contactPerson: 'Kari', contactPublic: true },
    { memberId: B, representatives: 1, contactPerson: '', contactPublic: false },
  ],
  representation: '',
  anchoringPoints: [
    { id: '', kind: 'formell', level: 'politisk', body: 'Formannskapet', triggerType: 'periodisk', frequency: 'kvartalsvis', event: '', scope: 'alle', memberIds: [], description: '' },
    { id: '', kind: 'formell', level: 'politisk', body: 'Kommunestyret', triggerType: 'hendelse', frequency: '', event: 'aarsmelding', scope: 'utvalgte', memberIds: [A], description: null },
  ],
  informationItems: [
    { id: '', audience: 'innbyggere', content: 'Referater', timing: 'Etter hvert møte', channel: 'Publiserte referater', place: 'Nettsiden', responsible: 'Daglig leder' },
  ],
  informalContact: 'Ordfører og daglig leder snakker sammen hver måned.',
});

const errorsOf = (input: unknown) => {
  const r = deltakelseSchema.safeParse(input);
  if (r.success) throw new Error('expected failure');
  return fieldErrorsIn(r.error, CATALOGUES.nb.validering);
};

describe('deltakelseSchema', () => {
  it('parses a full plan and keeps the flat form shape', () => {
    const out = deltakelseSchema.parse(valid());
    expect(out.members[1]!.contactPerson).toBeNull();
    expect(out.anchoringPoints[0]).toMatchObject({ id: null, frequency: 'kvartalsvis', event: null, description: null });
    expect(out.anchoringPoints[1]).toMatchObject({ frequency: null, event: 'aarsmelding', memberIds: [A] });
    expect(out.representation).toBeNull();
  });

  it('accepts its own output again', () => {
    const once = deltakelseSchema.parse(valid());
    expect(deltakelseSchema.parse(once)).toEqual(once);
  });

  it('asks for the frequency, the event or the members the trigger and scope need', () => {
    const input = valid();
    input.anchoringPoints = [
      { ...input.anchoringPoints[0]!, frequency: '' },
      { ...input.anchoringPoints[1]!, event: null, memberIds: [] },
    ];
    expect(errorsOf(input)).toEqual({
      'anchoringPoints.0.frequency': ['Velg hvor ofte.'],
      'anchoringPoints.1.event': ['Velg hendelsen.'],
      'anchoringPoints.1.memberIds': ['Velg minst én deltaker, eller velg «Alle deltakerne».'],
    });
  });

  it('reports wrong types and missing fields on their form paths', () => {
    const errors = errorsOf({
      cooperationId: COOP,
      members: [{ memberId: A, representatives: '2', contactPublic: 'ja' }, { memberId: B, representatives: -1, contactPublic: false }, { memberId: B, representatives: 1.5, contactPublic: false }],
      anchoringPoints: [{ kind: 'viktig', level: 'politisk', body: '', triggerType: 'periodisk', frequency: 'ukentlig', scope: 'alle', memberIds: ['x'] }],
      informationItems: [{ audience: 'alle', content: '', timing: ' ', channel: '', responsible: '' }],
    });
    expect(errors['members.0.representatives']).toEqual(['Skriv antall representanter som et helt tall.']);
    expect(errors['members.0.contactPublic']).toEqual(['Velg om kontaktopplysningene skal være offentlige.']);
    expect(errors['members.1.representatives']).toEqual(['Antallet kan ikke være negativt.']);
    expect(errors['members.2.representatives']).toEqual(['Skriv antall representanter som et helt tall.']);
    expect(errors['anchoringPoints.0.kind']).toEqual(['Velg formell eller uformell forankring.']);
    expect(errors['anchoringPoints.0.body']).toEqual(['Velg eller skriv inn organet.']);
    expect(errors['anchoringPoints.0.frequency']).toEqual(['Velg hvor ofte.']);
    expect(errors['anchoringPoints.0.memberIds.0']).toEqual(['Ukjent deltaker.']);
    expect(errors['informationItems.0.audience']).toEqual(['Velg målgruppe.']);
    expect(errors['informationItems.0.content']).toEqual(['Skriv hva som skal formidles.']);
    expect(errors['informationItems.0.timing']).toEqual(['Skriv når eller hvor ofte.']);
    expect(errors['informationItems.0.channel']).toEqual(['Velg eller skriv inn kanal.']);
    expect(errors['informationItems.0.responsible']).toEqual(['Skriv hvem som har ansvaret.']);
  });

  it('refuses a member listed twice', () => {
    const input = valid();
    input.members.push({ memberId: A, representatives: 1, contactPublic: false });
    expect(errorsOf(input)).toEqual({ 'members.2.memberId': ['Deltakeren står to ganger.'] });
  });

  it('knows whether the information plan reaches citizens', () => {
    expect(reachesCitizens([{ audience: 'politikere' }, { audience: 'innbyggere' }])).toBe(true);
    expect(reachesCitizens([{ audience: 'politikere' }, { audience: 'media' }])).toBe(false);
    expect(reachesCitizens([])).toBe(false);
  });
});

describe('deltakelseSchema messages', () => {
  it.each([
    null,
    [],
    {},
    {
      cooperationId: 1,
      members: [null, { memberId: 2, representatives: null, contactPerson: 3, contactPublic: null }],
      representation: [],
      anchoringPoints: ['x', { id: 1, kind: 2, level: 3, body: 4, triggerType: 5, frequency: 6, event: 7, scope: 8, memberIds: 'alle', description: 9 }],
      informationItems: [1, { id: [], audience: 1, content: 2, timing: 3, channel: 4, place: 5, responsible: 6 }],
      informalContact: {},
    },
  ])('are Norwegian sentences for garbage (%j)', (garbage) => {
    const messages = Object.values(errorsOf(garbage)).flat();
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).not.toMatch(/invalid|expected|received/i);
  });
});
