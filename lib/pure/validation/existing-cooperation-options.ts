// The member roles offered when registering an existing cooperation, without zod: the form in the browser lists them.
import type { MemberRole } from '@/lib/pure/domain/dossier';

export const MEMBER_ROLE_OPTIONS: Readonly<Record<MemberRole, string>> = {
  deltaker: 'Deltaker',
  vertskommune: 'Vertskommune',
  samarbeidskommune: 'Samarbeidskommune',
  kontorkommune: 'Kontorkommune',
};
