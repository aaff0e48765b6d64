// The meetings page's line on case documents sent in time: in bokmål exactly the indicator's
// label and first fact (legitimacy-throughput-output.ts), and in nynorsk and English.
import { describe, expect, it } from 'vitest';
import { bodyMeeting, indicatorOf as indicator, NOW, wellGovernedDossier } from '@/testing/fixtures/legitimacy';
import { documentsInTimeLine } from './documents-in-time';
import type { Dossier } from './dossier';
import { osloDateOf } from './iso-date';
import { structuralScores } from './legitimacy';
import { warningWords } from './warnings-words';

const withMeetings = (meetings: Dossier['bodyMeetings']): Dossier => ({ ...wellGovernedDossier(), bodyMeetings: meetings });
const timed = withMeetings([
  bodyMeeting('2024-04-01'),
  bodyMeeting('2024-08-01', { documentsSentDate: '2024-07-29' }),
  bodyMeeting('2025-03-15', { documentsSentDate: '2025-03-08' }),
  bodyMeeting('2024-12-01', { documentsSentDate: null }),
]);
const today = osloDateOf(NOW);

describe('documentsInTimeLine', () => {
  it('is the indicator’s label and first fact in bokmål', () => {
    const cases = [timed, withMeetings([]), withMeetings([bodyMeeting('2024-12-01', { documentsSentDate: null })]), wellGovernedDossier()];
    for (const d of cases) {
      const shown = indicator(structuralScores(d, NOW).throughput, 'throughput.saksdokumenter');
      expect(documentsInTimeLine(d, today)).toEqual({ label: shown.label, fact: shown.facts[0] });
    }
  });

  it('speaks nynorsk and English', () => {
    expect(documentsInTimeLine(timed, today, warningWords('nn'))).toEqual({
      label: 'Saksdokument sende ut i tide',
      fact: '2 av 3 møte dei siste 12 månadene fekk saksdokumenta minst 7 dagar før møtet.',
    });
    expect(documentsInTimeLine(withMeetings([]), today, warningWords('en')).fact).toBe(
      "The cooperation's bodies have not registered any meetings in the past 12 months.",
    );
  });
});
