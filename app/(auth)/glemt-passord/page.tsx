import type { Metadata } from 'next';
import Link from 'next/link';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { ResetRequestForm } from './_components/reset-request-form';

export const metadata: Metadata = { title: 'Glemt passord' };

export default function ForgotPasswordPage() {
  return (
    <section className="bb-panel mx-auto max-w-lg" aria-labelledby="glemt-tittel">
      <Heading level={1} id="glemt-tittel" data-size="md">
        Glemt passordet?
      </Heading>
      <Paragraph className="mt-3">
        Skriv e-postadressen du logger inn med. Du får en lenke der du kan velge nytt passord. Lenken virker i én time og kan brukes én gang.
      </Paragraph>
      <ResetRequestForm />
      <Paragraph data-size="sm" className="mt-6">
        <Link href="/logg-inn">Tilbake til innlogging</Link>
      </Paragraph>
    </section>
  );
}
