// A legitimacy light: a coloured dot for the eye and the same verdict in words, so colour
// never carries the meaning alone (WCAG 1.4.1). The words come from the page (words.ts light).
import type { TrafficLight as Light } from '@/lib/pure/domain/legitimacy';

const COLOURS: Readonly<Record<Light, string>> = {
  groenn: 'var(--ds-color-success-base-default)',
  gul: 'var(--ds-color-warning-base-default)',
  roed: 'var(--ds-color-danger-base-default)',
  ukjent: 'var(--ds-color-neutral-border-default)',
};

export function TrafficLight({ light, text }: { light: Light; text: { long: string; short: string } }) {
  return (
    <span className="inline-flex items-center gap-2 whitespace-nowrap text-sm">
      <span
        aria-hidden="true"
        className="inline-block h-3 w-3 shrink-0 rounded-full border border-[var(--ds-color-neutral-border-strong)]"
        style={{ background: COLOURS[light] }}
      />
      <span aria-hidden="true">{text.short}</span>
      <span className="ds-sr-only">{text.long}</span>
    </span>
  );
}
