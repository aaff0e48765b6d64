// The order a request's language is chosen in: profile, cookie, målform (on a municipality's
// /innsyn pages), browser, bokmål — and what counts as a municipality's page.
import { describe, expect, it } from 'vitest';
import { browserLocale, maalformScope, resolveLocale } from './resolve';

describe('resolveLocale', () => {
  it('takes the profile language before everything else', () => {
    expect(resolveLocale({ userLanguage: 'en', cookie: 'nn', maalform: 'nynorsk', acceptLanguage: 'nb' })).toBe('en');
  });

  it('takes the switcher cookie before the municipality and the browser', () => {
    expect(resolveLocale({ userLanguage: null, cookie: 'en', maalform: 'nynorsk', acceptLanguage: 'nn' })).toBe('en');
  });

  it('ignores a cookie or profile value that is not one of the languages', () => {
    expect(resolveLocale({ userLanguage: 'de', cookie: 'xx', maalform: 'nynorsk' })).toBe('nn');
  });

  it('lets the municipality decide for bokmål and nynorsk, and the browser for nøytral', () => {
    expect(resolveLocale({ maalform: 'nynorsk', acceptLanguage: 'en' })).toBe('nn');
    expect(resolveLocale({ maalform: 'bokmal', acceptLanguage: 'en' })).toBe('nb');
    expect(resolveLocale({ maalform: 'noytral', acceptLanguage: 'en-GB,en;q=0.9' })).toBe('en');
    expect(resolveLocale({ maalform: 'noytral', acceptLanguage: 'de' })).toBe('nb');
  });

  it('falls back to the browser, then bokmål', () => {
    expect(resolveLocale({ acceptLanguage: 'nn-NO,nn;q=0.9,nb;q=0.8' })).toBe('nn');
    expect(resolveLocale({})).toBe('nb');
  });
});

describe('browserLocale', () => {
  it('understands Norwegian and English variants', () => {
    expect(browserLocale('no')).toBe('nb');
    expect(browserLocale('nb-NO,nb;q=0.9')).toBe('nb');
    expect(browserLocale('nn-NO')).toBe('nn');
    expect(browserLocale('en-US,en;q=0.9')).toBe('en');
  });

  it('respects the weights', () => {
    expect(browserLocale('en;q=0.5,nn;q=0.9')).toBe('nn');
  });

  it('gives null for none of ours, an empty or a malformed header', () => {
    expect(browserLocale('de-DE,fr;q=0.8')).toBeNull();
    expect(browserLocale('')).toBeNull();
    expect(browserLocale(null)).toBeNull();
    expect(browserLocale('*')).toBeNull();
    expect(browserLocale('%%%;q=x')).toBeNull();
  });
});

describe('maalformScope', () => {
  it('is the municipality a public register page is about', () => {
    expect(maalformScope('/innsyn/kommune/4224', '')).toBe('4224');
    expect(maalformScope('/innsyn/kommune/4224/nettverk', '')).toBe('4224');
    expect(maalformScope('/innsyn/kommune/42', '')).toBe('42');
  });

  it('is the municipality a visitor came from to a cooperation', () => {
    expect(maalformScope('/innsyn/samarbeid/abc', '?fra=4224')).toBe('4224');
    expect(maalformScope('/innsyn/samarbeid/abc', '?fra=x')).toBeNull();
    expect(maalformScope('/innsyn/samarbeid/abc', '')).toBeNull();
  });

  it('is nobody elsewhere', () => {
    expect(maalformScope('/innsyn', '?fra=4224')).toBeNull();
    expect(maalformScope('/innsyn/kommune/12345', '')).toBeNull();
    expect(maalformScope('/samarbeid/4224', '')).toBeNull();
    expect(maalformScope('/innsyn/samarbeid/abc/referat/x', '?fra=4224')).toBeNull();
  });
});
