// The words of the CSV exports made for signed-in people (the municipal register, a round's
// results), in the requester's language: column headers and fixed cell texts from the
// `csvKolonner` namespace, states from `tilstand`, criteria from `rapport`. Bokmål by default,
// word for word the files as they were. The file format itself (semicolons, decimal comma,
// dd.mm.åååå dates) stays Norwegian Excel's in every language, so the files open the same.
// The PUBLIC open-data exports (innsyn CSV and JSON, /api/v1) do not use this: their column
// names are an interface machine consumers depend on, and stay bokmål (lib/pure/register/csv.ts).
import { createTranslator, type MessageKeys, type NestedKeyOf } from 'use-intl/core';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import type { Criterion } from '@/lib/pure/domain/legitimacy';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { BOKMAAL_REPORT, groupName, reportLanguage } from '@/lib/pure/report/evaluation-report';
import { STATE_LABELS } from '@/workflows/cooperation/states';

export type CsvMessageKey = MessageKeys<Messages['csvKolonner'], NestedKeyOf<Messages['csvKolonner']>>;

export interface CsvWords {
  locale: Locale;
  t: (key: CsvMessageKey, values?: Record<string, string | number>) => string;
  /** A lifecycle state's name. */
  state: (state: LifecycleState) => string;
  /** A criterion's full name ("Demokratisk forankring (input)"). */
  criterion: (criterion: Criterion) => string;
  /** A criterion's short name ("Forankring"). */
  criterionShort: (criterion: Criterion) => string;
  /** A perspective group's or «Øvrige»'s name from its bokmål label; other names as they are. */
  group: (label: string) => string;
}

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'csvKolonner' });

export const BOKMAAL_CSV: CsvWords = {
  locale: 'nb',
  t: (key, values) => bokmaal(key, values),
  state: (state) => STATE_LABELS[state],
  criterion: (c) => BOKMAAL_REPORT.t(`criterion.${c}`),
  criterionShort: (c) => BOKMAAL_REPORT.t(`criterionShort.${c}`),
  group: (label) => groupName(label, BOKMAAL_REPORT),
};

export function csvWords(locale: Locale): CsvWords {
  if (locale === 'nb') return BOKMAAL_CSV;
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'csvKolonner' });
  const states = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'tilstand' });
  const report = reportLanguage(locale);
  return {
    locale,
    t: (key, values) => t(key, values),
    state: (state) => states(state),
    criterion: (c) => report.t(`criterion.${c}`),
    criterionShort: (c) => report.t(`criterionShort.${c}`),
    group: (label) => groupName(label, report),
  };
}
