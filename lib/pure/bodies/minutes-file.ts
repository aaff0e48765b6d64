// An uploaded minutes file: accepted only as PDF, Word (.docx) or OpenDocument text, at most
// MINUTES_FILE_MAX_BYTES, and only when the bytes agree with the declared type (a renamed
// executable is refused). Also the download headers, with a file name any browser accepts.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { MINUTES_FILE_MAX_BYTES, MINUTES_FILE_TYPES } from '@/lib/pure/validation/bodies';

/** The refusals' words (catalogue `moter.referatfil`); bokmål unless the caller passes its own. */
export type MinutesFileWords = (key: 'empty' | 'tooLarge' | 'wrongType', values?: { mb: number }) => string;
const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'moter.referatfil' });
const BOKMAAL_WORDS: MinutesFileWords = (key, values) => (key === 'tooLarge' ? bokmaal('tooLarge', { mb: values?.mb ?? 0 }) : bokmaal(key));

export type MinutesFileCheck = { ok: true; contentType: keyof typeof MINUTES_FILE_TYPES; fileName: string } | { ok: false; message: string };

const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK.. (docx and odt are zip containers)

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

export function checkMinutesFile(name: string, declaredType: string, bytes: Uint8Array, t: MinutesFileWords = BOKMAAL_WORDS): MinutesFileCheck {
  if (bytes.byteLength === 0) return { ok: false, message: t('empty') };
  if (bytes.byteLength > MINUTES_FILE_MAX_BYTES) return { ok: false, message: t('tooLarge', { mb: MINUTES_FILE_MAX_BYTES / 1024 / 1024 }) };
  const type = declaredType in MINUTES_FILE_TYPES ? (declaredType as keyof typeof MINUTES_FILE_TYPES) : null;
  const bytesAgree = type === 'application/pdf' ? startsWith(bytes, PDF) : type !== null && startsWith(bytes, ZIP);
  if (!type || !bytesAgree) return { ok: false, message: t('wrongType') };
  const fileName = name.replace(/[\\/\u0000-\u001f]/g, '').trim().slice(0, 200) || 'referat';
  return { ok: true, contentType: type, fileName };
}

/** Content-Disposition for a download: an ASCII fallback and the real name (RFC 6266 / 5987). */
export function downloadHeaders(fileName: string, contentType: string, size: number, cache: 'private' | 'public'): HeadersInit {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'Content-Length': String(size),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': cache === 'public' ? 'public, max-age=300' : 'private, no-store',
  };
}
