import Link from 'next/link';
import { Heading, Paragraph } from '@digdir/designsystemet-react';

/** The 403 page's content (app/forbidden.tsx); `reason` is the page's own explanation, when it has one. */
export function NoAccess({ reason }: { reason?: string | null }) {
  return (
    <div className="mx-auto max-w-2xl py-12">
      <p className="bb-muted font-semibold">Feilkode 403</p>
      <Heading level={1} data-size="lg" className="mt-2">
        Du har ikke tilgang til denne siden
      </Heading>
      {reason ? (
        <Paragraph className="mt-4" data-testid="tilgang-grunn">
          {reason}
        </Paragraph>
      ) : (
        <Paragraph className="mt-4">
          Rollene dine gir ikke tilgang hit. Trenger du tilgang, kan systemforvalteren i kommunen din gi deg en rolle.
        </Paragraph>
      )}
      <Paragraph className="mt-4">
        <Link href="/oversikt">Gå til oversikten</Link>
      </Paragraph>
    </div>
  );
}
