// The public cooperation page's one shared helper: a calendar date in the page's language.
import { useFormatter } from 'next-intl';
import { dateOfIso } from '@/lib/pure/i18n/formats';

/** Formats YYYY-MM-DD (or an ISO timestamp) as the reader's language writes a date. */
export function useDate(): (value: string) => string {
  const format = useFormatter();
  return (value) => format.dateTime(/^\d{4}-\d{2}-\d{2}$/.test(value) ? dateOfIso(value) : new Date(value), 'date');
}
