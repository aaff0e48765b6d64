// One meeting in the list: the body and date, whether the case documents went out in time,
// the minutes, and the decisions taken — with the forms to correct the meeting, upload the
// minutes and record a decision for those who may.
import { Heading, TableCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { useLocale, useTranslations } from 'next-intl';
import { ActionTable } from '@/app/_components/action-table';
import type { DecisionRow, MeetingRow } from '@/db/queries/bodies';
import { documentsTiming } from '@/lib/pure/domain/bodies';
import type { BodyDecisionEvent, BodyDecisionOutcome, Preparation } from '@/lib/pure/domain/dossier';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { formatDate } from '@/lib/pure/format';
import { DecisionForm, type DecisionFormMember } from './decision-form';
import { Disclosure } from './disclosure';
import { EditMeeting } from './edit-meeting';
import type { BodyOption } from './meeting-form';
import { MinutesUpload } from './minutes-upload';
import { RemoveDecisionButton } from './remove-decision-button';

/** The labels of the decisions' fields in the page's language (catalogue `moter`). */
export interface DecisionLabels {
  outcomes: Readonly<Record<BodyDecisionOutcome, string>>;
  preparations: Readonly<Record<Preparation, string>>;
  events: Readonly<Record<BodyDecisionEvent, string>>;
}

const MIDDOT = ' · ';

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function DocumentsLine({ meeting, noticeDays }: { meeting: MeetingRow; noticeDays: number }) {
  const t = useTranslations('moter.mote');
  const locale = useLocale();
  const timing = documentsTiming({ date: meeting.meetingDate, documentsSentDate: meeting.documentsSentDate }, noticeDays);
  if (timing === 'ukjent') return <span className="bb-muted">{t('docsUnknown')}</span>;
  const days = daysBetween(meeting.documentsSentDate!, meeting.meetingDate);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {t('docsSent', { date: formatDate(meeting.documentsSentDate!, locale), days, daysText: String(days) })}
      <Tag data-color={timing === 'i_tide' ? 'success' : 'danger'} data-size="sm">
        {timing === 'i_tide' ? t('inTime') : t('late')}
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
  labels: DecisionLabels;
  /** The page's words (catalogue `moter`) for the client forms. */
  words: Messages['moter'];
  checkFields: string;
  fixFields: string;
}

export function MeetingCard({ cooperationId, meeting, noticeDays, canEdit, today, bodies, members, mandate, labels, words, checkFields, fixFields }: MeetingCardProps) {
  const t = useTranslations('moter.mote');
  const locale = useLocale();
  const headingId = `mote-${meeting.id}`;
  const date = formatDate(meeting.meetingDate, locale);
  const label = `${meeting.bodyName} ${date}`;
  const held = meeting.meetingDate <= today;
  return (
    <li className="bb-panel" aria-labelledby={headingId} data-testid={`mote-${meeting.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Heading level={3} id={headingId} data-size="xs">
            {meeting.bodyName}, {date}
          </Heading>
          <p className="mt-1 text-sm">
            <DocumentsLine meeting={meeting} noticeDays={noticeDays} />
          </p>
          <p className="mt-1 text-sm">
            {meeting.minutesUrl ? (
              <a href={meeting.minutesUrl} rel="noopener noreferrer">
                {t('minutes')}
                <span className="ds-sr-only">{t('minutesFrom', { label })}</span>
              </a>
            ) : null}
            {meeting.minutesUrl && meeting.minutesFileName ? MIDDOT : null}
            {meeting.minutesFileName ? <a href={`/samarbeid/${cooperationId}/moter/${meeting.id}/referat`}>{meeting.minutesFileName}</a> : null}
            {!meeting.minutesUrl && !meeting.minutesFileName ? <span className="bb-muted">{t('noMinutes')}</span> : null}{' '}
            {meeting.minutesUrl || meeting.minutesFileName ? (
              <Tag data-color={meeting.minutesPublic ? 'info' : 'neutral'} data-size="sm">
                {meeting.minutesPublic ? t('public') : t('notPublic')}
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
            words={words.skjema}
            fixFields={fixFields}
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
        <p className="bb-muted mt-3 text-sm">{t('noDecisions')}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <ActionTable
            caption={t('caption', { label })}
            columns={[t('colCase'), t('colDecided'), t('colOutcome'), t('colPrepared'), t('colMandate'), t('colPublic')]}
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
                  {d.saksnummer ? <div className="bb-muted text-xs">{t('caseNumber', { number: d.saksnummer })}</div> : null}
                  {d.anchoringEvent ? <div className="text-xs">{t('anchored', { event: labels.events[d.anchoringEvent] })}</div> : null}
                </TableCell>
                <TableCell>{d.political ? t('political') : t('administrative')}</TableCell>
                <TableCell>{labels.outcomes[d.outcome]}</TableCell>
                <TableCell>
                  {d.prepared === 'ja' ? t('yes') : d.prepared === 'delvis' ? t('partly') : t('no')}
                  {d.prepared === 'delvis' && d.preparedByMemberIds.length > 0 ? (
                    <div className="bb-muted text-xs">{t('preparedBy', { names: d.preparedByMemberIds.map((id) => members.find((m) => m.id === id)?.name ?? t('formerMember')).join(', ') })}</div>
                  ) : null}
                </TableCell>
                <TableCell>{d.withinMandate ? t('yes') : t('no')}</TableCell>
                <TableCell>{d.isPublic ? t('yes') : t('no')}</TableCell>
                {canEdit ? (
                  <TableCell className="text-right">
                    <RemoveDecisionButton cooperationId={cooperationId} decisionId={d.id} title={d.title} words={words.fjern} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </ActionTable>
        </div>
      )}
      {canEdit ? (
        <div className="mt-4 grid gap-4">
          <MinutesUpload cooperationId={cooperationId} meetingId={meeting.id} fileName={meeting.minutesFileName} words={words.referatfil} />
          {held ? (
            <Disclosure summary={t('registerDecisions')} defaultOpen={meeting.decisions.length === 0}>
              <DecisionForm
                cooperationId={cooperationId}
                meetingId={meeting.id}
                meetingLabel={label}
                members={members}
                mandate={mandate}
                words={words.vedtakSkjema}
                labels={labels}
                checkFields={checkFields}
              />
            </Disclosure>
          ) : (
            <p className="bb-muted text-sm">{t('whenHeld')}</p>
          )}
        </div>
      ) : null}
    </li>
  );
}
