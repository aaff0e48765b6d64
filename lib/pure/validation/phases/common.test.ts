import { describe, expect, it } from 'vitest';
import { z } from '@/lib/pure/validation/zod';
import {
  DATE_MESSAGE,
  NOK_DECIMALS_MESSAGE,
  NOK_FORMAT_MESSAGE,
  NOK_NEGATIVE_MESSAGE,
  NOK_TOO_LARGE_MESSAGE,
  nokToOre,
  numberField,
  numberToText,
  optionalChoice,
  optionalIsoDate,
  optionalText,
  oreToKronerText,
  parseNok,
  parseNumberNb,
  percentField,
  requiredNumberField,
  requiredText,
} from './common';
import { nb } from '@/testing/validation-words';
import { msg } from '@/lib/pure/validation/reference';

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => nb(i.message)) ?? [];

describe('parseNok: kroner as people write them -> øre', () => {
  it.each([
    ['1 250 000,50', 125_000_050],
    ['1\u00a0250\u00a0000,50', 125_000_050],
    ['1\u202f250\u202f000', 125_000_000],
    ['1.250.000,50', 125_000_050],
    ['1,250,000.50', 125_000_050],
    ['1250000.5', 125_000_050],
    ['1250000,05', 125_000_005],
    ['1.250', 125_000],
    ['12.5', 1250],
    ['kr 1 250 000,-', 125_000_000],
    ['1 250 000 kr', 125_000_000],
    ['NOK 300', 30_000],
    ['0', 0],
    [',50', 50],
    ['', null],
    ['   ', null],
  ])('%j -> %j øre', (text, ore) => {
    expect(parseNok(text)).toEqual({ ok: true, ore });
  });

  it('keeps large budgets exact', () => {
    expect(parseNok('98 765 432 109,99')).toEqual({ ok: true, ore: 9_876_543_210_999 });
  });

  it.each([
    ['-5', NOK_NEGATIVE_MESSAGE],
    ['−1 000', NOK_NEGATIVE_MESSAGE],
    ['1 000,505', NOK_DECIMALS_MESSAGE],
    ['tusen', NOK_FORMAT_MESSAGE],
    ['1,2,3', NOK_FORMAT_MESSAGE],
    ['1.2.3', NOK_FORMAT_MESSAGE],
    [',', NOK_FORMAT_MESSAGE],
    ['12a', NOK_FORMAT_MESSAGE],
    ['200 000 000 000', NOK_TOO_LARGE_MESSAGE],
  ])('refuses %j', (text, message) => {
    expect(parseNok(text)).toEqual({ ok: false, message });
  });
});

describe('nokToOre schema', () => {
  const optional = nokToOre();
  const required = nokToOre({ requiredMessage: 'Skriv årsbudsjettet.' });

  it('turns text and kroner numbers into øre, empty into null', () => {
    expect(optional.parse('1 250 000,50')).toBe(125_000_050);
    expect(optional.parse(1_250_000.5)).toBe(125_000_050);
    expect(optional.safeParse(0.1 + 0.2).success).toBe(false);
    expect(optional.parse('')).toBeNull();
    expect(optional.parse(null)).toBeNull();
    expect(optional.parse(undefined)).toBeNull();
  });

  it('refuses wrong types, negatives and empty required amounts in Norwegian', () => {
    expect(messages(optional, true)).toEqual([nb(NOK_FORMAT_MESSAGE)]);
    expect(messages(optional, { kroner: 5 })).toEqual([nb(NOK_FORMAT_MESSAGE)]);
    expect(messages(optional, -100)).toEqual([nb(NOK_NEGATIVE_MESSAGE)]);
    expect(messages(optional, '-100')).toEqual([nb(NOK_NEGATIVE_MESSAGE)]);
    expect(messages(required, '')).toEqual(['Skriv årsbudsjettet.']);
    expect(required.parse('10')).toBe(1000);
  });
});

describe('numbers, percentages, text, choices and dates', () => {
  it('reads Norwegian decimals and grouped integers', () => {
    expect(parseNumberNb('33,5')).toBe(33.5);
    expect(parseNumberNb('113 737')).toBe(113_737);
    expect(parseNumberNb('50 %')).toBe(50);
    expect(parseNumberNb('')).toBeNull();
    expect(parseNumberNb('tre')).toBeNaN();
  });

  it('checks integers, ranges and decimals with the field’s own message', () => {
    const population = numberField({ integer: true, min: 0, invalid: 'Skriv innbyggertallet som et helt tall.' });
    expect(population.parse('113 737')).toBe(113_737);
    expect(population.parse('')).toBeNull();
    expect(messages(population, '12,5')).toEqual(['Skriv innbyggertallet som et helt tall.']);
    expect(messages(population, '-1')).toEqual(['Skriv innbyggertallet som et helt tall.']);
    expect(messages(population, false)).toEqual(['Skriv innbyggertallet som et helt tall.']);
    const share = percentField(msg('fixedSharePercent'));
    expect(share.parse('33,3333')).toBe(33.3333);
    expect(messages(share, '101')).toEqual(['Skriv den faste andelen som et tall mellom 0 og 100, for eksempel 33,5.']);
    expect(messages(share, '33,33333')).toHaveLength(1);
    const months = requiredNumberField({ integer: true, min: 1, max: 60, invalid: 'Mellom 1 og 60.', requiredMessage: 'Skriv antall måneder.' });
    expect(months.parse('12')).toBe(12);
    expect(messages(months, '')).toEqual(['Skriv antall måneder.']);
    expect(messages(months, '0')).toEqual(['Mellom 1 og 60.']);
  });

  it('trims text, turns empty into null and limits the length', () => {
    expect(optionalText().parse('  hei  ')).toBe('hei');
    expect(optionalText().parse('   ')).toBeNull();
    expect(optionalText().parse(undefined)).toBeNull();
    expect(messages(optionalText(5), 'for lang tekst')).toEqual(['Teksten kan være høyst 5 tegn.']);
    expect(messages(optionalText(), 42)).toEqual(['Feltet må inneholde tekst.']);
    expect(messages(requiredText('Beskriv målet.'), '  ')).toEqual(['Beskriv målet.']);
  });

  it('maps an empty choice to null and refuses values outside the list', () => {
    const kind = optionalChoice(['a', 'b'], 'Velg fra listen.');
    expect(kind.parse('')).toBeNull();
    expect(kind.parse('b')).toBe('b');
    expect(messages(kind, 'c')).toEqual(['Velg fra listen.']);
  });

  it('accepts ISO and Norwegian dates, refuses impossible days', () => {
    const date = optionalIsoDate();
    expect(date.parse('2027-12-31')).toBe('2027-12-31');
    expect(date.parse('1.3.2027')).toBe('2027-03-01');
    expect(date.parse('')).toBeNull();
    expect(messages(date, '2027-02-30')).toEqual([nb(DATE_MESSAGE)]);
    expect(messages(date, '31/12/2027')).toEqual([nb(DATE_MESSAGE)]);
  });

  it('writes øre and numbers back the way the fields read them', () => {
    expect(oreToKronerText(125_000_050)).toBe('1 250 000,50');
    expect(oreToKronerText(100_000_000)).toBe('1 000 000');
    expect(oreToKronerText(5)).toBe('0,05');
    expect(oreToKronerText(null)).toBe('');
    expect(numberToText(33.5)).toBe('33,5');
    expect(numberToText(113_737)).toBe('113 737');
    for (const ore of [0, 1, 99, 125_000_050, 9_876_543_210_999]) {
      expect(parseNok(oreToKronerText(ore))).toEqual({ ok: true, ore });
    }
    for (const n of [0, 12.25, 113_737, 33.3333]) expect(parseNumberNb(numberToText(n))).toBe(n);
  });
});
