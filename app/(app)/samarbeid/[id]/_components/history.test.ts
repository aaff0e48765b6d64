import { describe, expect, it } from 'vitest';
import { mergeHistory, type StepRow } from './history';

const at = (day: number) => new Date(`2026-03-${String(day).padStart(2, '0')}T10:00:00Z`);
const step = (seq: number, eventType: string, fromState: unknown, toState: unknown, day: number): StepRow => ({
  seq,
  eventType,
  fromState,
  toState,
  round: eventType === 'SEND_TIL_MEDLEMSVEDTAK' ? 1 : null,
  actorName: 'Rune Rådgiver',
  comment: null,
  createdAt: at(day),
});

describe('mergeHistory', () => {
  const steps = [
    step(1, 'START_ETABLERING', 'utkast', { etablering: 'innramming' }, 1),
    step(2, 'SEND_TIL_MEDLEMSVEDTAK', { etablering: 'deltakelse' }, 'medlemsvedtak', 3),
    step(3, 'ALLE_VEDTAK_FATTET', 'medlemsvedtak', 'drift', 6),
  ];
  const saves = [
    {
      saveId: 's1',
      unit: 'stotte',
      actorName: 'Anne Admin',
      at: at(2),
      changes: [{ saveId: 's1', unit: 'stotte', version: 1, section: 'stotte.sponsorer', field: 'Politisk sponsor for Arendal kommune', oldValue: null, newValue: 'Kari', public: true, actorName: 'Anne Admin', createdAt: at(2) }],
    },
  ];
  const corrections = [
    { id: 'c1', decisionId: 'd1', round: 1, memberName: 'Birkenes kommune', changes: [{ field: 'Saksnummer', old: null, new: '26/4' }], reason: 'Manglet saksnummer.', actorName: 'Rune Rådgiver', at: at(5) },
  ];

  it('tells every kind of entry in Norwegian, newest first', () => {
    const { entries, more } = mergeHistory(steps, saves, corrections, 10);
    expect(more).toBe(false);
    expect(entries.map((e) => [e.kind, e.title])).toEqual([
      ['step', 'Alle deltakerne sluttet seg til'],
      ['correction', 'Vedtaket fra Birkenes kommune i vedtaksrunde 1 ble rettet'],
      ['step', 'Sendt til vedtak i deltakerne'],
      ['changes', 'Støtte og tilrettelegging ble endret'],
      ['step', 'Etableringen startet'],
    ]);
    // The round that ended was an establishing one: the step says the cooperation is established.
    expect(entries[0]).toMatchObject({ detail: 'Samarbeidet er etablert og gikk i drift.' });
    expect(entries[2]).toMatchObject({ detail: expect.stringContaining('i vedtaksrunde 1') });
    expect(entries[1]).toMatchObject({ reason: 'Manglet saksnummer.', changes: [{ field: 'Saksnummer', old: null, new: '26/4', public: false }] });
  });

  it('keeps the newest `limit` and says that there is more', () => {
    const { entries, more } = mergeHistory(steps, saves, corrections, 2);
    expect(entries).toHaveLength(2);
    expect(more).toBe(true);
  });
});
