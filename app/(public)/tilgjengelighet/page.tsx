import type { Metadata } from 'next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';

export const metadata: Metadata = { title: 'Tilgjengelighetserklæring' };

export default function AccessibilityPage() {
  return (
    <article className="mx-auto max-w-3xl">
      <Heading level={1} data-size="lg">
        Tilgjengelighetserklæring
      </Heading>
      <Paragraph className="mt-4">
        Brobygger skal kunne brukes av alle. Løsningen er laget for å oppfylle kravene i forskrift om universell
        utforming av IKT-løsninger, som viser til WCAG 2.1 nivå AA.
      </Paragraph>
      <Heading level={2} data-size="sm" className="mt-8">
        Slik tester vi
      </Heading>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>Hver side sjekkes automatisk med axe-core for hver endring i koden, innlogget i hver rolle.</li>
        <li>Skjemaene testes med tastatur alene.</li>
        <li>Komponentene kommer fra Designsystemet, felles designsystem for offentlig sektor.</li>
      </ul>
      <Heading level={2} data-size="sm" className="mt-8">
        Kjente begrensninger
      </Heading>
      <Paragraph className="mt-2">
        Automatiske tester fanger ikke alle feil. Finner du noe som ikke fungerer, vil vi gjerne vite det.
      </Paragraph>
      <Heading level={2} data-size="sm" className="mt-8">
        Gi tilbakemelding
      </Heading>
      <Paragraph className="mt-2">
        Kontakt kommunen som driver løsningen. Får du ikke svar, kan du melde fra til Tilsynet for universell
        utforming av IKT på <a href="https://www.uutilsynet.no/">uutilsynet.no</a>.
      </Paragraph>
    </article>
  );
}
