'use client';
// The bottom of every phase form: save button, result message, and the unsaved-changes guard.
import { Alert, Button } from '@digdir/designsystemet-react';
import { useUnsavedChanges } from '@/lib/hooks/use-unsaved-changes';

export interface SaveMessage {
  ok: boolean;
  text: string;
}

export function SaveBar({ dirty, submitting, message, disabled, label = 'Lagre' }: { dirty: boolean; submitting: boolean; message: SaveMessage | null; disabled?: boolean; label?: string }) {
  useUnsavedChanges(dirty && !submitting);
  return (
    <div className="sticky bottom-0 z-10 -mx-2 mt-6 flex flex-wrap items-center gap-4 border-t border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-default)] px-2 py-3">
      <Button type="submit" loading={submitting} disabled={submitting || disabled}>
        {label}
      </Button>
      {dirty ? <span className="bb-muted text-sm">Du har endringer som ikke er lagret.</span> : null}
      {message ? (
        <Alert data-color={message.ok ? 'success' : 'danger'} role={message.ok ? 'status' : 'alert'} className="flex-1">
          {message.text}
        </Alert>
      ) : null}
    </div>
  );
}
