// The removable rows as markup (what e2e specs and screen readers find by name) and the hook's
// focus handling, with useFieldArray and the document stubbed: the suite runs without a DOM.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Control } from 'react-hook-form';

const fieldArray = vi.hoisted(() => ({ fields: [{ key: 'a' }, { key: 'b' }], append: vi.fn(), remove: vi.fn() }));
vi.mock('react-hook-form', async (original) => ({ ...(await original<typeof import('react-hook-form')>()), useFieldArray: () => fieldArray }));

import { RemovableRow, RowList, useRemovableRows } from './removable-rows';

const noop = () => {};

describe('RemovableRow', () => {
  it('card: a level-3 heading with the detail, and a short «Fjern» named in full', () => {
    const html = renderToStaticMarkup(
      <RemovableRow look="card" title="Tiltak 2" detail="Innbyggere" onRemove={noop}>
        <input name="x" />
      </RemovableRow>,
    );
    expect(html).toMatch(/<h3[^>]*>Tiltak 2: Innbyggere<\/h3>/);
    expect(html).toMatch(/<div class="mt-3 flex justify-end"><button[^>]*aria-label="Fjern tiltak 2"[^>]*>Fjern<\/button><\/div>/);
  });

  it('card: no detail and no remove button when read-only', () => {
    const html = renderToStaticMarkup(
      <RemovableRow look="card" title="Virkemiddel 1" detail={null} onRemove={null}>
        <input name="x" />
      </RemovableRow>,
    );
    expect(html).toMatch(/<h3[^>]*>Virkemiddel 1<\/h3>/);
    expect(html).not.toContain('<button');
  });

  it('card: a hidden legend, and the footer beside the remove button; only the first letter is lowered', () => {
    const html = renderToStaticMarkup(
      <RemovableRow look="card" title="Sponsor 1 for Vennesla kommune" legendHidden footer={<span>Bekreftet</span>} onRemove={noop}>
        <input name="x" />
      </RemovableRow>,
    );
    expect(html).toContain('<legend class="ds-label ds-sr-only">Sponsor 1 for Vennesla kommune</legend>');
    expect(html).toMatch(/<div class="mt-3 flex flex-wrap items-center gap-3"><span>Bekreftet<\/span><button class="ds-button ml-auto"[^>]*aria-label="Fjern sponsor 1 for Vennesla kommune"/);
  });

  it('card: the footer stays when read-only, without the button', () => {
    const html = renderToStaticMarkup(
      <RemovableRow look="card" title="Sponsor 1 for Lund" legendHidden footer={<span>Ny</span>} onRemove={null}>
        <input name="x" />
      </RemovableRow>,
    );
    expect(html).toContain('<div class="mt-3 flex flex-wrap items-center gap-3"><span>Ny</span></div>');
  });

  it('stack: a plain legend and the remove button spelled out, without aria-label', () => {
    const html = renderToStaticMarkup(
      <RemovableRow look="stack" title="Mål 3" onRemove={noop}>
        <input name="x" />
      </RemovableRow>,
    );
    expect(html).toMatch(/<legend[^>]*>Mål 3<\/legend>/);
    expect(html).toMatch(/<button class="ds-button" data-variant="tertiary" type="button" data-size="sm">Fjern mål 3<\/button>/);
  });
});

describe('RowList', () => {
  it('card: the empty text and the add button with its id', () => {
    const html = renderToStaticMarkup(<RowList look="card" empty="Ingen tiltak er lagt inn ennå." add={{ id: 'legg-til-tiltak', label: 'Legg til tiltak', onClick: noop }}>{[]}</RowList>);
    expect(html).toContain('<p class="bb-muted mt-4 text-sm">Ingen tiltak er lagt inn ennå.</p>');
    expect(html).toMatch(/<button[^>]*id="legg-til-tiltak"[^>]*>Legg til tiltak<\/button>/);
    expect(html).not.toContain('<ul');
  });

  it('card, nested: closer to the group legend; no add button when read-only; suggestions first', () => {
    const html = renderToStaticMarkup(
      <RowList look="card" nested empty="Ingen." add={null} suggestions={{ id: 'forslag', values: ['A', 'B'] }}>
        {[<li key="1">en</li>]}
      </RowList>,
    );
    expect(html).toBe('<datalist id="forslag"><option value="A"></option><option value="B"></option></datalist><ul class="mt-3 space-y-3"><li>en</li></ul>');
  });

  it('stack: the list is always there, the add button may be disabled', () => {
    const html = renderToStaticMarkup(<RowList look="stack" empty="Ingen mål er lagt inn ennå." add={{ label: 'Legg til mål', onClick: noop, disabled: true }}>{[]}</RowList>);
    expect(html).toMatch(/<p[^>]*>Ingen mål er lagt inn ennå.<\/p><ol class="flex flex-col gap-4"><\/ol><div><button[^>]*disabled=""[^>]*>Legg til mål<\/button><\/div>/);
  });
});

describe('useRemovableRows', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    fieldArray.append.mockClear();
    fieldArray.remove.mockClear();
  });

  type Form = { goals: { statement: string; note: string }[] };
  function hook(options: Parameters<typeof useRemovableRows<Form, 'goals'>>[2]) {
    let rows: ReturnType<typeof useRemovableRows<Form, 'goals'>> | undefined;
    function Probe() {
      rows = useRemovableRows({} as Control<Form>, 'goals', options);
      return null;
    }
    renderToStaticMarkup(<Probe />);
    return rows!;
  }

  it('adds with the cursor in the new row’s chosen field', () => {
    const rows = hook({ focus: 'statement' });
    rows.add({ statement: '', note: '' });
    expect(fieldArray.append).toHaveBeenCalledWith({ statement: '', note: '' }, { focusName: 'goals.2.statement' });
  });

  it('removes and returns focus to the add button, or to another element when asked', () => {
    const focus = vi.fn();
    const getElementById = vi.fn(() => ({ focus }));
    vi.stubGlobal('document', { getElementById });
    const rows = hook({ focus: 'statement', returnFocusTo: 'legg-til' });
    rows.remove(1);
    expect(fieldArray.remove).toHaveBeenCalledWith(1);
    expect(getElementById).toHaveBeenLastCalledWith('legg-til');
    rows.remove(0, 'annen-knapp');
    expect(getElementById).toHaveBeenLastCalledWith('annen-knapp');
    expect(focus).toHaveBeenCalledTimes(2);
  });

  it('leaves focus alone without a target', () => {
    const getElementById = vi.fn();
    vi.stubGlobal('document', { getElementById });
    hook({ focus: 'note' }).remove(0);
    expect(fieldArray.remove).toHaveBeenCalledWith(0);
    expect(getElementById).not.toHaveBeenCalled();
  });
});
