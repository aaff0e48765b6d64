import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { AnchoringPoint } from './dossier';
import { EVENT_ANCHORING, eventKey, eventOccurrences } from './event-anchoring';

const point = (id: string, fields: Partial<AnchoringPoint>): AnchoringPoint => ({
  id,
  kind: 'formell',
  level: 'politisk',
  body: 'kommunestyre',
  trigger: { type: 'hendelse', event: 'valg' },
  memberIds: [],
  description: null,
  ...fields,
});
const members = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('eventOccurrences', () => {
  it('without a point for the event, every member gets the standard occurrence, due the given months after', () => {
    const planned = eventOccurrences({ points: [], members, event: 'valg', eventDate: '2027-09-13', eventRef: 'valg-2027', months: 4 });
    expect(planned).toHaveLength(3);
    expect(planned[0]).toEqual({
      anchoringPointId: null,
      memberId: 'a',
      body: 'kommunestyre',
      level: 'politisk',
      kind: 'formell',
      dueDate: '2028-01-13',
      event: 'valg',
      eventDate: '2027-09-13',
      eventKey: 'valg-2027:standard',
    });
  });

  it("uses the cooperation's own points for the event, with their body, level and members", () => {
    const points = [
      point('p1', { body: 'formannskap', memberIds: ['b'] }),
      point('p2', { kind: 'uformell', level: 'administrativ', body: 'ledergruppe' }),
      point('other', { trigger: { type: 'hendelse', event: 'stor_beslutning' } }),
      point('periodic', { trigger: { type: 'periodisk', frequency: 'aarlig' } }),
    ];
    const planned = eventOccurrences({ points, members, event: 'valg', eventDate: '2027-09-13', eventRef: 'e1' });
    expect(planned.map((o) => `${o.anchoringPointId}/${o.memberId}/${o.body}/${o.dueDate}`)).toEqual([
      'p1/b/formannskap/2027-12-13',
      'p2/a/ledergruppe/2027-12-13',
      'p2/b/ledergruppe/2027-12-13',
      'p2/c/ledergruppe/2027-12-13',
    ]);
    expect(new Set(planned.map((o) => `${o.memberId}/${o.eventKey}`)).size).toBe(planned.length);
  });

  it('a major decision falls due two months later in the formannskap by default', () => {
    const [first] = eventOccurrences({ points: [], members, event: 'stor_beslutning', eventDate: '2026-03-31', eventRef: 'd1' });
    expect(first).toMatchObject({ body: 'formannskap', dueDate: '2026-05-31', eventKey: eventKey('d1', null) });
  });
});

// The labels here stay bokmål in the code (an admin form in the browser imports this module, so
// it must not pull in the catalogues); translated pages read `forankring.hendelse` instead.
describe('event anchoring in the catalogues', () => {
  const words = (locale: 'nb' | 'nn' | 'en') => createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'forankring.hendelse' });

  it('has the bokmål label and help of every event in nb.json, word for word', () => {
    for (const [event, e] of Object.entries(EVENT_ANCHORING) as [keyof typeof EVENT_ANCHORING, (typeof EVENT_ANCHORING)[keyof typeof EVENT_ANCHORING]][]) {
      expect(words('nb')(`${event}.label`)).toBe(e.label);
      expect(words('nb')(`${event}.help`)).toBe(e.help);
    }
  });

  it('names the events in nynorsk and English', () => {
    expect(words('nn')('valg.label')).toBe('Etter kommunevalet');
    expect(words('en')('stor_beslutning.label')).toBe('After a major decision');
    expect(words('en')('vedtektsendring.help')).toMatch(/municipal council of each participating municipality/);
  });
});
