'use client';
import { useState, useTransition } from 'react';
import { Alert, Button } from '@digdir/designsystemet-react';
import type { ConsistencyRow } from '@/lib/server/actions/consistency';
import { consistencyAction } from '../actions';

export function ConsistencyCheck() {
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
        Kontroller alle livsløp
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
              ? `Alle ${result.rows.length} samarbeid står der historikken deres sier.`
              : `${result.rows.filter((r) => !r.ok).length} av ${result.rows.length} samarbeid stemmer ikke med historikken.`}
          </Alert>
          <ul className="mt-3 space-y-2 text-sm">
            {result.rows.map((r) => (
              <li key={r.id}>
                <strong>{r.name}</strong>: {r.ok ? `i orden (${r.events} hendelser)` : r.problems.join(' ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
