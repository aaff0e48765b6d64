// The Støtte form's values from what is stored, without zod: the form in the browser resets to them after a save.
import type { StotteInput, StoredStotte } from './stotte';

/** The form's values from what is stored: the first render, after a save and with a conflict. */
export function stotteValues(cooperationId: string, phase: StoredStotte, version: number): StotteInput {
  return {
    cooperationId,
    version,
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
