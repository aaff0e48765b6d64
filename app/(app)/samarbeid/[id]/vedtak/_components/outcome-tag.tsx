// The outcome of a member decision as a coloured tag.
import { Tag } from '@digdir/designsystemet-react';
import type { DecisionOutcome } from '@/lib/pure/domain/dossier';
import { OUTCOME_LABELS } from '@/lib/pure/validation/decisions';

const COLORS: Record<DecisionOutcome, 'success' | 'danger' | 'warning'> = { tilslutning: 'success', avslag: 'danger', utsatt: 'warning' };

/** A decision's outcome as a coloured tag; no decision yet reads "Ikke behandlet". */
export function OutcomeTag({ outcome }: { outcome: DecisionOutcome | null }) {
  if (outcome === null) return <Tag data-color="neutral">Ikke behandlet</Tag>;
  return <Tag data-color={COLORS[outcome]}>{OUTCOME_LABELS[outcome]}</Tag>;
}
