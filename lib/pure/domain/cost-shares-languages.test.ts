// The cost table's figures and refusals in nynorsk and English (the page hands the client
// table its templates from the catalogue; cost-shares.ts itself stays free of catalogues).
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { computeCostShares, costShareErrorText, formatNok, formatPercent, type CostShareMember } from './cost-shares';

const member = (id: string, name: string, fields: Partial<CostShareMember> = {}): CostShareMember => ({
  id,
  name,
  population: null,
  usage: null,
  fixedSharePercent: null,
  ...fields,
});
const members = [member('a', 'Arendal', { fixedSharePercent: 60 }), member('b', 'Grimstad', { fixedSharePercent: 39.5 }), member('c', 'Froland')];

describe('cost shares in nn and en', () => {
  it('format amounts and shares for the language, bokmål by default', () => {
    expect(formatNok(123_456_789)).toBe('1\u00a0234\u00a0567,89\u00a0kr');
    expect(formatNok(123_456_789, 'en')).toBe('NOK\u00a01,234,567.89');
    expect(formatPercent(3334, 'en')).toBe('33.34%');
    expect(formatPercent(3334)).toBe('33,34\u00a0%');
  });

  it('word the refusals in the language, naming the members', () => {
    const missing = computeCostShares(members, { kind: 'innbyggere', fixedPartPercent: null }, 100);
    if (missing.ok) throw new Error('expected a refusal');
    const en = CATALOGUES.en.innramming.form.table.errors;
    const nn = CATALOGUES.nn.innramming.form.table.errors;
    expect(costShareErrorText(missing, en, members, 'and', 'en')).toBe('Population figure missing for Arendal, Grimstad and Froland.');
    expect(costShareErrorText(missing, nn, members, 'og', 'nn')).toBe('Innbyggjartal manglar for Arendal, Grimstad og Froland.');
    expect(costShareErrorText(missing, CATALOGUES.nb.innramming.form.table.errors, members, 'og')).toBe(missing.message);

    const sum = computeCostShares(members.slice(0, 2), { kind: 'faste_andeler', fixedPartPercent: null }, 100);
    if (sum.ok) throw new Error('expected a refusal');
    expect(costShareErrorText(sum, en, members, 'and', 'en')).toBe('The fixed shares add up to 99.5%, but must be exactly 100%.');
    expect(costShareErrorText(sum, CATALOGUES.nb.innramming.form.table.errors, members, 'og')).toBe(sum.message);
  });

  it('fill plain placeholders and leave unknown ones', () => {
    expect(fillTemplate('Mål {n} for {name}', { n: 2 })).toBe('Mål 2 for {name}');
  });
});
