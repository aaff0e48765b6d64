import { describe, expect, it } from 'vitest';
import { chooseView, parseView, TABLE_FROM, viewQuery } from './view';

describe('the overview view', () => {
  it('reads kort or tabell from the URL and ignores anything else', () => {
    expect(parseView({ visning: 'tabell' })).toBe('tabell');
    expect(parseView({ visning: 'kort' })).toBe('kort');
    expect(parseView({ visning: ['tabell', 'kort'] })).toBe('tabell');
    expect(parseView({ visning: 'Tabell' })).toBeNull();
    expect(parseView({ visning: '<script>' })).toBeNull();
    expect(parseView({})).toBeNull();
  });

  it('opens a large portfolio as a table and a small one as cards, unless the reader chose', () => {
    expect(chooseView(null, TABLE_FROM)).toBe('kort');
    expect(chooseView(null, TABLE_FROM + 1)).toBe('tabell');
    expect(chooseView(null, 12)).toBe('kort');
    expect(chooseView(null, 50)).toBe('tabell');
    expect(chooseView(null, 1_100)).toBe('tabell');
    expect(chooseView('kort', 1_100)).toBe('kort');
    expect(chooseView('tabell', 3)).toBe('tabell');
  });

  it('keeps only a chosen view in the pager links', () => {
    expect(viewQuery(null)).toBe('');
    expect(viewQuery('tabell')).toBe('visning=tabell');
  });
});
