// What has been decided and published: member councils' decisions, public decisions of the
// cooperation's bodies, published minutes, and the latest evaluation.
import { useTranslations } from 'next-intl';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { PublicCooperation } from '@/lib/pure/register/public';
import { TableScroll } from '@/app/_components/table-scroll';
import { useDate } from './labels';

function DocumentLink({ url, label }: { url: string | null; label: string }) {
  const t = useTranslations('samarbeid.decisions');
  if (!url) return <span className="bb-muted">–</span>;
  return (
    <a href={url} rel="noopener noreferrer">
      {t('open')}
      <span className="ds-sr-only"> {label}</span>
    </a>
  );
}

export function DecisionsSection({ c }: { c: PublicCooperation }) {
  const t = useTranslations('samarbeid.decisions');
  const date = useDate();
  return (
    <section aria-labelledby="vedtak-tittel" className="bb-panel">
      <Heading level={2} id="vedtak-tittel" data-size="xs">
        {t('heading')}
      </Heading>
      <Heading level={3} data-size="2xs" className="mt-4">
        {t('members')}
      </Heading>
      {c.memberDecisions.length === 0 ? (
        <Paragraph className="mt-2">{t('noMembers')}</Paragraph>
      ) : (
        <TableScroll label={t('members')} className="mt-2">
          <Table border className="w-full" data-size="sm">
            <caption className="ds-sr-only">{t('membersCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colDate')}</TableHeaderCell>
                <TableHeaderCell>{t('colMemberBody')}</TableHeaderCell>
                <TableHeaderCell>{t('colCase')}</TableHeaderCell>
                <TableHeaderCell>{t('colOutcome')}</TableHeaderCell>
                <TableHeaderCell>{t('colDecision')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {c.memberDecisions.map((d, i) => (
                <TableRow key={i}>
                  <TableCell className="whitespace-nowrap">{date(d.date)}</TableCell>
                  <TableCell>
                    {d.member}
                    <div className="bb-muted">{d.body}</div>
                  </TableCell>
                  <TableCell>{d.saksnummer ?? '–'}</TableCell>
                  <TableCell>
                    {t(`outcome.${d.outcome}`)}
                    {d.round > 1 ? t('amendment') : null}
                  </TableCell>
                  <TableCell>
                    <DocumentLink url={d.url} label={t('memberDecision', { member: d.member, date: date(d.date) })} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      <Heading level={3} data-size="2xs" className="mt-6">
        {t('bodies')}
      </Heading>
      {c.bodyDecisions.length === 0 ? (
        <Paragraph className="mt-2">{t('noBodies')}</Paragraph>
      ) : (
        <TableScroll label={t('bodies')} className="mt-2">
          <Table border className="w-full" data-size="sm">
            <caption className="ds-sr-only">{t('bodiesCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colDate')}</TableHeaderCell>
                <TableHeaderCell>{t('colCaseBody')}</TableHeaderCell>
                <TableHeaderCell>{t('colCase')}</TableHeaderCell>
                <TableHeaderCell>{t('colDocument')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {c.bodyDecisions.map((d, i) => (
                <TableRow key={i}>
                  <TableCell className="whitespace-nowrap">{date(d.date)}</TableCell>
                  <TableCell>
                    {d.title}
                    <div className="bb-muted">{d.body}</div>
                  </TableCell>
                  <TableCell>{d.saksnummer ?? '–'}</TableCell>
                  <TableCell>
                    <DocumentLink url={d.url} label={t('bodyDecision', { title: d.title })} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function MinutesList({ items, label }: { items: PublicCooperation['minutes']; label: string }) {
  const t = useTranslations('samarbeid.minutes');
  const date = useDate();
  return (
    <ul className="mt-2 space-y-1" aria-label={label}>
      {items.map((m, i) => (
        <li key={i}>
          <a href={m.url} rel="noopener noreferrer">
            {date(m.date)}: {m.source === 'organ' ? m.body : t('memberItem', { body: m.body, member: m.member ?? '' })}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function MinutesSection({ c }: { c: PublicCooperation }) {
  const t = useTranslations('samarbeid.minutes');
  const own = c.minutes.filter((m) => m.source === 'organ');
  const members = c.minutes.filter((m) => m.source === 'forankring');
  return (
    <section aria-labelledby="referater-tittel" className="bb-panel" data-testid="publiserte-referater">
      <Heading level={2} id="referater-tittel" data-size="xs">
        {t('heading')}
      </Heading>
      {c.minutes.length === 0 ? <Paragraph className="mt-2">{c.publishesMinutes ? t('none') : t('notHere')}</Paragraph> : null}
      {own.length > 0 ? (
        <>
          <Heading level={3} data-size="2xs" className="mt-4">
            {t('own')}
          </Heading>
          <MinutesList items={own} label={t('ownLabel')} />
        </>
      ) : null}
      {members.length > 0 ? (
        <>
          <Heading level={3} data-size="2xs" className="mt-4">
            {t('members')}
          </Heading>
          <Paragraph className="mt-1" data-size="sm">
            {t('membersIntro')}
          </Paragraph>
          <MinutesList items={members} label={t('membersLabel')} />
        </>
      ) : null}
    </section>
  );
}

export function EvaluationSection({ c }: { c: PublicCooperation }) {
  const t = useTranslations('samarbeid.evaluation');
  const date = useDate();
  const e = c.latestEvaluation;
  return (
    <section aria-labelledby="evaluering-tittel" className="bb-panel">
      <Heading level={2} id="evaluering-tittel" data-size="xs">
        {t('heading')}
      </Heading>
      {e ? (
        <>
          <Paragraph className="mt-2">
            {t('last', { date: date(e.closedAt) })} {e.decision ? t(`decision.${e.decision}`) : t('noConclusion')}
          </Paragraph>
          {e.summary ? (
            <div className="mt-3 border-l-4 border-[var(--ds-color-neutral-border-default)] pl-4">
              <Heading level={3} data-size="2xs">
                {t('summary')}
              </Heading>
              <p className="mt-1 whitespace-pre-line">{e.summary}</p>
            </div>
          ) : null}
        </>
      ) : (
        <Paragraph className="mt-2">{t('none')}</Paragraph>
      )}
    </section>
  );
}
