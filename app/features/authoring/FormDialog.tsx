import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { FieldValues, UseFormHandleSubmit } from 'react-hook-form';
import { useT } from '../../state/hooks';
import { useShortcutScope } from '../../shared/keyboard/use-shortcut-scope';
import { refusalMessage, type Refusal } from './messages';

/**
 * A modal form: focus moves in and back by the browser's own <dialog>; Esc cancels.
 * Submitting runs the edit; a refusal stays in the dialog, with what was typed kept.
 * `onSubmit` may answer later (a form library's validation): 'invalid' means the fields
 * say what is wrong themselves.
 */
export type SubmitOutcome = Refusal | null | 'invalid';

/**
 * A react-hook-form submit as FormDialog's `onSubmit`: the fields checked by the form's
 * resolver first ('invalid' when they say what is wrong), then `save` with their values.
 */
export function submitForm<V extends FieldValues>(handleSubmit: UseFormHandleSubmit<V>, save: (values: V) => Refusal | null): () => Promise<SubmitOutcome> {
  return () =>
    new Promise<SubmitOutcome>((resolve) => {
      void handleSubmit(
        (values) => resolve(save(values)),
        () => resolve('invalid'),
      )();
    });
}

export function FormDialog({
  title,
  submitLabel,
  onSubmit,
  onClose,
  children,
  danger = false,
}: {
  title: string;
  submitLabel: string;
  onSubmit: () => SubmitOutcome | Promise<SubmitOutcome>;
  onClose: () => void;
  children: ReactNode;
  danger?: boolean;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [error, setError] = useState<Refusal | null>(null);
  // While the form is open its keys are its own: the shells' shortcuts wait.
  useShortcutScope('dialog', {});
  useEffect(function openModal() {
    // No close in a cleanup: StrictMode's second mount would see a late "close" event.
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog author-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const refused = await onSubmit();
          if (refused === 'invalid') return;
          setError(refused);
          // Closed by the browser, not unmounted open: it gives focus back to the opener.
          if (!refused) ref.current?.close();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div className="author-dialog__body">{children}</div>
        <div role="alert" className="author-dialog__error">
          {error && <p>{refusalMessage(t, error)}</p>}
        </div>
        <div className="author-dialog__buttons">
          <button type="submit" className={danger ? 'danger' : 'primary'}>
            {submitLabel}
          </button>
          <button type="button" onClick={() => ref.current?.close()}>
            {t('author.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** A labelled field: the label wraps the control, so every input has its name. */
export function Field({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    <label className="author-field">
      <span className="author-field__label">{label}</span>
      {children}
      {hint && <span className="muted author-field__hint">{hint}</span>}
    </label>
  );
}
