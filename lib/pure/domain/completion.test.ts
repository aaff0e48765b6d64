import { describe, expect, it } from 'vitest';
import type { FieldChange } from './change-log';
import { completableFollowUps, completableRules, completableSections, COMPLETING_STATES, FOLLOW_UP_PLACES, followUpHref, isCompletion, openRuleIds } from './completion';
import { LIFECYCLE_STATES } from './dossier';
import { emptyDossier } from './empty-dossier';
import { readyDossier } from '@/testing/fixtures/domain';
import { READINESS_RULES } from './readiness';
import { COMPLETION_HELP, SECTIONS, type SectionId } from './section-rules';
import { lockedMessage } from './section-locked';

/** Rules in a section that needs member decisions which filling in cannot meet: they take a redesign. */
const REDESIGN_ONLY = ['design.deltakere', 'design.vertskommune'];

const change = (key: string, section: SectionId, old: string | null, now: string | null, wasBlank = old === null): FieldChange => ({
  key,
  section,
  field: key,
  old,
  new: now,
  public: false,
  wasBlank,
});

describe('where each follow-up is done', () => {
  it('places every readiness rule, and only those', () => {
    expect(Object.keys(FOLLOW_UP_PLACES).sort()).toEqual(READINESS_RULES.map((r) => r.id).sort());
  });

  it('in a section of the rule’s own phase (membership on the Deltakere page)', () => {
    for (const rule of READINESS_RULES) {
      const section = FOLLOW_UP_PLACES[rule.id]!.section;
      expect(section.startsWith(`${rule.phase}.`) || section === 'samarbeid.deltakere', rule.id).toBe(true);
    }
  });

  it('names fields to fill in for every rule in a section that needs member decisions, but the redesign-only ones', () => {
    const vedtak = READINESS_RULES.map((r) => r.id).filter((id) => SECTIONS[FOLLOW_UP_PLACES[id]!.section].rule === 'vedtak');
    expect(vedtak.filter((id) => !FOLLOW_UP_PLACES[id]!.fields).sort()).toEqual(REDESIGN_ONLY);
    // A drift section needs no list: everything in it may change.
    const drift = READINESS_RULES.map((r) => r.id).filter((id) => SECTIONS[FOLLOW_UP_PLACES[id]!.section].rule === 'drift');
    expect(drift.filter((id) => FOLLOW_UP_PLACES[id]!.fields)).toEqual([]);
  });

  it('links to the section on its page', () => {
    expect(followUpHref('c1', 'deltakelse.formelt-politisk-forankringspunkt')).toBe('/samarbeid/c1/deltakelse#seksjon-deltakelse-forankring');
    expect(followUpHref('c1', 'design.begrunnelse')).toBe('/samarbeid/c1/design#seksjon-design-organisasjonsform');
    expect(followUpHref('c1', 'design.deltakere')).toBe('/samarbeid/c1/deltakere#seksjon-samarbeid-deltakere');
    expect(followUpHref('c1', 'ukjent.regel')).toBe('/samarbeid/c1');
  });
});

describe('what may be filled in while running', () => {
  const open = ['design.begrunnelse', 'design.styringsorgan', 'innramming.mal-indikator', 'innramming.avtale-lovkrav', 'design.vertskommune', 'deltakelse.uformell-kontakt'];

  it('only in drift, evaluering and beslutning, and only sections needing decisions with a fillable open rule', () => {
    for (const state of LIFECYCLE_STATES) {
      const sections = completableSections(state, open).sort();
      expect(sections, state).toEqual(COMPLETING_STATES.includes(state) ? ['design.organer', 'design.organisasjonsform', 'innramming.avtale', 'innramming.maal'] : []);
    }
    expect(completableRules('drift', [])).toEqual({});
  });

  it.each([
    ['a blank rationale filled in', change('legalFormRationale', 'design.organisasjonsform', null, 'Fordi …'), true],
    ['a recorded rationale changed', change('legalFormRationale', 'design.organisasjonsform', 'Gammel', 'Ny'), false],
    ['the legal form changed', change('legalForm', 'design.organisasjonsform', 'IKS', 'Aksjeselskap'), false],
    ['a first body added', change('body:ny-0', 'design.organer', null, 'Representantskap'), true],
    ['a recorded body removed', change('body:b1', 'design.organer', 'Representantskap', null), false],
    ['a missing indicator filled in', change('goal:g1:indicator', 'innramming.maal', null, 'Ventetid'), true],
    ['a goal added while only an indicator is missing', change('goal:ny-1', 'innramming.maal', null, 'Nytt mål'), false],
    ['a recorded goal reworded', change('goal:g1', 'innramming.maal', 'Kortere ventetid', 'Lengre ventetid'), false],
    ['an unticked statutory item ticked', change('agreement:x', 'innramming.avtale', 'Nei', 'Ja', true), true],
    ['a ticked statutory item unticked', change('agreement:x', 'innramming.avtale', 'Ja', 'Nei'), false],
    ['a host role set (redesign only)', change('member:m1:role', 'design.roller', 'Deltaker', 'Vertskommune'), false],
    ['a blank in a section whose rule is met', change('mandate.alone', 'design.mandat', null, 'Innkjøp'), false],
  ])('%s: %s', (_name, c, expected) => {
    expect(isCompletion('drift', c, open)).toBe(expected);
    // Never once the cooperation is winding down or waiting for member decisions.
    expect(isCompletion('avvikling', c, open)).toBe(false);
    expect(isCompletion('medlemsvedtak', c, open)).toBe(false);
  });

  it('says in the refusal that blanks could have been filled in, where they could', () => {
    expect(lockedMessage('drift', ['design.organisasjonsform'], ['design.organisasjonsform'])).toContain(COMPLETION_HELP);
    expect(lockedMessage('drift', ['design.organisasjonsform'], ['design.organer'])).not.toContain(COMPLETION_HELP);
    expect(lockedMessage('drift', [], ['design.organer'])).toBeNull();
  });
});

describe('a cooperation registered with little more than its form', () => {
  const registered = () => {
    const d = { ...emptyDossier('c', 'Registrert', readyDossier().members), state: 'drift' as const };
    d.design.legalForm = 'iks';
    return d;
  };

  it('may fill in goals, economy, cost key, the agreement, rationale, bodies and mandate', () => {
    const sections = Object.keys(completableFollowUps(registered())).sort();
    expect(sections).toEqual(['design.mandat', 'design.organer', 'design.organisasjonsform', 'innramming.avtale', 'innramming.kostnadsfordeling', 'innramming.maal', 'innramming.okonomi']);
    expect(completableFollowUps(registered())['design.organisasjonsform']).toEqual(['begrunnelse for organisasjonsformen mangler']);
  });

  it('has nothing to fill in once complete, or before it runs', () => {
    expect(completableFollowUps({ ...readyDossier(), state: 'drift' })).toEqual({});
    expect(openRuleIds(readyDossier())).toEqual([]);
    expect(completableFollowUps({ ...registered(), state: 'etablering' })).toEqual({});
  });
});
