'use client';
// A member's sponsors, with what is still missing for that member shown as it is typed.
import { Button, Fieldset, Tag } from '@digdir/designsystemet-react';
import { useWatch, type FieldArrayWithId, type UseFormReturn } from 'react-hook-form';
import type { SponsorKind } from '@/lib/pure/domain/dossier';
import type { StotteSponsor } from '@/db/queries/phases/stotte';
import { type StotteInput, type StotteValues } from '@/lib/pure/validation/phases/stotte';
import { SPONSOR_KINDS } from '@/lib/pure/domain/dossier';
import { RowList } from '@/app/_components/removable-rows';
import type { Locale } from '@/lib/pure/i18n/locales';
import { SponsorRow } from './sponsor-row';
import type { StotteWords } from './stotte-form';

export interface StotteMember {
  id: string;
  name: string;
  /** Sponsors are the aim for municipalities; other partners may have them but need not. */
  isMunicipality: boolean;
}

export interface SponsorGroupProps {
  form: UseFormReturn<StotteInput, unknown, StotteValues>;
  member: StotteMember;
  rows: { field: FieldArrayWithId<StotteInput, 'sponsors', 'key'>; index: number }[];
  stored: ReadonlyMap<string, StotteSponsor>;
  readOnly: boolean;
  words: StotteWords;
  locale: Locale;
  onAdd: (kind: SponsorKind) => void;
  onRemove: (index: number) => void;
}

export function SponsorGroup({ form, member, rows, stored, readOnly, words, locale, onAdd, onRemove }: SponsorGroupProps) {
  const w = words.group;
  const sponsors = useWatch({ control: form.control, name: 'sponsors' }) ?? [];
  const missing = SPONSOR_KINDS.filter((kind) => !sponsors.some((s) => s?.memberId === member.id && s.kind === kind && (s.name ?? '').trim() !== ''));
  return (
    <Fieldset className="mt-6">
      <Fieldset.Legend>{member.name}</Fieldset.Legend>
      <Fieldset.Description>
        {!member.isMunicipality ? (
          w.notRequired
        ) : missing.length === 0 ? (
          <Tag data-color="success">{w.both}</Tag>
        ) : (
          <span className="flex flex-wrap gap-2">
            {missing.map((kind) => (
              <Tag key={kind} data-color="warning">
                {w.missing[kind]}
              </Tag>
            ))}
          </span>
        )}
      </Fieldset.Description>
      <RowList look="card" nested empty={w.empty}>
        {rows.map(({ field, index }, i) => (
          <SponsorRow
            key={field.key}
            form={form}
            index={index}
            position={i + 1}
            memberName={member.name}
            stored={field.id ? stored.get(field.id) : undefined}
            words={words.row}
            locale={locale}
            onRemove={readOnly ? null : () => onRemove(index)}
          />
        ))}
      </RowList>
      {readOnly ? null : (
        <div className="mt-3 flex flex-wrap gap-2">
          {SPONSOR_KINDS.map((kind) => (
            <Button key={kind} type="button" variant="secondary" data-size="sm" onClick={() => onAdd(kind)} id={`legg-til-${kind}-${member.id}`}>
              {w.add[kind]}
            </Button>
          ))}
        </div>
      )}
    </Fieldset>
  );
}
