import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { readyDossier } from '@/testing/fixtures/domain';
import { emptyDossier } from '@/lib/pure/domain/empty-dossier';
import { EXIT_ITEMS } from '@/lib/pure/domain/exit-checklist';
import { catalogueWords } from '@/lib/pure/i18n/loose-words';
import { lifecycleOffer } from './offer';

const resource = (d: ReturnType<typeof readyDossier>) => ({
  kind: 'cooperation' as const,
  id: d.id,
  memberKommunenummer: d.members.map((m) => m.kommunenummer).filter((k): k is string => k !== null),
});
const radmann = (k: string): SessionUser => ({ id: 'u', email: 'u@x.no', name: 'U', roles: [{ role: 'radmannsteam', kommunenummer: k, cooperationId: null }] });
const leder = (cooperationId: string): SessionUser => ({ id: 'l', email: 'l@x.no', name: 'L', roles: [{ role: 'operativ_leder', kommunenummer: null, cooperationId }] });
const folkevalgt = (k: string): SessionUser => ({ id: 'f', email: 'f@x.no', name: 'F', roles: [{ role: 'folkevalgt', kommunenummer: k, cooperationId: null }] });
const stored = (state: string, snapshot: unknown = null) => ({ snapshot, stateValue: state, machineVersion: 0, state, exitChecklist: null });

describe('lifecycleOffer', () => {
  it('offers a ready dossier the step to member decisions, ready, and never phase navigation', () => {
    const d = readyDossier();
    const k = d.members[0]!.kommunenummer!;
    const offer = lifecycleOffer({ ...stored('etablering'), stateValue: { etablering: 'design' } }, d, radmann(k), resource(d));
    expect(offer.steps.map((s) => [s.type, s.ready])).toEqual([
      ['SEND_TIL_MEDLEMSVEDTAK', true],
      ['AVBRYT', true],
    ]);
    expect(offer.steps.find((s) => s.type === 'AVBRYT')?.destructive).toBe(true);
    expect(offer.hiddenByRole).toBe(false);
    expect(offer.decisionForm).toBe(false);
  });

  it('never offers registration as existing as a button: it needs the registration form', () => {
    const d = { ...emptyDossier('c', 'Utkast', readyDossier().members), state: 'utkast' as const };
    const k = d.members[0]!.kommunenummer!;
    expect(lifecycleOffer(stored('utkast'), d, radmann(k), resource(d)).steps.map((s) => s.type)).toEqual(['START_ETABLERING', 'AVBRYT']);
  });

  it('lists what is missing when the dossier is not ready', () => {
    const d = { ...emptyDossier('c', 'Tomt', readyDossier().members), state: 'etablering' as const };
    const k = d.members[0]!.kommunenummer!;
    const send = lifecycleOffer(stored('etablering'), d, radmann(k), resource(d)).steps.find((s) => s.type === 'SEND_TIL_MEDLEMSVEDTAK')!;
    expect(send.ready).toBe(false);
    expect(send.missing.some((m) => m.startsWith('Støtte og tilrettelegging: Mangler politisk sponsor for'))).toBe(true);
  });

  it('hides rejection steps until someone has rejected, and explains pending decisions', () => {
    const d = readyDossier();
    const k = d.members[0]!.kommunenummer!;
    const offer = lifecycleOffer(stored('medlemsvedtak'), { ...d, memberDecisions: [] }, radmann(k), resource(d));
    expect(offer.steps.map((s) => s.type)).toEqual(['ALLE_VEDTAK_FATTET', 'AVBRYT']);
    expect(offer.steps[0]!.missing).toEqual(d.members.map((m) => `Mangler vedtak om tilslutning fra ${m.name}`));
  });

  it('shows nothing but says why to a reader without lifecycle rights', () => {
    const d = readyDossier();
    const offer = lifecycleOffer(stored('drift'), d, folkevalgt(d.members[0]!.kommunenummer!), resource(d));
    expect(offer.steps).toEqual([]);
    expect(offer.hiddenByRole).toBe(true);
  });

  it('sends the decision after an evaluation to its form instead of offering bare buttons', () => {
    const d = readyDossier();
    const owner = lifecycleOffer(stored('beslutning'), d, radmann(d.members[0]!.kommunenummer!), resource(d));
    expect(owner).toMatchObject({ steps: [], hiddenByRole: false, decisionForm: true });
    // The leader runs evaluations but does not conclude them.
    const leader = lifecycleOffer(stored('beslutning'), d, leder(d.id), resource(d));
    expect(leader).toMatchObject({ steps: [], hiddenByRole: true, decisionForm: false });
    expect(lifecycleOffer(stored('drift'), d, radmann(d.members[0]!.kommunenummer!), resource(d)).decisionForm).toBe(false);
  });

  it('needs the exit checklist before winding down is complete', () => {
    const d = readyDossier();
    const k = d.members[0]!.kommunenummer!;
    const open = lifecycleOffer(stored('avvikling'), d, radmann(k), resource(d)).steps[0]!;
    expect(open.ready).toBe(false);
    expect(open.missing).toHaveLength(EXIT_ITEMS.length);
    const done = Object.fromEntries(EXIT_ITEMS.map((i) => [i.id, { done: true, note: null }]));
    expect(lifecycleOffer({ ...stored('avvikling'), exitChecklist: done }, d, radmann(k), resource(d)).steps[0]!.ready).toBe(true);
  });
});

describe('lifecycleOffer in nynorsk and English', () => {
  it('names the steps and what is missing in the reader language', () => {
    const d = readyDossier();
    const k = d.members[0]!.kommunenummer!;
    const nn = lifecycleOffer(stored('medlemsvedtak'), { ...d, memberDecisions: [] }, radmann(k), resource(d), catalogueWords('nn', 'livslop'));
    expect(nn.steps.map((s) => s.label)).toEqual(['Alle deltakarane har slutta seg til', 'Avbryt etableringa']);
    expect(nn.steps[0]!.missing).toEqual(d.members.map((m) => `Manglar vedtak om tilslutning frå ${m.name}`));
    const en = lifecycleOffer(stored('utkast'), d, radmann(k), resource(d), catalogueWords('en', 'livslop'));
    expect(en.steps.map((s) => s.label)).toContain('Start establishing');
  });
});
