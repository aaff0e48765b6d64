// One changed field as the history shows it: «Dato: 12.02.2026 → 14.02.2026», read aloud as
// «fra … til …». Long values are cut, so one long text cannot push the rest out of sight.
const MAX_SHOWN = 280;

function Value({ text }: { text: string | null }) {
  if (text === null) return <span className="bb-muted">(tomt)</span>;
  return <span className="[overflow-wrap:anywhere]">{text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)} …` : text}</span>;
}

export function FieldChange({ field, old, new: next }: { field: string; old: string | null; new: string | null }) {
  return (
    <>
      <span className="font-semibold">{field}:</span> <span className="ds-sr-only">fra </span>
      <Value text={old} /> <span aria-hidden="true">→</span> <span className="ds-sr-only">til </span>
      <Value text={next} />
    </>
  );
}
