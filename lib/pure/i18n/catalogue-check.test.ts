// The catalogues agree (the check npm test runs), and the check fails when they do not: a key
// removed from nn, a key only en has, a placeholder dropped, a message that is not ICU.
import { describe, expect, it } from 'vitest';
import { catalogueProblems, flatten, placeholders } from './catalogue-check';
import { CATALOGUES } from './catalogues';

const { nb, nn, en } = CATALOGUES;
type Tree = Parameters<typeof catalogueProblems>[0];
const copy = (tree: unknown) => structuredClone(tree) as Tree;

describe('the message catalogues', () => {
  it('nn and en have exactly the keys and placeholders of nb', () => {
    expect(catalogueProblems(nb, { nn, en })).toEqual([]);
  });

  it('hold a few hundred messages, none of them empty', () => {
    const messages = flatten(nb);
    expect(messages.size).toBeGreaterThan(200);
    for (const catalogue of [nb, nn, en]) for (const [key, text] of flatten(catalogue)) expect(text.trim(), key).not.toBe('');
  });
});

describe('catalogueProblems', () => {
  it('fails when a key is removed from nn', () => {
    const broken = copy(nn) as { innsyn: Record<string, string> };
    delete broken.innsyn.title;
    expect(catalogueProblems(nb, { nn: broken, en })).toEqual(['nn: mangler innsyn.title']);
  });

  it('fails when a whole namespace is missing, naming every key', () => {
    const broken = copy(nn) as Record<string, unknown>;
    delete broken.sprak;
    expect(catalogueProblems(nb, { nn: broken as Tree })).toEqual(Object.keys(nb.sprak).map((k) => `nn: mangler sprak.${k}`));
  });

  it('fails when a translation has a key bokmål does not (the other direction)', () => {
    const broken = copy(en) as { innsyn: Record<string, string> };
    broken.innsyn.extra = 'Extra';
    expect(catalogueProblems(nb, { en: broken })).toEqual(['en: innsyn.extra finnes ikke i nb']);
  });

  it('fails when a placeholder or a rich-text tag is dropped or renamed', () => {
    const broken = copy(nn) as { kommune: Record<string, string>; bygginn: Record<string, string> };
    broken.kommune.title = 'Interkommunale samarbeid i kommunen';
    broken.bygginn.api = 'Sjå det opne API-et.';
    expect(catalogueProblems(nb, { nn: broken })).toEqual([
      'nn: kommune.title har plassholderne [], nb har [name]',
      'nn: bygginn.api har plassholderne [], nb har [<link>]',
    ]);
  });

  it('fails on a message that is not valid ICU', () => {
    const broken = copy(en) as { sider: Record<string, string> };
    broken.sider.page = 'Page {page';
    const problems = catalogueProblems(nb, { en: broken });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^en: sider\.page er ikke gyldig ICU/);
  });
});

describe('placeholders', () => {
  it('finds arguments inside plurals and tags', () => {
    expect(placeholders('{count, plural, one {# kommune i {name}} other {# kommuner}}')).toEqual(['count', 'name']);
    expect(placeholders('Send til <link>{email}</link>.')).toEqual(['<link>', 'email']);
    expect(placeholders('Ingen treff')).toEqual([]);
  });
});
