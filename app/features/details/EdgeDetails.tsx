import type { GraphIndex } from '../../domain/graph-index';
import { edgeSentence, nodeLabel, spansFor } from '../../domain/graph-index';
import type { GraphEdge } from '../../domain/schema';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { categoryLabel } from '../../shared/labels';
import { categoryColor } from '../../shared/palette';
import { ArticleEvidence } from './ArticleEvidence';
import { EvidenceList } from './EvidenceList';

export function EdgeDetails({ index, edge }: { index: GraphIndex; edge: GraphEdge }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const other = lang === 'ar' ? 'en' : 'ar';
  const relation = index.relationTypeById.get(edge.type);
  const category = relation?.category ?? '';
  const color = categoryColor(category, index.categories.indexOf(category), index.ownColor.category.get(category));
  const qualifiers = edge.qualifiers?.[lang] ?? edge.qualifiers?.[other];
  const note = edge.note?.[lang] ?? edge.note?.[other];
  const nodeButton = (id: string) => (
    <button type="button" className="node-link" onClick={() => select({ kind: 'node', id })}>
      {nodeLabel(index, id, lang)}
    </button>
  );

  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details__header">
        <span className="type-chip" style={{ borderColor: color }}>
          <span className="swatch swatch--line" style={{ background: color }} aria-hidden="true" />
          {categoryLabel(index, category, lang)}
        </span>
        <h2 id="details-title">{edgeSentence(index, edge, lang)}</h2>
        <p className="details__alt" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
          {edgeSentence(index, edge, other)}
        </p>
      </header>
      <dl className="facts">
        <dt>{t('details.from')}</dt>
        <dd>{nodeButton(edge.source)}</dd>
        <dt>{t('details.relation')}</dt>
        <dd>
          {relation?.label[lang] ?? edge.type}{' '}
          <span className="muted">({relation?.directed === false ? t('details.undirected') : t('details.directed')})</span>
        </dd>
        <dt>{t('details.to')}</dt>
        <dd>{nodeButton(edge.target)}</dd>
        {(edge.attributedTo || !edge.inferred) && (
          <>
            <dt>{t('details.attributedTo')}</dt>
            <dd>{edge.attributedTo ? nodeButton(edge.attributedTo) : <span className="muted">{t('details.statedByArticle')}</span>}</dd>
          </>
        )}
        {edge.inferred && (
          <>
            <dt>{t('details.basis')}</dt>
            <dd>
              <span className="badge badge--inferred">{t('details.inferred')}</span>
            </dd>
          </>
        )}
        {qualifiers && (
          <>
            <dt>{t('details.qualifiers')}</dt>
            <dd dir="auto">{qualifiers}</dd>
          </>
        )}
        {edge.time && (
          <>
            <dt>{t('details.time')}</dt>
            <dd>
              <span lang="ar" dir="rtl">
                «{edge.time.text}»
              </span>{' '}
              <bdi dir="ltr">
                <time dateTime={edge.time.value.split('/')[0]}>{edge.time.value.replace('/', ' – ')}</time>
              </bdi>
            </dd>
          </>
        )}
        {note && (
          <>
            <dt>{t('details.note')}</dt>
            <dd dir="auto" className="note">
              {note}
            </dd>
          </>
        )}
      </dl>
      {index.graph.articles ? (
        <ArticleEvidence index={index} edge={edge} t={t} />
      ) : (
        <EvidenceList index={index} spans={spansFor(index, { kind: 'edge', id: edge.id })} t={t} heading={t('details.evidence', { count: edge.evidence.length })} />
      )}
    </article>
  );
}
