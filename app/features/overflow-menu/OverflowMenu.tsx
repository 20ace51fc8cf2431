import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../state/hooks';
import { useCloseOnOutsidePointer } from '../../shared/ui/use-close-on-outside-pointer';
import './overflow-menu.css';

/**
 * The header's secondary tools. On a wide screen they sit in the header as they are; on
 * a phone or at high page zoom they fold behind one "More tools" button, so the header
 * stays a small part of the screen. The same elements either way: nothing is duplicated.
 */
export function OverflowMenu({ children }: { children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useCloseOnOutsidePointer(rootRef, open, () => setOpen(false));

  const onKeyDown = (event: KeyboardEvent) => {
    // An open popover inside (Export) closes itself first and stops the key there.
    if (event.key === 'Escape' && open && !event.defaultPrevented) {
      setOpen(false);
      toggleRef.current?.focus();
    }
  };

  return (
    <div className="overflow-menu" ref={rootRef} onKeyDown={onKeyDown} data-open={open || undefined}>
      <button
        ref={toggleRef}
        type="button"
        className="toolbar-button icon-button overflow-menu__toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('header.moreTools')}
        title={t('header.moreTools')}
        onClick={() => setOpen((v) => !v)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="3" cy="8" r="1.6" fill="currentColor" />
          <circle cx="8" cy="8" r="1.6" fill="currentColor" />
          <circle cx="13" cy="8" r="1.6" fill="currentColor" />
        </svg>
      </button>
      <div id={id} className="overflow-menu__items" role="group" aria-label={t('header.moreTools')}>
        {children}
      </div>
    </div>
  );
}
