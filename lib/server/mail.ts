import 'server-only';
// Outgoing e-mail. With SMTP_HOST set, messages go out through nodemailer; without it they
// are written to the log instead, so a development or demo installation needs no mail server
// (and the reminder log records the transport as 'logg').
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';

export type MailTransport = 'smtp' | 'logg';

export interface SmtpConfig {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  readonly transport: MailTransport;
  /** Resolves when the SMTP server has accepted the message (or it has been logged); throws otherwise. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export class MailConfigError extends Error {}

/** SMTP settings from the environment; null when SMTP_HOST is not set. */
export function smtpConfigFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): SmtpConfig | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const secure = /^(1|true|ja)$/i.test(env.SMTP_SECURE?.trim() ?? '');
  const port = env.SMTP_PORT?.trim() ? Number(env.SMTP_PORT) : secure ? 465 : 587;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new MailConfigError(`SMTP_PORT må være et portnummer mellom 1 og 65535 (er «${env.SMTP_PORT}»).`);
  }
  const from = env.SMTP_FROM?.trim();
  if (!from) throw new MailConfigError('SMTP_FROM må settes når SMTP_HOST er satt, for eksempel «Brobygger <brobygger@kommune.no>».');
  return { host, port, secure, user: env.SMTP_USER?.trim() || null, password: env.SMTP_PASSWORD ?? null, from };
}

/** Header values come from user-entered names; a line break must never start a new header. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();

/**
 * Without SMTP, BROBYGGER_MAIL_OUTBOX may name a folder where each message is also written as
 * a JSON file (the end-to-end tests read password links from it).
 */
function writeToOutbox(dir: string, message: MailMessage) {
  mkdirSync(dir, { recursive: true });
  const name = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`;
  writeFileSync(path.join(dir, name), JSON.stringify({ ...message, at: new Date().toISOString() }), { mode: 0o600 });
}

export function createMailer(
  config: SmtpConfig | null,
  log: (line: string) => void = console.info,
  outboxDir: string | undefined = process.env.BROBYGGER_MAIL_OUTBOX?.trim() || undefined,
): Mailer {
  if (!config) {
    return {
      transport: 'logg',
      async send(message) {
        if (outboxDir) writeToOutbox(outboxDir, message);
        log(
          [`[e-post] Ikke sendt (SMTP_HOST er ikke satt) – til: ${oneLine(message.to)}`, `Emne: ${oneLine(message.subject)}`, '', message.text].join('\n'),
        );
      },
      close() {},
    };
  }
  const transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.password ?? '' } : undefined,
    // Short timeouts: the reminder job holds a database transaction while a message is sent.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    transport: 'smtp',
    async send(message) {
      await transporter.sendMail({ from: config.from, to: oneLine(message.to), subject: oneLine(message.subject), text: message.text });
    },
    close: () => transporter.close(),
  };
}
