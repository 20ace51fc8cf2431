import { useId, useRef, useState, type RefObject } from 'react';
import type { Proposal } from '../../domain/annotation/proposals';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { targetRef } from '../../shared/focus-targets';
import { entityLabel, useDoc } from './doc-hooks';
import { spanRange, useAuthoring, type SpanSelection } from './store';
import { findFirstInArticle, findInArticle, findPreviousInArticle, mentionsOf } from './text-annotation';
import { markAround } from './text-keys';
import { typeLooks } from './type-look';
import { useAddMention, useQuickEntity } from './use-text-actions';
import { useRelateWords } from './use-relate-words';
import type { TextHandle } from './SentenceList';

/**
 * The keyboard's way of pointing at words: F in the text comes here, the letters typed
 * select the next words they spell (folded, from where the caret was; whole words first),
 * ↓ or Shift+Enter goes to the next place, ↑ to the previous one, Enter goes back to the
 * text with the words selected (a number then makes them an entity; on words marked
 * already, the caret goes onto the mark), Esc goes back leaving the selection as it was.
 * Opened by a type key (or an entity chosen in "Mention of") with no words selected, Enter
 * makes the words found an entity of that type (or a mention of that entity). Ctrl+Enter
 * makes the words found the evidence of a relation between the names in them (the relation
 * picker takes the focus); with Shift, from the last name to the first.
 */
export function TextFind({ text, proposals }: { text: RefObject<TextHandle | null>; proposals: readonly Proposal[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const ids = useId();
  const setSpan = useAuthoring((s) => s.setSpan);
  const findFor = useAuthoring((s) => s.findFor);
  const setFindFor = useAuthoring((s) => s.setFindFor);
  const quickEntity = useQuickEntity();
  const addMention = useAddMention();
  const relateWords = useRelateWords();
  const forNote = !findFor
    ? null
    : findFor.kind === 'entity'
      ? t('ann.findFor', { type: typeLooks(doc, lang).get(findFor.type)?.label ?? findFor.type })
      : t('ann.findForMention', { label: entityLabel(doc, findFor.entity, lang) });
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState(false);
  /** Where the search started, and the selection then (Esc puts it back). */
  const origin = useRef<{ sentence: string; offset: number } | null>(null);
  const before = useRef<SpanSelection | null>(null);

  const select = (letters: string, after: boolean, back = false) => {
    const span = useAuthoring.getState().span;
    const from = (after || back) && span ? { sentence: span.sentence, offset: Math.min(span.anchor, span.focus) } : origin.current;
    const found = back ? findPreviousInArticle(doc.sentences, letters, from) : after ? findInArticle(doc.sentences, letters, from, true) : findFirstInArticle(doc.sentences, letters, from);
    setMissing(letters.trim() !== '' && !found);
    if (found) setSpan({ sentence: found.sentence, anchor: found.start, focus: found.end });
  };
  const back = () => {
    setQuery('');
    setMissing(false);
    setFindFor(null);
    text.current?.focusCurrent();
  };
  /** Enter: the words found become an entity of the type asked for, or the caret goes onto the mark they are, or they stay selected. */
  const done = () => {
    const found = query.trim() ? spanRange(useAuthoring.getState().span) : null;
    if (found && findFor) {
      if (!(findFor.kind === 'entity' ? quickEntity(findFor.type) : addMention(findFor.entity))) return;
    } else if (found) {
      // Resolved only here, not on every step: a long document has thousands of mentions.
      const mark = markAround([...mentionsOf(doc), ...proposals], found);
      if (mark) setSpan({ sentence: mark.sentence, anchor: mark.start, focus: mark.start });
    }
    back();
  };
  /** Ctrl+Enter: the words found are a relation's evidence; the picker that opens takes the focus. */
  const relate = (reversed: boolean) => {
    if (!query.trim() || !relateWords(reversed)) return;
    setQuery('');
    setMissing(false);
    setFindFor(null);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) relate(event.shiftKey);
    else if (event.key === 'Enter' && !event.shiftKey) done();
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
      {forNote && (
        <span id={`${ids}-for`} className="text-find__for">
          {forNote}
        </span>
      )}{' '}
      <input
        id={`${ids}-find`}
        ref={targetRef('text-find')}
        type="search"
        dir="auto"
        autoComplete="off"
        aria-describedby={forNote ? `${ids}-for ${ids}-found ${ids}-relate` : `${ids}-found ${ids}-relate`}
        aria-keyshortcuts="Control+Enter Control+Shift+Enter"
        value={query}
        onBlur={() => {
          // What the search was opened for lasts while it has the focus.
          if (useAuthoring.getState().findFor) setFindFor(null);
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
      <span id={`${ids}-relate`} className="muted text-find__relate">
        <kbd dir="ltr">Ctrl+Enter</kbd> {t('ann.findRelate')}
      </span>
    </div>
  );
}
