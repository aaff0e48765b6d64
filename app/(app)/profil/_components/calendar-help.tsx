// How to subscribe in Outlook and Google Calendar (bokmål; menu names as the Norwegian apps show them).
import { Details, DetailsContent, DetailsSummary } from '@digdir/designsystemet-react';

export function CalendarHelp() {
  return (
    <div>
      <Details>
        <DetailsSummary>Slik legger du kalenderen inn i Outlook</DetailsSummary>
        <DetailsContent>
          <p className="font-semibold">Outlook på nett og nye Outlook</p>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            <li>Kopier kalenderadressen over.</li>
            <li>Åpne Kalender i Outlook og velg «Legg til kalender».</li>
            <li>Velg «Abonner fra nettet», og lim inn adressen.</li>
            <li>Gi kalenderen et navn, for eksempel «Brobygger», og velg «Importer».</li>
          </ol>
          <p className="mt-4 font-semibold">Klassisk Outlook for Windows</p>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            <li>Gå til kalenderen, og velg «Legg til kalender» (eller «Åpne kalender») og så «Fra Internett».</li>
            <li>Lim inn adressen, velg «OK» og svar «Ja» på spørsmålet om å abonnere.</li>
          </ol>
          <p className="bb-muted mt-4 text-sm">Outlook henter endringer av seg selv, som regel noen ganger i døgnet.</p>
        </DetailsContent>
      </Details>
      <Details>
        <DetailsSummary>Slik legger du kalenderen inn i Google Kalender</DetailsSummary>
        <DetailsContent>
          <ol className="list-decimal space-y-1 pl-6">
            <li>Kopier kalenderadressen over.</li>
            <li>Åpne Google Kalender i en nettleser på en datamaskin. Det går ikke fra mobilappen.</li>
            <li>Til venstre, ved «Andre kalendere», velger du «+» og så «Fra nettadresse».</li>
            <li>Lim inn adressen og velg «Legg til kalender».</li>
          </ol>
          <p className="bb-muted mt-4 text-sm">
            Kalenderen dukker deretter opp i Google Kalender på mobilen også. Google henter endringer sjelden; det kan ta opptil et døgn før de
            vises.
          </p>
        </DetailsContent>
      </Details>
      <Details>
        <DetailsSummary>iPhone, iPad og Mac</DetailsSummary>
        <DetailsContent>
          <p>
            Velg «Åpne i kalenderprogrammet» over og bekreft abonnementet. Eller legg adressen inn selv: på iPhone og iPad under Innstillinger →
            Kalender → Kontoer → Legg til konto → Annet → «Legg til abonnert kalender».
          </p>
        </DetailsContent>
      </Details>
    </div>
  );
}
