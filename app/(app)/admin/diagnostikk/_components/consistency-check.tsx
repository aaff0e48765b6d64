'use client';
// The consistency check's button and result; the problems come from the action in the reader's language.
import { useState, useTransition } from 'react';
import { Alert, Button } from '@digdir/designsystemet-react';
import type { ConsistencyRow } from '@/lib/server/actions/consistency';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { consistencyAction } from '../actions';

/** The check's words (admin.diagnostikk): {count}, {wrong} and {events} are filled in here. */
export interface ConsistencyWords {
  check: string;
  allOk: string;
  someWrong: string;
  rowOk: string;
}

export function ConsistencyCheck({ words }: { words: ConsistencyWords }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; rows: ConsistencyRow[] } | { error: string } | null>(null);
  return (
    <div className="mt-3">
      <Button
        loading={pending}
        onClick={() =>
          startTransition(async () => {
            const res = await consistencyAction({});
            setResult(res.ok ? res.data : { error: res.message });
          })
        }
      >
        {words.check}
      </Button>
      {result && 'error' in result ? (
        <Alert data-color="danger" role="alert" className="mt-3">
          {result.error}
        </Alert>
      ) : null}
      {result && 'rows' in result ? (
        <div className="mt-3" data-testid="konsistens-resultat">
          <Alert data-color={result.ok ? 'success' : 'danger'} role="status">
            {result.ok
              ? fillTemplate(words.allOk, { count: result.rows.length })
              : fillTemplate(words.someWrong, { wrong: result.rows.filter((r) => !r.ok).length, count: result.rows.length })}
          </Alert>
          <ul className="mt-3 space-y-2 text-sm">
            {result.rows.map((r) => (
              <li key={r.id}>
                <strong>{r.name}</strong>: {r.ok ? fillTemplate(words.rowOk, { events: r.events }) : r.problems.join(' ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
