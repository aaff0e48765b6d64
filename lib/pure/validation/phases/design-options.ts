// The Design form's choices, labels and limits, without zod: the form in the browser lists them.
import type { MemberRole, Recruitment } from '@/lib/pure/domain/dossier';

export const MEMBER_ROLE_LABELS: Record<MemberRole, { label: string; description: string }> = {
  vertskommune: { label: 'Vertskommune', description: 'Utfører oppgavene på vegne av de andre (kommuneloven kapittel 20).' },
  samarbeidskommune: { label: 'Samarbeidskommune', description: 'Har delegert oppgaver til vertskommunen.' },
  deltaker: { label: 'Deltaker', description: 'Likestilt deltaker eller eier.' },
  kontorkommune: { label: 'Kontorkommune', description: 'Huser sekretariat eller kontor for samarbeidet.' },
};

// Codes are the Norwegian words, because the governance warnings recognise political bodies
// by words such as «representantskap», «nemnd», «eiermøte» in the kind or the name.
export const BODY_KINDS = [
  'representantskap',
  'styre',
  'felles_folkevalgt_nemnd',
  'samarbeidsutvalg',
  'arbeidsutvalg',
  'styringsgruppe',
  'generalforsamling',
  'årsmøte',
  'eiermøte',
  'fagråd',
  'annet',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export function isBodyKind(kind: string): kind is BodyKind {
  return (BODY_KINDS as readonly string[]).includes(kind);
}

export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  representantskap: 'Representantskap',
  styre: 'Styre',
  felles_folkevalgt_nemnd: 'Felles folkevalgt nemnd',
  samarbeidsutvalg: 'Samarbeidsutvalg',
  arbeidsutvalg: 'Arbeidsutvalg',
  styringsgruppe: 'Styringsgruppe',
  generalforsamling: 'Generalforsamling',
  årsmøte: 'Årsmøte',
  eiermøte: 'Eiermøte',
  fagråd: 'Fagråd',
  annet: 'Annet organ',
};

export const RECRUITMENTS = ['intern', 'ekstern'] as const satisfies readonly Recruitment[];

export const RECRUITMENT_LABELS: Record<Recruitment, { label: string; description: string }> = {
  intern: { label: 'Intern', description: 'Fra en av deltakerkommunene: kjenner organisasjonene og folkene.' },
  ekstern: { label: 'Ekstern', description: 'Utenfra: nøytral overfor kommunene og med friske øyne.' },
};

export const MANDATE_LEVELS = ['alone', 'administrative', 'political'] as const;
export type MandateLevel = (typeof MANDATE_LEVELS)[number];

export const MANDATE_LABELS: Record<MandateLevel, { legend: string; description: string; example: string }> = {
  alone: {
    legend: 'Operativ leder bestemmer alene',
    description: 'Beslutninger lederen tar uten å spørre noen.',
    example: 'For eksempel: innkjøp innenfor budsjettet, fordeling av oppgaver i teamet',
  },
  administrative: {
    legend: 'Krever administrativ forankring',
    description: 'Beslutninger som må avklares med kommunedirektørene eller den administrative sponsoren.',
    example: 'For eksempel: endring av rutiner som berører kommunenes egne ansatte',
  },
  political: {
    legend: 'Krever politisk forankring',
    description: 'Beslutninger som må opp i representantskap, formannskap eller kommunestyre.',
    example: 'For eksempel: nye tjenester, endret fordelingsnøkkel, budsjettøkning',
  },
};

export const MAX_BODIES = 20;
export const MAX_MANDATE_LINES = 30;

/** A new governing body row, with a seat field for every member. */
export function emptyBodyInput(memberIds: readonly string[]) {
  const kind: BodyKind = 'representantskap';
  return {
    id: '',
    name: '',
    kind,
    seats: Object.fromEntries(memberIds.map((id) => [id, ''])),
    rotatingChair: false,
  };
}
