// `npx tsx scripts/icons.ts`: writes the site's icons to public/ from the one drawing below,
// the Brobygger mark (a bridge arch over a deck, as in app/_components/logo.tsx) in white on
// the header's navy. icon.svg is the favicon; icon-32.png serves browsers without SVG favicons
// and /favicon.ico (next.config.js); apple-touch-icon.png is full-bleed, since iOS rounds the
// corners itself. The PNGs are rendered with sharp, which Next.js installs for its images.
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';

const NAVY = '#1e2b3c';
const MARK =
  '<g fill="none" stroke="#fff" stroke-linecap="round"><path d="M4 30Q24 8 44 30" stroke-width="3.5"/><path d="M12 25v5M18 21v9M24 19v11M30 21v9M36 25v5" stroke-width="2"/></g>' +
  '<rect x="2" y="30" width="44" height="4" rx="1" fill="#fff"/>';

const svg = (background: string, mark: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">${background}${mark}</svg>\n`;
// The mark spans y 17–34; lifted 1.5 so it sits in the middle of the square.
const favicon = svg(`<rect width="48" height="48" rx="9" fill="${NAVY}"/>`, `<g transform="translate(0 -1.5)">${MARK}</g>`);
// iOS shows the icon at 180 px with its own mask: a square background, the mark inset a little.
const touch = svg(`<rect width="48" height="48" fill="${NAVY}"/>`, `<g transform="translate(5 3.7) scale(.7917)">${MARK}</g>`);

writeFileSync('public/icon.svg', favicon);
await sharp(Buffer.from(favicon), { density: 96 * 4 }).resize(32, 32).png({ compressionLevel: 9 }).toFile('public/icon-32.png');
await sharp(Buffer.from(touch), { density: 96 * 8 }).resize(180, 180).flatten({ background: NAVY }).png({ compressionLevel: 9 }).toFile('public/apple-touch-icon.png');
console.log('Skrev public/icon.svg, public/icon-32.png og public/apple-touch-icon.png.');
