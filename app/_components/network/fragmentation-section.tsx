// The fragmentation index of a municipality, its place among all municipalities, and the
// formula in plain words, so a reader can check the number by hand from the table. In the
// chosen language (the section carries it: the signed-in register page is still bokmål).
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Fragmentation } from '@/lib/pure/domain/partner-network';
import type { FragmentationView } from '@/lib/pure/network/view';

/** "0,67" in Norwegian, "0.67" in English: two decimals. */
function useIndex(): (value: number) => string {
  const format = useFormatter();
  return (value) => format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function PositionText({ f }: { f: FragmentationView & { name: string } }) {
  const t = useTranslations('fragmentering');
  const p = f.position;
  if (!p) return null;
  return (
    <Paragraph className="mt-2" data-testid="fragmentering-plass">
      {t('position', { of: p.of, higher: p.higher, same: p.same - 1, lower: p.lower, name: f.name })}
    </Paragraph>
  );
}

export function FragmentationSection({ name, f, withAll }: { name: string; f: FragmentationView; withAll?: Fragmentation }) {
  const t = useTranslations('fragmentering');
  const index = useIndex();
  return (
    <section aria-labelledby="fragmentering-tittel" className="bb-panel mb-6" lang={useLocale()}>
      <Heading level={2} id="fragmentering-tittel" data-size="xs">
        {t('heading')}
      </Heading>
      {f.index === null ? (
        <Paragraph className="mt-2">{t('noIndex', { name })}</Paragraph>
      ) : (
        <>
          <p className="mt-2 text-3xl font-semibold" data-testid="fragmentering-indeks">
            {index(f.index)}
          </p>
          <Paragraph className="mt-1">{t('sets', { sets: f.distinctPartnerSets, cooperations: f.cooperations })}</Paragraph>
          <PositionText f={{ ...f, name }} />
        </>
      )}
      {withAll && withAll.index !== null ? (
        <Paragraph className="mt-2" data-testid="fragmentering-alle">
          {t('withAll', { index: index(withAll.index), sets: withAll.distinctPartnerSets, cooperations: withAll.cooperations })}
        </Paragraph>
      ) : null}
      <Heading level={3} data-size="2xs" className="mt-4">
        {t('howHeading')}
      </Heading>
      <Paragraph className="mt-1" data-size="sm">
        {t('howIntro')}
      </Paragraph>
      <p className="mt-2 font-mono text-sm">{t('formula')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
        <li>{t('one')}</li>
        <li>{t('lower')}</li>
        <li>{t('few')}</li>
        <li>{t('counted')}</li>
      </ul>
    </section>
  );
}
