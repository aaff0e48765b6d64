import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { readyDossier } from '@/testing/fixtures/domain';
import { EXIT_ITEMS } from '@/lib/pure/domain/exit-checklist';
import { missingRuleWords } from '@/lib/pure/domain/missing-words';
import { catalogueWords } from '@/lib/pure/i18n/loose-words';
import { lifecycleOffer } from './offer';

const d = readyDossier();
const k = d.members[0]!.kommunenummer!;
const radmann: SessionUser = { id: 'u', email: 'u@x.no', name: 'U', roles: [{ role: 'radmannsteam', kommunenummer: k, cooperationId: null }] };
const resource = { kind: 'cooperation' as const, id: d.id, memberKommunenummer: d.members.map((m) => m.kommunenummer).filter((x): x is string => x !== null) };
const winding = { snapshot: null, stateValue: 'avvikling', machineVersion: 0, state: 'avvikling', exitChecklist: Object.fromEntries(EXIT_ITEMS.map((i) => [i.id, { done: i.id !== 'arkiv', note: null }])) };

describe('the exit checklist in the lifecycle offer', () => {
  it('is bokmål, and says so, without the exit words', () => {
    const [step] = lifecycleOffer(winding, d, radmann, resource).steps;
    expect(step!.missing).toEqual(['Avviklingen mangler: arkivansvaret er plassert']);
    expect(step!.missingItems[0]!.translated).toBe(false);
  });

  it('comes in nynorsk and English with their words', () => {
    const nn = lifecycleOffer(winding, d, radmann, resource, catalogueWords('nn', 'livslop'), missingRuleWords('nn')).steps[0]!;
    expect(nn.missing).toEqual(['Avviklinga manglar: arkivansvaret er plassert']);
    expect(nn.missingItems[0]!.translated).toBe(true);
    const en = lifecycleOffer(winding, d, radmann, resource, catalogueWords('en', 'livslop'), missingRuleWords('en')).steps[0]!;
    expect(en.missing).toEqual(['Not yet in place for the winding-down: responsibility for the archives has been placed']);
  });
});
