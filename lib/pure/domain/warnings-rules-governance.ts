// Warning rules for the three governance traps of seed 001 ch. 2.3: understyring (the
// autonomy trap), overstyring and the rådmannsfelle. Advice is paraphrased from the research;
// the words are the catalogue's (`varsel.regel.<id>`), the facts references with their values.

import { documentsTiming, meetingOf, noticeDays, unpreparedMembers } from './bodies';
import { formalOccurrences, heldIn, runningForAYear } from './anchoring-facts';
import type { BodyDecision, GoverningBody, Member, SponsorKind } from './dossier';
import { inWindow } from './iso-date';
import { THRESHOLDS } from './thresholds';
import type { WarningContext, WarningRule } from './warnings';
import { fact, ruleFacts, ruleText, type FactValue, type WarningFact } from './warnings-words';

/** Body kinds whose seats are held by elected representatives or owners' political delegates. */
const POLITICAL_BODY_WORDS = ['representantskap', 'nemnd', 'politisk', 'eiermøte', 'generalforsamling', 'årsmøte', 'kommunestyre', 'formannskap'];

export function isPoliticalBody(body: GoverningBody): boolean {
  const text = `${body.kind} ${body.name}`.toLowerCase();
  const seats = Object.values(body.seats).reduce((a, b) => a + b, 0);
  return seats > 0 && POLITICAL_BODY_WORDS.some((w) => text.includes(w));
}

const titleAndDate = (b: BodyDecision) => fact('titleAndDate', { title: b.title, date: { date: b.date } });
const list = (items: FactValue[], max?: number): FactValue => (max === undefined ? { list: items } : { list: items, max });

const recentPolitical = (ctx: WarningContext): BodyDecision[] =>
  ctx.dossier.bodyDecisions.filter((b) => b.political && inWindow(b.date, ctx.lastYear));

const noFormalAnchoring: WarningRule = {
  id: 'understyring.ingen_formell_forankring',
  trap: 'understyring',
  title: ruleText('understyring.ingen_formell_forankring', 'title'),
  severity: 'hoy',
  perceived: ['formell_forankring_underveis', 'aktivt_eierskap'],
  advice: ruleText('understyring.ingen_formell_forankring', 'advice'),
  check(ctx) {
    const d = ctx.dossier;
    if (!runningForAYear(d, ctx.today)) return null;
    const formal = formalOccurrences(d);
    if (formal.some((o) => heldIn(o, ctx.lastYear))) return null;
    const f = ruleFacts('understyring.ingen_formell_forankring');
    const facts = [f('running', { date: { date: d.startDate! } }), f('noneHeld')];
    if (!d.anchoringPoints.some((p) => p.kind === 'formell')) {
      facts.push(f('nonePlanned'));
    } else {
      const missed = formal.filter((o) => o.status !== 'holdt' && inWindow(o.dueDate, ctx.lastYear)).length;
      if (missed > 0) facts.push(f('missed', { count: missed }));
    }
    return facts;
  },
};

/** Members without a sponsor of the kind: the warning names each of them. */
function withoutSponsor(ctx: WarningContext, kind: SponsorKind): Member[] {
  const d = ctx.dossier;
  return d.members.filter((m) => !d.sponsors.some((s) => s.memberId === m.id && s.kind === kind));
}

function sponsorFacts(ctx: WarningContext, kind: SponsorKind): WarningFact[] | null {
  const missing = withoutSponsor(ctx, kind);
  if (missing.length === 0) return null;
  const total = ctx.dossier.members.length;
  const f = ruleFacts(kind === 'politisk' ? 'understyring.ingen_politisk_sponsor' : 'radmannsfellen.ingen_administrativ_sponsor');
  const names = list(missing.map((m) => m.name), 8);
  if (missing.length === total && total > 1) return [f('allMissing', { total, names })];
  return [f('missing', { names })];
}

const noPoliticalSponsor: WarningRule = {
  id: 'understyring.ingen_politisk_sponsor',
  trap: 'understyring',
  title: ruleText('understyring.ingen_politisk_sponsor', 'title'),
  severity: 'hoy',
  perceived: ['uformell_forankring', 'kontinuerlig_stotte'],
  advice: ruleText('understyring.ingen_politisk_sponsor', 'advice'),
  check: (ctx) => sponsorFacts(ctx, 'politisk'),
};

const noAdministrativeSponsor: WarningRule = {
  id: 'radmannsfellen.ingen_administrativ_sponsor',
  trap: 'radmannsfellen',
  title: ruleText('radmannsfellen.ingen_administrativ_sponsor', 'title'),
  severity: 'middels',
  perceived: ['politikk_og_administrasjon', 'kontinuerlig_stotte'],
  advice: ruleText('radmannsfellen.ingen_administrativ_sponsor', 'advice'),
  check: (ctx) => sponsorFacts(ctx, 'administrativ'),
};

const noPoliticalParticipation: WarningRule = {
  id: 'understyring.ingen_politisk_deltakelse',
  trap: 'understyring',
  title: ruleText('understyring.ingen_politisk_deltakelse', 'title'),
  severity: 'hoy',
  perceived: ['aktivt_eierskap', 'politikk_og_administrasjon'],
  advice: ruleText('understyring.ingen_politisk_deltakelse', 'advice'),
  check(ctx) {
    const d = ctx.dossier;
    if (d.anchoringPoints.some((p) => p.level === 'politisk')) return null;
    if (d.design.bodies.some(isPoliticalBody)) return null;
    if (d.bodyDecisions.some((b) => b.political)) return null;
    const f = ruleFacts('understyring.ingen_politisk_deltakelse');
    return [f('noPoliticalPoints'), d.design.bodies.length === 0 ? f('noBodies') : f('noPoliticalBodies'), f('noPoliticalCases')];
  },
};

const tooManyPoliticalDecisions: WarningRule = {
  id: 'overstyring.politiske_vedtak_innenfor_mandat',
  trap: 'overstyring',
  title: ruleText('overstyring.politiske_vedtak_innenfor_mandat', 'title'),
  severity: 'middels',
  perceived: ['tydelig_handlingsrom'],
  advice: ruleText('overstyring.politiske_vedtak_innenfor_mandat', 'advice'),
  check(ctx) {
    const political = recentPolitical(ctx);
    const inside = political.filter((b) => b.withinMandate);
    if (inside.length === 0) return null;
    if (inside.length < THRESHOLDS.overstyringCount.value && inside.length * 2 <= political.length) return null;
    const f = ruleFacts('overstyring.politiske_vedtak_innenfor_mandat');
    return [f('share', { inside: inside.length, political: political.length }), f('which', { list: list(inside.map(titleAndDate), 5) })];
  },
};

const unprepared: WarningRule = {
  id: 'radmannsfellen.uten_administrativ_forberedelse',
  trap: 'radmannsfellen',
  title: ruleText('radmannsfellen.uten_administrativ_forberedelse', 'title'),
  severity: 'middels',
  perceived: ['politikk_og_administrasjon'],
  advice: ruleText('radmannsfellen.uten_administrativ_forberedelse', 'advice'),
  check(ctx) {
    const d = ctx.dossier;
    const f = ruleFacts('radmannsfellen.uten_administrativ_forberedelse');
    const facts = recentPolitical(ctx).flatMap((b) => {
      if (b.prepared === 'ja') return [];
      const missing = unpreparedMembers(b, d.members).map((m) => m.name);
      if (missing.length === 0) return [f('partly', { item: titleAndDate(b) })];
      return [f('notPrepared', { item: titleAndDate(b), names: list(missing, 8) })];
    });
    return facts.length > 0 ? facts : null;
  },
};

const lateDocuments: WarningRule = {
  id: 'radmannsfellen.sene_saksdokumenter',
  trap: 'radmannsfellen',
  title: ruleText('radmannsfellen.sene_saksdokumenter', 'title'),
  severity: 'middels',
  perceived: ['saksinformasjon'],
  advice: ruleText('radmannsfellen.sene_saksdokumenter', 'advice'),
  check(ctx) {
    const days = noticeDays(ctx.dossier);
    const political = recentPolitical(ctx);
    const late = political.filter((b) => {
      const meeting = meetingOf(ctx.dossier, b);
      return meeting !== undefined && documentsTiming(meeting, days) === 'for_sent';
    });
    if (late.length === 0) return null;
    const sent = (b: BodyDecision) => meetingOf(ctx.dossier, b)!.documentsSentDate!;
    const f = ruleFacts('radmannsfellen.sene_saksdokumenter');
    return [
      f('share', { days, late: late.length, political: political.length }),
      f('which', { list: list(late.map((b) => fact('sentItem', { item: titleAndDate(b), date: { date: sent(b) } })), 5) }),
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
