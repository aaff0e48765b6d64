import { describe, expect, it } from 'vitest';
import { checkElectionDate, electionDay, isElectionYear, nextElectionDay, secondMondayInSeptember } from './elections';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { validationText } from '@/lib/pure/validation/reference';
import type { ElectionCheck } from './elections';

const worded = (check: ElectionCheck, locale: Locale) => (check.ok ? null : validationText(check.message, CATALOGUES[locale].validering));

describe('municipal election days', () => {
  it('the second Monday in September matches every election day fixed in Council', () => {
    expect(secondMondayInSeptember(2011)).toBe('2011-09-12');
    expect(secondMondayInSeptember(2015)).toBe('2015-09-14');
    expect(secondMondayInSeptember(2019)).toBe('2019-09-09');
    expect(secondMondayInSeptember(2023)).toBe('2023-09-11');
    // 1 September 2025 is a Monday: the second Monday is the 8th.
    expect(secondMondayInSeptember(2025)).toBe('2025-09-08');
  });

  it('elections every fourth year: 2027, 2031 expected on the second Monday', () => {
    expect([2019, 2023, 2027, 2031].every(isElectionYear)).toBe(true);
    expect([2021, 2024, 2025, 2026].some(isElectionYear)).toBe(false);
    expect(electionDay(2027)).toBe('2027-09-13');
    expect(electionDay(2031)).toBe('2031-09-08');
    expect(electionDay(2025)).toBeNull();
    expect(nextElectionDay('2026-12-01')).toBe('2027-09-13');
    expect(nextElectionDay('2023-09-11')).toBe('2023-09-11');
  });

  it('accepts only a real election day, or an extraordinary event with a reason', () => {
    expect(checkElectionDate('2023-09-11', false, null)).toEqual({ ok: true });
    expect(checkElectionDate('2027-09-13', false, null)).toEqual({ ok: true });
    expect(worded(checkElectionDate('2023-09-10', false, null), 'nb')).toBe(
      'Valgdagen for kommunevalget i 2023 er 11.09.2023. Er det en ekstraordinær hendelse, merk den som det.',
    );
    expect(worded(checkElectionDate('2025-09-08', false, null), 'nb')).toBe(
      'Det var ikke kommunevalg i 2025. Kommunevalg holdes hvert fjerde år; nærmeste før var 11.09.2023. Er det en ekstraordinær hendelse, merk den som det.',
    );
    expect(worded(checkElectionDate('2025-06-02', true, null), 'nb')).toBe('Skriv hvorfor datoen skal regnes som et valg.');
    expect(checkElectionDate('2025-06-02', true, ' ')).toMatchObject({ ok: false });
    expect(checkElectionDate('2025-06-02', true, 'Omvalg i Kommune X etter klage')).toEqual({ ok: true });
  });
});

describe('the election refusals in nynorsk and English', () => {
  it('are references worded in the reader\'s language', () => {
    expect(worded(checkElectionDate('2023-09-10', false, null), 'nn')).toBe('Valdagen for kommunevalet i 2023 er 11.09.2023. Er det ei ekstraordinær hending, merk ho som det.');
    expect(worded(checkElectionDate('2025-09-08', false, null), 'en')).toMatch(/^There was no municipal election in 2025\..*the closest one before was 11\.09\.2023\./);
    expect(worded(checkElectionDate('2025-06-02', true, ''), 'en')).toBe('Write why the date should count as an election.');
    expect(worded(checkElectionDate('2025-02-30', false, null), 'nn')).toBe(CATALOGUES.nn.validering.dateDoesNotExist);
  });
});
