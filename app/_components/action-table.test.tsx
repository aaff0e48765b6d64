// The action table's head: the named columns, then one named for screen readers only, in the
// request's language (next-intl: on the server the request config provides it, here the provider).
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactElement } from 'react';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { TIME_ZONE } from '@/lib/pure/i18n/formats';
import { ActionTable } from './action-table';

const render = (element: ReactElement, locale: Locale = 'nb') =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={CATALOGUES[locale]} timeZone={TIME_ZONE}>
      {element}
    </NextIntlClientProvider>,
  );

const row = (
  <tr>
    <td>Rådmannsteam</td>
    <td>
      <button type="button">Fjern</button>
    </td>
  </tr>
);

describe('ActionTable', () => {
  it('names the columns, and the action column for screen readers only', () => {
    const html = render(<ActionTable caption="Aktive roller" columns={['Rolle']}>{row}</ActionTable>);
    expect(html).toContain('<caption class="ds-sr-only">Aktive roller</caption>');
    expect(html).toMatch(/<thead[^>]*><tr[^>]*><th[^>]*>Rolle<\/th><th[^>]*><span class="ds-sr-only">Handlinger<\/span><\/th><\/tr><\/thead><tbody[^>]*><tr><td>Rådmannsteam<\/td>/);
    expect(html).not.toMatch(/<table[^>]*data-size/);
  });

  it('leaves the action column out for those who may do nothing, and takes a size', () => {
    const html = render(
      <ActionTable caption="Vedtak" columns={['Sak', 'Utfall']} actions={false} size="sm">
        {null}
      </ActionTable>,
    );
    expect(html).not.toContain('Handlinger');
    expect(html).toMatch(/<table[^>]*data-size="sm"/);
    expect(html).toMatch(/<th[^>]*>Sak<\/th><th[^>]*>Utfall<\/th><\/tr>/);
  });

  it('names the action column in the page’s language', () => {
    expect(render(<ActionTable caption="Roles" columns={['Role']}>{row}</ActionTable>, 'en')).toContain('<span class="ds-sr-only" lang="en">Actions</span>');
    expect(render(<ActionTable caption="Roller" columns={['Rolle']}>{row}</ActionTable>, 'nn')).toContain('<span class="ds-sr-only" lang="nn">Handlingar</span>');
  });
});
