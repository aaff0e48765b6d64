// Which dates are municipal elections (kommunestyre- og fylkestingsvalg). They are held every
// four years (2015, 2019, 2023, 2027 …); the King in Council fixes each election day to a
// Monday (valgloven § 9-2 første ledd), and in practice it has been the second Monday in
// September. Only such a day is accepted as an election, unless an administrator marks the
// date as an extraordinary event (a municipal merger or division, a re-run election) and
// says why. Pure. The refusals are message references (lib/pure/validation/reference.ts,
// `validering.valg…`), worded in the reader's language where they are shown.
import { formatDateNb, isIsoDate, yearOf, type IsoDate } from './iso-date';
import { msg } from '@/lib/pure/validation/reference';

/** Election days as fixed in Council, with where it was announced. */
export const FIXED_ELECTION_DAYS: Readonly<Record<number, { date: IsoDate; source: string }>> = {
  2011: { date: '2011-09-12', source: 'Fastsatt i statsråd; valg.no' },
  2015: { date: '2015-09-14', source: 'Fastsatt i statsråd; valg.no' },
  2019: { date: '2019-09-09', source: 'Fastsatt i statsråd 16. mars 2018; valg.no' },
  2023: { date: '2023-09-11', source: 'Fastsatt i statsråd 22. april 2022; regjeringen.no og valg.no' },
};

/** Municipal elections fall in years 2023 + 4n. */
export function isElectionYear(year: number): boolean {
  return year >= 1900 && (year - 2023) % 4 === 0;
}

/** The second Monday in September of the year (the pattern of every recent election day). */
export function secondMondayInSeptember(year: number): IsoDate {
  const first = new Date(Date.UTC(year, 8, 1));
  const offset = (8 - first.getUTCDay()) % 7; // days from 1 September to the first Monday
  const day = 1 + offset + 7;
  return `${String(year).padStart(4, '0')}-09-${String(day).padStart(2, '0')}`;
}

/** The election day of an election year: as fixed in Council, else the expected second Monday in September. */
export function electionDay(year: number): IsoDate | null {
  if (!isElectionYear(year)) return null;
  return FIXED_ELECTION_DAYS[year]?.date ?? secondMondayInSeptember(year);
}

/** The next election day on or after `today`. */
export function nextElectionDay(today: IsoDate): IsoDate {
  let year = yearOf(today);
  while (!isElectionYear(year) || electionDay(year)! < today) year++;
  return electionDay(year)!;
}

export type ElectionCheck = { ok: true } | { ok: false; message: string };

/**
 * A regular election must be the election day of an election year. An extraordinary event
 * may be any real date, but needs a reason.
 */
export function checkElectionDate(date: IsoDate, extraordinary: boolean, reason: string | null): ElectionCheck {
  if (!isIsoDate(date)) return { ok: false, message: msg('dateDoesNotExist') };
  if (extraordinary) {
    return reason && reason.trim().length > 0 ? { ok: true } : { ok: false, message: msg('valgReason') };
  }
  const year = yearOf(date);
  const day = electionDay(year);
  if (day === date) return { ok: true };
  if (day === null) {
    const before = electionDay(year - ((year - 2023) % 4 + 4) % 4)!;
    return {
      ok: false,
      message: msg('valgNoElection', { year, before: formatDateNb(before) }),
    };
  }
  return { ok: false, message: msg('valgWrongDay', { year, day: formatDateNb(day) }) };
}
