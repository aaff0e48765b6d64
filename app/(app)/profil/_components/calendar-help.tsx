// How to subscribe in Outlook and Google Calendar (profil.help; the menu names as the apps show
// them in the reader's language where the apps have it, else as the Norwegian apps show them).
import { useTranslations } from 'next-intl';
import { Details, DetailsContent, DetailsSummary } from '@digdir/designsystemet-react';

export function CalendarHelp() {
  const t = useTranslations('profil.help');
  return (
    <div>
      <Details>
        <DetailsSummary>{t('outlookSummary')}</DetailsSummary>
        <DetailsContent>
          <p className="font-semibold">{t('outlookWeb')}</p>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            <li>{t('outlookWeb1')}</li>
            <li>{t('outlookWeb2')}</li>
            <li>{t('outlookWeb3')}</li>
            <li>{t('outlookWeb4')}</li>
          </ol>
          <p className="mt-4 font-semibold">{t('outlookClassic')}</p>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            <li>{t('outlookClassic1')}</li>
            <li>{t('outlookClassic2')}</li>
          </ol>
          <p className="bb-muted mt-4 text-sm">{t('outlookNote')}</p>
        </DetailsContent>
      </Details>
      <Details>
        <DetailsSummary>{t('googleSummary')}</DetailsSummary>
        <DetailsContent>
          <ol className="list-decimal space-y-1 pl-6">
            <li>{t('google1')}</li>
            <li>{t('google2')}</li>
            <li>{t('google3')}</li>
            <li>{t('google4')}</li>
          </ol>
          <p className="bb-muted mt-4 text-sm">{t('googleNote')}</p>
        </DetailsContent>
      </Details>
      <Details>
        <DetailsSummary>{t('appleSummary')}</DetailsSummary>
        <DetailsContent>
          <p>{t('apple')}</p>
        </DetailsContent>
      </Details>
    </div>
  );
}
