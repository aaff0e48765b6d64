// Warning rules for the three governance traps of seed 001 ch. 2.3: understyring (the
// autonomy trap), overstyring and the rådmannsfelle. Advice is paraphrased from the research.

import { documentsTiming, meetingOf, noticeDays, unpreparedMembers } from './bodies';
import { formalOccurrences, heldIn, runningForAYear } from './anchoring-facts';
import type { BodyDecision, GoverningBody, Member, SponsorKind } from './dossier';
import { formatDateNb, inWindow } from './iso-date';
import { joinSome, quoted } from './nb-text';
import { THRESHOLDS } from './thresholds';
import type { WarningContext, WarningRule } from './warnings';

/** Body kinds whose seats are held by elected representatives or owners' political delegates. */
const POLITICAL_BODY_WORDS = ['representantskap', 'nemnd', 'politisk', 'eiermøte', 'generalforsamling', 'årsmøte', 'kommunestyre', 'formannskap'];

export function isPoliticalBody(body: GoverningBody): boolean {
  const text = `${body.kind} ${body.name}`.toLowerCase();
  const seats = Object.values(body.seats).reduce((a, b) => a + b, 0);
  return seats > 0 && POLITICAL_BODY_WORDS.some((w) => text.includes(w));
}

const titleAndDate = (b: BodyDecision) => `${quoted(b.title)} (${formatDateNb(b.date)})`;

const recentPolitical = (ctx: WarningContext): BodyDecision[] =>
  ctx.dossier.bodyDecisions.filter((b) => b.political && inWindow(b.date, ctx.lastYear));

const noFormalAnchoring: WarningRule = {
  id: 'understyring.ingen_formell_forankring',
  trap: 'understyring',
  title: 'Ingen formell forankring det siste året',
  severity: 'hoy',
  perceived: ['formell_forankring_underveis', 'aktivt_eierskap'],
  advice:
    'Forskningen viser at samarbeid trenger formell politisk forankring også underveis, ikke bare da det ble etablert – ellers kan ledelsen over tid få stadig mer frihet uten at eierne følger med. Fastsett et minimum, for eksempel årsmelding til kommunestyret hvert år og jevnlige orienteringer i formannskapet, og sørg for at forankringene blir holdt og registrert.',
  check(ctx) {
    const d = ctx.dossier;
    if (!runningForAYear(d, ctx.today)) return null;
    const formal = formalOccurrences(d);
    if (formal.some((o) => heldIn(o, ctx.lastYear))) return null;
    const facts = [
      `Samarbeidet har vært i drift siden ${formatDateNb(d.startDate!)}.`,
      'Ingen formelle forankringer er registrert som holdt de siste 12 månedene.',
    ];
    if (!d.anchoringPoints.some((p) => p.kind === 'formell')) {
      facts.push('Det er ikke planlagt noen formelle forankringspunkter.');
    } else {
      const missed = formal.filter((o) => o.status !== 'holdt' && inWindow(o.dueDate, ctx.lastYear)).length;
      if (missed > 0) facts.push(`Formelle forankringer med frist i perioden som ikke er holdt: ${missed}.`);
    }
    return facts;
  },
};

/** Members without a sponsor of the kind: the warning names each of them. */
function withoutSponsor(ctx: WarningContext, kind: SponsorKind): Member[] {
  const d = ctx.dossier;
  return d.members.filter((m) => !d.sponsors.some((s) => s.memberId === m.id && s.kind === kind));
}

function sponsorFacts(ctx: WarningContext, kind: SponsorKind): string[] | null {
  const missing = withoutSponsor(ctx, kind);
  if (missing.length === 0) return null;
  const total = ctx.dossier.members.length;
  const what = kind === 'politisk' ? 'politisk sponsor' : 'administrativ sponsor';
  if (missing.length === total && total > 1) return [`Ingen av de ${total} deltakerne har en ${what}: ${joinSome(missing.map((m) => m.name), 8)}.`];
  return [`${joinSome(missing.map((m) => m.name), 8)} har ingen ${what}.`];
}

const noPoliticalSponsor: WarningRule = {
  id: 'understyring.ingen_politisk_sponsor',
  trap: 'understyring',
  title: 'Deltakere uten politisk sponsor',
  severity: 'hoy',
  perceived: ['uformell_forankring', 'kontinuerlig_stotte'],
  advice:
    'En politiker som tar et særlig ansvar for samarbeidet, er ifølge forskningen den viktigste kanalen inn i de politiske organene og gir operativ leder forutsigbarhet. Utpek minst én politisk sponsor i hver deltakerkommune, og knytt sponsoren til operativ leder.',
  check: (ctx) => sponsorFacts(ctx, 'politisk'),
};

const noAdministrativeSponsor: WarningRule = {
  id: 'radmannsfellen.ingen_administrativ_sponsor',
  trap: 'radmannsfellen',
  title: 'Deltakere uten administrativ sponsor',
  severity: 'middels',
  perceived: ['politikk_og_administrasjon', 'kontinuerlig_stotte'],
  advice:
    'Den administrative sponsoren er døren mellom samarbeidet og linjen i kommunen. Uten en slik kan administrasjonen bli koblet av, og sakene mister det faglige grunnlaget og eierskapet i kommunen. Utpek en administrativ sponsor i hver deltakerkommune, gjerne en kommunalsjef på fagområdet.',
  check: (ctx) => sponsorFacts(ctx, 'administrativ'),
};

const noPoliticalParticipation: WarningRule = {
  id: 'understyring.ingen_politisk_deltakelse',
  trap: 'understyring',
  title: 'Ingen politisk deltakelse',
  severity: 'hoy',
  perceived: ['aktivt_eierskap', 'politikk_og_administrasjon'],
  advice:
    'Når de folkevalgte verken sitter i samarbeidets organer eller får saker til behandling, plasserer de seg på sidelinjen, og samarbeidet kan bli et nettverk på frigang. Gi politikerne en plass: som representanter i styringsorganene, gjennom faste orienteringer i formannskap og kommunestyre, eller i eiermøter.',
  check(ctx) {
    const d = ctx.dossier;
    if (d.anchoringPoints.some((p) => p.level === 'politisk')) return null;
    if (d.design.bodies.some(isPoliticalBody)) return null;
    if (d.bodyDecisions.some((b) => b.political)) return null;
    return [
      'Ingen forankringspunkter er lagt til politisk nivå.',
      d.design.bodies.length === 0
        ? 'Samarbeidet har ingen styringsorganer registrert.'
        : 'Ingen av samarbeidets organer har politisk representasjon.',
      'Ingen saker er behandlet politisk i samarbeidets organer.',
    ];
  },
};

const tooManyPoliticalDecisions: WarningRule = {
  id: 'overstyring.politiske_vedtak_innenfor_mandat',
  trap: 'overstyring',
  title: 'Politikerne behandler saker innenfor lederens mandat',
  severity: 'middels',
  perceived: ['tydelig_handlingsrom'],
  advice:
    'Når folkevalgte griper inn i store og små saker, blir ansvaret mellom politikere, styre og ledelse utydelig, prosessene trekker ut og samarbeidet mister handlingsrommet det trenger for å levere. Ikke alt bør vedtas politisk: bruk mandatet aktivt og la de politiske forankringspunktene handle om rammer, budsjett og store veivalg.',
  check(ctx) {
    const political = recentPolitical(ctx);
    const inside = political.filter((b) => b.withinMandate);
    if (inside.length === 0) return null;
    if (inside.length < THRESHOLDS.overstyringCount.value && inside.length * 2 <= political.length) return null;
    return [
      `${inside.length} av ${political.length} politiske vedtak de siste 12 månedene gjaldt saker innenfor operativ leders mandat.`,
      `Det gjelder ${joinSome(inside.map(titleAndDate))}.`,
    ];
  },
};

const unprepared: WarningRule = {
  id: 'radmannsfellen.uten_administrativ_forberedelse',
  trap: 'radmannsfellen',
  title: 'Saker behandles uten administrativ forberedelse',
  severity: 'middels',
  perceived: ['politikk_og_administrasjon'],
  advice:
    'Går saker rett til samarbeidets politiske organer uten at administrasjonen i hver kommune har forberedt dem, blir rådmannen koblet av – og kommunene mister både faglig grunnlag og eierskap til beslutningene. Avtal en fast saksgang der kommunedirektørene får sakene til forberedelse før de behandles politisk.',
  check(ctx) {
    const d = ctx.dossier;
    const facts = recentPolitical(ctx).flatMap((b) => {
      if (b.prepared === 'ja') return [];
      const missing = unpreparedMembers(b, d.members).map((m) => m.name);
      if (missing.length === 0) return [`${titleAndDate(b)} ble bare delvis forberedt administrativt i deltakerkommunene.`];
      return [`${titleAndDate(b)} ble ikke forberedt administrativt i ${joinSome(missing, 8)}.`];
    });
    return facts.length > 0 ? facts : null;
  },
};

const lateDocuments: WarningRule = {
  id: 'radmannsfellen.sene_saksdokumenter',
  trap: 'radmannsfellen',
  title: 'Saksdokumenter sendes for sent',
  severity: 'middels',
  perceived: ['saksinformasjon'],
  advice:
    'Kommer saksdokumentene sent, får verken administrasjonen eller de folkevalgte tid til å sette seg inn i sakene og forankre dem i egen kommune. Lag en møteplan med faste frister for utsending, og hold dem.',
  check(ctx) {
    const days = noticeDays(ctx.dossier);
    const political = recentPolitical(ctx);
    const late = political.filter((b) => {
      const meeting = meetingOf(ctx.dossier, b);
      return meeting !== undefined && documentsTiming(meeting, days) === 'for_sent';
    });
    if (late.length === 0) return null;
    const sent = (b: BodyDecision) => meetingOf(ctx.dossier, b)!.documentsSentDate!;
    return [
      `Saksdokumentene ble sendt ut færre enn ${days} dager før møtet i ${late.length} av ${political.length} politiske saker de siste 12 månedene.`,
      `Det gjelder ${joinSome(late.map((b) => `${titleAndDate(b)}, sendt ${formatDateNb(sent(b))}`))}.`,
    ];
  },
};

export const GOVERNANCE_RULES: readonly WarningRule[] = [
  noFormalAnchoring,
  noPoliticalSponsor,
  noAdministrativeSponsor,
  noPoliticalParticipation,
  tooManyPoliticalDecisions,
  unprepared,
  lateDocuments,
];
