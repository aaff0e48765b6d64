// A legal form as people write it in a spreadsheet: the catalogue's code, name or short
// name, or a common abbreviation ("IKS", "§ 27", "vertskommune"), in any case. Pure.
import { LEGAL_FORMS, type LegalFormCode } from '@/lib/pure/domain/legal-forms';

const norm = (text: string) =>
  text
    .toLocaleLowerCase('nb')
    .replace(/§/g, ' paragraf ')
    .replace(/[^a-z0-9æøå]+/g, ' ')
    .trim();

const ALIASES: Record<string, LegalFormCode> = {
  'paragraf 27': 'legacy_27_styre',
  '27 samarbeid': 'legacy_27_styre',
  'interkommunalt styre': 'legacy_27_styre',
  'paragraf 28': 'legacy_28_vertskommune',
  'paragraf 28 vertskommune': 'legacy_28_vertskommune',
  'vertskommune gammel lov': 'legacy_28_vertskommune',
  vertskommune: 'vertskommune_administrativ',
  vertskommunesamarbeid: 'vertskommune_administrativ',
  'vertskommune nemnd': 'vertskommune_nemnd',
  'vertskommune med nemnd': 'vertskommune_nemnd',
  'interkommunalt selskap iks': 'iks',
  'politisk råd': 'ipr',
  'oppgavefellesskap': 'ko',
  avtalebasert: 'avtale',
};

const BY_TEXT = new Map<string, LegalFormCode>([
  ...LEGAL_FORMS.flatMap((f) => [
    [norm(f.code), f.code] as const,
    [norm(f.name), f.code] as const,
    [norm(f.shortName), f.code] as const,
  ]),
  ...Object.entries(ALIASES).map(([k, v]) => [norm(k), v] as const),
]);

export function legalFormFromText(text: string): LegalFormCode | null {
  return BY_TEXT.get(norm(text)) ?? null;
}
