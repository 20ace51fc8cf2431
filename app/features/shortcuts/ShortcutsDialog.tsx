import { useEffect, useRef } from 'react';
import { useT } from '../../state/hooks';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(
    function syncDialog() {
      const dialog = ref.current;
      if (!dialog) return;
      if (open && !dialog.open) dialog.showModal();
      if (!open && dialog.open) dialog.close();
    },
    [open],
  );
  const rows: [string, string][] = [
    ['/', t('shortcuts.search')],
    ['F', t('shortcuts.fit')],
    ['Esc', t('shortcuts.clear')],
    ['L', t('shortcuts.lang')],
    ['V', t('shortcuts.list')],
    ['← → ↑ ↓', t('shortcuts.neighbours')],
  ];
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <dl className="shortcut-list">
        {rows.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd dir="ltr">{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose} autoFocus>
        {t('shortcuts.close')}
      </button>
    </dialog>
  );
}
