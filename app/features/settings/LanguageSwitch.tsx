import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import './language-switch.css';

export function LanguageSwitch() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const next = lang === 'ar' ? 'en' : 'ar';
  return (
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
  );
}

/**
 * Says that the other language could not be downloaded. Outside the header's tools, which
 * fold behind "More tools" on a phone, so it shows however the switch was asked for.
 */
export function LanguageFailedNotice() {
  const t = useT();
  const failed = useAppStore((s) => s.langFailed);
  const dismiss = useAppStore((s) => s.dismissLangFailed);
  if (!failed) return null;
  return (
    <div className="lang-failed" role="alert">
      <p>{t('header.langFailed')}</p>
      <button type="button" onClick={dismiss}>
        {t('loader.dismiss')}
      </button>
    </div>
  );
}
