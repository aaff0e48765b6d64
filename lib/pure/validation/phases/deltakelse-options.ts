// The Deltakelse form's suggestions and the citizens check, without zod: the form in the browser uses them.

/** Suggestions for the body field; any other body may be typed. */
export const BODY_SUGGESTIONS = [
  'Kommunestyret',
  'Formannskapet',
  'Hovedutvalg',
  'Kontrollutvalget',
  'Rådmannens ledergruppe',
  'Representantskapet',
  'Eiermøte',
] as const;

/** Suggestions for the channel field; any other channel may be typed. */
export const CHANNEL_SUGGESTIONS = [
  'Orienteringssak',
  'Nettside',
  'Informasjonsmøte',
  'Nyhetsbrev',
  'Årsmelding',
  'Publiserte referater',
] as const;

/** True when the plan has at least one item for citizens: the weak point the research names. */
export function reachesCitizens(items: readonly { audience?: string | null }[]): boolean {
  return items.some((i) => i.audience === 'innbyggere');
}
