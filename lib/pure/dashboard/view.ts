// How "Mine samarbeid" shows the cooperations in work: as cards (next anchoring, tasks,
// warnings and lights written out) or as a table with a row each (the counts, the next date
// and the lights). Cards suit a portfolio one reads through; a rådmannsteam with hundreds of
// cooperations, or a mayor sponsoring fifty, scans for what is overdue: fifty full cards a page
// were 860 kB and a long scroll, the same fifty rows 270 kB. The choice is in the URL (?visning=kort|tabell), so it can be shared, bookmarked and
// kept by the pager; without it, a portfolio larger than TABLE_FROM opens as a table.
export const VIEW_PARAM = 'visning';

export type OverviewView = 'kort' | 'tabell';

/**
 * More cooperations than this open as a table unless the URL says otherwise. Twenty cards are
 * already several screens (about 340 kB); beyond that a reader scans rather than reads, and a
 * row says in counts and words what a card writes out.
 */
export const TABLE_FROM = 20;

/** What the URL asks for; anything else (missing, misspelt, repeated) is no choice. */
export function parseView(params: Record<string, string | string[] | undefined>): OverviewView | null {
  const raw = params[VIEW_PARAM];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === 'kort' || value === 'tabell' ? value : null;
}

export function chooseView(asked: OverviewView | null, cooperations: number): OverviewView {
  return asked ?? (cooperations > TABLE_FROM ? 'tabell' : 'kort');
}

/** The query the pager keeps: the view only when the reader chose it. */
export function viewQuery(asked: OverviewView | null): string {
  return asked ? `${VIEW_PARAM}=${asked}` : '';
}
