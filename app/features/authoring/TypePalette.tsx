import { useId, useMemo, useState, type CSSProperties, type RefObject } from 'react';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { useDoc } from './doc-hooks';
import { NamedInSelection } from './NamedInSelection';
import { matchEntities } from './text-annotation';
import { typeLooks } from './type-look';
import { useAddMention, useQuickEntity } from './use-text-actions';
import { spanRange, useAuthoring } from './store';
import { useMarkAll } from './use-proposals';
import { focusTarget } from '../../shared/focus-targets';
import type { TextHandle } from './SentenceList';

/**
 * The draft's entity types as a toolbar: a click (or the number key shown, pressed in the
 * text) makes the selected words an entity of that type at once. Beside it, letters typed
 * in "Mention of" find an entity to add the words to as a further mention.
 */
export function TypePalette({ text, findRef }: { text: RefObject<TextHandle | null>; findRef: RefObject<HTMLInputElement | null> }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const looks = useMemo(() => [...typeLooks(doc, lang).values()], [doc, lang]);
  const quickEntity = useQuickEntity();
  const visible = () => text.current?.spanVisible() ?? false;
  return (
    <div className="type-palette" role="toolbar" aria-label={t('ann.palette')}>
      <div className="type-palette__types" role="group" aria-label={t('ann.paletteTypes')}>
        {looks.map((look) => (
          <button key={look.id} type="button" className="type-palette__type" style={{ '--type-color': look.color, '--type-line': look.underline } as CSSProperties} aria-keyshortcuts={look.shortcut} onClick={() => {
              quickEntity(look.id, visible);
              // Back to the text, where the next words are chosen (and E opens the new entity's panel).
              text.current?.focusCurrent();
            }}
          >
            <kbd>{look.marker}</kbd> {look.label}
          </button>
        ))}
      </div>
      <MentionFinder text={text} inputRef={findRef} />
      <NamedInSelection text={text} />
    </div>
  );
}

/**
 * A combobox over the draft's entities, matched with the Arabic folding; Enter or a click adds
 * the selected words as the entity's mention. With no words selected, the article's search
 * opens for them; opened by Shift+O, the entity's occurrences are proposed instead (Mark all)
 * and the caret goes onto the first.
 */
function MentionFinder({ text, inputRef }: { text: RefObject<TextHandle | null>; inputRef: RefObject<HTMLInputElement | null> }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const addMention = useAddMention();
  const markAll = useMarkAll();
  const marks = useAuthoring((s) => s.finderMarks);
  const setFinderMarks = useAuthoring((s) => s.setFinderMarks);
  const setFindFor = useAuthoring((s) => s.setFindFor);
  const setSpan = useAuthoring((s) => s.setSpan);
  const ids = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const found = useMemo(() => (query.trim() ? matchEntities(doc.entities, query).slice(0, 8) : []), [doc.entities, query]);
  const open = query.trim() !== '';
  const choose = (id: string | undefined) => {
    if (!id) return;
    const { span, finderMarks } = useAuthoring.getState();
    if (finderMarks) {
      const from = span ? { sentence: span.sentence, offset: Math.min(span.anchor, span.focus) } : { sentence: doc.sentences[0]?.id ?? '', offset: 0 };
      const first = markAll(id, from);
      setQuery('');
      setFinderMarks(false);
      if (first) setSpan({ sentence: first.sentence, anchor: first.start, focus: first.start });
      text.current?.focusCurrent();
    } else if (!spanRange(span)) {
      // No words yet: the search opens for them, and its Enter adds them to this entity.
      setQuery('');
      setFindFor({ kind: 'mention', entity: id });
      focusTarget('text-find');
    } else if (addMention(id, () => text.current?.spanVisible() ?? false)) {
      setQuery('');
      text.current?.focusCurrent();
    }
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      setActive((n) => (found.length ? (n + (event.key === 'ArrowDown' ? 1 : found.length - 1)) % found.length : 0));
    } else if (event.key === 'Enter') {
      choose(found[active]?.id);
    } else if (event.key === 'Escape') {
      setQuery('');
      setFinderMarks(false);
      text.current?.focusCurrent();
    } else return;
    event.preventDefault();
  };
  return (
    <div className="mention-finder">
      <label htmlFor={`${ids}-input`}>{t('ann.mentionOf')}</label>
      {marks && (
        <span id={`${ids}-marks`} className="mention-finder__marks">
          {' '}({t('ann.mentionOfMarks')})
        </span>
      )}
      <input
        id={`${ids}-input`}
        ref={inputRef}
        type="text"
        dir="auto"
        role="combobox"
        autoComplete="off"
        placeholder={t('ann.mentionHint')}
        aria-expanded={open}
        aria-controls={`${ids}-list`}
        aria-autocomplete="list"
        aria-describedby={marks ? `${ids}-marks` : undefined}
        onBlur={() => {
          if (useAuthoring.getState().finderMarks) setFinderMarks(false);
        }}
        aria-activedescendant={open && found[active] ? `${ids}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${ids}-list`} role="listbox" aria-label={t('ann.mentionOf')} className="mention-finder__list" hidden={!open}>
        {found.map((e, i) => (
          <li
            key={e.id}
            id={`${ids}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'mention-finder__option--active' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(e.id)}
          >
            <bdi>{e.label[lang]}</bdi>
          </li>
        ))}
        {open && found.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="muted">
            {t('ann.noMatch', { query })}
          </li>
        )}
      </ul>
    </div>
  );
}
