// One changed field as the history shows it: «Dato: 12.02.2026 → 14.02.2026», read aloud as
// «fra … til …». Long values are cut, so one long text cannot push the rest out of sight.
// The field's name is stored in bokmål (the change log's labels) and shown in the page's
// language (change-log-words.ts); one it does not recognise stays bokmål, marked lang="nb".
import { useTranslations } from 'next-intl';
import { fieldName } from '@/lib/pure/domain/change-log-words';
import { asWords } from '@/lib/pure/i18n/loose-words';

const MAX_SHOWN = 280;
const ARROW = '→';

function Value({ text, blank }: { text: string | null; blank: string }) {
  if (text === null) return <span className="bb-muted">{blank}</span>;
  return <span className="[overflow-wrap:anywhere]">{text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)} …` : text}</span>;
}

export function FieldChange({ field, old, new: next }: { field: string; old: string | null; new: string | null }) {
  const t = useTranslations('historikk');
  const name = fieldName(field, asWords(useTranslations()));
  return (
    <>
      <span className="font-semibold" lang={name.lang}>
        {name.text}
      </span>
      : <span className="ds-sr-only">{t('from')}</span>
      <Value text={old} blank={t('blank')} /> <span aria-hidden="true">{ARROW}</span> <span className="ds-sr-only">{t('to')}</span>
      <Value text={next} blank={t('blank')} />
    </>
  );
}
