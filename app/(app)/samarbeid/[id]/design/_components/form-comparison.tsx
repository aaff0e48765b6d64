'use client';
// A side-by-side comparison of the chosen legal form with the forms municipalities most often
// weigh against each other, on what usually decides the choice. Loaded when its disclosure
// is first opened (form-comparison-disclosure.tsx); its words come from the page.
import { Paragraph } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { compareForms, type LegalFormCode } from '@/lib/pure/domain/legal-forms';
import type { DesignWords, LegalFormChoice } from './words';

/** The usual alternatives: host municipality, task community, inter-municipal company, political council. */
const ALTERNATIVES = ['vertskommune_administrativ', 'ko', 'iks', 'ipr'];

export function FormComparison({ chosen, words, choice }: { chosen: string; words: DesignWords['sammenligning']; choice: LegalFormChoice }) {
  const known = chosen in choice.forms;
  const codes = known ? [chosen, ...ALTERNATIVES.filter((c) => c !== chosen)].slice(0, 5) : ALTERNATIVES;
  const rows = compareForms(codes, choice.comparison);
  const columns = rows[0]?.cells.map((c) => c.code) ?? [];
  const criteria = rows.filter((r) => r.key !== 'form');
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <Paragraph data-size="sm" className="bb-muted">
        {known ? words.chosenFirst : words.chooseOne}
      </Paragraph>
      {/* Focusable so keyboard users can scroll the wide table sideways. */}
      <div>
        <Table data-size="sm" border className="w-full min-w-[58rem] table-fixed" scrollLabel={words.table}>
          <caption className="ds-sr-only">{words.table}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell className="w-36">{words.criterion}</Table.HeaderCell>
              {columns.map((code) => (
                <Table.HeaderCell key={code} scope="col">
                  {choice.forms[code as LegalFormCode]?.shortName}
                  {code === chosen ? <span className="block text-xs font-normal">{words.chosen}</span> : null}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {criteria.map((row) => (
              <Table.Row key={row.key}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                {row.cells.map((cell) => (
                  <Table.Cell key={cell.code} className={`align-top ${cell.code === chosen ? 'bg-[var(--ds-color-accent-surface-tinted)]' : ''}`}>
                    {cell.text}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}
