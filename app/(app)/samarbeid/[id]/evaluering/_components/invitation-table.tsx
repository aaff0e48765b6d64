// Who is invited to the open round and whether they have answered. Never what they answered:
// answers stay hidden until the round is closed.
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { INVITATION_PERSPECTIVE_LABELS, type InvitationPerspective } from '@/lib/pure/domain/questionnaire';

export interface InvitationRowView {
  userId: string;
  name: string;
  title: string | null;
  perspective: InvitationPerspective;
  memberName: string | null;
  submitted: boolean;
}

export function InvitationTable({ invitations, currentUserId }: { invitations: InvitationRowView[]; currentUserId: string }) {
  if (invitations.length === 0) {
    return <p className="mt-3 text-sm">Ingen er invitert. Ingen med tilgang til samarbeidet hadde en rolle som gir invitasjon da runden ble åpnet.</p>;
  }
  return (
    <div className="mt-3 overflow-x-auto">
      <Table border className="w-full" data-testid="inviterte">
        <caption className="ds-sr-only">Inviterte og om de har svart</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Navn</TableHeaderCell>
            <TableHeaderCell>Rolle</TableHeaderCell>
            <TableHeaderCell>Deltaker</TableHeaderCell>
            <TableHeaderCell>Har svart</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {invitations.map((i) => (
            <TableRow key={i.userId}>
              <TableCell>
                {i.name}
                {i.userId === currentUserId ? <span className="bb-muted"> (deg)</span> : null}
                {i.title ? <span className="bb-muted block text-sm">{i.title}</span> : null}
              </TableCell>
              <TableCell>{INVITATION_PERSPECTIVE_LABELS[i.perspective]}</TableCell>
              <TableCell>{i.memberName ?? '–'}</TableCell>
              <TableCell>
                <Tag data-color={i.submitted ? 'success' : 'neutral'}>{i.submitted ? 'Ja' : 'Nei'}</Tag>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
