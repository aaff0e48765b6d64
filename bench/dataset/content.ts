// What a generated cooperation says about itself: name, purpose, the phase data (framing,
// design, support, participation) and the templates its goals, anchoring points,
// information plan and instruments are drawn from. The wording is plausible Norwegian
// municipal prose; the people are made up by faker.
import type { Faker } from '@faker-js/faker';
import type { AnchoringEvent, Audience, Design, Frequency, Framing, LegalFormCode, Participation, Support } from '@/lib/pure/domain/dossier';
import { INSTRUMENTS } from '@/lib/pure/domain/instruments';
import { legalForm } from '@/lib/pure/domain/legal-forms';

export const LEGAL_FORM_SHARES: readonly { value: LegalFormCode; weight: number }[] = [
  { value: 'vertskommune_administrativ', weight: 34 },
  { value: 'vertskommune_nemnd', weight: 8 },
  { value: 'iks', weight: 14 },
  { value: 'ko', weight: 4 },
  { value: 'as', weight: 5 },
  { value: 'avtale', weight: 15 },
  { value: 'fagnettverk', weight: 10 },
  { value: 'legacy_27_styre', weight: 6 },
  { value: 'legacy_28_vertskommune', weight: 4 },
];

const NAME_PATTERNS = [
  (area: string, place: string) => `${area} ${place}`,
  (area: string, place: string) => `${place} interkommunale ${area.toLowerCase()}`,
  (area: string, place: string) => `${area} for ${place} og omland`,
  (area: string, place: string) => `${place}regionens ${area.toLowerCase()}`,
  (area: string, place: string) => `${area}ssamarbeidet i ${place}`,
];

export function cooperationName(faker: Faker, area: string, place: string, form: LegalFormCode): string {
  const name = faker.helpers.arrayElement(NAME_PATTERNS)(area, place);
  return form === 'iks' ? `${name} IKS` : form === 'as' ? `${name} AS` : name;
}

const COST_KEYS = ['likt', 'innbyggere', 'bruk', 'faste_andeler', 'fast_og_innbyggere'] as const;

export function framing(faker: Faker, form: LegalFormCode, complete: boolean): Framing {
  const items = legalForm(form)?.agreementItems ?? [];
  const costKind = faker.helpers.arrayElement(COST_KEYS);
  return {
    budgetOre: complete ? faker.number.int({ min: 2, max: 800 }) * 100_000_00 : null,
    financing: complete ? 'Deltakernes bidrag etter fordelingsnøkkelen, pluss eventuelle statlige tilskudd.' : null,
    costKey: complete ? { kind: costKind, fixedPartPercent: costKind === 'fast_og_innbyggere' ? faker.helpers.arrayElement([10, 20, 30]) : null } : null,
    hostCompensationOre: complete && form.startsWith('vertskommune') ? faker.number.int({ min: 1, max: 20 }) * 50_000_00 : null,
    hostCompensationNote: null,
    agreementChecklist: Object.fromEntries(items.map((item) => [item.id, complete || faker.datatype.boolean()])),
    strategyPlan: complete ? `Strategiplan ${faker.number.int({ min: 2022, max: 2026 })}–${faker.number.int({ min: 2027, max: 2030 })}` : null,
    actionPlan: complete ? 'Handlingsplanen rulleres årlig sammen med budsjettet.' : null,
    annualReport: complete,
    accounts: complete,
    ownerStrategy: complete && faker.datatype.boolean() ? 'Felles eierstrategi vedtatt i alle kommunestyrene.' : null,
    evaluationIntervalMonths: faker.helpers.arrayElement([12, 12, 24, 36]),
  };
}

export function design(faker: Faker, form: LegalFormCode, memberIds: readonly string[], complete: boolean): Design {
  const bodyKind = form === 'iks' ? 'representantskap' : form === 'vertskommune_nemnd' ? 'felles_folkevalgt_nemnd' : 'styringsgruppe';
  const bodyName = form === 'iks' ? 'Representantskapet' : form === 'vertskommune_nemnd' ? 'Felles folkevalgt nemnd' : 'Styringsgruppen';
  return {
    legalForm: complete || faker.datatype.boolean() ? form : null,
    legalFormRationale: complete ? 'Formen passer oppgaven og gir alle deltakerne innflytelse i forhold til innsatsen.' : null,
    bodies: complete ? [{ id: faker.string.uuid(), name: bodyName, kind: bodyKind, seats: Object.fromEntries(memberIds.map((id, i) => [id, i === 0 ? 2 : 1])), rotatingChair: faker.datatype.boolean() }] : [],
    leader: complete
      ? { name: faker.person.fullName(), title: faker.helpers.arrayElement(['Daglig leder', 'Leder', 'Prosjektleder', 'Fagleder']), recruitment: faker.helpers.arrayElement(['intern', 'ekstern'] as const), funding: 'Stillingen finansieres av samarbeidets budsjett.' }
      : { name: null, title: null, recruitment: null, funding: null },
    mandate: complete
      ? { alone: ['Daglig drift innenfor vedtatt budsjett'], administrative: ['Endringer i tjenestetilbudet'], political: ['Budsjett og økonomiplan', 'Endringer i avtalen'] }
      : { alone: [], administrative: [], political: [] },
    workingMethods: complete ? 'Faste møter i styringsgruppen; arbeidsgrupper ved behov.' : null,
  };
}

export function support(complete: boolean, host: string): Support {
  return complete
    ? { practicalSupport: `${host} stiller kontor, møterom og sekretariat.`, minimumFunding: 'Lederstillingen er sikret i budsjettet.', professionalCommunity: 'Regionalt fagnettverk.' }
    : { practicalSupport: null, minimumFunding: null, professionalCommunity: null };
}

export function participation(complete: boolean): Participation {
  return complete
    ? { representation: 'Vertskommunen har to og de andre deltakerne én representant hver.', informalContact: 'Lederen møter kommunedirektørene uformelt hvert kvartal.' }
    : { representation: null, informalContact: null };
}

export interface PointTemplate {
  kind: 'formell' | 'uformell';
  level: 'politisk' | 'administrativ';
  body: string;
  trigger: { type: 'periodisk'; frequency: Frequency } | { type: 'hendelse'; event: AnchoringEvent };
  description: string | null;
}

export const POINT_TEMPLATES: readonly PointTemplate[] = [
  { kind: 'formell', level: 'politisk', body: 'kommunestyre', trigger: { type: 'hendelse', event: 'budsjett' }, description: 'Budsjett og økonomiplan behandles i hvert kommunestyre.' },
  { kind: 'formell', level: 'politisk', body: 'kommunestyre', trigger: { type: 'hendelse', event: 'aarsmelding' }, description: 'Årsmelding og regnskap legges fram for eierne.' },
  { kind: 'formell', level: 'politisk', body: 'formannskap', trigger: { type: 'periodisk', frequency: 'halvaarlig' }, description: 'Orientering fra lederen.' },
  { kind: 'uformell', level: 'administrativ', body: 'ledergruppe', trigger: { type: 'periodisk', frequency: 'aarlig' }, description: null },
  { kind: 'formell', level: 'politisk', body: 'hovedutvalg', trigger: { type: 'periodisk', frequency: 'aarlig' }, description: null },
];

export const INFORMATION_TEMPLATES: readonly { audience: Audience; content: string; timing: string; channel: string; place: string | null }[] = [
  { audience: 'politikere', content: 'Status, økonomi og måloppnåelse', timing: 'Halvårlig', channel: 'orienteringssak', place: 'formannskap' },
  { audience: 'innbyggere', content: 'Formål, vedtak og referater', timing: 'Løpende', channel: 'publiserte referater', place: 'Kommunenes nettsider' },
  { audience: 'administrasjon', content: 'Endringer i rutiner', timing: 'Ved behov', channel: 'nyhetsbrev', place: null },
  { audience: 'ansatte', content: 'Nytt fra samarbeidet', timing: 'Kvartalsvis', channel: 'intranett', place: null },
  { audience: 'media', content: 'Årsmelding og store beslutninger', timing: 'Årlig', channel: 'pressemelding', place: null },
];

export const INSTRUMENT_CHOICES = INSTRUMENTS.map((i) => ({ family: i.family, code: i.code, label: i.label }));

export const GOAL_TEMPLATES: readonly { statement: string; indicator: string; baseline: string; target: string }[] = [
  { statement: 'Bedre tjenester for innbyggerne', indicator: 'Brukertilfredshet (skala 1–6)', baseline: '4,1', target: '4,6' },
  { statement: 'Lavere kostnad per innbygger', indicator: 'Netto driftsutgift per innbygger', baseline: '1 250 kr', target: '1 100 kr' },
  { statement: 'Kortere saksbehandlingstid', indicator: 'Median antall dager', baseline: '42 dager', target: '28 dager' },
  { statement: 'Et robust fagmiljø', indicator: 'Antall fagårsverk', baseline: '6', target: '9' },
  { statement: 'Stabil bemanning', indicator: 'Turnover i prosent per år', baseline: '14 %', target: '8 %' },
];
