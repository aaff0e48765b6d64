import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Heading, Paragraph } from '@digdir/designsystemet-react';

export interface Crumb {
  href: string;
  label: string;
}

export function PageHeader({ title, lead, crumbs = [], children }: { title: string; lead?: React.ReactNode; crumbs?: Crumb[]; children?: React.ReactNode }) {
  const t = useTranslations('felles');
  return (
    <div className="mb-8">
      {crumbs.length > 0 ? (
        <nav aria-label={t('breadcrumbs')} className="mb-3 text-sm">
          <ol className="flex flex-wrap gap-2">
            {crumbs.map((c) => (
              <li key={c.href} className="flex gap-2">
                <Link href={c.href}>{c.label}</Link>
                <span aria-hidden="true">›</span>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Heading level={1} data-size="lg">
            {title}
          </Heading>
          {lead ? (
            <Paragraph className="bb-muted mt-2 max-w-3xl">
              {lead}
            </Paragraph>
          ) : null}
        </div>
        {children}
      </div>
    </div>
  );
}
