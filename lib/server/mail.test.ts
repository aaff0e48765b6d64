import { describe, expect, it } from 'vitest';
import { createMailer, MailConfigError, smtpConfigFromEnv } from './mail';

describe('smtpConfigFromEnv', () => {
  it('is null without SMTP_HOST, so mail is logged instead', () => {
    expect(smtpConfigFromEnv({})).toBeNull();
    expect(smtpConfigFromEnv({ SMTP_HOST: '  ' })).toBeNull();
  });

  it('reads host, port, TLS, credentials and sender', () => {
    expect(smtpConfigFromEnv({ SMTP_HOST: 'smtp.kommune.no', SMTP_FROM: 'Brobygger <b@kommune.no>' })).toEqual({
      host: 'smtp.kommune.no',
      port: 587,
      secure: false,
      user: null,
      password: null,
      from: 'Brobygger <b@kommune.no>',
    });
    expect(
      smtpConfigFromEnv({ SMTP_HOST: 'smtp.kommune.no', SMTP_SECURE: 'true', SMTP_USER: 'bro', SMTP_PASSWORD: 'pw', SMTP_FROM: 'b@kommune.no' }),
    ).toMatchObject({ port: 465, secure: true, user: 'bro', password: 'pw' });
    expect(smtpConfigFromEnv({ SMTP_HOST: 'h', SMTP_PORT: '2525', SMTP_FROM: 'b@k.no' })?.port).toBe(2525);
  });

  it('refuses a missing sender or a nonsense port with a Norwegian message', () => {
    expect(() => smtpConfigFromEnv({ SMTP_HOST: 'h' })).toThrow(MailConfigError);
    expect(() => smtpConfigFromEnv({ SMTP_HOST: 'h' })).toThrow(/SMTP_FROM må settes/);
    expect(() => smtpConfigFromEnv({ SMTP_HOST: 'h', SMTP_FROM: 'b@k.no', SMTP_PORT: 'tjuefem' })).toThrow(/SMTP_PORT må være et portnummer/);
  });
});

describe('createMailer without SMTP', () => {
  it('logs the whole message on one header line each, and says it was not sent', async () => {
    const lines: string[] = [];
    const mailer = createMailer(null, (line) => lines.push(line));
    expect(mailer.transport).toBe('logg');
    await mailer.send({ to: 'a@b.no', subject: 'Påminnelse\r\nBcc: x@y.no', text: 'Hei!\nLinje to' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Ikke sendt (SMTP_HOST er ikke satt) – til: a@b.no');
    expect(lines[0]).toContain('Emne: Påminnelse Bcc: x@y.no\n');
    expect(lines[0]).toContain('Hei!\nLinje to');
  });
});
