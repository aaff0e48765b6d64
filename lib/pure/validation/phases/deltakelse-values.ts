// Deltakelse values: the form's values from what is stored, in a stable order (the tables
// keep none: formal before informal, political before administrative, then by body; the
// information plan by audience), and the stored data as the values a save would send.
import { AUDIENCES, type AnchoringPoint, type InformationItem, type Participation } from '@/lib/pure/domain/dossier';
import { type AnchoringPointInput, type AnchoringPointValues, type DeltakelseInput, type DeltakelseValues } from './deltakelse';

export interface StoredDeltakelseMember {
  id: string;
  name: string;
  isMunicipality: boolean;
  representatives: number;
  contactPerson: string | null;
  contactPublic: boolean;
}

export interface StoredDeltakelse {
  members: StoredDeltakelseMember[];
  anchoringPoints: AnchoringPoint[];
  informationItems: InformationItem[];
  participation: Participation;
}

const rank = (p: AnchoringPoint) => (p.kind === 'formell' ? 0 : 2) + (p.level === 'politisk' ? 0 : 1);

export function pointValues(p: AnchoringPoint): AnchoringPointInput {
  return {
    id: p.id,
    kind: p.kind,
    level: p.level,
    body: p.body,
    triggerType: p.trigger.type,
    // Both selects keep a value, so switching the trigger type back and forth loses nothing.
    frequency: p.trigger.type === 'periodisk' ? p.trigger.frequency : 'aarlig',
    event: p.trigger.type === 'hendelse' ? p.trigger.event : 'aarsmelding',
    scope: p.memberIds.length > 0 ? 'utvalgte' : 'alle',
    memberIds: p.memberIds,
    description: p.description ?? '',
  };
}

export const NEW_POINT: AnchoringPointInput = {
  id: '',
  kind: 'formell',
  level: 'politisk',
  body: '',
  triggerType: 'periodisk',
  frequency: 'aarlig',
  event: 'aarsmelding',
  scope: 'alle',
  memberIds: [],
  description: '',
};

function sortedPoints(points: readonly AnchoringPoint[]) {
  return [...points].sort((a, b) => rank(a) - rank(b) || a.body.localeCompare(b.body, 'nb') || a.id.localeCompare(b.id));
}

function sortedItems(items: readonly InformationItem[]) {
  return [...items].sort(
    (a, b) => AUDIENCES.indexOf(a.audience) - AUDIENCES.indexOf(b.audience) || a.content.localeCompare(b.content, 'nb') || a.id.localeCompare(b.id),
  );
}

export function deltakelseValues(cooperationId: string, phase: StoredDeltakelse, version: number): DeltakelseInput {
  return {
    cooperationId,
    version,
    members: phase.members.map((m) => ({ memberId: m.id, representatives: m.representatives, contactPerson: m.contactPerson ?? '', contactPublic: m.contactPublic })),
    representation: phase.participation.representation ?? '',
    anchoringPoints: sortedPoints(phase.anchoringPoints).map(pointValues),
    informationItems: sortedItems(phase.informationItems).map((i) => ({ id: i.id, audience: i.audience, content: i.content, timing: i.timing, channel: i.channel, place: i.place ?? '', responsible: i.responsible })),
    informalContact: phase.participation.informalContact ?? '',
  };
}

function storedPoint(p: AnchoringPoint): AnchoringPointValues {
  return {
    id: p.id,
    kind: p.kind,
    level: p.level,
    body: p.body,
    triggerType: p.trigger.type,
    frequency: p.trigger.type === 'periodisk' ? p.trigger.frequency : null,
    event: p.trigger.type === 'hendelse' ? p.trigger.event : null,
    scope: p.memberIds.length > 0 ? 'utvalgte' : 'alle',
    memberIds: p.memberIds,
    description: p.description,
  };
}

/** What is stored, as the values a save would send. */
export function storedDeltakelseValues(cooperationId: string, phase: StoredDeltakelse): DeltakelseValues {
  return {
    cooperationId,
    version: 0,
    members: phase.members.map((m) => ({ memberId: m.id, representatives: m.representatives, contactPerson: m.contactPerson, contactPublic: m.contactPublic })),
    representation: phase.participation.representation,
    anchoringPoints: sortedPoints(phase.anchoringPoints).map(storedPoint),
    informationItems: sortedItems(phase.informationItems).map((i) => ({ ...i, place: i.place })),
    informalContact: phase.participation.informalContact,
  };
}
