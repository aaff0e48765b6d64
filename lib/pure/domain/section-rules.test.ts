import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STATES, type LifecycleState } from './dossier';
import { CHANGE_KINDS } from '@/lib/pure/validation/lifecycle';
import { editableSections, editMode, SECTION_IDS, SECTIONS, sectionEditable, type SectionId } from './section-rules';
import { lockedMessage } from './section-locked';

// The rule written out by hand: a change to the catalogue must change this table too.
const EXPECTED: Record<SectionId, 'drift' | 'vedtak' | 'kun avvikling'> = {
  'innramming.maal': 'vedtak',
  'innramming.okonomi': 'vedtak',
  'innramming.kostnadsfordeling': 'vedtak',
  'innramming.nytte': 'drift',
  'innramming.avtale': 'vedtak',
  'innramming.rapportering': 'drift',
  'design.organisasjonsform': 'vedtak',
  'design.roller': 'vedtak',
  'design.organer': 'vedtak',
  'design.leder': 'drift',
  'design.mandat': 'vedtak',
  'design.arbeidsform': 'drift',
  'stotte.sponsorer': 'drift',
  'stotte.praktisk': 'drift',
  'deltakelse.representasjon': 'drift',
  'deltakelse.forankring': 'drift',
  'deltakelse.informasjon': 'drift',
  'deltakelse.uformell': 'drift',
  'virkemidler.virkemidler': 'drift',
  'samarbeid.offentlighet': 'drift',
  'evaluering.resultater': 'drift',
  'samarbeid.deltakere': 'vedtak',
  'avvikling.sjekkliste': 'kun avvikling',
};

const MODE: Record<LifecycleState, 'alt' | 'drift' | 'ingen'> = {
  utkast: 'alt',
  etablering: 'alt',
  redesign: 'alt',
  drift: 'drift',
  evaluering: 'drift',
  beslutning: 'drift',
  avvikling: 'drift',
  medlemsvedtak: 'ingen',
  avviklet: 'ingen',
  avbrutt: 'ingen',
};

function expectedEditable(section: SectionId, state: LifecycleState): boolean {
  const rule = EXPECTED[section];
  if (rule === 'kun avvikling') return state === 'avvikling';
  return MODE[state] === 'alt' || (MODE[state] === 'drift' && rule === 'drift');
}

describe('which sections may change in which state', () => {
  it('the table names every section, and only those', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...SECTION_IDS].sort());
  });

  const cases = SECTION_IDS.flatMap((section) => LIFECYCLE_STATES.map((state) => [section, state, expectedEditable(section, state)] as const));
  it.each(cases)('%s in %s: editable = %s', (section, state, editable) => {
    expect(editMode(state)).toBe(MODE[state]);
    expect(sectionEditable(state, section)).toBe(editable);
  });

  it('the issue lists: direct changes and changes through member decisions', () => {
    const direct: SectionId[] = ['stotte.sponsorer', 'design.leder', 'deltakelse.representasjon', 'deltakelse.forankring', 'deltakelse.informasjon', 'evaluering.resultater', 'stotte.praktisk', 'samarbeid.offentlighet', 'virkemidler.virkemidler'];
    const decided: SectionId[] = ['samarbeid.deltakere', 'design.organisasjonsform', 'design.roller', 'innramming.kostnadsfordeling', 'design.mandat', 'design.organer'];
    for (const id of direct) expect(sectionEditable('drift', id), id).toBe(true);
    for (const id of decided) expect(sectionEditable('drift', id), id).toBe(false);
  });

  it('every "krever vedtak" section says what kind of redesign proposal it is', () => {
    for (const id of SECTION_IDS) {
      const section: { rule: string; proposal?: string } = SECTIONS[id];
      if (section.rule === 'vedtak') expect(Object.keys(CHANGE_KINDS), id).toContain(section.proposal);
    }
  });

  it('lists the sections of a form that may change now', () => {
    expect(editableSections('drift', 'design')).toEqual(['design.leder', 'design.arbeidsform']);
    expect(editableSections('etablering', 'design')).toHaveLength(6);
    expect(editableSections('medlemsvedtak', 'stotte')).toEqual([]);
  });

  it('refuses with a sentence naming what needs member decisions, and how to propose it', () => {
    expect(lockedMessage('drift', ['stotte.sponsorer'])).toBeNull();
    expect(lockedMessage('redesign', ['design.mandat'])).toBeNull();
    expect(lockedMessage('drift', ['design.leder', 'design.mandat', 'design.organisasjonsform', 'design.mandat'])).toBe(
      'Dette krever vedtak i deltakerne og kan ikke endres direkte nå: Mandat for operativ leder, Organisasjonsform. Foreslå endringen som en redesign fra oversikten. Den utredes og sendes til vedtak i deltakerne.',
    );
    expect(lockedMessage('beslutning', ['innramming.okonomi'])).toMatch(/beslutningen etter evalueringen/);
    expect(lockedMessage('medlemsvedtak', ['stotte.sponsorer'])).toBe('Saken er sendt til vedtak i deltakerne. Ingenting kan endres mens kommunene behandler den.');
    expect(lockedMessage('avviklet', [])).toMatch(/avviklet/);
    expect(lockedMessage('drift', ['avvikling.sjekkliste'])).toBe('Sjekklisten kan bare endres mens samarbeidet er under avvikling.');
  });
});
