// Rendered with HTTP 403 wherever a page calls forbidden() (lib/server/forbidden.ts).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbiddenReason } from '@/lib/server/forbidden';
import { evaluationRefusal } from './(app)/samarbeid/[id]/evaluering/refusals';
import { NoAccess } from './_components/no-access';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('feilside');
  return { title: t('forbiddenTitle') };
}

export default async function Forbidden() {
  // The reasons are the evaluation round's refusals, worded in the request's language; any other
  // reason is shown as it is, marked bokmål.
  const reason = await forbiddenReason();
  const worded = reason === null ? null : await evaluationRefusal(reason);
  return <NoAccess reason={worded ?? reason} reasonInBokmaal={reason !== null && worded === null} />;
}
