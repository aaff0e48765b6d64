// public/: robots.txt opens exactly the public routes of app/ to search engines, and the icons
// every page names (lib/pure/site-icons.ts) exist. Routes are read from the folders, so a new page behind sign-in
// can never be opened by accident, and a new public one is noticed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ICONS } from '@/lib/pure/site-icons';

const ROOT = path.resolve(__dirname, '..');
const robots = readFileSync(path.join(ROOT, 'public', 'robots.txt'), 'utf8');
const rules = robots
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean)
  .map((line) => {
    const [field, ...value] = line.split(':');
    return { field: field!.trim().toLowerCase(), value: value.join(':').trim() };
  });
const allowed = rules.filter((r) => r.field === 'allow').map((r) => r.value);
/** Allow values are path prefixes ("/$" is the front page alone). */
const opens = (route: string) => allowed.some((prefix) => prefix !== '/$' && route.startsWith(prefix));
const routesIn = (group: string) =>
  readdirSync(path.join(ROOT, 'app', group), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => `/${d.name}`);

describe('robots.txt', () => {
  it('speaks to every crawler and closes everything that is not opened', () => {
    expect(rules[0]).toEqual({ field: 'user-agent', value: '*' });
    expect(rules.at(-1)).toEqual({ field: 'disallow', value: '/' });
    expect(allowed).toContain('/$');
  });

  it('opens every public route: the register (Innsyn), the pages about the service, and the open API', () => {
    const publicRoutes = routesIn('(public)');
    expect(publicRoutes).toEqual(expect.arrayContaining(['/innsyn', '/om', '/tilgjengelighet']));
    for (const route of publicRoutes) expect(opens(route), route).toBe(true);
    expect(opens('/api/v1/samarbeid')).toBe(true);
    expect(opens('/_next/static/chunks/app.js')).toBe(true);
  });

  it('opens nothing behind sign-in, no sign-in page and no other API', () => {
    const closed = [...routesIn('(app)'), ...routesIn('(auth)'), ...routesIn('api').filter((r) => r !== '/v1').map((r) => `/api${r}`)];
    expect(closed).toEqual(expect.arrayContaining(['/samarbeid', '/oversikt', '/admin', '/logg-inn', '/api/health', '/api/kalender']));
    for (const route of closed) expect(opens(route), route).toBe(false);
  });

  it('keeps the embedded register out, since it repeats the municipality page', () => {
    expect(rules).toContainEqual({ field: 'disallow', value: '/innsyn/kommune/*/innebygd' });
  });
});

describe('icons', () => {
  it('exist in public/ for every icon the layout names, and crawlers may fetch them', () => {
    const urls = [...SITE_ICONS.icon, ...SITE_ICONS.apple].map((i) => i.url);
    expect(urls).toEqual(['/icon.svg', '/icon-32.png', '/apple-touch-icon.png']);
    for (const url of urls) {
      expect(existsSync(path.join(ROOT, 'public', url)), url).toBe(true);
      expect(opens(url), url).toBe(true);
    }
    expect(opens('/favicon.ico')).toBe(true);
  });

  it('are what scripts/icons.ts draws: an SVG, and PNGs of the stated sizes', () => {
    expect(readFileSync(path.join(ROOT, 'public', 'icon.svg'), 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 48 48">/);
    const size = (file: string) => {
      const png = readFileSync(path.join(ROOT, 'public', file));
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size('icon-32.png')).toEqual([32, 32]);
    expect(size('apple-touch-icon.png')).toEqual([180, 180]);
  });
});
