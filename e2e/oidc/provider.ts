// A real OpenID Connect provider for the e2e tests (oidc-provider, the certified Node
// implementation), on loopback, started by playwright.config.ts as a web server beside the app.
// It is not a mock: discovery, the authorization endpoint, PKCE, the token endpoint, signed ID
// tokens and userinfo are the library's own. Only the parts a real deployment supplies are
// written here: the accounts, the sign-in page and the storage.
// - Any e-mail address may sign in (no password): the tests choose who they are.
// - Every account's userinfo carries role and group claims that would make it an administrator
//   if Brobygger believed them (it must not).
// - Codes issued to EXPIRED_CODE_LOGIN are stored as already expired (as if the person had
//   taken longer than the code's lifetime), so the app meets the provider's own refusal.
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import Provider, { type Adapter, type AdapterPayload, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { EXPIRED_CODE_LOGIN, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, oidcIssuer, UNVERIFIED_PREFIX } from './config';

const appUrl = process.env.E2E_APP_URL;
if (!appUrl) throw new Error('E2E_APP_URL is not set (playwright.config.ts sets it)');
const issuer = oidcIssuer();

/** In-memory storage for one test run. */
class TestAdapter implements Adapter {
  private static readonly rows = new Map<string, AdapterPayload>();
  private static readonly uids = new Map<string, string>();
  constructor(private readonly model: string) {}
  private key(id: string) {
    return `${this.model}:${id}`;
  }
  async upsert(id: string, payload: AdapterPayload) {
    const expired = this.model === 'AuthorizationCode' && payload.accountId === EXPIRED_CODE_LOGIN;
    TestAdapter.rows.set(this.key(id), expired ? { ...payload, exp: payload.iat } : payload);
    if (payload.uid) TestAdapter.uids.set(payload.uid, id);
  }
  async find(id: string) {
    return TestAdapter.rows.get(this.key(id));
  }
  async findByUid(uid: string) {
    const id = TestAdapter.uids.get(uid);
    return id ? this.find(id) : undefined;
  }
  async findByUserCode() {
    return undefined;
  }
  async consume(id: string) {
    const row = TestAdapter.rows.get(this.key(id));
    if (row) row.consumed = Math.floor(Date.now() / 1000);
  }
  async destroy(id: string) {
    TestAdapter.rows.delete(this.key(id));
  }
  async revokeByGrantId(grantId: string) {
    for (const [key, row] of TestAdapter.rows) if (row.grantId === grantId) TestAdapter.rows.delete(key);
  }
}

const nameOf = (email: string) =>
  email
    .split('@')[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(' ');

const signingKey = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'e2e', alg: 'RS256', use: 'sig' };

const configuration: Configuration = {
  adapter: TestAdapter,
  clients: [
    {
      client_id: OIDC_CLIENT_ID,
      client_secret: OIDC_CLIENT_SECRET,
      redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [signingKey] },
  ttl: { AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  cookies: { keys: ['e2e-oidc-informasjonskapsel'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'roles', 'groups'] },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({
      sub: id,
      email: id,
      email_verified: !id.startsWith(UNVERIFIED_PREFIX),
      name: nameOf(id),
      roles: ['administrator', 'radmannsteam'],
      groups: ['Brobygger-administratorer'],
    }),
  }),
  // Every authorization request must carry a PKCE challenge (S256), not only public clients'.
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  // Brobygger is the provider's own first-party client: no consent screen.
  async loadExistingGrant(ctx: KoaContextWithOIDC) {
    const { client, session, provider } = ctx.oidc;
    const grantId = ctx.oidc.result?.consent?.grantId ?? session?.grantIdFor(client!.clientId);
    if (grantId) return provider.Grant.find(grantId);
    const grant = new provider.Grant({ clientId: client!.clientId, accountId: session!.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
};

const provider = new Provider(issuer, configuration);
// The token endpoint's refusals say only "grant request is invalid" to the client; the reason
// (expired, already used, PKCE mismatch) goes to the test run's log.
provider.on('grant.error', (_ctx, err) => console.log(`testleverandøren avviste: ${err.message} (${(err as { error_detail?: string }).error_detail ?? ''})`));

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Testleverandøren – logg inn</title></head>
<body><main><h1>Testleverandøren</h1>
<form method="post" action="/interaction/${escapeHtml(uid)}">
<label for="login">E-post hos leverandøren</label> <input id="login" name="login" type="email" required autofocus>
<button type="submit">Logg inn hos leverandøren</button>
</form></main></body></html>`;
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

const oidc = provider.callback();
const server = createServer(async (req, res) => {
  const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
  if (!match) return oidc(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== match[1]) throw new Error('interaction mismatch');
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(loginPage(details.uid));
    }
    const login = (await formBody(req)).get('login')?.trim().toLowerCase() ?? '';
    if (!login) throw new Error('no login');
    await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
  } catch (err) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Testleverandøren: ${(err as Error).message}`);
  }
});

server.listen(Number(new URL(issuer).port), '127.0.0.1', () => {
  console.log(`e2e OpenID Connect provider on ${issuer}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
