// Password rules after NIST SP 800-63B: length over complexity (no "one digit and one capital"
// rules), a generous maximum, and refusal of passwords that are easy to guess: sequences and
// repetitions, the user's own name or address, and (server-side, lib/server/auth/common-passwords.ts)
// the most common passwords. No native code and no word list here: the forms share this file.
import { msg } from '@/lib/pure/validation/reference';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export const PASSWORD_MESSAGES = {
  tooShort: msg('passwordPolicyTooShort', { min: MIN_PASSWORD_LENGTH }),
  tooLong: msg('passwordPolicyTooLong', { max: MAX_PASSWORD_LENGTH }),
  predictable: msg('passwordPredictable'),
  personal: msg('passwordPersonal'),
  common: msg('passwordCommon'),
} as const;

/** Letters with digits and symbols taken off both ends: "Sommer2026!!" -> "sommer". */
export function coreWord(password: string): string {
  return password.toLocaleLowerCase('nb').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
/** "p@ssw0rd" -> "password". */
export function unLeet(value: string): string {
  return value.replace(/[013457@$!]/g, (c) => LEET[c] ?? c);
}

const RUNS = ['0123456789'.repeat(3), 'abcdefghijklmnopqrstuvwxyzæøå', 'qwertyuiopåasdfghjkløæzxcvbnm'];
/** A straight run of at least four, forwards or backwards: 123456789012, abcdefgh, qwertyui. */
function isSequence(value: string): boolean {
  if ([...value].length < 4) return false;
  return RUNS.some((run) => run.includes(value) || [...run].reverse().join('').includes(value));
}

/** Same character or same chunk over and over, or a straight run such as 123456789012. */
export function isPredictable(password: string): boolean {
  const lower = password.toLocaleLowerCase('nb');
  if (/^(.{1,6}?)\1+$/u.test(lower)) return true;
  if (new Set(lower).size <= 3) return true;
  const letters = lower.replace(/[^\p{L}]/gu, '');
  return isSequence(lower) || (letters.length >= 4 && /^(.+?)\1+$/u.test(letters)) || isSequence(lower.replace(/[^\p{L}\p{N}]/gu, ''));
}

/** True when little is left once the user's name, e-mail and the service name are taken out. */
export function isPersonal(password: string, context: { email?: string | null; name?: string | null }): boolean {
  const lower = password.toLocaleLowerCase('nb');
  const local = (context.email ?? '').toLocaleLowerCase('nb').split('@')[0] ?? '';
  const tokens = [local, ...local.split(/[._+-]/), ...(context.name ?? '').toLocaleLowerCase('nb').split(/\s+/), 'brobygger']
    .map((t) => t.trim())
    .filter((t) => t.length >= 3)
    .sort((a, b) => b.length - a.length);
  let rest = lower;
  for (const token of tokens) rest = rest.split(token).join('');
  if (rest === lower) return false;
  return rest.replace(/[^\p{L}]/gu, '').length < 4;
}

/** The first rule the password breaks (without the common-password list), or null. */
export function passwordProblem(password: string, context: { email?: string | null; name?: string | null } = {}): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return PASSWORD_MESSAGES.tooShort;
  if (length > MAX_PASSWORD_LENGTH) return PASSWORD_MESSAGES.tooLong;
  if (isPredictable(password)) return PASSWORD_MESSAGES.predictable;
  if (isPersonal(password, context)) return PASSWORD_MESSAGES.personal;
  return null;
}
