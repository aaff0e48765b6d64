// The legitimacy lights in nb, nn and en: the indicators' names, facts and cap reason come in
// the page's language (worded by their codes); a stored indicator from before the codes keeps its
// bokmål facts, marked lang="nb". The criterion's name may not shrink below a readable width.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { structuralScores, type StructuralScores } from '@/lib/pure/domain/legitimacy';
import { NOW, wellGovernedDossier } from '@/testing/fixtures/legitimacy';
import { CompactLights, TrafficLights } from './traffic-lights';
import { renderIn as html, textOf as text } from '@/testing/render-in';


/** Computed (in bokmål, as the pages and summaries do) and stored: a round trip through JSON. */
function stored(): StructuralScores {
  const d = { ...wellGovernedDossier(), occurrences: [] };
  d.design.leader.name = '';
  return JSON.parse(JSON.stringify(structuralScores(d, NOW)));
}

describe('the legitimacy lights in nb, nn and en', () => {
  it('bokmål as before, without lang marks', () => {
    const markup = html('nb', <TrafficLights scores={stored()} short />);
    expect(text(markup)).toContain('Operativ leder er på plass : 0 %');
    expect(text(markup)).toContain('Samarbeidet har ingen operativ leder registrert.');
    expect(text(markup)).toContain('Ingen formell forankring er holdt de siste 12 månedene, så demokratisk forankring kan ikke bli grønn (høyst 69 poeng).');
    expect(markup).not.toContain('lang=');
  });

  it('nynorsk and English, worded by the stored codes', () => {
    const nn = text(html('nn', <TrafficLights scores={stored()} short />));
    expect(nn).toContain('Operativ leiar er på plass : 0 %');
    expect(nn).toContain('Samarbeidet har ingen operativ leiar registrert.');
    const markup = html('en', <TrafficLights scores={stored()} short />);
    expect(text(markup)).toContain('An operative leader is in place : 0 %');
    expect(text(markup)).toContain('No formal anchoring has been held in the last 12 months, so democratic anchoring cannot be green (at most 69 points).');
    expect(markup).not.toContain('lang="nb"');
    const compact = text(html('en', <CompactLights scores={stored()} label="Legitimacy of X" href="/x" />));
    expect(compact).toContain('Weakest: Formal anchoring held in each member in the last 12 months (0 %)');
  });

  it('facts stored before the codes stay bokmål, marked as such', () => {
    const old = stored();
    for (const c of ['input', 'throughput', 'output'] as const) {
      old[c].indicators = old[c].indicators.map(({ texts: _texts, ...rest }) => rest);
      if (old[c].cap) old[c].cap = { max: old[c].cap.max, reason: old[c].cap.reason };
    }
    const markup = html('en', <TrafficLights scores={old} short />);
    expect(markup).toContain('<li lang="nb">Samarbeidet har ingen operativ leder registrert.</li>');
    expect(markup).toContain('lang="nb">Ingen formell forankring er holdt de siste 12 månedene');
    expect(text(markup)).toContain('An operative leader is in place : 0 %');
  });

  it('the criterion name keeps a readable width and breaks only between words', () => {
    const markup = html('en', <TrafficLights scores={stored()} short />);
    expect(markup).toContain('class="bb-light-name">Openness');
    const css = readFileSync(path.join(process.cwd(), 'app', 'globals.css'), 'utf8');
    expect(css).toMatch(/\.bb-light-name \{\s*@apply min-w-\[min\(9rem,100%\)\] flex-1 \[overflow-wrap:break-word\] hyphens-auto;/);
  });
});
