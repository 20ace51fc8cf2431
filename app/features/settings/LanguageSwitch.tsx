import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';

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
