// The language switcher in the header: one plain link per language to /sprak/<code>, which
// sets the cookie and sends the visitor back to the page the link was followed from (its
// Referer), so it works without JavaScript and ships none. Each language is named in itself
// and marked with its lang; the current one is marked aria-current.
import { LANGUAGE_NAMES, LOCALES, type Locale } from '@/lib/pure/i18n/locales';

interface Props {
  current: Locale;
  /** «Språk», in the page's language: the name of this navigation. */
  label: string;
}

export function LanguageSwitcher({ current, label }: Props) {
  return (
    <nav aria-label={label} className="text-sm" data-testid="sprakvelger">
      <ul className="flex gap-3">
        {LOCALES.map((code) => (
          <li key={code}>
            {code === current ? (
              <span lang={code} aria-current="true" className="font-semibold">
                {LANGUAGE_NAMES[code]}
              </span>
            ) : (
              <a href={`/sprak/${code}`} lang={code} hrefLang={code}>
                {LANGUAGE_NAMES[code]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
