'use client';
// Shown when a save was refused because someone else saved the same form first: what they
// changed (field, old -> new, who and when), and a choice. The user's own input stays in the
// form until they choose: keep it on top of the newer values, or take the newer values.
// The fields' names come from the action in the request's language (section-save.ts); one it
// could not word again stays bokmål and says so (fieldLang).
import { useEffect, useRef } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { SaveConflict } from '@/lib/pure/action-result';
import { formatDateTime } from '@/lib/pure/format';
import { useSharedWords } from '../language/shared-words';
import { langAttr } from '../language/lang-attr';

const shown = (value: string | null) => value ?? '—';
/** Its bokmål words (skjema in nb.json), when no page language is provided. */
export const CONFLICT_WORDS = {
  conflictHeading: 'Noen andre har lagret endringer',
  conflictChanged: 'Dette ble endret etter at du åpnet siden:',
  conflictChanges: 'Endringer gjort av andre',
  keepMine: 'Behold endringene mine og ta inn de nye',
  takeTheirs: 'Forkast endringene mine',
  keepMineHelp: '«Behold endringene mine» fyller inn de nye verdiene der du ikke har skrevet noe selv. Se over skjemaet og lagre igjen.',
};
/** From the old value to the new: punctuation, the same in every language. */
const TO = '→';

export function ConflictNotice({ conflict, message, onKeepMine, onTakeTheirs }: { conflict: SaveConflict; message: string; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const shared = useSharedWords('skjema', CONFLICT_WORDS);
  const words = shared.words;
  // Move focus here, so keyboard and screen reader users meet the choice at once.
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'center' });
  }, [conflict]);
  return (
    <div ref={ref} tabIndex={-1} className="mt-6 outline-none" data-testid="lagringskonflikt">
      <Alert data-color="warning">
        <Heading level={2} data-size="xs" lang={langAttr(shared.lang)}>
          {words.conflictHeading}
        </Heading>
        <Paragraph data-size="sm" className="mt-2">
          {message}
        </Paragraph>
        {conflict.changes.length > 0 ? (
          <>
            <Paragraph data-size="sm" className="mt-3 font-semibold" lang={langAttr(shared.lang)}>
              {words.conflictChanged}
            </Paragraph>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-sm" aria-label={words.conflictChanges}>
              {conflict.changes.map((c, i) => (
                <li key={i}>
                  <span className="font-semibold" lang={c.fieldLang}>
                    {c.field}:
                  </span> {shown(c.old)} {TO} {shown(c.new)}{' '}
                  <span className="bb-muted">
                    ({c.actorName}, {formatDateTime(c.at, shared.lang)})
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-3" lang={langAttr(shared.lang)}>
          <Button type="button" data-size="sm" onClick={onKeepMine}>
            {words.keepMine}
          </Button>
          <Button type="button" data-size="sm" variant="secondary" onClick={onTakeTheirs}>
            {words.takeTheirs}
          </Button>
        </div>
        <Paragraph data-size="xs" className="mt-3" lang={langAttr(shared.lang)}>
          {words.keepMineHelp}
        </Paragraph>
      </Alert>
    </div>
  );
}
