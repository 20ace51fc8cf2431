import { useMemo, useRef } from 'react';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { AnnotatableSentence } from './AnnotatableSentence';
import { moveCaret } from './caret';
import { locateSpan } from '../../domain/annotation/spans';
import { articleText } from '../../domain/text-direction';
import type { AnnotationDoc } from '../../domain/annotation/schema';
import type { Proposal } from '../../domain/annotation/proposals';
import { useDoc } from './doc-hooks';
import { bodyNumbers } from '../../domain/sentence-roles';
import type { Mark } from '../../domain/text-segments';
import { sentenceRoleLabel } from '../../shared/i18n/sentence-role';
import { spanRange, useAuthoring } from './store';

/** One shared empty list, so unmarked sentences keep equal props and skip re-rendering. */
const NO_MARKS: readonly Mark[] = [];

/** Where a DOM point falls in a sentence's text, by the length of the text before it. */
function pointOffset(node: Node | null, offset: number): { sentence: string; offset: number } | null {
  const element = node instanceof Element ? node : node?.parentElement;
  const text = element?.closest<HTMLElement>('.ann-text');
  if (!node || !text?.dataset.sentence) return null;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(node, offset);
  return { sentence: text.dataset.sentence, offset: range.toString().length };
}

function marksBySentence(doc: AnnotationDoc, lang: 'ar' | 'en'): Map<string, Mark[]> {
  const texts = new Map(doc.sentences.map((s) => [s.id, s.text]));
  const out = new Map<string, Mark[]>();
  const add = (sentence: string, mark: Mark) => out.set(sentence, [...(out.get(sentence) ?? []), mark]);
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      const at = locateSpan(texts.get(m.sentence) ?? '', m);
      if (at) add(m.sentence, { ...at, kind: 'mention', title: e.label[lang] });
    }
  }
  for (const r of doc.relations) {
    for (const ev of r.evidence) {
      const at = locateSpan(texts.get(ev.sentence) ?? '', ev);
      if (at) add(ev.sentence, { ...at, kind: 'evidence', title: r.id });
    }
  }
  return out;
}

/** The article as a list of selection surfaces: one tab stop, arrows move inside and between. */
export function SentenceList({
  keysHelpId,
}: {
  keysHelpId: string;
  /** Spans offered as mentions, drawn dim in the text; accepted or rejected through `onProposal`. */
  proposals: readonly Proposal[];
  onProposal: (key: string, verdict: 'accept' | 'reject') => void;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const span = useAuthoring((s) => s.span);
  const setSpan = useAuthoring((s) => s.setSpan);
  const setNotice = useAuthoring((s) => s.setNotice);
  const current = useAuthoring((s) => s.current);
  const listRef = useRef<HTMLOListElement>(null);
  const marks = useMemo(() => marksBySentence(doc, lang), [doc, lang]);
  const { dir } = articleText(doc.article);
  // One tab stop, on a sentence that exists (a merge may have removed the last one used).
  const currentId = [span?.sentence, current].find((id) => id && doc.sentences.some((x) => x.id === id)) ?? doc.sentences[0]?.id;
  const range = spanRange(span);

  const focusSentence = (id: string) => listRef.current?.querySelector<HTMLElement>(`.ann-sentence[data-sentence="${CSS.escape(id)}"]`)?.focus();

  const onKeyDown = (event: React.KeyboardEvent<HTMLOListElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('.ann-sentence');
    const id = target?.dataset.sentence;
    const index = doc.sentences.findIndex((s) => s.id === id);
    const sentence = doc.sentences[index];
    if (!target || !id || !sentence) return;
    const here = span?.sentence === id ? span : { sentence: id, anchor: 0, focus: 0 };
    const text = sentence.text;
    const move = (focus: number) => setSpan(event.shiftKey ? { ...here, focus } : { sentence: id, anchor: focus, focus });
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        const forward = (event.key === 'ArrowLeft') === (dir === 'rtl');
        move(moveCaret(text, here.focus, forward, event.altKey ? 'char' : 'word', event.shiftKey));
        break;
      }
      case 'Home':
        move(0);
        break;
      case 'End':
        move(text.length);
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        const next = doc.sentences[index + (event.key === 'ArrowUp' ? -1 : 1)];
        if (!next) return;
        setSpan({ sentence: next.id, anchor: 0, focus: 0 });
        focusSentence(next.id);
        break;
      }
      case 'Escape':
        if (!span) return;
        setSpan(null);
        break;
      case 'Enter':
        document.getElementById('ann-first-action')?.focus();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const onMouseUp = () => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const a = pointOffset(selection.anchorNode, selection.anchorOffset);
    const f = pointOffset(selection.focusNode, selection.focusOffset);
    if (!a && !f) return;
    if (!a || !f || a.sentence !== f.sentence) {
      setNotice({ kind: 'error', error: { code: 'span-crosses-sentences' } });
      setSpan(null);
    } else {
      setNotice(null);
      setSpan({ sentence: a.sentence, anchor: a.offset, focus: f.offset });
    }
    // The span is drawn by the app from here on; the browser's highlight would double it.
    if (!selection.isCollapsed) selection.removeAllRanges();
  };

  const numbers = useMemo(() => bodyNumbers(doc.sentences), [doc.sentences]);
  return (
    <ol className="ann-list" ref={listRef} onKeyDown={onKeyDown} onMouseUp={onMouseUp}>
      {doc.sentences.map((s) => {
        const here = span?.sentence === s.id ? span : null;
        return (
          <AnnotatableSentence
            key={s.id}
            sentence={s}
            label={sentenceRoleLabel(t, s, numbers.get(s.id) ?? 0)}
            marks={marks.get(s.id) ?? NO_MARKS}
            selection={range?.sentence === s.id ? range : null}
            caret={here && here.anchor === here.focus ? here.focus : null}
            current={s.id === currentId}
            dir={dir}
            lang={doc.article.lang}
            describedBy={keysHelpId}
          />
        );
      })}
    </ol>
  );
}
