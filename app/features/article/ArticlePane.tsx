import { articleText } from '../../domain/text-direction';
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { hasSourceText, spansFor, type GraphIndex } from '../../domain/graph-index';
import { useGraphIndex, useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { sentenceRoleLabel } from '../../shared/i18n/sentence-role';
import { targetElement } from '../../shared/focus-targets';
import { ArticleSentence } from './ArticleSentence';
import { CorpusArticleHeading } from './CorpusArticleHeading';

/**
 * The whole article, sentence by sentence. The selection's spans are marked and can be
 * stepped through; choosing a sentence highlights what it yields in the graph.
 */
export function ArticlePane() {
  const index = useGraphIndex();
  if (!index) return null;
  if (!hasSourceText(index.graph)) return <NoSourceText index={index} />;
  return <Article index={index} />;
}

/** A graph imported without its article: its title and where it came from, and no sentences. */
function NoSourceText({ index }: { index: GraphIndex }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  return (
    <section className="article-pane" aria-labelledby="article-title">
      <h2 id="article-title" dir="auto" className="article-pane__title">
        {index.graph.article.title[lang]}
      </h2>
      <p className="muted article-pane__source">{t('article.source', { source: index.graph.article.source })}</p>
      <p className="empty-hint">{t('article.noSource')}</p>
    </section>
  );
}

function Article({ index }: { index: GraphIndex }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const selection = useAppStore((s) => s.selection);
  const spanCursor = useAppStore((s) => s.spanCursor);
  const sentence = useAppStore((s) => s.sentence);
  const setSpanCursor = useAppStore((s) => s.setSpanCursor);
  const [allTranslations, setAllTranslations] = useState(lang === 'en');
  const spans = useMemo(() => (selection ? spansFor(index, selection) : []), [index, selection]);
  const active = spans[Math.min(spanCursor, spans.length - 1)];
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(
    function scrollToActiveSpan() {
      if (!active) return;
      const el = listRef.current?.querySelector(`[data-sentence="${CSS.escape(active.sentence)}"] mark.span-active`);
      el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    [active],
  );

  useEffect(
    function scrollToReadSentence() {
      // A sentence chosen elsewhere (search) comes into view; one clicked here already is.
      if (!sentence) return;
      const el = listRef.current?.querySelector(`[data-sentence="${CSS.escape(sentence)}"]`);
      if (el && !fullyInView(el)) el.scrollIntoView({ block: 'center' });
    },
    [sentence],
  );

  const bySentence = new Map<string, { start: number; end: number }[]>();
  for (const span of spans) bySentence.set(span.sentence, [...(bySentence.get(span.sentence) ?? []), span]);

  return (
    <section className="article-pane" aria-labelledby="article-title">
      <div className="article-pane__bar">
        <button type="button" aria-pressed={allTranslations} onClick={() => setAllTranslations((v) => !v)}>
          {allTranslations ? t('article.hideAll') : t('article.showAll')}
        </button>
        {spans.length > 0 && (
          <div className="stepper" role="group" aria-label={t('article.spanOf', { n: spanCursor + 1, total: spans.length })}>
            <button type="button" aria-label={t('article.prevSpan')} onClick={() => setSpanCursor((spanCursor - 1 + spans.length) % spans.length)}>
              {lang === 'ar' ? '→' : '←'}
            </button>
            <span aria-live="polite">{t('article.spanOf', { n: Math.min(spanCursor, spans.length - 1) + 1, total: spans.length })}</span>
            <button type="button" aria-label={t('article.nextSpan')} onClick={() => setSpanCursor((spanCursor + 1) % spans.length)}>
              {lang === 'ar' ? '←' : '→'}
            </button>
          </div>
        )}
      </div>
      <h2 id="article-title" {...articleText(index.graph.article)} className="article-pane__title">
        {index.graph.article.title.ar}
      </h2>
      <p className="muted article-pane__source">{t('article.source', { source: index.graph.article.source })}</p>
      <ol ref={listRef} className="article-sentences">
        {index.graph.article.sentences.map((sentence, i) => (
          <Fragment key={`${sentence.id}-${allTranslations}`}>
            {sentence.article !== undefined && sentence.article !== index.graph.article.sentences[i - 1]?.article && (
              <CorpusArticleHeading index={index} id={sentence.article} />
            )}
            <ArticleSentence
              index={index}
              sentence={sentence}
              label={sentenceRoleLabel(t, sentence, index.bodyNumber.get(sentence.id) ?? 0)}
              ranges={bySentence.get(sentence.id) ?? []}
              activeRange={active?.sentence === sentence.id ? active : undefined}
              translated={allTranslations}
            />
          </Fragment>
        ))}
      </ol>
    </section>
  );
}

/** Whether the element is wholly visible inside its scrolling pane (or the window). */
function fullyInView(el: Element): boolean {
  const box = el.getBoundingClientRect();
  // The article scrolls inside the side panel (a sheet on phones), else the window.
  const pane = (targetElement('side-panel') ?? document.documentElement).getBoundingClientRect();
  const top = Math.max(pane.top, 0);
  const bottom = Math.min(pane.bottom, window.innerHeight);
  return box.top >= top && box.bottom <= bottom;
}
