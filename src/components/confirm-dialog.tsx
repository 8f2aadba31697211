import { useId, type ReactNode, type RefObject } from 'react';

interface ConfirmDialogProps {
  ref: RefObject<HTMLDialogElement | null>;
  title: string;
  /** What will happen, in words. */
  children: ReactNode;
  /** The destructive action's button, e.g. "Delete backup". */
  confirmLabel: string;
  onConfirm: () => void;
  /** A way out before going ahead, e.g. "Export first", shown first. */
  before?: ReactNode;
  onClose?: () => void;
}

/** Asks before something that cannot be taken back: a native modal <dialog>, Cancel last. */
export function ConfirmDialog({ ref, title, children, confirmLabel, onConfirm, before, onClose }: ConfirmDialogProps) {
  const headingId = useId();
  const close = () => ref.current?.close();
  return (
    <dialog ref={ref} aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>{title}</h2>
      {children}
      <div className="button-row">
        {before}
        <button
          type="button"
          className="danger"
          onClick={() => {
            onConfirm();
            close();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
