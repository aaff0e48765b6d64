// A bordered table of rows that each end in buttons or links (remove a role, link an account,
// remove a decision): the visible columns named, the last column named for screen readers
// only, since its buttons carry their own names. A server component: that name is in the
// request's language (felleskomponent.actions).
import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { TableBody, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from './table';
import { langAttr } from './language/lang-attr';

export interface ActionTableProps {
  /** Read to screen readers before the table ("Aktive roller"). */
  caption: string;
  /** The headers of the columns before the actions. */
  columns: readonly string[];
  /** False leaves the action column out (nothing the reader may do). */
  actions?: boolean;
  /** Designsystemet's table size; the default is medium. */
  size?: 'sm' | 'md' | 'lg';
  /** The rows. */
  children: ReactNode;
}

export function ActionTable({ caption, columns, actions = true, size, children }: ActionTableProps) {
  const t = useTranslations('felleskomponent');
  const lang = langAttr(useLocale());
  return (
    <Table border data-size={size} className="w-full">
      <caption className="ds-sr-only">{caption}</caption>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell key={c}>{c}</TableHeaderCell>
          ))}
          {actions ? (
            <TableHeaderCell>
              <span className="ds-sr-only" lang={lang}>
                {t('actions')}
              </span>
            </TableHeaderCell>
          ) : null}
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  );
}
