import { describe, expect, it } from 'vitest';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { buildCard, buildDashboard, sortCards, urgency, type DashboardCard, type DashboardInput, type FollowUpOccurrence } from './cards';
import { openTasks } from './tasks';

const NOW = new Date('2026-03-15T10:00:00Z');
const { arendal, grimstad, lillesand, froland } = READY_MEMBER_IDS;

const occ = (id: string, memberId: string, dueDate: string, extra: Partial<FollowUpOccurrence> = {}): FollowUpOccurrence => ({
  id,
  anchoringPointId: 'a-formannskap',
  memberId,
  dueDate,
  status: 'planlagt',
  heldDate: null,
  saksnummer: null,
  minutesUrl: null,
  body: 'formannskap',
  ...extra,
});

function input(change: (d: Dossier) => void = () => {}, occurrences: FollowUpOccurrence[] = []): DashboardInput {
  const d = readyDossier();
  d.state = 'drift';
  d.startDate = '2025-09-01';
  change(d);
  d.occurrences = occurrences;
  return { dossier: d, decisionRound: 1, occurrences, executions: FRESH };
}

/** The quarterly politicians' item carried out recently, so no information task appears by default. */
const FRESH = [{ informationItemId: 'i-politikere', executedOn: '2026-03-01' }];

describe('buildCard', () => {
  it('next point, last held, overdue, tasks, warnings and lights', () => {
    const card = buildCard(
      input(() => {}, [
        occ('held', arendal, '2025-12-31', { status: 'holdt', heldDate: '2025-12-09', saksnummer: '25/880' }),
        occ('late', grimstad, '2025-12-31'),
        occ('next-l', lillesand, '2026-03-31'),
        occ('next-f', froland, '2026-03-31'),
        occ('next-kst', froland, '2026-03-31', { body: 'kommunestyre', anchoringPointId: 'a-budsjett' }),
      ]),
      NOW,
    );
    expect(card.next).toEqual({
      date: '2026-03-31',
      entries: [
        { body: 'Formannskap', memberNames: ['Lillesand', 'Froland'], allMembers: false },
        { body: 'Kommunestyre', memberNames: ['Froland'], allMembers: false },
      ],
    });
    expect(card.lastHeld).toMatchObject({ id: 'held', body: 'Formannskap', memberName: 'Arendal kommune', date: '2025-12-09', saksnummer: '25/880' });
    expect(card.overdueCount).toBe(1);
    expect(card.overdue).toEqual([{ body: 'Formannskap', dueDate: '2025-12-31', memberNames: ['Grimstad'] }]);
    expect(card.scores.input.indicators.length).toBeGreaterThan(0);
    expect(card.state).toBe('drift');
    expect(card.tasks).toEqual([]);
  });

  it('names every member as all of them, in member order', () => {
    const card = buildCard(input(() => {}, [froland, lillesand, grimstad, arendal].map((m) => occ(`q-${m}`, m, '2026-03-31'))), NOW);
    expect(card.next?.entries).toEqual([{ body: 'Formannskap', memberNames: ['Arendal', 'Grimstad', 'Lillesand', 'Froland'], allMembers: true }]);
  });

  it('groups overdue ones by body and due date, oldest first; a member that left is a former member', () => {
    const card = buildCard(
      input(() => {}, [occ('q4-g', grimstad, '2025-12-31'), occ('q3-a', arendal, '2025-09-30'), occ('q4-gone', 'm-gone', '2025-12-31'), occ('moved', froland, '2025-09-30', { status: 'utsatt', heldDate: '2026-01-15' })]),
      NOW,
    );
    expect(card.overdueCount).toBe(4);
    expect(card.overdue).toEqual([
      { body: 'Formannskap', dueDate: '2025-09-30', memberNames: ['Arendal', 'Froland'] },
      { body: 'Formannskap', dueDate: '2025-12-31', memberNames: ['Grimstad', 'Tidligere deltaker'] },
    ]);
  });
});

describe('openTasks', () => {
  const today = '2026-03-15';

  it('sponsors to re-confirm after an election', () => {
    const { dossier } = input((d) => {
      d.sponsors[0]!.needsReconfirmation = true;
      d.sponsors[1]!.needsReconfirmation = true;
    });
    expect(openTasks(dossier, { today, decisionRound: 1, executions: FRESH })).toEqual([
      {
        kind: 'sponsor',
        text: 'Bekreft 2 sponsorer etter valget: Ordfører i Arendal og Kommunalsjef helse i Arendal.',
        status: '2 sponsorer venter på ny bekreftelse etter valget: Ordfører i Arendal og Kommunalsjef helse i Arendal.',
        href: `/samarbeid/${dossier.id}`,
        overdue: true,
      },
    ]);
  });

  it('member decisions missing in the open round only', () => {
    const { dossier } = input((d) => {
      d.state = 'medlemsvedtak';
      d.memberDecisions = [{ id: 'v1', memberId: arendal, body: 'Bystyret', date: '2026-02-12', saksnummer: null, outcome: 'tilslutning', url: null, round: 2 }];
    });
    const tasks = openTasks(dossier, { today, decisionRound: 2, executions: FRESH });
    const text = 'Vedtak mangler fra Grimstad kommune, Lillesand kommune og Froland kommune.';
    expect(tasks).toEqual([{ kind: 'vedtak', text, status: text, href: `/samarbeid/${dossier.id}/vedtak`, overdue: false }]);
    expect(openTasks(dossier, { today, decisionRound: null, executions: FRESH })).toEqual([]);
  });

  it('an evaluation shown 60 days ahead and overdue after its date', () => {
    const { dossier } = input((d) => {
      d.startDate = '2025-05-01';
    });
    expect(openTasks(dossier, { today: '2026-03-01', decisionRound: 1, executions: FRESH })).toEqual([]);
    expect(openTasks(dossier, { today: '2026-03-02', decisionRound: 1, executions: FRESH })).toEqual([
      { kind: 'evaluering', text: 'Evalueringen skal gjennomføres innen 01.05.2026.', status: 'Evalueringen skal gjennomføres innen 01.05.2026.', href: `/samarbeid/${dossier.id}`, overdue: false },
    ]);
    expect(openTasks(dossier, { today: '2026-05-02', decisionRound: 1, executions: FRESH })[0]).toMatchObject({ text: 'Evalueringen skulle vært gjennomført innen 01.05.2026.', overdue: true });
  });

  it('information items not carried out in time', () => {
    const { dossier } = input((d) => {
      d.startDate = '2025-10-01';
    });
    // Quarterly politicians' item is due from 01.01.2026; 'Løpende' (yearly) and 'Ved behov' are not.
    expect(openTasks(dossier, { today, decisionRound: 1, executions: [] })).toEqual([
      { kind: 'informasjon', text: '1 tiltak i informasjonsplanen er ikke gjennomført i tide.', status: '1 tiltak i informasjonsplanen er ikke gjennomført i tide.', href: `/samarbeid/${dossier.id}/informasjon`, overdue: true },
    ]);
    expect(openTasks(dossier, { today, decisionRound: 1, executions: [{ informationItemId: 'i-politikere', executedOn: '2026-02-01' }] })).toEqual([]);
  });
});

describe('buildCard for a viewer who may not act', () => {
  it('moves the tasks the viewer cannot act on to "waiting", phrased as status', () => {
    const sponsorsDue = input((d) => {
      d.sponsors[0]!.needsReconfirmation = true;
    });
    const mine = buildCard(sponsorsDue, NOW);
    expect(mine.tasks.map((t) => t.kind)).toEqual(['sponsor']);
    expect(mine.waiting).toEqual([]);
    const theirs = buildCard(sponsorsDue, NOW, (kind) => kind !== 'sponsor');
    expect(theirs.tasks).toEqual([]);
    expect(theirs.waiting).toEqual([{ kind: 'sponsor', text: '1 sponsor venter på ny bekreftelse etter valget: Ordfører i Arendal.', overdue: true }]);
  });

  it('groups drafts and ended cooperations apart from those in work', () => {
    expect(buildCard(input(() => {}), NOW).group).toBe('aktiv');
    expect(buildCard(input((d) => (d.state = 'utkast')), NOW).group).toBe('utkast');
    expect(buildCard(input((d) => (d.state = 'avviklet')), NOW).group).toBe('avsluttet');
    expect(buildCard(input((d) => (d.state = 'avbrutt')), NOW).group).toBe('avsluttet');
  });
});

describe('sortCards', () => {
  const card = (name: string, extra: Partial<DashboardCard> = {}): DashboardCard => ({ ...buildCard(input((d) => (d.name = name)), NOW), ...extra });
  const warning = (severity: 'hoy' | 'middels') => ({ id: severity, trap: 'understyring' as const, severity, factRefs: [] });

  it('most urgent first: overdue, then severe warnings, then warnings, then tasks; else by name', () => {
    const calm = card('Arkiv', { warnings: [], tasks: [] });
    const tasks = card('Barnevern', { warnings: [], tasks: [{ kind: 'vedtak', text: '', status: '', href: '', overdue: false }] });
    const warned = card('IKT', { warnings: [warning('middels')], tasks: [] });
    const severe = card('Renovasjon', { warnings: [warning('hoy')], tasks: [] });
    const late = card('Øvrig', { warnings: [], tasks: [], overdueCount: 1 });
    const calm2 = card('Åpen', { warnings: [], tasks: [] });
    expect(sortCards([calm2, calm, tasks, warned, severe, late]).map((c) => c.name)).toEqual(['Øvrig', 'Renovasjon', 'IKT', 'Barnevern', 'Arkiv', 'Åpen']);
    expect(urgency(late)).toEqual([1, 0, 0, 0]);
  });

  it('buildDashboard builds and sorts', () => {
    const overdue = input((d) => (d.name = 'B'), [occ('late', grimstad, '2025-12-31')]);
    const fine = input((d) => (d.name = 'A'));
    expect(buildDashboard([fine, overdue], NOW).map((c) => c.name)).toEqual(['B', 'A']);
  });
});
