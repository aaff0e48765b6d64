'use client';
import { SelectField } from '@/app/_components/select-field';

export function CountySelect({ counties, value }: { counties: { countyNumber: string; countyName: string }[]; value: string }) {
  return (
    <SelectField label="Fylke" name="fylke" defaultValue={value}>
      <option value="">Alle fylker</option>
      {counties.map((c) => (
        <option key={c.countyNumber} value={c.countyNumber}>
          {c.countyName}
        </option>
      ))}
    </SelectField>
  );
}
