// Guidance that sits beside a page rather than a phase (the evaluation, the winding-down), in
// the page's language: catalogue namespace `veiledning`, one key per sentence (why, e1…, t1…,
// source) as in `hjelp` (help.ts). Bokmål by default; the page passes
// `await getTranslations('veiledning')`. Server side only: it reads the catalogues. Pure.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { HelpEntry } from './help';

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'veiledning' });
/** The `veiledning` namespace in one language. */
export type GuidanceWords = typeof bokmaal;
type GuidanceKey = Parameters<GuidanceWords>[0];

export type GuidanceTopic = 'evaluering' | 'avvikling';

/** One topic's guidance: its why, the numbered examples (e1…) and traps (t1…), the source. */
export function guidance(topic: GuidanceTopic, t: GuidanceWords = bokmaal): HelpEntry {
  const key = (name: string) => `${topic}.${name}` as GuidanceKey;
  const list = (prefix: 'e' | 't') => {
    const out: string[] = [];
    for (let i = 1; t.has(key(`${prefix}${i}`)); i++) out.push(t(key(`${prefix}${i}`)));
    return out;
  };
  return { why: t(key('why')), examples: list('e'), traps: list('t'), source: t(key('source')) };
}
