import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import './language-switch.css';

export function LanguageSwitch() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const failed = useAppStore((s) => s.langFailed);
  const dismiss = useAppStore((s) => s.dismissLangFailed);
  const next = lang === 'ar' ? 'en' : 'ar';
  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        lang={next}
        aria-label={t('header.switchToLabel')}
        title={`${t('header.switchToLabel')} (L)`}
        onClick={() => setLang(next)}
      >
        {t('header.switchTo')}
      </button>
      {failed && (
        <div className="lang-failed" role="alert">
          <p>{t('header.langFailed')}</p>
          <button type="button" onClick={dismiss}>
            {t('loader.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
