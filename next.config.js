// Next.js configuration. Native and WASM database/crypto packages stay outside the bundle.
/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

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
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
