// Why the structural scores are what they are: every indicator with the facts behind it, as
// the data stood when the round closed. The indicators' names and facts were frozen in bokmål
// with the round, so they are marked lang="nb" on a page in another language.
import { getTranslations } from 'next-intl/server';
import type { StructuralScores } from '@/lib/pure/domain/legitimacy';
import { CRITERIA } from '@/lib/pure/domain/perceived';
import { bokmaal } from '@/app/_components/language/bokmaal';
import { criterionWords } from './score-tables';

export async function StructuralDetails({ structural }: { structural: StructuralScores }) {
  const [t, words] = await Promise.all([getTranslations('evaluering.tabell'), criterionWords()]);
  const percent = (value: number | null) => (value === null ? t('notApplicable') : t('percent', { value: Math.round(value * 100) }));
  return (
    <div className="mt-3 space-y-2">
      {CRITERIA.map((c) => (
        <details key={c} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] px-3 py-2">
          <summary className="cursor-pointer text-sm font-semibold">{t('criterionScore', { criterion: words.label(c), score: words.score(structural[c].score) })}</summary>
          <ul className="mt-2 space-y-2 text-sm">
            {structural[c].indicators.map((i) => (
              <li key={i.id}>
                <span className="font-semibold">{bokmaal(i.label)}</span> ({percent(i.value)})
                <ul className="list-disc pl-5">
                  {i.facts.map((f) => (
                    <li key={f}>{bokmaal(f)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
