// Norwegian words for the public page's codes.
import type { DecisionOutcome } from '@/lib/pure/domain/dossier';
import type { PublicCooperation } from '@/lib/pure/register/public';

export const OUTCOME_LABELS: Readonly<Record<DecisionOutcome, string>> = {
  tilslutning: 'Sluttet seg til',
  avslag: 'Sa nei',
  utsatt: 'Utsatte saken',
};

export const EVALUATION_DECISIONS: Readonly<Record<'opprettholde' | 'redesign' | 'avvikle', string>> = {
  opprettholde: 'Samarbeidet videreføres som før.',
  redesign: 'Samarbeidet skal endres (redesign).',
  avvikle: 'Samarbeidet skal avvikles.',
};

export const GEOGRAPHIC_LABELS: Readonly<Record<NonNullable<PublicCooperation['geographicLevel']>, string>> = {
  lokalt: 'Lokalt',
  regionalt: 'Regionalt',
  hoyere: 'Fylke eller landsdel',
};

export function legalEntityText(value: boolean | 'kan'): string {
  if (value === 'kan') return 'Kan være et eget rettssubjekt, avhengig av hvordan samarbeidet er organisert.';
  return value ? 'Er et eget rettssubjekt, skilt fra kommunene.' : 'Er ikke et eget rettssubjekt; ansvaret ligger hos deltakerkommunene.';
}

export function enkeltvedtakText(value: boolean): string {
  return value ? 'Kan treffe enkeltvedtak overfor innbyggerne når kommunene har delegert det.' : 'Treffer ikke enkeltvedtak overfor innbyggerne.';
}
