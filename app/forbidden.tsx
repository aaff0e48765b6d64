// Rendered with HTTP 403 wherever a page calls forbidden() (lib/server/forbidden.ts).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbiddenReason } from '@/lib/server/forbidden';
import { NoAccess } from './_components/no-access';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('feilside');
  return { title: t('forbiddenTitle') };
}

export default async function Forbidden() {
  return <NoAccess reason={await forbiddenReason()} />;
}
