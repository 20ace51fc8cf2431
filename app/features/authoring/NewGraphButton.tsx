import { useDrafts } from '../../state/drafts';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';

/** The explorer's way into authoring: "New graph…", and the drafts kept in this browser. */
export function NewGraphButton() {
  const t = useT();
  const openWorkspace = useAppStore((s) => s.openWorkspace);
  const count = useDrafts((s) => Object.keys(s.drafts).length + s.damaged.length);
  return (
    <>
      <button type="button" className="toolbar-button" onClick={() => openWorkspace({ page: 'new' })}>
        {t('author.newGraph')}
      </button>
      {count > 0 && (
        <button type="button" className="toolbar-button" onClick={() => openWorkspace({ page: 'drafts' })}>
          {t('drafts.count', { count })}
        </button>
      )}
    </>
  );
}
