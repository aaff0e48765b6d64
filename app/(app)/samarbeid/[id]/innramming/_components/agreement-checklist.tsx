'use client';
// The agreement-content checklist of the legal form chosen in design: what the
// samarbeidsavtale / selskapsavtale / vedtekter must (lovkrav) or should (anbefalt) contain.
import Link from 'next/link';
import { useFormContext } from 'react-hook-form';
import { Checkbox, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { AgreementItem } from '@/lib/pure/domain/legal-forms';
import type { InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { FormSection } from '@/app/_components/phase/form-section';

export interface ChecklistForm {
  name: string;
  agreementName: string;
  items: AgreementItem[];
}

export function AgreementChecklist({ form, designHref }: { form: ChecklistForm | null; designHref: string }) {
  const { register } = useFormContext<InnrammingInput>();
  if (form === null) {
    return (
      <FormSection title="Innholdet i avtalen" section="innramming.avtale">
        <Paragraph data-size="sm">
          Organisasjonsform er ikke valgt ennå, så Brobygger vet ikke hva avtalen må inneholde.{' '}
          <Link href={designHref}>Velg organisasjonsform i design-fasen</Link>, så kommer sjekklisten her.
        </Paragraph>
      </FormSection>
    );
  }
  const lovkrav = form.items.filter((i) => i.requirement === 'lovkrav').length;
  const anbefalt = form.items.length - lovkrav;
  const counts = lovkrav > 0 ? `${lovkrav} lovkrav og ${anbefalt} anbefalte punkter` : `${anbefalt} anbefalte punkter, ingen merket som lovkrav`;
  return (
    <FormSection
      title="Innholdet i avtalen"
      section="innramming.avtale"
      description={`${form.name}. Styrende dokument: ${form.agreementName}. Sjekklisten har ${counts}. Kryss av for det avtaleutkastet dekker.`}
    >
      <ul className="flex flex-col gap-3">
        {form.items.map((item) => (
          <li key={item.id} className="flex flex-col gap-1">
            <Checkbox label={item.text} {...register(`agreementChecklist.${item.id}`)} />
            <div className="flex flex-wrap items-center gap-2 pl-8 text-sm">
              <Tag data-color={item.requirement === 'lovkrav' ? 'danger' : 'info'} data-size="sm">
                {item.requirement === 'lovkrav' ? 'Lovkrav' : 'Anbefalt'}
              </Tag>
              <span className="bb-muted">Kilde: {item.source}</span>
            </div>
          </li>
        ))}
      </ul>
    </FormSection>
  );
}
