import 'server-only';
// Per-request loading for the cooperation pages: the layout and the page share one read.
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { getDb, type Db } from '@/db/client';
import { contentVersion } from '@/db/queries/change-log';
import { loadDossier, loadLifecycle } from '@/db/queries/dossier';
import { osloDateOf, type IsoDate } from '@/lib/pure/domain/iso-date';
import { requestNow } from '@/lib/server/clock';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import { currentUser, requireUser } from '@/lib/server/auth/session';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Dossier } from '@/lib/pure/domain/dossier';
import type { SaveUnit } from '@/lib/pure/domain/section-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The dossier with membership judged on the request's day in Oslo (the request clock). */
export const getDossier = cache(async (id: string): Promise<Dossier | null> =>
  UUID.test(id) ? loadDossier(await getDb(), id, { today: osloDateOf(await requestNow()) }) : null,
);
export const getLifecycle = cache(async (id: string) => (UUID.test(id) ? loadLifecycle(await getDb(), id) : null));

export interface CooperationPageContext {
  user: SessionUser;
  dossier: Dossier;
  /** Null when the user may not read the cooperation (the caller shows NoAccess). */
  allowed: boolean;
  canEdit: boolean;
}

/** Signed-in user, the dossier (404 when missing) and what the user may do with it. */
export async function cooperationPage(id: string, path: string): Promise<CooperationPageContext> {
  const user = await requireUser(path);
  const dossier = await getDossier(id);
  if (!dossier) notFound();
  const resource = cooperationResource(dossier);
  return { user, dossier, allowed: can(user, 'cooperation.read', resource), canEdit: can(user, 'cooperation.edit', resource) };
}

/** The cooperation's name for page titles, or null when this user may not read it (titles must not leak it). */
export async function readableName(id: string): Promise<string | null> {
  const [user, dossier] = await Promise.all([currentUser(), getDossier(id)]);
  return dossier && can(user, 'cooperation.read', cooperationResource(dossier)) ? dossier.name : null;
}

/**
 * What a form edits, with the content version it is loaded with. The version is read first:
 * the data can then only be as new or newer, so a later save over a change made in between is
 * refused as a conflict instead of silently undoing it.
 */
export async function loadForForm<T>(id: string, unit: SaveUnit, load: (db: Db, id: string, today: IsoDate) => Promise<T | null | undefined>): Promise<{ version: number; data: T | null }> {
  const db = await getDb();
  const version = await contentVersion(db, id, unit);
  return { version, data: (await load(db, id, osloDateOf(await requestNow()))) ?? null };
}
