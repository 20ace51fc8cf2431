import { useT } from '../../state/hooks';
import { mergeSentences, splitSentence } from '../../domain/annotation/sentences';
import { spanFromOffsets } from '../../domain/annotation/spans';
import { useDoc, useEdit } from './doc-hooks';
import type { DialogState } from './dialogs';
import { spanRange, useAuthoring } from './store';
import { Quote } from './Quote';
import { targetRef } from '../../shared/focus-targets';

/** What is selected, and what can be made of it; sentence merge and split at the caret. */
export function SpanActions({ onOpen }: { onOpen: (dialog: DialogState) => void }) {
  const t = useT();
  const doc = useDoc();
  const span = useAuthoring((s) => s.span);
  const setSpan = useAuthoring((s) => s.setSpan);
  const setNotice = useAuthoring((s) => s.setNotice);
  const edit = useEdit();
  const range = spanRange(span);
  const sentence = doc.sentences.find((s) => s.id === span?.sentence);
  const quote = range && sentence ? sentence.text.slice(range.start, range.end) : null;

  /** Actions that need words: without a span they say so instead of opening a form. */
  const needsSpan = (dialog: DialogState) => () => {
    if (!range || !sentence) {
      setNotice({ kind: 'error', error: { code: 'no-span' } });
      return;
    }
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
            {t('author.selected')} <Quote text={quote} />
          </>
        ) : (
          <span className="muted">{t('author.noSelection')}</span>
        )}
      </p>
      <div className="span-actions__buttons">
        <button type="button" ref={targetRef('span-actions')} onClick={needsSpan({ kind: 'entity' })}>
          {t('author.newEntity')}
        </button>
        <button type="button" onClick={needsSpan({ kind: 'mention' })} disabled={doc.entities.length === 0}>
          {t('author.mentionOf')}
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
          onClick={() => {
            if (!span) return;
            report(edit((d) => splitSentence(d, span.sentence, Math.min(span.anchor, span.focus)), { code: 'done-split' }));
            setSpan(null);
          }}
        >
          {t('author.split')}
        </button>
        <button
          type="button"
          disabled={!span || doc.sentences.at(-1)?.id === span.sentence}
          onClick={() => {
            if (!span) return;
            report(edit((d) => mergeSentences(d, span.sentence), { code: 'done-merged-sentences' }));
            setSpan(null);
          }}
        >
          {t('author.mergeNext')}
        </button>
        <button type="button" disabled={!span} onClick={() => span && onOpen({ kind: 'translation', sentence: span.sentence })}>
          {t('author.translate')}
        </button>
      </div>
    </div>
  );
}
