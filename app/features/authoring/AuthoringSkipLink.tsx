import type { MouseEvent } from 'react';
import { MAIN_ID } from '../../shared/ids';
import { useT } from '../../state/hooks';

/**
 * While annotating, the explorer's skip links lead nowhere (no canvas, no list); this one
 * leads to the sentence the user was working in, or to the intake form.
 */
export function AuthoringSkipLink() {
  const t = useT();
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    const target = main?.querySelector<HTMLElement>('.ann-sentence[tabindex="0"]') ?? main?.querySelector<HTMLElement>('textarea, button') ?? null;
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  };
  return (
    <nav className="skip-links" aria-label={t('app.skipLinks')}>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={go}>
        {t('author.skipToArticle')}
      </a>
    </nav>
  );
}
