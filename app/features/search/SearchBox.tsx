import { useEffect, useId, useMemo, useState } from 'react';
import { buildSearchIndex, searchIndexBuilder, searchSentences } from '../../domain/search';
import { useEntityHits, useGraphIndex, useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { useGraphHandleRef } from '../../shared/graph-handle';
import { nodeTypeLabel } from '../../shared/labels';
import { nodeStyle } from '../../shared/palette';

import { SEARCH_INPUT_ID } from '../../shared/ids';
import { targetRef } from '../../shared/focus-targets';
import { runWhenIdle } from '../../shared/idle-steps';
import { MARK, useMarkShown } from '../../shared/marks';

type Option = { kind: 'node'; id: string; label: string; detail: string; color: string } | { kind: 'sentence'; id: string; label: string; detail: string };

/** One box for entities (labels and aliases, both languages, folded) and sentences. */
export function SearchBox() {
  const t = useT();
  const index = useGraphIndex();
  const lang = useAppStore((s) => s.lang);
  const query = useAppStore((s) => s.search);
  const setSearch = useAppStore((s) => s.setSearch);
  const handle = useGraphHandleRef();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const entityHits = useEntityHits(index, query);

  // Fold every label and sentence in idle slices once the graph is open, so that the
  // first keystroke does not pay for it (a second or so on 20,000 nodes), and so that
  // the folding never holds up a frame (a large graph's overview is drawn first).
  useEffect(
    function prepareSearchIndex() {
      if (!index) return;
      const builder = searchIndexBuilder(index.graph);
      // Slices of about 10 ms: short enough for an input that arrives meanwhile.
      return runWhenIdle(() => {
        const until = performance.now() + 10;
        let done = false;
        while (!done && performance.now() < until) done = builder.step(50);
        return done;
      });
    },
    [index],
  );

  const options = useMemo<Option[]>(() => {
    if (!index || !query.trim()) return [];
    const searchIndex = buildSearchIndex(index.graph);
    const nodes: Option[] = entityHits.slice(0, 8).map((hit) => {
      const node = index.nodeById.get(hit.id);
      const type = node?.type ?? '';
      return { kind: 'node', id: hit.id, label: node?.label[lang] ?? hit.id, detail: nodeTypeLabel(index, type, lang), color: nodeStyle(type, 0, index.ownColor.nodeType.get(type)).color };
    });
    const sentences: Option[] = searchSentences(searchIndex, query, 5).map((hit) => {
      const sentence = index.sentenceById.get(hit.id);
      const text = sentence?.text ?? '';
      const from = Math.max(0, (hit.range?.start ?? 0) - 30);
      const snippet = `${from > 0 ? '…' : ''}${text.slice(from, from + 90)}${from + 90 < text.length ? '…' : ''}`;
      return { kind: 'sentence', id: hit.id, label: snippet, detail: hit.inTranslation ? t('search.inTranslation') : '' };
    });
    return [...nodes, ...sentences];
  }, [index, query, entityHits, lang, t]);

  const choose = (option: Option | undefined) => {
    if (!option) return;
    const state = useAppStore.getState();
    if (option.kind === 'node') {
      state.select({ kind: 'node', id: option.id });
      handle.current?.center(option.id);
    } else {
      // The article pane brings the sentence into view itself.
      state.readSentence(option.id);
    }
    setOpen(false);
  };

  const showList = open && query.trim() !== '';
  useMarkShown(MARK.searchListed, showList ? options.map((o) => `${o.kind} ${o.id}`).join('\n') : null);
  const activeOption = options[active];
  const optionId = (i: number) => `${listId}-opt-${i}`;
  return (
    <div className="search" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={targetRef('search')}
        id={SEARCH_INPUT_ID}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        placeholder={t('search.placeholder')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && activeOption ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setSearch(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(activeOption);
          } else if (e.key === 'Escape') {
            if (open && query) {
              e.preventDefault();
              setOpen(false);
            }
          }
        }}
      />
      <div className={`search__popup${showList ? '' : ' search__popup--closed'}`}>
        <ul id={listId} role="listbox" aria-label={t('search.label')}>
          {options.map((option, i) => (
            <li
              key={`${option.kind}-${option.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`search__option search__option--${option.kind}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {option.kind === 'node' ? <span className="swatch" style={{ background: option.color }} aria-hidden="true" /> : <span aria-hidden="true">¶</span>}
              <span className="search__label" dir="auto">
                {option.label}
              </span>
              <span className="search__detail">{option.kind === 'node' ? option.detail : `${t('search.sentences')}${option.detail ? ` · ${option.detail}` : ''}`}</span>
            </li>
          ))}
        </ul>
        {showList && options.length === 0 && <p className="search__none">{t('search.none')}</p>}
      </div>
    </div>
  );
}
