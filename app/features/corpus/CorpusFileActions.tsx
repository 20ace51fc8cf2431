import { useRef, useState } from 'react';
import { registerAddedGraph } from '../../data/corpus-files';
import { corpusForExport } from '../../domain/corpus/export';
import { addArticle } from '../../domain/corpus/judgements';
import type { Problem } from '../../domain/validate';
import { downloadBlob } from '../../shared/download';
import { useT } from '../../state/hooks';
import { today, type OpenCorpus } from './use-corpus';
import { readGraphFile } from './read-graph-file';
import { problemSentence } from '../../shared/i18n/problem-sentence';

/** Export the corpus with its decisions, and add an exported graph file to it. */
export function CorpusFileActions({ corpus }: { corpus: OpenCorpus }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [date, setDate] = useState(today());
  const [failure, setFailure] = useState<{ name: string; problems: Problem[] } | null>(null);
  const { extras, decide } = corpus;
  return (
    <section className="corpus-section corpus-actions">
      <button
        type="button"
        onClick={() => downloadBlob(new Blob([`${JSON.stringify(corpusForExport(extras.corpus), null, 2)}\n`], { type: 'application/json' }), `${extras.corpus.id}.corpus.json`)}
      >
        {t('corpus.export')}
      </button>
      <label className="corpus-actions__date">
        {t('corpus.addDate')} <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
      </label>
      <button type="button" title={t('corpus.addLabel')} onClick={() => input.current?.click()}>
        {t('corpus.add')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('corpus.addLabel')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          void readGraphFile(file).then((read) => {
            if (!read.ok) {
              setFailure({ name: file.name, problems: read.problems });
              return;
            }
            setFailure(null);
            const path = registerAddedGraph(read.text);
            decide(addArticle(extras.corpus, read.graph, { graph: path, published: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today() }).corpus);
          });
        }}
      />
      {failure && (
        <div role="alert" className="corpus-actions__failure">
          <p>{t('corpus.addFailed', { name: failure.name })}</p>
          <p>{t('loader.kept')}</p>
          <ul>
            {failure.problems.slice(0, 5).map((p, i) => (
              <li key={i} dir="auto">
                {problemSentence(p, t)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
