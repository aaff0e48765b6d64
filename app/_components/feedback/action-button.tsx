'use client';
// A button that runs one server action on its own (invite, remove, link): busy while it runs,
// asks first when `confirm` is given, then says what happened. A refusal shows under the
// button. A success shows at the top of the page (the row the button sat in often goes), or,
// with `go`, on the page the button leads to.
import { useTransition, type ComponentProps } from 'react';
import { useRouter } from 'next/navigation';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import type { ActionResult } from '@/lib/pure/action-result';
import { useFeedback } from './use-feedback';

type Props<T> = Omit<ComponentProps<typeof Button>, 'onClick' | 'loading' | 'type'> & {
  run: () => Promise<ActionResult<T>>;
  /** Asked with window.confirm before anything is sent. */
  confirm?: string;
  /** The confirmation after it went through. */
  done: (data: T) => string;
  /** Go here afterwards (the confirmation shows there); otherwise the page is refreshed. */
  go?: string;
  /** Layout of the wrapper around the button and its message. */
  wrapperClassName?: string;
};

export function ActionButton<T>({ run, confirm, done, go, wrapperClassName = 'inline-flex flex-col', disabled, children, ...rest }: Props<T>) {
  const router = useRouter();
  const feedback = useFeedback();
  const [pending, startTransition] = useTransition();
  const error = feedback.entry?.feedback.ok === false ? feedback.entry.feedback.text : null;
  const onClick = () => {
    if (confirm && !window.confirm(confirm)) return;
    startTransition(async () => {
      feedback.clear();
      const result = await run();
      if (!result.ok) return feedback.error(result.message);
      if (go) return feedback.successThenGo(done(result.data), go);
      feedback.successOnPage(done(result.data));
      router.refresh();
    });
  };
  return (
    <span className={wrapperClassName}>
      <Button {...rest} loading={pending || feedback.going} disabled={Boolean(disabled) || pending || feedback.going} onClick={onClick}>
        {children}
      </Button>
      {error ? <ValidationMessage role="alert">{error}</ValidationMessage> : null}
    </span>
  );
}
