// The forms' fields carry their values in the server-rendered page: before hydration a reader
// sees the stored texts, choices and ticks, not an empty form (react-hook-form alone fills the
// fields from the browser). Rendered as markup, the way the server sends it.
import { afterEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { radio, useForm } from './forms';
import { onSubmitFailure } from './feedback/submit-failure';

interface Values {
  name: string;
  note: string;
  kind: string;
  seats: number;
  confirmed: boolean;
  outcome: string;
  rows: { title: string }[];
}

function Form({ values }: { values: Values }) {
  const { register } = useForm<Values>({ defaultValues: values });
  return (
    <form>
      <input aria-label="navn" {...register('name')} />
      <textarea aria-label="notat" {...register('note')} />
      <select aria-label="type" {...register('kind')}>
        <option value="politisk">Politisk</option>
        <option value="administrativ">Administrativ</option>
      </select>
      <input aria-label="plasser" type="number" {...register('seats', { valueAsNumber: true })} />
      <input aria-label="bekreftet" type="checkbox" {...register('confirmed')} />
      {['vedtatt', 'utsatt', 'avvist'].map((o) => (
        <input key={o} aria-label={o} type="radio" {...radio(register, 'outcome', o)} />
      ))}
      {values.rows.map((_, i) => (
        <input key={i} aria-label={`rad ${String(i)}`} {...register(`rows.${i}.title`)} />
      ))}
    </form>
  );
}

const stored: Values = {
  name: 'Guri Gundersen',
  note: 'Første linje\nandre linje',
  kind: 'administrativ',
  seats: 3,
  confirmed: true,
  outcome: 'utsatt',
  rows: [{ title: 'Årsmelding' }, { title: 'Budsjett' }],
};

describe('useForm from lib/client/forms', () => {
  it('renders every field with its stored value before any script runs', () => {
    const html = renderToStaticMarkup(<Form values={stored} />);
    expect(html).toContain('aria-label="navn" name="name" value="Guri Gundersen"');
    expect(html).toMatch(/<textarea aria-label="notat" name="note">Første linje\nandre linje<\/textarea>/);
    expect(html).toContain('<option value="administrativ" selected="">');
    expect(html).not.toContain('<option value="politisk" selected');
    expect(html).toMatch(/aria-label="plasser" type="number" name="seats" value="3"/);
    expect(html).toMatch(/aria-label="bekreftet" type="checkbox" name="confirmed" checked=""/);
    expect(html).toMatch(/aria-label="utsatt" type="radio" name="outcome" checked="" value="utsatt"/);
    expect(html).not.toMatch(/aria-label="vedtatt"[^>]*checked/);
    expect(html).not.toMatch(/aria-label="avvist"[^>]*checked/);
    expect(html).toContain('name="rows.1.title" value="Budsjett"');
  });

  it('leaves unticked boxes, unchosen radios and empty texts as they are', () => {
    const html = renderToStaticMarkup(<Form values={{ ...stored, name: '', confirmed: false, outcome: '', rows: [] }} />);
    expect(html).toContain('name="name" value=""');
    expect(html).not.toMatch(/aria-label="bekreftet"[^>]*checked/);
    expect(html).not.toMatch(/type="radio"[^>]*checked/);
  });
});

describe('a submit that gets no answer', () => {
  interface Note {
    text: string;
  }
  // The form object as a component gets it (react-hook-form runs in a server render too).
  type NoteForm = ReturnType<typeof useForm<Note>>;
  function Capture({ text, onForm }: { text: string; onForm: (form: NoteForm) => void }) {
    const form = useForm<Note>({ defaultValues: { text } });
    onForm(form);
    return <input aria-label="tekst" {...form.register('text')} />;
  }
  function formWith(text: string): NoteForm {
    const forms: NoteForm[] = [];
    renderToStaticMarkup(<Capture text={text} onForm={(f) => forms.push(f)} />);
    return forms[0]!;
  }
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('is reported as a failed save, and the form keeps what was typed', async () => {
    const heard: unknown[] = [];
    stops.push(onSubmitFailure((e) => heard.push(e)));
    const form = formWith('Utkast som ikke må gå tapt');
    const lost = new TypeError('Failed to fetch');
    await expect(form.handleSubmit(() => Promise.reject(lost))()).resolves.toBeUndefined();
    expect(heard).toEqual([lost]);
    expect(form.getValues('text')).toBe('Utkast som ikke må gå tapt');
  });

  it('passes the handler’s result through when it answers, and rethrows when nobody listens or Next redirects', async () => {
    const form = formWith('x');
    await expect(form.handleSubmit(async (v) => v.text.toUpperCase())()).resolves.toBe('X');
    await expect(form.handleSubmit(() => Promise.reject(new Error('ingen lytter')))()).rejects.toThrow('ingen lytter');
    stops.push(onSubmitFailure(() => undefined));
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;push;/oversikt;303;' });
    await expect(form.handleSubmit(() => Promise.reject(redirect))()).rejects.toBe(redirect);
  });
});
