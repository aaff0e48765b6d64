import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { pdfText } from './pdf-text';

// fontkit is the font reader @react-pdf/renderer embeds fonts with; the test asks it directly
// which characters the shipped files have.
const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(path: string): { hasGlyphForCodePoint(c: number): boolean } };
const FONTS = ['lib/server/report/fonts/NotoSans-Regular.ttf', 'lib/server/report/fonts/NotoSans-Bold.ttf'];

// Every letter of North, Lule, South, Inari and Skolt Sami and of Norwegian and Kven, with the
// punctuation the app writes.
const LETTERS =
  'AaÁáÂâÄäÅåÆæBbCcČčƷʒǮǯDdĐđEeFfGgǦǧǤǥHhIiÏïJjKkǨǩLlMmNnŊŋÑñOoÕõÖöØøPpRrSsŠšTtŦŧUuVvYyZzŽžÉé' +
  'ÈèÍíÓóÚúÀàÂâÊêÎîÔôÛûÜü«»–—−…‘’“”•½⅓⅔€§°·×';

describe('pdfText', () => {
  it('keeps Norwegian and Sami letters, quotation marks and dashes as they are', () => {
    const text = 'Blåbærsyltetøy ÆØÅ «sitat» – tankestrek “x” … • Kárášjohka Guovdageaidnu Porsáŋgu Unjárga Čáhcesuolu Deatnu −3 ⅔\nny linje';
    expect(pdfText(text)).toBe(text);
  });

  it('spells out the symbols the font lacks, and drops control characters', () => {
    expect(pdfText('≥ 2 ≤ 3 → 4\u0085\u0007!')).toBe('>= 2 <= 3 -> 4!');
  });

  it('has a glyph in both font files for every letter it keeps, and for what it writes instead of the others', () => {
    for (const file of FONTS) {
      const font = fontkit.openSync(file);
      const missing = [...LETTERS, ...'<=>-'].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
      expect(missing, file).toEqual([]);
      // The replacements are needed: the font really has none of these.
      expect(['≥', '≤', '→'].filter((ch) => font.hasGlyphForCodePoint(ch.codePointAt(0)!)), file).toEqual([]);
    }
  });
});
