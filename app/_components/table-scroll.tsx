// A wide table's horizontal scroll box. When the screen is narrow enough to scroll, keyboard
// users must be able to reach it too (WCAG 2.1.1), so it is a labelled, focusable region.
// `relative` keeps the visually hidden caption inside the box instead of widening the page.
export function TableScroll({ label, className = '', children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto focus-visible:outline-2 ${className}`}>
      {children}
    </div>
  );
}
