import { useState } from 'react';
import { useGraphIndex, useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { publishedLine, translationLine } from '../../shared/article-about';

/**
 * "About this article": outlet, date and link where the file gives them, and whether the
 * text is a machine translation. Its body is made when it is opened: naming languages
 * (Intl.DisplayNames) loads locale data, which the page's first frame need not wait for.
 */
export function AboutArticle() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="about-article" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('about.summary')}</summary>
      {open && <AboutBody />}
    </details>
  );
}

function AboutBody() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const index = useGraphIndex();
  if (!index) return null;
  const { article } = index.graph;
  const translation = translationLine(article, lang, t);
  return (
    <div className="about-article__body">
      <p>
        {publishedLine(article, lang, t)}
        {article.url && (
          <>
            {' '}
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              {t('about.link')}
            </a>
          </>
        )}
      </p>
      {translation && <p>{translation}</p>}
    </div>
  );
}
