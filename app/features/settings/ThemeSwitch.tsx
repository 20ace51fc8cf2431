import { useT } from '../../state/hooks';
import { useAppStore, type Theme } from '../../state/store';

const ORDER: Theme[] = ['system', 'light', 'dark'];
const ICON: Record<Theme, string> = { system: '◐', light: '☀', dark: '☾' };

export function ThemeSwitch() {
  const t = useT();
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const label = theme === 'system' ? t('header.themeSystem') : theme === 'light' ? t('header.themeLight') : t('header.themeDark');
  const next = ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length] ?? 'system';
  return (
    <button type="button" className="toolbar-button icon-button" aria-label={`${t('header.theme')}: ${label}`} title={`${t('header.theme')}: ${label}`} onClick={() => setTheme(next)}>
      <span aria-hidden="true">{ICON[theme]}</span>
    </button>
  );
}
