// The overview's translator and locale, fetched once by the page and handed to its parts (no
// part looks anything up per card), and the few list helpers the cards share.
import type { getTranslations } from 'next-intl/server';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import type { Locale } from '@/lib/pure/i18n/locales';
import { joinList, joinNb } from '@/lib/pure/domain/nb-text';

export type OverviewT = Awaited<ReturnType<typeof getTranslations<'oversikt'>>>;

export interface OverviewWords {
  t: OverviewT;
  locale: Locale;
  /** A lifecycle state's name (the tilstand namespace). */
  state: (state: LifecycleState) => string;
  /** A completeness follow-up's sentence by its rule's id (followUpTextIn); bokmål pages need none. */
  followUp?: (ruleId: string) => string | null;
}

/** A count as the bokmål page always wrote it (no digit grouping), the same in every language. */
export const n = (count: number) => String(count);

/** Up to `max` names and a count of the rest: "A, B og C", "A, B, C og 2 til". */
export function someOf({ t, locale }: OverviewWords, items: readonly string[], max: number): string {
  if (items.length <= max) return locale === 'nb' ? joinNb(items) : joinList(items, locale);
  return t('forankring.some', { list: items.slice(0, max).join(', '), count: items.length - max });
}
