// The register's filters as a plain GET form: the URL holds the view, so it can be shared,
// bookmarked and repeated by the CSV export, and it works without JavaScript.
import Link from 'next/link';
import { Textfield } from '@digdir/designsystemet-react';
import { LIFECYCLE_STATES } from '@/lib/pure/domain/dossier';
import { hasFilter, SORT_KEYS, SORT_LABELS, type RegisterQuery } from '@/lib/pure/register/query';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import { SelectField } from '@/app/_components/select-field';
import { SubmitButton } from '@/app/_components/submit-button';

export function RegisterFilters({ action, query, taskAreas, legalForms }: { action: string; query: RegisterQuery; taskAreas: readonly string[]; legalForms: readonly { code: string; name: string }[] }) {
  return (
    <form method="get" action={action} role="search" aria-label="Filtrer registeret" className="bb-panel mb-6 grid items-end gap-4 md:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]">
      <Textfield label="Søk i navn, deltakere og sponsorer" name="q" defaultValue={query.q ?? ''} />
      <SelectField label="Tilstand" name="tilstand" defaultValue={query.tilstand ?? ''}>
        <option value="">Alle tilstander</option>
        {LIFECYCLE_STATES.map((s) => (
          <option key={s} value={s}>
            {STATE_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Oppgavefelt" name="oppgavefelt" defaultValue={query.oppgavefelt ?? ''}>
        <option value="">Alle oppgavefelt</option>
        {taskAreas.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </SelectField>
      <SelectField label="Organisasjonsform" name="form" defaultValue={query.form ?? ''}>
        <option value="">Alle former</option>
        {legalForms.map((f) => (
          <option key={f.code} value={f.code}>
            {f.name}
          </option>
        ))}
      </SelectField>
      <SelectField label="Sorter etter" name="sorter" defaultValue={query.sorter ?? 'navn'}>
        {SORT_KEYS.map((k) => (
          <option key={k} value={k}>
            {SORT_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>Vis</SubmitButton>
        {hasFilter(query) || query.sorter ? <Link href={action}>Nullstill</Link> : null}
      </div>
    </form>
  );
}
