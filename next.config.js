// Next.js configuration. Native and WASM database/crypto packages stay outside the bundle.
/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

// Framing. No page may be shown inside another site's frame (clickjacking) — with ONE
// exception: the embeddable public register, which municipalities put on their own
// websites in an iframe. It holds only public data and no forms. Any CSP added elsewhere
// must make the same exception for frame-ancestors on this route, and only on it.
const EMBED_ROUTE = '/innsyn/kommune/:kommunenummer(\\d{4})/innebygd';
const NOT_EMBED_ROUTE = '/:path((?!innsyn/kommune/\\d{4}/innebygd$).*)';

const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres', 'proper-lockfile'],
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm test` runs tsc over the whole tree first; type-checking again inside `next build`
  // only doubles the build time of `npm start` and the e2e run.
  typescript: { ignoreBuildErrors: true },
  turbopack: {
    // The component library's entry re-exports every component behind one 'use client', so
    // every route shipped all of them; lib/ui/designsystemet is the same entry without it.
    resolveAlias: { '@digdir/designsystemet-react': './lib/ui/designsystemet/index.ts' },
  },
  // A spreadsheet import sends the file to a server action; files are capped at 2 MB (lib/import/limits.ts).
  experimental: { serverActions: { bodySizeLimit: '3mb' } },
  async headers() {
    return [
      { source: NOT_EMBED_ROUTE, headers: [...securityHeaders, { key: 'X-Frame-Options', value: 'DENY' }] },
      { source: EMBED_ROUTE, headers: [...securityHeaders, { key: 'Content-Security-Policy', value: 'frame-ancestors *' }] },
    ];
  },
};

export default nextConfig;
