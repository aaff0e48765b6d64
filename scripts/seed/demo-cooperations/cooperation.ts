// The one builder of a demo cooperation: its dossier content as parameters (what is not given
// stays as emptyDossier leaves it; framing and design are filled in over the empty ones),
// whether the public register shows it, and the script that takes it through its lifecycle.
// Each cooperation module is then only its own content.
import { type Design, type Dossier, type Framing, type Member } from '@/lib/pure/domain/dossier';
import { emptyDossier } from '@/lib/pure/domain/empty-dossier';
import type { DemoCooperation, DemoStep } from './types';

export type DemoContent = Partial<Omit<Dossier, 'id' | 'name' | 'members' | 'framing' | 'design'>> & {
  framing?: Partial<Framing>;
  design?: Partial<Design>;
};

export interface DemoPlan extends DemoContent {
  /** The cooperation's stable key (demo users and tests find it by it), also its dossier id. */
  key: string;
  name: string;
  members: Member[];
  isPublic: boolean;
  steps?: DemoStep[];
}

export function demoCooperation({ key, name, members, isPublic, steps = [], framing, design, ...content }: DemoPlan): DemoCooperation {
  const empty = emptyDossier(key, name, members);
  return {
    key,
    dossier: { ...empty, ...content, framing: { ...empty.framing, ...framing }, design: { ...empty.design, ...design } },
    isPublic,
    steps,
  };
}
