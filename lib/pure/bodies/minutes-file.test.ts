import { describe, expect, it } from 'vitest';
import { maxBodyBytes, MULTIPART_OVERHEAD_BYTES } from '@/lib/pure/security/limits';
import { MINUTES_FILE_MAX_BYTES } from '@/lib/pure/validation/bodies';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { checkMinutesFile, downloadHeaders } from './minutes-file';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);

describe('checkMinutesFile', () => {
  it('accepts PDF, Word and OpenDocument when the bytes agree with the type', () => {
    expect(checkMinutesFile('Protokoll 12.03.pdf', 'application/pdf', pdf)).toEqual({ ok: true, contentType: 'application/pdf', fileName: 'Protokoll 12.03.pdf' });
    expect(checkMinutesFile('r.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', zip).ok).toBe(true);
    expect(checkMinutesFile('r.odt', 'application/vnd.oasis.opendocument.text', zip).ok).toBe(true);
  });

  it('refuses other types, lying bytes, empty and too large files with Norwegian messages', () => {
    expect(checkMinutesFile('x.exe', 'application/octet-stream', pdf)).toEqual({ ok: false, message: 'Last opp referatet som PDF, Word (.docx) eller OpenDocument-tekst (.odt).' });
    expect(checkMinutesFile('x.pdf', 'application/pdf', zip).ok).toBe(false);
    expect(checkMinutesFile('x.pdf', 'application/pdf', new Uint8Array())).toEqual({ ok: false, message: 'Filen er tom.' });
    const big = new Uint8Array(8 * 1024 * 1024 + 1);
    big.set(pdf);
    expect(checkMinutesFile('x.pdf', 'application/pdf', big)).toEqual({ ok: false, message: 'Filen er for stor. Største tillatte størrelse er 8 MB.' });
    big.set(pdf);
    expect(checkMinutesFile('x.pdf', 'application/pdf', big.subarray(0, 8 * 1024 * 1024)).ok).toBe(true);
  });

  it('fits the largest file with its multipart framing within the request limit for route handlers', () => {
    // Otherwise the request guard (proxy.ts) would refuse a file the form says is allowed.
    expect(MINUTES_FILE_MAX_BYTES + MULTIPART_OVERHEAD_BYTES).toBeLessThanOrEqual(maxBodyBytes('/samarbeid/x/moter/y/referat', false));
  });

  it('cleans path separators and control characters out of the name', () => {
    expect(checkMinutesFile('../../etc/pass\u0000wd.pdf', 'application/pdf', pdf)).toMatchObject({ fileName: '....etcpasswd.pdf' });
  });
});

describe('downloadHeaders', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(downloadHeaders('Møte «styre» 2026.pdf', 'application/pdf', 10, 'private')).toMatchObject({
      'Content-Disposition': `attachment; filename="Mote _styre_ 2026.pdf"; filename*=UTF-8''M%C3%B8te%20%C2%ABstyre%C2%BB%202026.pdf`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

describe('checkMinutesFile in nynorsk and English', () => {
  const words = (locale: 'nn' | 'en') => {
    const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'moter.referatfil' });
    return (key: 'empty' | 'tooLarge' | 'wrongType', values?: { mb: number }) => (key === 'tooLarge' ? t('tooLarge', { mb: values?.mb ?? 0 }) : t(key));
  };
  it('refuses in the words it is given; bokmål by default as before', () => {
    expect(checkMinutesFile('r.pdf', 'application/pdf', new Uint8Array())).toEqual({ ok: false, message: 'Filen er tom.' });
    expect(checkMinutesFile('r.pdf', 'application/pdf', new Uint8Array(), words('nn'))).toEqual({ ok: false, message: 'Fila er tom.' });
    expect(checkMinutesFile('r.exe', 'application/x-msdownload', zip, words('en'))).toEqual({ ok: false, message: 'Upload the minutes as PDF, Word (.docx) or OpenDocument text (.odt).' });
    const big = new Uint8Array(MINUTES_FILE_MAX_BYTES + 1);
    expect(checkMinutesFile('r.pdf', 'application/pdf', big, words('en'))).toEqual({ ok: false, message: `The file is too large. The largest size allowed is ${MINUTES_FILE_MAX_BYTES / 1024 / 1024} MB.` });
    expect(checkMinutesFile('r.pdf', 'application/pdf', big)).toEqual({ ok: false, message: `Filen er for stor. Største tillatte størrelse er ${MINUTES_FILE_MAX_BYTES / 1024 / 1024} MB.` });
  });
});
