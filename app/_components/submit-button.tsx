'use client';
// The one submit button (eslint forbids <Button type="submit"> anywhere else): busy and
// disabled while the form is being sent, so every submit shows progress and none is sent
// twice. Forms with a handler pass `pending`. A plain GET form (search, filters) passes
// nothing: the button then turns busy when its form is submitted and the browser starts
// loading the next page, and is ready again if the page is shown from the back/forward cache.
import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { Button } from '@digdir/designsystemet-react';

type Props = Omit<ComponentProps<typeof Button>, 'type' | 'loading'> & { pending?: boolean };

export function SubmitButton({ pending, disabled, children, ...rest }: Props) {
  const ref = useRef<HTMLButtonElement>(null);
  const [navigating, setNavigating] = useState(false);
  const controlled = pending !== undefined;
  useEffect(() => {
    const form = ref.current?.form;
    if (controlled || !form) return;
    const onSubmit = (e: SubmitEvent) => {
      if (!e.defaultPrevented) setNavigating(true);
    };
    const onShow = () => setNavigating(false);
    form.addEventListener('submit', onSubmit);
    window.addEventListener('pageshow', onShow);
    return () => {
      form.removeEventListener('submit', onSubmit);
      window.removeEventListener('pageshow', onShow);
    };
  }, [controlled]);
  const busy = controlled ? pending : navigating;
  return (
    <Button ref={ref} type="submit" loading={busy} disabled={Boolean(disabled) || busy} {...rest}>
      {children}
    </Button>
  );
}
