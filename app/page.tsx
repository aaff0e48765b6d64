import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { currentUser } from '@/lib/server/auth/session';
import { landingPath } from '@/lib/pure/navigation';

export default async function FrontPage() {
  const user = await currentUser();
  if (user) redirect(landingPath(user));
  return (
    <div className="mx-auto max-w-4xl">
      <Heading level={1} data-size="xl">
        Interkommunale samarbeid som holder seg forankret
      </Heading>
      <Paragraph data-size="lg" className="mt-4">
        En kommune deltar i mange samarbeid. Brobygger gir rådmannsteam, folkevalgte og ledere av samarbeidene ett sted
        å etablere dem grundig, følge dem opp jevnlig og evaluere dem ærlig.
      </Paragraph>
      <div className="mt-8 flex flex-wrap gap-4">
        <Link href="/logg-inn" className="ds-button" data-variant="primary">
          Logg inn
        </Link>
        <Link href="/om" className="ds-button" data-variant="secondary">
          Les om Brobygger
        </Link>
        <Link href="/innsyn" className="ds-button" data-variant="secondary">
          Se samarbeidene i kommunen din
        </Link>
      </div>
      <div className="mt-12 grid gap-6 md:grid-cols-3">
        {[
          ['Innramming og design', 'Mål, budsjett, kostnadsfordeling, organisasjonsform og mandat avklares før medlemmene vedtar.'],
          ['Støtte og deltakelse', 'Sponsorer i hver kommune, forankringspunkter og en informasjonsplan som også når innbyggerne.'],
          ['Legitimitet', 'Input, throughput og output måles – både fra data og fra dem som kjenner samarbeidet.'],
        ].map(([title, text]) => (
          <div key={title} className="bb-panel">
            <Heading level={2} data-size="xs">
              {title}
            </Heading>
            <Paragraph data-size="sm" className="mt-2">
              {text}
            </Paragraph>
          </div>
        ))}
      </div>
    </div>
  );
}
