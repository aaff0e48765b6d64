import { describe, expect, it } from 'vitest';
import { cursorParam, decodeCursor, encodeCursor } from './cursor';

describe('paging cursors', () => {
  const id = '00000000-0000-4000-8000-000000000001';

  it('round-trip the key and are opaque', () => {
    const cursor = encodeCursor('samarbeid', id);
    expect(cursor).not.toContain(id);
    expect(decodeCursor('samarbeid', cursor)).toBe(id);
    expect(decodeCursor('kommune', encodeCursor('kommune', '4204'))).toBe('4204');
  });

  it('refuse a cursor from another list, a forged key or garbage', () => {
    expect(decodeCursor('kommune', encodeCursor('samarbeid', id))).toBeNull();
    expect(decodeCursor('samarbeid', encodeCursor('samarbeid', "x' or 1=1"))).toBeNull();
    expect(decodeCursor('samarbeid', Buffer.from('{"v":2,"k":"samarbeid","a":"x"}').toString('base64url'))).toBeNull();
    expect(decodeCursor('samarbeid', 'ikke-base64-json')).toBeNull();
    expect(decodeCursor('samarbeid', Buffer.from('null').toString('base64url'))).toBeNull();
  });

  it('the query parameter decodes, or explains in Norwegian', () => {
    const param = cursorParam('oppgavefelt');
    expect(param.parse(encodeCursor('oppgavefelt', '12'))).toBe('12');
    expect(param.parse(undefined)).toBeUndefined();
    const bad = param.safeParse('abc');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/^Markøren er ugyldig/);
  });
});
