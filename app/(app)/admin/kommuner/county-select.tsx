'use client';
import { SelectField } from '@/app/_components/select-field';

export function CountySelect({
  counties,
  value,
  words,
}: {
  counties: { countyNumber: string; countyName: string }[];
  value: string;
  /** The field's label and the "all" choice (admin.kommuner). */
  words: { label: string; all: string };
}) {
  return (
    <SelectField label={words.label} name="fylke" defaultValue={value}>
      <option value="">{words.all}</option>
      {counties.map((c) => (
        <option key={c.countyNumber} value={c.countyNumber}>
          {c.countyName}
        </option>
      ))}
    </SelectField>
  );
}
