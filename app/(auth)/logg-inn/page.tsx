import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { currentUser } from '@/lib/server/auth/session';
import { ssoButtons } from '@/lib/server/auth/sso-config';
import { isSsoError, safeCallbackUrl, signInErrorMessage } from '@/lib/pure/validation/sign-in';
import { SignInForm } from './_components/sign-in-form';
import { SsoButtons } from './_components/sso-buttons';

export const metadata: Metadata = { title: 'Logg inn' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const sso = ssoButtons();
  const ssoError = isSsoError(params.error) ? signInErrorMessage(params.error) : null;
  return (
    <div className="mx-auto grid max-w-5xl items-start gap-10 md:grid-cols-[1fr_26rem]">
      <section className="hidden md:block">
        <Heading level={1} data-size="lg">
          Velkommen til Brobygger
        </Heading>
        <Paragraph className="mt-4">
          Brobygger hjelper rådmannsteam, politikere og ledere å holde interkommunale samarbeid forankret i
          medlemskommunene – fra etablering, gjennom oppfølging, til evaluering.
        </Paragraph>
        <ul className="mt-6 space-y-3">
          {[
            ['Etablere', 'Gå gjennom innramming, design, støtte og deltakelse før medlemmene vedtar samarbeidet.'],
            ['Følge opp', 'Forankringspunkter, informasjonsplan og sponsorer – ikke bare ved oppstart.'],
            ['Evaluere', 'Legitimitet i tre dimensjoner, og en tydelig beslutning: videreføre, endre eller avvikle.'],
          ].map(([title, text]) => (
            <li key={title} className="bb-panel">
              <strong>{title}.</strong> {text}
            </li>
          ))}
        </ul>
      </section>
      <section className="bb-panel" aria-labelledby="logg-inn-tittel">
        <Heading level={2} id="logg-inn-tittel" data-size="md">
          Logg inn
        </Heading>
        {params.utlogget ? (
          <Alert data-color="success" className="mt-4">
            {params.utlogget === 'alle' ? 'Du er logget ut på alle enheter.' : 'Du er logget ut.'}
          </Alert>
        ) : null}
        {params.passord === 'valgt' ? (
          <Alert data-color="success" className="mt-4">
            Passordet er lagret. Logg inn med det nye passordet.
          </Alert>
        ) : null}
        {ssoError ? (
          <Alert data-color="danger" className="mt-4" data-testid="sso-feil">
            {ssoError}
          </Alert>
        ) : null}
        {sso.length > 0 ? (
          <>
            <Paragraph data-size="sm" className="mt-4">
              Bruker kommunen din felles innlogging, logger du inn med den samme brukeren som på jobb.
            </Paragraph>
            <SsoButtons providers={sso} callbackUrl={callbackUrl} />
            <p className="bb-muted mt-6 flex items-center gap-3 text-sm" aria-hidden="true">
              <span className="h-px flex-1 bg-current opacity-40" />
              eller
              <span className="h-px flex-1 bg-current opacity-40" />
            </p>
            <Heading level={3} data-size="2xs" className="mt-2">
              Med e-post og passord
            </Heading>
          </>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} initialError={ssoError ? null : signInErrorMessage(params.error)} />
        <Paragraph data-size="sm" className="mt-4">
          <Link href="/glemt-passord">Glemt passordet?</Link>
        </Paragraph>
        <Paragraph data-size="sm" className="bb-muted mt-4">
          Har du ikke bruker? Kontakt systemforvalteren i kommunen din. Innbyggere trenger ikke å logge inn for å se
          offentlig informasjon om samarbeidene.
        </Paragraph>
      </section>
    </div>
  );
}
