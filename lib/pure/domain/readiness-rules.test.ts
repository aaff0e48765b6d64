import { describe, expect, it } from 'vitest';
import type { Dossier } from './dossier';
import { READY_LEGAL_FORM, READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { legalForm, lovkravItems } from './legal-forms';
import { READINESS_RULES, readinessIssues } from './readiness';

// Each case starts from the ready dossier, changes one thing, and lists exactly the
// missing items that must follow: the rule under test and nothing else, unless stated.

const GOAL = 'Kortere ventetid på legevakten';
const { arendal, grimstad, lillesand, froland } = READY_MEMBER_IDS;

type Change = (d: Dossier) => Dossier | void;

interface RuleCase {
  rule: string;
  name: string;
  change: Change;
  /** [rule id, message] pairs in rule order. */
  expected: Array<[string, string]>;
}

const fails = (rule: string, name: string, change: Change, ...messages: string[]): RuleCase => ({
  rule,
  name,
  change,
  expected: messages.map((m): [string, string] => [rule, m]),
});
const passes = (rule: string, name: string, change: Change): RuleCase => ({ rule, name, change, expected: [] });

const withKey = (d: Dossier, kind: 'faste_andeler' | 'bruk' | 'innbyggere', values: Array<number | null>) => {
  d.framing.costKey = { kind, fixedPartPercent: null };
  d.members.forEach((m, i) => {
    const value = values[i] ?? null;
    if (kind === 'faste_andeler') m.fixedSharePercent = value;
    else if (kind === 'bruk') m.usage = value;
    else m.population = value;
  });
};

const fullChecklist = (code: string) =>
  Object.fromEntries((legalForm(code)?.agreementItems ?? []).map((i) => [i.id, true]));

/** Stored rows can hold values the types rule out; simulate one through JSON. */
const fromStorage = (d: Dossier, from: string, to: string): Dossier =>
  JSON.parse(JSON.stringify(d).replace(from, to));

const INNRAMMING: RuleCase[] = [
  fails('innramming.mal', 'no goals', (d) => { d.goals = []; }, 'Mangler minst ett mål for samarbeidet'),
  fails('innramming.mal-indikator', 'blank indicator', (d) => { d.goals[0]!.indicator = '  '; },
    `Mål «${GOAL}» mangler indikator`),
  fails('innramming.mal-indikator', 'goal without statement',
    (d) => { Object.assign(d.goals[0]!, { statement: '', indicator: '' }); },
    'Mål «uten beskrivelse» mangler indikator'),
  fails('innramming.mal-utgangsverdi', 'no baseline', (d) => { d.goals[0]!.baseline = ''; },
    `Mål «${GOAL}» mangler utgangsverdi`),
  fails('innramming.mal-malverdi', 'no target', (d) => { d.goals[0]!.target = ''; },
    `Mål «${GOAL}» mangler målverdi`),
  fails('innramming.mal-frist', 'no deadline', (d) => { d.goals[0]!.deadline = null; },
    `Mål «${GOAL}» mangler frist`),
  fails('innramming.forventet-nytte', 'a member without benefit', (d) => { d.members[2]!.expectedBenefit = null; },
    'Mangler forventet nytte for Lillesand kommune'),
  fails('innramming.budsjett', 'no budget', (d) => { d.framing.budgetOre = null; }, 'Mangler årsbudsjett'),
  fails('innramming.fordelingsnokkel', 'no cost key', (d) => { d.framing.costKey = null; },
    'Mangler fordelingsnøkkel for kostnadene'),
  fails('innramming.faste-andeler', 'a share missing', (d) => withKey(d, 'faste_andeler', [40, 30, 20, null]),
    'Mangler fast andel for Froland kommune'),
  passes('innramming.faste-andeler', 'shares complete', (d) => withKey(d, 'faste_andeler', [40, 30, 20, 10])),
  fails('innramming.faste-andeler-sum', 'shares short of 100', (d) => withKey(d, 'faste_andeler', [40, 30, 20, 9.5]),
    'De faste andelene summerer til 99,5 prosent, ikke 100'),
  passes('innramming.faste-andeler-sum', 'rounded thirds',
    (d) => withKey(d, 'faste_andeler', [33.334, 33.333, 33.333, 0])),
  fails('innramming.bruksgrunnlag', 'usage missing', (d) => withKey(d, 'bruk', [10, 5, 3, null]),
    'Mangler bruksgrunnlag for Froland kommune'),
  passes('innramming.bruksgrunnlag', 'usage complete', (d) => withKey(d, 'bruk', [10, 5, 3, 1])),
  fails('innramming.innbyggertall', 'per inhabitant', (d) => withKey(d, 'innbyggere', [1, null, 1, 1]),
    'Mangler innbyggertall for Grimstad kommune'),
  fails('innramming.innbyggertall', 'fixed part and inhabitants', (d) => { d.members[3]!.population = null; },
    'Mangler innbyggertall for Froland kommune'),
  ...[null, -1, 101].map((part) =>
    fails('innramming.fast-del', `fixed part ${part}`,
      (d) => { d.framing.costKey = { kind: 'fast_og_innbyggere', fixedPartPercent: part }; },
      'Mangler andelen av budsjettet som fordeles likt (0–100 prosent)')),
  fails('innramming.vertskompensasjon', 'host compensation missing',
    (d) => { Object.assign(d.framing, { hostCompensationOre: null, hostCompensationNote: ' ' }); },
    'Mangler kompensasjon til Arendal kommune som vertskommune'),
  passes('innramming.vertskompensasjon', 'stated as a note', (d) => { d.framing.hostCompensationOre = null; }),
  passes('innramming.vertskompensasjon', 'stated as an amount', (d) => { d.framing.hostCompensationNote = null; }),
  {
    rule: 'innramming.avtale-lovkrav',
    name: 'no legal form yet',
    change: (d) => { d.design.legalForm = null; },
    expected: [
      ['innramming.avtale-lovkrav', 'Velg organisasjonsform i design-fasen før avtalesjekklisten kan fullføres'],
      ['design.organisasjonsform', 'Mangler valg av organisasjonsform'],
    ],
  },
  fails('innramming.avtale-lovkrav', 'checklist untouched (items from the catalogue)',
    (d) => { d.framing.agreementChecklist = {}; },
    ...lovkravItems(READY_LEGAL_FORM).map((i) => `Avtalen dekker ikke lovkravet «${i.text}» (${i.source})`)),
  fails('innramming.arsmelding', 'no annual report', (d) => { d.framing.annualReport = false; },
    'Mangler ordning for årsmelding'),
  fails('innramming.regnskap', 'no accounts', (d) => { d.framing.accounts = false; }, 'Mangler ordning for regnskap'),
];

const DESIGN: RuleCase[] = [
  fails('design.deltakere', 'one member', (d) => { d.members = d.members.slice(0, 1); },
    'Et samarbeid trenger minst 2 deltakere (nå: 1)'),
  fails('design.begrunnelse', 'blank rationale', (d) => { d.design.legalFormRationale = '   '; },
    'Mangler begrunnelse for valg av organisasjonsform'),
  fails('design.begrunnelse', 'no rationale', (d) => { d.design.legalFormRationale = null; },
    'Mangler begrunnelse for valg av organisasjonsform'),
  fails('design.begrunnelse', 'short rationale', (d) => { d.design.legalFormRationale = '  Det er best.  '; },
    'Begrunnelsen for valg av organisasjonsform er for kort (minst 20 tegn)'),
  passes('design.begrunnelse', 'exactly 20 characters',
    (d) => { d.design.legalFormRationale = 'Tjue tegn akkurat nå'; }),
  fails('design.styringsorgan', 'no bodies', (d) => { d.design.bodies = []; }, 'Mangler minst ett styringsorgan'),
  fails('design.rolle', 'role lost in storage', (d) => fromStorage(d, '"role":"samarbeidskommune"', '"role":""'),
    'Mangler rolle for Grimstad kommune'),
  fails('design.vertskommune', 'host form without host', (d) => { d.members[0]!.role = 'samarbeidskommune'; },
    'Mangler vertskommune: organisasjonsformen krever at én deltaker er vertskommune'),
  fails('design.vertskommune', 'two hosts', (d) => { d.members[1]!.role = 'vertskommune'; },
    'Bare én deltaker kan være vertskommune (nå: Arendal kommune og Grimstad kommune)'),
  fails('design.vertskommune', 'host in a form without hosts',
    (d) => {
      d.design.legalForm = 'ko';
      d.framing.agreementChecklist = fullChecklist('ko');
    },
    'Arendal kommune er satt som vertskommune, men den valgte organisasjonsformen har ingen vertskommune'),
  fails('design.leder', 'no leader', (d) => { d.design.leader.name = null; }, 'Mangler navn på operativ leder'),
  fails('design.leder-rekruttering', 'no recruitment choice', (d) => { d.design.leader.recruitment = null; },
    'Mangler valg av rekruttering av operativ leder (intern eller ekstern)'),
  fails('design.leder-finansiering', 'no funding', (d) => { d.design.leader.funding = ''; },
    'Mangler finansiering av stillingen som operativ leder'),
  fails('design.mandat', 'empty mandate',
    (d) => { d.design.mandate = { alone: [], administrative: [' '], political: [] }; },
    'Mandatet mangler beslutninger operativ leder kan ta alene',
    'Mandatet mangler beslutninger som krever administrativ forankring',
    'Mandatet mangler beslutninger som krever politisk forankring'),
  fails('design.arbeidsform', 'no working methods', (d) => { d.design.workingMethods = null; },
    'Mangler beskrivelse av arbeidsform'),
];

const STOTTE_OG_DELTAKELSE: RuleCase[] = [
  fails('stotte.politisk-sponsor', 'Lillesand without a political sponsor',
    (d) => { d.sponsors = d.sponsors.filter((s) => !(s.memberId === lillesand && s.kind === 'politisk')); },
    'Mangler politisk sponsor for Lillesand kommune'),
  fails('stotte.administrativ-sponsor', 'a sponsor without a name does not count',
    (d) => {
      const sponsor = d.sponsors.find((s) => s.memberId === grimstad && s.kind === 'administrativ');
      sponsor!.name = ' ';
    },
    'Mangler administrativ sponsor for Grimstad kommune'),
  passes('stotte.politisk-sponsor', 'a non-municipal partner needs no sponsors',
    (d) => {
      d.members.push({ ...d.members[3]!, id: 'm-sshf', kommunenummer: null, name: 'Sørlandet sykehus HF', role: 'deltaker' });
    }),
  fails('stotte.praktisk-stotte', 'no practical support', (d) => { d.support.practicalSupport = null; },
    'Mangler beskrivelse av praktisk støtte (kontor, møterom, sekretariat)'),
  fails('stotte.minimumsfinansiering', 'no minimum funding', (d) => { d.support.minimumFunding = ''; },
    'Mangler beskrivelse av minimumsfinansiering'),
  fails('deltakelse.representant', 'no representative', (d) => { d.members[3]!.representatives = 0; },
    'Mangler representant for Froland kommune'),
  fails('deltakelse.formelt-politisk-forankringspunkt', 'only informal anchoring',
    (d) => { d.anchoringPoints = d.anchoringPoints.filter((p) => p.kind === 'uformell'); },
    'Mangler minst ett formelt politisk forankringspunkt'),
  fails('deltakelse.formelt-politisk-forankringspunkt', 'formal but administrative anchoring',
    (d) => { d.anchoringPoints.forEach((p) => Object.assign(p, { kind: 'formell', level: 'administrativ' })); },
    'Mangler minst ett formelt politisk forankringspunkt'),
  fails('deltakelse.forankring-alle', 'Froland not covered',
    (d) => { d.anchoringPoints.forEach((p) => (p.memberIds = [arendal, grimstad, lillesand])); },
    'Mangler forankringspunkt for Froland kommune'),
  passes('deltakelse.forankring-alle', 'covered by named points together',
    (d) => {
      d.anchoringPoints.forEach((p, i) => (p.memberIds = i === 0 ? [arendal, grimstad] : [lillesand, froland]));
    }),
  fails('deltakelse.info-innbyggere', 'nothing for citizens',
    (d) => { d.informationItems = d.informationItems.filter((i) => i.audience !== 'innbyggere'); },
    'Informasjonsplanen mangler tiltak rettet mot innbyggere'),
  fails('deltakelse.info-politikere', 'nothing for politicians',
    (d) => { d.informationItems = d.informationItems.filter((i) => i.audience !== 'politikere'); },
    'Informasjonsplanen mangler tiltak rettet mot politikere'),
  fails('deltakelse.uformell-kontakt', 'no informal contact', (d) => { d.participation.informalContact = null; },
    'Mangler ordning for uformell kontakt'),
];

const CASES = [...INNRAMMING, ...DESIGN, ...STOTTE_OG_DELTAKELSE];

describe.each(CASES.map((c) => [c.rule, c.name, c] as const))('%s: %s', (_rule, _name, c) => {
  it(c.expected.length === 0 ? 'is satisfied' : 'reports exactly the missing items', () => {
    const ready = readyDossier();
    const d = c.change(ready) ?? ready;
    expect(readinessIssues(d).map((i) => [i.ruleId, i.message])).toEqual(c.expected);
  });
});

describe('the rule list', () => {
  it('has unique ids prefixed by their phase, and a requirement sentence each', () => {
    const ids = READINESS_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of READINESS_RULES) expect(r.id.startsWith(`${r.phase}.`)).toBe(true);
    for (const r of READINESS_RULES) expect(r.requirement).toMatch(/\.$/);
  });

  it('has a failing case for every rule', () => {
    const failing = new Set(CASES.flatMap((c) => c.expected.map(([rule]) => rule)));
    expect(READINESS_RULES.map((r) => r.id).filter((id) => !failing.has(id))).toEqual([]);
  });

  it('is satisfied by the ready dossier', () => {
    expect(readinessIssues(readyDossier())).toEqual([]);
  });
});
