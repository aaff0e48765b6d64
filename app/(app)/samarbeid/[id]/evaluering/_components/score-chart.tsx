'use client';
// Perceived and structural scores per criterion as bars (and the previous round's perceived
// scores when there was one). Decorative for assistive technology: the table beside it
// holds the same numbers.
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';

export interface ScoreChartRow {
  criterion: string;
  perceived: number | null;
  structural: number | null;
  previous: number | null;
}

// Each at least 3:1 against white (WCAG 1.4.11), and told apart by the legend and the labels.
const COLORS = { perceived: '#0062ba', structural: '#1a7f4b', previous: '#6e6e6e' } as const;

/** The legend's words, in the page's language. */
export interface ScoreChartWords {
  perceived: string;
  previous: string;
  structural: string;
}

export function ScoreChart({ rows, withPrevious, words }: { rows: ScoreChartRow[]; withPrevious: boolean; words: ScoreChartWords }) {
  return (
    <div aria-hidden="true" data-testid="poengdiagram">
      <BarChart responsive style={{ width: '100%', height: 300 }} data={rows} accessibilityLayer={false} margin={{ top: 20, right: 8, bottom: 4, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="criterion" tick={{ fontSize: 13 }} interval={0} />
        <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 12 }} />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        <Bar dataKey="perceived" name={words.perceived} fill={COLORS.perceived} isAnimationActive={false}>
          <LabelList dataKey="perceived" position="top" fontSize={12} />
        </Bar>
        {withPrevious ? (
          <Bar dataKey="previous" name={words.previous} fill={COLORS.previous} isAnimationActive={false}>
            <LabelList dataKey="previous" position="top" fontSize={12} />
          </Bar>
        ) : null}
        <Bar dataKey="structural" name={words.structural} fill={COLORS.structural} isAnimationActive={false}>
          <LabelList dataKey="structural" position="top" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
