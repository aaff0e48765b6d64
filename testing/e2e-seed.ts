import 'server-only';
// Writes an e2e scenario (testing/e2e-scenarios.ts) and a user who may edit it: a
// rådmannsteam in the first member municipality, with its own e-mail, so the spec's pages
// show its own cooperation and nothing another spec made. Not public, so the public
// register and its counts stay as the demo left them. Only the e2e route calls this.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { insertCooperationFromDossier } from '@/db/queries/dossier-import';
import { createUser, grantRole } from '@/db/queries/users';
import { cooperations } from '@/db/schema';
import { hashPassword } from '@/lib/server/auth/password';
import { scenarioDossier, type E2eScenario } from './e2e-scenarios';

export const E2E_PASSWORD = 'e2e-scenario-passord-2026';

export async function seedScenario(db: Db, input: { scenario: E2eScenario; name: string; today: string }) {
  const dossier = scenarioDossier(input.scenario, input.name, input.today);
  const id = await insertCooperationFromDossier(db, dossier);
  await db.update(cooperations).set({ isPublic: false }).where(eq(cooperations.id, id));
  const kommunenummer = dossier.members[0]!.kommunenummer!;
  const email = `e2e-${id.slice(0, 8)}@test.brobygger.no`;
  const user = await createUser(db, { email, name: 'Randi Rådgiver', title: 'Rådgiver, kommunedirektørens stab', passwordHash: await hashPassword(E2E_PASSWORD) });
  if (!user) throw new Error(`Brukeren ${email} finnes fra før.`);
  await grantRole(db, { userId: user.id, role: 'radmannsteam', kommunenummer, cooperationId: null, grantedBy: null });
  return { id, email, password: E2E_PASSWORD, name: user.name };
}
