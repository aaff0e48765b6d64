// The confirmation dialog's markup, and a confirmed step's outcomes: the dialog closes once the
// server has answered; a refusal shows its message and what is missing; success goes to `done`.
import { describe, expect, it, vi } from 'vitest';
import { createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ActionResult } from '@/lib/pure/action-result';

const feedback = vi.hoisted(() => ({ entry: null, success: vi.fn(), error: vi.fn(), clear: vi.fn(), successThenGo: vi.fn(), successOnPage: vi.fn(), going: false }));
vi.mock('./feedback/use-feedback', () => ({ useFeedback: () => feedback }));
// Transitions run their callback at once here: there is no renderer to schedule them.
vi.mock('react', async (original) => ({ ...(await original<typeof import('react')>()), useTransition: () => [false, (fn: () => unknown) => fn()] }));

import { ConfirmDialog, useConfirmedStep } from './confirm-dialog';

describe('ConfirmDialog', () => {
  it('a dialog named by its question, the explanation, the step and «Avbryt»', () => {
    const html = renderToStaticMarkup(
      <ConfirmDialog dialogRef={createRef()} titleId="q" title="Fullføre?" confirm={{ label: 'Fullfør', onClick: () => {}, loading: false, disabled: false, danger: true }} pending={false}>
        Steget kan ikke angres.
      </ConfirmDialog>,
    );
    expect(html).toMatch(/<dialog[^>]*aria-labelledby="q"/);
    expect(html).toContain('aria-label="Avbryt og lukk vinduet"');
    expect(html).toMatch(/<h2[^>]*id="q"[^>]*>Fullføre\?<\/h2>/);
    expect(html).toMatch(/<p[^>]*>Steget kan ikke angres.<\/p><div class="mt-4 flex flex-wrap gap-3"><button class="ds-button"[^>]*data-color="danger"[^>]*>Fullfør<\/button><button class="ds-button" data-variant="secondary" type="button">Avbryt<\/button>/);
  });

  it('while the step runs, the step is busy and «Avbryt» waits', () => {
    const html = renderToStaticMarkup(
      <ConfirmDialog dialogRef={createRef()} titleId="q" title="Sende?" confirm={{ label: 'Send inn', onClick: () => {}, loading: true, disabled: true }} pending>
        Tekst.
      </ConfirmDialog>,
    );
    expect(html).not.toContain('data-color="danger"');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*aria-busy="true"[^>]*>.*Send inn<\/button>|<button[^>]*aria-busy="true"[^>]*disabled=""[^>]*>.*Send inn<\/button>/s);
    expect(html).toMatch(/<button[^>]*data-variant="secondary"[^>]*disabled=""[^>]*>Avbryt<\/button>/);
  });
});

describe('useConfirmedStep', () => {
  function step(result: ActionResult<{ n: number }>, done = vi.fn()) {
    let hook: ReturnType<typeof useConfirmedStep<{ n: number }>> | undefined;
    function Probe() {
      hook = useConfirmedStep(async () => result, done);
      return null;
    }
    renderToStaticMarkup(<Probe />);
    const close = vi.fn();
    hook!.dialog.current = { close } as unknown as HTMLDialogElement;
    return { hook: hook!, close, done };
  }

  it('on success: clears the old message, closes the dialog and hands over the data and the feedback', async () => {
    const { hook, close, done } = step({ ok: true, data: { n: 2 } });
    await hook.confirm();
    expect(feedback.clear).toHaveBeenCalled();
    expect(close).toHaveBeenCalled();
    expect(done).toHaveBeenCalledWith({ n: 2 }, feedback);
  });

  it('on a refusal: closes the dialog and shows the message with what is missing', async () => {
    const { hook, close, done } = step({ ok: false, code: 'invalid', message: 'Sjekklisten er ikke fullført.', fieldErrors: { missing: ['Arkiv'] } });
    await hook.confirm();
    expect(close).toHaveBeenCalled();
    expect(feedback.error).toHaveBeenCalledWith('Sjekklisten er ikke fullført.', ['Arkiv']);
    expect(done).not.toHaveBeenCalled();
  });
});
