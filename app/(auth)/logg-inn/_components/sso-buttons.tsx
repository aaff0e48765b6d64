'use client';
// The identity providers the environment configures (lib/server/auth/sso-config.ts), one button each
// («Fortsett med …»: the password form's button alone is named «Logg inn»). The page words
// each button in the request's language.
// next-auth starts the flow: it makes the state, nonce and PKCE verifier and sends the browser on.
import { useState } from 'react';
import { Button } from '@digdir/designsystemet-react';

export function SsoButtons({ providers, callbackUrl }: { providers: { id: string; text: string }[]; callbackUrl: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  return (
    <div className="mt-6 flex flex-col gap-3">
      {providers.map((p) => (
        <Button
          key={p.id}
          type="button"
          variant="primary"
          loading={busy === p.id}
          disabled={busy !== null}
          onClick={() => {
            setBusy(p.id);
            void import('next-auth/react').then(({ signIn }) => signIn(p.id, { callbackUrl })); // loaded on use
          }}
        >
          {p.text}
        </Button>
      ))}
    </div>
  );
}
