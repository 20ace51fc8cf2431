import type { MouseEvent } from 'react';
import { MAIN_ID } from '../../shared/ids';
import { targetElement } from '../../shared/focus-targets';
import { useT } from '../../state/hooks';

/**
 * While annotating, the explorer's skip links lead nowhere (no canvas, no list); this one
 * leads to the sentence the user was working in, or to the intake form.
 */
export function AuthoringSkipLink() {
  const t = useT();
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    // The hash is the app's route: following the href would leave the workspace.
    event.preventDefault();
    const target = targetElement('annotation-text') ?? targetElement('page-start');
    if (!target) return;
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
