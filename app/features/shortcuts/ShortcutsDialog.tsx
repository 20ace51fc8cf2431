import { useEffect, useRef } from 'react';
import { useT } from '../../state/hooks';
import { SHORTCUTS, TEXT_KEYS, type ShellScope, type ShortcutSpec } from '../../shared/keyboard/shortcut-table';
import { useShellScopes, useShortcutScope } from '../../shared/keyboard/use-shortcut-scope';
import type { MessageKey } from '../../shared/i18n/en';

const SCOPE_TITLES: Record<ShellScope, MessageKey> = {
  app: 'shortcuts.scope.app',
  explorer: 'shortcuts.scope.explorer',
  authoring: 'shortcuts.scope.authoring',
};

/** The keys that act on the page behind it now, read from the shortcut table. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const scopes = useShellScopes();
  useShortcutScope('dialog', {}, open);
  useEffect(
    function syncDialog() {
      const dialog = ref.current;
      if (!dialog) return;
      if (open && !dialog.open) dialog.showModal();
      if (!open && dialog.open) dialog.close();
    },
    [open],
  );
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      {scopes.map((scope) => {
        const listed = Object.values<ShortcutSpec>(SHORTCUTS[scope]).flatMap((spec) => (spec.label ? [{ display: spec.display, label: spec.label }] : []));
        // The annotated text's own keys act while it has the focus; they are listed with the workspace's.
        if (scope === 'authoring') listed.push(...TEXT_KEYS);
        return (
          <section key={scope} className="shortcut-scope" aria-labelledby={`shortcuts-${scope}`}>
            <h3 id={`shortcuts-${scope}`}>{t(SCOPE_TITLES[scope])}</h3>
            <dl className="shortcut-list">
              {listed.map(({ display, label }) => (
                <div key={display}>
                  <dt>
                    <kbd dir="ltr">{display}</kbd>
                  </dt>
                  <dd>{t(label)}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
      <p className="muted">{t('shortcuts.fieldsNote')}</p>
      <button type="button" onClick={onClose} autoFocus>
        {t('shortcuts.close')}
      </button>
    </dialog>
  );
}
