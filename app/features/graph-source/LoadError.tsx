import type { Problem } from '../../domain/validate';
import { useT } from '../../state/hooks';
import { problemSentence } from '../../shared/i18n/problem-sentence';

const SHOWN = 12;

/**
 * The reason a graph could not be opened, in sentences in the reader's language; the
 * technical message and each problem's place in the file wait behind "Details".
 */
export function LoadError({
  title,
  message,
  problems,
  technical,
  children,
}: {
  title: string;
  message: string;
  problems: Problem[];
  technical?: string | undefined;
  children?: React.ReactNode;
}) {
  const t = useT();
  const fileLevel = problems.length === 1 && problems[0]?.path === '$';
  return (
    <div className="load-error" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {problems.length > 0 && (
        <>
          {!fileLevel && <p>{t('app.problems', { count: problems.length })}</p>}
          <ul className="problem-sentences">
            {problems.slice(0, SHOWN).map((p, i) => (
              <li key={`${p.path}-${i}`}>{problemSentence(p, t)}</li>
            ))}
          </ul>
        </>
      )}
      {(problems.length > 0 || technical) && (
        <details className="load-error__details">
          <summary>{t('load.details')}</summary>
          <p>{t('load.technical')}</p>
          {technical && (
            <p dir="ltr" lang="en">
              <code>{technical}</code>
            </p>
          )}
          {problems.length > 0 && (
            <ul className="problem-list" dir="ltr" lang="en">
              {problems.slice(0, SHOWN).map((p, i) => (
                <li key={`${p.path}-${i}`}>
                  <code>{p.path}</code> <span dir="auto">{p.message}</span>
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
      {children}
    </div>
  );
}
