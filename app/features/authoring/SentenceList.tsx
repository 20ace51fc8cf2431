import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../../state/hooks';
import { useDraftLocks } from '../../state/draft-lock';
import { useAppStore } from '../../state/store';
import { AnnotatableSentence, type MentionView, type ProposalVerdict, type ProposalView } from './AnnotatableSentence';
import { moveCaret, wordAt, withoutClitics } from './caret';
import { articleText } from '../../domain/text-direction';
import type { Proposal } from '../../domain/annotation/proposals';
import { groupProposals } from '../../domain/annotation/propose';
import { entityById, useDoc, useDraftId } from './doc-hooks';
import { bodyNumbers } from '../../domain/sentence-roles';
import type { Mark } from '../../domain/text-segments';
import { sentenceRoleLabel } from '../../shared/i18n/sentence-role';
import { spanRange, useAuthoring } from './store';
import { focusTarget, targetRef } from '../../shared/focus-targets';
import { useMarkAll } from './use-proposals';
import { knownNames, mentionAtCaret, paletteIndex, type MentionAt } from './text-annotation';
import { paletteKeyIndex } from '../../domain/annotation/palette-keys';
import { nextGroupStart, nextProposal, relationCandidates } from './text-keys';
import { TextDerivations } from './text-derivations';
import { useTextPick } from './text-store';
import { lookOf, typeLooks } from './type-look';
import { useAttribute, useMarkMention, useQuickEntity } from './use-text-actions';
import { useRelateWords } from './use-relate-words';
import { RelationArcs, type Versions } from './RelationArcs';
import { bySentence, StableLists } from './sentence-cache';
import { useNearSentences } from './use-near-sentences';

/** A sentence's element in the list, by its id (compared as data, so no id needs escaping). */
function sentenceIn(list: HTMLElement | null, id: string): HTMLElement | undefined {
  return [...(list?.querySelectorAll<HTMLElement>('.ann-sentence') ?? [])].find((element) => element.dataset.sentence === id);
}

/** One shared empty list, so unmarked sentences keep equal props and skip re-rendering. */
const NO_MARKS: readonly Mark[] = [];
const NO_MENTIONS: readonly MentionView[] = [];
const NO_PROPOSALS: readonly ProposalView[] = [];
const NO_KEYS: readonly string[] = [];
const NO_HINTS: ReadonlyMap<string, string> = new Map();

/** What the rest of the annotation view may ask of the text: focus, and whether the selection is in view. */
export interface TextHandle {
  focusCurrent: () => void;
  /** Whether the selected words are on screen (false when scrolled away or when there are none). */
  spanVisible: () => boolean;
}

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

function mentionUnder(target: EventTarget | null): string | undefined {
  return target instanceof Element ? target.closest<HTMLElement>('[data-mention]')?.dataset.mention : undefined;
}

/**
 * A press on a mention or a suggestion must start a text selection like a press on any
 * other words. Chromium focuses a focusable span on mousedown and then does not extend the
 * selection from it (it collapses at the span's start and ignores the drag), in either
 * interface language. So for the length of a mouse press the span is not focusable: the
 * press focuses the sentence and selects as usual; afterwards it is focusable again, so
 * the keyboard and assistive technology can still reach it.
 */
function unfocusableForThisPress(target: EventTarget | null): void {
  const span = target instanceof Element ? target.closest<HTMLElement>('.ann-text [tabindex]') : null;
  if (!span) return;
  const tabIndex = span.getAttribute('tabindex') ?? '-1';
  span.removeAttribute('tabindex');
  const restore = () => {
    window.removeEventListener('pointerup', restore, true);
    window.removeEventListener('pointercancel', restore, true);
    span.setAttribute('tabindex', tabIndex);
  };
  window.addEventListener('pointerup', restore, true);
  window.addEventListener('pointercancel', restore, true);
}

/** The proposal of `list` under a caret in a sentence, if any. */
function proposalIn(list: readonly Proposal[], sentence: string, caret: number): Proposal | undefined {
  return list.find((p) => p.sentence === sentence && p.start <= caret && caret < p.end);
}

/** Each proposal's group in the Proposals panel, by key. */
function groupKeysOf(list: readonly Proposal[]): Map<string, string> {
  return new Map(groupProposals(list).flatMap((g) => g.items.map((p) => [p.key, g.key] as const)));
}

/**
 * The article as a list of selection surfaces: one tab stop, arrows move inside and
 * between sentences; mentions coloured by type, proposals dim, relations as arcs.
 */
export function SentenceList({
  keysHelpId,
  proposals,
  proposalsNow = () => proposals,
  onProposal,
  acceptAll,
  findRef,
  ref,
}: {
  keysHelpId: string;
  proposals: readonly Proposal[];
  /** The proposals of the document as it is now (`proposals` is derived a frame after each step). */
  proposalsNow?: () => readonly Proposal[];
  onProposal: (key: string, verdict: ProposalVerdict) => void;
  /** Accept several proposals at once (one undo step). */
  acceptAll: (keys: readonly string[]) => void;
  /** The "mention of" search, which M moves to. */
  findRef: RefObject<HTMLInputElement | null>;
  ref?: Ref<TextHandle>;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const span = useAuthoring((s) => s.span);
  const setSpan = useAuthoring((s) => s.setSpan);
  const setNotice = useAuthoring((s) => s.setNotice);
  const current = useAuthoring((s) => s.current);
  const picked = useTextPick((s) => s.entity);
  const source = useTextPick((s) => s.source);
  const target = useTextPick((s) => s.target);
  const choosing = useTextPick((s) => s.choosing);
  const chooseSource = useTextPick((s) => s.chooseSource);
  const setFindFor = useAuthoring((s) => s.setFindFor);
  const setFinderMarks = useAuthoring((s) => s.setFinderMarks);
  const selectEntity = useTextPick((s) => s.selectEntity);
  const cancelRelation = useTextPick((s) => s.cancelRelation);
  const quickEntity = useQuickEntity();
  const markMention = useMarkMention();
  const markAll = useMarkAll();
  const attribute = useAttribute();
  const relateWords = useRelateWords();
  const listRef = useRef<HTMLOListElement>(null);
  const downMention = useRef<string | undefined>(undefined);
  const elements = useRef(new Map<string, HTMLElement>());
  // What a step left alone is not derived again (per entity and relation), and sentences it left alone
  // get last step's lists back, so they skip re-rendering.
  const [caches] = useState(() => ({
    derived: new TextDerivations(),
    marks: new StableLists<Mark>(),
    mentions: new StableLists<MentionView>(),
    proposals: new StableLists<ProposalView>(),
  }));
  const marks = useMemo(() => caches.marks.update(bySentence(caches.derived.evidence(doc), ({ sentence: _, ...mark }) => mark)), [doc, caches]);
  const resolved = useMemo(() => caches.derived.mentions(doc), [doc, caches]);
  const mentions = resolved.all;
  const nodeTypes = doc.nodeTypes;
  const looks = useMemo(() => typeLooks({ nodeTypes }, lang), [nodeTypes, lang]);
  const { dir } = articleText(doc.article);
  // One tab stop, on a sentence that exists (a merge may have removed the last one used).
  const currentId = [span?.sentence, current].find((id) => id && doc.sentences.some((x) => x.id === id)) ?? doc.sentences[0]?.id;
  const range = spanRange(span);
  const caretAt = span && span.anchor === span.focus ? span : null;
  const underCaret = caretAt ? mentionAtCaret(mentions, caretAt.sentence, caretAt.focus) : null;

  const mentionViews = useMemo(() => {
    const texts = caches.derived.sentenceTexts(doc.sentences).text;
    const views = caches.derived.mentionViews(doc, resolved.ofEntity, [looks, lang, t], (e, m): MentionView & { sentence: string } => {
      const look = lookOf(looks, e.type);
      const quote = texts.get(m.sentence)?.slice(m.start, m.end) ?? '';
      const label = e.label[lang];
      return {
        sentence: m.sentence,
        kind: 'mention',
        key: m.key,
        entity: m.entity,
        start: m.start,
        end: m.end,
        title: label,
        name: label === quote ? `${label} (${look.label})` : t('ann.mentionName', { quote, label, type: look.label }),
        color: look.color,
        underline: look.underline,
        marker: look.marker,
      };
    });
    return caches.mentions.update(bySentence(views, ({ sentence: _, ...view }) => view));
  }, [doc, resolved, looks, lang, t, caches]);
  const markedKeys = useMemo(() => [source?.key, target?.key].filter((k): k is string => k !== undefined), [source, target]);
  /** The sentences with a mention of the selected entity, or with a marked mention: only they show it. */
  const litIn = useMemo(() => new Set(mentions.filter((m) => m.entity === picked).map((m) => m.sentence)), [mentions, picked]);
  const markedIn = useMemo(() => new Set([source?.sentence, target?.sentence]), [source, target]);
  /** The mentions a relation's other end (or, with R on no mention, its source) is picked from by number. */
  const candidates = useMemo(() => {
    if (choosing) return relationCandidates(mentions, doc.sentences, choosing);
    return source && !target ? relationCandidates(mentions, doc.sentences, source.sentence, source.entity) : [];
  }, [choosing, source, target, mentions, doc.sentences]);
  /** Each candidate's number, by sentence, drawn on its name in the text. */
  const hints = useMemo(() => {
    const out = new Map<string, Map<string, string>>();
    candidates.forEach((m, i) => {
      const inSentence = out.get(m.sentence) ?? new Map<string, string>();
      inSentence.set(m.key, String((i + 1) % 10));
      out.set(m.sentence, inSentence);
    });
    return out;
  }, [candidates]);

  const proposalViews = useMemo(
    () =>
      caches.proposals.update(
        bySentence(proposals, (p): ProposalView => {
          const look = lookOf(looks, p.entity.type);
          const named = t(p.part ? 'ann.proposalPartName' : 'ann.proposalName', { label: p.entity.label[lang], type: look.label });
          // The words shown are part of the name (voice control says them), as a mention's are.
          const name = named.includes(p.quote) ? named : t('ann.proposalQuoted', { quote: p.quote, name: named });
          return { kind: 'proposal', key: p.key, start: p.start, end: p.end, name, color: look.color, marker: look.marker };
        }),
      ),
    [proposals, looks, lang, t, caches],
  );
  // One callback for every sentence whatever the proposals, so a new list of them re-renders only the sentences it changes.
  const latestOnProposal = useRef(onProposal);
  useLayoutEffect(function keepLatestOnProposal() {
    latestOnProposal.current = onProposal;
  });
  const decideProposal = useCallback((key: string, verdict: ProposalVerdict) => latestOnProposal.current(key, verdict), []);

  const ends = useMemo(() => caches.derived.ends(doc, resolved.ofEntity, (id) => entityById(doc, id)), [doc, resolved, caches]);
  const registerMention = useCallback((key: string, element: HTMLElement | null) => {
    if (element) elements.current.set(key, element);
  }, []);
  const near = useNearSentences(listRef, doc.sentences);
  const versions = useCallback((id: string): Versions => [mentionViews.get(id), proposalViews.get(id)], [mentionViews, proposalViews]);

  useEffect(
    function forgetPicksOfOtherDraft() {
      return () => useTextPick.getState().reset();
    },
    [doc.id],
  );

  const sentenceElement = (id: string) => sentenceIn(listRef.current, id);
  const focusSentence = (id: string) => sentenceElement(id)?.focus();

  useImperativeHandle(ref, () => ({
    focusCurrent: () => {
      const id = useAuthoring.getState().span?.sentence ?? useAuthoring.getState().current ?? doc.sentences[0]?.id;
      if (id) focusSentence(id);
    },
    spanVisible: () => {
      const selected = useAuthoring.getState().span;
      const element = selected && sentenceElement(selected.sentence);
      if (!element) return false;
      const box = element.getBoundingClientRect();
      const scroller = element.closest('.annotate__text')?.getBoundingClientRect();
      const top = Math.max(0, scroller?.top ?? 0);
      const bottom = Math.min(window.innerHeight, scroller?.bottom ?? window.innerHeight);
      return box.bottom > top && box.top < bottom;
    },
  }));

  const proposalAt = (sentence: string, caret: number) => proposalIn(proposals, sentence, caret);
  const caretProposal = caretAt ? proposalAt(caretAt.sentence, caretAt.focus) : undefined;

  const sentenceOrder = useMemo(() => new Map(doc.sentences.map((s, i) => [s.id, i])), [doc.sentences]);
  /** Put the caret on a mark (a proposal, a mention) and the focus in its sentence. */
  const caretOnto = (mark: { sentence: string; start: number }, from: string) => {
    setSpan({ sentence: mark.sentence, anchor: mark.start, focus: mark.start });
    if (mark.sentence !== from) focusSentence(mark.sentence);
  };

  /** Every marked name and suggestion in reading order: where N and Shift+N stop. */
  const stops = useMemo(() => {
    const order = new Map(doc.sentences.map((s, i) => [s.id, i]));
    const all = [...mentions, ...proposals].map((m) => ({ sentence: m.sentence, index: order.get(m.sentence) ?? 0, start: m.start }));
    return all.sort((a, b) => a.index - b.index || a.start - b.start);
  }, [doc.sentences, mentions, proposals]);

  /** Move the caret to the start of the next (or previous) mark, in this sentence or another. */
  const hop = (index: number, at: number, forward: boolean): boolean => {
    const after = (m: { index: number; start: number }) => m.index > index || (m.index === index && m.start > at);
    const before = (m: { index: number; start: number }) => m.index < index || (m.index === index && m.start < at);
    const next = forward ? stops.find(after) : stops.findLast(before);
    if (!next) {
      setNotice({ kind: 'error', error: { code: 'no-mark-ahead' } });
      return false;
    }
    setSpan({ sentence: next.sentence, anchor: next.start, focus: next.start });
    if (next.index !== index) focusSentence(next.sentence);
    return true;
  };

  /** The entity the caret is on (a mention's), else the one chosen; null with a notice when none. */
  const entityHere = (sentence: string, at: number): string | null => {
    const entity = mentionAtCaret(mentions, sentence, at)?.entity ?? useTextPick.getState().entity;
    if (!entity) setNotice({ kind: 'error', error: { code: 'no-entity-here' } });
    return entity;
  };

  /** The Proposals panel's group of each proposal, by key: the caret walks them as the panel lists them. */
  const groupKeys = useMemo(() => groupKeysOf(proposals), [proposals]);

  /**
   * The proposals a key walks, with the Proposals panel's group of each: the ones drawn,
   * or, within the frame after a step (before they are derived again), the document's
   * as it is now, so a quick second key does not go back to what the first one took.
   */
  const walk = () => {
    const list = proposalsNow();
    const keys = list === proposals ? groupKeys : groupKeysOf(list);
    return { list, groupOf: (p: Proposal) => keys.get(p.key) ?? p.entity.id };
  };
  type Walk = ReturnType<typeof walk>;

  /** After the step's own notice, the status says whose proposals the caret went on to (the text does not move the focus to say it). */
  const sayNext = (next: Proposal, { list, groupOf }: Walk) => {
    const { notice } = useAuthoring.getState();
    if (notice?.kind !== 'info') return;
    const count = list.filter((p) => groupOf(p) === groupOf(next)).length;
    setNotice({ kind: 'info', notice: { ...notice.notice, next: { label: next.entity.label[lang], count } } });
  };

  /**
   * Every proposal of the suggestion under the caret's group, or of the entity under it: one
   * step. From a proposal the caret goes on to the next entity's proposals (as Enter goes on
   * to the next proposal); from a name it stays there.
   */
  const acceptAllHere = (sentence: string, at: number) => {
    const now = walk();
    const proposal = proposalIn(now.list, sentence, at);
    const groups = groupProposals(now.list);
    const group = proposal
      ? groups.find((g) => g.items.some((p) => p.key === proposal.key))
      : (() => {
          const entity = entityHere(sentence, at);
          return entity ? groups.find((g) => g.key === `occurrence:${entity}`) : undefined;
        })();
    if (group) {
      acceptAll(group.items.map((p) => p.key));
      const next = proposal ? nextGroupStart(now.list, sentenceOrder, group.key, now.groupOf) : null;
      if (next) {
        caretOnto(next, sentence);
        sayNext(next, now);
      }
    } else if (proposal || mentionAtCaret(mentions, sentence, at) || useTextPick.getState().entity) setNotice({ kind: 'error', error: { code: 'no-mark-ahead' } });
  };

  // The text takes the focus only once this tab may edit the draft (until then it is inert).
  const draftKey = useDraftId();
  const editable = useDraftLocks((s) => (draftKey ? s.holds[draftKey] === 'held' : false));
  useEffect(
    function keyboardInTextOnOpen() {
      // A draft opened by a control that is gone with the page it was on (Create, Open) or by
      // a link leaves the focus nowhere: it goes to the text, so the first key annotates. A
      // user who has put the focus somewhere keeps it there.
      const active = document.activeElement;
      if (!editable || (active && active !== document.body)) return;
      // The text's one tab stop: the sentence the keyboard was last in, else the first.
      listRef.current?.querySelector<HTMLElement>('.ann-sentence[tabindex="0"]')?.focus();
    },
    [doc.id, editable],
  );

  useEffect(
    function offerCurrentSentence() {
      // The skip link leads to the sentence the keyboard was last in.
      if (!currentId) return;
      return targetRef('annotation-text')(sentenceIn(listRef.current, currentId) ?? null);
    },
    [currentId],
  );

  const onKeyDown = (event: React.KeyboardEvent<HTMLOListElement>) => {
    const sentenceBox = (event.target as HTMLElement).closest<HTMLElement>('.ann-sentence');
    const id = sentenceBox?.dataset.sentence;
    const index = doc.sentences.findIndex((s) => s.id === id);
    const sentence = doc.sentences[index];
    if (!sentenceBox || !id || !sentence) return;
    const here = span?.sentence === id ? span : { sentence: id, anchor: 0, focus: 0 };
    const text = sentence.text;
    const move = (focus: number) => setSpan(event.shiftKey ? { ...here, focus } : { sentence: id, anchor: focus, focus });
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    const typeIndex = paletteKeyIndex(event, doc.nodeTypes.length);
    const type = typeIndex === null ? undefined : doc.nodeTypes[typeIndex];
    const proposal = proposalAt(id, here.focus);
    const candidateIndex = candidates.length > 0 ? paletteIndex(event) : null;
    if (candidateIndex !== null) {
      const chosen = candidates[candidateIndex];
      if (!chosen) setNotice({ kind: 'error', error: { code: 'no-candidate', params: { key: String((candidateIndex + 1) % 10) } } });
      else if (choosing) markMention(chosen);
      // Shift with the number: the mention picked is the source and the one marked the target.
      else if (source && event.shiftKey) markMention(source, chosen);
      else markMention(chosen);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      // The selected words as a relation's evidence, between the names in them.
      relateWords(event.shiftKey);
    } else if (type && range) {
      quickEntity(type.id);
    } else if (type) {
      // No words selected: the search opens for the words of a new entity of this type.
      setFindFor({ kind: 'entity', type: type.id });
      focusTarget('text-find');
    } else if (plain && !event.shiftKey && event.code === 'KeyE') {
      const entity = entityHere(id, here.focus);
      if (!entity) return;
      // The panel is drawn for the entity now, so its first field can take the focus.
      flushSync(() => selectEntity(entity));
      focusTarget('entity-panel');
    } else if (plain && !event.shiftKey && event.code === 'KeyF') {
      focusTarget('text-find');
    } else if (plain && !event.shiftKey && event.code === 'KeyO') {
      const entity = entityHere(id, here.focus);
      const first = entity ? markAll(entity, { sentence: id, offset: here.focus }) : null;
      // The caret goes onto the first of them, where Enter accepts it and goes on to the next.
      if (first) caretOnto(first, id);
    } else if (plain && event.shiftKey && event.code === 'KeyO') {
      // Mark all of an entity found by name, wherever the caret is.
      setFinderMarks(true);
      findRef.current?.focus();
    } else if (plain && event.code === 'KeyN') {
      // With no caret in this sentence yet, a mark at its very start is the next one.
      hop(index, span?.sentence === id ? here.focus : -1, !event.shiftKey);
    } else if (plain && !event.shiftKey && event.code === 'KeyA') {
      attribute(mentionAtCaret(mentions, id, here.focus)?.entity);
    } else if (plain && event.shiftKey && event.key === 'Enter') {
      acceptAllHere(id, here.focus);
    } else if (plain && event.code === 'KeyR') {
      const mention = mentionAtCaret(mentions, id, here.focus) ?? (range ? mentionAtCaret(mentions, id, range.start) : null);
      // On no mention, with no relation begun: the mentions near here are offered by number as its source.
      if (!mention && !source && relationCandidates(mentions, doc.sentences, id).length > 0) chooseSource(id);
      else markMention(mention);
    } else if (plain && event.code === 'KeyM') {
      findRef.current?.focus();
    } else if (proposal && (event.key === 'Enter' || event.key === 'Delete')) {
      const now = walk();
      const current = proposalIn(now.list, id, here.focus);
      if (!current) return;
      onProposal(current.key, event.key === 'Enter' ? 'accept' : 'reject');
      const next = nextProposal(now.list, sentenceOrder, current, now.groupOf);
      if (next) caretOnto(next, id);
      if (next && now.groupOf(next) !== now.groupOf(current)) sayNext(next, now);
    } else {
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
          if (source || choosing) {
            cancelRelation();
            setNotice(null);
          }
          else if (span) setSpan(null);
          else return;
          break;
        case 'Enter':
          focusTarget('span-actions');
          break;
        default:
          return;
      }
    }
    event.preventDefault();
  };

  const byKey = (key: string | undefined): MentionAt | undefined => (key ? mentions.find((m) => m.key === key) : undefined);

  const onMouseUp = (event: React.MouseEvent) => {
    const selection = window.getSelection();
    const from = byKey(downMention.current);
    const to = byKey(mentionUnder(event.target));
    downMention.current = undefined;
    const pick = useTextPick.getState();
    // Dragged from a relation's arc label onto a name: the relation is attributed to it.
    if (pick.attributing) {
      const relation = pick.attributing;
      pick.dragAttribution(null);
      selection?.removeAllRanges();
      if (to) {
        pick.selectRelation(relation);
        attribute(to.entity, 'set');
      }
      return;
    }
    // Dragged from one mention to another: the two ends of a new relation (while one is
    // being made, a drag selects the words it cites instead).
    if (from && to && from.entity !== to.entity && !pick.target) {
      selection?.removeAllRanges();
      markMention(from);
      markMention(to, from);
      return;
    }
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
      if (selection.isCollapsed && from && from.key === to?.key) selectEntity(from.entity);
    }
    // The span is drawn by the app from here on; the browser's highlight would double it.
    if (!selection.isCollapsed) selection.removeAllRanges();
  };

  /** A double-click takes the word, without attached particles unless Shift is held. */
  const onDoubleClick = (event: React.MouseEvent) => {
    // The second click's mouseup has already taken the browser's word as the span.
    const here = useAuthoring.getState().span;
    const text = doc.sentences.find((s) => s.id === here?.sentence)?.text;
    if (!here || text === undefined) return;
    const at = Math.min(here.anchor, here.focus);
    const word = wordAt(text, at) ?? wordAt(text, at + 1);
    if (!word) return;
    const taken = event.shiftKey ? word : withoutClitics(text, word, knownNames(doc.entities));
    window.getSelection()?.removeAllRanges();
    setSpan({ sentence: here.sentence, anchor: taken.start, focus: taken.end });
  };

  const numbers = useMemo(() => bodyNumbers(doc.sentences), [doc.sentences]);
  return (
    <div className="ann-list-wrap">
      <ol
        className="ann-list"
        ref={listRef}
        onKeyDown={onKeyDown}
        onMouseDown={(event) => {
          downMention.current = mentionUnder(event.target);
          if (event.button === 0) unfocusableForThisPress(event.target);
        }}
        onMouseUp={onMouseUp}
        onDoubleClick={onDoubleClick}
      >
        {doc.sentences.map((s) => {
          const here = span?.sentence === s.id ? span : null;
          return (
            <AnnotatableSentence
              key={s.id}
              sentence={s}
              label={sentenceRoleLabel(t, s, numbers.get(s.id) ?? 0)}
              marks={marks.get(s.id) ?? NO_MARKS}
              mentions={mentionViews.get(s.id) ?? NO_MENTIONS}
              proposals={proposalViews.get(s.id) ?? NO_PROPOSALS}
              onProposal={decideProposal}
              registerMention={registerMention}
              litEntity={litIn.has(s.id) ? picked : null}
              marked={markedIn.has(s.id) ? markedKeys : NO_KEYS}
              hints={hints.get(s.id) ?? NO_HINTS}
              caretMention={underCaret?.sentence === s.id ? underCaret.key : null}
              caretProposal={caretProposal?.sentence === s.id ? caretProposal.key : null}
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
      <RelationArcs ends={ends} elements={elements} near={near} versions={versions} />
    </div>
  );
}
