import { useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { bundledGraphs } from '../../data/bundled-graphs';
import { graphQueryOptions } from '../../data/graph-query';
import { useDrafts } from '../../state/drafts';
import { useCurrentGraphQuery, useT } from '../../state/hooks';
import { DEFAULT_GRAPH_ID } from '../../state/store';
import { decompileGraph } from '../../domain/annotation/compile';
import { readArticle } from '../../domain/annotation/intake';
import type { EditError } from '../../domain/annotation/schema';
import { CutPreview, DraftsLink } from './IntakeParts';
import { readIntakeFile } from './read-intake-file';
import { refusalMessage, type Refusal } from './messages';
import { KEBAB_ID as GRAPH_ID, toKebab as slugify } from '../../domain/ids';
import { cutToSentences, newDoc } from './new-doc';
import { useStartDraft } from './doc-hooks';
import { Field } from './FormDialog';
import { MAIN_ID } from '../../shared/ids';
import { targetRef } from '../../shared/focus-targets';

/** Start a graph: paste, pick or drop an article (or a graph JSON to continue), see it cut. */
export function IntakeView() {
  const t = useT();
  const queryClient = useQueryClient();
  const start = useStartDraft();
  // The graph the explorer shows (a bundled one, a file): it can be reopened for editing too.
  const { data: openGraph } = useCurrentGraphQuery();
  // Kept with the drafts until the draft is created: a reload or a closed tab loses nothing.
  const intake = useDrafts((s) => s.intake);
  const setIntake = useDrafts((s) => s.setIntake);
  const { text, titleEn } = intake;
  const setText = (value: string) => setIntake({ ...useDrafts.getState().intake, text: value });
  const setTitleEn = (value: string) => setIntake({ ...useDrafts.getState().intake, titleEn: value });
  const [id, setId] = useState('');
  const [idTouched, setIdTouched] = useState(false);
  const [source, setSource] = useState('');
  const [error, setError] = useState<Refusal | null>(null);
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
    const read = await readIntakeFile(file);
    if (read.kind === 'doc') {
      start(read.doc);
      return;
    }
    if (read.kind === 'refused') {
      setError(read.error);
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
    let vocabulary;
    try {
      // The new graph speaks the bundled graph's vocabulary (node and relation types).
      vocabulary = await queryClient.fetchQuery(graphQueryOptions({ kind: 'bundled', id: DEFAULT_GRAPH_ID }));
    } catch {
      setError({ code: 'no-vocabulary' });
      return;
    }
    start(newDoc({ id: graphId, text: clean, titleEn, source: source.trim() || t('author.pastedSource'), vocabulary }));
  };

  const shownId = idTouched ? id : slugify(titleEn);
  return (
    <main
      id={MAIN_ID}
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
      <DraftsLink />
      {openGraph && (
        <p>
          <button type="button" onClick={() => start(decompileGraph(openGraph))}>
            {t('author.editOpen', { id: openGraph.id })}
          </button>
        </p>
      )}
      <p>{t('author.intakeHint')}</p>
      <label htmlFor={`${ids}-text`}>{t('author.pasteLabel')}</label>
      <textarea ref={targetRef('page-start')} id={`${ids}-text`} dir="auto" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
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
        {error && <p>{refusalMessage(t, error)}</p>}
      </div>
      <div role="status">
        {warnings.map((w) => (
          <p key={w.code} className="intake__warning">
            {refusalMessage(t, w)}
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
      {cut && <CutPreview cut={cut} />}
    </main>
  );
}
