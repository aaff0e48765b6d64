'use client';
// The words of the shared client components (save bar, conflict notice, removable rows,
// pickers, confirmation dialog, section rules, table hint, sign-out button) in the page's
// language. Many pages render these components and cannot all hand them words, so the root
// layout provides them once (./shared-words-of.ts picks them from the catalogue; a bokmål page
// sends none). Without a provider (unit tests, a bokmål page) the components speak bokmål.
// No next-intl and no catalogue here: this module is in every page's JavaScript.
import { createContext, useContext } from 'react';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';

export interface SharedWords {
  /** The language of these words, for a lang attribute where the page around may say otherwise. */
  lang: Locale;
  skjema: Messages['skjema'];
  fase: Messages['fase']['klient'];
  felles: Messages['felleskomponent']['klient'];
}

/** The bokmål words, as in lib/pure/i18n/messages/nb.json (shared-words.test.tsx checks). */
export const BOKMAAL_SHARED_WORDS: SharedWords = {
  lang: 'nb',
  skjema: {
    save: 'Lagre',
    unsaved: 'Du har endringer som ikke er lagret.',
    conflictHeading: 'Noen andre har lagret endringer',
    conflictChanged: 'Dette ble endret etter at du åpnet siden:',
    conflictChanges: 'Endringer gjort av andre',
    keepMine: 'Behold endringene mine og ta inn de nye',
    takeTheirs: 'Forkast endringene mine',
    keepMineHelp: '«Behold endringene mine» fyller inn de nye verdiene der du ikke har skrevet noe selv. Se over skjemaet og lagre igjen.',
    nothingChanged: 'Ingen endringer å lagre.',
    keptMine: 'Skjemaet viser nå de nyeste verdiene, med endringene dine der du har skrevet noe. Se over og lagre igjen.',
    tookTheirs: 'Skjemaet viser nå de nyeste verdiene. Endringene dine er forkastet.',
    fixFields: 'Noen av feltene må rettes før du kan lagre. Se meldingene ved feltene.',
    cancel: 'Avbryt',
    cancelClose: 'Avbryt og lukk vinduet',
    remove: 'Fjern',
    removeNamed: 'Fjern {title}',
    hitsOne: '%d treff',
    hitsOther: '%d treff',
    clear: 'Tøm feltet',
    municipalityPlaceholder: 'Skriv navn eller kommunenummer',
    municipalityNone: 'Ingen kommune passer. Prøv det andre navnet eller kommunenummeret.',
    countyMunicipality: 'fylkeskommune',
    cooperationHint: 'Søk på en del av navnet.',
    cooperationPlaceholder: 'Skriv navnet på samarbeidet',
    cooperationMin: 'Skriv minst {min} tegn av navnet.',
    searchFailed: 'Søket feilet. Prøv igjen.',
    searching: 'Søker …',
    cooperationNone: 'Ingen samarbeid har dette i navnet.',
    moreMembers: '{members} og {count} til',
  },
  fase: {
    ruleDrift: 'Kan endres i drift',
    ruleVedtak: 'Krever vedtak i deltakerne',
    completeHere: 'Fullfør her: {missing}.',
    completionHelp: 'Det som mangler, kan fylles ut nå. Det som allerede er registrert, endres eller fjernes bare etter vedtak i deltakerne.',
    proposalEndringsforslag: 'Foreslå endringen som en redesign fra oversikten. Den utredes og sendes til vedtak i deltakerne.',
    proposalBeslutning: 'Ta endringen med i beslutningen etter evalueringen: velger deltakerne redesign, kan den utredes og vedtas der.',
    proposalIngen: 'Samarbeidet avvikles, og avtalen endres ikke lenger.',
    proposeChange: 'Foreslå en endring',
  },
  felles: {
    signOut: 'Logg ut',
    tableHint: 'Tabellen er bredere enn skjermen: rull sideveis for å se resten →',
    table: 'Tabell',
    tableScrollable: 'kan rulles sideveis',
  },
};

const SharedWordsContext = createContext<SharedWords>(BOKMAAL_SHARED_WORDS);

/** Gives the shared client components their words; without `words` they stay bokmål. */
export function SharedWordsProvider({ words, children }: { words?: SharedWords | null; children: React.ReactNode }) {
  return <SharedWordsContext.Provider value={words ?? BOKMAAL_SHARED_WORDS}>{children}</SharedWordsContext.Provider>;
}

/** The shared components' words in the page's language (bokmål without a provider). */
export function useSharedWords(): SharedWords {
  return useContext(SharedWordsContext);
}

/** A word with its {placeholders} filled in (the client has no ICU formatter). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
