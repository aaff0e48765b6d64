'use client';
// The agreement-content checklist of the legal form chosen in design: what the
// samarbeidsavtale / selskapsavtale / vedtekter must (lovkrav) or should (anbefalt) contain.
// The items' texts come in the page's language from the server page (legal-form catalogue);
// their sources are citations of Norwegian law and guidance, titled in bokmål and marked so.
import Link from 'next/link';
import { useFormContext } from 'react-hook-form';
import { Checkbox, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { AgreementItem } from '@/lib/pure/domain/legal-forms';
import type { InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { FormSection } from '@/app/_components/phase/form-section';
import { bokmaal } from '@/app/_components/language/bokmaal';
import type { InnrammingWords } from './innramming-form';

export interface ChecklistForm {
  /** The form, its governing document and the counts in a sentence, in the page's language. */
  description: React.ReactNode;
  /** The items, their texts in the page's language. */
  items: AgreementItem[];
}

export function AgreementChecklist({ form, designHref, words }: { form: ChecklistForm | null; designHref: string; words: InnrammingWords['checklist'] }) {
  const { register } = useFormContext<InnrammingInput>();
  if (form === null) {
    return (
      <FormSection title={words.title} section="innramming.avtale">
        <Paragraph data-size="sm">
          {words.noFormBefore}
          <Link href={designHref}>{words.noFormLink}</Link>
          {words.noFormAfter}
        </Paragraph>
      </FormSection>
    );
  }
  return (
    <FormSection
      title={words.title}
      section="innramming.avtale"
      description={form.description}
    >
      <ul className="flex flex-col gap-3">
        {form.items.map((item) => (
          <li key={item.id} className="flex flex-col gap-1">
            <Checkbox label={item.text} {...register(`agreementChecklist.${item.id}`)} />
            <div className="flex flex-wrap items-center gap-2 pl-8 text-sm">
              <Tag data-color={item.requirement === 'lovkrav' ? 'danger' : 'info'} data-size="sm">
                {item.requirement === 'lovkrav' ? words.lovkrav : words.anbefalt}
              </Tag>
              <span className="bb-muted">
                {words.source} {bokmaal(item.source)}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </FormSection>
  );
}
