// The change log compares the stored values with the values to save, described by the same
// function. An untouched form must describe exactly like what is stored, or every save would
// log phantom changes and a drift save would be refused for sections nobody touched.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diffFields } from '@/lib/pure/domain/change-log';
import { fieldKeyMatches, FOLLOW_UP_PLACES } from '@/lib/pure/domain/completion';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { readyDossier } from '@/testing/fixtures/domain';
import { completeDesign, designDefaults, designSaveSchema, designSchema, storedDesignValues } from './design';
import { describeDesign } from './design-changes';
import { deltakelseSchema } from './deltakelse';
import { describeDeltakelse } from './deltakelse-changes';
import { deltakelseValues, storedDeltakelseValues, type StoredDeltakelse } from './deltakelse-values';
import { completeInnramming, innrammingDefaults, innrammingSaveSchema, innrammingSchema, storedInnrammingValues } from './innramming';
import { describeInnramming } from './innramming-changes';
import { stotteSchema, stotteValues, storedStotteValues, type StoredStotte } from './stotte';
import { describeStotte } from './stotte-changes';

/** readyDossier() with database-like ids: the schemas accept UUIDs only. */
function dossier(): Dossier {
  const d = readyDossier();
  const ids = new Map<string, string>();
  const id = (old: string) => ids.get(old) ?? (ids.set(old, randomUUID()), ids.get(old)!);
  return {
    ...d,
    id: randomUUID(),
    members: d.members.map((m) => ({ ...m, id: id(m.id) })),
    goals: d.goals.map((g) => ({ ...g, id: id(g.id) })),
    sponsors: d.sponsors.map((s) => ({ ...s, id: id(s.id), memberId: id(s.memberId) })),
    anchoringPoints: d.anchoringPoints.map((p) => ({ ...p, id: id(p.id), memberIds: p.memberIds.map(id) })),
    informationItems: d.informationItems.map((i) => ({ ...i, id: id(i.id) })),
    design: { ...d.design, bodies: d.design.bodies.map((b) => ({ ...b, id: id(b.id), seats: Object.fromEntries(Object.entries(b.seats).map(([m, n]) => [id(m), n])) })) },
  };
}

function stotteOf(d: Dossier): StoredStotte {
  return {
    sponsors: d.sponsors.map((s) => ({ id: s.id, memberId: s.memberId, kind: s.kind, name: s.name, title: s.title, leaderContact: null, confirmedAt: s.confirmedAt, needsReconfirmation: s.needsReconfirmation })),
    support: d.support,
  };
}

function deltakelseOf(d: Dossier): StoredDeltakelse {
  return {
    members: d.members.map((m, i) => ({ id: m.id, name: m.name, isMunicipality: true, representatives: m.representatives, contactPerson: m.contactPerson, contactPublic: i === 0 })),
    anchoringPoints: d.anchoringPoints,
    informationItems: d.informationItems,
    participation: d.participation,
  };
}

describe('an untouched form changes nothing', () => {
  it('design, whole and in drift', () => {
    const d = dossier();
    const stored = describeDesign(storedDesignValues(d), d);
    expect(diffFields(stored, describeDesign(designSchema.parse(designDefaults(d, 3)), d))).toEqual([]);
    const drift = designSaveSchema.parse({ ...designDefaults(d, 3), scope: 'drift' });
    expect(diffFields(stored, describeDesign(completeDesign(drift, d), d))).toEqual([]);
  });

  it('innramming, whole and in drift', () => {
    const d = dossier();
    const stored = describeInnramming(storedInnrammingValues(d), d);
    expect(diffFields(stored, describeInnramming(innrammingSchema.parse(innrammingDefaults(d, 1)), d))).toEqual([]);
    const drift = innrammingSaveSchema.parse({ ...innrammingDefaults(d, 1), scope: 'drift' });
    expect(drift.scope).toBe('drift');
    expect(diffFields(stored, describeInnramming(completeInnramming(drift, d), d))).toEqual([]);
  });

  it('støtte', () => {
    const d = dossier();
    const stored = stotteOf(d);
    const members = d.members;
    const before = describeStotte(storedStotteValues(d.id, stored), stored, members);
    expect(diffFields(before, describeStotte(stotteSchema.parse(stotteValues(d.id, stored, 0)), stored, members))).toEqual([]);
  });

  it('deltakelse', () => {
    const d = dossier();
    const stored = deltakelseOf(d);
    const before = describeDeltakelse(storedDeltakelseValues(d.id, stored), stored);
    expect(diffFields(before, describeDeltakelse(deltakelseSchema.parse(deltakelseValues(d.id, stored, 0)), stored))).toEqual([]);
  });
});

describe('what the change log says', () => {
  it('a replaced political sponsor, old → new, and a re-confirmation', () => {
    const d = dossier();
    const stored = stotteOf(d);
    stored.sponsors[1]!.needsReconfirmation = true;
    const input = stotteValues(d.id, stored, 0);
    input.sponsors[0] = { ...input.sponsors[0]!, name: 'Per Hansen', title: 'varaordfører' };
    input.sponsors[1] = { ...input.sponsors[1]!, reconfirm: true };
    const changes = diffFields(describeStotte(storedStotteValues(d.id, stored), stored, d.members), describeStotte(stotteSchema.parse(input), stored, d.members));
    expect(changes).toEqual([
      { key: `sponsor:${stored.sponsors[0]!.id}`, section: 'stotte.sponsorer', field: 'Politisk sponsor for Arendal kommune', old: 'Ordfører i Arendal, ordfører', new: 'Per Hansen, varaordfører', public: false, wasBlank: false },
      {
        key: `sponsor:${stored.sponsors[1]!.id}`,
        section: 'stotte.sponsorer',
        field: 'Administrativ sponsor for Arendal kommune',
        old: 'Kommunalsjef helse i Arendal, kommunalsjef – må bekreftes på nytt etter valget',
        new: 'Kommunalsjef helse i Arendal, kommunalsjef',
        public: false,
        wasBlank: false,
      },
    ]);
  });

  it('an added information item and a public contact person', () => {
    const d = dossier();
    const stored = deltakelseOf(d);
    const input = deltakelseValues(d.id, stored, 0);
    input.informationItems.push({ id: '', audience: 'innbyggere', content: 'Årsmelding', timing: 'Hvert år', channel: 'Nettside', place: '', responsible: 'Daglig leder' });
    input.members[0] = { ...input.members[0]!, contactPerson: 'Kari Nordmann' };
    const changes = diffFields(describeDeltakelse(storedDeltakelseValues(d.id, stored), stored), describeDeltakelse(deltakelseSchema.parse(input), stored));
    expect(changes.map(({ field, old, new: now, public: pub }) => ({ field, old, new: now, public: pub }))).toEqual([
      { field: 'Kontaktperson for Arendal kommune', old: 'Kontaktperson i Arendal kommune', new: 'Kari Nordmann', public: true },
      { field: 'Tiltak i informasjonsplanen', old: null, new: 'Innbyggere: Årsmelding – Hvert år – Nettside – ansvar: Daglig leder', public: false },
    ]);
  });

  it('sections a drift save never sends stay as stored, whatever the form held', () => {
    const d = dossier();
    const drift = designSaveSchema.parse({ ...designDefaults(d, 0), scope: 'drift', legalForm: 'iks', leader: { name: 'Ny Leder', title: '', recruitment: '', funding: '' } });
    const changes = diffFields(describeDesign(storedDesignValues(d), d), describeDesign(completeDesign(drift, d), d));
    expect(new Set(changes.map((c) => c.section))).toEqual(new Set(['design.leder']));
    expect(changes.find((c) => c.field === 'Operativ leder')?.new).toBe('Ny Leder');
  });
});

describe('the fields completing a registered cooperation may fill in', () => {
  it('are fields the forms describe: every pattern names at least one key', () => {
    const d = dossier();
    const keys = [...describeDesign(storedDesignValues(d), d), ...describeInnramming(storedInnrammingValues(d), d)].map((f) => f.key);
    // New rows (no stored id yet) are keyed "<kind>:ny-<n>"; the patterns take them too.
    keys.push('goal:ny-0', 'body:ny-0');
    const patterns = Object.values(FOLLOW_UP_PLACES).flatMap((p) => p.fields ?? []);
    expect(patterns.length).toBeGreaterThan(10);
    for (const pattern of patterns) expect(keys.some((key) => fieldKeyMatches(pattern, key)), pattern).toBe(true);
    expect(fieldKeyMatches('goal:*', 'goal:g1:indicator')).toBe(false);
    expect(fieldKeyMatches('goal:*:indicator', 'goal:ny-2:indicator')).toBe(true);
  });

  it('a goal’s missing indicator is its own field, blank before; an unticked statutory item is blank', () => {
    const d = dossier();
    d.goals[0] = { ...d.goals[0]!, indicator: '' };
    d.framing.agreementChecklist = {};
    const input = innrammingDefaults(d, 0);
    input.goals[0] = { ...input.goals[0]!, indicator: 'Ventetid i minutter' };
    const firstItem = Object.keys(input.agreementChecklist)[0]!;
    input.agreementChecklist = { ...input.agreementChecklist, [firstItem]: true };
    const changes = diffFields(describeInnramming(storedInnrammingValues(d), d), describeInnramming(innrammingSchema.parse(input), d));
    expect(changes.map(({ key, old, new: now, wasBlank }) => ({ key, old, new: now, wasBlank }))).toEqual([
      { key: `goal:${d.goals[0]!.id}:indicator`, old: null, new: 'Ventetid i minutter', wasBlank: true },
      { key: `agreement:${firstItem}`, old: 'Nei', new: 'Ja', wasBlank: true },
    ]);
    expect(changes[0]!.field).toBe(`Indikator for målet «${d.goals[0]!.statement}»`);
  });
});
