// Who is invited to the open round and whether they have answered. Never what they answered:
// answers stay hidden until the round is closed.
import { getTranslations } from 'next-intl/server';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { InvitationPerspective } from '@/lib/pure/domain/questionnaire';

export interface InvitationRowView {
  userId: string;
  name: string;
  title: string | null;
  perspective: InvitationPerspective;
  memberName: string | null;
  submitted: boolean;
}

export async function InvitationTable({ invitations, currentUserId }: { invitations: InvitationRowView[]; currentUserId: string }) {
  const t = await getTranslations('evaluering');
  if (invitations.length === 0) {
    return <p className="mt-3 text-sm">{t('invitations.none')}</p>;
  }
  return (
    <div className="mt-3 overflow-x-auto">
      <Table border className="w-full" data-testid="inviterte">
        <caption className="ds-sr-only">{t('invitations.caption')}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('invitations.colName')}</TableHeaderCell>
            <TableHeaderCell>{t('invitations.colRole')}</TableHeaderCell>
            <TableHeaderCell>{t('invitations.colMember')}</TableHeaderCell>
            <TableHeaderCell>{t('invitations.colAnswered')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {invitations.map((i) => (
            <TableRow key={i.userId}>
              <TableCell>
                {i.name}
                {i.userId === currentUserId ? <span className="bb-muted"> {t('invitations.you')}</span> : null}
                {i.title ? <span className="bb-muted block text-sm">{i.title}</span> : null}
              </TableCell>
              <TableCell>{t(`perspective.${i.perspective}`)}</TableCell>
              <TableCell>{i.memberName ?? '–'}</TableCell>
              <TableCell>
                <Tag data-color={i.submitted ? 'success' : 'neutral'}>{i.submitted ? t('invitations.yes') : t('invitations.no')}</Tag>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
