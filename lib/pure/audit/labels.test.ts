// Every action the log can hold reads as Norwegian on the admin page: each permission that
// guards a write has a label (the read-only ones never reach the log).
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '@/lib/pure/auth/can';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { auditActionLabel, resourceKindLabel, type AuditWords } from './labels';

const READ_ONLY = new Set(['admin.access', 'user.list', 'municipality.list', 'cooperation.read', 'register.read']);

describe('audit labels', () => {
  it('names every write permission in Norwegian', () => {
    const unnamed = ACTIONS.filter((a) => !READ_ONLY.has(a) && auditActionLabel(a) === a);
    expect(unnamed).toEqual([]);
  });

  it('shows an unknown code as it is', () => {
    expect(auditActionLabel('route.post')).toBe('route.post');
  });
});

describe('audit labels in nynorsk and English', () => {
  const words = (locale: 'nn' | 'en'): AuditWords => {
    const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'revisjonslogg' });
    return (key) => t(key);
  };

  it('names actions and resources in the given language', () => {
    expect(auditActionLabel('auth.sign_in_failed')).toBe('Mislykket innlogging');
    expect(auditActionLabel('auth.sign_in_failed', words('nn'))).toBe('Mislukka innlogging');
    expect(auditActionLabel('role.grant', words('en'))).toBe('Gave role');
    expect(resourceKindLabel('user', words('nn'))).toBe('Brukar');
    expect(resourceKindLabel('system', words('en'))).toBe('The service');
    expect(resourceKindLabel(null, words('en'))).toBe('–');
  });

  it('keeps an unknown code or kind as it is in every language', () => {
    expect(auditActionLabel('route.post', words('en'))).toBe('route.post');
    expect(resourceKindLabel('thing', words('nn'))).toBe('thing');
  });
});
