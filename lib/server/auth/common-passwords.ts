import 'server-only';
// The common-password check (NIST 800-63B "passwords obtained from previous breach corpuses"):
// the lists ship in the repository next to this file and are read once per process. A
// password is refused when it is on a list as it stands, or when its core word is: digits
// and symbols around it taken off, with or without l33t spelling ("P@ssw0rd2026!").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { coreWord, PASSWORD_MESSAGES, passwordProblem, unLeet } from '@/lib/pure/auth/password-policy';

const FILES = ['common-passwords.txt', 'common-passwords-nb.txt'];

let words: Set<string> | null = null;
function commonWords(): Set<string> {
  if (!words) {
    const dir = path.join(process.cwd(), 'lib', 'server', 'auth');
    words = new Set(
      FILES.flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#')),
    );
  }
  return words;
}

export function isCommonPassword(password: string): boolean {
  const list = commonWords();
  const lower = password.toLocaleLowerCase('nb');
  const core = coreWord(password);
  return [lower, unLeet(lower), core, unLeet(coreWord(unLeet(lower)))].some((candidate) => candidate.length >= 4 && list.has(candidate));
}

/** Every rule, the list included: what the server checks before storing a password. */
export function fullPasswordProblem(password: string, context: { email?: string | null; name?: string | null } = {}): string | null {
  return passwordProblem(password, context) ?? (isCommonPassword(password) ? PASSWORD_MESSAGES.common : null);
}
