// The register pages' words, fetched once per page (getTranslations) and handed to the table,
// the filters and the former memberships: no part looks anything up per row.
import { getLocale, getTranslations } from 'next-intl/server';
import { formatShareTotal, type CostShareErrorCode } from '@/lib/pure/domain/cost-shares';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import { legalFormNameIn, type LegalFormWords } from '@/lib/pure/domain/legal-form-words';
import type { Criterion } from '@/lib/pure/domain/legitimacy';
import { taskAreaNameIn, type TaskAreaWords } from '@/lib/pure/domain/task-area-words';
import { formatDate } from '@/lib/pure/format';
import type { Locale } from '@/lib/pure/i18n/locales';
import { joinWith } from '@/lib/pure/i18n/template';
import type { LightValue, OwnShare } from '@/lib/pure/register/row';

export type RegisterT = Awaited<ReturnType<typeof getTranslations<'registerside'>>>;

export interface RegisterWords {
  t: RegisterT;
  locale: Locale;
  /** A lifecycle state's name (tilstand). */
  state: (state: LifecycleState) => string;
  /** «deltaker»/«deltakere» after a count (registertabell.members). */
  members: (count: number) => string;
  /** «Startet {date}» (registertabell.started). */
  started: (date: string) => string;
  /** A legal form's name by its code; the stored (bokmål) name when the code is unknown. */
  legalForm: (code: string | null, stored: string | null) => string | null;
  /** A task area's stored (bokmål) name, worded in the page's language when it is a seeded one. */
  taskArea: (stored: string) => string;
  /** The hosts' label stored with the row (bokmål «Vertskommune», «Kontorkommune» or both). */
  hostLabel: (stored: string) => string;
  date: (date: string) => string;
  /** A legitimacy light in words: long for screen readers, short for the eye. */
  light: (criterion: Criterion, value: LightValue) => { long: string; short: string };
  /**
   * Why the municipality's share is not computed, in the page's language (the cost table's
   * words, innramming.form.table.errors); null when only the stored bokmål reason can say it.
   */
  costReason: (share: Extract<OwnShare, { ok: false }>) => string | null;
}

/** The cost key's error messages and «og» (namespace innramming.form). */
export type CostWords = (key: 'and' | `table.errors.${CostShareErrorCode}`, values?: Values) => string;

const HOST_KEYS = { Vertskommune: 'vertskommune', Kontorkommune: 'kontorkommune', 'Vertskommune/kontorkommune': 'vertOgKontor' } as const;

const NAMESPACES = ['registerside', 'tilstand', 'registertabell', 'rolle', 'organisasjonsform', 'oppgavefelt', 'innramming.form'] as const;
type RegisterNamespace = (typeof NAMESPACES)[number];
/** A translator of one namespace, as the words below call it. */
type Translate = (key: string, values?: Values) => string;

export async function registerWords(): Promise<RegisterWords> {
  return registerWordsIn(await getLocale(), async (namespace) => (await getTranslations(namespace)) as unknown as Translate);
}

/** The words from a translator per namespace: the request's, or createTranslator's in a test. */
export async function registerWordsIn(locale: Locale, translator: (namespace: RegisterNamespace) => Translate | Promise<Translate>): Promise<RegisterWords> {
  const [t, state, table, role, form, area, cost] = await Promise.all(NAMESPACES.map((namespace) => translator(namespace)));
  return registerWordsFrom({
    t: t as unknown as RegisterT,
    locale,
    state: (s) => state!(s),
    table: (key, values) => table!(key, values),
    role: (key) => role!(key),
    form: (key, values) => form!(key, values),
    cost: (key, values) => cost!(key, values),
    area: area as unknown as TaskAreaWords,
  });
}

type Values = Record<string, string | number>;

/** The words from translators (a request's, or createTranslator's in a test). */
function registerWordsFrom({
  t,
  locale,
  state: tState,
  table: tTable,
  role: tRole,
  form: tForm,
  area,
  cost: tCost,
}: {
  t: RegisterT;
  locale: Locale;
  state: (state: LifecycleState) => string;
  table: (key: 'members' | 'started', values: Values) => string;
  role: (key: 'vertskommune' | 'kontorkommune' | 'vertOgKontor') => string;
  form: LegalFormWords;
  /** The `oppgavefelt` namespace; without it the stored names are shown. */
  area?: TaskAreaWords;
  /** Without it, a missing share's reason is the stored bokmål sentence. */
  cost?: CostWords;
}): RegisterWords {
  const formNames = new Map<string, string | null>();
  return {
    t,
    locale,
    state: tState,
    members: (count) => tTable('members', { count }),
    started: (date) => tTable('started', { date: formatDate(date, locale) }),
    legalForm: (code, stored) => {
      if (code === null || locale === 'nb') return stored;
      if (!formNames.has(code)) formNames.set(code, legalFormNameIn(code, tForm));
      return formNames.get(code) ?? stored;
    },
    taskArea: (stored) => (area ? taskAreaNameIn(stored, area) : stored),
    hostLabel: (stored) => (stored in HOST_KEYS ? tRole(HOST_KEYS[stored as keyof typeof HOST_KEYS]) : stored),
    date: (date) => formatDate(date, locale),
    light: (criterion, value) => {
      const named = { criterion: t(`lys.${criterion}`), light: t(`lys.${value.light}`) };
      return {
        long: t('lys.long', { ...named, score: value.score === null ? t('lys.noData') : t('lys.scoreOf', { score: value.score }) }),
        short: value.score === null ? t('lys.short', named) : t('lys.shortScore', { ...named, score: value.score }),
      };
    },
    costReason: (share) => {
      if (!tCost || !share.code) return null;
      const names = joinWith(share.names ?? [], tCost('and'));
      return tCost(`table.errors.${share.code}`, { names, total: share.total === undefined ? '' : formatShareTotal(share.total, locale) });
    },
  };
}
