import { edgeSentence, type GraphIndex } from '../../domain/graph-index';
import type { GraphNode } from '../../domain/schema';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { QuoteTranslation } from '../../shared/ui/QuoteTranslation';
import { SentenceText } from '../../shared/ui/SentenceText';

/**
 * Who said what, on the speaker: the relations the article reports as this actor's claim,
 * hope or condition (they often link other entities, so the relation list misses them).
 */
export function AttributedClaims({ index, node }: { index: GraphIndex; node: GraphNode }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const claims = index.graph.edges.filter((e) => e.attributedTo === node.id);
  if (claims.length === 0) return null;
  const heading = t('details.attributedClaims', { name: node.label[lang], count: claims.length });
  return (
    <section className="details-section" aria-label={heading}>
      <h3>{heading}</h3>
      <ul className="relation-list attributed-claims">
        {claims.map((edge, i) => {
          const evidence = edge.evidence[0];
          const sentence = evidence ? index.sentenceById.get(evidence.sentence) : undefined;
          // Claims read from one sentence share its quote, shown once after the last of them.
          const shareNext = claims[i + 1]?.evidence[0]?.sentence === evidence?.sentence;
          const group = claims.filter((c) => c.evidence[0]?.sentence === evidence?.sentence);
          return (
            <li key={edge.id}>
              <button type="button" className="relation-button" onClick={() => select({ kind: 'edge', id: edge.id })}>
                {edgeSentence(index, edge, lang)}
              </button>
              {sentence && evidence && !shareNext && (
                <>
                  <blockquote className="claims__evidence">
                    <SentenceText text={sentence.text} ranges={group.flatMap((c) => c.evidence.filter((e) => e.sentence === sentence.id))} />
                  </blockquote>
                  <QuoteTranslation key={lang} sentence={sentence} t={t} initiallyOpen={lang === 'en'} />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
