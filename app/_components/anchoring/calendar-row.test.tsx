// One calendar row in each language: the words come from the server page as props.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { formatDate } from '@/lib/pure/format';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { CalendarRow as Row } from '@/lib/pure/calendar/calendar-rows';
import { CalendarRow } from './calendar-row';
import { calendarWordsFrom } from './localize';

const row: Row = {
  id: 'o1',
  cooperationId: 'c1',
  cooperationName: 'Legevakt Sør',
  memberId: 'm1',
  memberName: 'Arendal',
  body: 'Kommunestyre',
  level: 'politisk',
  kind: 'formell',
  dueDate: '2027-02-01',
  calendarDate: '2027-03-01',
  status: 'utsatt',
  view: 'utsatt',
  movedTo: '2027-03-01',
  heldDate: null,
  saksnummer: null,
  minutesUrl: null,
  note: 'Møtet ble avlyst',
  loggedByName: 'Kari',
  loggedAt: '2027-01-20T10:00:00Z',
  canLog: true,
  noLogReason: null,
  eventLabel: null,
};

const html = (locale: Locale) => {
  const words = calendarWordsFrom(createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'forankring' }) as never, locale);
  return renderToStaticMarkup(
    <table>
      <tbody>
        <CalendarRow row={row} today="2027-02-10" showCooperation={false} onLog={() => {}} words={words} />
      </tbody>
    </table>,
  );
};

describe('CalendarRow', () => {
  it('reads as before in bokmål', () => {
    const out = html('nb');
    expect(out).toContain('Frist 01.02.2027');
    expect(out).toContain('Politisk nivå, formell');
    expect(out).toContain('Flyttet');
    expect(out).toContain('Ny dato: 01.03.2027');
    expect(out).toContain('«Møtet ble avlyst»');
    expect(out).toContain('aria-label="Endre: Kommunestyre, Arendal, frist 01.02.2027"');
  });

  it('reads in nynorsk and English', () => {
    const nn = html('nn');
    expect(nn).toContain('Flytta');
    expect(nn).toContain('Politisk nivå, formell');
    const en = html('en');
    const due = formatDate('2027-02-01', 'en');
    expect(en).toContain(`Due ${due}`);
    expect(en).toContain('Political level, formal');
    expect(en).toContain('Moved');
    expect(en).toContain(`New date: ${formatDate('2027-03-01', 'en')}`);
    expect(en).toContain('“Møtet ble avlyst”');
    expect(en).toContain(`aria-label="Change: Kommunestyre, Arendal, due ${due}"`);
    expect(en).toContain('>Change</button>');
  });
});
