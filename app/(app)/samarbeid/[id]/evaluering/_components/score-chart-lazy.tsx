'use client';
// The score chart loads its charting library (recharts, the biggest client dependency) only
// on the results page, after the page itself: the table beside it holds the same numbers.
import dynamic from 'next/dynamic';

export const ScoreChart = dynamic(() => import('./score-chart').then((m) => m.ScoreChart), {
  ssr: false,
  // Keeps the page from jumping when the chart arrives.
  loading: () => <div aria-hidden="true" style={{ height: 300 }} />,
});
