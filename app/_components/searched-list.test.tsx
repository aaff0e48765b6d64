// The searched and paged list as markup: the search form, the range, the table or why there
// is none, and a pager whose links keep the search.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { TIME_ZONE } from '@/lib/pure/i18n/formats';
import { pageWindow } from '@/lib/pure/paging';
import { SearchedList, searchTerm, type SearchedListTexts } from './searched-list';

const LIST: SearchedListTexts = {
  path: '/liste',
  field: { label: 'Søk etter ting', description: 'En del av navnet' },
  searchName: 'Søk blant tingene',
  rangeTestId: 'ting-utvalg',
  nothing: (search) => (search ? `Ingen ting har «${search}» i navnet.` : 'Det er ingen ting ennå.'),
  pastLastPage: 'Det er ingen ting på denne siden.',
  pagerName: 'Sider i tinglisten',
  caption: 'Ting med farge',
  columns: ['Navn', 'Farge'],
};

const render = (search: string, total: number, page: number, shown: number, panel = false) =>
  renderToStaticMarkup(
    // The pager takes its words from the catalogue (next-intl); on the server the request
    // config provides it, here the provider does.
    <NextIntlClientProvider locale="nb" messages={CATALOGUES.nb} timeZone={TIME_ZONE}>
      <SearchedList list={{ ...LIST, panel }} search={search} window={pageWindow(total, page, 50)} shown={shown}>
        {shown > 0 ? (
          <tr>
            <td>rad</td>
          </tr>
        ) : null}
      </SearchedList>
    </NextIntlClientProvider>,
  );

describe('SearchedList', () => {
  it('a GET search form named for screen readers, on a panel when asked', () => {
    const html = render('blå', 3, 1, 3, true);
    expect(html).toContain('<form role="search" aria-label="Søk blant tingene" class="bb-panel mb-4 flex flex-wrap items-end gap-4" action="/liste" method="get">');
    expect(html).toMatch(/<input[^>]*name="q"[^>]*value="blå"/);
    expect(render('', 3, 1, 3)).toContain('class="mb-4 flex flex-wrap items-end gap-4"');
  });

  it('the range, the caption and the column headers above the rows', () => {
    const html = render('', 120, 2, 50);
    expect(html).toContain('<p class="bb-muted mb-2 text-sm" data-testid="ting-utvalg">Viser 51–100 av 120</p>');
    expect(html).toContain('<caption class="ds-sr-only">Ting med farge</caption>');
    expect(html).toMatch(/<th[^>]*>Navn<\/th><th[^>]*>Farge<\/th>/);
    expect(html).toContain('<td>rad</td>');
  });

  it('says why there are no rows: nothing matches, nothing yet, or a page past the last', () => {
    expect(render('rød', 0, 1, 0)).toContain('<p class="bb-panel">Ingen ting har «rød» i navnet.</p>');
    expect(render('', 0, 1, 0)).toContain('<p class="bb-panel">Det er ingen ting ennå.</p>');
    const past = render('', 10, 4, 0);
    expect(past).toContain('<p class="bb-panel">Det er ingen ting på denne siden.</p>');
    expect(past).not.toContain('<table');
    expect(render('', 0, 1, 0)).not.toContain('data-testid="ting-utvalg"');
  });

  it('pages keep the search', () => {
    const html = render('blå', 120, 1, 50);
    expect(html).toContain('aria-label="Sider i tinglisten"');
    expect(html).toContain('href="/liste?q=bl%C3%A5&amp;side=2"');
  });
});

describe('searchTerm', () => {
  it('takes one q, cut to 200 characters', () => {
    expect(searchTerm({ q: 'abc' })).toBe('abc');
    expect(searchTerm({ q: ['a', 'b'] })).toBe('');
    expect(searchTerm({})).toBe('');
    expect(searchTerm({ q: 'x'.repeat(300) })).toHaveLength(200);
  });
});
