'use client';
// Uploading the minutes of a meeting as a file (PDF, Word or OpenDocument), or removing it.
// The route handler checks the file again: the accept list and the size check here only spare
// the user a round trip with a file that would be refused.
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button, Label } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { MINUTES_FILE_MAX_BYTES } from '@/lib/pure/validation/bodies-options';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';

const MB = MINUTES_FILE_MAX_BYTES / 1024 / 1024;

export function MinutesUpload({ cooperationId, meetingId, fileName,
  words,
}: {
  cooperationId: string;
  meetingId: string;
  fileName: string | null;
  /** Catalogue `moter.referatfil` in the page's language. */
  words: Messages['moter']['referatfil'];
}) {
  const router = useRouter();
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const feedback = useFeedback();
  const url = `/samarbeid/${cooperationId}/moter/${meetingId}/referat`;

  const send = async (init: RequestInit, done: string) => {
    setBusy(true);
    feedback.clear();
    try {
      const res = await fetch(url, init);
      // The route answers JSON; a refusal before it (the request guard's 413) is plain Norwegian text.
      const text = await res.text().catch(() => '');
      let error: string | undefined;
      try {
        error = (JSON.parse(text) as { error?: string }).error;
      } catch {
        error = res.headers.get('content-type')?.startsWith('text/plain') && text ? text : undefined;
      }
      if (res.ok) feedback.success(done);
      else feedback.error(error ?? words.failed);
      if (res.ok) router.refresh();
    } catch {
      feedback.error(words.offline);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="space-y-2"
      aria-label={words.formLabel}
      onSubmit={async (e) => {
        e.preventDefault();
        const input = e.currentTarget.elements.namedItem('fil') as HTMLInputElement;
        const file = input.files?.[0];
        if (!file) {
          feedback.error(words.chooseFile);
          input.focus();
          return;
        }
        if (file.size > MINUTES_FILE_MAX_BYTES) {
          feedback.error(fillTemplate(words.tooLarge, { mb: MB }));
          input.focus();
          return;
        }
        const data = new FormData();
        data.set('fil', file);
        await send({ method: 'POST', body: data }, fillTemplate(words.uploaded, { name: file.name }));
        input.value = '';
      }}
    >
      <FeedbackMessage entry={feedback.entry} />
      {fileName ? (
        <p className="text-sm">
          {words.current} <a href={url}>{fileName}</a>
        </p>
      ) : null}
      <Label htmlFor={inputId} data-size="sm">
        {fileName ? words.replace : words.upload}
      </Label>
      <p id={`${inputId}-hjelp`} className="bb-muted text-xs">
        {fillTemplate(words.help, { mb: MB })}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <input id={inputId} name="fil" type="file" accept=".pdf,.docx,.odt,application/pdf" aria-describedby={`${inputId}-hjelp`} className="text-sm" />
        <SubmitButton variant="secondary" data-size="sm" pending={busy}>
          {words.send}
        </SubmitButton>
        {fileName ? (
          <Button type="button" variant="tertiary" data-size="sm" data-color="danger" disabled={busy} onClick={() => send({ method: 'DELETE' }, words.removed)}>
            {words.remove}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
