import { memo, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { AnnotationSentence as DocSentence } from '../../domain/annotation/schema';
import type { Mark, Segment } from '../../domain/text-segments';
import { wrapRuns, type Wrap } from './sentence-runs';

/** A mention as drawn: its entity's type look, its name, and whether it is lit. */
export interface MentionView extends Wrap {
  kind: 'mention';
  entity: string;
  /** "روسيا: Russia (Country)": the accessible name, and the tooltip at the caret. */
  name: string;
  /** The entity's label: the tooltip on hover. */
  title: string;
  color: string;
  underline: string;
  marker: string;
}

/** A proposed mention as drawn: dim and dashed in its entity type's colour. */
export interface ProposalView extends Wrap {
  kind: 'proposal';
  name: string;
  color: string;
  marker: string;
}

export type ProposalVerdict = 'accept' | 'reject';

const NO_MENTIONS: readonly MentionView[] = [];
const NO_PROPOSALS: readonly ProposalView[] = [];
const NO_KEYS: readonly string[] = [];
const NO_HINTS: ReadonlyMap<string, string> = new Map();

function lookStyle(color: string, underline?: string): CSSProperties {
  return { '--type-color': color, ...(underline ? { '--type-line': underline } : {}) } as CSSProperties;
}

function segmentClass(s: Segment): string {
  return `seg${s.evidence ? ' seg--evidence' : ''}${s.selected ? ' seg--selected' : ''}`;
}

/**
 * One sentence as a selection surface. Its text element holds the sentence's text and
 * nothing else (the caret is an empty element, markers are drawn by CSS), so a DOM point
 * maps to an offset by the length of the text before it.
 */
export const AnnotatableSentence = memo(function AnnotatableSentence({
  sentence,
  label,
  marks,
  mentions = NO_MENTIONS,
  proposals = NO_PROPOSALS,
  onProposal,
  registerMention,
  litEntity = null,
  marked = NO_KEYS,
  hints = NO_HINTS,
  caretMention = null,
  caretProposal = null,
  selection,
  caret,
  current,
  dir,
  lang,
  describedBy,
}: {
  sentence: DocSentence;
  label: string;
  marks: readonly Mark[];
  mentions?: readonly MentionView[];
  proposals?: readonly ProposalView[];
  onProposal?: (key: string, verdict: ProposalVerdict) => void;
  registerMention?: (key: string, element: HTMLElement | null) => void;
  /** The selected entity, whose mentions are lit. */
  litEntity?: string | null;
  /** The mentions marked as a relation's source and target. */
  marked?: readonly string[];
  /** The number a mention is picked by as a relation's end, by mention key. */
  hints?: ReadonlyMap<string, string>;
  /** The mention the keyboard caret is on, in this sentence. */
  caretMention?: string | null;
  /** The suggestion the keyboard caret is on, in this sentence. */
  caretProposal?: string | null;
  selection: { start: number; end: number } | null;
  caret: number | null;
  current: boolean;
  dir: 'rtl' | 'ltr';
  lang: string;
  describedBy: string;
}) {
  const runs = wrapRuns<MentionView | ProposalView>(sentence.text, marks, [...mentions, ...proposals], selection ?? (caret !== null ? { start: caret, end: caret } : null));
  const labelId = `ann-label-${sentence.id}`;
  const segment = (s: Segment) => (
    <span key={s.start}>
      {caret === s.start && <span className="ann-caret" aria-hidden="true" />}
      <span className={segmentClass(s)}>{s.text}</span>
    </span>
  );
  const onProposalKey = (key: string) => (event: KeyboardEvent<HTMLElement>) => {
    const verdict: ProposalVerdict | null = event.key === 'Enter' ? 'accept' : event.key === 'Delete' || event.key === 'Backspace' ? 'reject' : null;
    if (!verdict || !onProposal) return;
    event.preventDefault();
    event.stopPropagation();
    onProposal(key, verdict);
  };
  const wrapped = (w: MentionView | ProposalView, children: ReactNode, first: number) =>
    w.kind === 'mention' ? (
      <span
        key={`${w.key}@${first}`}
        ref={(element) => registerMention?.(w.key, element)}
        className={`ann-m seg--mention${w.entity === litEntity ? ' ann-m--lit' : ''}${marked.includes(w.key) ? ' ann-m--marked' : ''}${w.key === caretMention ? ' ann-m--caret' : ''}`}
        role="button"
        tabIndex={-1}
        aria-label={w.name}
        aria-pressed={w.entity === litEntity}
        title={w.title}
        data-tip={w.name}
        data-marker={w.marker}
        data-hint={hints.get(w.key)}
        data-mention={w.key}
        style={lookStyle(w.color, w.underline)}
      >
        {children}
      </span>
    ) : (
      <span
        key={`${w.key}@${first}`}
        className={`ann-p${w.key === caretProposal ? ' ann-p--caret' : ''}`}
        role="button"
        tabIndex={-1}
        aria-label={w.name}
        title={w.name}
        data-tip={w.name}
        data-marker={w.marker}
        style={lookStyle(w.color)}
        onKeyDown={onProposalKey(w.key)}
      >
        {children}
      </span>
    );
  return (
    <li className="ann-row">
      <span className="ann-row__label" id={labelId}>
        {label}
      </span>
      <div
        className="ann-sentence"
        role="group"
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        tabIndex={current ? 0 : -1}
        data-sentence={sentence.id}
        dir={dir}
        lang={lang}
      >
        <span className="ann-text" data-sentence={sentence.id}>
          {runs.map((run) => (run.wrap ? wrapped(run.wrap, run.segments.map(segment), run.segments[0]?.start ?? 0) : run.segments.map(segment)))}
          {caret === sentence.text.length && <span className="ann-caret" aria-hidden="true" />}
        </span>
      </div>
      {sentence.en && (
        <p className="ann-row__en" dir="ltr" lang="en">
          {sentence.en}
        </p>
      )}
    </li>
  );
});
