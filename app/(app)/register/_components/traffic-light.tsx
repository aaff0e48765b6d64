// A legitimacy light: a coloured dot for the eye and the same verdict in words, so colour
// never carries the meaning alone (WCAG 1.4.1). The words come from the page (words.ts light).
// The dot and the line are the shared classes of globals.css (bb-dot, bb-light): a register page
// shows 150 of them.
import type { TrafficLight as Light } from '@/lib/pure/domain/legitimacy';
import { TrafficLightDot } from '@/app/_components/traffic-lights';

export function TrafficLight({ light, text }: { light: Light; text: { long: string; short: string } }) {
  return (
    <span className="bb-light">
      <TrafficLightDot light={light} />
      <span aria-hidden="true">{text.short}</span>
      <span className="ds-sr-only">{text.long}</span>
    </span>
  );
}
