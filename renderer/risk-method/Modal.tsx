import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  footer: ReactNode;
  /** While busy, Escape does nothing. */
  busy?: boolean;
  wide?: boolean;
  onClose(): void;
}

/**
 * A modal dialog on the native <dialog>: the rest of the window is inert while it is open, Tab stays inside,
 * Escape closes it, and focus goes back where it was (or to the [data-focus-fallback] element). The element
 * marked data-autofocus gets focus first.
 */
export function Modal({ title, description, children, footer, busy = false, wide = false, onClose }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  const busyRef = useRef(busy);
  useEffect(() => {
    onCloseRef.current = onClose;
    busyRef.current = busy;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog).focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      if (!busyRef.current) onCloseRef.current();
    };
    // Chromium may close a modal without a cancelable cancel event (no recent user activation): follow it.
    const onNativeClose = () => onCloseRef.current();
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      // The control that opened the dialog may be gone (the draft bar after applying): fall back to the heading.
      (previous?.isConnected ? previous : document.querySelector<HTMLElement>('[data-focus-fallback]'))?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`rm-modal${wide ? ' rm-modal-wide' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      aria-busy={busy || undefined}
      tabIndex={-1}
      onKeyDown={(event) => {
        // jsdom and older engines have no native cancel on Escape.
        if (event.key === 'Escape' && typeof ref.current?.showModal !== 'function') {
          event.preventDefault();
          if (!busy) onClose();
        }
      }}
    >
      <header className="rm-modal-header">
        <h2 id={titleId}>{title}</h2>
        {description && (
          <p id={descriptionId} className="muted">
            {description}
          </p>
        )}
      </header>
      {children && <div className="rm-modal-body">{children}</div>}
      <footer className="rm-modal-footer">{footer}</footer>
    </dialog>
  );
}
