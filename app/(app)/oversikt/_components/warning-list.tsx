// A cooperation's warnings on its overview card: the high-severity ones with the facts that
// raised them, the rest by title and severity in a panel that opens. What the research advises
// for each is on the cooperation's page, one link away: on an overview of fifty cards the
// advice texts were most of the page (a large municipality's overview was over 2 MB).
// The card stores its warnings as codes (a summary); they are worded here in the page's language.
import Link from 'next/link';
import { wordWarning, type CodedWarning, type ShownWarning } from '@/lib/pure/domain/warnings';
import { warningWords } from '@/lib/pure/domain/warnings-words';
import { SeverityTag } from '@/app/_components/warning-parts';
import type { OverviewWords } from './words';

function WarningTitle({ warning }: { warning: ShownWarning }) {
  return (
    <span className="bb-row text-sm">
      <span className="font-semibold">{warning.title}</span>
      <SeverityTag severity={warning.severity} />
    </span>
  );
}

export function WarningList({ warnings: coded, href, name, words }: { warnings: CodedWarning[]; href: string; name: string; words: OverviewWords }) {
  if (coded.length === 0) return null;
  const { t, locale } = words;
  const warnings = coded.map((w) => wordWarning(w, warningWords(locale)));
  const high = warnings.filter((w) => w.severity === 'hoy');
  const rest = warnings.filter((w) => w.severity !== 'hoy');
  return (
    <div className="mt-4 space-y-2">
      {high.length > 0 ? (
        <div className="bb-danger-box p-2" data-testid="hoye-varsler">
          <p className="px-1 pb-1 text-sm font-semibold">{t('varsler.high', { count: high.length })}</p>
          <ul className="space-y-2">
            {high.map((w) => (
              <li key={w.id} className="bb-inset">
                <WarningTitle warning={w} />
                <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                  {w.facts.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {rest.length > 0 ? (
        <details className="bb-warning-box">
          <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
            {high.length > 0 ? t('varsler.others', { count: rest.length }) : t('varsler.all', { count: rest.length })}
          </summary>
          <ul className="space-y-1 px-3 pb-3">
            {rest.map((w) => (
              <li key={w.id}>
                <WarningTitle warning={w} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="text-xs">
        <Link href={href}>
          {t('varsler.link')}
          <span className="ds-sr-only">{t('varsler.linkFor', { name })}</span>
        </Link>
      </p>
    </div>
  );
}
