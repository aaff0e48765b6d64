import 'server-only';
// The PDF's font: Noto Sans (SIL Open Font License 1.1, lib/server/report/fonts/OFL.txt), regular and
// bold, shipped in the repository as static TrueType files. PDF's built-in Helvetica knows only
// WinAnsi, which has no ŋ, đ or ŧ; Noto Sans has every letter of the Sami alphabets (and all of
// Latin, Greek and Cyrillic). pdfkit embeds only the glyphs a document uses (a subset), so a
// report grows by tens of kilobytes, not by the font files' size.
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

export const PDF_FONT_FAMILY = 'Noto Sans';

/** Read from the repository at run time, like the common-password lists (the server runs from its root). */
export const PDF_FONT_FILES = {
  regular: path.join(process.cwd(), 'lib', 'server', 'report', 'fonts', 'NotoSans-Regular.ttf'),
  bold: path.join(process.cwd(), 'lib', 'server', 'report', 'fonts', 'NotoSans-Bold.ttf'),
} as const;

let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: PDF_FONT_FILES.regular, fontWeight: 'normal' },
      { src: PDF_FONT_FILES.bold, fontWeight: 'bold' },
    ],
  });
  registered = true;
}
