// The whole schema, for drizzle's relational queries and drizzle-kit.
export * from './municipalities';
export * from './users';
export * from './cooperations';
export * from './dossier';
export * from './bodies';
export * from './follow-up';
export * from './evaluations';
export * from './jobs';
export * from './security';
export * from './change-log';
export * from './decision-corrections';
export * from './accounts';
export * from './summaries';
