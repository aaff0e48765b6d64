// The outcome of a step a user just took (a lifecycle step, opening or closing a round,
// finishing the winding down): a status on success, an alert on refusal with what is missing.
import { Alert } from '@digdir/designsystemet-react';

export interface StepResultValue {
  ok: boolean;
  text: string;
  missing?: string[];
}

export function StepResult({ result, testId }: { result: StepResultValue | null; testId: string }) {
  if (!result) return null;
  return (
    <Alert data-color={result.ok ? 'success' : 'danger'} role={result.ok ? 'status' : 'alert'} className="mt-3" data-testid={testId}>
      {result.text}
      {result.missing?.length ? (
        <ul className="mt-2 list-disc pl-5">
          {result.missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
