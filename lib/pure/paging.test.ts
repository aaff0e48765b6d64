import { describe, expect, it } from 'vitest';
import { pageHref, pageWindow, parsePage, rangeText, PAGE_SIZE } from './paging';

describe('parsePage', () => {
  it.each([
    [{}, 1],
    [{ side: '3' }, 3],
    [{ side: ['4', '5'] }, 4],
    [{ side: '0' }, 1],
    [{ side: '-2' }, 1],
    [{ side: '2.5' }, 1],
    [{ side: 'abc' }, 1],
    [{ side: '99999999999' }, 1],
  ])('%j is page %i', (params, page) => {
    expect(parsePage(params)).toBe(page);
  });
});

describe('pageWindow', () => {
  it('places a page within the total', () => {
    expect(pageWindow(1155, 1)).toEqual({ page: 1, pageSize: PAGE_SIZE, pageCount: 24, offset: 0, total: 1155, first: 1, last: 50 });
    expect(pageWindow(1155, 24)).toMatchObject({ offset: 1150, first: 1151, last: 1155 });
    expect(pageWindow(100, 2)).toMatchObject({ pageCount: 2, first: 51, last: 100 });
  });

  it('has one page for an empty list, and an empty window past the end', () => {
    expect(pageWindow(0, 1)).toMatchObject({ pageCount: 1, first: 0, last: 0 });
    expect(pageWindow(120, 9)).toMatchObject({ pageCount: 3, first: 0, last: 0, offset: 400 });
  });
});

describe('rangeText', () => {
  it('says what is shown in Norwegian', () => {
    expect(rangeText(pageWindow(1155, 2))).toBe('Viser 51–100 av 1\u00a0155');
    expect(rangeText(pageWindow(0, 1))).toBe('Ingen treff');
    expect(rangeText(pageWindow(120, 9))).toBe('Side 9 finnes ikke: listen har 3 sider');
    expect(rangeText(pageWindow(10, 2))).toBe('Side 2 finnes ikke: listen har 1 side');
  });
});

describe('pageHref', () => {
  it('keeps the other parameters and drops side=1', () => {
    expect(pageHref('/register/0301', 'q=legevakt&sorter=tilstand', 3)).toBe('/register/0301?q=legevakt&sorter=tilstand&side=3');
    expect(pageHref('/register/0301', 'q=legevakt&side=3', 1)).toBe('/register/0301?q=legevakt');
    expect(pageHref('/innsyn', '', 1)).toBe('/innsyn');
    expect(pageHref('/innsyn', '', 2)).toBe('/innsyn?side=2');
  });
});
