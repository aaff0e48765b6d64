// The register's filters as a plain GET form: the URL holds the view, so it can be shared,
// bookmarked and repeated by the CSV export, and it works without JavaScript.
import Link from 'next/link';
import { Textfield } from '@digdir/designsystemet-react';
import { LIFECYCLE_STATES } from '@/lib/pure/domain/dossier';
import { hasFilter, SORT_KEYS, type RegisterQuery, type SortKey } from '@/lib/pure/register/query';
import { SelectField } from '@/app/_components/select-field';
import { SubmitButton } from '@/app/_components/submit-button';
import type { RegisterWords } from './words';

const SORT_WORDS = { navn: 'filter.sortNavn', tilstand: 'filter.sortTilstand', evaluering: 'filter.sortEvaluering' } as const satisfies Record<SortKey, string>;

/** The value is the stored name the register filters by; the label is in the page's language, and so is the order. */
function areaOptions(taskAreas: readonly string[], words: RegisterWords): { value: string; label: string }[] {
  const options = taskAreas.map((value) => ({ value, label: words.taskArea(value) }));
  return words.locale === 'nb' ? options : options.sort((a, b) => a.label.localeCompare(b.label, words.locale));
}

export function RegisterFilters({ action, query, taskAreas, legalForms, words }: { action: string; query: RegisterQuery; taskAreas: readonly string[]; legalForms: readonly { code: string; name: string }[]; words: RegisterWords }) {
  const { t } = words;
  return (
    <form method="get" action={action} role="search" aria-label={t('filter.label')} className="bb-panel mb-6 grid items-end gap-4 md:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]">
      <Textfield label={t('filter.search')} name="q" defaultValue={query.q ?? ''} />
      <SelectField label={t('filter.state')} name="tilstand" defaultValue={query.tilstand ?? ''}>
        <option value="">{t('filter.allStates')}</option>
        {LIFECYCLE_STATES.map((s) => (
          <option key={s} value={s}>
            {words.state(s)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('filter.taskArea')} name="oppgavefelt" defaultValue={query.oppgavefelt ?? ''}>
        <option value="">{t('filter.allTaskAreas')}</option>
        {areaOptions(taskAreas, words).map((area) => (
          <option key={area.value} value={area.value}>
            {area.label}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('filter.form')} name="form" defaultValue={query.form ?? ''}>
        <option value="">{t('filter.allForms')}</option>
        {legalForms.map((f) => (
          <option key={f.code} value={f.code}>
            {words.legalForm(f.code, f.name)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('filter.sort')} name="sorter" defaultValue={query.sorter ?? 'navn'}>
        {SORT_KEYS.map((k) => (
          <option key={k} value={k}>
            {t(SORT_WORDS[k])}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>{t('filter.show')}</SubmitButton>
        {hasFilter(query) || query.sorter ? <Link href={action}>{t('filter.reset')}</Link> : null}
      </div>
    </form>
  );
}
