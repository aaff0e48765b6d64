import 'server-only';
// next-auth's logger, reduced to what an operator needs: the event code and the error's own
// name and message. next-auth hands its logger whole objects (the callback's account, the
// provider's profile, and in debug mode the tokens themselves); none of them is printed, so
// an access, ID or refresh token, a code or a client secret never reaches the server log. An
// error message that quotes one (openid-client quotes the state it expected) has every long
// run of token characters blanked out as well.
import type { LoggerInstance } from 'next-auth';

type Sink = Pick<Console, 'error' | 'warn'>;

function describe(metadata: unknown): string {
  const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | null)?.error;
  const provider = (metadata as { providerId?: unknown } | null)?.providerId;
  const parts: string[] = [];
  if (typeof provider === 'string') parts.push(`leverandør ${provider}`);
  if (error instanceof Error) parts.push(`${error.name}: ${error.message}`);
  else if (typeof error === 'string') parts.push(error);
  return parts
    .join(', ')
    .replace(/[\w.~+/=-]{20,}/g, '[…]')
    .replace(/\s+/g, ' ')
    .slice(0, 300);
}

export function authLogger(sink: Sink = console): Partial<LoggerInstance> {
  return {
    error(code, metadata) {
      const detail = describe(metadata);
      sink.error(`[innlogging] ${code}${detail ? ` (${detail})` : ''}`);
    },
    warn(code) {
      sink.warn(`[innlogging] ${code}`);
    },
    // Debug output is where next-auth prints tokens and profiles: never.
    debug() {},
  };
}
