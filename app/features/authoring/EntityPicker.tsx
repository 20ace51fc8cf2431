import { useId, useMemo, useState } from 'react';
import type { Lang } from '../../domain/schema';
import type { AnnotationDoc, Entity } from '../../domain/annotation/schema';
import { useT } from '../../state/hooks';
import { entityChoices, entitySearchable, searchChoices } from './entity-choices';

/**
 * A list of the draft's entities that searches as you type: letters typed on it (folded,
 * labels and aliases in both languages) narrow it to the entities they name and choose
 * the best; Backspace takes a letter back, Esc clears the search. It stays the platform's
 * own list, so arrows, a click and assistive technology work as everywhere.
 */
export function EntityPicker({
  label,
  value,
  onChange,
  doc,
  lang,
  sentence,
  speakersOnly = false,
  none,
  proposed,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  doc: Pick<AnnotationDoc, 'entities'>;
  lang: Lang;
  /** The relation's sentence: the entities named there come first. */
  sentence?: string | undefined;
  /** Only entities that can speak (an attribution). */
  speakersOnly?: boolean;
  /** The label of the "no entity" choice (value ''), when there is one. */
  none?: string;
  /** A value proposed from the sentence: said beside the list while it is chosen. */
  proposed?: string | null;
}) {
  const t = useT();
  const ids = useId();
  const [query, setQuery] = useState('');
  const { here, elsewhere } = useMemo(() => entityChoices(doc, { sentence, speakersOnly, keep: value }), [doc, sentence, speakersOnly, value]);
  const searchable = useMemo(
    () => [...(none === undefined ? [] : [{ value: '', names: [none] }]), ...[...here, ...elsewhere].map(entitySearchable)],
    [none, here, elsewhere],
  );
  const found = query ? searchChoices(searchable, query).map((c) => c.value) : null;

  const onKeyDown = (event: React.KeyboardEvent<HTMLSelectElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    let next: string;
    if (event.key === 'Backspace' && query) next = [...query].slice(0, -1).join('');
    else if (event.key === 'Escape' && query) next = '';
    else if ([...event.key].length === 1 && (event.key !== ' ' || query)) next = query + event.key;
    else return;
    event.preventDefault();
    event.stopPropagation();
    setQuery(next);
    const best = next ? searchChoices(searchable, next)[0] : undefined;
    if (best && best.value !== value) onChange(best.value);
  };

  const option = (e: Entity) => (
    <option key={e.id} value={e.id}>
      {e.label[lang]}
    </option>
  );
  const byId = new Map([...here, ...elsewhere].map((e) => [e.id, e]));
  let options: React.ReactNode;
  if (found) {
    // While searching, the list holds what the letters find (and the current choice, which a list must show).
    const shown = found.includes(value) ? found : [value, ...found];
    options = shown.map((v) => {
      const e = byId.get(v);
      return e ? option(e) : <option key="" value="">{none}</option>;
    });
  } else {
    options = (
      <>
        {none !== undefined && <option value="">{none}</option>}
        {sentence && here.length > 0 && elsewhere.length > 0 ? (
          <>
            <optgroup label={t('ann.pickHere')}>{here.map(option)}</optgroup>
            <optgroup label={t('ann.pickElsewhere')}>{elsewhere.map(option)}</optgroup>
          </>
        ) : (
          [...here, ...elsewhere].map(option)
        )}
      </>
    );
  }
  const count = found ? found.length : 0;
  const status = found
    ? count === 0
      ? t('ann.pickNoMatch', { query })
      : t('ann.pickFound', { query, count })
    : proposed && value === proposed
      ? t('ann.pickProposed')
      : t('ann.pickHint');
  return (
    <div className="author-field entity-picker">
      <label className="author-field__label" htmlFor={`${ids}-list`}>
        {label}
      </label>
      <select id={`${ids}-list`} value={value} aria-describedby={`${ids}-status`} onChange={(e) => onChange(e.target.value)} onKeyDown={onKeyDown} onBlur={() => setQuery('')}>
        {options}
      </select>
      <span id={`${ids}-status`} className={proposed && value === proposed && !found ? 'entity-picker__proposed' : 'muted author-field__hint'} aria-live="polite">
        {status}
      </span>
    </div>
  );
}
