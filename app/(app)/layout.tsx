// The pages behind the sign-in. Their own texts are still bokmål in the code (issue 14: the
// public pages are translated, these come next), so when the reader has chosen nynorsk or
// English their content is marked as bokmål, and a screen reader reads it with a Norwegian
// voice (WCAG 3.1.2). Parts that are translated carry their own lang (the profile's language
// setting, a municipality's målform, the network sections). A server component: it costs the
// browser no JavaScript, and the language only changes through a full page load (/sprak) or a
// refresh (the profile), both of which render this layout again. The forms' validation
// messages are worded in the reader's language (ValidationWordsProvider).
import { getLocale } from 'next-intl/server';
import { ValidationWordsProvider } from '@/app/_components/language/validation-words';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const words = CATALOGUES[locale].validering;
  if (locale === 'nb') return <ValidationWordsProvider words={words}>{children}</ValidationWordsProvider>;
  return (
    <ValidationWordsProvider words={words}>
      <div lang="nb">{children}</div>
    </ValidationWordsProvider>
  );
}
