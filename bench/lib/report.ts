// Prints the benchmark result as Markdown tables (paste-able into an issue note), with each
// page's throughput as a share of the baseline route measured in the same run.
import type { Timed } from './http';
import type { LoadResult } from './load';

export interface Report {
  date: string;
  database: string;
  settings: { connections: number; seconds: number; timeoutSeconds: number };
  startMs: number;
  /** The nightly summary job run before the server started (lib/server/jobs/summaries.ts). */
  nightlySummaries?: { count: number; ms: number };
  single: (Timed & { label: string })[];
  loads: (LoadResult & { rssPeak: number })[];
  transitions: { count: number; p50: number | null; p95: number | null; p99: number | null; failures: string[] };
  exports: (Timed & { label: string })[];
  rssPeakMiB: number;
}

const ms = (v: number | null) => (v === null ? '–' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const kb = (bytes: number | null) => (bytes === null ? '–' : bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`);
const status = (t: Timed) => (t.status === 0 ? 'tidsavbrudd/feil' : String(t.status));

export function printReport(r: Report): void {
  const baseline = r.loads.find((l) => l.path === '/api/health');
  const lines = [
    '',
    `## Brobygger bench ${r.date.slice(0, 16).replace('T', ' ')} UTC · ${r.database} · ${r.settings.connections} forbindelser · ${r.settings.seconds} s per side · tidsavbrudd ${r.settings.timeoutSeconds} s`,
    '',
    `Oppstart (npm start uten bygg) til /api/health svarer: ${(r.startMs / 1000).toFixed(1)} s · høyeste RSS for Next-serveren: ${Math.round(r.rssPeakMiB)} MiB`,
    ...(r.nightlySummaries ? [`Nattlig sammendragsjobb før målingen: ${r.nightlySummaries.count} samarbeid på ${(r.nightlySummaries.ms / 1000).toFixed(1)} s`] : []),
    '',
    '| side | svar | p50 | p95 | p99 | req/s | av baseline | feil/tidsavbrudd | bytes/svar | RSS-topp |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.loads.map((l) => {
      const share = baseline && baseline.reqPerSec > 0 ? `${((100 * l.reqPerSec) / baseline.reqPerSec).toFixed(1)} %` : '–';
      return `| ${l.label} | ${l.completed} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${l.reqPerSec.toFixed(1)} | ${share} | ${l.errors + l.non2xx}/${l.timeouts} | ${kb(l.bytesPerResponse)} | ${Math.round(l.rssPeak)} MiB |`;
    }),
    '',
    '| enkeltforespørsel (før last) | tid | status | størrelse |',
    '|---|---:|---:|---:|',
    ...r.single.map((s) => `| ${s.label} | ${ms(s.ms)} | ${status(s)} | ${kb(s.bytes)} |`),
    '',
    `Livsløpsoverganger (server action, ${r.settings.connections} samtidige): ${r.transitions.count} steg, p50 ${ms(r.transitions.p50)}, p95 ${ms(r.transitions.p95)}, p99 ${ms(r.transitions.p99)}` +
      (r.transitions.failures.length > 0 ? `, ${r.transitions.failures.length} feilet: ${r.transitions.failures[0]}` : ''),
    '',
    '| eksport | tid | status | størrelse |',
    '|---|---:|---:|---:|',
    ...r.exports.map((e) => `| ${e.label} | ${ms(e.ms)} | ${status(e)} | ${kb(e.bytes)} |`),
    '',
  ];
  console.log(lines.join('\n'));
}
