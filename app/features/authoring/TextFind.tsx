import { useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { Proposal } from '../../domain/annotation/proposals';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { targetRef } from '../../shared/focus-targets';
import { useDoc } from './doc-hooks';
import { spanRange, useAuthoring, type SpanSelection } from './store';
import { findInArticle, findPreviousInArticle, mentionsOf } from './text-annotation';
import { markAround } from './text-keys';
import { typeLooks } from './type-look';
import { useQuickEntity } from './use-text-actions';
import type { TextHandle } from './SentenceList';

/**
 * The keyboard's way of pointing at words: F in the text comes here, the letters typed
 * select the next words they spell (folded, from where the caret was), ↓ or Shift+Enter
 * goes to the next place, ↑ to the previous one, Enter goes back to the text with the words selected (a number
 * then makes them an entity; on words marked already, the caret goes onto the mark), Esc
 * goes back leaving the selection as it was. Opened by a type key with no words selected,
 * Enter makes the words found an entity of that type.
 */
export function TextFind({ text, proposals }: { text: RefObject<TextHandle | null>; proposals: readonly Proposal[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const ids = useId();
  const setSpan = useAuthoring((s) => s.setSpan);
  const findType = useAuthoring((s) => s.findType);
  const setFindType = useAuthoring((s) => s.setFindType);
  const quickEntity = useQuickEntity();
  const mentions = useMemo(() => mentionsOf(doc), [doc]);
  const typeName = findType ? typeLooks(doc, lang).get(findType)?.label : undefined;
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState(false);
  /** Where the search started, and the selection then (Esc puts it back). */
  const origin = useRef<{ sentence: string; offset: number } | null>(null);
  const before = useRef<SpanSelection | null>(null);

  const select = (letters: string, after: boolean, back = false) => {
    const span = useAuthoring.getState().span;
    const from = (after || back) && span ? { sentence: span.sentence, offset: Math.min(span.anchor, span.focus) } : origin.current;
    const found = back ? findPreviousInArticle(doc.sentences, letters, from) : findInArticle(doc.sentences, letters, from, after);
    setMissing(letters.trim() !== '' && !found);
    if (found) setSpan({ sentence: found.sentence, anchor: found.start, focus: found.end });
  };
  const back = () => {
    setQuery('');
    setMissing(false);
    setFindType(null);
    text.current?.focusCurrent();
  };
  /** Enter: the words found become an entity of the type asked for, or the caret goes onto the mark they are, or they stay selected. */
  const done = () => {
    const found = query.trim() ? spanRange(useAuthoring.getState().span) : null;
    if (found && findType) {
      if (!quickEntity(findType)) return;
    } else if (found) {
      const mark = markAround([...mentions, ...proposals], found);
      if (mark) setSpan({ sentence: mark.sentence, anchor: mark.start, focus: mark.start });
    }
    back();
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) done();
    else if (event.key === 'ArrowDown' || (event.key === 'Enter' && event.shiftKey)) select(query, true);
    else if (event.key === 'ArrowUp') select(query, false, true);
    else if (event.key === 'Escape') {
      setSpan(before.current);
      back();
    } else return;
    event.preventDefault();
  };
  return (
    <div className="text-find">
      <label htmlFor={`${ids}-find`}>{t('ann.find')}</label>{' '}
      {typeName && (
        <span id={`${ids}-for`} className="text-find__for">
          {t('ann.findFor', { type: typeName })}
        </span>
      )}{' '}
      <input
        id={`${ids}-find`}
        ref={targetRef('text-find')}
        type="search"
        dir="auto"
        autoComplete="off"
        aria-describedby={typeName ? `${ids}-for ${ids}-found` : `${ids}-found`}
        value={query}
        onBlur={() => {
          // A type asked for lasts while the search has the focus.
          if (useAuthoring.getState().findType) setFindType(null);
        }}
        onFocus={() => {
          const span = useAuthoring.getState().span;
          before.current = span;
          origin.current = span ? { sentence: span.sentence, offset: Math.min(span.anchor, span.focus) } : null;
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          select(e.target.value, false);
        }}
        onKeyDown={onKeyDown}
      />
      <span id={`${ids}-found`} className="muted text-find__note" aria-live="polite">
        {missing ? t('ann.findNone', { query }) : ''}
      </span>
    </div>
  );
}
