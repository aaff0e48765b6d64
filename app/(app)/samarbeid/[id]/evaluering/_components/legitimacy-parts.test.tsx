// The closed round's structural details and statement results in the request's language: the
// indicators worded by their stored codes (old rounds: bokmål, marked), the statements from the
// round's questionnaire version in the page's language. next-intl's request side is stubbed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { structuralScores, type StructuralScores } from '@/lib/pure/domain/legitimacy';
import { questionnaire } from '@/lib/pure/domain/questionnaire';
import type { AnonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import { NOW, wellGovernedDossier } from '@/testing/fixtures/legitimacy';

const request = vi.hoisted(() => ({ locale: 'nb' as string }));
vi.mock('next-intl/server', () => ({
  getLocale: async () => request.locale,
  getTranslations: async (namespace: 'evaluering') => createTranslator({ locale: request.locale as Locale, messages: CATALOGUES[request.locale as Locale], namespace }),
}));

const { StructuralDetails } = await import('./structural-details');
const { StatementResults } = await import('./statement-results');

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

function stored(): StructuralScores {
  const d = wellGovernedDossier();
  d.design.leader.name = '';
  return JSON.parse(JSON.stringify(structuralScores(d, NOW)));
}

const first = questionnaire(1).statements[0]!;
const statements: AnonymousResults['statements'] = [
  {
    id: first.id,
    group: first.group,
    criterion: first.criterion,
    factor: first.factor,
    label: first.label,
    text: first.text,
    tally: { answered: 2, dontKnow: 0, distribution: [0, 0, 1, 1, 0], mean: 3.5, score: 63 },
    previousMean: null,
    comments: [],
  },
];

describe('StructuralDetails', () => {
  beforeEach(() => {
    request.locale = 'nb';
  });

  it('is bokmål as before', async () => {
    const html = renderToStaticMarkup(await StructuralDetails({ structural: stored() }));
    expect(text(html)).toContain('Operativ leder er på plass (0 %) Samarbeidet har ingen operativ leder registrert.');
  });

  it('words the stored codes in nynorsk and English', async () => {
    request.locale = 'nn';
    expect(text(renderToStaticMarkup(await StructuralDetails({ structural: stored() })))).toContain('Operativ leiar er på plass (0 %) Samarbeidet har ingen operativ leiar registrert.');
    request.locale = 'en';
    const html = renderToStaticMarkup(await StructuralDetails({ structural: stored() }));
    expect(text(html)).toContain('An operative leader is in place (0%) The cooperation has no operative leader recorded.');
    expect(html).not.toContain('lang="nb"');
  });

  it('marks the facts of a round closed before the codes as bokmål', async () => {
    request.locale = 'en';
    const old = stored();
    old.output.indicators = old.output.indicators.map(({ texts: _texts, ...rest }) => rest);
    const html = renderToStaticMarkup(await StructuralDetails({ structural: old }));
    expect(html).toContain('<span lang="nb">Samarbeidet har ingen operativ leder registrert.</span>');
    expect(text(html)).toContain('An operative leader is in place');
  });
});

describe('StatementResults', () => {
  beforeEach(() => {
    request.locale = 'nb';
  });

  it('is bokmål as before', async () => {
    const html = renderToStaticMarkup(await StatementResults({ statements, withPrevious: false, version: 1, roundLanguage: 'nb' }));
    expect(text(html)).toContain(`${first.label} ${first.text}`);
  });

  it('shows the statements in the page language when the version exists in it', async () => {
    request.locale = 'en';
    const html = renderToStaticMarkup(await StatementResults({ statements, withPrevious: false, version: 1, roundLanguage: 'nb' }));
    const en = questionnaire(1, 'en').statements[0]!;
    expect(text(html)).toContain(`${en.label} ${en.text}`);
    expect(html).not.toContain('lang=');
    request.locale = 'nn';
    const nn = questionnaire(1, 'nn').statements[0]!;
    expect(text(renderToStaticMarkup(await StatementResults({ statements, withPrevious: false, version: 1, roundLanguage: 'en' })))).toContain(`${nn.label} ${nn.text}`);
  });

  it('keeps a statement the version does not know as stored, in bokmål', async () => {
    request.locale = 'en';
    const html = renderToStaticMarkup(await StatementResults({ statements: [{ ...statements[0]!, id: 'fjernet' }], withPrevious: false, version: 1, roundLanguage: 'nb' }));
    expect(html).toContain(`<span lang="nb">${first.label}</span>`);
  });
});
