// How complete a running cooperation's phase data is, read from the readiness rules (the
// same rules that gate establishing, not a second set): the share of rules met, and one
// follow-up task per rule not met, "Fullfør: forankringsplan mangler". A cooperation
// registered as existing starts with most of them; establishing in Brobygger meets them all.
// Pure.
import type { Dossier, Phase } from './dossier';
import { READINESS_RULES } from './readiness';

export interface FollowUp {
  ruleId: string;
  phase: Phase;
  /** "Fullfør: forankringsplan mangler". */
  text: string;
  /** The same without "Fullfør: ": "forankringsplan mangler". */
  label: string;
  /** The rule's own sentences: what exactly is missing. */
  missing: string[];
}

export interface Completeness {
  /** Whole percent of the rules met, 0-100. */
  score: number;
  met: number;
  total: number;
  followUps: FollowUp[];
}

/** What to complete, per rule: short enough for a task list. A test keeps it whole. */
export const FOLLOW_UP_LABELS: Readonly<Record<string, string>> = {
  'innramming.mal': 'mål mangler',
  'innramming.mal-indikator': 'mål mangler indikator',
  'innramming.mal-utgangsverdi': 'mål mangler utgangsverdi',
  'innramming.mal-malverdi': 'mål mangler målverdi',
  'innramming.mal-frist': 'mål mangler frist',
  'innramming.forventet-nytte': 'forventet nytte mangler',
  'innramming.budsjett': 'budsjett mangler',
  'innramming.fordelingsnokkel': 'fordelingsnøkkel mangler',
  'innramming.faste-andeler': 'faste andeler mangler',
  'innramming.faste-andeler-sum': 'de faste andelene summerer ikke til 100 prosent',
  'innramming.bruksgrunnlag': 'bruksgrunnlag mangler',
  'innramming.innbyggertall': 'innbyggertall mangler',
  'innramming.fast-del': 'den faste delen av fordelingen mangler',
  'innramming.vertskompensasjon': 'kompensasjon til vertskommunen mangler',
  'innramming.avtale-lovkrav': 'avtalens lovkrav er ikke bekreftet',
  'innramming.arsmelding': 'årsmelding er ikke avtalt',
  'innramming.regnskap': 'regnskap er ikke avtalt',
  'design.deltakere': 'for få deltakere',
  'design.organisasjonsform': 'organisasjonsform mangler',
  'design.begrunnelse': 'begrunnelse for organisasjonsformen mangler',
  'design.styringsorgan': 'styringsorgan mangler',
  'design.rolle': 'rolle for en deltaker mangler',
  'design.vertskommune': 'vertskommunen stemmer ikke med organisasjonsformen',
  'design.leder': 'operativ leder mangler',
  'design.leder-rekruttering': 'rekruttering av operativ leder mangler',
  'design.leder-finansiering': 'finansiering av operativ leder mangler',
  'design.mandat': 'mandatet til operativ leder mangler',
  'design.arbeidsform': 'arbeidsform mangler',
  'stotte.politisk-sponsor': 'politisk sponsor mangler',
  'stotte.administrativ-sponsor': 'administrativ sponsor mangler',
  'stotte.praktisk-stotte': 'praktisk støtte mangler',
  'stotte.minimumsfinansiering': 'minimumsfinansiering mangler',
  'deltakelse.representant': 'representanter mangler',
  'deltakelse.formelt-politisk-forankringspunkt': 'forankringsplan mangler',
  'deltakelse.forankring-alle': 'forankringsplanen dekker ikke alle deltakerne',
  'deltakelse.info-innbyggere': 'informasjon til innbyggerne mangler',
  'deltakelse.info-politikere': 'informasjon til politikerne mangler',
  'deltakelse.uformell-kontakt': 'uformell kontakt er ikke beskrevet',
};

export function completeness(dossier: Dossier): Completeness {
  const followUps: FollowUp[] = [];
  for (const rule of READINESS_RULES) {
    const missing = rule.check(dossier);
    if (missing.length === 0) continue;
    const label = FOLLOW_UP_LABELS[rule.id] ?? rule.requirement.replace(/\.$/, '').toLocaleLowerCase('nb');
    followUps.push({ ruleId: rule.id, phase: rule.phase, text: `Fullfør: ${label}`, label, missing });
  }
  const total = READINESS_RULES.length;
  const met = total - followUps.length;
  return { score: Math.floor((met / total) * 100), met, total, followUps };
}
