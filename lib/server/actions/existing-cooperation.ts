import 'server-only';
// Registering one cooperation that already runs: a rådmannsteam (or an administrator)
// records it with its real start date, and it enters drift through the lifecycle event
// REGISTRER_EKSISTERENDE, in the same transaction as the rows it is written in.
import type { z } from 'zod';
import { cooperationStateDigest } from '@/db/queries/audit';
import { findExistingMatches, insertExistingCooperations, memberKey } from '@/db/queries/existing-cooperations';
import { getMunicipalityNames, listTaskAreas } from '@/db/queries/municipalities';
import { ActionError, MESSAGES, refusedStep, type ActionContext, type FieldErrors } from '@/lib/server/action-core';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import { formatOrganisationNumber } from '@/lib/pure/domain/organisation-number';
import { existingCooperationSchema } from '@/lib/pure/validation/existing-cooperation';
import { isSerializationFailure, transition } from '@/workflows/cooperation/runner';

type Input = z.output<typeof existingCooperationSchema>;

export const registerExistingSpec = {
  schema: existingCooperationSchema,
  action: 'cooperation.register' as const,
  resource: (input: Input) => ({ kind: 'municipality' as const, kommunenummer: input.registeringKommunenummer }),
};

const DUPLICATE_MESSAGE = 'Samarbeidet er allerede registrert.';

export async function registerExistingHandler(input: Input, { db, user, audit, now, today }: ActionContext): Promise<{ id: string }> {
  const fieldErrors: FieldErrors = {};
  const known = await getMunicipalityNames(db, input.members.flatMap((m) => (m.kommunenummer ? [m.kommunenummer] : [])));
  input.members.forEach((m, i) => {
    if (m.kommunenummer && !known.has(m.kommunenummer)) fieldErrors[`members.${i}.kommunenummer`] = ['Ukjent kommunenummer.'];
  });
  if (!(await listTaskAreas(db)).some((a) => a.id === input.taskAreaId)) fieldErrors.taskAreaId = ['Velg et oppgavefelt fra listen.'];
  // The day in Norway, not in UTC: a cooperation that started today is not in the future at 00:30.
  if (input.startDate > today) fieldErrors.startDate = ['Startdatoen kan ikke være fram i tid.'];
  const [match] = await findExistingMatches(db, [{ name: input.name, organisationNumber: input.organisationNumber, memberKeys: input.members.map(memberKey) }]);
  if (match?.by === 'organisasjonsnummer') {
    fieldErrors.organisationNumber = [`Organisasjonsnummeret ${formatOrganisationNumber(match.organisationNumber ?? '')} er allerede registrert på «${match.name}».`];
  } else if (match) {
    fieldErrors.name = [`«${match.name}» med de samme deltakerne er allerede registrert.`];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new ActionError('invalid', match ? DUPLICATE_MESSAGE : MESSAGES.invalid, fieldErrors);
  }

  try {
    return await db.transaction(async (tx) => {
      const [id] = await insertExistingCooperations(tx, [
        { ...input, initiatingKommunenummer: input.registeringKommunenummer, createdBy: user.id },
      ]);
      const result = await transition(
        tx,
        id!,
        { type: 'REGISTRER_EKSISTERENDE', comment: `I drift siden ${formatDateNb(input.startDate)}.`, details: { startDate: input.startDate, kilde: 'registrering' } },
        user,
        { now },
      );
      if (!result.ok) throw refusedStep(result);
      // The resource checked was the municipality; the log also keeps what the new cooperation became.
      audit?.set({ operation: 'registerExisting', afterDigest: await cooperationStateDigest(tx, id!) });
      return { id: id! };
    });
  } catch (err) {
    // Someone registered the same organisation number a moment ago.
    if (isSerializationFailure(err)) throw new ActionError('conflict', `${DUPLICATE_MESSAGE} Noen registrerte det samtidig. Last siden på nytt.`);
    throw err;
  }
}
