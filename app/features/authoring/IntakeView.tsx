import { useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { bundledGraphs } from '../../data/bundled-graphs';
import { graphQueryOptions } from '../../data/graph-query';
import { validateGraphText } from '../../domain/validate';
import { useCurrentGraphQuery, useT } from '../../state/hooks';
import { DEFAULT_GRAPH_ID, useAppStore } from '../../state/store';
import { parseAnnotationDoc } from '../../domain/annotation/schema';
import { decompileGraph, isAnnotationDoc, readArticle, type AnnotationDoc, type EditError } from './core';
import { errorMessage } from './messages';
import { cutToSentences, GRAPH_ID, newDoc, slugify } from './new-doc';
import { useAuthoring } from './store';
import { Field } from './FormDialog';

const MAX_BYTES = 10 * 1024 * 1024;

/** An annotation document (`<id>.annotations.json`) opens as it is; null for anything else. */
function readAnnotationDoc(text: string): AnnotationDoc | null {
  try {
    const data: unknown = JSON.parse(text);
    if (!isAnnotationDoc(data)) return null;
    const parsed = parseAnnotationDoc(data);
    return parsed.ok ? parsed.doc : null;
  } catch {
    return null;
  }
}

/** Start a graph: paste, pick or drop an article (or a graph JSON to continue), see it cut. */
export function IntakeView() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const queryClient = useQueryClient();
  const draft = useAuthoring((s) => s.history?.present ?? null);
  const start = useAuthoring((s) => s.start);
  // The graph the explorer shows (a bundled one, a file): it can be reopened for editing too.
  const { data: openGraph } = useCurrentGraphQuery();
  const setMode = useAuthoring((s) => s.setMode);
  const [text, setText] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [id, setId] = useState('');
  const [idTouched, setIdTouched] = useState(false);
  const [source, setSource] = useState('');
  const [error, setError] = useState<EditError | null>(null);
  const [warnings, setWarnings] = useState<EditError[]>([]);
  const [cut, setCut] = useState<ReturnType<typeof cutToSentences> | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = useId();

  const takeText = (raw: string, name?: string) => {
    const read = readArticle(raw, name);
    if (!read.ok) {
      setError(read.error);
      setCut(null);
      return null;
    }
    setError(null);
    setWarnings(read.warnings);
    return read.text;
  };

  const openFile = async (file: File) => {
    setWarnings([]);
    if (file.size > MAX_BYTES) {
      setError({ code: 'too-large', params: { size: file.size } });
      return;
    }
    const buffer = await file.arrayBuffer();
    const looksJson = /\.json$/i.test(file.name);
    if (looksJson) {
      const graphText = new TextDecoder().decode(buffer);
      const annotations = readAnnotationDoc(graphText);
      if (annotations) {
        start(annotations);
        return;
      }
      const checked = validateGraphText(graphText);
      if (checked.ok) {
        start(decompileGraph(checked.graph));
        return;
      }
      const first = checked.problems[0];
      setError({ code: 'not-a-graph', params: { name: file.name, problem: first ? `${first.path} ${first.message}` : '' } });
      return;
    }
    const read = readArticle(buffer, file.name);
    if (!read.ok) {
      setError({ ...read.error, params: { ...read.error.params, name: file.name } });
      setCut(null);
      return;
    }
    setError(null);
    setWarnings(read.warnings);
    setText(read.text);
    setSource((s) => s || file.name);
    setCut(cutToSentences(read.text));
  };

  const doCut = () => {
    const clean = takeText(text);
    if (clean !== null) setCut(cutToSentences(clean));
  };

  const create = async () => {
    const clean = takeText(text);
    if (clean === null) return;
    const graphId = idTouched ? id : slugify(titleEn) || 'new-graph';
    if (!GRAPH_ID.test(graphId)) {
      setError({ code: 'bad-graph-id', params: { id: graphId } });
      return;
    }
    if (bundledGraphs.some((g) => g.id === graphId)) {
      setError({ code: 'duplicate-id', params: { id: graphId } });
      return;
    }
    const vocabulary = await queryClient.fetchQuery(graphQueryOptions({ kind: 'bundled', id: DEFAULT_GRAPH_ID }));
    start(newDoc({ id: graphId, text: clean, titleEn, source: source.trim() || t('author.pastedSource'), vocabulary }));
  };

  const shownId = idTouched ? id : slugify(titleEn);
  return (
    <main
      id="graph-main"
      className={`intake${dragging ? ' intake--dragging' : ''}`}
      tabIndex={-1}
      onDragOver={(e) => {
        if ([...e.dataTransfer.types].includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) void openFile(file);
      }}
    >
      <h2>{t('author.intakeTitle')}</h2>
      {draft && (
        <section className="intake__draft" aria-labelledby={`${ids}-draft`}>
          <h3 id={`${ids}-draft`}>{t('author.draftSaved')}</h3>
          <p dir="auto">
            {t('author.draftSummary', { title: draft.article.title[lang], entities: draft.entities.length, relations: draft.relations.length })}
          </p>
          <button type="button" onClick={() => setMode('annotate')}>
            {t('author.continueDraft')}
          </button>
          <p className="muted">{t('author.replaceWarning')}</p>
        </section>
      )}
      {openGraph && (
        <p>
          <button type="button" onClick={() => start(decompileGraph(openGraph))}>
            {t('author.editOpen', { id: openGraph.id })}
          </button>
        </p>
      )}
      <p>{t('author.intakeHint')}</p>
      <label htmlFor={`${ids}-text`}>{t('author.pasteLabel')}</label>
      <textarea id={`${ids}-text`} dir="auto" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="intake__row">
        <button type="button" onClick={() => fileRef.current?.click()}>
          {t('author.chooseFile')}
        </button>
        <span className="muted">{t('author.dropHint')}</span>
        <input
          ref={fileRef}
          type="file"
          hidden
          accept=".txt,.md,.json,text/plain,application/json"
          data-testid="article-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void openFile(file);
          }}
        />
      </div>
      <div className="intake__fields">
        <Field label={t('author.titleEn')}>
          <input type="text" dir="ltr" lang="en" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />
        </Field>
        <Field label={t('author.graphId')} hint={t('author.graphIdHint')}>
          <input
            type="text"
            dir="ltr"
            value={shownId}
            onChange={(e) => {
              setIdTouched(true);
              setId(e.target.value);
            }}
          />
        </Field>
        <Field label={t('author.source')}>
          <input type="text" dir="auto" value={source} onChange={(e) => setSource(e.target.value)} />
        </Field>
      </div>
      <div role="alert" className="intake__error">
        {error && <p>{errorMessage(t, error)}</p>}
      </div>
      <div role="status">
        {warnings.map((w) => (
          <p key={w.code} className="intake__warning">
            {errorMessage(t, w)}
          </p>
        ))}
      </div>
      <div className="intake__row">
        <button type="button" onClick={doCut}>
          {t('author.cut')}
        </button>
        <button type="button" className="primary" onClick={() => void create()}>
          {t('author.create')}
        </button>
      </div>
      {cut && (
        <section aria-labelledby={`${ids}-cut`}>
          <h3 id={`${ids}-cut`}>{t('author.cutResult', { count: cut.sentences.length })}</h3>
          <ol className="intake__sentences">
            {cut.sentences.map((s, i) => (
              <li key={s.id}>
                <span className="muted">{t(`details.sentenceRole.${s.role}`, { n: i - (cut.sentences.length - cut.sentences.filter((x) => x.role === 'body').length) + 1 })}</span>{' '}
                <span dir="auto">{s.text}</span>
              </li>
            ))}
          </ol>
          {cut.furniture.length > 0 && (
            <p className="muted" dir="auto">
              {t('author.furniture', { lines: cut.furniture.join(' · ') })}
            </p>
          )}
        </section>
      )}
    </main>
  );
}
