// The innramming form's parts take their words from the page: in English and nynorsk the cost
// table, its figures and the checklist's empty state speak the page's language, and bokmål
// stays what the e2e specs look for. Rendered as markup (the suite runs without a DOM).
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { FormProvider, useForm } from 'react-hook-form';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { AgreementChecklist } from './agreement-checklist';
import { CostShareTable } from './cost-share-table';

const members = [
  { id: 'a', name: 'Arendal' },
  { id: 'b', name: 'Grimstad' },
];

function WithForm({ values, children }: { values: Partial<InnrammingInput>; children: React.ReactNode }) {
  const methods = useForm<InnrammingInput>({ defaultValues: values as InnrammingInput });
  return <FormProvider {...methods}>{children}</FormProvider>;
}

function table(locale: Locale, fixedSharePercent: [string, string]) {
  const words = CATALOGUES[locale].innramming.form;
  const values = {
    costKeyKind: 'faste_andeler',
    budget: '1000000',
    fixedPartPercent: '',
    members: fixedSharePercent.map((p) => ({ fixedSharePercent: p })),
  } as unknown as Partial<InnrammingInput>;
  return renderToStaticMarkup(
    <WithForm values={values}>
      <CostShareTable members={members} words={words.table} and={words.and} locale={locale} />
    </WithForm>,
  );
}

describe('the cost table in the page language', () => {
  it('English: headers, labels and amounts', () => {
    const html = table('en', ['60', '40']);
    expect(html).toContain('Allocation per participant');
    expect(html).toContain('aria-label="Fixed share in per cent for Arendal"');
    expect(html).toContain('NOK\u00a0600,000.00');
    expect(html).toContain('60%');
  });

  it('English: the refusal with the total in English digits', () => {
    expect(table('en', ['60', '39'])).toContain('The fixed shares add up to 99%, but must be exactly 100%.');
  });

  it('bokmål as before', () => {
    const html = table('nb', ['60', '39']);
    expect(html).toContain('Fordeling per deltaker');
    expect(html).toContain('De faste andelene er til sammen 99 %, men må være nøyaktig 100 %.');
  });
});

describe('the agreement checklist without a legal form', () => {
  it('nynorsk, with the link to the design phase', () => {
    const html = renderToStaticMarkup(
      <WithForm values={{}}>
        <AgreementChecklist form={null} designHref="/samarbeid/x/design" words={CATALOGUES.nn.innramming.form.checklist} />
      </WithForm>,
    );
    expect(html).toContain('Organisasjonsform er ikkje vald enno');
    expect(html).toMatch(/<a href="\/samarbeid\/x\/design">Vel organisasjonsform i design-fasen<\/a>, så kjem sjekklista her\./);
  });
});
