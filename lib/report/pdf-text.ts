// Text for the PDF's built-in Helvetica. The standard PDF fonts know only the WinAnsi
// characters: æøå, «», – and the other Norwegian letters and marks are there, but a few
// characters the app writes (the minus sign, ⅓) and some Sami letters (ŋ, đ, ŧ) are not, and
// pdfkit would silently drop or garble them. So every string is mapped onto WinAnsi first.
// (Embedding Inter instead is not possible: it is installed only as variable WOFF2, and
// fontkit's subsetter fails on its composite glyphs, which include å.)

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '−': '–',
  '‐': '-',
  '‑': '-',
  '≥': '>=',
  '≤': '<=',
  '→': '->',
  '⅓': '1/3',
  '⅔': '2/3',
  '½': '1/2',
  ŋ: 'n',
  Ŋ: 'N',
  đ: 'd',
  Đ: 'D',
  ŧ: 't',
  Ŧ: 'T',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
};

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return ch === '\n' || ch === '\t' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

/** The text with every character Helvetica cannot show replaced by its nearest WinAnsi form. */
export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (isWinAnsi(ch)) out += ch;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) continue; // control characters
    else if (ch in REPLACEMENTS) out += REPLACEMENTS[ch];
    else {
      // č -> c, ǧ -> g: drop the accent when the base letter is known; otherwise a visible '?'.
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base.length > 0 && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}
