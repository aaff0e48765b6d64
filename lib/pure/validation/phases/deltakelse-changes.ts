// The Deltakelse form's values as readable fields for the change log: per member the number
// of representatives, the contact person and whether it is public (both shown on /innsyn),
// one field per anchoring point and per information item, and the two texts.
import { joinParts, textValue, yesNo, type FieldView } from '@/lib/pure/domain/change-log';
import { PUBLISHED_MINUTES_CHANNEL } from '@/lib/pure/domain/legitimacy-throughput-output';
import { ANCHORING_KIND_LABELS, ANCHORING_LEVEL_LABELS, AUDIENCE_LABELS, EVENT_LABELS, FREQUENCY_LABELS, type AnchoringPointValues, type DeltakelseValues } from './deltakelse';
import type { StoredDeltakelse } from './deltakelse-values';

type Item = DeltakelseValues['informationItems'][number];

function pointSummary(p: AnchoringPointValues, memberName: (id: string) => string): string | null {
  const when = p.triggerType === 'periodisk' ? (p.frequency ? FREQUENCY_LABELS[p.frequency].toLowerCase() : null) : p.event ? `ved ${EVENT_LABELS[p.event].toLowerCase()}` : null;
  const who = p.scope === 'alle' ? 'alle deltakerne' : [...new Set(p.memberIds)].map(memberName).sort((a, b) => a.localeCompare(b, 'nb')).join(', ');
  return joinParts([`${ANCHORING_KIND_LABELS[p.kind]}, ${ANCHORING_LEVEL_LABELS[p.level].toLowerCase()}`, p.body, when, who, p.description]);
}

const itemSummary = (i: Item) =>
  joinParts([`${AUDIENCE_LABELS[i.audience]}: ${i.content}`, i.timing, i.channel, i.place, textValue(i.responsible) ? `ansvar: ${i.responsible.trim()}` : null]);

const publishesMinutes = (i: Item) => i.channel.trim().toLowerCase().replace(/\s+/g, ' ') === PUBLISHED_MINUTES_CHANNEL;

export function describeDeltakelse(values: DeltakelseValues, stored: StoredDeltakelse): FieldView[] {
  const names = new Map(stored.members.map((m) => [m.id, m.name]));
  const memberName = (id: string) => names.get(id) ?? 'ukjent deltaker';
  const pointIds = new Set(stored.anchoringPoints.map((p) => p.id));
  const itemIds = new Set(stored.informationItems.map((i) => i.id));
  const fields: FieldView[] = [];
  for (const m of values.members) {
    const name = memberName(m.memberId);
    fields.push(
      { key: `member:${m.memberId}:representatives`, section: 'deltakelse.representasjon', field: `Antall representanter for ${name}`, value: String(m.representatives) },
      { key: `member:${m.memberId}:contact`, section: 'deltakelse.representasjon', field: `Kontaktperson for ${name}`, value: m.contactPerson, public: m.contactPublic },
      { key: `member:${m.memberId}:contactPublic`, section: 'deltakelse.representasjon', field: `Kontaktperson for ${name} vises på innsyn`, value: yesNo(m.contactPublic), public: true },
    );
  }
  fields.push({ key: 'participation.representation', section: 'deltakelse.representasjon', field: 'Merknad om representasjonen', value: values.representation });
  values.anchoringPoints.forEach((p, i) => {
    const key = p.id && pointIds.has(p.id) ? `point:${p.id}` : `point:ny:${i}`;
    fields.push({ key, section: 'deltakelse.forankring', field: 'Forankringspunkt', value: pointSummary(p, memberName) });
  });
  values.informationItems.forEach((item, i) => {
    const key = item.id && itemIds.has(item.id) ? `item:${item.id}` : `item:ny:${i}`;
    fields.push({ key, section: 'deltakelse.informasjon', field: 'Tiltak i informasjonsplanen', value: itemSummary(item), public: publishesMinutes(item) });
  });
  fields.push({ key: 'participation.informalContact', section: 'deltakelse.uformell', field: 'Ordning for uformell kontakt', value: values.informalContact });
  return fields;
}
