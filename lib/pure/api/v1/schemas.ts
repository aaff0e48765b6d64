// The contract of the open API, version 1: the zod schemas that validate every response
// before it is sent AND that the OpenAPI document is generated from (lib/server/api/v1/openapi.ts),
// so the documentation cannot drift from what is served. Response objects are allow-lists:
// zod drops any key not listed here, and the document says `additionalProperties: false`.
// A field belongs here only if /innsyn already shows it (lib/pure/register/public.ts decides).
import { z } from '@/lib/pure/validation/zod';
import { DECISION_OUTCOMES, GEOGRAPHIC_LEVELS, LIFECYCLE_STATES, MEMBER_ROLES, type LifecycleState } from '@/lib/pure/domain/dossier';
import { DECISIONS } from '@/lib/pure/domain/evaluation-decision';
import { LEGAL_FORMS } from '@/lib/pure/domain/legal-forms';
import { HIDDEN_STATES } from '@/lib/pure/register/public';
import { cursorParam, type CursorKind } from './cursor';

/** The states a public cooperation can be in (drafts are never public). */
export const PUBLIC_STATES = LIFECYCLE_STATES.filter((s) => !(HIDDEN_STATES as readonly string[]).includes(s)) as [LifecycleState, ...LifecycleState[]];
const LEGAL_FORM_CODES = LEGAL_FORMS.map((f) => f.code) as [string, ...string[]];

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 25;

const isoDate = () => z.iso.date().meta({ description: 'Dato på formen ÅÅÅÅ-MM-DD.' });
const kommunenummer = () => z.string().regex(/^\d{4}$/).meta({ description: 'Kommunenummer, fire sifre.', example: '4204' });
/** A member is a municipality (four digits) or a county municipality (its two-digit county number). */
const memberNumber = () =>
  z
    .string()
    .regex(/^(\d{2}|\d{4})$/)
    .meta({ description: 'Kommunenummer (fire sifre), eller fylkesnummeret (to sifre) for en fylkeskommune.', example: '4204' });

// ---------------------------------------------------------------- query parameters

const limit = z.coerce
  .number({ error: `Antall må være et heltall fra 1 til ${MAX_LIMIT}.` })
  .int({ error: `Antall må være et heltall fra 1 til ${MAX_LIMIT}.` })
  .min(1, { error: `Antall må være et heltall fra 1 til ${MAX_LIMIT}.` })
  .max(MAX_LIMIT, { error: `Antall må være et heltall fra 1 til ${MAX_LIMIT}.` })
  .default(DEFAULT_LIMIT)
  .meta({ description: `Antall elementer per side (1–${MAX_LIMIT}).` });

const paging = (kind: CursorKind) => ({ cursor: cursorParam(kind), limit });

const county = z
  .string()
  .regex(/^\d{2}$/, { error: 'Fylket må være et fylkesnummer med to sifre, for eksempel 42.' })
  .optional()
  .meta({ description: 'Fylkesnummer med to sifre. Gir samarbeid med minst én nåværende deltaker i fylket.', example: '42' });

const cooperationFilters = {
  legalForm: z
    .enum(LEGAL_FORM_CODES, { error: 'Ukjent organisasjonsform. Se verdiene i dokumentasjonen.' })
    .optional()
    .meta({ description: 'Kode for organisasjonsformen, for eksempel `iks` eller `vertskommune_administrativ`.' }),
  taskArea: z.coerce
    .number({ error: 'Oppgavefeltet må være en id fra /api/v1/oppgavefelt.' })
    .int({ error: 'Oppgavefeltet må være en id fra /api/v1/oppgavefelt.' })
    .positive({ error: 'Oppgavefeltet må være en id fra /api/v1/oppgavefelt.' })
    .optional()
    .meta({ description: 'Id for oppgavefeltet (se /api/v1/oppgavefelt).' }),
  state: z
    .enum(PUBLIC_STATES, { error: 'Ukjent tilstand. Se verdiene i dokumentasjonen.' })
    .optional()
    .meta({ description: 'Livsløpstilstand.' }),
};

export const nationalListQuery = z.object({ county, ...cooperationFilters, ...paging('samarbeid') });
export const municipalityListQuery = z.object({ ...cooperationFilters, ...paging('samarbeid') });
export const municipalitiesQuery = z.object({ county, ...paging('kommune') });
export const taskAreasQuery = z.object({ ...paging('oppgavefelt') });
export type NationalListQuery = z.output<typeof nationalListQuery>;

// ---------------------------------------------------------------- responses

export const pagingSchema = z
  .object({
    limit: z.int().meta({ description: 'Antall elementer per side i denne forespørselen.' }),
    nextCursor: z.string().nullable().meta({ description: 'Markør for neste side, eller null på siste side.' }),
    next: z.string().nullable().meta({ description: 'Full adresse til neste side, eller null på siste side.' }),
  })
  .meta({ id: 'Paging', description: 'Sideinndeling med markør. Rekkefølgen er stabil (etter id).' });

export const legalFormRef = z
  .object({
    code: z.string().meta({ description: 'Kode for organisasjonsformen.' }),
    name: z.string().meta({ description: 'Navnet på organisasjonsformen.' }),
  })
  .meta({ id: 'LegalFormRef', description: 'Organisasjonsformen samarbeidet er organisert etter.' });

export const taskAreaSchema = z
  .object({
    id: z.int().meta({ description: 'Stabil id.' }),
    sector: z.string().meta({ description: 'Sektoren oppgavefeltet hører til.' }),
    name: z.string().meta({ description: 'Navnet på oppgavefeltet.' }),
  })
  .meta({ id: 'TaskArea', description: 'Oppgavefeltet samarbeidet løser oppgaver innenfor.' });

const stateFields = {
  state: z.enum(PUBLIC_STATES).meta({ description: 'Livsløpstilstand (kode).' }),
  stateLabel: z.string().meta({ description: 'Livsløpstilstand på norsk.' }),
};

export const memberSchema = z
  .object({
    kommunenummer: memberNumber().nullable().meta({ description: 'Kommunenummer eller fylkesnummer, eller null for en deltaker som ikke er en kommune.' }),
    name: z.string(),
    role: z.enum(MEMBER_ROLES).meta({ description: 'Deltakerens rolle i samarbeidet.' }),
  })
  .meta({ id: 'Member', description: 'En nåværende deltaker.' });

export const cooperationSummarySchema = z
  .object({
    id: z.guid().meta({ description: 'Stabil id for samarbeidet.' }),
    name: z.string(),
    ...stateFields,
    legalForm: legalFormRef.nullable().meta({ description: 'Organisasjonsformen, eller null når den ikke er valgt ennå.' }),
    taskArea: taskAreaSchema.nullable(),
    startDate: isoDate().nullable().meta({ description: 'Dagen samarbeidet startet driften, eller null.' }),
    lastEvaluation: isoDate().nullable().meta({ description: 'Dagen siste evaluering ble avsluttet, eller null.' }),
    members: z.array(memberSchema),
    url: z.string().meta({ description: 'Samarbeidets side i Innsyn.' }),
  })
  .meta({ id: 'CooperationSummary', description: 'Et offentlig samarbeid i en liste.' });

const decisionLink = {
  date: isoDate(),
  saksnummer: z.string().nullable(),
  url: z.string().nullable().meta({ description: 'Lenke til vedtaket (bare http og https), eller null.' }),
};

export const cooperationSchema = z
  .object({
    id: z.guid(),
    name: z.string(),
    purpose: z.string().nullable(),
    problem: z
      .object({ what: z.string().nullable(), why: z.string().nullable(), how: z.string().nullable() })
      .meta({ description: 'Utfordringen samarbeidet skal løse: hva, hvorfor sammen, og hvordan.' }),
    taskArea: taskAreaSchema.nullable(),
    geographicLevel: z.enum(GEOGRAPHIC_LEVELS).nullable(),
    ...stateFields,
    startDate: isoDate().nullable(),
    legalForm: z
      .object({
        code: z.string().meta({ description: 'Kode for organisasjonsformen.' }),
        name: z.string(),
        basis: z.string().nullable().meta({ description: 'Lovgrunnlaget (null for former fra eldre kataloger).' }),
        summary: z.string().nullable(),
        legalEntity: z
          .union([z.boolean(), z.literal('kan')])
          .nullable()
          .meta({ description: 'Om formen er et eget rettssubjekt (`kan` = avhenger av organiseringen).' }),
        mayMakeEnkeltvedtak: z.boolean().nullable().meta({ description: 'Om samarbeidet kan treffe enkeltvedtak når kommunene har delegert det.' }),
        bodies: z.array(z.string()).meta({ description: 'Styrende organer formen har.' }),
      })
      .nullable()
      .meta({ id: 'LegalForm', description: 'Organisasjonsformen og hva den betyr, eller null når den ikke er valgt ennå.' }),
    members: z.array(
      z
        .object({
          kommunenummer: memberNumber().nullable(),
          name: z.string(),
          role: memberSchema.shape.role,
          contactPerson: z.string().nullable().meta({ description: 'Kontaktperson, bare når samarbeidet har gjort den offentlig.' }),
        })
        .meta({ id: 'MemberWithContact' }),
    ),
    upcomingMembers: z.array(
      z
        .object({ name: z.string(), kommunenummer: memberNumber().nullable(), from: isoDate().meta({ description: 'Første dag som deltaker.' }) })
        .meta({ id: 'UpcomingMember', description: 'En deltaker kommunene har vedtatt skal komme inn, med første dag.' }),
    ),
    formerMembers: z.array(
      z
        .object({
          name: z.string(),
          kommunenummer: memberNumber().nullable(),
          from: isoDate().nullable().meta({ description: 'Første dag som deltaker, eller null når den var med fra starten.' }),
          to: isoDate().meta({ description: 'Siste dag som deltaker.' }),
        })
        .meta({ id: 'FormerMember', description: 'En deltaker som har gått ut, med datoene for deltakelsen.' }),
    ),
    bodies: z.array(
      z
        .object({ name: z.string(), seats: z.array(z.object({ member: z.string(), seats: z.int() })) })
        .meta({ id: 'Body', description: 'Et styrende organ med plasser per deltaker.' }),
    ),
    memberDecisions: z.array(
      z
        .object({ member: z.string(), body: z.string(), ...decisionLink, outcome: z.enum(DECISION_OUTCOMES), round: z.int() })
        .meta({ id: 'MemberDecision', description: 'Et vedtak om samarbeidet i en deltakers kommunestyre eller fylkesting.' }),
    ),
    bodyDecisions: z.array(
      z
        .object({ body: z.string(), title: z.string(), ...decisionLink })
        .meta({ id: 'BodyDecision', description: 'Et offentlig vedtak i et av samarbeidets egne organer.' }),
    ),
    minutes: z.array(
      z
        .object({
          source: z.enum(['organ', 'forankring']).meta({
            description: '«organ»: et møte i et av samarbeidets egne organer. «forankring»: et politisk møte i en deltakerkommune der samarbeidet var oppe.',
          }),
          member: z.string().nullable().meta({ description: 'Deltakeren der møtet ble holdt; null for møter i samarbeidets egne organer.' }),
          body: z.string(),
          date: isoDate(),
          url: z.string().meta({ description: 'Referatet: en lenke, eller adressen til en opplastet fil i Innsyn.' }),
        })
        .meta({
          id: 'Minutes',
          description: 'Et offentlig referat: fra møter i samarbeidets egne organer som er merket offentlige, og fra politiske møter i deltakerkommunene når samarbeidet publiserer referater.',
        }),
    ),
    latestEvaluation: z
      .object({
        closedAt: isoDate(),
        decision: z.enum(DECISIONS).nullable(),
        summary: z.string().nullable().meta({ description: 'Oppsummeringen, bare når den er gjort offentlig.' }),
      })
      .nullable()
      .meta({ id: 'EvaluationSummary', description: 'Siste avsluttede evaluering.' }),
    url: z.string().meta({ description: 'Samarbeidets side i Innsyn.' }),
  })
  .meta({ id: 'Cooperation', description: 'Alt Innsyn viser om ett offentlig samarbeid.' });

export const municipalitySchema = z
  .object({
    kommunenummer: kommunenummer(),
    name: z.string(),
    otherName: z.string().nullable().meta({ description: 'Den andre offisielle navneformen (samisk eller kvensk), eller null.' }),
    countyNumber: z.string().meta({ description: 'Fylkesnummer.' }),
    countyName: z.string(),
    publicCooperations: z.int().meta({ description: 'Antall offentlige samarbeid kommunen er deltaker i.' }),
    cooperations: z.string().meta({ description: 'Adressen til kommunens samarbeid i API-et.' }),
  })
  .meta({ id: 'Municipality', description: 'En kommune.' });

export const taskAreaListItem = taskAreaSchema
  .extend({ retired: z.boolean().meta({ description: 'Faset ut: tilbys ikke for nye samarbeid, men eldre kan vise til det.' }) })
  .meta({ id: 'TaskAreaItem', description: 'Et oppgavefelt.' });

const page = <T extends z.ZodType>(item: T, id: string, description: string) =>
  z.object({ data: z.array(item), paging: pagingSchema }).meta({ id, description });

export const cooperationPageSchema = page(cooperationSummarySchema, 'CooperationPage', 'En side med offentlige samarbeid.');
export const municipalityPageSchema = page(municipalitySchema, 'MunicipalityPage', 'En side med kommuner.');
export const taskAreaPageSchema = page(taskAreaListItem, 'TaskAreaPage', 'En side med oppgavefelt.');

export const errorSchema = z
  .object({
    error: z.string().meta({ description: 'Hva som gikk galt, på norsk.' }),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: 'Feil per parameter.' }),
  })
  .meta({ id: 'Error', description: 'En feil.' });

export type CooperationSummary = z.output<typeof cooperationSummarySchema>;
export type CooperationDetail = z.output<typeof cooperationSchema>;
export type MunicipalityItem = z.output<typeof municipalitySchema>;
export type Paging = z.output<typeof pagingSchema>;
