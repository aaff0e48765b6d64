import 'server-only';
// The reminder job: e-mails the people responsible for planned anchoring occurrences that
// fall due within REMINDER_DAYS_BEFORE days (default 14) or are overdue. Each person gets one
// e-mail per run listing everything new for them; each (reminder, person) goes out once.
//
// Idempotency. Per recipient, the delivery rows are inserted (ON CONFLICT DO NOTHING, keeping
// only the rows this run claimed) and the e-mail is sent inside ONE database transaction,
// which commits only after the SMTP server has accepted the message. A second run, or a
// concurrent one in another process (it waits on the unique index until the first commits),
// finds the rows and sends nothing. A failed send rolls the rows back, so the next run tries
// again. A crash after the SMTP server accepted the message but before the commit leaves no
// row, and the next run sends it again: we err on the side of a duplicate e-mail, because a
// lost reminder is an anchoring point nobody remembers. A message that was only logged (no
// SMTP_HOST) counts as delivered with transport 'logg' and is not sent again later.
import type { Db } from '@/db/client';
import { claimDeliveries, deliveredKeys, deliveryKeyOf, dueAnchoringOccurrences, responsibleRecipients, type DeliveryKey, type DueOccurrence, type Recipient } from '@/db/queries/reminders';
import { addDays, osloDateOf } from '@/lib/pure/domain/iso-date';
import { BOKMAAL_MAIL, mailLanguage, type MailLanguage } from '@/lib/pure/mail/language';
import { reminderMailText } from '@/lib/pure/mail/messages';
import { recipientLocales } from '@/lib/server/mail-language';
import { publicBaseUrl } from '@/lib/pure/calendar/urls';
import { createMailer, smtpConfigFromEnv, type MailMessage, type Mailer } from '@/lib/server/mail';
import type { Job } from './runner';

export const REMINDER_KINDS = { soon: 'forankring_frist', overdue: 'forankring_forfalt' } as const;
export const DEFAULT_DAYS_BEFORE = 14;
export const DEFAULT_INTERVAL_MINUTES = 60;

export interface ReminderRunOptions {
  now: Date;
  daysBefore: number;
  mailer: Mailer;
  /** Public address of the installation, for links (no trailing slash). */
  baseUrl: string;
  log?: (line: string) => void;
}

export interface ReminderRunResult {
  transport: Mailer['transport'];
  /** E-mails sent (or logged). */
  messages: number;
  /** Reminders delivered: one per occurrence and person. */
  reminders: number;
  /** Recipients whose e-mail failed; their reminders are tried again next run. */
  failed: number;
}

interface Reminder extends DeliveryKey {
  occurrence: DueOccurrence;
}

/** A whole number from the environment, or the default; refuses nonsense loudly. */
export function wholeNumberFromEnv(name: string, fallback: number, env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} må være et helt tall, 0 eller større (er «${raw}»).`);
  return value;
}

/** Everything but `now` from the environment: REMINDER_DAYS_BEFORE, SMTP_*, NEXTAUTH_URL/PORT. */
export function reminderOptionsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Omit<ReminderRunOptions, 'now'> {
  return {
    daysBefore: wholeNumberFromEnv('REMINDER_DAYS_BEFORE', DEFAULT_DAYS_BEFORE, env),
    mailer: createMailer(smtpConfigFromEnv(env)),
    baseUrl: publicBaseUrl(`http://localhost:${env.PORT ?? 3000}`, env.NEXTAUTH_URL),
  };
}

/**
 * The reminder job for the job runner (lib/server/jobs/runner.ts): every REMINDERS_INTERVAL_MINUTES
 * (default 60, 0 = off), once per period across all instances. A second run in the same
 * period would send nothing new anyway; see the idempotency note above.
 */
export const remindersJob: Job = {
  name: 'paminnelser',
  schedule() {
    const minutes = wholeNumberFromEnv('REMINDERS_INTERVAL_MINUTES', DEFAULT_INTERVAL_MINUTES);
    return minutes > 0 ? { everyMinutes: minutes } : null;
  },
  async run(db, { now }) {
    const options = reminderOptionsFromEnv();
    try {
      const result = await runReminders(db, { ...options, now });
      if (result.failed > 0) throw new Error(`${result.failed} mottakere feilet; ${result.reminders} påminnelser ble sendt.`);
      return `${result.reminders} påminnelser i ${result.messages} e-poster (${result.transport === 'smtp' ? 'SMTP' : 'bare logget'}).`;
    } finally {
      options.mailer.close();
    }
  },
};

export async function runReminders(db: Db, options: ReminderRunOptions): Promise<ReminderRunResult> {
  const log = options.log ?? console.info;
  const today = osloDateOf(options.now);
  const occurrences = await dueAnchoringOccurrences(db, { today, until: addDays(today, options.daysBefore) });
  const recipients = await responsibleRecipients(db, occurrences);
  const done = await deliveredKeys(db, occurrences.map((o) => o.id));
  // Each e-mail in its recipient's language (profile, else their municipality's målform).
  const locales = await recipientLocales(db, [...new Set([...recipients.values()].flat().map((p) => p.email))]);

  const byRecipient = new Map<string, { person: Recipient; reminders: Reminder[] }>();
  for (const o of occurrences) {
    const kind = o.dueDate < today ? REMINDER_KINDS.overdue : REMINDER_KINDS.soon;
    for (const person of recipients.get(o.id) ?? []) {
      const reminder: Reminder = { kind, subjectId: o.id, recipient: person.email, dueDate: o.dueDate, occurrence: o };
      if (done.has(deliveryKeyOf(reminder))) continue;
      const entry = byRecipient.get(person.email) ?? { person, reminders: [] };
      entry.reminders.push(reminder);
      byRecipient.set(person.email, entry);
    }
  }

  const result: ReminderRunResult = { transport: options.mailer.transport, messages: 0, reminders: 0, failed: 0 };
  for (const { person, reminders } of byRecipient.values()) {
    try {
      const claimed = await db.transaction(async (tx) => {
        const keys = await claimDeliveries(tx, reminders, options.mailer.transport, options.now);
        const owned = new Set(keys.map(deliveryKeyOf));
        const mine = reminders.filter((r) => owned.has(deliveryKeyOf(r)));
        if (mine.length > 0) await options.mailer.send(reminderMail(person, mine, today, options, mailLanguage(locales.get(person.email) ?? 'nb')));
        return mine.length;
      });
      if (claimed > 0) {
        result.messages++;
        result.reminders += claimed;
      }
    } catch (err) {
      result.failed++;
      console.error(`[påminnelser] Kunne ikke sende til ${person.email}; prøves igjen ved neste kjøring:`, err);
    }
  }
  log(
    `[påminnelser] ${today}: ${result.reminders} påminnelser i ${result.messages} e-poster (${result.transport === 'smtp' ? 'SMTP' : 'bare logget'})` +
      (result.failed > 0 ? `, ${result.failed} mottakere feilet` : '') +
      '.',
  );
  return result;
}

/** The e-mail for one person, in their language (bokmål by default): overdue items first, then those coming up. */
export function reminderMail(
  person: Recipient,
  reminders: readonly Reminder[],
  today: string,
  options: Pick<ReminderRunOptions, 'baseUrl' | 'daysBefore'>,
  lang: MailLanguage = BOKMAAL_MAIL,
): MailMessage {
  const items = reminders.map((r) => ({ ...r.occurrence, overdue: r.kind === REMINDER_KINDS.overdue }));
  return { to: person.email, ...reminderMailText(person.name, items, today, options, lang) };
}
