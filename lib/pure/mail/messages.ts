// The e-mails Brobygger sends, composed in the recipient's language (language.ts): the
// reminder about anchoring points, the invitation and the password reset. Pure: the callers
// look up the recipient's language and send. Bokmål (the default) is word for word what the
// e-mails said before they were translated. What users typed (names, bodies, cooperations)
// is not translated.
import type { Role } from '@/lib/pure/auth/roles';
import { capitalise } from '@/lib/pure/calendar/items';
import { formatDate, formatDateTime } from '@/lib/pure/format';
import { BOKMAAL_MAIL, type MailLanguage } from './language';

export interface ComposedMail {
  subject: string;
  text: string;
}

/** One anchoring occurrence in a reminder. */
export interface ReminderItem {
  overdue: boolean;
  cooperationId: string;
  cooperationName: string;
  memberName: string;
  body: string;
  level: 'politisk' | 'administrativ';
  /** YYYY-MM-DD. */
  dueDate: string;
}

function reminderLine(item: ReminderItem, baseUrl: string, { t, locale }: MailLanguage): string {
  return [
    t('reminder.line', {
      date: formatDate(item.dueDate, locale),
      body: capitalise(item.body),
      level: t(item.level === 'politisk' ? 'reminder.levelPolitisk' : 'reminder.levelAdministrativ'),
      member: item.memberName,
    }),
    `  ${t('reminder.cooperation', { name: item.cooperationName })}`,
    `  ${baseUrl}/samarbeid/${item.cooperationId}`,
  ].join('\n');
}

/** The reminder for one person: overdue items first, then those coming up. */
export function reminderMailText(
  recipientName: string,
  items: readonly ReminderItem[],
  today: string,
  options: { baseUrl: string; daysBefore: number },
  lang: MailLanguage = BOKMAAL_MAIL,
): ComposedMail {
  const { t, locale } = lang;
  const overdue = items.filter((r) => r.overdue);
  const soon = items.filter((r) => !r.overdue);
  const first = items[0]!;
  const firstValues = { body: capitalise(first.body), member: first.memberName, date: formatDate(first.dueDate, locale) };
  const subject =
    items.length > 1
      ? t('reminder.subjectMany', { count: items.length })
      : overdue.length === 1
        ? t('reminder.subjectOverdue', firstValues)
        : t('reminder.subjectSoon', firstValues);
  const sections: string[] = [];
  if (overdue.length > 0) {
    sections.push(`${t('reminder.overdue')}\n\n${overdue.map((r) => reminderLine(r, options.baseUrl, lang)).join('\n\n')}`);
  }
  if (soon.length > 0) {
    sections.push(`${t('reminder.soon', { days: options.daysBefore, today: formatDate(today, locale) })}\n\n${soon.map((r) => reminderLine(r, options.baseUrl, lang)).join('\n\n')}`);
  }
  const text = [t('reminder.greeting', { name: recipientName }), t('reminder.intro'), ...sections, t('reminder.howTo'), t('reminder.why'), t('signature')].join('\n\n');
  return { subject, text };
}

/** What the person is invited to: a municipality's role, or a role in a cooperation (for a member, or not). */
export type InvitedAs = { kind: 'municipality'; role: Role; place: string } | { kind: 'cooperation'; role: Role; memberName: string | null; cooperationName: string };

export function invitedAsText(as: InvitedAs, { t }: MailLanguage = BOKMAAL_MAIL): string {
  const role = t(`role.${as.role}`);
  if (as.kind === 'municipality') return t('invitation.asMunicipalityRole', { role, place: as.place });
  return as.memberName
    ? t('invitation.asMemberRole', { role, member: as.memberName, cooperation: as.cooperationName })
    : t('invitation.asCooperationRole', { role, cooperation: as.cooperationName });
}

export function invitationMailText(
  invitation: { name: string; inviterName: string; as: InvitedAs; link: string; expiresAt: Date },
  lang: MailLanguage = BOKMAAL_MAIL,
): ComposedMail {
  const { t, locale } = lang;
  return {
    subject: t('invitation.subject'),
    text: [
      t('invitation.greeting', { name: invitation.name }),
      '',
      t('invitation.invited', { inviter: invitation.inviterName, what: invitedAsText(invitation.as, lang) }),
      '',
      t('invitation.open'),
      '',
      invitation.link,
      '',
      t('invitation.validity', { expires: formatDateTime(invitation.expiresAt, locale) }),
      t('invitation.ignore'),
    ].join('\n'),
  };
}

export function passwordResetMailText(user: { name: string }, link: string, lang: MailLanguage = BOKMAAL_MAIL): ComposedMail {
  const { t } = lang;
  return {
    subject: t('reset.subject'),
    text: [t('reset.greeting', { name: user.name }), '', t('reset.asked'), '', link, '', t('reset.validity')].join('\n'),
  };
}
