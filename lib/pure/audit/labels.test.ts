// Every action the log can hold reads as Norwegian on the admin page: each permission that
// guards a write has a label (the read-only ones never reach the log).
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '@/lib/pure/auth/can';
import { auditActionLabel } from './labels';

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
