// Task areas (oppgavefelt) and their sectors in the page's language. The names are data:
// seeded in bokmål from db/seed/data/oppgavefelt.csv into task_areas, and stored, filtered and
// exported as such. The catalogue namespace `oppgavefelt` holds the seeded names and sectors
// under a key made from the bokmål name, so a page words them at display time; a task area
// an administrator has added or renamed since keeps its stored name. Bokmål by default. Pure.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'oppgavefelt' });
/** The `oppgavefelt` namespace in one language: `await getTranslations('oppgavefelt')` on a page. */
export type TaskAreaWords = typeof bokmaal;
type TaskAreaKey = Parameters<TaskAreaWords>[0];

/** The catalogue key of a bokmål name: lower case, æøå spelt out, other characters as «_». */
export function taskAreaKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function wordIn(group: 'navn' | 'sektor', name: string, t: TaskAreaWords): string {
  const key = `${group}.${taskAreaKey(name)}` as TaskAreaKey;
  // Only a name exactly as seeded is worded: one an administrator has renamed keeps its own.
  return bokmaal.has(key) && bokmaal(key) === name && t.has(key) ? t(key) : name;
}

/** A task area's name in the translator's language; the stored name when the catalogue has no key for it. */
export function taskAreaNameIn(name: string, t: TaskAreaWords = bokmaal): string {
  return wordIn('navn', name, t);
}

/** A task-area sector's name in the translator's language; the stored name when the catalogue has no key for it. */
export function taskAreaSectorIn(sector: string, t: TaskAreaWords = bokmaal): string {
  return wordIn('sektor', sector, t);
}
