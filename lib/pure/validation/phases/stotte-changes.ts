// The Støtte form's values as readable fields for the change log: one field per sponsor
// (name and title, and whether the sponsor must be confirmed after an election), one for the
// sponsor's contact with the operative leader, and the three support texts.
import { joinParts, type FieldView } from '@/lib/pure/domain/change-log';
import { samePerson, SPONSOR_KIND_LABELS, type StoredStotte, type StotteValues } from './stotte';

export interface NamedMember {
  id: string;
  name: string;
}

export function describeStotte(values: StotteValues, stored: StoredStotte, members: readonly NamedMember[]): FieldView[] {
  const memberName = new Map(members.map((m) => [m.id, m.name]));
  const byId = new Map(stored.sponsors.map((s) => [s.id, s]));
  const fields: FieldView[] = [];
  values.sponsors.forEach((s, i) => {
    const old = s.id ? byId.get(s.id) : undefined;
    const key = old ? `sponsor:${old.id}` : `sponsor:ny:${i}`;
    // A flagged sponsor stays flagged until ticked as re-confirmed; a new person is confirmed.
    const flagged = old !== undefined && old.needsReconfirmation && samePerson(old, s) && !s.reconfirm;
    const label = `${SPONSOR_KIND_LABELS[s.kind]} sponsor for ${memberName.get(s.memberId) ?? 'ukjent deltaker'}`;
    fields.push({ key, section: 'stotte.sponsorer', field: label, value: joinParts([joinParts([s.name, s.title], ', '), flagged ? 'må bekreftes på nytt etter valget' : null]) });
    fields.push({ key: `${key}:kontakt`, section: 'stotte.sponsorer', field: `Kontakt med operativ leder (${s.name})`, value: s.leaderContact });
  });
  fields.push(
    { key: 'support.practical', section: 'stotte.praktisk', field: 'Praktisk støtte', value: values.practicalSupport },
    { key: 'support.funding', section: 'stotte.praktisk', field: 'Minimumsfinansiering', value: values.minimumFunding },
    { key: 'support.community', section: 'stotte.praktisk', field: 'Fagmiljø for lederen', value: values.professionalCommunity },
  );
  return fields;
}
