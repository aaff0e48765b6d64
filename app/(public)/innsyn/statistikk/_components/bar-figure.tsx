'use client';
// One statistics figure as bars (recharts, as the evaluation report uses). Hidden from
// assistive technology: the table beside it holds the same numbers. Its words (the labels and
// the values' name) come as props from the server, in the page's language.
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { chartHeight } from './chart-height';

const BAR_COLOUR = '#0062ba';

export function BarFigure({
  data,
  orientation,
  name,
  valueName,
}: {
  data: { label: string; value: number }[];
  orientation: 'horizontal' | 'vertical';
  name: string;
  valueName: string;
}) {
  if (orientation === 'horizontal') {
    const longest = Math.max(...data.map((d) => d.label.length), 4);
    return (
      <div aria-hidden="true" data-testid={`diagram-${name}`}>
        <BarChart
          layout="vertical"
          responsive
          style={{ width: '100%', height: chartHeight(data.length, 'horizontal') }}
          data={data}
          accessibilityLayer={false}
          margin={{ top: 4, right: 32, bottom: 4, left: 4 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={Math.min(260, longest * 7 + 12)} tick={{ fontSize: 12 }} interval={0} />
          <Bar dataKey="value" name={valueName} fill={BAR_COLOUR} isAnimationActive={false}>
            <LabelList dataKey="value" position="right" fontSize={12} />
          </Bar>
        </BarChart>
      </div>
    );
  }
  return (
    <div aria-hidden="true" data-testid={`diagram-${name}`}>
      <BarChart responsive style={{ width: '100%', height: chartHeight(data.length, 'vertical') }} data={data} accessibilityLayer={false} margin={{ top: 20, right: 8, bottom: 4, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
        <Bar dataKey="value" name={valueName} fill={BAR_COLOUR} isAnimationActive={false}>
          <LabelList dataKey="value" position="top" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
