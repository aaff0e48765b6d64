import 'server-only';
// The dossier the design and innramming forms edit: membership judged on `today`, and in a
// redesign the members it plans for (proposed joiners in, proposed leavers out), as
// lib/pure/domain/membership.ts planningView says.
import type { Db } from '../../client';
import type { Dossier } from '@/lib/pure/domain/dossier';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import { planningView } from '@/lib/pure/domain/membership';
import { loadDossier } from '../dossier';

export async function loadPlanningDossier(db: Db, cooperationId: string, today: IsoDate): Promise<Dossier | null> {
  const dossier = await loadDossier(db, cooperationId, { today });
  return dossier ? planningView(dossier) : null;
}
