import { useId } from 'react';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import type { AnnotationDoc } from '../../domain/annotation/schema';
import { bodyNumbers } from '../../domain/sentence-roles';
import { sentenceRoleLabel } from '../../shared/i18n/sentence-role';
import type { cutToSentences } from './new-doc';
import { useAuthoring } from './store';

/** The draft kept in this browser, to go on with instead of starting again. */
export function DraftCard({ draft }: { draft: AnnotationDoc }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setMode = useAuthoring((s) => s.setMode);
  const id = useId();
  return (
    <section className="intake__draft" aria-labelledby={id}>
      <h3 id={id}>{t('author.draftSaved')}</h3>
      <p dir="auto">{t('author.draftSummary', { title: draft.article.title[lang], entities: draft.entities.length, relations: draft.relations.length })}</p>
      <button type="button" onClick={() => setMode('annotate')}>
        {t('author.continueDraft')}
      </button>
      <p className="muted">{t('author.replaceWarning')}</p>
    </section>
  );
}

/** How the article will be cut, before anything is created: the user can still fix the text. */
export function CutPreview({ cut }: { cut: ReturnType<typeof cutToSentences> }) {
  const t = useT();
  const id = useId();
  const numbers = bodyNumbers(cut.sentences);
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{t('author.cutResult', { count: cut.sentences.length })}</h3>
      <ol className="intake__sentences">
        {cut.sentences.map((s) => (
          <li key={s.id}>
            <span className="muted">{sentenceRoleLabel(t, s, numbers.get(s.id) ?? 0)}</span> <span dir="auto">{s.text}</span>
          </li>
        ))}
      </ol>
      {cut.furniture.length > 0 && (
        <p className="muted" dir="auto">
          {t('author.furniture', { lines: cut.furniture.join(' · ') })}
        </p>
      )}
    </section>
  );
}
