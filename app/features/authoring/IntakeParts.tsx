import { useId } from 'react';
import { useDrafts } from '../../state/drafts';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { bodyNumbers } from '../../domain/sentence-roles';
import { sentenceRoleLabel } from '../../shared/i18n/sentence-role';
import type { cutToSentences } from './new-doc';

/** The drafts already kept in this browser, to go on with instead of starting again. */
export function DraftsLink() {
  const t = useT();
  const openWorkspace = useAppStore((s) => s.openWorkspace);
  const count = useDrafts((s) => Object.keys(s.drafts).length + s.damaged.length);
  if (count === 0) return null;
  return (
    <p>
      <button type="button" onClick={() => openWorkspace({ page: 'drafts' })}>
        {t('drafts.count', { count })}
      </button>
    </p>
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
