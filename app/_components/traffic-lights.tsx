// The three legitimacy lights (input, throughput, output) of lib/pure/domain/legitimacy.ts. Each
// light says its colour in words (never colour alone) and opens to the indicators and facts
// that set it; when given, the latest evaluation's perceived score stands beside it. No
// client code: usable from server and client components alike. CompactLights is the
// overview card's version: colour, score and the weakest indicator only, with a link to the
// full explanation on the cooperation's page (fifty cards of full explanations made the
// overview of a large municipality 2.2 MB). Server components (the pages that show them are):
// their own words are in the request's language (felleskomponent), and so are the indicators'
// names, facts and cap reasons (worded by their codes, lib/pure/domain/legitimacy-words.ts); only
// facts stored before the codes are given in bokmål, and marked so on other pages.
// The criterion's name may wrap between words but never inside one: main li breaks anywhere
// (globals.css), which let a flex-1 name shrink to one letter per line beside a long colour text.
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { trafficLight, type Criterion, type Indicator, type StructuralScores, type TrafficLight } from '@/lib/pure/domain/legitimacy';
import { LIGHT_BANDS } from '@/lib/pure/domain/thresholds';
import { legitimacyWords, wordedCap, wordedIndicator, type LegitimacyWords } from '@/lib/pure/domain/legitimacy-words';
import { weakestIndicator } from '@/lib/pure/domain/weakest-indicator';
import { langAttr } from './language/lang-attr';

/** The latest closed evaluation's perceived scores, with how to name the round. */
export interface PerceivedLights {
  scores: Record<Criterion, number | null>;
  /** E.g. "evalueringsrunde 2 (12.03.2026)". */
  roundLabel: string;
}

const CRITERIA: readonly Criterion[] = ['input', 'throughput', 'output'];

/** The light's colour (globals.css .bb-dot-*). */
const DOT: Record<TrafficLight, string> = {
  groenn: 'bb-dot-groenn',
  gul: 'bb-dot-gul',
  roed: 'bb-dot-roed',
  ukjent: 'bb-dot-ukjent',
};

/** What the short label of a criterion says on small cards (bokmål; the components use felleskomponent.short*). */
export const CRITERION_SHORT: Readonly<Record<Criterion, string>> = {
  input: 'Forankring',
  throughput: 'Åpenhet',
  output: 'Resultater',
};

const CRITERION_KEY = { input: 'criterionInput', throughput: 'criterionThroughput', output: 'criterionOutput' } as const;
const SHORT_KEY = { input: 'shortInput', throughput: 'shortThroughput', output: 'shortOutput' } as const;
const LIGHT_KEY = { groenn: 'lightGroenn', gul: 'lightGul', roed: 'lightRoed', ukjent: 'lightUkjent' } as const;

type Words = ReturnType<typeof useTranslations<'felleskomponent'>>;

/** The components' words, the indicators' words, and how to mark what is still bokmål. */
function useWords() {
  const t = useTranslations('felleskomponent');
  const locale = useLocale();
  return { t, lang: langAttr(locale), legitimacy: legitimacyWords(locale) };
}

/** lang="nb" on a stored bokmål text (wordedIndicator flags it only on pages in another language). */
const nbIf = (flag: boolean) => (flag ? 'nb' : undefined);

/** The criterion's name: wraps between words, never inside one, and keeps a readable width (globals.css). */
const NAME_CLASS = 'bb-light-name';

export function TrafficLightDot({ light }: { light: TrafficLight }) {
  return <span aria-hidden="true" className={`bb-dot ${DOT[light]}`} />;
}

const percent = (t: Words, value: number | null) => (value === null ? t('notApplicable') : `${Math.round(value * 100)} %`);

function IndicatorItem({ indicator, t, words }: { indicator: Indicator; t: Words; words: LegitimacyWords }) {
  const { label, facts } = wordedIndicator(indicator, words);
  return (
    <li>
      <p className="font-semibold">
        <span lang={nbIf(label.nb)}>{label.text}</span>: <span className="font-normal">{percent(t, indicator.value)}</span>
      </p>
      <ul className="mt-0.5 list-disc space-y-0.5 pl-5">
        {facts.map((fact) => (
          <li key={fact.text} lang={nbIf(fact.nb)}>
            {fact.text}
          </li>
        ))}
      </ul>
    </li>
  );
}

function PerceivedPart({ score }: { score: number | null }) {
  const { t } = useWords();
  const light = trafficLight(score);
  return (
    <span className="inline-flex items-center gap-1.5 font-semibold" data-testid="opplevd">
      <span className="bb-muted font-normal">{t('perceived')}</span>
      <TrafficLightDot light={light} />
      {score === null ? <span className="bb-muted font-normal">{t('noAnswers')}</span> : `${t(LIGHT_KEY[light])} (${score})`}
    </span>
  );
}

/**
 * One row per criterion: dot, name, colour and score; open it for the indicators. `short`
 * uses the one-word criterion names for narrow cards (the full name stays in the text for
 * screen readers).
 */
export function TrafficLights({
  scores,
  short = false,
  label,
  perceived,
}: {
  scores: StructuralScores;
  short?: boolean;
  label?: string;
  perceived?: PerceivedLights | null;
}) {
  const { t, lang, legitimacy } = useWords();
  return (
    <ul aria-label={label ?? t('legitimacy')} className="space-y-1.5" data-testid="trafikklys" lang={lang}>
      {CRITERIA.map((criterion) => {
        const score = scores[criterion];
        const lightText = t(LIGHT_KEY[score.light]);
        const cap = score.cap ? wordedCap(score.cap, legitimacy) : null;
        return (
          <li key={criterion}>
            <details className="group rounded-md border border-[var(--ds-color-neutral-border-subtle)] open:bg-[var(--ds-color-neutral-background-tinted)]">
              <summary className="flex cursor-pointer list-none flex-wrap items-center gap-2 px-2 py-1.5 text-sm [&::-webkit-details-marker]:hidden">
                <TrafficLightDot light={score.light} />
                <span className={NAME_CLASS}>
                  {short ? (
                    <>
                      {t(SHORT_KEY[criterion])}
                      <span className="ds-sr-only"> – {t(CRITERION_KEY[criterion])}</span>
                    </>
                  ) : (
                    t(CRITERION_KEY[criterion])
                  )}
                </span>
                <span className="font-semibold">
                  {perceived ? <span className="bb-muted font-normal">{t('data')}{' '}</span> : null}
                  {lightText}
                  {score.score !== null ? <span className="bb-muted font-normal"> {t('scoreOf', { score: score.score })}</span> : null}
                </span>
                {perceived ? <PerceivedPart score={perceived.scores[criterion]} /> : null}
                <span aria-hidden="true" className="bb-muted transition-transform group-open:rotate-90">
                  ›
                </span>
              </summary>
              <div className="border-t border-[var(--ds-color-neutral-border-subtle)] px-3 py-2 text-sm">
                <p className="bb-muted mb-2 text-xs">
                  {t('bands', { green: LIGHT_BANDS.green, yellow: LIGHT_BANDS.yellow })} <Link href="/om/slik-regnes-det-ut">{t('howCalculated')}</Link>
                </p>
                {perceived ? (
                  <p className="mb-2 text-xs">
                    {t('perceivedLine', {
                      value: perceived.scores[criterion] === null ? t('noAnswers') : t('perceivedScore', { score: perceived.scores[criterion] }),
                      round: perceived.roundLabel,
                    })}
                  </p>
                ) : null}
                {cap ? (
                  <p className="mb-2 font-semibold" lang={nbIf(cap.nb)}>
                    {cap.text}
                  </p>
                ) : null}
                <ul className="space-y-2">
                  {score.indicators.map((indicator) => (
                    <IndicatorItem key={indicator.id} indicator={indicator} t={t} words={legitimacy} />
                  ))}
                </ul>
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One line per criterion: dot, name, colour and score, and, unless it is green, the indicator
 * that pulls it down most. The indicators and their facts are on the cooperation's page (`href`).
 */
/**
 * The three lights in a table row (the overview's table view): dot, the criterion's one-word
 * name and the colour, one line each; the full name and the score for screen readers. What
 * sets them is on the cooperation's page, which the row's name links to.
 */
export function RowLights({ scores, label }: { scores: StructuralScores; label: string }) {
  const { t, lang } = useWords();
  return (
    <ul aria-label={label} className="space-y-1 text-sm" data-testid="trafikklys" lang={lang}>
      {CRITERIA.map((criterion) => {
        const score = scores[criterion];
        return (
          <li key={criterion} className="flex items-center gap-2 whitespace-nowrap" data-kriterium={criterion}>
            <TrafficLightDot light={score.light} />
            <span aria-hidden="true">
              {t(SHORT_KEY[criterion])}: {t(LIGHT_KEY[score.light])}
            </span>
            <span className="ds-sr-only">
              {t(CRITERION_KEY[criterion])}: {t(LIGHT_KEY[score.light])}
              {score.score !== null ? ` ${t('scoreOf', { score: score.score })}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function CompactLights({ scores, label, href }: { scores: StructuralScores; label: string; href: string }) {
  const { t, lang, legitimacy } = useWords();
  // The cooperation's name in the link's hidden words: the label without "Legitimitet for".
  const prefix = t('legitimacyFor', { name: '' });
  const name = label.startsWith(prefix) ? label.slice(prefix.length) : label.replace(/^Legitimitet for /, '');
  return (
    <>
      <ul aria-label={label} className="space-y-1 text-sm" data-testid="trafikklys" lang={lang}>
        {CRITERIA.map((criterion) => {
          const score = scores[criterion];
          const weakest = score.light === 'groenn' ? null : weakestIndicator(score.indicators);
          const weakestLabel = weakest ? wordedIndicator(weakest, legitimacy).label : null;
          const cap = score.cap ? wordedCap(score.cap, legitimacy) : null;
          return (
            <li key={criterion} data-kriterium={criterion}>
              <span className="bb-row">
                <TrafficLightDot light={score.light} />
                <span className={NAME_CLASS}>{t(CRITERION_KEY[criterion])}</span>
                <span className="font-semibold">
                  {t(LIGHT_KEY[score.light])}
                  {score.score !== null ? <span className="bb-muted font-normal"> {t('scoreOf', { score: score.score })}</span> : null}
                </span>
              </span>
              {cap ? (
                <span className="bb-muted block pl-5.5 text-xs" lang={nbIf(cap.nb)}>
                  {cap.text}
                </span>
              ) : null}
              {weakest && weakestLabel ? (
                // Worded by the indicator's id (every id the table has): the stored label only for an id since removed.
                <span className="bb-muted block pl-5.5 text-xs">
                  {t('weakest', { label: weakestLabel.text, value: percent(t, weakest.value) })}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="mt-1 text-xs" lang={lang}>
        <Link href={href}>
          {t('basis')}
          <span className="ds-sr-only"> {t('basisFor', { name })}</span>
        </Link>
      </p>
    </>
  );
}
