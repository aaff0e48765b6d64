// The design form as markup in nb, nn and en: the words come from the page (page-words.ts), the
// bokmål ones stay exactly as the e2e specs find them, and no bokmål is left in the others.
import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { readyDossier } from '@/testing/fixtures/domain';
import { designDefaults } from '@/lib/pure/validation/phases/design';
import type { Locale } from '@/lib/pure/i18n/locales';

vi.mock('../actions', () => ({ saveDesignAction: vi.fn() }));
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: vi.fn(), push: vi.fn(), replace: vi.fn() }), usePathname: () => '/samarbeid/x/design', useSearchParams: () => new URLSearchParams() }));

import { DesignForm } from './design-form';
import { designPageWords } from '../page-words';

function render(locale: Locale, legalForm: string | null = 'vertskommune_administrativ') {
  const d = readyDossier();
  d.design.legalForm = legalForm;
  const { words, choice } = designPageWords(locale, d.design.legalForm);
  return renderToStaticMarkup(
    <DesignForm
      defaults={designDefaults(d, 1)}
      members={d.members.map((m) => ({ id: m.id, name: m.name }))}
      storedForm={d.design.legalForm}
      access={{ cooperationId: d.id, state: 'utkast', canEdit: true, completable: {} }}
      readOnly={false}
      words={words}
      choice={choice}
    />,
  );
}

describe('DesignForm', () => {
  it('shows the bokmål words the e2e specs look for', () => {
    const html = render('nb');
    for (const text of ['Lagre designet', 'Velg organisasjonsform', 'Administrativt vertskommunesamarbeid', 'Sammenlign formene', 'Hjelp meg å velge', 'Begrunnelse for valget', 'Rolle for ', 'Legg til organ', 'Operativ leder bestemmer alene', 'Hvordan skal samarbeidet arbeide?', 'Grunnlag: kommuneloven kapittel 20', 'Samarbeidsformer etter kommuneloven § 17-1']) {
      expect(html).toContain(text);
    }
  });

  it('is in nynorsk and English', () => {
    const nn = render('nn');
    for (const text of ['Vel organisasjonsform', 'Samanlikn formene', 'Hjelp meg å velje', 'Grunngiving for valet', 'Leiarvervet', 'Operativ leiar avgjer åleine', 'Korleis skal samarbeidet arbeide?', 'Grunnlag: kommunelova kapittel 20', 'Kommunalt oppgåvefellesskap']) {
      expect(nn).toContain(text);
    }
    const en = render('en');
    for (const text of ['Save the design', 'Choose a legal form', 'Compare the forms', 'Help me choose', 'Rationale for the choice', 'Add a body', 'The operational leader decides alone', 'How will the cooperation work?', 'Basis: Local Government Act (kommuneloven) chapter 20', 'Inter-municipal company', 'Host municipality']) {
      expect(en).toContain(text);
    }
    for (const bokmaal of ['Velg organisasjonsform', 'Lagre designet', 'Legg til', 'Begrunnelse', 'Sammenlign', 'Kommunalt oppgavefellesskap', 'Samarbeidskommune']) {
      expect(en).not.toContain(bokmaal);
    }
  });
});
