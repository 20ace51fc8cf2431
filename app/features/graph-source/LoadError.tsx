import type { Problem } from '../../domain/validate';
import { useT } from '../../state/hooks';

const SHOWN = 12;

/** The reason a graph could not be opened: a message and the first problems with paths. */
export function LoadError({ title, message, problems, children }: { title: string; message: string; problems: Problem[]; children?: React.ReactNode }) {
  const t = useT();
  return (
    <div className="load-error" role="alert">
      <h2>{title}</h2>
      <p dir="auto">{message}</p>
      {problems.length > 0 && (
        <>
          <p>{t('app.problems', { count: problems.length })}</p>
          <ul className="problem-list">
            {problems.slice(0, SHOWN).map((p, i) => (
              <li key={`${p.path}-${i}`}>
                <code dir="ltr">{p.path}</code> <span dir="auto">{p.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {children}
    </div>
  );
}
