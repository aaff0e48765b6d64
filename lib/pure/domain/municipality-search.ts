// Finding a municipality the way people name it: by either official name (Sami, Kven or
// Norwegian: «Kárášjohka – Karasjok»), with or without the letters á, š, ø …, or by its
// number. Used by the searchable municipality picker; pure, so it is tested here.

export interface SearchableMunicipality {
  kommunenummer: string;
  name: string;
  /** The other official name form (Sami or Kven), when the municipality has one. */
  otherName?: string | null;
  countyName: string;
  kind?: string | null;
}

/** «Kárášjohka – Karasjok»: both official names, as /innsyn shows them. */
export function municipalityLabel(m: Pick<SearchableMunicipality, 'name' | 'otherName'>): string {
  return m.otherName ? `${m.name} – ${m.otherName}` : m.name;
}

/**
 * Lower case without diacritics, so «karasjohka» finds «Kárášjohka» and «unjarga» finds
 * «Unjárga». Æ, ø and å are letters of their own in Norwegian and are kept; only «aa» is
 * read as «å» (Aarborte is also written Årborte).
 */
export function normaliseSearch(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .replace(/å/g, '\u0000')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/\u0000/g, 'å')
    .replace(/aa/g, 'å')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words a municipality can be found by, already normalised. */
export function searchKeys(m: SearchableMunicipality): string[] {
  return [m.name, m.otherName ?? '', m.kommunenummer].filter(Boolean).map(normaliseSearch);
}

/**
 * Whether a municipality matches what the user typed: digits match the start of the number
 * («11» finds every municipality in Rogaland, «1103» Stavanger); letters match anywhere in
 * either official name, so «Karasjok», «kárášjohka» and «jok» all find Kárášjohka – Karasjok.
 */
export function matchesMunicipality(m: SearchableMunicipality, query: string): boolean {
  const q = normaliseSearch(query);
  if (!q) return true;
  if (/^\d+$/.test(q)) return m.kommunenummer.startsWith(q);
  return searchKeys(m).some((key) => key.includes(q));
}

/** The picker's order: by name as Norwegians sort it (æ, ø, å last), then by number. */
export function sortMunicipalities<T extends SearchableMunicipality>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name, 'nb') || a.kommunenummer.localeCompare(b.kommunenummer));
}
