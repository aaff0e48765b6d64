// The state of a person's account link in words: linked (to whom), invitation sent (until
// when), invitation expired, or not linked. In the request's language, marked with it, since
// pages that are still bokmål show it too.
import { Tag } from '@digdir/designsystemet-react';
import { useLocale, useTranslations } from 'next-intl';
import type { LinkState } from '@/lib/pure/domain/person-links';
import { formatDateTime } from '@/lib/pure/format';

export function LinkStateView({ state }: { state: LinkState }) {
  const t = useTranslations('samarbeidside.kobling');
  const locale = useLocale();
  switch (state.kind) {
    case 'linked':
      return (
        <span className="flex flex-wrap items-center gap-2" lang={locale}>
          <Tag data-color="success">{t('linked')}</Tag>
          <span className="text-sm">
            {state.userName} ({state.email})
          </span>
        </span>
      );
    case 'invited':
      return (
        <span className="flex flex-wrap items-center gap-2" lang={locale}>
          <Tag data-color="info">{t('invited')}</Tag>
          <span className="text-sm">{t('invitedUntil', { email: state.email, date: formatDateTime(state.expiresAt, locale) })}</span>
        </span>
      );
    case 'expired':
      return (
        <span className="flex flex-wrap items-center gap-2" lang={locale}>
          <Tag data-color="warning">{t('expired')}</Tag>
          <span className="text-sm">{t('expiredAt', { email: state.email, date: formatDateTime(state.expiredAt, locale) })}</span>
        </span>
      );
    default:
      return (
        <Tag data-color="neutral" lang={locale}>
          {t('none')}
        </Tag>
      );
  }
}
