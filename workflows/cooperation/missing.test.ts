import { describe, expect, it } from 'vitest';
import { PHASES } from '@/lib/pure/domain/dossier';
import { readyDossier } from '@/testing/fixtures/domain';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { COOPERATION_EVENT_TYPES, FACT_EVENT_TYPES } from './events';
import { catalogueWords } from '@/lib/pure/i18n/loose-words';
import { missingFor, missingItemsFor } from './missing';
import { missingRuleWords } from '@/lib/pure/domain/missing-words';
import { exitChecklistMissing } from '@/lib/pure/domain/exit-checklist';
import { eventPermission } from './permissions';
import { STATE_LABELS } from './states';

const decision = (memberId: string, outcome: 'tilslutning' | 'avslag' | 'utsatt', round = 1) => ({
  id: `d-${memberId}-${round}`,
  memberId,
  body: 'kommunestyret',
  date: '2025-02-20',
  saksnummer: null,
  outcome,
  url: null,
  round,
});

describe('missingFor', () => {
  it('lists nothing for a ready dossier', () => {
    expect(missingFor('SEND_TIL_MEDLEMSVEDTAK', readyDossier(), 0, [])).toEqual([]);
  });

  it('lists every phase gap, prefixed by the phase', () => {
    const d = readyDossier();
    d.goals = [];
    d.support.practicalSupport = null;
    const missing = missingFor('SEND_TIL_MEDLEMSVEDTAK', d, 0, []);
    const readiness = phaseReadiness(d);
    expect(missing).toEqual(PHASES.flatMap((p) => readiness[p].missing.map((m) => `${STATE_LABELS[p]}: ${m}`)));
    expect(missing.some((m) => m.startsWith('Innramming: '))).toBe(true);
    expect(missing.some((m) => m.startsWith('Støtte og tilrettelegging: '))).toBe(true);
  });

  it('names the members whose decision is missing or postponed in this round', () => {
    const d = readyDossier();
    const [arendal, grimstad] = d.members;
    d.memberDecisions = [decision(arendal!.id, 'tilslutning'), decision(grimstad!.id, 'utsatt'), decision(d.members[2]!.id, 'tilslutning', 2)];
    expect(missingFor('ALLE_VEDTAK_FATTET', d, 1, [])).toEqual(
      ['Grimstad kommune', 'Lillesand kommune', 'Froland kommune'].map((n) => `Mangler vedtak om tilslutning fra ${n}`),
    );
    d.memberDecisions = d.members.map((m) => decision(m.id, 'tilslutning'));
    expect(missingFor('ALLE_VEDTAK_FATTET', d, 1, [])).toEqual([]);
  });

  it('says a rejection needs a choice rather than listing members', () => {
    const d = readyDossier();
    d.memberDecisions = [decision(d.members[0]!.id, 'avslag')];
    expect(missingFor('ALLE_VEDTAK_FATTET', d, 1, [])).toEqual(['Minst én deltaker har vedtatt avslag. Velg hva som skal skje videre.']);
  });

  it('explains the other guarded steps', () => {
    const d = readyDossier();
    for (const type of ['VEDTAK_AVSLAG_TIL_DESIGN', 'VEDTAK_AVSLAG_AVBRYT'] as const) {
      expect(missingFor(type, d, 1, [])).toEqual(['Ingen deltaker har vedtatt avslag i denne vedtaksrunden.']);
    }
    expect(missingFor('AVSLUTT_EVALUERING', d, 1, [])).toEqual(['Evalueringsrunden er ikke lukket ennå.']);
    expect(missingFor('AVVIKLING_FULLFORT', d, 1, ['Avviklingen mangler: arkiv'])).toEqual(['Avviklingen mangler: arkiv']);
  });

  it('has nothing to say about unguarded steps', () => {
    const unguarded = COOPERATION_EVENT_TYPES.filter((t) => !(FACT_EVENT_TYPES as readonly string[]).includes(t));
    for (const type of unguarded) expect(missingFor(type, readyDossier(), 1, ['x'])).toEqual([]);
  });
});

describe('eventPermission', () => {
  it('maps every step to a lifecycle action', () => {
    for (const type of COOPERATION_EVENT_TYPES) expect(eventPermission(type)).toMatch(/^lifecycle\./);
    expect(eventPermission('BESLUTT_AVVIKLE')).toBe('lifecycle.conclude');
    expect(eventPermission('ALLE_VEDTAK_FATTET')).toBe('lifecycle.decide');
  });
});

describe('missingFor in nynorsk and English', () => {
  it('names the phase and its own sentences in the reader language, and says which sentences are still bokmål', () => {
    const d = readyDossier();
    d.goals = [];
    const nn = missingItemsFor('SEND_TIL_MEDLEMSVEDTAK', d, 0, [], catalogueWords('nn', 'livslop'));
    expect(nn.length).toBeGreaterThan(0);
    expect(nn.every((item) => item.phase === 'Innramming' && !item.translated)).toBe(true);
    const en = missingFor('SEND_TIL_MEDLEMSVEDTAK', d, 0, [], catalogueWords('en', 'livslop'));
    expect(en.every((m) => m.startsWith('Framing: '))).toBe(true);
    d.memberDecisions = [];
    expect(missingFor('ALLE_VEDTAK_FATTET', d, 1, [], catalogueWords('nn', 'livslop'))[0]).toBe(`Manglar vedtak om tilslutning frå ${d.members[0]!.name}`);
    expect(missingItemsFor('AVSLUTT_EVALUERING', d, 1, [], catalogueWords('en', 'livslop'))).toEqual([{ phase: null, text: 'The evaluation round has not been closed yet.', translated: true }]);
  });
});

describe('missingFor in the reader\'s language', () => {
  it('words the rules\' sentences too when given their words, and marks them translated', () => {
    const d = readyDossier();
    d.goals = [];
    const rules = missingRuleWords('en');
    const items = missingItemsFor('SEND_TIL_MEDLEMSVEDTAK', d, 0, [], catalogueWords('en', 'livslop'), rules);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.translated)).toBe(true);
    expect(items.map((i) => i.text)).toEqual(rules.phase('innramming', d));
    const exit = exitChecklistMissing({}, missingRuleWords('nn').exit);
    expect(missingFor('AVVIKLING_FULLFORT', d, 0, exit, catalogueWords('nn', 'livslop'), missingRuleWords('nn'))[0]).toBe('Avviklinga manglar: eigedelar og plikter er fordelte');
    // Without them, bokmål as before.
    expect(missingItemsFor('SEND_TIL_MEDLEMSVEDTAK', d, 0, []).every((i) => !i.translated)).toBe(true);
  });
});
