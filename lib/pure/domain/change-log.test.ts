import { describe, expect, it } from 'vitest';
import { diffFields, joinParts, textValue, type FieldView } from './change-log';

const f = (key: string, value: string | null, more: Partial<FieldView> = {}): FieldView => ({ key, section: 'stotte.sponsorer', field: `Felt ${key}`, value, ...more });

describe('diffFields', () => {
  it('finds changed, added and removed fields; empty text and null are the same', () => {
    const before = [f('a', 'Anne'), f('b', ''), f('c', 'Kari'), f('d', 'Per')];
    const after = [f('a', 'Anne '), f('b', null), f('c', 'Ola'), f('e', 'Ny')];
    expect(diffFields(before, after)).toEqual([
      { key: 'c', section: 'stotte.sponsorer', field: 'Felt c', old: 'Kari', new: 'Ola', public: false, wasBlank: false },
      { key: 'e', section: 'stotte.sponsorer', field: 'Felt e', old: null, new: 'Ny', public: false, wasBlank: true },
      { key: 'd', section: 'stotte.sponsorer', field: 'Felt d', old: 'Per', new: null, public: false, wasBlank: false },
    ]);
  });

  it('keeps section order, and marks a field public when it was or becomes public', () => {
    const changes = diffFields(
      [f('x', '1', { section: 'deltakelse.informasjon' }), f('y', 'Nei', { section: 'stotte.praktisk', public: true })],
      [f('x', '2', { section: 'deltakelse.informasjon' }), f('y', 'Ja', { section: 'stotte.praktisk' })],
    );
    expect(changes.map((c) => [c.key, c.public])).toEqual([
      ['y', true],
      ['x', false],
    ]);
  });

  it('says whether the field was blank before: no value, or a value marked blank (an unticked box)', () => {
    const changes = diffFields([f('a', null), f('b', 'Nei', { blank: true }), f('c', 'Ja')], [f('a', 'Ny'), f('b', 'Ja'), f('c', 'Nei', { blank: true }), f('d', 'Lagt til')]);
    expect(changes.map((c) => [c.key, c.wasBlank])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
      ['d', true],
    ]);
  });

  it('writes values as trimmed text', () => {
    expect(textValue('  ')).toBeNull();
    expect(joinParts(['Anne', ' ', null, 'ordfører'], ', ')).toBe('Anne, ordfører');
    expect(joinParts([null, ''])).toBeNull();
  });
});
