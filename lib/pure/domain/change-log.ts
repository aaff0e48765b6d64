// What a save changed, field by field, as readable text. Each form describes its values as a
// flat list of fields (a stable key, the section, a Norwegian label and the value as text);
// the same description of the stored values and of the values to save, compared by key,
// gives the change log's rows: old -> new, with null for "nothing". Rows of a list (a
// sponsor, an information item) are one field each, so an added row reads "— → …".
// Each change also says whether the field was blank before (nothing recorded, or an unticked
// box): filling in a blank is what completing a registered cooperation means
// (lib/pure/domain/completion.ts).
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
  /** The value counts as not filled in although it reads as text (an unticked checklist item, "Nei"). */
  blank?: boolean;
}

export interface FieldChange {
  key: string;
  section: SectionId;
  field: string;
  old: string | null;
  new: string | null;
  public: boolean;
  /** Nothing was filled in before: no value, or a value that counts as blank. */
  wasBlank: boolean;
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
    changes.push({ key: f.key, section: f.section, field: f.field, old: oldValue, new: newValue, public: Boolean(f.public || was?.public), wasBlank: oldValue === null || Boolean(was?.blank) });
  }
  for (const f of before) {
    if (seen.has(f.key) || textValue(f.value) === null) continue;
    changes.push({ key: f.key, section: f.section, field: f.field, old: textValue(f.value), new: null, public: Boolean(f.public), wasBlank: Boolean(f.blank) });
  }
  // A stable sort keeps each form's own order inside a section.
  return changes.sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section));
}
