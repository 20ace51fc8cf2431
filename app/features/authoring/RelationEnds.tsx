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
}: {
  doc: AnnotationDoc;
  lang: Lang;
  names: readonly MentionAt[];
  ends: Ends;
  onEnds: (ends: Ends) => void;
  setSource: (name: MentionAt) => void;
  /** The sources Shift+Enter would make it from, when more than the one chosen. */
  alike: readonly MentionAt[];
}) {
  const t = useT();
  const ids = useId();
  return (
    <div className="relation-ends">
      <span id={`${ids}-title`} className="relation-ends__title">
        {t('ann.relationNames')}
      </span>
      <ol className="relation-ends__list" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-hint`}>
        {names.map((m, i) => {
          const key = paletteKey(i);
          const label = entityLabel(doc, m.entity, lang);
          const isSource = m.entity === ends.source.entity;
          const isTarget = m.entity === ends.target.entity;
          return (
            <li key={m.key}>
              {key !== null && <kbd aria-hidden="true">⇧{key}</kbd>} <bdi>{label}</bdi>{' '}
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
      <span id={`${ids}-hint`} className="muted relation-ends__hint">
        {t('ann.relationNamesHint')}
      </span>
      {alike.length > 1 && (
        <p className="muted relation-ends__each">
          {/* Each name isolated, so Arabic names listed in an English sentence keep their order. */}
          {t('ann.relationEach', { labels: alike.map((m) => `\u2068${entityLabel(doc, m.entity, lang)}\u2069`).join(lang === 'ar' ? '، ' : ', ') })}
        </p>
      )}
    </div>
  );
}
