// Why the structural scores are what they are: every indicator with the facts behind it, as
// the data stood when the round closed. The indicators' names are worded by their ids and the
// facts by the codes stored with them, in the page's language; a round closed before the codes
// has only its bokmål facts, which are marked lang="nb" on a page in another language.
import { getLocale, getTranslations } from 'next-intl/server';
import type { StructuralScores } from '@/lib/pure/domain/legitimacy';
import { legitimacyWords, wordedIndicator, type WordedPart } from '@/lib/pure/domain/legitimacy-words';
import { CRITERIA } from '@/lib/pure/domain/perceived';
import { bokmaal } from '@/app/_components/language/bokmaal';
import { criterionWords } from './score-tables';

export async function StructuralDetails({ structural }: { structural: StructuralScores }) {
  const [t, words, locale] = await Promise.all([getTranslations('evaluering.tabell'), criterionWords(), getLocale()]);
  const legitimacy = legitimacyWords(locale);
  const percent = (value: number | null) => (value === null ? t('notApplicable') : t('percent', { value: Math.round(value * 100) }));
  const shown = (part: WordedPart) => (part.nb ? bokmaal(part.text) : part.text);
  return (
    <div className="mt-3 space-y-2">
      {CRITERIA.map((c) => (
        <details key={c} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] px-3 py-2">
          <summary className="cursor-pointer text-sm font-semibold">{t('criterionScore', { criterion: words.label(c), score: words.score(structural[c].score) })}</summary>
          <ul className="mt-2 space-y-2 text-sm">
            {structural[c].indicators.map((i) => {
              const { label, facts } = wordedIndicator(i, legitimacy);
              return (
                <li key={i.id}>
                  <span className="font-semibold">{shown(label)}</span> ({percent(i.value)})
                  <ul className="list-disc pl-5">
                    {facts.map((f) => (
                      <li key={f.text}>{shown(f)}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </div>
  );
}
