import 'server-only';
// Password hashing: argon2id with OWASP's recommended parameters (the library default:
// m=19 MiB, t=2, p=1), via a prebuilt native binary.
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random string: verifying against it when the user does not exist makes
// a failed sign-in take as long as for a real account, so timing reveals nothing.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$4mGZF5DnYnm5s4y27WWiVw$b2Ta9p2i5tVxFb8l9hM8ZJl3JuNnKoSrKs4/6wJDHQ4';

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return passwordHash !== null && ok;
  } catch {
    return false;
  }
}

export { MIN_PASSWORD_LENGTH } from '@/lib/pure/auth/password-policy';
