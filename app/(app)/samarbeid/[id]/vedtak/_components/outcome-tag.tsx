// The outcome of a member decision as a coloured tag, in the page's language (namespace `vedtak.utfall`).
import { Tag } from '@digdir/designsystemet-react';
import { getTranslations } from 'next-intl/server';
import type { DecisionOutcome } from '@/lib/pure/domain/dossier';

const COLORS: Record<DecisionOutcome, 'success' | 'danger' | 'warning'> = { tilslutning: 'success', avslag: 'danger', utsatt: 'warning' };

/** A decision's outcome as a coloured tag; no decision yet reads "Ikke behandlet". */
export async function OutcomeTag({ outcome }: { outcome: DecisionOutcome | null }) {
  const t = await getTranslations('vedtak.utfall');
  if (outcome === null) return <Tag data-color="neutral">{t('none')}</Tag>;
  return <Tag data-color={COLORS[outcome]}>{t(outcome)}</Tag>;
}
