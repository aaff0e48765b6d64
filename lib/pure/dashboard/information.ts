// The information plan in use: how often each item is expected to be carried out, when it was
// last done, and whether it is due. Timing is free text in the plan ("Kvartalsvis", "Før
// budsjettet", "Ved endringer"), so the expected interval is read from its words.
//
// The rule (shown on the information page):
// - "ved …", "etter behov", "når det trengs": carried out when something happens; never due.
// - words for weeks or months ("ukentlig", "månedlig", "hver måned"): due after 1 month;
// - quarters ("kvartalsvis", "fire ganger i året", "hver 3. måned"): after 3 months;
// - half-years ("halvårlig", "to ganger i året", "hver 6. måned"): after 6 months;
// - anything else ("årlig", "løpende", a month name): after 12 months.
// The interval runs from the last execution, or from the start of drift when nothing has
// been logged. Before drift the plan is being prepared and nothing is due.
import type { InformationItem, LifecycleState } from '@/lib/pure/domain/dossier';
import { addMonths, toIsoDate, type IsoDate } from '@/lib/pure/domain/iso-date';

export interface Cadence {
  /** Months between executions, or null when the item follows events. */
  months: number | null;
  /** Norwegian description, e.g. "hver 3. måned". */
  label: string;
}

const EVENT_DRIVEN = /(^|\s)ved\s|ved behov|etter behov|når det (trengs|skjer)|ved endring|ved hendelse/;
const MONTHLY = /uke|måned|mnd/;
const QUARTERLY = /kvartal|(fire|4) ganger i året|(3\.|tredje) måned/;
const HALF_YEARLY = /halvår|(to|2) ganger i året|(6\.|sjette) måned/;

export function cadenceOf(timing: string): Cadence {
  const t = ` ${timing.trim().toLowerCase()} `;
  if (EVENT_DRIVEN.test(t)) return { months: null, label: 'ved behov, uten fast frist' };
  if (QUARTERLY.test(t)) return { months: 3, label: 'minst hver 3. måned' };
  if (HALF_YEARLY.test(t)) return { months: 6, label: 'minst hver 6. måned' };
  if (MONTHLY.test(t)) return { months: 1, label: 'minst hver måned' };
  return { months: 12, label: 'minst én gang i året' };
}

/** States in which the plan is in use and items can fall due. */
const RUNNING: readonly LifecycleState[] = ['drift', 'evaluering', 'beslutning', 'redesign', 'avvikling'];

export function planInUse(state: LifecycleState): boolean {
  return RUNNING.includes(state);
}

export interface ExecutionLike {
  informationItemId: string | null;
  executedOn: IsoDate;
}

export interface InformationItemStatus {
  itemId: string;
  cadence: Cadence;
  lastExecutedOn: IsoDate | null;
  /** When the next execution is expected; null for event-driven items or before drift. */
  dueDate: IsoDate | null;
  due: boolean;
}

export function informationStatus(
  item: Pick<InformationItem, 'id' | 'timing'>,
  executions: readonly ExecutionLike[],
  context: { state: LifecycleState; startDate: string | null; today: IsoDate },
): InformationItemStatus {
  const cadence = cadenceOf(item.timing);
  const lastExecutedOn =
    executions
      .filter((e) => e.informationItemId === item.id)
      .map((e) => e.executedOn)
      .sort()
      .at(-1) ?? null;
  const running = planInUse(context.state);
  const reference = lastExecutedOn ?? (context.startDate ? toIsoDate(context.startDate) : null);
  const dueDate = running && cadence.months !== null && reference !== null ? addMonths(reference, cadence.months) : null;
  return { itemId: item.id, cadence, lastExecutedOn, dueDate, due: dueDate !== null && dueDate < context.today };
}

export function dueInformationItems<I extends Pick<InformationItem, 'id' | 'timing'>>(
  items: readonly I[],
  executions: readonly ExecutionLike[],
  context: { state: LifecycleState; startDate: string | null; today: IsoDate },
): I[] {
  return items.filter((i) => informationStatus(i, executions, context).due);
}
