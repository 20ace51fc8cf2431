import { useMemo } from 'react';
import { claimsByActor } from '../../domain/claims';
import { edgeSentence, type GraphIndex } from '../../domain/graph-index';
import type { GraphEdge } from '../../domain/schema';
import { useGraphIndex, useT, useVisibility } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { QuoteTranslation } from '../../shared/ui/QuoteTranslation';
import { SentenceText } from '../../shared/ui/SentenceText';

/** Each actor's conditions, claims and stances, each with the sentence that states it. */
export function ClaimsView() {
  const index = useGraphIndex();
  if (!index) return null;
  return <Claims index={index} />;
}

function Claims({ index }: { index: GraphIndex }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const visibility = useVisibility(index);
  const actors = useMemo(() => claimsByActor(index, visibility?.edges), [index, visibility]);
  const withConditions = actors.filter((a) => a.conditions.length > 0);
  const label = (id: string) => index.nodeById.get(id)?.label[lang] ?? id;

  return (
    <section className="claims" aria-labelledby="claims-title">
      <h2 id="claims-title">{t('claims.title')}</h2>
      {withConditions.length > 0 && (
        <section aria-labelledby="claims-compare">
          <h3 id="claims-compare">{t('claims.compare')}</h3>
          <div className="claims__compare">
            {withConditions.map((a) => (
              <section key={a.actor} className="claims__column" aria-label={`${t('claims.conditions')}: ${label(a.actor)}`}>
                <h4>{label(a.actor)}</h4>
                <EdgeList index={index} edges={a.conditions} show="target" />
              </section>
            ))}
          </div>
        </section>
      )}
      {/* An actor whose conditions are all there is to say is already in the comparison above. */}
      {actors.filter((a) => a.claims.length > 0 || a.stances.length > 0).map((a) => (
        <section key={a.actor} className="claims__actor" aria-label={label(a.actor)}>
          <h3>{label(a.actor)}</h3>
          {a.claims.length > 0 && (
            <>
              <h4>{t('claims.claims')}</h4>
              <EdgeList index={index} edges={a.claims} show="sentence" />
            </>
          )}
          {a.stances.length > 0 && (
            <>
              <h4>{t('claims.stances')}</h4>
              <EdgeList index={index} edges={a.stances} show="sentence" />
            </>
          )}
        </section>
      ))}
    </section>
  );
}

function EdgeList({ index, edges, show }: { index: GraphIndex; edges: GraphEdge[]; show: 'target' | 'sentence' }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  return (
    <ul className="claims__list">
      {edges.map((edge, i) => {
        const evidence = edge.evidence[0];
        const sentence = evidence ? index.sentenceById.get(evidence.sentence) : undefined;
        // Side by side, one sentence often states several conditions: quote it once, after the last.
        const next = edges[i + 1]?.evidence[0]?.sentence;
        const quote = show === 'sentence' || next !== evidence?.sentence;
        return (
          <li key={edge.id}>
            <button type="button" className="relation-button" onClick={() => select({ kind: 'edge', id: edge.id })}>
              {show === 'target' ? (index.nodeById.get(edge.target)?.label[lang] ?? edge.target) : edgeSentence(index, edge, lang)}
            </button>
            {quote && sentence && evidence && (
              <>
                <blockquote className="claims__evidence">
                  <SentenceText
                    text={sentence.text}
                    ranges={(show === 'sentence' ? [edge] : edges.filter((e) => e.evidence[0]?.sentence === sentence.id)).flatMap((e) => e.evidence.filter((ev) => ev.sentence === sentence.id))}
                  />
                </blockquote>
                <QuoteTranslation key={lang} sentence={sentence} t={t} initiallyOpen={lang === 'en'} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
