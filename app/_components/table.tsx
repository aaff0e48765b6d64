'use client';
// Every table in Brobygger: Designsystemet's Table inside a region that scrolls sideways when
// the table is wider than the screen (WCAG 1.4.10 reflow: the page itself never scrolls
// sideways at 390 px or 200 % zoom). When it does overflow, the region can be reached and
// scrolled with the keyboard, is named for screen readers, and a visible hint says so.
// eslint (no-restricted-imports) sends every table through here (eslint.config.mjs exempts this file).
import { Table as DsTable } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type ComponentProps } from 'react';
import { useSharedWords } from './language/shared-words';
import { langAttr } from './language/lang-attr';

/** The hint's and the region's words: the page's language (useSharedWords), unless the page hands over its own. */
export interface TableScrollWords {
  hint: string;
  table: string;
  scrollable: string;
}

/** Its bokmål words (felleskomponent.klient in nb.json), when no page language is provided. */
export const TABLE_WORDS = { tableHint: 'Tabellen er bredere enn skjermen: rull sideveis for å se resten →', table: 'Tabell', tableScrollable: 'kan rulles sideveis' };

type TableProps = ComponentProps<typeof DsTable> & {
  /**
   * A table designed to be wider than most screens names itself: it is then always a named,
   * focusable region. Others become one only while they overflow.
   */
  scrollLabel?: string;
  scrollWords?: TableScrollWords;
};

function ScrollingTable({ scrollLabel, scrollWords, ...props }: TableProps) {
  const shared = useSharedWords('felles', TABLE_WORDS);
  const words = scrollWords ?? { hint: shared.words.tableHint, table: shared.words.table, scrollable: shared.words.tableScrollable };
  const region = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {overflowing ? (
        <p id={hintId} className="bb-muted mb-1 text-sm" data-testid="tabell-rull-hint" lang={scrollWords ? undefined : langAttr(shared.lang)}>
          {words.hint}
        </p>
      ) : null}
      <div
        ref={region}
        className="bb-table-scroll"
        {...(overflowing || scrollLabel
          ? { tabIndex: 0, role: 'region', 'aria-label': `${scrollLabel ?? words.table}, ${words.scrollable}`, ...(overflowing ? { 'aria-describedby': hintId } : {}) }
          : {})}
      >
        <DsTable {...props} />
      </div>
    </>
  );
}

export const Table = Object.assign(ScrollingTable, {
  Head: DsTable.Head,
  Body: DsTable.Body,
  Foot: DsTable.Foot,
  Row: DsTable.Row,
  Cell: DsTable.Cell,
  HeaderCell: DsTable.HeaderCell,
});
