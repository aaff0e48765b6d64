// The sign-in and password pages: their forms word validation messages in the reader's
// language (ValidationWordsProvider). Adds no element of its own.
import { getLocale } from 'next-intl/server';
import { ValidationWordsProvider } from '@/app/_components/language/validation-words';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  return <ValidationWordsProvider words={CATALOGUES[await getLocale()].validering}>{children}</ValidationWordsProvider>;
}
