import 'server-only';
// next-auth providers for the configured identity providers (sso-config.ts). Both use the
// authorization code flow with PKCE (S256), state and nonce, all generated, stored in
// short-lived signed cookies and checked by next-auth and openid-client; the ID token's
// signature, issuer, audience and expiry are checked against the provider's published keys.
// The profile handed on carries only the subject, name and e-mail; the sign-in callback reads
// the raw claims through sso-identity.ts. No token is kept: the session is Brobygger's own.
import type { OAuthConfig } from 'next-auth/providers/oauth';
import type { SsoConfig } from './sso-config';

type Claims = Record<string, unknown> & { sub: string };

const CHECKS: ('pkce' | 'state' | 'nonce')[] = ['pkce', 'state', 'nonce'];
// openid-client's default of 3.5 s is short for a busy identity provider; a hanging one still
// ends the attempt well before a user gives up.
const HTTP = { timeout: 10_000 };

const profile = (claims: Claims) => ({
  id: claims.sub,
  name: typeof claims.name === 'string' ? claims.name : null,
  email: typeof claims.email === 'string' ? claims.email : null,
});

export function ssoProvider(config: SsoConfig): OAuthConfig<Claims> {
  if (config.id === 'entra') {
    return {
      id: 'entra',
      name: config.label,
      type: 'oauth',
      // The tenant's own v2.0 endpoint: its issuer is the tenant, so tokens from any other
      // tenant fail the issuer check.
      wellKnown: `https://login.microsoftonline.com/${encodeURIComponent(config.tenantId)}/v2.0/.well-known/openid-configuration`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      authorization: { params: { scope: 'openid profile email' } },
      // Entra puts e-mail, name and xms_edov in the ID token; its userinfo endpoint has less.
      idToken: true,
      checks: CHECKS,
      httpOptions: HTTP,
      profile,
    };
  }
  return {
    id: 'oidc',
    name: config.label,
    type: 'oauth',
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: CHECKS,
    httpOptions: HTTP,
    // A conforming provider puts e-mail and name in the userinfo response, not in the ID token
    // of the code flow. The ID token has been validated by then (idToken: true); a userinfo
    // answer about another subject than the ID token's is refused (OpenID Connect Core 5.3.2).
    userinfo: {
      async request({ tokens, client }) {
        // next-auth passes openid-client's TokenSet; its type declares only the plain fields.
        const idClaims = (tokens as unknown as { claims(): Claims }).claims();
        const info = (await client.userinfo(String(tokens.access_token ?? ''))) as Claims;
        if (info.sub !== idClaims.sub) throw new Error('userinfo: another subject than the ID token');
        return { ...idClaims, ...info, sub: idClaims.sub };
      },
    },
    profile,
  };
}
