// The three message catalogues. Bokmål is the default and the reference: nn and en must have
// exactly its keys and placeholders (lib/pure/i18n/catalogue-check.ts, checked in npm test).
import type { Locale } from './locales';
import nb from './messages/nb.json' with { type: 'json' };
import nn from './messages/nn.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };

export type Messages = typeof nb;

export const CATALOGUES: Readonly<Record<Locale, Messages>> = { nb, nn, en };
