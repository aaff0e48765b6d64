// The deciding bodies the decision form suggests, without zod: the form in the browser lists them.

/** Suggestions for the deciding body; any other body may be typed. */
export const DECISION_BODY_SUGGESTIONS = ['Kommunestyret', 'Fylkestinget', 'Bystyret', 'Formannskapet', 'Representantskapet', 'Styret'] as const;
