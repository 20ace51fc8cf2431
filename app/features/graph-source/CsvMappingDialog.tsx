import { useEffect, useId, useRef, useState } from 'react';
import { mappingGaps, type CsvMapping, type CsvTable, type TableRole } from '../../data/import/csv-mapping';
import { useT } from '../../state/hooks';
import { useShortcutScope } from '../../shared/keyboard/use-shortcut-scope';
import type { MessageKey } from '../../shared/i18n/translate';

type Column = 'nodeId' | 'nodeLabel' | 'nodeType' | 'source' | 'target' | 'relation';

const NODE_FIELDS: readonly { field: Column; label: MessageKey; required?: boolean }[] = [
  { field: 'nodeId', label: 'csv.nodeId', required: true },
  { field: 'nodeLabel', label: 'csv.nodeLabel' },
  { field: 'nodeType', label: 'csv.nodeType' },
];
const EDGE_FIELDS: readonly { field: Column; label: MessageKey; required?: boolean }[] = [
  { field: 'source', label: 'csv.source', required: true },
  { field: 'target', label: 'csv.target', required: true },
  { field: 'relation', label: 'csv.relation' },
];

/**
 * The column-mapping step for spreadsheets: which file holds entities and which
 * relations, and which columns are the id, label, type, source, target and relation.
 * The guess is filled in; nothing opens until the user confirms.
 */
export function CsvMappingDialog({ tables, initial, onOpen, onCancel }: { tables: CsvTable[]; initial: CsvMapping; onOpen: (m: CsvMapping) => void; onCancel: () => void }) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [mapping, setMapping] = useState(initial);
  const [showGaps, setShowGaps] = useState(false);
  useShortcutScope('dialog', {});
  useEffect(function openModal() {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const columnsFor = (role: TableRole) => tables.find((_, i) => mapping.roles[i] === role)?.columns ?? [];
  const gaps = mappingGaps(tables, mapping);
  const select = (field: Column, label: MessageKey, role: TableRole, required = false) => (
    <label key={field} className="csv-mapping__field">
      <span>{t(label)}</span>
      <select value={mapping[field]} onChange={(e) => setMapping({ ...mapping, [field]: e.target.value })} aria-invalid={showGaps && gaps.includes(field as never)}>
        {!required && <option value="">{t('csv.none')}</option>}
        {required && mapping[field] === '' && <option value="">{t('csv.choose')}</option>}
        {columnsFor(role).map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <dialog ref={ref} className="dialog csv-mapping" aria-labelledby={`${id}-title`} onClose={onCancel}>
      <h2 id={`${id}-title`}>{t('csv.title')}</h2>
      <p>{t('csv.intro')}</p>
      {tables.map((table, i) => (
        <label key={table.fileName + i} className="csv-mapping__field">
          <span>
            <bdi>{table.fileName}</bdi> {t('csv.rows', { count: table.rows.length })}
          </span>
          <select
            value={mapping.roles[i]}
            onChange={(e) => {
              const roles = [...mapping.roles];
              roles[i] = e.target.value as TableRole;
              setMapping({ ...mapping, roles });
            }}
          >
            <option value="nodes">{t('csv.roleNodes')}</option>
            <option value="edges">{t('csv.roleEdges')}</option>
          </select>
        </label>
      ))}
      {mapping.roles.includes('nodes') && (
        <fieldset>
          <legend>{t('csv.entities')}</legend>
          {NODE_FIELDS.map((f) => select(f.field, f.label, 'nodes', f.required))}
        </fieldset>
      )}
      {mapping.roles.includes('edges') && (
        <fieldset>
          <legend>{t('csv.relations')}</legend>
          {EDGE_FIELDS.map((f) => select(f.field, f.label, 'edges', f.required))}
        </fieldset>
      )}
      {showGaps && gaps.length > 0 && (
        <p role="alert" className="csv-mapping__gaps">
          {t('csv.gaps')}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          onClick={() => {
            if (gaps.length > 0) setShowGaps(true);
            else onOpen(mapping);
          }}
        >
          {t('csv.open')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('csv.cancel')}
        </button>
      </div>
    </dialog>
  );
}
