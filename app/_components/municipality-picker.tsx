'use client';
// A searchable municipality picker: Designsystemet's Suggestion, an accessible combobox
// (arrow keys move through the hits, Enter chooses, Escape closes, and the number of hits is
// announced to screen readers), over the official list. It finds a municipality by either
// official name («Karasjok» finds Kárášjohka – Karasjok) or by its number («1103»).
import { useCallback, useMemo, type Ref } from 'react';
import { EXPERIMENTAL_Suggestion as Suggestion, Field, Label, ValidationMessage, type SuggestionItem } from '@digdir/designsystemet-react';
import { matchesMunicipality, municipalityLabel, sortMunicipalities, type SearchableMunicipality } from '@/lib/pure/domain/municipality-search';
import { useSharedWords } from './language/shared-words';
import { langAttr } from './language/lang-attr';

export type MunicipalityChoice = SearchableMunicipality;

export interface MunicipalityPickerProps {
  label: string;
  description?: string;
  error?: string;
  municipalities: readonly MunicipalityChoice[];
  /** The chosen kommunenummer, or '' for none. */
  value: string;
  onChange: (kommunenummer: string) => void;
  /** Numbers not to offer, such as members already added. */
  exclude?: readonly string[];
  disabled?: boolean;
  id?: string;
  /** The text input, so a form can move focus back to it (after «Legg til», say). */
  inputRef?: Ref<HTMLInputElement>;
}

type FilterArgs = { value: string; input: HTMLInputElement };

/** Its bokmål words (skjema in nb.json), when no page language is provided. */
export const MUNICIPALITY_PICKER_WORDS = {
  hitsOne: '%d treff',
  hitsOther: '%d treff',
  clear: 'Tøm feltet',
  municipalityPlaceholder: 'Skriv navn eller kommunenummer',
  municipalityNone: 'Ingen kommune passer. Prøv det andre navnet eller kommunenummeret.',
  countyMunicipality: 'fylkeskommune',
};

export function MunicipalityPicker({ label, description, error, municipalities, value, onChange, exclude, disabled, id, inputRef }: MunicipalityPickerProps) {
  const shared = useSharedWords('skjema', MUNICIPALITY_PICKER_WORDS);
  const words = shared.words;
  const lang = langAttr(shared.lang);
  const byNumber = useMemo(() => new Map(municipalities.map((m) => [m.kommunenummer, m])), [municipalities]);
  const options = useMemo(() => {
    const skip = new Set(exclude ?? []);
    return sortMunicipalities(municipalities.filter((m) => !skip.has(m.kommunenummer) || m.kommunenummer === value));
  }, [municipalities, exclude, value]);
  const chosen = byNumber.get(value);
  const selected: SuggestionItem | null = chosen ? { value: chosen.kommunenummer, label: municipalityLabel(chosen) } : null;
  const filter = useCallback(({ value: number, input }: FilterArgs) => {
    const m = byNumber.get(number);
    return m ? matchesMunicipality(m, input.value) : false;
  }, [byNumber]);

  return (
    <Field>
      <Label>{label}</Label>
      {description ? (
        <Field.Description className="text-sm">{description}</Field.Description>
      ) : null}
      <Suggestion
        id={id}
        filter={filter}
        selected={selected}
        onSelectedChange={(item) => onChange(item?.value ?? '')}
        data-sr-singular={words.hitsOne}
        data-sr-plural={words.hitsOther}
      >
        <Suggestion.Input ref={inputRef} aria-invalid={error ? true : undefined} disabled={disabled} placeholder={words.municipalityPlaceholder} />
        <Suggestion.Clear type="button" aria-label={words.clear} lang={lang} />
        <Suggestion.List>
          <Suggestion.Empty lang={lang}>{words.municipalityNone}</Suggestion.Empty>
          {options.map((m) => (
            <Suggestion.Option key={m.kommunenummer} value={m.kommunenummer} label={municipalityLabel(m)}>
              {municipalityLabel(m)}
              <span className="bb-muted block text-sm">
                {m.kommunenummer} · {m.kind !== 'fylkeskommune' ? m.countyName : lang ? <span lang={lang}>{words.countyMunicipality}</span> : words.countyMunicipality}
              </span>
            </Suggestion.Option>
          ))}
        </Suggestion.List>
      </Suggestion>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
