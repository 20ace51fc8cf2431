import { useRef, type PointerEvent } from 'react';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';

/** How far, in pixels, a drag must go to change the sheet's size. */
const DRAG_THRESHOLD = 30;

/**
 * The grip at the top of the details sheet on phones: drag it up for the full sheet,
 * down for the peek (and down from the peek to close); a tap or Enter toggles.
 */
export function SheetHandle() {
  const t = useT();
  const size = useAppStore((s) => s.sheetSize);
  const setSize = useAppStore((s) => s.setSheetSize);
  const setSheet = useAppStore((s) => s.setSheet);
  const start = useRef<number | null>(null);
  const dragged = useRef(false);

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    start.current = event.clientY;
    dragged.current = false;
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    if (start.current === null) return;
    const dy = event.clientY - start.current;
    start.current = null;
    if (Math.abs(dy) < DRAG_THRESHOLD) return;
    dragged.current = true;
    if (dy < 0) setSize('full');
    else if (size === 'full') setSize('peek');
    else setSheet(null);
  };
  const onClick = () => {
    // A drag ends with a click too; it has already done its work.
    if (dragged.current) {
      dragged.current = false;
      return;
    }
    setSize(size === 'full' ? 'peek' : 'full');
  };

  return (
    <button
      type="button"
      className="sheet-handle mobile-only"
      aria-label={t('sheet.resize')}
      aria-expanded={size === 'full'}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (start.current = null)}
      onClick={onClick}
    >
      <span className="sheet-handle__grip" aria-hidden="true" />
    </button>
  );
}
