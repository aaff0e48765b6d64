import { describe, expect, it } from 'vitest';
import { pdfSafe } from './pdf-text';

describe('pdfSafe', () => {
  it('keeps Norwegian letters, quotation marks and dashes', () => {
    const text = 'Blåbærsyltetøy ÆØÅ «sitat» – tankestrek “x” … • Kárášjohka é ü\nny linje';
    expect(pdfSafe(text)).toBe(text);
  });

  it('maps characters Helvetica lacks to their nearest form', () => {
    expect(pdfSafe('−3 ≥ 2 ⅔ Porsáŋgu Čáhcesuolu')).toBe('–3 >= 2 2/3 Porsángu Cáhcesuolu');
  });

  it('shows a question mark for what has no WinAnsi form, and drops control characters', () => {
    expect(pdfSafe('Hei 😀 漢\u0085\u0007!')).toBe('Hei ? ?!');
  });
});
