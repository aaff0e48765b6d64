// One meeting of the list, read-only, in the three languages: bokmål as the e2e specs read it,
// nynorsk and English from the catalogue; dates through the locale.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { TIME_ZONE } from '@/lib/pure/i18n/formats';
import { formatDate } from '@/lib/pure/format';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { MeetingCardProps } from './meeting-card';
import { MeetingCard } from './meeting-card';

const meeting = {
  id: 'm1',
  bodyId: 'b1',
  bodyName: 'Styret',
  meetingDate: '2027-03-10',
  documentsSentDate: '2027-03-01',
  minutesUrl: null,
  minutesPublic: false,
  minutesFileName: null,
  rowVersion: 1,
  decisions: [
    { id: 'd1', title: 'Budsjett 2028', saksnummer: '26/4711', political: true, outcome: 'avvist', prepared: 'delvis', preparedByMemberIds: ['x'], withinMandate: false, isPublic: true, url: null, anchoringEvent: 'stor_beslutning' },
  ],
} as unknown as MeetingCardProps['meeting'];

const text = (locale: Locale) => {
  const words = CATALOGUES[locale].moter;
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={CATALOGUES[locale]} timeZone={TIME_ZONE}>
      <MeetingCard
        cooperationId="c1"
        meeting={meeting}
        noticeDays={7}
        canEdit={false}
        today="2027-04-01"
        bodies={[]}
        members={[]}
        mandate={[]}
        labels={{ outcomes: words.utfall, preparations: words.forberedelse, events: words.hendelse }}
        words={words}
        checkFields=""
        fixFields=""
      />
    </NextIntlClientProvider>,
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
};

describe('MeetingCard in nb, nn and en', () => {
  it('bokmål as before', () => {
    const nb = text('nb');
    expect(nb).toContain('Saksdokumentene sendt 01.03.2027, 9 dager før møtet. I tide');
    expect(nb).toContain('Ingen referat registrert.');
    expect(nb).toContain('Saksnr. 26/4711');
    expect(nb).toContain('Stor beslutning: forankres i kommunene');
    expect(nb).toContain('Ikke vedtatt Delvis Av tidligere deltaker Nei Ja');
  });
  it('nynorsk and English', () => {
    expect(text('nn')).toContain('Saksdokumenta sende 01.03.2027, 9 dagar før møtet. I tide');
    expect(text('nn')).toContain('Ikkje vedteke Delvis Av tidlegare deltakar Nei Ja');
    const en = text('en');
    expect(en).toContain(`Case documents sent ${formatDate('2027-03-01', 'en')}, 9 days before the meeting. In time`);
    expect(en).toContain('Major decision: to be anchored in the municipalities');
    expect(en).not.toMatch(/Saksdokumentene|Ingen referat|forankres/);
  });
});
