// What a save changed, field by field, as readable text. Each form describes its values as a
// flat list of fields (a stable key, the section, a Norwegian label and the value as text);
// the same description of the stored values and of the values to save, compared by key,
// gives the change log's rows: old -> new, with null for "nothing". Rows of a list (a
// sponsor, an information item) are one field each, so an added row reads "— → …".
// Only what a form shows is described: passwords and tokens never pass through here.
import { SECTION_IDS, type SectionId } from './section-rules';

export interface FieldView {
  /** Stable across saves: "leader.name", "sponsor:<id>", "member:<id>:contact". */
  key: string;
  section: SectionId;
  /** The label as a user reads it, e.g. "Politisk sponsor for Arendal kommune". */
  field: string;
  value: string | null;
  /** Shown on /innsyn. */
  public?: boolean;
}

export interface FieldChange {
  key: string;
  section: SectionId;
  field: string;
  old: string | null;
  new: string | null;
  public: boolean;
}

/** Trimmed text; empty is null, so "" and null never count as a change. */
export function textValue(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export const yesNo = (value: boolean): string => (value ? 'Ja' : 'Nei');

/** Non-empty parts joined with " – ", or null when all are empty. */
export function joinParts(parts: readonly (string | null | undefined)[], separator = ' – '): string | null {
  const kept = parts.map(textValue).filter((p): p is string => p !== null);
  return kept.length === 0 ? null : kept.join(separator);
}

const sectionOrder = (id: SectionId) => SECTION_IDS.indexOf(id);

/** The fields whose value differs, in section order; a key only on one side is added or removed. */
export function diffFields(before: readonly FieldView[], after: readonly FieldView[]): FieldChange[] {
  const old = new Map(before.map((f) => [f.key, f]));
  const seen = new Set<string>();
  const changes: FieldChange[] = [];
  for (const f of after) {
    seen.add(f.key);
    const was = old.get(f.key);
    const oldValue = textValue(was?.value);
    const newValue = textValue(f.value);
    if (oldValue === newValue) continue;
    changes.push({ key: f.key, section: f.section, field: f.field, old: oldValue, new: newValue, public: Boolean(f.public || was?.public) });
  }
  for (const f of before) {
    if (seen.has(f.key) || textValue(f.value) === null) continue;
    changes.push({ key: f.key, section: f.section, field: f.field, old: textValue(f.value), new: null, public: Boolean(f.public) });
  }
  // A stable sort keeps each form's own order inside a section.
  return changes.sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section));
}
