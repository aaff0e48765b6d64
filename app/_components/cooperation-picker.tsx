'use client';
// A cooperation picker that searches on the server: Designsystemet's Suggestion (an accessible
// combobox: arrow keys, Enter, Escape, the number of hits announced) whose options are the
// hits of /api/samarbeid/sok for what has been typed. The country has too many cooperations to
// send them all to the browser as a list.
import { useEffect, useRef, useState } from 'react';
import { EXPERIMENTAL_Suggestion as Suggestion, Field, Label, ValidationMessage, type SuggestionItem } from '@digdir/designsystemet-react';
import { COOPERATION_SEARCH_MIN } from '@/lib/pure/validation/cooperation-search-options';
import { fill, useSharedWords } from './language/shared-words';
import { langAttr } from './language/lang-attr';

export interface CooperationChoice {
  id: string;
  name: string;
  members: string[];
}

export interface CooperationPickerProps {
  label: string;
  error?: string;
  /** The chosen cooperation's id, or '' for none. */
  value: string;
  onChange: (id: string) => void;
}

type Search = { state: 'idle' | 'loading' | 'done' | 'failed'; hits: CooperationChoice[] };

/** Its bokmål words (skjema in nb.json), when no page language is provided. */
export const COOPERATION_PICKER_WORDS = {
  hitsOne: '%d treff',
  hitsOther: '%d treff',
  clear: 'Tøm feltet',
  cooperationHint: 'Søk på en del av navnet.',
  cooperationPlaceholder: 'Skriv navnet på samarbeidet',
  cooperationMin: 'Skriv minst {min} tegn av navnet.',
  searchFailed: 'Søket feilet. Prøv igjen.',
  searching: 'Søker …',
  cooperationNone: 'Ingen samarbeid har dette i navnet.',
  moreMembers: '{members} og {count} til',
};

const membersText = (members: string[], words: typeof COOPERATION_PICKER_WORDS) =>
  members.length <= 3 ? members.join(', ') : fill(words.moreMembers, { members: members.slice(0, 3).join(', '), count: members.length - 3 });

export function CooperationPicker({ label, error, value, onChange }: CooperationPickerProps) {
  const shared = useSharedWords('skjema', COOPERATION_PICKER_WORDS);
  const words = shared.words;
  const lang = langAttr(shared.lang);
  const [text, setText] = useState('');
  const [search, setSearch] = useState<Search>({ state: 'idle', hits: [] });
  const [picked, setChosen] = useState<CooperationChoice | null>(null);
  // The form is the owner of the value: once it is reset (after a role was given), nothing is chosen.
  const chosen = value === '' || picked?.id !== value ? null : picked;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const q = text.trim();
    if (q.length < COOPERATION_SEARCH_MIN || q === chosen?.name) return;
    const controller = new AbortController();
    // A short pause after the last key, so typing a name is one search, not one per letter.
    timer.current = setTimeout(() => {
      setSearch((s) => ({ state: 'loading', hits: s.hits }));
      fetch(`/api/samarbeid/sok?${new URLSearchParams({ q })}`, { signal: controller.signal, headers: { accept: 'application/json' } })
        .then(async (res) => {
          if (!res.ok) throw new Error(String(res.status));
          const body = (await res.json()) as { treff: CooperationChoice[] };
          setSearch({ state: 'done', hits: body.treff });
        })
        .catch((err: unknown) => {
          if ((err as Error).name !== 'AbortError') setSearch({ state: 'failed', hits: [] });
        });
    }, 250);
    return () => {
      controller.abort();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [text, chosen?.name]);

  const options = chosen && !search.hits.some((h) => h.id === chosen.id) ? [chosen, ...search.hits] : search.hits;
  const selected: SuggestionItem | null = chosen ? { value: chosen.id, label: chosen.name } : null;
  const empty =
    text.trim().length < COOPERATION_SEARCH_MIN
      ? fill(words.cooperationMin, { min: COOPERATION_SEARCH_MIN })
      : search.state === 'failed'
        ? words.searchFailed
        : search.state === 'loading'
          ? words.searching
          : words.cooperationNone;

  return (
    <Field>
      <Label>{label}</Label>
      <Field.Description className="text-sm" lang={lang}>
        {words.cooperationHint}
      </Field.Description>
      <Suggestion
        filter={false}
        selected={selected}
        onSelectedChange={(item) => {
          const hit = options.find((o) => o.id === item?.value) ?? null;
          setChosen(hit);
          onChange(hit?.id ?? '');
        }}
        data-sr-singular={words.hitsOne}
        data-sr-plural={words.hitsOther}
      >
        <Suggestion.Input aria-invalid={error ? true : undefined} placeholder={words.cooperationPlaceholder} onInput={(e) => setText(e.currentTarget.value)} />
        <Suggestion.Clear type="button" aria-label={words.clear} lang={lang} />
        <Suggestion.List>
          <Suggestion.Empty lang={lang}>{empty}</Suggestion.Empty>
          {options.map((c) => (
            <Suggestion.Option key={c.id} value={c.id} label={c.name}>
              {c.name}
              {c.members.length > 0 ? <span className="bb-muted block text-sm">{membersText(c.members, words)}</span> : null}
            </Suggestion.Option>
          ))}
        </Suggestion.List>
      </Suggestion>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
