import { describe, expect, it } from 'vitest';
import { authLogger } from './auth-logger';

describe('the sign-in logger', () => {
  const lines: string[] = [];
  const logger = authLogger({ error: (l: string) => void lines.push(l), warn: (l: string) => void lines.push(l) });
  const SECRETS = ['eyJhbGciOiJSUzI1NiJ9.access', 'id-token-hemmelig', 'refresh-hemmelig', 'kode-hemmelig', 'klient-hemmelig'];

  it('prints the code, the provider and the error message, and none of the tokens, profiles or secrets next-auth passes it', () => {
    const tokens = { access_token: SECRETS[0], id_token: SECRETS[1], refresh_token: SECRETS[2] };
    logger.error!('OAUTH_CALLBACK_ERROR', { error: new Error('state mismatch'), providerId: 'oidc', ...tokens } as never);
    logger.error!('OAUTH_CALLBACK_HANDLER_ERROR', { error: new Error('invalid_grant'), error_description: 'x', body: { code: SECRETS[3], client_secret: SECRETS[4] } } as never);
    logger.error!('OAUTH_PARSE_PROFILE_ERROR', { error: new TypeError('no id'), OAuthProfile: { email: 'kari@example.no' } } as never);
    logger.error!('SIGNIN_OAUTH_ERROR', new Error('fetch failed') as never);
    logger.error!('OAUTH_CALLBACK_ERROR', { error: new Error('state mismatch, expected 3DvgpV-06DKUkGs1kxHJdUV6t_04_UHrrbagnxG2Rw0, got: forfalsket'), providerId: 'oidc' } as never);
    logger.error!('OAUTH_CALLBACK_ERROR', { error: new Error(`unexpected token ${SECRETS[0]}.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig`), providerId: 'entra' } as never);
    logger.debug!('OAUTH_CALLBACK_RESPONSE', { account: tokens } as never);
    expect(lines).toEqual([
      '[innlogging] OAUTH_CALLBACK_ERROR (leverandør oidc, Error: state mismatch)',
      '[innlogging] OAUTH_CALLBACK_HANDLER_ERROR (Error: invalid_grant)',
      '[innlogging] OAUTH_PARSE_PROFILE_ERROR (TypeError: no id)',
      '[innlogging] SIGNIN_OAUTH_ERROR (Error: fetch failed)',
      '[innlogging] OAUTH_CALLBACK_ERROR (leverandør oidc, Error: state mismatch, expected […], got: forfalsket)',
      '[innlogging] OAUTH_CALLBACK_ERROR (leverandør entra, Error: unexpected token […])',
    ]);
    for (const secret of [...SECRETS, 'kari@example.no']) expect(lines.join('\n')).not.toContain(secret);
  });
});
