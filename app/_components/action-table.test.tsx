// The action table's head: the named columns, then one named for screen readers only.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ActionTable } from './action-table';

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
    const html = renderToStaticMarkup(<ActionTable caption="Aktive roller" columns={['Rolle']}>{row}</ActionTable>);
    expect(html).toContain('<caption class="ds-sr-only">Aktive roller</caption>');
    expect(html).toMatch(/<thead[^>]*><tr[^>]*><th[^>]*>Rolle<\/th><th[^>]*><span class="ds-sr-only">Handlinger<\/span><\/th><\/tr><\/thead><tbody[^>]*><tr><td>Rådmannsteam<\/td>/);
    expect(html).not.toMatch(/<table[^>]*data-size/);
  });

  it('leaves the action column out for those who may do nothing, and takes a size', () => {
    const html = renderToStaticMarkup(
      <ActionTable caption="Vedtak" columns={['Sak', 'Utfall']} actions={false} size="sm">
        {null}
      </ActionTable>,
    );
    expect(html).not.toContain('Handlinger');
    expect(html).toMatch(/<table[^>]*data-size="sm"/);
    expect(html).toMatch(/<th[^>]*>Sak<\/th><th[^>]*>Utfall<\/th><\/tr>/);
  });
});
