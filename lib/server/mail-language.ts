import 'server-only';
// Whose language an e-mail is written in: the recipient's (lib/pure/mail/language.ts). Looked
// up here from the database, by address, for e-mails sent outside any request (the reminder
// job) as well as inside one (the sender's own language does not matter), and for the calendar
// feed, which is fetched without a session.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { municipalities, roleAssignments, users } from '@/db/schema';
import { mailLanguage, recipientLocale, type MailLanguage } from '@/lib/pure/mail/language';
import type { Locale, Maalform } from '@/lib/pure/i18n/locales';

/**
 * The locale of each address (lower-case keys): the account's profile language, else the
 * målform of the municipalities its active roles belong to, else that of `fallbackKommuner`
 * (the municipality an invitation is for, when the account has no roles yet), else bokmål.
 */
export async function recipientLocales(db: Db, emails: readonly string[], fallbackKommuner: readonly string[] = []): Promise<Map<string, Locale>> {
  const wanted = [...new Set(emails.map((e) => e.toLowerCase()))];
  const result = new Map<string, Locale>();
  if (wanted.length === 0) return result;
  const accounts = await db.select({ id: users.id, email: users.email, language: users.language }).from(users).where(inArray(sql`lower(${users.email})`, wanted));
  const ids = accounts.filter((a) => !a.language).map((a) => a.id);
  const forms = new Map<string, Maalform[]>();
  if (ids.length > 0) {
    const rows = await db
      .select({ userId: roleAssignments.userId, maalform: municipalities.maalform })
      .from(roleAssignments)
      .innerJoin(municipalities, eq(municipalities.kommunenummer, roleAssignments.kommunenummer))
      .where(and(inArray(roleAssignments.userId, ids), isNull(roleAssignments.revokedAt)));
    for (const r of rows) forms.set(r.userId, [...(forms.get(r.userId) ?? []), r.maalform]);
  }
  const fallback =
    fallbackKommuner.length > 0
      ? (await db.select({ maalform: municipalities.maalform }).from(municipalities).where(inArray(municipalities.kommunenummer, [...fallbackKommuner]))).map((m) => m.maalform)
      : [];
  for (const email of wanted) {
    const account = accounts.find((a) => a.email.toLowerCase() === email);
    const own = account ? (forms.get(account.id) ?? []) : [];
    result.set(email, recipientLocale(account?.language ?? null, own.length > 0 ? own : fallback));
  }
  return result;
}

/** The e-mail words for one recipient. */
export async function recipientMailLanguage(db: Db, email: string, fallbackKommuner: readonly string[] = []): Promise<MailLanguage> {
  return mailLanguage((await recipientLocales(db, [email], fallbackKommuner)).get(email.toLowerCase()) ?? 'nb');
}

/** The language of one account, by id (the calendar feed's owner): the same rule as for e-mails. */
export async function userLocale(db: Db, userId: string): Promise<Locale> {
  const [account] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!account) return 'nb';
  return (await recipientLocales(db, [account.email])).get(account.email.toLowerCase()) ?? 'nb';
}
