// The overview of someone signed in without any role: typically a person's first sign-in
// through the municipality's identity provider before anyone has given them a role. Roles are
// given in Brobygger, never by the identity provider, so the page says who gives them.
import { Heading, Paragraph } from '@digdir/designsystemet-react';

export function NoRoles({ email }: { email: string }) {
  return (
    <section aria-labelledby="ingen-roller-tittel" className="bb-panel" data-testid="ingen-roller">
      <Heading level={2} id="ingen-roller-tittel" data-size="sm">
        Du har ingen roller i Brobygger ennå
      </Heading>
      <Paragraph className="mt-3">
        Du er logget inn som <strong>{email}</strong>. Hva du kan se og gjøre, avhenger av rollene dine. Rollene
        gis i Brobygger, ikke av kommunens brukerkatalog, så du må be om dem:
      </Paragraph>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>
          <strong>Ansatt i rådmannens stab eller folkevalgt:</strong> be rådmannsteamet i kommunen din om å gi deg en
          rolle. De finner deg under «Brukere» med e-postadressen over.
        </li>
        <li>
          <strong>Sponsor, operativ leder eller representant i et samarbeid:</strong> be rådmannsteamet i kommunen din
          eller den operative lederen av samarbeidet om å koble deg til det.
        </li>
        <li>
          <strong>Vet du ikke hvem du skal spørre:</strong> kontakt systemforvalteren for Brobygger i kommunen din.
        </li>
      </ul>
      <Paragraph className="mt-3">Når du har fått en rolle, vises samarbeidene dine her neste gang du åpner siden.</Paragraph>
    </section>
  );
}
