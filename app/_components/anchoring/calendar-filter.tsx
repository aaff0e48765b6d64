// Narrows the calendar (to one member, or one cooperation) with a plain GET form, so it works
// without script and the filtered view has its own address. Words: namespace `forankring.filter`.
import { getTranslations } from 'next-intl/server';
import { SelectField } from '@/app/_components/select-field';
import { SubmitButton } from '@/app/_components/submit-button';

export interface CalendarFilterProps {
  action: string;
  label: string;
  /** The query parameter. */
  name: string;
  allLabel: string;
  options: { id: string; name: string }[];
  selected: string;
  whole: boolean;
}

export async function CalendarFilter({ action, label, name, allLabel, options, selected, whole }: CalendarFilterProps) {
  const t = await getTranslations('forankring.filter');
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" role="search" aria-label={t('label')}>
      <div className="min-w-56">
        <SelectField label={label} name={name} defaultValue={selected} data-size="sm">
          <option value="">{allLabel}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      </div>
      {whole ? <input type="hidden" name="vis" value="alle" /> : null}
      <SubmitButton variant="secondary" data-size="sm">
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
