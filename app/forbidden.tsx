// Rendered with HTTP 403 wherever a page calls forbidden() (lib/server/forbidden.ts).
import type { Metadata } from 'next';
import { forbiddenReason } from '@/lib/server/forbidden';
import { NoAccess } from './_components/no-access';

export const metadata: Metadata = { title: 'Ingen tilgang' };

export default async function Forbidden() {
  return <NoAccess reason={await forbiddenReason()} />;
}
