// Who the identity provider says the person is, reduced to what Brobygger uses: a subject, a
// verified e-mail address and a display name. Nothing else in the claims is read. Role,
// group or any other claims the provider sends are dropped here, so they cannot reach the
// roles, which are granted only inside Brobygger.
//
// "Verified" per provider:
// - generic OpenID Connect: the standard `email_verified` claim is true;
// - Entra ID: `email_verified` is true, or `xms_edov` is true (Microsoft's optional claim
//   "email domain owner verified": the address is in a domain the user's own tenant has
//   verified). Entra does not send `email_verified` by itself and its `email` claim can be
//   set freely on some accounts (guests, unverified domains), so an address without either
//   claim is never trusted; the administrator adds `xms_edov` to the ID token in the app
//   registration (README).
import { hasForbiddenChars } from '@/lib/pure/security/control-chars';
import { z } from '@/lib/pure/validation/zod';
import type { SsoProviderId } from '@/lib/server/auth/sso-config';

const truthy = z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => v === true || v === 'true');

const claimsSchema = z.object({
  sub: z.string().min(1).max(255),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()).optional().catch(undefined),
  email_verified: truthy.optional().catch(undefined),
  xms_edov: truthy.optional().catch(undefined),
  name: z.string().optional().catch(undefined),
});

export type SsoIdentity =
  | { ok: true; subject: string; email: string; name: string | null }
  /** `claimedEmail`: the unverified address, for the audit log only. */
  | { ok: false; reason: 'no_email' | 'unverified' | 'invalid'; claimedEmail: string | null };

/** The name as a user would type it: control characters and runs of spaces removed, at most 200 characters. */
function cleanName(name: string | undefined): string | null {
  if (!name) return null;
  const clean = [...name].filter((ch) => !hasForbiddenChars(ch)).join('').replace(/\s+/g, ' ').trim().slice(0, 200);
  return clean || null;
}

export function ssoIdentity(provider: SsoProviderId, claims: unknown): SsoIdentity {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return { ok: false, reason: 'invalid', claimedEmail: null };
  const c = parsed.data;
  if (!c.email) return { ok: false, reason: 'no_email', claimedEmail: null };
  const verified = c.email_verified === true || (provider === 'entra' && c.xms_edov === true);
  if (!verified) return { ok: false, reason: 'unverified', claimedEmail: c.email };
  return { ok: true, subject: c.sub, email: c.email, name: cleanName(c.name) };
}
