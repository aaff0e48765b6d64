// Anchoring calendars show three months back and six ahead unless asked for the whole of it;
// this says which, with a link to the other view. Used by the cooperation's and the
// municipality's calendars.
import Link from 'next/link';
import { Paragraph } from '@digdir/designsystemet-react';

export function CalendarWindowNote({ hidden, whole, wholeHref, windowHref }: { hidden: number; whole: boolean; wholeHref: string; windowHref: string }) {
  if (hidden > 0) {
    return (
      <Paragraph data-size="sm">
        Viser tre måneder bakover og seks måneder fram; {hidden} forankringer utenfor er skjult. <Link href={wholeHref}>Vis hele kalenderen</Link>
      </Paragraph>
    );
  }
  return whole ? (
    <Paragraph data-size="sm">
      <Link href={windowHref}>Vis bare tre måneder bakover og seks fram</Link>
    </Paragraph>
  ) : null;
}
