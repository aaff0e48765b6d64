// The design form's values as readable fields for the change log: legal form and rationale,
// each member's role, one field per governing body (name, kind, seats), the operative leader,
// the mandate per level, and the working methods. Roles and bodies are shown on /innsyn.
import { joinParts, textValue, type FieldView } from '@/lib/pure/domain/change-log';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { BODY_KIND_LABELS, MANDATE_LABELS, MANDATE_LEVELS, MEMBER_ROLE_LABELS, RECRUITMENT_LABELS, type DesignValues } from './design';

export function describeDesign(values: DesignValues, dossier: Dossier): FieldView[] {
  const names = new Map(dossier.members.map((m) => [m.id, m.name]));
  const bodyIds = new Set(dossier.design.bodies.map((b) => b.id));
  const fields: FieldView[] = [
    { key: 'legalForm', section: 'design.organisasjonsform', field: 'Organisasjonsform', value: values.legalForm ? (legalForm(values.legalForm)?.name ?? values.legalForm) : null, public: true },
    { key: 'legalFormRationale', section: 'design.organisasjonsform', field: 'Begrunnelse for valget', value: values.legalFormRationale },
  ];
  for (const m of values.members) {
    fields.push({ key: `member:${m.id}:role`, section: 'design.roller', field: `Rolle for ${names.get(m.id) ?? 'ukjent deltaker'}`, value: MEMBER_ROLE_LABELS[m.role].label, public: true });
  }
  values.bodies.forEach((b, i) => {
    const seats = Object.entries(b.seats)
      .filter((entry): entry is [string, number] => entry[1] !== null && entry[1] > 0)
      .map(([memberId, n]) => `${names.get(memberId) ?? 'ukjent deltaker'} ${n}`);
    const value = joinParts([`${b.name} (${BODY_KIND_LABELS[b.kind]})`, seats.length > 0 ? `plasser: ${seats.join(', ')}` : null, b.rotatingChair ? 'ledervervet går på omgang' : null]);
    fields.push({ key: b.id && bodyIds.has(b.id) ? `body:${b.id}` : `body:ny-${i}`, section: 'design.organer', field: 'Styringsorgan', value, public: true });
  });
  const leader = values.leader;
  fields.push(
    { key: 'leader.name', section: 'design.leder', field: 'Operativ leder', value: leader.name },
    { key: 'leader.title', section: 'design.leder', field: 'Stillingen til operativ leder', value: leader.title },
    { key: 'leader.recruitment', section: 'design.leder', field: 'Rekruttering av operativ leder', value: leader.recruitment ? RECRUITMENT_LABELS[leader.recruitment].label : null },
    { key: 'leader.funding', section: 'design.leder', field: 'Finansiering av lederstillingen', value: leader.funding },
  );
  for (const level of MANDATE_LEVELS) {
    const lines = values.mandate[level].map((l) => textValue(l.text)).filter((t): t is string => t !== null);
    fields.push({ key: `mandate.${level}`, section: 'design.mandat', field: MANDATE_LABELS[level].legend, value: lines.length > 0 ? lines.join('; ') : null });
  }
  fields.push({ key: 'workingMethods', section: 'design.arbeidsform', field: 'Arbeidsform', value: values.workingMethods });
  return fields;
}
