import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useCurrentGraphQuery, useT } from '../../state/hooks';
import { useCloseOnOutsidePointer } from '../../shared/ui/use-close-on-outside-pointer';
import { ExportPanel } from './ExportPanel';
import type { ExportFormat } from './formats';
import { useExportRunner, type ExportOptions } from './use-export-runner';
import type { ExportScope } from './scope';
import './export-menu.css';

/**
 * "Export" in the header: a button opening a non-modal popover with the scope and PNG
 * options and one button per file format. Escape or a click outside closes it; arrow
 * keys move between the formats.
 */
export function ExportMenu() {
  const t = useT();
  const { data: graph } = useCurrentGraphQuery();
  const runner = useExportRunner();
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const [options, setOptions] = useState<ExportOptions>({ scope: 'view', scale: 2, transparent: false, publication: false });
  const [maxScales, setMaxScales] = useState<Record<ExportScope, number>>({ view: 4, full: 4 });
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useCloseOnOutsidePointer(rootRef, open !== false, () => setOpen(false));

  if (!graph) return null;

  const show = (focus: 'first' | 'last') => {
    if (runner.status.kind === 'failed') runner.reset();
    setMaxScales(runner.maxScales());
    setOpen(focus);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) triggerRef.current?.focus();
  };
  const choose = async (format: ExportFormat) => {
    if (await runner.run(format, options)) close(true);
  };
  const onTriggerKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onRootKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };
  const onRootBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (open && next && !rootRef.current?.contains(next)) setOpen(false);
  };

  const { status } = runner;
  return (
    <div className="export-menu" ref={rootRef} onKeyDown={onRootKeyDown} onBlur={onRootBlur}>
      <button
        ref={triggerRef}
        type="button"
        className="toolbar-button"
        aria-haspopup="dialog"
        aria-expanded={open !== false}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={onTriggerKeyDown}
      >
        {t('export.menu')}
        <span aria-hidden="true" className="export-menu__caret">
          ▾
        </span>
      </button>
      {open && (
        <ExportPanel
          id={panelId}
          initialFocus={open}
          options={options}
          onOptions={setOptions}
          maxScale={maxScales[options.scope]}
          busy={status.kind === 'busy'}
          error={status.kind === 'failed' ? t('export.failed', { reason: status.reason }) : null}
          note={runner.note}
          onChoose={choose}
        />
      )}
      <p className="visually-hidden" role="status">
        {status.kind === 'busy' ? t('export.working') : status.kind === 'done' ? t('export.saved', { files: status.files.join(', ') }) : ''}
      </p>
    </div>
  );
}
