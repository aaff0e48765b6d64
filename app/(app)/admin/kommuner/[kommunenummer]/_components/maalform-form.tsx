'use client';
// A municipality's målform, set by an administrator: bound to the admin server action.
import { ChoiceForm, type ChoiceFormProps } from '@/app/_components/language/choice-form';
import { setMaalformAction } from '../../actions';

export function MaalformForm({ kommunenummer, ...props }: Omit<ChoiceFormProps, 'save' | 'name'> & { kommunenummer: string }) {
  return <ChoiceForm {...props} name="maalform" save={(maalform, expected) => setMaalformAction({ kommunenummer, maalform, expected })} />;
}
