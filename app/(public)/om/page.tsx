import type { Metadata } from 'next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';

export const metadata: Metadata = { title: 'Om Brobygger' };

const FAMILIES = [
  ['Innramming', 'Rammene samarbeidet lever innenfor: avtale eller vedtekter, budsjett, planer, årsmelding og eierstrategi.'],
  ['Design', 'Hvordan samarbeidet er bygd: organisasjonsform, hvem som deltar, hvem som leder, og hvilket mandat lederen har.'],
  ['Støtte', 'Det kommunene stiller med underveis: sponsorer, praktisk hjelp og et minimum av finansiering.'],
  ['Deltakelse', 'Der kommunene selv er med: representanter i styrende organer, informasjonsmøter og uformell kontakt.'],
];

export default function AboutPage() {
  return (
    <article className="mx-auto max-w-3xl">
      <Heading level={1} data-size="lg">
        Om Brobygger
      </Heading>
      <Paragraph className="mt-4">
        Norske kommuner deltar typisk i 30 til 50 interkommunale samarbeid. Forskningen viser at rammene ofte får
        mye oppmerksomhet når samarbeidet blir til, og lite etterpå. Brobygger er laget for at styringen skal fortsette
        også etter oppstarten.
      </Paragraph>
      <Heading level={2} data-size="sm" className="mt-8">
        Fire typer styringsvirkemidler
      </Heading>
      <Paragraph className="mt-2">
        Brobygger bygger på forskningens inndeling av kommunenes virkemidler i fire familier – fra indirekte til direkte,
        og fra lav til høy involvering:
      </Paragraph>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2">
        {FAMILIES.map(([term, text]) => (
          <div key={term} className="bb-panel">
            <dt className="font-semibold">{term}</dt>
            <dd className="mt-1">{text}</dd>
          </div>
        ))}
      </dl>
      <Heading level={2} data-size="sm" className="mt-8">
        Tre krav til legitimitet
      </Heading>
      <Paragraph className="mt-2">
        Et samarbeid er i balanse først når det er demokratisk forankret (input), åpent og etterprøvbart (throughput)
        og leverer resultater (output). Brobygger viser alle tre, både målt fra registrerte data og slik deltakerne
        opplever dem.
      </Paragraph>
      <Heading level={2} data-size="sm" className="mt-8">
        Kunnskapsgrunnlag
      </Heading>
      <Paragraph className="mt-2">
        IRIS/KS (2013) om styring og ledelse i kommunale nettverk og partnerskap; NORCE (2023) om storbyenes rolle i
        generalistkommunesystemet; NIVI (2017) om omfanget av interkommunalt samarbeid; kommuneloven 2018 kapittel
        17–20 og departementets veileder om interkommunalt samarbeid.
      </Paragraph>
    </article>
  );
}
