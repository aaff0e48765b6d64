import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { bokmaal } from './bokmaal';

describe('bokmaal', () => {
  it('marks the text as bokmål', () => {
    expect(renderToStaticMarkup(<p>{bokmaal('Skriv inn passordet ditt.')}</p>)).toBe('<p><span lang="nb">Skriv inn passordet ditt.</span></p>');
  });

  it('gives nothing for no text, so a field shows no error', () => {
    expect(bokmaal(undefined)).toBeUndefined();
    expect(bokmaal(null)).toBeUndefined();
    expect(bokmaal('')).toBeUndefined();
  });
});
