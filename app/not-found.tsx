import Link from 'next/link';
import { Heading, Paragraph } from '@digdir/designsystemet-react';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl py-12">
      <p className="bb-muted font-semibold">Feilkode 404</p>
      <Heading level={1} data-size="lg" className="mt-2">
        Vi fant ikke siden
      </Heading>
      <Paragraph className="mt-4">
        Siden du lette etter finnes ikke, eller den er flyttet. Sjekk at adressen er riktig skrevet.
      </Paragraph>
      <Paragraph className="mt-4">
        <Link href="/">Gå til forsiden</Link>
      </Paragraph>
    </div>
  );
}
