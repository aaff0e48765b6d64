'use client';
// The profile's language setting: bokmål, nynorsk, English, or none (the switcher and the
// browser decide). Bound to the profile's server action.
import { setLanguageAction } from '../actions';
import { ChoiceForm, type ChoiceFormProps } from '@/app/_components/language/choice-form';

export function LanguageForm(props: Omit<ChoiceFormProps, 'save' | 'name'>) {
  return (
    <ChoiceForm
      {...props}
      name="language"
      save={(language, expected) => setLanguageAction({ language, expected })}
    />
  );
}
