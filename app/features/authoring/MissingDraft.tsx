import { useAppStore } from '../../state/store';
import { useT } from '../../state/hooks';
import { MAIN_ID } from '../../shared/ids';
import { targetRef } from '../../shared/focus-targets';

/** A link to a draft this browser does not hold (another browser's, or one deleted). */
export function MissingDraft({ id }: { id: string }) {
  const t = useT();
  const openWorkspace = useAppStore((s) => s.openWorkspace);
  return (
    <main ref={targetRef('page-start')} id={MAIN_ID} className="intake" tabIndex={-1}>
      <h2>{t('drafts.missingTitle')}</h2>
      <p dir="auto">{t('drafts.missing', { id })}</p>
      <p className="intake__row">
        <button type="button" onClick={() => openWorkspace({ page: 'drafts' })}>
          {t('drafts.open')}
        </button>
        <button type="button" onClick={() => openWorkspace(null)}>
          {t('author.close')}
        </button>
      </p>
    </main>
  );
}
