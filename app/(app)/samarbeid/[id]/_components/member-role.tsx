import type { MemberRole } from '@/lib/pure/domain/dossier';

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  vertskommune: 'Vertskommune',
  samarbeidskommune: 'Samarbeidskommune',
  deltaker: 'Deltaker',
  kontorkommune: 'Kontorkommune',
};

export function MemberRoleLabel({ role }: { role: MemberRole }) {
  return <>{MEMBER_ROLE_LABELS[role]}</>;
}
