// Cooperations the municipality has left: kept in its register with the membership dates,
// so the overview answers «what were we part of, and when did we leave?».
import Link from 'next/link';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { FormerMembership } from '@/db/queries/register';
import { formatDateNb } from '@/lib/pure/domain/iso-date';

export function FormerMemberships({ name, rows }: { name: string; rows: FormerMembership[] }) {
  return (
    <section aria-labelledby="tidligere-medlemskap-tittel" className="bb-panel mt-6">
      <Heading level={2} id="tidligere-medlemskap-tittel" data-size="xs">
        Tidligere medlemskap ({rows.length})
      </Heading>
      {rows.length === 0 ? (
        <Paragraph data-size="sm" className="mt-2">
          {name} har ikke trådt ut av noen registrerte samarbeid.
        </Paragraph>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {rows.map((r) => (
            <li key={`${r.id}${r.leftAt}`}>
              {r.isPublic ? <Link href={`/innsyn/samarbeid/${r.id}`}>{r.name}</Link> : r.name}: deltaker {r.joinedAt ? `fra ${formatDateNb(r.joinedAt)} ` : ''}til og med{' '}
              {formatDateNb(r.leftAt)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
