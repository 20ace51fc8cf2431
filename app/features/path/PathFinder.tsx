import { useMemo } from 'react';
import { edgePhrase, shortestPaths, type GraphIndex } from '../../domain/graph-index';
import { useGraphIndex, useT, useVisibility } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { Predicate } from '../../shared/ui/Predicate';
import { QuoteTranslation } from '../../shared/ui/QuoteTranslation';
import { SentenceText } from '../../shared/ui/SentenceText';

/** "How is Zelensky connected to Xi Jinping?": shortest chains, each step with its words. */
export function PathFinder() {
  const index = useGraphIndex();
  if (!index) return null;
  return <Paths index={index} />;
}

function Paths({ index }: { index: GraphIndex }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const ends = useAppStore((s) => s.pathEnds);
  const setEnds = useAppStore((s) => s.setPathEnds);
  const select = useAppStore((s) => s.select);
  const visibility = useVisibility(index);
  const collator = new Intl.Collator(lang);
  const nodes = [...index.graph.nodes].sort((a, b) => collator.compare(a.label[lang], b.label[lang]));
  const paths = useMemo(
    () => (ends.from && ends.to && visibility ? shortestPaths(index, ends.from, ends.to, { visibleEdges: visibility.edges, limit: 5 }) : null),
    [index, ends, visibility],
  );
  const label = (id: string) => index.nodeById.get(id)?.label[lang] ?? id;

  const picker = (which: 'from' | 'to') => (
    <div className="path__end">
      <label htmlFor={`path-${which}`}>{which === 'from' ? t('path.from') : t('path.to')}</label>
      <select id={`path-${which}`} value={ends[which] ?? ''} onChange={(e) => setEnds({ ...ends, [which]: e.target.value || null })}>
        <option value="">{t('path.choose')}</option>
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label[lang]}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="path" aria-labelledby="path-title">
      <h2 id="path-title">{t('path.title')}</h2>
      <div className="path__ends">
        {picker('from')}
        <button type="button" onClick={() => setEnds({ from: ends.to, to: ends.from })} aria-label={t('path.swap')}>
          ⇄
        </button>
        {picker('to')}
      </div>
      {(ends.from || ends.to) && (
        <button type="button" className="link-button" onClick={() => setEnds({ from: null, to: null })}>
          {t('path.clear')}
        </button>
      )}
      {paths && (
        <div role="status" className="path__result">
          {paths.length === 0 ? (
            <p>{t('path.none')}</p>
          ) : (
            <>
              <p>{t('path.found', { count: paths.length, steps: paths[0]?.edges.length ?? 0 })}</p>
              {paths.map((path, n) => (
                <section key={path.edges.join('|')} className="path__chain" aria-label={t('path.chain', { n: n + 1 })}>
                  <h3>{t('path.chain', { n: n + 1 })}</h3>
                  <ol>
                    {path.edges.map((edgeId, i) => {
                      const edge = index.edgeById.get(edgeId);
                      if (!edge) return null;
                      const evidence = edge.evidence[0];
                      const sentence = evidence ? index.sentenceById.get(evidence.sentence) : undefined;
                      return (
                        <li key={edgeId} className="path__step">
                          <button type="button" className="relation-button" onClick={() => select({ kind: 'edge', id: edgeId })}>
                            {label(edge.source)} <Predicate phrase={edgePhrase(index, edge, lang)} object={label(edge.target)} />
                          </button>
                          {sentence && evidence && (
                            <>
                              <blockquote className="path__evidence" data-sentence={sentence.id}>
                                <SentenceText text={sentence.text} ranges={[evidence]} />
                              </blockquote>
                              <QuoteTranslation key={lang} sentence={sentence} t={t} initiallyOpen={lang === 'en'} />
                            </>
                          )}
                          {i === path.edges.length - 1 ? null : <span className="visually-hidden">→</span>}
                        </li>
                      );
                    })}
                  </ol>
                </section>
              ))}
            </>
          )}
        </div>
      )}
    </section>
  );
}
