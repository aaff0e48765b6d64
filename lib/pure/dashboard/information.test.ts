import { describe, expect, it } from 'vitest';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import { cadenceOf, dueInformationItems, informationStatus, planInUse } from './information';

describe('cadenceOf', () => {
  it.each([
    ['Kvartalsvis', 3],
    ['Fire ganger i året', 3],
    ['hver 3. måned', 3],
    ['Halvårlig', 6],
    ['To ganger i året', 6],
    ['Månedlig', 1],
    ['Hver uke', 1],
    ['Årlig', 12],
    ['Løpende', 12],
    ['Før budsjettbehandlingen i desember', 12],
    ['Ved endringer', null],
    ['Ved behov', null],
    ['Etter behov', null],
    ['ved hvert møte i representantskapet', null],
  ])('%s -> %s months', (timing, months) => {
    expect(cadenceOf(timing).months).toBe(months);
  });
});

const item = (id: string, timing: string) => ({ id, timing });
const drift = { state: 'drift' as const, startDate: '2025-01-01', today: '2026-03-15' };

describe('informationStatus', () => {
  it('runs from the last execution', () => {
    const executions = [
      { informationItemId: 'q', executedOn: '2025-11-20' },
      { informationItemId: 'q', executedOn: '2025-12-10' },
      { informationItemId: 'other', executedOn: '2026-03-01' },
    ];
    expect(informationStatus(item('q', 'Kvartalsvis'), executions, drift)).toEqual({
      itemId: 'q',
      cadence: { months: 3, label: 'minst hver 3. måned' },
      lastExecutedOn: '2025-12-10',
      dueDate: '2026-03-10',
      due: true,
    });
    expect(informationStatus(item('q', 'Kvartalsvis'), executions, { ...drift, today: '2026-03-10' }).due).toBe(false);
  });

  it('runs from the start of drift when nothing is logged', () => {
    expect(informationStatus(item('y', 'Årlig'), [], drift)).toMatchObject({ lastExecutedOn: null, dueDate: '2026-01-01', due: true });
    expect(informationStatus(item('y', 'Årlig'), [], { ...drift, startDate: '2025-06-01' }).due).toBe(false);
  });

  it('is never due for event-driven items, before drift or without a start date', () => {
    expect(informationStatus(item('e', 'Ved endringer'), [], drift)).toMatchObject({ dueDate: null, due: false });
    expect(informationStatus(item('y', 'Årlig'), [], { ...drift, state: 'etablering' })).toMatchObject({ dueDate: null, due: false });
    expect(informationStatus(item('y', 'Årlig'), [], { ...drift, startDate: null })).toMatchObject({ dueDate: null, due: false });
  });

  it('the plan is in use from drift until the cooperation is wound up', () => {
    const states: LifecycleState[] = ['utkast', 'etablering', 'medlemsvedtak', 'drift', 'evaluering', 'avvikling', 'avviklet'];
    expect(states.filter(planInUse)).toEqual(['drift', 'evaluering', 'avvikling']);
  });

  it('dueInformationItems keeps the due ones in plan order', () => {
    const items = [item('a', 'Årlig'), item('b', 'Ved behov'), item('c', 'Månedlig')];
    expect(dueInformationItems(items, [{ informationItemId: 'a', executedOn: '2026-02-01' }], drift).map((i) => i.id)).toEqual(['c']);
  });
});
