// The Deltakelse form's values from what is stored, in a stable order (the tables keep
// none): formal before informal, political before administrative, then by body; the
// information plan by audience.
import type { UseFormReturn } from 'react-hook-form';
import type { DeltakelsePhase } from '@/db/queries/phases/deltakelse';
import type { AnchoringPoint } from '@/lib/domain/dossier';
import { AUDIENCES, type AnchoringPointInput, type DeltakelseInput, type DeltakelseValues } from '@/lib/validation/phases/deltakelse';

export type DeltakelseForm = UseFormReturn<DeltakelseInput, unknown, DeltakelseValues>;

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

export function deltakelseValues(cooperationId: string, phase: DeltakelsePhase): DeltakelseInput {
  const points = [...phase.anchoringPoints].sort((a, b) => rank(a) - rank(b) || a.body.localeCompare(b.body, 'nb') || a.id.localeCompare(b.id));
  const items = [...phase.informationItems].sort(
    (a, b) => AUDIENCES.indexOf(a.audience) - AUDIENCES.indexOf(b.audience) || a.content.localeCompare(b.content, 'nb') || a.id.localeCompare(b.id),
  );
  return {
    cooperationId,
    members: phase.members.map((m) => ({ memberId: m.id, representatives: m.representatives, contactPerson: m.contactPerson ?? '', contactPublic: m.contactPublic })),
    representation: phase.participation.representation ?? '',
    anchoringPoints: points.map(pointValues),
    informationItems: items.map((i) => ({ id: i.id, audience: i.audience, content: i.content, timing: i.timing, channel: i.channel, place: i.place ?? '', responsible: i.responsible })),
    informalContact: phase.participation.informalContact ?? '',
  };
}
