// Plain-language guidance for the establishing phases, the legitimacy criteria, the three
// governance traps and every instrument, in the page's language: the texts live in the `hjelp`
// catalogue namespace (nb, nn, en), one key per sentence (why, e1…, t1…, source). Paraphrased
// from the research (IRIS/KS 2013, seed 001); help.test.ts checks, for every language, that no
// sentence has been pasted from it. Without a translator the texts are bokmål.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { PHASES, type Phase } from './dossier';
import { INSTRUMENT_CODES, type InstrumentCode } from './instruments';

export interface HelpEntry {
  /** Why this matters, in two or three sentences. */
  why: string;
  /** Concrete examples. For traps: the warning signs to look for. */
  examples: string[];
  /** What tends to go wrong. For traps: the ways the cure itself goes wrong. */
  traps: string[];
  /** The section of the research the text rests on, e.g. "IRIS/KS 2013, kap. 6.1". */
  source: string;
}

export type HelpPhase = Phase | 'medlemsvedtak';
export type Criterion = 'input' | 'throughput' | 'output';
export type Trap = 'understyring' | 'overstyring' | 'radmannsfellen';

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'hjelp' });
/** The `hjelp` namespace in one language: `await getTranslations('hjelp')` on a page. */
export type HelpWords = typeof bokmaal;
type HelpKey = Parameters<HelpWords>[0];

type Group = 'fase' | 'kriterium' | 'felle' | 'virkemiddel';
const HELP_PHASES: readonly HelpPhase[] = [...PHASES, 'medlemsvedtak'];
const CRITERIA: readonly Criterion[] = ['input', 'throughput', 'output'];
const TRAPS: readonly Trap[] = ['understyring', 'overstyring', 'radmannsfellen'];

/** One entry from the catalogue: its why, the numbered examples (e1…) and traps (t1…), the source. */
function entry(t: HelpWords, group: Group, code: string): HelpEntry {
  const key = (name: string) => `${group}.${code}.${name}` as HelpKey;
  const list = (prefix: 'e' | 't') => {
    const out: string[] = [];
    for (let i = 1; t.has(key(`${prefix}${i}`)); i++) out.push(t(key(`${prefix}${i}`)));
    return out;
  };
  return { why: t(key('why')), examples: list('e'), traps: list('t'), source: t(key('source')) };
}

const table = <K extends string>(t: HelpWords, group: Group, codes: readonly K[]) =>
  Object.fromEntries(codes.map((code) => [code, entry(t, group, code)])) as Record<K, HelpEntry>;

/** Guidance per phase (and the member decisions) in one language; bokmål by default. */
export const phaseHelp = (t: HelpWords = bokmaal) => table(t, 'fase', HELP_PHASES);
/** Guidance per legitimacy criterion in one language; bokmål by default. */
export const criterionHelp = (t: HelpWords = bokmaal) => table(t, 'kriterium', CRITERIA);
/** Guidance per governance trap in one language; bokmål by default. */
export const trapHelp = (t: HelpWords = bokmaal) => table(t, 'felle', TRAPS);
/** Guidance per instrument (lib/pure/domain/instruments.ts) in one language; bokmål by default. */
export const instrumentHelp = (t: HelpWords = bokmaal) => table(t, 'virkemiddel', INSTRUMENT_CODES);

/** The bokmål texts, for callers that are not translated yet. */
export const PHASE_HELP: Record<HelpPhase, HelpEntry> = phaseHelp();
export const CRITERION_HELP: Record<Criterion, HelpEntry> = criterionHelp();
export const TRAP_HELP: Record<Trap, HelpEntry> = trapHelp();
export const INSTRUMENT_HELP: Record<InstrumentCode, HelpEntry> = instrumentHelp();


export type HelpTopic =
  | { kind: 'phase'; key: HelpPhase }
  | { kind: 'instrument'; key: InstrumentCode }
  | { kind: 'criterion'; key: Criterion }
  | { kind: 'trap'; key: Trap };

/** One entry point for the UI's help panels, so a component only needs the topic. */
export function help(topic: HelpTopic, t?: HelpWords): HelpEntry {
  if (!t) {
    // Bokmål: the prepared tables.
    if (topic.kind === 'phase') return PHASE_HELP[topic.key];
    if (topic.kind === 'instrument') return INSTRUMENT_HELP[topic.key];
    return topic.kind === 'criterion' ? CRITERION_HELP[topic.key] : TRAP_HELP[topic.key];
  }
  const group: Group = topic.kind === 'phase' ? 'fase' : topic.kind === 'instrument' ? 'virkemiddel' : topic.kind === 'criterion' ? 'kriterium' : 'felle';
  return entry(t, group, topic.key);
}
