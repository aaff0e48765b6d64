// How long the reason for the chosen legal form must be: a readiness rule of the design phase
// (readiness-rules-design.ts) that the design form in the browser also counts against. Apart
// from the rules, which bring the legal forms' descriptions with them (20 kB gzipped).
export const MIN_RATIONALE_LENGTH = 20;
