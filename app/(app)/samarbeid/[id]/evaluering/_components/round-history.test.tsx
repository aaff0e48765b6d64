// The evaluation page's components in the request's language: bokmål exactly as before (the
// e2e tests read it), nynorsk and English from the catalogue. next-intl's request side is stubbed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';

const request = vi.hoisted(() => ({ locale: 'nb' as string }));
vi.mock('next-intl/server', () => ({
  getLocale: async () => request.locale,
  getTranslations: async (namespace: 'evaluering') => createTranslator({ locale: request.locale as Locale, messages: CATALOGUES[request.locale as Locale], namespace }),
}));

const { RoundHistory } = await import('./round-history');
const { InvitationTable } = await import('./invitation-table');

const rounds = [
  {
    id: '11111111-1111-4111-8111-111111111111',
    number: 2,
    reason: 'forespurt' as const,
    openedAt: new Date('2026-03-02T10:00:00Z'),
    closedAt: new Date('2026-03-20T10:00:00Z'),
    invited: 6,
    answered: 4,
    decision: null,
  },
];

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('RoundHistory', () => {
  beforeEach(() => {
    request.locale = 'nb';
  });

  it('is bokmål as before', async () => {
    const html = text(renderToStaticMarkup(await RoundHistory({ cooperationId: 'c', rounds })));
    expect(html).toContain('Avsluttede evalueringer');
    expect(html).toContain('Runde 2 På forespørsel 02.03.2026 20.03.2026 4 av 6 Ikke tatt ennå');
    expect(text(renderToStaticMarkup(await RoundHistory({ cooperationId: 'c', rounds: [] })))).toContain('Samarbeidet har ikke avsluttet noen evaluering ennå.');
  });

  it('is nynorsk and English when the reader asks for it', async () => {
    request.locale = 'nn';
    const nn = text(renderToStaticMarkup(await RoundHistory({ cooperationId: 'c', rounds })));
    expect(nn).toContain('Avslutta evalueringar');
    expect(nn).toContain('Runde 2 På førespurnad 02.03.2026 20.03.2026 4 av 6 Ikkje teken enno');
    request.locale = 'en';
    const en = text(renderToStaticMarkup(await RoundHistory({ cooperationId: 'c', rounds })));
    expect(en).toContain('Completed evaluations');
    expect(en).toContain('Round 2 On request');
    expect(en).toContain('4 of 6 Not taken yet');
  });
});

describe('InvitationTable', () => {
  const invitations = [
    { userId: 'u1', name: 'Kari Nordmann', title: null, perspective: 'radmannsteam' as const, memberName: 'Os kommune', submitted: true },
    { userId: 'u2', name: 'Ola Nordmann', title: 'Ordfører', perspective: 'politisk_sponsor' as const, memberName: null, submitted: false },
  ];

  it('names roles and answers in the reader’s language, bokmål as before', async () => {
    request.locale = 'nb';
    const nb = text(renderToStaticMarkup(await InvitationTable({ invitations, currentUserId: 'u1' })));
    expect(nb).toContain('Kari Nordmann (deg) Rådmannsteam Os kommune Ja');
    expect(nb).toContain('Ola Nordmann Ordfører Politisk sponsor – Nei');
    request.locale = 'en';
    const en = text(renderToStaticMarkup(await InvitationTable({ invitations, currentUserId: 'u1' })));
    expect(en).toContain('Kari Nordmann (you) Chief executive');
    expect(en).toContain('Political sponsor – No');
    request.locale = 'nn';
    expect(text(renderToStaticMarkup(await InvitationTable({ invitations: [], currentUserId: 'u1' })))).toContain('Ingen er inviterte.');
  });
});
