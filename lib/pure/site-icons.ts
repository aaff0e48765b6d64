// The site's icons in public/ (drawn by scripts/icons.ts), as Next's metadata names them in
// every page's head (app/layout.tsx). /favicon.ico serves icon-32.png too (next.config.js).
import type { Metadata } from 'next';

export const SITE_ICONS = {
  icon: [
    { url: '/icon.svg', type: 'image/svg+xml' },
    { url: '/icon-32.png', type: 'image/png', sizes: '32x32' },
  ],
  apple: [{ url: '/apple-touch-icon.png', sizes: '180x180' }],
} satisfies Metadata['icons'];
