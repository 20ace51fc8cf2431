import { useEffect, useEffectEvent, type RefObject } from 'react';

/** While a popover or menu is open, a press anywhere outside its root closes it. */
export function useCloseOnOutsidePointer(rootRef: RefObject<HTMLElement | null>, open: boolean, close: () => void): void {
  const onOutside = useEffectEvent(close);
  useEffect(
    function closeOnOutsidePointer() {
      if (!open) return;
      const onPointer = (event: PointerEvent) => {
        if (event.target instanceof Node && !rootRef.current?.contains(event.target)) onOutside();
      };
      document.addEventListener('pointerdown', onPointer);
      return () => document.removeEventListener('pointerdown', onPointer);
    },
    [rootRef, open],
  );
}
