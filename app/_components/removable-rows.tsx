'use client';
// The lists of rows a form adds to and removes from: anchoring points, information items,
// instruments, sponsors, bodies and goals. useRemovableRows wraps useFieldArray so that adding
// focuses the new row's first field and removing hands focus to an add button rather than
// losing it; RemovableRow draws one row with its remove button; RowList the rows (or what to
// say when there are none) and the add button. Two looks, as the forms had them:
// 'card' (the participation and instrument editors: a titled card, a short «Fjern» that screen
// readers hear in full, gone when the form is read-only) and 'stack' (the design and framing
// phases: a framed fieldset with «Fjern mål 2» spelled out; the form's disabled fieldset makes
// it read-only).
import type { ReactNode } from 'react';
import { Button, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useFieldArray, type Control, type FieldArray, type FieldArrayPath, type FieldValues } from 'react-hook-form';
import { fill, useSharedWords } from './language/shared-words';
import { langAttr } from './language/lang-attr';

const FRAME = 'rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4';

export type RowLook = 'card' | 'stack';

export interface RemovableRowsOptions<T extends FieldValues, N extends FieldArrayPath<T>> {
  /** The field a new row's cursor starts in. */
  focus: Extract<keyof FieldArray<T, N>, string>;
  /** Where focus goes when a row is removed; without it the browser decides. */
  returnFocusTo?: string;
}

export function useRemovableRows<T extends FieldValues, N extends FieldArrayPath<T>, V = T>(
  // The middle parameter is the form's context type, which no form here sets.
  control: Control<T, unknown, V>,
  name: N,
  { focus, returnFocusTo }: RemovableRowsOptions<T, N>,
) {
  const rows = useFieldArray<T, N, 'key', V>({ control, name, keyName: 'key' });
  return {
    fields: rows.fields,
    /** Appends one row or several, with the cursor in the first new one. */
    add: (row: FieldArray<T, N> | FieldArray<T, N>[]) => rows.append(row, { focusName: `${name}.${rows.fields.length}.${focus}` }),
    remove: (index: number, focusId = returnFocusTo) => {
      rows.remove(index);
      if (focusId) document.getElementById(focusId)?.focus();
    },
  };
}

interface RowBase {
  /** "Forankringspunkt 2", "Sponsor 1 for Vennesla kommune": the row's legend, and after «Fjern» its remove button's name. */
  title: string;
  /** Removes the row; null leaves the button out (read-only). */
  onRemove: (() => void) | null;
  children: ReactNode;
}

export type RemovableRowProps = RowBase &
  (
    | {
        look: 'card';
        /** Said after the title once the row is filled in: "Tiltak 2: Innbyggere". */
        detail?: string | null;
        /** The legend for screen readers only, where the group around the row already shows whose it is. */
        legendHidden?: boolean;
        /** Shown beside the remove button, such as the row's confirmation status. */
        footer?: ReactNode;
      }
    | { look: 'stack' }
  );

/** Its bokmål words (skjema in nb.json), when no page language is provided. */
export const REMOVABLE_ROW_WORDS = { remove: 'Fjern', removeNamed: 'Fjern {title}' };

/** "Fjern forankringspunkt 2", "Fjern sponsor 1 for Vennesla kommune" (skjema.removeNamed). */
const removeName = (template: string, title: string) => fill(template, { title: `${title.charAt(0).toLowerCase()}${title.slice(1)}` });

export function RemovableRow(props: RemovableRowProps) {
  const { title, onRemove, children } = props;
  const shared = useSharedWords('skjema', REMOVABLE_ROW_WORDS);
  const lang = langAttr(shared.lang);
  if (props.look === 'stack') {
    return (
      <li>
        <Fieldset className={FRAME}>
          <Fieldset.Legend>{title}</Fieldset.Legend>
          <div className="flex flex-col gap-4">
            {children}
            {onRemove ? (
              <div>
                <Button type="button" variant="tertiary" data-size="sm" onClick={onRemove}>
                  {removeName(shared.words.removeNamed, title)}
                </Button>
              </div>
            ) : null}
          </div>
        </Fieldset>
      </li>
    );
  }
  const { detail, legendHidden, footer } = props;
  const remove = onRemove ? (
    <Button type="button" variant="tertiary" data-size="sm" className={footer ? 'ml-auto' : undefined} onClick={onRemove} aria-label={removeName(shared.words.removeNamed, title)} lang={lang}>
      {shared.words.remove}
    </Button>
  ) : null;
  return (
    <li className={FRAME}>
      <Fieldset className="min-w-0">
        {legendHidden ? (
          <Fieldset.Legend className="ds-sr-only">{title}</Fieldset.Legend>
        ) : (
          <Fieldset.Legend>
            <Heading level={3} data-size="2xs">
              {title}
              {detail ? `: ${detail}` : ''}
            </Heading>
          </Fieldset.Legend>
        )}
        {children}
        {footer ? (
          <div className="mt-3 flex flex-wrap items-center gap-3">
            {footer}
            {remove}
          </div>
        ) : remove ? (
          <div className="mt-3 flex justify-end">{remove}</div>
        ) : null}
      </Fieldset>
    </li>
  );
}

export interface AddRowButton {
  label: string;
  onClick: () => void;
  /** The button's id, where removing a row sends focus back to it. */
  id?: string;
  disabled?: boolean;
}

export interface RowListProps {
  look: RowLook;
  /** RemovableRow elements, each with its key. */
  children: ReactNode[];
  /** Said when there are no rows. */
  empty: string;
  /** Inside a group with its own legend (a member's sponsors): set a little closer to it. */
  nested?: boolean;
  /** The add button; null when the form is read-only. */
  add?: AddRowButton | null;
  /** Words a field in the rows offers as it is typed in (the field's `list` is this id). */
  suggestions?: { id: string; values: readonly string[] };
}

function Suggestions({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}

export function RowList({ look, children, empty, nested = false, add, suggestions }: RowListProps) {
  if (look === 'stack') {
    return (
      <>
        {suggestions ? <Suggestions {...suggestions} /> : null}
        {children.length === 0 ? <Paragraph data-size="sm">{empty}</Paragraph> : null}
        <ol className="flex flex-col gap-4">{children}</ol>
        {add ? (
          <div>
            <Button type="button" variant="secondary" id={add.id} onClick={add.onClick} disabled={add.disabled}>
              {add.label}
            </Button>
          </div>
        ) : null}
      </>
    );
  }
  return (
    <>
      {suggestions ? <Suggestions {...suggestions} /> : null}
      {children.length > 0 ? (
        <ul className={`${nested ? 'mt-3' : 'mt-4'} space-y-3`}>{children}</ul>
      ) : (
        <p className={`bb-muted ${nested ? 'mt-2' : 'mt-4'} text-sm`}>{empty}</p>
      )}
      {add ? (
        <Button type="button" variant="secondary" data-size="sm" className="mt-4" id={add.id} onClick={add.onClick} disabled={add.disabled}>
          {add.label}
        </Button>
      ) : null}
    </>
  );
}
