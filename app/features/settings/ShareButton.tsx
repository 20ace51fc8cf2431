import { useState } from 'react';
import { useT } from '../../state/hooks';

/** Copies the current address, which carries the whole view. */
export function ShareButton() {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="toolbar-button"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(window.location.href);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          window.prompt(t('share.copy'), window.location.href);
        }
      }}
    >
      <span aria-live="polite">{copied ? t('share.copied') : t('share.copy')}</span>
    </button>
  );
}
