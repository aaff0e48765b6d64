// Next.js configuration. Native and WASM database/crypto packages stay outside the bundle.
// The Content-Security-Policy (with a nonce per request) and HSTS are set in proxy.ts.
import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';

/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

// Framing. No page may be shown inside another site's frame (clickjacking) — with ONE
// exception: the embeddable public register, which municipalities put on their own
// websites in an iframe. It holds only public data and no forms. The CSP's frame-ancestors
// (proxy.ts, lib/pure/security/csp.ts isEmbedPath) makes the same exception, and only there;
// X-Frame-Options is the same rule for browsers that predate CSP.
const EMBED_ROUTE = '/innsyn/kommune/:kommunenummer(\\d{4})/innebygd';
const NOT_EMBED_ROUTE = '/:path((?!innsyn/kommune/\\d{4}/innebygd$).*)';

const nextConfig = {
  // The public pages' data lives one second per instance, then is read again (never stale).
  cacheHandler: fileURLToPath(new URL('./lib/server/next-cache-handler.cjs', import.meta.url)),
  // Its entries live half a second and are kept in memory only: 16 MB holds every public page's
  // data many times over (Next's default of 50 MB filled with expired entries, all of it heap).
  cacheMaxMemorySize: 16 * 1024 * 1024,
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres', 'proper-lockfile'],
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `next build` checks types, so no build (`npm run build`, `npm start`) ships code tsc
  // rejects. The one exception is the build inside `npm test`, which tsc has just checked
  // whole (scripts/build-if-needed.ts --types-checked): a second pass there costs CI time.
  typescript: { ignoreBuildErrors: process.env.BROBYGGER_TYPES_CHECKED === '1' },
  turbopack: {
    // The component library's entry re-exports every component behind one 'use client', so
    // every route shipped all of them; lib/client/designsystemet is the same entry without it.
    resolveAlias: {
      '@digdir/designsystemet-react': './lib/client/designsystemet/index.ts',
      // next-intl's message formatter with a cheaper cache key and a plain-message fast path
      // (lib/pure/i18n/format-message.ts): a third of a list page's CPU went to the library's.
      'use-intl/format-message': './lib/pure/i18n/format-message.ts',
    },
  },
  experimental: {
    // forbidden(): pages the user may not see answer 403 with app/forbidden.tsx.
    authInterrupts: true,
    // Turbopack keeps its build cache in .next so the next build after a change is quicker (npm
    // start on a developer's machine). A CI run builds once from a fresh clone: writing and
    // compacting that cache cost it ~40 s of CPU beside the unit tests, for nothing.
    turbopackFileSystemCacheForBuild: !process.env.CI,
    // The largest body any server action may get: the spreadsheet import (files up to 2 MB,
    // lib/pure/validation/import.ts). proxy.ts answers 413 before this with a smaller limit on every
    // other path (lib/pure/security/limits.ts), so Next's own limit is never what a user meets.
    serverActions: { bodySizeLimit: '3mb' },
  },
  // Browsers ask /favicon.ico where a page names no icon (a PDF, a JSON answer): the 32 px
  // PNG (browsers read the image, not the name). Pages name public/icon.svg (app/layout.tsx).
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon-32.png' }];
  },
  async headers() {
    return [
      { source: NOT_EMBED_ROUTE, headers: [...securityHeaders, { key: 'X-Frame-Options', value: 'DENY' }] },
      { source: EMBED_ROUTE, headers: securityHeaders },
    ];
  },
};

// next-intl: the language of each request and its catalogue (lib/server/i18n/request.ts).
const withNextIntl = createNextIntlPlugin('./lib/server/i18n/request.ts');

export default withNextIntl(nextConfig);
