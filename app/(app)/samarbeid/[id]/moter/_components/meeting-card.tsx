// One meeting in the list: the body and date, whether the case documents went out in time,
// the minutes, and the decisions taken — with the forms to correct the meeting, upload the
// minutes and record a decision for those who may.
import { Heading, TableCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { ActionTable } from '@/app/_components/action-table';
import type { DecisionRow, MeetingRow } from '@/db/queries/bodies';
import { BODY_EVENT_LABELS, documentsTiming, OUTCOME_LABELS } from '@/lib/pure/domain/bodies';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import { DecisionForm, type DecisionFormMember } from './decision-form';
import { Disclosure } from './disclosure';
import { EditMeeting } from './edit-meeting';
import type { BodyOption } from './meeting-form';
import { MinutesUpload } from './minutes-upload';
import { RemoveDecisionButton } from './remove-decision-button';

const PREPARED_SHORT = { ja: 'Ja', delvis: 'Delvis', nei: 'Nei' } as const;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function DocumentsLine({ meeting, noticeDays }: { meeting: MeetingRow; noticeDays: number }) {
  const timing = documentsTiming({ date: meeting.meetingDate, documentsSentDate: meeting.documentsSentDate }, noticeDays);
  if (timing === 'ukjent') return <span className="bb-muted">Når saksdokumentene ble sendt ut, er ikke registrert.</span>;
  const days = daysBetween(meeting.documentsSentDate!, meeting.meetingDate);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      Saksdokumentene sendt {formatDateNb(meeting.documentsSentDate!)}, {days === 1 ? '1 dag' : `${days} dager`} før møtet.
      <Tag data-color={timing === 'i_tide' ? 'success' : 'danger'} data-size="sm">
        {timing === 'i_tide' ? 'I tide' : 'For sent'}
      </Tag>
    </span>
  );
}

export interface MeetingCardProps {
  cooperationId: string;
  meeting: MeetingRow & { decisions: DecisionRow[] };
  noticeDays: number;
  canEdit: boolean;
  today: string;
  bodies: BodyOption[];
  members: DecisionFormMember[];
  mandate: string[];
}

export function MeetingCard({ cooperationId, meeting, noticeDays, canEdit, today, bodies, members, mandate }: MeetingCardProps) {
  const headingId = `mote-${meeting.id}`;
  const label = `${meeting.bodyName} ${formatDateNb(meeting.meetingDate)}`;
  const held = meeting.meetingDate <= today;
  return (
    <li className="bb-panel" aria-labelledby={headingId} data-testid={`mote-${meeting.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Heading level={3} id={headingId} data-size="xs">
            {meeting.bodyName}, {formatDateNb(meeting.meetingDate)}
          </Heading>
          <p className="mt-1 text-sm">
            <DocumentsLine meeting={meeting} noticeDays={noticeDays} />
          </p>
          <p className="mt-1 text-sm">
            {meeting.minutesUrl ? (
              <a href={meeting.minutesUrl} rel="noopener noreferrer">
                Referat<span className="ds-sr-only"> fra {label}</span>
              </a>
            ) : null}
            {meeting.minutesUrl && meeting.minutesFileName ? ' · ' : null}
            {meeting.minutesFileName ? <a href={`/samarbeid/${cooperationId}/moter/${meeting.id}/referat`}>{meeting.minutesFileName}</a> : null}
            {!meeting.minutesUrl && !meeting.minutesFileName ? <span className="bb-muted">Ingen referat registrert.</span> : null}{' '}
            {meeting.minutesUrl || meeting.minutesFileName ? (
              <Tag data-color={meeting.minutesPublic ? 'info' : 'neutral'} data-size="sm">
                {meeting.minutesPublic ? 'Offentlig' : 'Ikke offentlig'}
              </Tag>
            ) : null}
          </p>
        </div>
        {canEdit ? (
          <EditMeeting
            cooperationId={cooperationId}
            bodies={bodies}
            noticeDays={noticeDays}
            label={label}
            initial={{
              meetingId: meeting.id,
              expectedVersion: meeting.rowVersion,
              bodyId: meeting.bodyId,
              bodyName: meeting.bodyName,
              meetingDate: meeting.meetingDate,
              documentsSentDate: meeting.documentsSentDate ?? '',
              minutesUrl: meeting.minutesUrl ?? '',
              minutesPublic: meeting.minutesPublic,
            }}
          />
        ) : null}
      </div>
      {meeting.decisions.length === 0 ? (
        <p className="bb-muted mt-3 text-sm">Ingen vedtak er registrert fra møtet.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <ActionTable
            caption={`Vedtak i ${label}`}
            columns={['Sak', 'Avgjort', 'Utfall', 'Forberedt i kommunene', 'Innenfor mandatet', 'Innsyn']}
            actions={canEdit}
            size="sm"
          >
            {meeting.decisions.map((d) => (
              <TableRow key={d.id}>
                <TableCell>
                  {d.url ? (
                    <a href={d.url} rel="noopener noreferrer">
                      {d.title}
                    </a>
                  ) : (
                    d.title
                  )}
                  {d.saksnummer ? <div className="bb-muted text-xs">Saksnr. {d.saksnummer}</div> : null}
                  {d.anchoringEvent ? <div className="text-xs">{BODY_EVENT_LABELS[d.anchoringEvent]}: forankres i kommunene</div> : null}
                </TableCell>
                <TableCell>{d.political ? 'Politisk' : 'Administrativt'}</TableCell>
                <TableCell>{OUTCOME_LABELS[d.outcome]}</TableCell>
                <TableCell>
                  {PREPARED_SHORT[d.prepared]}
                  {d.prepared === 'delvis' && d.preparedByMemberIds.length > 0 ? (
                    <div className="bb-muted text-xs">Av {d.preparedByMemberIds.map((id) => members.find((m) => m.id === id)?.name ?? 'tidligere deltaker').join(', ')}</div>
                  ) : null}
                </TableCell>
                <TableCell>{d.withinMandate ? 'Ja' : 'Nei'}</TableCell>
                <TableCell>{d.isPublic ? 'Ja' : 'Nei'}</TableCell>
                {canEdit ? (
                  <TableCell className="text-right">
                    <RemoveDecisionButton cooperationId={cooperationId} decisionId={d.id} title={d.title} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </ActionTable>
        </div>
      )}
      {canEdit ? (
        <div className="mt-4 grid gap-4">
          <MinutesUpload cooperationId={cooperationId} meetingId={meeting.id} fileName={meeting.minutesFileName} />
          {held ? (
            <Disclosure summary="Registrer vedtak fra møtet" defaultOpen={meeting.decisions.length === 0}>
              <DecisionForm cooperationId={cooperationId} meetingId={meeting.id} meetingLabel={label} members={members} mandate={mandate} />
            </Disclosure>
          ) : (
            <p className="bb-muted text-sm">Vedtak registreres når møtet er holdt.</p>
          )}
        </div>
      ) : null}
    </li>
  );
}
