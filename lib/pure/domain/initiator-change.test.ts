import { describe, expect, it } from 'vitest';
import { changeInitiator, describeInitiatorChange } from './initiator-change';

interface Member {
  kommunenummer: string | null;
  note: string;
}

const make = (kommunenummer: string): Member => ({ kommunenummer, note: '' });
const untouched = (m: Member) => m.note === '';
const names: Record<string, string> = { '1103': 'Stavanger', '1108': 'Sandnes', '1124': 'Sola', '1127': 'Randaberg' };
const nameOf = (k: string) => names[k] ?? k;

describe('changeInitiator', () => {
  it('puts the new initiator where the untouched old one was', () => {
    const members = [make('1103'), make('1124'), { kommunenummer: null, note: 'Politiet' }];
    const change = changeInitiator(members, '1103', '1108', make, untouched);
    expect(change.members.map((m) => m.kommunenummer)).toEqual(['1108', '1124', null]);
    expect(change).toMatchObject({ added: '1108', removed: '1103', kept: null });
    expect(describeInitiatorChange(change, '1108', nameOf)).toBe('Sandnes tar nå initiativet. Sandnes er lagt til som deltaker i stedet for Stavanger.');
  });

  it('keeps the old initiator when the user has written something for it, and says so', () => {
    const members = [{ kommunenummer: '1103', note: 'Sparer vaktordning' }, make('1124')];
    const change = changeInitiator(members, '1103', '1108', make, untouched);
    expect(change.members.map((m) => m.kommunenummer)).toEqual(['1108', '1103', '1124']);
    expect(change).toMatchObject({ added: '1108', removed: null, kept: '1103' });
    expect(describeInitiatorChange(change, '1108', nameOf)).toBe(
      'Sandnes tar nå initiativet. Sandnes er lagt til som deltaker. Stavanger står fortsatt som deltaker fordi du har fylt inn noe for den. Fjern den i listen hvis den ikke skal være med.',
    );
  });

  it('does not add the new initiator twice when it is already a member', () => {
    const members = [make('1103'), { kommunenummer: '1108', note: 'Har egen vakt' }];
    const change = changeInitiator(members, '1103', '1108', make, untouched);
    expect(change.members).toEqual([{ kommunenummer: '1108', note: 'Har egen vakt' }]);
    expect(change).toMatchObject({ added: null, removed: '1103' });
    expect(describeInitiatorChange(change, '1108', nameOf)).toBe('Sandnes tar nå initiativet. Sandnes var allerede deltaker. Stavanger er fjernet fra deltakerne.');
  });

  it('adds the first choice at the top when nobody was chosen before', () => {
    const change = changeInitiator([make('1124')], '', '1127', make, untouched);
    expect(change.members.map((m) => m.kommunenummer)).toEqual(['1127', '1124']);
    expect(change).toMatchObject({ added: '1127', removed: null, kept: null });
    expect(describeInitiatorChange(change, '1127', nameOf, 'registrerer nå samarbeidet')).toBe('Randaberg registrerer nå samarbeidet. Randaberg er lagt til som deltaker.');
  });

  it('takes an untouched initiator out when the choice is cleared', () => {
    const change = changeInitiator([make('1103'), make('1124')], '1103', '', make, untouched);
    expect(change.members.map((m) => m.kommunenummer)).toEqual(['1124']);
    expect(describeInitiatorChange(change, '', nameOf)).toBe('Stavanger er fjernet fra deltakerne.');
  });

  it('changes nothing when the same municipality is chosen again', () => {
    const members = [make('1103')];
    const change = changeInitiator(members, '1103', '1103', make, untouched);
    expect(change.members).toEqual(members);
    expect(change).toMatchObject({ added: null, removed: null, kept: null });
  });

  it('adds the new one when the old initiator had already been removed by hand', () => {
    const change = changeInitiator([make('1124')], '1103', '1108', make, untouched);
    expect(change.members.map((m) => m.kommunenummer)).toEqual(['1108', '1124']);
    expect(change).toMatchObject({ added: '1108', removed: null, kept: null });
  });
});

describe('describeInitiatorChange in another language', () => {
  it('fills in the words it is given', () => {
    const change = changeInitiator([make('1103'), make('1124')], '1103', '1108', make, untouched);
    const nynorsk = {
      takes: '{name} tek no initiativet.',
      removed: '{name} er fjerna frå deltakarane.',
      addedInstead: '{added} er lagd til som deltakar i staden for {removed}.',
      added: '{name} er lagd til som deltakar.',
      already: '{name} var deltakar frå før.',
      kept: '{name} står framleis som deltakar.',
    };
    expect(describeInitiatorChange(change, '1108', nameOf, undefined, nynorsk)).toBe('Sandnes tek no initiativet. Sandnes er lagd til som deltakar i staden for Stavanger.');
  });
});
