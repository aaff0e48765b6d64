// The state of a person's account link in words: linked (to whom), invitation sent (until
// when), invitation expired, or not linked.
import { Tag } from '@digdir/designsystemet-react';
import type { LinkState } from '@/lib/pure/domain/person-links';
import { formatDateTime } from '@/lib/pure/format';

export function LinkStateView({ state }: { state: LinkState }) {
  switch (state.kind) {
    case 'linked':
      return (
        <span className="flex flex-wrap items-center gap-2">
          <Tag data-color="success">Koblet til konto</Tag>
          <span className="text-sm">
            {state.userName} ({state.email})
          </span>
        </span>
      );
    case 'invited':
      return (
        <span className="flex flex-wrap items-center gap-2">
          <Tag data-color="info">Invitasjon sendt</Tag>
          <span className="text-sm">
            til {state.email}, utløper {formatDateTime(state.expiresAt)}
          </span>
        </span>
      );
    case 'expired':
      return (
        <span className="flex flex-wrap items-center gap-2">
          <Tag data-color="warning">Invitasjonen er utløpt</Tag>
          <span className="text-sm">
            {state.email}, utløp {formatDateTime(state.expiredAt)}. Send en ny.
          </span>
        </span>
      );
    default:
      return <Tag data-color="neutral">Ikke koblet</Tag>;
  }
}
