// The status of each WCAG 2.1 A/AA criterion (./criteria.ts), as a table in the page's language.
import { useTranslations } from 'next-intl';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { TableScroll } from '@/app/_components/table-scroll';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { CRITERIA, criterionKey, type CriterionStatus } from './criteria';

const COLOUR: Readonly<Record<CriterionStatus, 'success' | 'danger' | 'neutral' | 'warning'>> = {
  oppfylt: 'success',
  ikkeOppfylt: 'danger',
  ikkeAktuelt: 'neutral',
  ikkeTestet: 'warning',
};

type CriterionKey = keyof typeof CATALOGUES.nb.kriterium;

export function CriteriaTable() {
  const t = useTranslations('tilgjengelighet');
  const names = useTranslations('kriterium');
  return (
    <TableScroll label={t('caption')} className="mt-3">
      <Table border zebra data-size="sm" className="w-full" data-testid="wcag-status">
        <caption className="ds-sr-only">{t('caption')}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('colCriterion')}</TableHeaderCell>
            <TableHeaderCell>{t('colLevel')}</TableHeaderCell>
            <TableHeaderCell>{t('colStatus')}</TableHeaderCell>
            <TableHeaderCell>{t('colNote')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {CRITERIA.map((c) => (
            <TableRow key={c.id}>
              <TableCell className="min-w-56">
                <span className="tabular-nums">{c.id}</span> {names(criterionKey(c.id) as CriterionKey)}
              </TableCell>
              <TableCell>{c.level}</TableCell>
              <TableCell className="whitespace-nowrap">
                <Tag data-color={COLOUR[c.status]}>{t(`status.${c.status}`)}</Tag>
              </TableCell>
              <TableCell className="text-sm">{c.note ? t(`note.${c.note}`) : null}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
