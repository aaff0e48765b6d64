// The Støtte form's values from what is stored: used for the first render and after a save.
import type { StottePhase } from '@/db/queries/phases/stotte';
import type { StotteInput } from '@/lib/validation/phases/stotte';

export function stotteValues(cooperationId: string, phase: StottePhase): StotteInput {
  return {
    cooperationId,
    sponsors: phase.sponsors.map((s) => ({
      id: s.id,
      memberId: s.memberId,
      kind: s.kind,
      name: s.name,
      title: s.title ?? '',
      leaderContact: s.leaderContact ?? '',
      reconfirm: false,
    })),
    practicalSupport: phase.support.practicalSupport ?? '',
    minimumFunding: phase.support.minimumFunding ?? '',
    professionalCommunity: phase.support.professionalCommunity ?? '',
  };
}
