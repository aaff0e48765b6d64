// The overview of someone signed in without any role: typically a person's first sign-in
// through the municipality's identity provider before anyone has given them a role. Roles are
// given in Brobygger, never by the identity provider, so the page says who gives them.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { OverviewT } from './words';

export function NoRoles({ email, t }: { email: string; t: OverviewT }) {
  return (
    <section aria-labelledby="ingen-roller-tittel" className="bb-panel" data-testid="ingen-roller">
      <Heading level={2} id="ingen-roller-tittel" data-size="sm">
        {t('ingenRoller.heading')}
      </Heading>
      <Paragraph className="mt-3">{t.rich('ingenRoller.signedInAs', { email, strong: (chunks) => <strong>{chunks}</strong> })}</Paragraph>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>
          <strong>{t('ingenRoller.staffTitle')}</strong> {t('ingenRoller.staffText')}
        </li>
        <li>
          <strong>{t('ingenRoller.cooperationTitle')}</strong> {t('ingenRoller.cooperationText')}
        </li>
        <li>
          <strong>{t('ingenRoller.unsureTitle')}</strong> {t('ingenRoller.unsureText')}
        </li>
      </ul>
      <Paragraph className="mt-3">{t('ingenRoller.after')}</Paragraph>
    </section>
  );
}
