import { useState } from 'react';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';

/**
 * Copies the current address, which carries the whole view. A draft lives in this
 * browser's storage only, so a link to one says so when it is copied (and when the
 * browser offers the address to copy by hand).
 */
export function ShareButton() {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const draft = useAppStore((s) => s.source.kind === 'draft' || (s.workspace !== null && 'draft' in s.workspace));
  return (
    <span className="share">
      <button
        type="button"
        className="toolbar-button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
            setCopied(true);
            setTimeout(() => setCopied(false), draft ? 6000 : 2000);
          } catch {
            window.prompt(draft ? t('share.draftNote') : t('share.copy'), window.location.href);
          }
        }}
      >
        <span aria-live="polite">{copied ? t('share.copied') : t('share.copy')}</span>
      </button>
      <span className="share__note" role="status">
        {copied && draft ? t('share.draftNote') : ''}
      </span>
    </span>
  );
}
