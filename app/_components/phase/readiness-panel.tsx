import { Heading, Paragraph } from '@digdir/designsystemet-react';

/** What is still missing before the phase is ready: the readiness rules' own sentences. */
export function ReadinessPanel({ title = 'Dette mangler', missing }: { title?: string; missing: string[] }) {
  return (
    <section aria-labelledby="mangler-tittel" className="bb-panel" data-testid="readiness-panel">
      <Heading level={2} id="mangler-tittel" data-size="xs">
        {missing.length === 0 ? 'Fasen er klar' : `${title} (${missing.length})`}
      </Heading>
      {missing.length === 0 ? (
        <Paragraph data-size="sm" className="mt-2">
          Alt som trengs i denne fasen er på plass.
        </Paragraph>
      ) : (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
          {missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
