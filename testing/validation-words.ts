// Validation messages (references, lib/pure/validation/reference.ts) in bokmål, so unit tests
// can compare them with the texts the e2e tests and users see.
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { validationText } from '@/lib/pure/validation/reference';

export function nb(message: string): string;
export function nb(message: string | null | undefined): string | null | undefined;
export function nb(message: string | null | undefined): string | null | undefined {
  return message == null ? message : validationText(message, CATALOGUES.nb.validering);
}
