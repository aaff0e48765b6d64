// A statistics chart's height in pixels, shared by the chart and the space kept for it while
// it loads: a row per bar lying down, a fixed height standing up.
export function chartHeight(bars: number, orientation: 'horizontal' | 'vertical'): number {
  return orientation === 'horizontal' ? Math.max(120, bars * 30 + 40) : 260;
}
