// The pager under every long list (the links themselves: ./pager-links.tsx). A server
// component that hands the client part its words from the catalogue, so no page ships the
// translation runtime to the browser (the JavaScript budget, e2e/js-budget.spec.ts).
import { useLocale, useTranslations } from 'next-intl';
import { PagerLinks, type PagerProps } from './pager-links';

export type { PagerProps } from './pager-links';

export function Pager(props: PagerProps) {
  const t = useTranslations('sider');
  const words = { lang: useLocale(), previous: t('previous'), next: t('next'), previousPage: t('previousPage'), nextPage: t('nextPage'), page: t.raw('page') as string };
  return <PagerLinks {...props} words={words} />;
}
