import { useId, useRef, useState, type RefObject } from 'react';
import { useT } from '../../state/hooks';
import { targetRef } from '../../shared/focus-targets';
import { useDoc } from './doc-hooks';
import { useAuthoring, type SpanSelection } from './store';
import { findInArticle } from './text-annotation';
import type { TextHandle } from './SentenceList';

/**
 * The keyboard's way of pointing at words: F in the text comes here, the letters typed
 * select the next words they spell (folded, from where the caret was), ↓ or Shift+Enter
 * goes to the next place, Enter goes back to the text with the words selected (a number
 * then makes them an entity), Esc goes back leaving the selection as it was.
 */
export function TextFind({ text }: { text: RefObject<TextHandle | null> }) {
  const t = useT();
  const doc = useDoc();
  const ids = useId();
  const setSpan = useAuthoring((s) => s.setSpan);
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState(false);
  /** Where the search started, and the selection then (Esc puts it back). */
  const origin = useRef<{ sentence: string; offset: number } | null>(null);
  const before = useRef<SpanSelection | null>(null);

  const select = (letters: string, after: boolean) => {
    const span = useAuthoring.getState().span;
    const from = after && span ? { sentence: span.sentence, offset: Math.min(span.anchor, span.focus) } : origin.current;
    const found = findInArticle(doc.sentences, letters, from, after);
    setMissing(letters.trim() !== '' && !found);
    if (found) setSpan({ sentence: found.sentence, anchor: found.start, focus: found.end });
  };
  const back = () => {
    setQuery('');
    setMissing(false);
    text.current?.focusCurrent();
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) back();
    else if (event.key === 'ArrowDown' || (event.key === 'Enter' && event.shiftKey)) select(query, true);
    else if (event.key === 'Escape') {
      setSpan(before.current);
      back();
    } else return;
    event.preventDefault();
  };
  return (
    <div className="text-find">
      <label htmlFor={`${ids}-find`}>{t('ann.find')}</label>{' '}
      <input
        id={`${ids}-find`}
        ref={targetRef('text-find')}
        type="search"
        dir="auto"
        autoComplete="off"
        aria-describedby={`${ids}-found`}
        value={query}
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
