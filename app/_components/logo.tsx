// The Brobygger mark: a bridge arch joining two banks.
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 32" className={className} aria-hidden="true" focusable="false">
      <rect x="0" y="24" width="48" height="4" rx="1" fill="currentColor" />
      <path d="M4 24 Q24 2 44 24" fill="none" stroke="currentColor" strokeWidth="3.5" strokeLinecap="round" />
      {[12, 18, 24, 30, 36].map((x) => (
        <line key={x} x1={x} y1={x === 24 ? 13 : x === 18 || x === 30 ? 15 : 19} x2={x} y2="24" stroke="currentColor" strokeWidth="2" />
      ))}
    </svg>
  );
}
