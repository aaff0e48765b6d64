import { describe, expect, it } from 'vitest';
import ical, { type VEvent } from 'node-ical';
import type { AnchoringOccurrence, Dossier } from '@/lib/pure/domain/dossier';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { buildCalendarFeed, calendarLanguage, eventUid } from './feed';
import { itemsFromDossier, type DeadlineItem } from './items';

const NOW = new Date('2026-11-20T09:00:00Z');
const BASE = 'https://brobygger.example.no';
const SECRET_MANDATE = 'HEMMELIG-MANDAT-Bemanning';
const SECRET_NOTE = 'INTERN-NOTAT-om-ordføreren';

function occurrence(id: string, point: string, member: string, dueDate: string, extra: Partial<AnchoringOccurrence> = {}): AnchoringOccurrence {
  return { id, anchoringPointId: point, memberId: member, dueDate, status: 'planlagt', heldDate: null, saksnummer: null, minutesUrl: null, ...extra };
}

function fixture(): Dossier {
  const d = readyDossier();
  d.design.mandate.alone = [SECRET_MANDATE];
  d.participation.informalContact = SECRET_NOTE;
  d.members[1]!.contactPerson = SECRET_NOTE;
  d.occurrences = [
    occurrence('o-budsjett-lillesand', 'a-budsjett', READY_MEMBER_IDS.lillesand, '2026-12-15'),
    occurrence('o-formannskap-arendal', 'a-formannskap', READY_MEMBER_IDS.arendal, '2026-09-30', {
      status: 'holdt',
      heldDate: '2026-09-24',
      saksnummer: '26/118',
      minutesUrl: 'https://innsyn.arendal.kommune.no/sak/26-118',
    }),
    occurrence('o-formannskap-froland', 'a-formannskap', READY_MEMBER_IDS.froland, '2026-09-30', { status: 'ikke_holdt' }),
    occurrence('o-ledergruppe-grimstad', 'a-ledergruppe', READY_MEMBER_IDS.grimstad, '2026-06-30', { status: 'utsatt' }),
  ];
  return d;
}

const deadline: DeadlineItem = {
  type: 'frist',
  id: 'evaluering-r1',
  cooperationId: 'samarbeid-legevakt-ostre-agder',
  cooperationName: 'Legevakt Østre Agder',
  title: 'svar på evaluering 1',
  dueDate: '2027-01-31',
  details: ['Du er invitert til å svare på evalueringen.'],
};

function parse(text: string): Map<string, VEvent> {
  const events = new Map<string, VEvent>();
  for (const component of Object.values(ical.sync.parseICS(text))) {
    if (component && component.type === 'VEVENT') events.set(component.uid, component as VEvent);
  }
  return events;
}

const ymd = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate()];
/** node-ical gives a property as a string, or as { val, params } when it carries parameters. */
const text = (value: unknown): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' && 'val' in value ? String(value.val) : '';

describe('buildCalendarFeed', () => {
  const feed = buildCalendarFeed([...itemsFromDossier(fixture()), deadline], { now: NOW, baseUrl: BASE });
  const events = parse(feed);

  it('is a calendar an iCalendar library reads, one event per item, named for Oslo', () => {
    expect(feed.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(feed).toContain('X-WR-TIMEZONE:Europe/Oslo');
    expect(feed).toContain('X-WR-CALNAME:Brobygger');
    expect(events.size).toBe(5);
    // DTSTAMP is a UTC instant (RFC 5545), not a floating local time.
    expect(feed).toMatch(/\r\nDTSTAMP:20261120T090000Z\r\n/);
  });

  it('places each occurrence as an all-day event on its Norwegian calendar day', () => {
    const planned = events.get('forankring-o-budsjett-lillesand@brobygger')!;
    expect(planned.datetype).toBe('date');
    expect(ymd(planned.start)).toEqual([2026, 12, 15]);
    expect(ymd(planned.end!)).toEqual([2026, 12, 16]);
    expect(feed).toContain('DTSTART;VALUE=DATE:20261215');
    expect(feed).toContain('DTEND;VALUE=DATE:20261216');
    // A held occurrence sits on the day it was held.
    expect(ymd(events.get('forankring-o-formannskap-arendal@brobygger')!.start)).toEqual([2026, 9, 24]);
  });

  it('writes Norwegian summaries and status, with a link back to the cooperation', () => {
    const planned = events.get('forankring-o-budsjett-lillesand@brobygger')!;
    expect(text(planned.summary)).toBe('Forankring: Kommunestyre (Lillesand kommune) – Legevakt Østre Agder');
    expect(planned.status).toBe('CONFIRMED');
    expect(text(planned.description)).toContain('Forankring: Formell, politisk – Kommunestyre');
    expect(text(planned.description)).toContain('Frist: 15.12.2026');
    expect(text(planned.url)).toBe(`${BASE}/samarbeid/samarbeid-legevakt-ostre-agder`);

    const held = events.get('forankring-o-formannskap-arendal@brobygger')!;
    expect(text(held.summary)).toMatch(/^Holdt: Formannskap \(Arendal kommune\)/);
    expect(text(held.description)).toContain('Status: Holdt 24.09.2026 (sak 26/118)');
    expect(text(held.description)).toContain('Referat: https://innsyn.arendal.kommune.no/sak/26-118');

    const missed = events.get('forankring-o-formannskap-froland@brobygger')!;
    expect(text(missed.summary)).toMatch(/^Ikke holdt: /);
    expect(missed.status).toBe('CANCELLED');
    expect(text(events.get('forankring-o-ledergruppe-grimstad@brobygger')!.summary)).toMatch(/^Utsatt: Ledergruppe/);

    const due = events.get('frist-evaluering-r1@brobygger')!;
    expect(text(due.summary)).toBe('Frist: svar på evaluering 1 – Legevakt Østre Agder');
    expect(ymd(due.start)).toEqual([2027, 1, 31]);
  });

  it('puts a moved occurrence on its new day, saying so, and keeps the original deadline in the text', () => {
    const moved = fixture();
    moved.occurrences[3] = { ...moved.occurrences[3]!, status: 'utsatt', heldDate: '2026-08-20' };
    const event = parse(buildCalendarFeed(itemsFromDossier(moved), { now: NOW, baseUrl: BASE })).get('forankring-o-ledergruppe-grimstad@brobygger')!;
    expect(ymd(event.start)).toEqual([2026, 8, 20]);
    expect(text(event.description)).toContain('Status: Flyttet til 20.08.2026');
    expect(text(event.description)).toContain('Frist: 30.06.2026');
    expect(event.status).toBe('TENTATIVE');
  });

  it('keeps the UID of an occurrence when it is logged, and gives different occurrences different UIDs', () => {
    const logged = fixture();
    logged.occurrences[0] = { ...logged.occurrences[0]!, status: 'holdt', heldDate: '2026-12-10', saksnummer: '26/200' };
    const again = parse(buildCalendarFeed(itemsFromDossier(logged), { now: new Date('2026-12-11T08:00:00Z'), baseUrl: BASE }));
    expect(text(again.get('forankring-o-budsjett-lillesand@brobygger')?.summary)).toMatch(/^Holdt: /);
    expect(new Set([...events.keys()]).size).toBe(events.size);
    expect(eventUid({ type: 'forankring', id: 'x' })).toBe('forankring-x@brobygger');
  });

  it('never carries internal fields (mandate, notes, contact persons) into the feed', () => {
    expect(feed).not.toContain('HEMMELIG');
    expect(feed).not.toContain('INTERN-NOTAT');
    expect(feed).not.toContain('Kontaktperson');
  });

  it('is empty but valid for a user with nothing to show', () => {
    const empty = buildCalendarFeed([], { now: NOW, baseUrl: BASE });
    expect(empty).toContain('BEGIN:VCALENDAR');
    expect(parse(empty).size).toBe(0);
  });
});

describe('buildCalendarFeed in the owner’s language', () => {
  const evaluation: DeadlineItem = { ...deadline, evaluationRound: 1 };
  const feedIn = (locale: 'nb' | 'nn' | 'en') => buildCalendarFeed([...itemsFromDossier(fixture()), evaluation], { now: NOW, baseUrl: BASE, lang: calendarLanguage(locale) });

  it('is the same in bokmål whether the evaluation deadline is worded here or brought along', () => {
    const events = parse(feedIn('nb'));
    expect(text(events.get('frist-evaluering-r1@brobygger')!.summary)).toBe('Frist: svar på evaluering 1 – Legevakt Østre Agder');
    expect(text(events.get('forankring-o-budsjett-lillesand@brobygger')!.summary)).toBe('Forankring: Kommunestyre (Lillesand kommune) – Legevakt Østre Agder');
  });

  it('words titles and descriptions in nynorsk', () => {
    const feed = feedIn('nn');
    const events = parse(feed);
    const held = events.get('forankring-o-formannskap-arendal@brobygger')!;
    expect(text(held.summary)).toMatch(/^Halden: Formannskap \(Arendal kommune\) – Legevakt Østre Agder$/);
    expect(text(held.description)).toContain('Status: Halden 24.09.2026 (sak 26/118)');
    expect(text(held.description)).toContain('Opne i Brobygger: ');
    expect(text(events.get('forankring-o-ledergruppe-grimstad@brobygger')!.summary)).toMatch(/^Utsett: /);
    expect(text(events.get('frist-evaluering-r1@brobygger')!.description)).toContain('Svara blir viste først når runden er lukka.');
    expect(feed).toContain('Forankringspunkt og fristar i samarbeida dine i Brobygger.');
  });

  it('words titles and descriptions in English, with English dates', () => {
    const feed = feedIn('en');
    const events = parse(feed);
    const planned = events.get('forankring-o-budsjett-lillesand@brobygger')!;
    expect(text(planned.summary)).toBe('Anchoring: Kommunestyre (Lillesand kommune) – Legevakt Østre Agder');
    expect(text(planned.description)).toContain('Anchoring: Formal, political – Kommunestyre');
    expect(text(planned.description)).toContain('Deadline: Dec 15, 2026');
    expect(text(planned.description)).toContain('Status: Planned');
    expect(text(events.get('frist-evaluering-r1@brobygger')!.summary)).toBe('Deadline: respond to evaluation 1 – Legevakt Østre Agder');
    expect(text(events.get('forankring-o-formannskap-froland@brobygger')!.summary)).toMatch(/^Not held: /);
    expect(feed).toContain('//Brobygger//Kalender//EN');
  });
});
