import { describe, expect, it } from 'vitest';
import { BOKMAAL_MAIL, mailLanguage, recipientLocale } from './language';
import { invitationMailText, passwordResetMailText, reminderMailText, type ReminderItem } from './messages';

const items: ReminderItem[] = [
  { overdue: true, cooperationId: 'c1', cooperationName: 'Legevakt Østre Agder', memberName: 'Arendal kommune', body: 'formannskap', level: 'politisk', dueDate: '2026-09-30' },
  { overdue: false, cooperationId: 'c1', cooperationName: 'Legevakt Østre Agder', memberName: 'Lillesand kommune', body: 'kommunestyre', level: 'administrativ', dueDate: '2026-12-04' },
];
const options = { baseUrl: 'https://brobygger.example', daysBefore: 14 };
const expiresAt = new Date('2026-12-12T09:30:00Z');
const as = { kind: 'cooperation', role: 'politisk_sponsor', memberName: 'Vennesla kommune', cooperationName: 'Legevakt' } as const;

describe('the recipient’s language', () => {
  it('is the profile language, else nynorsk for nynorsk municipalities, else bokmål', () => {
    expect(recipientLocale('en', ['nynorsk'])).toBe('en');
    expect(recipientLocale(null, ['nynorsk'])).toBe('nn');
    expect(recipientLocale(null, ['nynorsk', 'noytral'])).toBe('nn');
    expect(recipientLocale(null, ['nynorsk', 'bokmal'])).toBe('nb');
    expect(recipientLocale(null, ['noytral'])).toBe('nb');
    expect(recipientLocale(undefined, [])).toBe('nb');
    expect(recipientLocale('xx', ['nynorsk'])).toBe('nn');
  });
});

describe('the e-mails in bokmål (the default)', () => {
  it('words the reminder as before', () => {
    const mail = reminderMailText('Kari', items, '2026-11-20', options);
    expect(mail.subject).toBe('Påminnelse fra Brobygger: 2 forankringspunkter å følge opp');
    expect(mail.text).toContain('Hei, Kari!');
    expect(mail.text).toContain('- 30.09.2026: Formannskap (politisk) – Arendal kommune\n  Samarbeid: Legevakt Østre Agder\n  https://brobygger.example/samarbeid/c1');
    expect(mail.text).toContain('Frist innen 14 dager (i dag er 20.11.2026):');
    expect(mail.text.endsWith('Hilsen Brobygger')).toBe(true);
    expect(reminderMailText('Kari', [items[1]!], '2026-11-20', options, BOKMAAL_MAIL).subject).toBe('Påminnelse: Kommunestyre i Lillesand kommune innen 04.12.2026');
  });

  it('words the invitation and the reset as before', () => {
    const invitation = invitationMailText({ name: 'Ola', inviterName: 'Kari Nordmann', as, link: 'https://x/nytt-passord/abc', expiresAt });
    expect(invitation.subject).toBe('Invitasjon til Brobygger');
    expect(invitation.text).toContain('Kari Nordmann har invitert deg til Brobygger, kommunenes verktøy for interkommunale samarbeid, som politisk sponsor for Vennesla kommune i samarbeidet Legevakt.');
    expect(passwordResetMailText({ name: 'Ola' }, 'https://x/l').subject).toBe('Velg nytt passord i Brobygger');
  });
});

describe('the e-mails in nynorsk', () => {
  const nn = mailLanguage('nn');

  it('words the reminder in nynorsk', () => {
    const mail = reminderMailText('Kari', items, '2026-11-20', options, nn);
    expect(mail.subject).toBe('Påminning frå Brobygger: 2 forankringspunkt å følgje opp');
    expect(mail.text).toContain('Fristen er passert, og forankringa er ikkje logga som halden:');
    expect(mail.text).toContain('Frist innan 14 dagar (i dag er 20.11.2026):');
    expect(mail.text).toContain('- 30.09.2026: Formannskap (politisk) – Arendal kommune');
    expect(mail.text.endsWith('Helsing Brobygger')).toBe(true);
    expect(reminderMailText('Kari', [items[0]!], '2026-11-20', options, nn).subject).toBe('Fristen er passert: Formannskap i Arendal kommune (30.09.2026)');
  });

  it('words the invitation and the reset in nynorsk', () => {
    const invitation = invitationMailText({ name: 'Ola', inviterName: 'Kari Nordmann', as: { kind: 'municipality', role: 'folkevalgt', place: 'Vinje kommune' }, link: 'https://x/l', expiresAt }, nn);
    expect(invitation.text).toContain('som folkevald i Vinje kommune.');
    expect(invitation.text).toContain('Opne lenkja for å ta imot invitasjonen');
    const reset = passwordResetMailText({ name: 'Ola' }, 'https://x/l', nn);
    expect(reset).toEqual({
      subject: 'Vel nytt passord i Brobygger',
      text: 'Hei Ola,\n\nNokon (forhåpentleg du) har bede om å få velje nytt passord i Brobygger. Opne lenkja for å velje eit nytt:\n\nhttps://x/l\n\nLenkja verkar i éin time og kan brukast éin gong. Har du ikkje bede om dette, kan du sjå bort frå e-posten; passordet ditt er ikkje endra.',
    });
  });
});

describe('the e-mails in English', () => {
  const en = mailLanguage('en');

  it('words the reminder in English, with English dates', () => {
    const mail = reminderMailText('Kari', items, '2026-11-20', options, en);
    expect(mail.subject).toBe('Reminder from Brobygger: 2 anchoring points to follow up');
    expect(mail.text).toContain('Hello Kari,');
    expect(mail.text).toContain('- Sep 30, 2026: Formannskap (political) – Arendal kommune\n  Cooperation: Legevakt Østre Agder');
    expect(mail.text).toContain('Due within 14 days (today is Nov 20, 2026):');
    expect(reminderMailText('Kari', [items[1]!], '2026-11-20', options, en).subject).toBe('Reminder: Kommunestyre in Lillesand kommune by Dec 4, 2026');
  });

  it('words the invitation and the reset in English', () => {
    const invitation = invitationMailText({ name: 'Ola', inviterName: 'Kari Nordmann', as, link: 'https://x/l', expiresAt }, en);
    expect(invitation.subject).toBe('Invitation to Brobygger');
    expect(invitation.text).toContain('Kari Nordmann has invited you to Brobygger, the municipalities’ tool for inter-municipal cooperation, as political sponsor for Vennesla kommune in the cooperation Legevakt.');
    expect(invitation.text).toContain('The link works until ');
    expect(passwordResetMailText({ name: 'Ola' }, 'https://x/l', en).subject).toBe('Choose a new password in Brobygger');
  });
});
