import { useId } from 'react';
import type { AnnotationDoc } from '../../domain/annotation/schema';
import type { Lang } from '../../domain/schema';
import { useT } from '../../state/hooks';
import { entityLabel } from './doc-hooks';
import type { Ends } from './relation-words';
import { paletteKey, type MentionAt } from './text-annotation';

/**
 * The names a relation being made may join, numbered: Shift with a number (or From) makes
 * one the source, ↑ ↓ in the type filter (or To) move the target; the keys live in the
 * filter, so the next key still picks the type.
 */
export function RelationEnds({
  doc,
  lang,
  names,
  ends,
  onEnds,
  setSource,
  alike,
  hintId,
}: {
  doc: AnnotationDoc;
  lang: Lang;
  names: readonly MentionAt[];
  ends: Ends;
  onEnds: (ends: Ends) => void;
  setSource: (name: MentionAt) => void;
  /** The sources Shift+Enter would make it from, when more than the one chosen. */
  alike: readonly MentionAt[];
  /** The hint that says which keys pick the ends. */
  hintId: string;
}) {
  const t = useT();
  const ids = useId();
  const texts = new Map(doc.sentences.map((s) => [s.id, s.text]));
  const typeOf = new Map(doc.nodeTypes.map((x) => [x.id, x.label[lang]]));
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  return (
    <div className="relation-ends">
      <span id={`${ids}-title`} className="relation-ends__title">
        {t('ann.relationNames')}
      </span>
      <ol className="relation-ends__list" aria-labelledby={`${ids}-title`} aria-describedby={hintId}>
        {names.map((m, i) => {
          const key = paletteKey(i);
          const label = entityLabel(doc, m.entity, lang);
          const quote = texts.get(m.sentence)?.slice(m.start, m.end) ?? '';
          const type = typeOf.get(entities.get(m.entity)?.type ?? '') ?? '';
          const isSource = m.entity === ends.source.entity;
          const isTarget = m.entity === ends.target.entity;
          return (
            <li key={m.key}>
              {key !== null && <kbd aria-hidden="true">⇧{key}</kbd>} <bdi lang={doc.article.lang}>{quote}</bdi>{' '}
              <span className="muted relation-ends__type">{label === quote ? `(${type})` : t('ann.relationEndName', { label, type })}</span>{' '}
              <button type="button" aria-pressed={isSource} aria-label={t('ann.relationFromName', { label })} aria-keyshortcuts={key !== null ? `Shift+${key}` : undefined} onClick={() => setSource(m)}>
                {t('ann.relationFrom')}
              </button>
              <button type="button" aria-pressed={isTarget} aria-label={t('ann.relationToName', { label })} onClick={() => onEnds(isSource ? { source: ends.target, target: m } : { source: ends.source, target: m })}>
                {t('ann.relationTo')}
              </button>
            </li>
          );
        })}
      </ol>
      {alike.length > 1 && (
        <p className="muted relation-ends__each">
          {/* Each name isolated, so Arabic names listed in an English sentence keep their order. */}
          {t('ann.relationEach', { labels: alike.map((m) => `\u2068${entityLabel(doc, m.entity, lang)}\u2069`).join(lang === 'ar' ? '، ' : ', ') })}
        </p>
      )}
    </div>
  );
}
