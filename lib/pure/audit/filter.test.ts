import { describe, expect, it } from 'vitest';
import { auditFilterOf, auditQuerySchema } from './filter';

describe('audit page filters', () => {
  it('turns Norwegian calendar days into instants, in winter and summer time', () => {
    const f = auditFilterOf(auditQuerySchema.parse({ fra: '2026-03-01', til: '2026-03-31', hvem: ' Kari@Example.no ', før: '120' }));
    expect(f).toMatchObject({ actorEmail: 'kari@example.no', beforeSeq: 120 });
    expect(f.from!.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(f.to!.toISOString()).toBe('2026-03-31T21:59:59.999Z');
  });

  it('treats empty fields as no filter and explains bad ones', () => {
    expect(auditFilterOf(auditQuerySchema.parse({ hvem: '', handling: '', fra: '' }))).toMatchObject({ actorEmail: null, action: null, from: null });
    const bad = auditQuerySchema.safeParse({ fra: '2026-02-30', handling: 'DROP TABLE', før: '-1' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(['fra', 'handling', 'før']));
    expect(auditQuerySchema.safeParse({ fra: '2026-03-02', til: '2026-03-01' }).success).toBe(false);
  });
});
