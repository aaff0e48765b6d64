// Norwegian formatting of dates and numbers for display (Intl, nb-NO, Europe/Oslo).
const dateTime = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' });
const dateOnly = new Intl.DateTimeFormat('nb-NO', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Oslo' });

export function formatDateTime(value: Date | string): string {
  return dateTime.format(typeof value === 'string' ? new Date(value) : value);
}

/** dd.mm.åååå, the form Norwegian users (and Excel) expect. */
export function formatDate(value: Date | string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}.${m}.${y}`;
  }
  return dateOnly.format(typeof value === 'string' ? new Date(value) : value);
}

const integer = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
export function formatPopulation(n: number): string {
  return integer.format(n);
}
