// Cooperations the municipality has left: kept in its register with the membership dates,
// so the overview answers «what were we part of, and when did we leave?».
import Link from 'next/link';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { FormerMembership } from '@/db/queries/register';
import type { RegisterWords } from './words';

export function FormerMemberships({ name, rows, words }: { name: string; rows: FormerMembership[]; words: RegisterWords }) {
  const { t } = words;
  return (
    <section aria-labelledby="tidligere-medlemskap-tittel" className="bb-panel mt-6">
      <Heading level={2} id="tidligere-medlemskap-tittel" data-size="xs">
        {t('tidligere.heading', { count: rows.length })}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph data-size="sm" className="mt-2">
          {t('tidligere.none', { name })}
        </Paragraph>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {rows.map((r) => (
            <li key={`${r.id}${r.leftAt}`}>
              {r.isPublic ? <Link href={`/innsyn/samarbeid/${r.id}`}>{r.name}</Link> : r.name}:{' '}
              {r.joinedAt ? t('tidligere.fromTo', { from: words.date(r.joinedAt), to: words.date(r.leftAt) }) : t('tidligere.to', { to: words.date(r.leftAt) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
