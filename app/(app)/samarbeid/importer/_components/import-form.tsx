'use client';
// Upload, preview, import: the file goes to the server twice (preview, then import), so what
// is imported is always read from the file itself, never from what the browser was shown.
import { useId, useState } from 'react';
import Link from 'next/link';
import { Alert, Field, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import type { ImportPreview, ImportSummary } from '@/lib/server/actions/import';
import { SelectField } from '@/app/_components/select-field';
import { SubmitButton } from '@/app/_components/submit-button';
import { previewImportAction, runImportAction } from '../actions';
import { PreviewView, type PreviewWords } from './preview-view';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { validationMessage } from '@/lib/client/validation-words';

/** The form's words in the page's language (importer.skjema); templates hold {placeholders}. */
export interface ImportWords {
  importing: string;
  chooseMunicipality: string;
  /** Split around the municipality's name, which is shown in bold. */
  importedFor: { before: string; after: string };
  file: string;
  preview: string;
  importedOne: string;
  importedOther: string;
  skipped: string;
  seeRegister: string;
  previewWords: PreviewWords;
}

interface Props {
  municipalities: { kommunenummer: string; name: string }[];
  words: ImportWords;
}

export function ImportForm({ municipalities, words: w }: Props) {
  const fileId = useId();
  const [kommunenummer, setKommunenummer] = useState(municipalities.length === 1 ? municipalities[0]!.kommunenummer : '');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<{ field: 'file' | 'kommunenummer' | null; text: string } | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);

  // The file's schema (and zod with it) is loaded when a file is first checked.
  const checked = async () => {
    const { importFileSchema } = await import('@/lib/pure/validation/import');
    const parsed = importFileSchema.safeParse({ kommunenummer, file });
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    setError({ field: issue.path[0] === 'kommunenummer' ? 'kommunenummer' : 'file', text: validationMessage(issue.message) });
    return null;
  };

  const onPreview = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    setSummary(null);
    setPreview(null);
    const input = await checked();
    if (!input) return;
    setBusy('preview');
    const result = await previewImportAction(input);
    setBusy(null);
    if (result.ok) setPreview(result.data);
    else setError({ field: null, text: result.message });
  };

  const onImport = async () => {
    const input = await checked();
    if (!input) return;
    setBusy('import');
    const result = await runImportAction(input);
    setBusy(null);
    if (result.ok) {
      setSummary(result.data);
      setPreview(null);
    } else {
      setError({ field: null, text: result.message });
    }
  };

  const name = municipalities.find((m) => m.kommunenummer === kommunenummer)?.name;
  return (
    <div className="space-y-6">
      <form onSubmit={onPreview} noValidate className={`bb-panel grid max-w-4xl items-end gap-4 ${municipalities.length > 1 ? 'md:grid-cols-[1fr_1fr_auto]' : 'md:grid-cols-[1fr_auto]'}`}>
        {municipalities.length > 1 ? (
          <SelectField
            label={w.importing}
            value={kommunenummer}
            error={error?.field === 'kommunenummer' ? error.text : undefined}
            onChange={(e) => {
              setKommunenummer(e.target.value);
              setPreview(null);
            }}
          >
            <option value="">{w.chooseMunicipality}</option>
            {municipalities.map((m) => (
              <option key={m.kommunenummer} value={m.kommunenummer}>
                {m.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <p className="text-sm md:col-span-2">
            {w.importedFor.before}
            <strong>{name}</strong>
            {w.importedFor.after}
          </p>
        )}
        <Field className="text-left">
          <Label htmlFor={fileId}>{w.file}</Label>
          <input
            id={fileId}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-invalid={error?.field === 'file' ? true : undefined}
            aria-describedby={error?.field === 'file' ? `${fileId}-feil` : undefined}
            className="block w-full text-sm file:mr-3 file:rounded file:border-0 file:bg-[var(--ds-color-accent-surface-default)] file:px-3 file:py-2 file:font-semibold"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setSummary(null);
              setError(null);
            }}
          />
          {error?.field === 'file' ? <ValidationMessage id={`${fileId}-feil`}>{error.text}</ValidationMessage> : null}
        </Field>
        <SubmitButton pending={busy === 'preview'} disabled={busy !== null}>
          {w.preview}
        </SubmitButton>
      </form>
      {error && error.field === null ? (
        <Alert data-color="danger" role="alert" className="max-w-4xl">
          {error.text}
        </Alert>
      ) : null}
      {summary ? (
        <Alert data-color="success" role="status" className="max-w-4xl">
          <Paragraph>
            {summary.imported === 1 ? w.importedOne : fillTemplate(w.importedOther, { count: summary.imported })}
            {summary.existing > 0 ? fillTemplate(w.skipped, { count: summary.existing }) : '.'}
          </Paragraph>
          <Paragraph className="mt-2">
            <Link href={`/register/${kommunenummer}`}>{fillTemplate(w.seeRegister, { name: name ?? '' })}</Link>
          </Paragraph>
        </Alert>
      ) : null}
      {preview ? <PreviewView preview={preview} busy={busy === 'import'} onImport={onImport} words={w.previewWords} /> : null}
    </div>
  );
}
