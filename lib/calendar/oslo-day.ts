// The calendar day in Norway. Due dates are Norwegian calendar days, so "today" for the feed
// window and the reminder job is the day on the wall in Oslo, not the UTC day (they differ
// between midnight and 01:00/02:00 Norwegian time).
import type { IsoDate } from '@/lib/domain/iso-date';

const osloDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

export function osloDateOf(instant: Date): IsoDate {
  const parts = Object.fromEntries(osloDay.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
