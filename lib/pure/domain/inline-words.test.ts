import { describe, expect, it } from 'vitest';
import { fill } from './inline-words';

describe('fill', () => {
  it('fills the placeholders it has values for, once, and leaves the others', () => {
    expect(fill('Organ {n}', { n: 2 })).toBe('Organ 2');
    expect(fill('{name} ({basis})', { name: 'IKS {x}', basis: 'IKS-loven' })).toBe('IKS {x} (IKS-loven)');
    expect(fill('Minst {min} tegn')).toBe('Minst {min} tegn');
  });
});
