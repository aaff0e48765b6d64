// The meetings page shows domain labels from its own catalogue keys: bokmål must stay the
// lib's texts word for word (the e2e specs find them), and nynorsk and English differ.
import { describe, expect, it } from 'vitest';
import { BODY_EVENT_LABELS, OUTCOME_LABELS, PREPARATION_LABELS } from '@/lib/pure/domain/bodies';
import { THRESHOLDS } from '@/lib/pure/domain/thresholds';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';

const { nb, nn, en } = CATALOGUES;

describe('moter catalogue', () => {
  it("bokmål labels and threshold texts are the lib's, word for word", () => {
    expect(nb.moter.utfall).toEqual(OUTCOME_LABELS);
    expect(nb.moter.forberedelse).toEqual(PREPARATION_LABELS);
    expect(nb.moter.hendelse).toEqual(BODY_EVENT_LABELS);
    expect(nb.moter.noticeHelp).toBe(THRESHOLDS.documentsNoticeDays.help);
    expect(nb.moter.overstyringHelp).toBe(THRESHOLDS.overstyringCount.help);
    expect(nb.moter.noticeTerm).toBe(`${THRESHOLDS.documentsNoticeDays.label}: {days} ${THRESHOLDS.documentsNoticeDays.unit}`);
    expect(nb.moter.overstyringTerm).toBe(`${THRESHOLDS.overstyringCount.label}: {count} ${THRESHOLDS.overstyringCount.unit}`);
  });
  it('nynorsk and English have their own words', () => {
    expect(nn.moter.utfall.avvist).toBe('Ikkje vedteke');
    expect(en.moter.utfall.avvist).toBe('Not adopted');
    expect(nn.moter.noticeHelp).not.toBe(nb.moter.noticeHelp);
    expect(en.moter.overstyringHelp).not.toBe(nb.moter.overstyringHelp);
  });
});
