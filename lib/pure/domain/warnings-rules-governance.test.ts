import { describe, expect, it } from 'vitest';
import type { BodyDecision } from './dossier';
import {
  bodyDecision,
  bodyMeeting,
  findWarning as warning,
  occurrence,
  sponsor,
  variantOf as variant,
  warningIds as ids,
  withMeetings,
} from '@/testing/fixtures/legitimacy';

/** Decisions with a meeting for each date (documents sent 14 days before). */
const decided = (bodyDecisions: BodyDecision[]) => ({ bodyDecisions, bodyMeetings: withMeetings(bodyDecisions) });

describe('understyring.ingen_formell_forankring', () => {
  const id = 'understyring.ingen_formell_forankring';
  const noneHeld = (startDate: string) =>
    variant(() => ({
      startDate,
      occurrences: [
        occurrence('aarsmelding', 'kr', '2024-03-15', 'holdt'), // exactly 12 months back: outside
        occurrence('aarsmelding', 'li', '2024-06-30', 'ikke_holdt'),
        occurrence('ledergruppe', 'kr', '2024-12-31', 'holdt'), // informal: does not count
      ],
    }));

  it('triggers after 12 months in drift without a held formal anchoring', () => {
    expect(warning(noneHeld('2022-01-01'), id)).toMatchObject({
      trap: 'understyring',
      severity: 'hoy',
      facts: [
        'Samarbeidet har vært i drift siden 01.01.2022.',
        'Ingen formelle forankringer er registrert som holdt de siste 12 månedene.',
        'Formelle forankringer med frist i perioden som ikke er holdt: 1.',
      ],
    });
    expect(ids(noneHeld('2024-03-15'))).toContain(id); // exactly 12 months
  });

  it('says so when no formal anchoring points exist at all', () => {
    const d = variant((w) => ({ anchoringPoints: w.anchoringPoints.filter((p) => p.kind !== 'formell') }));
    expect(warning(d, id).facts).toContain('Det er ikke planlagt noen formelle forankringspunkter.');
  });

  it('does not trigger in the first 12 months, outside drift, or with one held anchoring', () => {
    expect(ids(noneHeld('2024-03-16'))).not.toContain(id);
    expect(ids({ ...noneHeld('2022-01-01'), state: 'etablering' })).not.toContain(id);
    const oneHeld = noneHeld('2022-01-01');
    oneHeld.occurrences.push(occurrence('orientering', 'kr', '2024-03-31', 'holdt'));
    expect(ids(oneHeld)).not.toContain(id);
  });
});

describe('understyring.ingen_politisk_sponsor', () => {
  const id = 'understyring.ingen_politisk_sponsor';

  it('triggers when no member has a political sponsor, naming them all', () => {
    const d = variant((w) => ({ sponsors: w.sponsors.filter((s) => s.kind === 'administrativ') }));
    expect(warning(d, id)).toMatchObject({ severity: 'hoy', facts: ['Ingen av de 3 deltakerne har en politisk sponsor: Kristiansand, Lillesand og Birkenes.'] });
  });

  it('triggers for one member without one and names that member', () => {
    const d = variant((w) => ({ sponsors: w.sponsors.filter((s) => !(s.kind === 'politisk' && s.memberId === 'li')) }));
    expect(warning(d, id)).toMatchObject({ trap: 'understyring', facts: ['Lillesand har ingen politisk sponsor.'] });
  });

  it('does not trigger when every member has one', () => {
    expect(ids(variant(() => ({})))).not.toContain(id);
  });
});

describe('radmannsfellen.ingen_administrativ_sponsor', () => {
  const id = 'radmannsfellen.ingen_administrativ_sponsor';

  it('names the members without an administrative sponsor', () => {
    const d = variant((w) => ({ sponsors: [...w.sponsors.filter((s) => s.kind === 'politisk'), sponsor('kr', 'administrativ')] }));
    expect(warning(d, id)).toMatchObject({ trap: 'radmannsfellen', severity: 'middels', facts: ['Lillesand og Birkenes har ingen administrativ sponsor.'] });
    expect(ids(variant(() => ({})))).not.toContain(id);
  });
});

describe('understyring.ingen_politisk_deltakelse', () => {
  const id = 'understyring.ingen_politisk_deltakelse';
  const apolitical = () =>
    variant((w) => ({
      anchoringPoints: w.anchoringPoints.map((p) => ({ ...p, level: 'administrativ' as const })),
      bodyDecisions: w.bodyDecisions.map((b) => ({ ...b, political: false })),
    }));

  it('triggers without political anchoring points, political bodies or political decisions', () => {
    expect(warning(apolitical(), id).facts).toEqual([
      'Ingen forankringspunkter er lagt til politisk nivå.',
      'Ingen av samarbeidets organer har politisk representasjon.',
      'Ingen saker er behandlet politisk i samarbeidets organer.',
    ]);
  });

  it('a representantskap without recorded seats does not count as participation', () => {
    const d = apolitical();
    d.design.bodies = [{ id: 'rs', name: 'Representantskapet', kind: 'representantskap', seats: {}, rotatingChair: false }];
    expect(ids(d)).toContain(id);
  });

  it('does not trigger when a political body has seats', () => {
    const d = apolitical();
    d.design.bodies = [{ id: 'rs', name: 'Representantskapet', kind: 'representantskap', seats: { kr: 1 }, rotatingChair: false }];
    expect(ids(d)).not.toContain(id);
  });
});

describe('overstyring.politiske_vedtak_innenfor_mandat', () => {
  const id = 'overstyring.politiske_vedtak_innenfor_mandat';
  const decisions = (within: number, outside: number) =>
    variant(() =>
      decided([
        ...Array.from({ length: within }, (_, i) => bodyDecision(`in${i}`, `2024-0${i + 4}-10`, { title: `Vaktplan ${i + 1}`, political: true, withinMandate: true })),
        ...Array.from({ length: outside }, (_, i) => bodyDecision(`out${i}`, '2024-10-01', { political: true })),
        bodyDecision('old', '2024-03-01', { political: true, withinMandate: true }), // outside the 12 months
        bodyDecision('adm', '2024-10-01', { withinMandate: true }), // not political
      ]),
    );

  it('triggers at 3 political decisions inside the mandate, even when they are a minority', () => {
    expect(warning(decisions(3, 4), id)).toMatchObject({
      severity: 'middels',
      facts: [
        '3 av 7 politiske vedtak de siste 12 månedene gjaldt saker innenfor operativ leders mandat.',
        'Det gjelder «Vaktplan 1» (10.04.2024), «Vaktplan 2» (10.05.2024) og «Vaktplan 3» (10.06.2024).',
      ],
    });
  });

  it('triggers when more than half of the political decisions are inside the mandate', () => {
    expect(ids(decisions(1, 0))).toContain(id);
    expect(ids(decisions(2, 1))).toContain(id);
  });

  it('does not trigger at exactly half with fewer than 3', () => {
    expect(ids(decisions(2, 2))).not.toContain(id);
    expect(ids(decisions(0, 5))).not.toContain(id);
  });
});

describe('radmannsfellen.uten_administrativ_forberedelse', () => {
  const id = 'radmannsfellen.uten_administrativ_forberedelse';

  it('names the members that did not prepare a partly prepared political decision', () => {
    const d = variant(() => decided([bodyDecision('b2', '2024-10-15', { title: 'Budsjett 2025', political: true, prepared: 'delvis', preparedByMemberIds: ['kr'] })]));
    expect(warning(d, id)).toMatchObject({
      trap: 'radmannsfellen',
      facts: ['«Budsjett 2025» (15.10.2024) ble ikke forberedt administrativt i Lillesand og Birkenes.'],
    });
  });

  it('names every member when it was not prepared at all, and says "delvis" when it is not known who did', () => {
    const none = variant(() => decided([bodyDecision('b2', '2024-10-15', { title: 'Budsjett 2025', political: true, prepared: 'nei' })]));
    expect(warning(none, id).facts).toEqual(['«Budsjett 2025» (15.10.2024) ble ikke forberedt administrativt i Kristiansand, Lillesand og Birkenes.']);
    const partly = variant(() => decided([bodyDecision('b2', '2024-10-15', { title: 'Budsjett 2025', political: true, prepared: 'delvis' })]));
    expect(warning(partly, id).facts).toEqual(['«Budsjett 2025» (15.10.2024) ble bare delvis forberedt administrativt i deltakerkommunene.']);
  });

  it('does not trigger for administrative decisions, prepared ones, or decisions older than 12 months', () => {
    const d = variant(() =>
      decided([
        bodyDecision('a', '2024-10-15', { prepared: 'nei' }),
        bodyDecision('b', '2024-03-15', { political: true, prepared: 'nei' }),
        bodyDecision('c', '2024-11-15', { political: true, prepared: 'ja' }),
      ]),
    );
    expect(ids(d)).not.toContain(id);
  });
});

describe('radmannsfellen.sene_saksdokumenter', () => {
  const id = 'radmannsfellen.sene_saksdokumenter';

  const lateMeeting = bodyMeeting('2025-01-20', { documentsSentDate: '2025-01-19' });

  it('triggers when documents for a political decision went out fewer than 7 days before the meeting', () => {
    const d = variant((w) => ({
      bodyMeetings: [...w.bodyMeetings, lateMeeting],
      bodyDecisions: [...w.bodyDecisions, bodyDecision('b3', '2025-01-20', { title: 'Ny legevaktlege', political: true })],
    }));
    expect(warning(d, id).facts).toEqual([
      'Saksdokumentene ble sendt ut færre enn 7 dager før møtet i 1 av 2 politiske saker de siste 12 månedene.',
      'Det gjelder «Ny legevaktlege» (20.01.2025), sendt 19.01.2025.',
    ]);
  });

  it('7 days before is in time; the cooperation may set a longer notice', () => {
    const d = variant((w) => ({
      bodyMeetings: [...w.bodyMeetings, bodyMeeting('2025-01-20', { documentsSentDate: '2025-01-13' })],
      bodyDecisions: [...w.bodyDecisions, bodyDecision('b3', '2025-01-20', { political: true })],
    }));
    expect(ids(d)).not.toContain(id);
    expect(ids({ ...d, documentsNoticeDays: 14 })).toContain(id);
  });

  it('does not trigger for late documents in administrative decisions, or when the date was not recorded', () => {
    const adm = variant((w) => ({ bodyMeetings: [...w.bodyMeetings, lateMeeting], bodyDecisions: [...w.bodyDecisions, bodyDecision('b3', '2025-01-20')] }));
    expect(ids(adm)).not.toContain(id);
    const unknown = variant((w) => ({
      bodyMeetings: [...w.bodyMeetings, bodyMeeting('2025-01-20', { documentsSentDate: null })],
      bodyDecisions: [...w.bodyDecisions, bodyDecision('b3', '2025-01-20', { political: true })],
    }));
    expect(ids(unknown)).not.toContain(id);
  });
});
