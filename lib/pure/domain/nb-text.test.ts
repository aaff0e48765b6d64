import { describe, expect, it } from 'vitest';
import { countNb, fileSlug, joinList, joinNb, joinSome } from './nb-text';

describe('fileSlug', () => {
  it('writes æøå as ae, o and a, drops other accents and joins words with hyphens', () => {
    expect(fileSlug('Bærum Ås Tromsø', 'x')).toBe('baerum-as-tromso');
    expect(fileSlug('Kárášjohka – Øvre Ålgård/Bærum', 'x')).toBe('karasjohka-ovre-algard-baerum');
    expect(fileSlug('  IKT Agder IKS (2024)  ', 'x')).toBe('ikt-agder-iks-2024');
  });

  it('falls back when nothing is left', () => {
    expect(fileSlug('–––', 'samarbeid')).toBe('samarbeid');
    expect(fileSlug('', 'kommune')).toBe('kommune');
  });
});

describe('Norwegian lists and counts', () => {
  it('joins without an Oxford comma and counts the rest', () => {
    expect(joinNb(['A', 'B', 'C'])).toBe('A, B og C');
    expect(joinSome(['A', 'B', 'C', 'D'], 2)).toBe('A, B og 2 til');
    expect(countNb(1, 'måned', 'måneder')).toBe('1 måned');
    expect(countNb(3, 'måned', 'måneder')).toBe('3 måneder');
  });
});

describe('joinList', () => {
  it('joins a list in the reader\'s language, as joinNb does in Norwegian', () => {
    for (const items of [[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['Arendal', 'Grimstad', 'Lillesand', 'Froland']]) {
      expect(joinList(items)).toBe(joinNb(items));
      expect(joinList(items, 'nn')).toBe(joinNb(items));
    }
    expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(joinList(['A', 'B'], 'en')).toBe('A and B');
  });
});
