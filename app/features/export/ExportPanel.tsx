import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../state/hooks';
import { EXPORT_GROUPS, type ExportFormat } from './formats';
import { ImageOptions } from './ImageOptions';
import type { ExportOptions } from './use-export-runner';

interface ExportPanelProps {
  id: string;
  initialFocus: 'first' | 'last';
  options: ExportOptions;
  onOptions: (options: ExportOptions) => void;
  /** The canvas's PNG scale limit for the chosen scope. */
  maxScale: number;
  busy: boolean;
  error: string | null;
  /** What the view scope holds, when the canvas shows part of a large graph. */
  note?: string | null;
  onChoose: (format: ExportFormat) => void;
}

/** The popover's content: the scope, then one button per format, grouped. */
export function ExportPanel({ id, initialFocus, options, onOptions, maxScale, busy, error, note, onChoose }: ExportPanelProps) {
  const t = useT();
  const panelRef = useRef<HTMLDivElement>(null);
  const name = useId();
  const items = () => [...(panelRef.current?.querySelectorAll<HTMLButtonElement>('[data-export-item]') ?? [])];

  useEffect(
    function focusFirstItem() {
      const all = panelRef.current?.querySelectorAll<HTMLButtonElement>('[data-export-item]');
      all?.[initialFocus === 'first' ? 0 : all.length - 1]?.focus();
    },
    [initialFocus],
  );

  const onItemKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const list = items();
    const at = list.indexOf(event.currentTarget);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    list[(next + list.length) % list.length]?.focus();
  };

  return (
    <div ref={panelRef} id={id} className="export-menu__panel" role="dialog" aria-label={t('export.dialog')} aria-busy={busy}>
      <fieldset className="export-menu__scope">
        <legend>{t('export.scope')}</legend>
        {(['view', 'full'] as const).map((scope) => (
          <label key={scope}>
            <input type="radio" name={`${name}-scope`} checked={options.scope === scope} onChange={() => onOptions({ ...options, scope })} />
            {t(scope === 'view' ? 'export.scopeView' : 'export.scopeFull')}
          </label>
        ))}
      </fieldset>
      {EXPORT_GROUPS.map((group) => (
        <div key={group.title} className="export-menu__group" role="group" aria-label={t(group.title)}>
          <p className="export-menu__heading" aria-hidden="true">
            {t(group.title)}
          </p>
          {group.items.map((item) => (
            <button
              key={item.format}
              type="button"
              className="export-menu__item"
              data-export-item={item.format}
              aria-disabled={busy || undefined}
              onClick={() => !busy && onChoose(item.format)}
              onKeyDown={onItemKeyDown}
            >
              {t(item.label)}
            </button>
          ))}
          {group.title === 'export.groupImages' && <ImageOptions options={options} onOptions={onOptions} maxScale={maxScale} />}
        </div>
      ))}
      {note && options.scope === 'view' && <p className="export-menu__note">{note}</p>}
      {error && (
        <p className="export-menu__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
