import { useT } from '../../state/hooks';
import { mergeSentences, splitSentence } from '../../domain/annotation/sentences';
import { spanFromOffsets } from '../../domain/annotation/spans';
import { useDoc, useEdit } from './doc-hooks';
import type { DialogState } from './dialogs';
import { spanRange, useAuthoring } from './store';
import { Quote } from './Quote';
import { targetRef } from '../../shared/focus-targets';
import type { RefObject } from 'react';
import { bodyNumbers } from '../../domain/sentence-roles';
import { sentenceRoleLabel } from '../../shared/i18n/sentence-role';
import type { TextHandle } from './SentenceList';

/**
 * What is selected, in which sentence, and what can be made of it; sentence merge and
 * split at the caret. A command acts only on a selection that is on screen.
 */
export function SpanActions({ onOpen, text }: { onOpen: (dialog: DialogState) => void; text: RefObject<TextHandle | null> }) {
  const t = useT();
  const doc = useDoc();
  const span = useAuthoring((s) => s.span);
  const setSpan = useAuthoring((s) => s.setSpan);
  const setNotice = useAuthoring((s) => s.setNotice);
  const edit = useEdit();
  const range = spanRange(span);
  const sentence = doc.sentences.find((s) => s.id === span?.sentence);
  const quote = range && sentence ? sentence.text.slice(range.start, range.end) : null;
  const caretSentence = doc.sentences.find((s) => s.id === span?.sentence);
  const sentenceName = caretSentence ? sentenceRoleLabel(t, caretSentence, bodyNumbers(doc.sentences).get(caretSentence.id) ?? 0) : '';

  /** The selection's sentence is scrolled away: say so rather than act on what the user cannot see. */
  const hidden = () => {
    if (text.current?.spanVisible() !== false) return false;
    setNotice({ kind: 'error', error: { code: 'selection-hidden', params: { sentence: sentenceName } } });
    return true;
  };
  /** A command on the caret's sentence, when it is in view. */
  const onSentence = (run: (sentence: string, at: number) => void) => () => {
    if (!span || hidden()) return;
    run(span.sentence, Math.min(span.anchor, span.focus));
  };

  /** Actions that need words: without a span they say so instead of opening a form. */
  const needsSpan = (dialog: DialogState) => () => {
    if (!range || !sentence) {
      setNotice({ kind: 'error', error: { code: 'no-span' } });
      return;
    }
    if (hidden()) return;
    // The core refuses blank selections and ones that cut a character in two; say so here.
    const checked = spanFromOffsets(sentence.text, range.start, range.end, range.sentence);
    if (!checked.ok) setNotice({ kind: 'error', error: checked.error });
    else onOpen(dialog);
  };
  const report = (error: ReturnType<typeof edit>) => {
    if (error) setNotice({ kind: 'error', error });
  };

  return (
    <div className="span-actions" role="toolbar" aria-label={t('author.actions')}>
      <p className="span-actions__selected" aria-live="polite">
        {quote ? (
          <>
            {t('ann.actsOn', { sentence: sentenceName })} <Quote text={quote} />
          </>
        ) : (
          <span className="muted">{t('author.noSelection')}</span>
        )}
      </p>
      <div className="span-actions__buttons">
        <button type="button" ref={targetRef('span-actions')} onClick={needsSpan({ kind: 'entity' })}>
          {t('author.newEntity')}
        </button>
        <button type="button" onClick={needsSpan({ kind: 'relation' })} disabled={doc.entities.length < 2}>
          {t('author.newRelation')}
        </button>
        <button type="button" onClick={needsSpan({ kind: 'evidence' })} disabled={doc.relations.length === 0}>
          {t('author.addEvidence')}
        </button>
      </div>
      <div className="span-actions__buttons">
        <button
          type="button"
          disabled={!span}
          onClick={onSentence((id, at) => {
            report(edit((d) => splitSentence(d, id, at), { code: 'done-split' }));
            setSpan(null);
          })}
        >
          {t('author.split')}
        </button>
        <button
          type="button"
          disabled={!span || doc.sentences.at(-1)?.id === span.sentence}
          onClick={onSentence((id) => {
            report(edit((d) => mergeSentences(d, id), { code: 'done-merged-sentences' }));
            setSpan(null);
          })}
        >
          {t('author.mergeNext')}
        </button>
        <button type="button" disabled={!span} onClick={onSentence((id) => onOpen({ kind: 'translation', sentence: id }))}>
          {t('author.translate')}
        </button>
      </div>
    </div>
  );
}
