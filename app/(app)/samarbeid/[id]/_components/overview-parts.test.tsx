// The overview's server-rendered parts in the three languages: the lifecycle map, the warnings
// panel, the history and an account link's state, with their words from the catalogue. Bokmål
// stays as the other tests and the e2e specs read it.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { TIME_ZONE } from '@/lib/pure/i18n/formats';
import type { Locale } from '@/lib/pure/i18n/locales';
import { HistoryTimeline } from './history-timeline';
import { LifecycleStepper } from './lifecycle-stepper';
import { LinkStateView } from './link-state';
import { OverviewWarnings } from './overview-warnings';
import type { HistoryEntry } from './history';
import { evaluateWarnings } from '@/lib/pure/domain/warnings';
import { warningWords } from '@/lib/pure/domain/warnings-words';
import { NOW, variantOf } from '@/testing/fixtures/legitimacy';

const text = (locale: Locale, node: React.ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={CATALOGUES[locale]} timeZone={TIME_ZONE}>
      {node}
    </NextIntlClientProvider>,
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const correction: HistoryEntry = {
  kind: 'correction',
  key: 'retting-1',
  at: new Date('2026-03-02T10:15:00Z'),
  title: 'Vedtaket frå Birkenes kommune i vedtaksrunde 1 vart retta',
  actorName: 'Rune Rådgiver',
  changes: [{ field: 'Dato', old: '12.02.2026', new: null, public: false }],
  reason: 'Feil dato',
};

describe('the overview parts in nb, nn and en', () => {
  it('the lifecycle map names the states and the side road', () => {
    expect(text('nb', <LifecycleStepper state="avbrutt" startDate={null} />)).toContain('Avbrutt: Etableringen ble avbrutt.');
    expect(text('nn', <LifecycleStepper state="medlemsvedtak" startDate={null} />)).toContain('3. Vedtak hos deltakarane (no)');
    expect(text('en', <LifecycleStepper state="drift" startDate="2026-01-01" />)).toContain('Lifecycle 1. Draft (completed)');
  });

  it('the warnings panel without warnings', () => {
    expect(text('nb', <OverviewWarnings warnings={[]} />)).toMatch(/^Varsler Ingen varsler\./);
    expect(text('nn', <OverviewWarnings warnings={[]} />)).toMatch(/^Varsel Ingen varsel\. Dataa gir ingen teikn/);
    expect(text('en', <OverviewWarnings warnings={[]} />)).toMatch(/^Warnings No warnings\./);
  });

  it('the warnings panel with the warnings in the page language', () => {
    const d = variantOf((w) => ({ sponsors: w.sponsors.filter((s) => s.kind === 'administrativ') }));
    const panel = (locale: Locale) => <OverviewWarnings warnings={evaluateWarnings(d, NOW, undefined, warningWords(locale))} />;
    expect(text('nb', panel('nb'))).toContain('Deltakere uten politisk sponsor Høy alvorlighet Ingen av de 3 deltakerne har en politisk sponsor');
    expect(text('nn', panel('nn'))).toContain('Deltakarar utan politisk sponsor');
    expect(text('nn', panel('nn'))).toContain('Ingen av dei 3 deltakarane har ein politisk sponsor: Kristiansand, Lillesand og Birkenes.');
    expect(text('en', panel('en'))).toContain('None of the 3 members has a political sponsor: Kristiansand, Lillesand and Birkenes.');
    expect(text('en', panel('en'))).toContain('Advice: According to the research');
  });

  it('the history, empty and with a correction (the field name marked as bokmål)', () => {
    expect(text('nn', <HistoryTimeline entries={[]} moreHref={null} />)).toBe('Historikk Ingen steg er tekne og ingenting er endra enno. Samarbeidet vart oppretta som utkast.');
    const nb = text('nb', <HistoryTimeline entries={[correction]} moreHref="/samarbeid/x?historikk=50" />);
    expect(nb).toContain('Dato : fra 12.02.2026 → til (tomt)');
    expect(nb).toContain('Begrunnelse: «Feil dato»');
    expect(nb).toContain('Vis eldre historikk');
    const en = text('en', <HistoryTimeline entries={[correction]} moreHref={null} />);
    expect(en).toContain('Dato : from 12.02.2026 → to (empty)');
    expect(en).toContain('Reason: «Feil dato»');
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="en" messages={CATALOGUES.en} timeZone={TIME_ZONE}>
        <HistoryTimeline entries={[correction]} moreHref={null} />
      </NextIntlClientProvider>,
    );
    expect(html).toContain('<span class="font-semibold" lang="nb">Dato</span>');
  });

  it('an account link, marked with its language', () => {
    const state = { kind: 'expired' as const, email: 'a@b.no', expiredAt: new Date('2026-03-02T10:15:00Z') };
    expect(text('nb', <LinkStateView state={state} />)).toBe('Invitasjonen er utløpt a@b.no, utløp 2. mars 2026, 11:15. Send en ny.');
    expect(text('nn', <LinkStateView state={state} />)).toMatch(/^Invitasjonen har gått ut a@b\.no, gjekk ut .* Send ein ny\.$/);
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="en" messages={CATALOGUES.en} timeZone={TIME_ZONE}>
        <LinkStateView state={{ kind: 'none' }} />
      </NextIntlClientProvider>,
    );
    expect(html).toContain('lang="en"');
    expect(html).toContain('Not linked');
  });
});
