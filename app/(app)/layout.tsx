// The pages behind the sign-in, in the reader's language (the root layout marks <html lang>).
// What is still bokmål inside them — text stored in bokmål before it had a code (old history,
// closed rounds' facts), legal citations — is marked lang="nb" where it is shown (bokmaal()), so
// a screen reader reads it with a Norwegian voice (WCAG 3.1.2). A server component: it costs the
// browser no JavaScript, and the language only changes through a full page load (/sprak) or a
// refresh (the profile), both of which render this layout again. The forms' validation
// messages are worded in the reader's language (ValidationWordsProvider).
import { getLocale } from 'next-intl/server';
import { ValidationWordsProvider } from '@/app/_components/language/validation-words';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return <ValidationWordsProvider words={CATALOGUES[locale].validering}>{children}</ValidationWordsProvider>;
}
