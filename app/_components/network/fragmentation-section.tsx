// The fragmentation index of a municipality, its place among all municipalities, and the
// formula in plain Norwegian, so a reader can check the number by hand from the table.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Fragmentation } from '@/lib/pure/domain/partner-network';
import { formatIndex, type FragmentationView } from '@/lib/pure/network/view';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "ingen" reads better than "0" in a sentence. */
const howMany = (n: number) => (n === 0 ? 'ingen' : String(n));

function PositionText({ f }: { f: FragmentationView & { name: string } }) {
  const p = f.position;
  if (!p) return null;
  return (
    <Paragraph className="mt-2" data-testid="fragmentering-plass">
      Av de {p.of} kommunene som har offentlige samarbeid i gang, har {howMany(p.higher)} høyere indeks, {howMany(p.same - 1)} samme indeks og{' '}
      {howMany(p.lower)} lavere indeks enn {f.name}.
    </Paragraph>
  );
}

export function FragmentationSection({ name, f, withAll }: { name: string; f: FragmentationView; withAll?: Fragmentation }) {
  return (
    <section aria-labelledby="fragmentering-tittel" className="bb-panel mb-6">
      <Heading level={2} id="fragmentering-tittel" data-size="xs">
        Fragmenteringsindeks
      </Heading>
      {f.index === null ? (
        <Paragraph className="mt-2">{name} har ingen offentlige samarbeid i drift her, så indeksen kan ikke beregnes.</Paragraph>
      ) : (
        <>
          <p className="mt-2 text-3xl font-semibold" data-testid="fragmentering-indeks">
            {formatIndex(f.index)}
          </p>
          <Paragraph className="mt-1">
            {plural(f.distinctPartnerSets, 'ulikt partnersett', 'ulike partnersett')} i {plural(f.cooperations, 'offentlig samarbeid', 'offentlige samarbeid')}.
          </Paragraph>
          <PositionText f={{ ...f, name }} />
        </>
      )}
      {withAll && withAll.index !== null ? (
        <Paragraph className="mt-2" data-testid="fragmentering-alle">
          Med kommunens ikke-offentlige samarbeid også: {formatIndex(withAll.index)} ({plural(withAll.distinctPartnerSets, 'ulikt partnersett', 'ulike partnersett')} i{' '}
          {plural(withAll.cooperations, 'samarbeid', 'samarbeid')}). Plasseringen over bygger på offentlige samarbeid for alle kommuner, også denne.
        </Paragraph>
      ) : null}
      <Heading level={3} data-size="2xs" className="mt-4">
        Slik regnes indeksen ut
      </Heading>
      <Paragraph className="mt-1" data-size="sm">
        Partnersettet til et samarbeid er de andre kommunene som er med i det. Indeksen er antall ulike partnersett delt på antall
        samarbeid kommunen er med i:
      </Paragraph>
      <p className="mt-2 font-mono text-sm">indeks = ulike partnersett ÷ samarbeid</p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
        <li>1 betyr at hvert samarbeid har sin egen kombinasjon av partnere: samarbeidet peker i mange retninger.</li>
        <li>
          Jo lavere, jo oftere samarbeider kommunen med de samme kommunene. Laveste mulige verdi er 1 delt på antall samarbeid (alle
          samarbeid med nøyaktig de samme partnerne).
        </li>
        <li>Med få samarbeid sier indeksen lite: med bare ett samarbeid er den alltid 1.</li>
        <li>
          Bare samarbeid som er i gang telles (ikke avviklede eller avbrutte), og bare nåværende deltakere som er kommuner. Filteret for
          oppgavefelt endrer ikke indeksen.
        </li>
      </ul>
    </section>
  );
}
