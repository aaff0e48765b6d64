// Text for the PDF's embedded Noto Sans (pdf-fonts.ts). Every letter the app writes, Sami names
// included (Guovdageaidnu, Kárášjohka, Porsáŋgu, Unjárga), is printed as it is. Only what the
// font has no glyph for, among what the app itself writes, is changed: three mathematical
// symbols get their usual ASCII forms, and control characters are dropped. (Emoji or CJK typed
// by a user print as the font's empty box: visibly there, not silently lost.)

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '≥': '>=',
  '≤': '<=',
  '→': '->',
};

/** The text as the PDF prints it: control characters dropped, the symbols Noto Sans lacks spelled out. */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || ch === '\t') out += ch;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) continue;
    else out += REPLACEMENTS[ch] ?? ch;
  }
  return out;
}
