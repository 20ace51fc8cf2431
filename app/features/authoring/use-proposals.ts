import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Proposal } from '../../domain/annotation/proposals';
import {
  acceptProposals,
  draftSource,
  graphSource,
  occurrenceProposals,
  sourceNodeType,
  suggestionProposals,
  type SuggestionSource,
} from '../../domain/annotation/propose';
import type { AnnotationDoc } from '../../domain/annotation/schema';
import type { Graph, Lang } from '../../domain/schema';
import { bundledGraphs } from '../../data/bundled-graphs';
import { graphQueryOptions } from '../../data/graph-query';
import { useDraftLocks } from '../../state/draft-lock';
import { useDrafts } from '../../state/drafts';
import { useAppStore } from '../../state/store';
import { useDoc, useDocAfterPaint, useDraftId, useEdit } from './doc-hooks';
import { useAuthoring } from './store';
import { firstFrom } from './text-keys';

export type Verdict = 'accept' | 'reject';

export interface ProposalsApi {
  /** Occurrences first (the user asked for them), then suggestions, each in text order. */
  proposals: readonly Proposal[];
  /**
   * The proposals of the document as it is now. `proposals` is derived from the document
   * once the step's frame is drawn, so for that frame it still lists what the last step
   * accepted; a key pressed within it walks this list instead.
   */
  proposalsNow: () => readonly Proposal[];
  onProposal: (key: string, verdict: Verdict) => void;
  /** Accept several at once: one undo step. */
  acceptAll: (keys: readonly string[]) => void;
  /** The name of a proposal's entity type, from the draft or else from the proposal's source. */
  typeLabel: (proposal: Proposal) => string;
}

const NO_KEYS: readonly string[] = [];

/** A document's proposals: its marked entities' other occurrences, then the sources' suggestions, less those rejected. */
function proposalsOf(doc: AnnotationDoc, marking: readonly string[], rejected: ReadonlySet<string>, sources: readonly SuggestionSource[]): Proposal[] {
  return [...occurrenceProposals(doc, marking, rejected), ...suggestionProposals(doc, sources, rejected)];
}

/** The other drafts' documents, as a flat [key, doc, name, …] list that stays equal while they do. */
function useOtherDrafts(self: string | null, lang: Lang): SuggestionSource[] {
  const flat = useDrafts(
    useShallow((s) => Object.entries(s.drafts).flatMap(([key, r]) => (key === self ? [] : [key, r.history.present, r.name ?? '']))),
  );
  return useMemo(() => {
    const out: SuggestionSource[] = [];
    for (let i = 0; i < flat.length; i += 3) {
      const name = flat[i + 2] as string;
      const doc = flat[i + 1] as AnnotationDoc;
      out.push(draftSource(flat[i] as string, doc, name || doc.article.title[lang]));
    }
    return out;
  }, [flat, lang]);
}

/** The bundled graphs, through the explorer's own queries (loaded once, cached for the visit). */
const bundledQueries = bundledGraphs.map((g) => graphQueryOptions({ kind: 'bundled', id: g.id }));
const loadedGraphs = (results: { data?: Graph | undefined }[]) => results.flatMap((r) => (r.data ? [r.data] : []));

function useBundledSources(lang: Lang): SuggestionSource[] {
  const graphs = useQueries({ queries: bundledQueries, combine: loadedGraphs });
  return useMemo(() => graphs.map((g) => graphSource(g, g.article.title[lang])), [graphs, lang]);
}

/**
 * The open draft's proposals, derived (never stored): the other occurrences of the
 * entities the user marked, and suggestions from the other drafts and bundled graphs,
 * less what was rejected for this draft. Accepting is an edit (one undo step);
 * rejecting keeps the key in the draft's record.
 */
export function useProposals(): ProposalsApi {
  const draft = useDraftId();
  const doc = useDocAfterPaint();
  const marking = useAuthoring((s) => s.marking);
  const markAll = useAuthoring((s) => s.markAll);
  const setNotice = useAuthoring((s) => s.setNotice);
  const stored = useDrafts((s) => (draft ? s.drafts[draft]?.rejected : undefined)) ?? NO_KEYS;
  const rejected = useMemo(() => new Set(stored), [stored]);
  const lang = useAppStore((s) => s.lang);
  const drafts = useOtherDrafts(draft, lang);
  const graphs = useBundledSources(lang);
  const sources = useMemo(() => drafts.concat(graphs), [drafts, graphs]);
  const edit = useEdit();

  const proposals = useMemo(() => proposalsOf(doc, marking, rejected, sources), [doc, marking, rejected, sources]);
  const proposalsNow = useCallback(() => {
    // Read from the stores at the key, so a handler of the render before sees the same.
    const record = draft ? useDrafts.getState().drafts[draft] : undefined;
    if (!record || record.history.present === doc) return proposals;
    return proposalsOf(record.history.present, useAuthoring.getState().marking, new Set(record.rejected ?? NO_KEYS), sources);
  }, [draft, doc, proposals, sources]);

  const accept = useCallback(
    (chosen: Proposal[]) => {
      if (chosen.length === 0) return;
      let created: string[] = [];
      const first = chosen[0] as Proposal;
      const error = edit(
        (d) => {
          const result = acceptProposals(d, chosen, (p) => sourceNodeType(sources, p));
          if (result.ok) created = result.created;
          return result;
        },
        { code: 'done-accepted', params: { label: first.entity.label[lang], count: chosen.length } },
      );
      if (error) setNotice({ kind: 'error', error });
      // An entity made from a suggestion goes on being proposed where else it occurs.
      for (const id of created) markAll(id);
    },
    [edit, sources, setNotice, markAll, lang],
  );

  const onProposal = useCallback(
    (key: string, verdict: Verdict) => {
      const proposal = proposalsNow().find((p) => p.key === key);
      if (!proposal || !draft) return;
      if (verdict === 'accept') accept([proposal]);
      else if (useDraftLocks.getState().holds[draft] === 'held') {
        useDrafts.getState().reject(draft, [key]);
        setNotice({ kind: 'info', notice: { code: 'done-rejected', params: { quote: proposal.quote } } });
      }
    },
    [proposalsNow, draft, accept, setNotice],
  );

  const acceptAll = useCallback((keys: readonly string[]) => accept(proposalsNow().filter((p) => keys.includes(p.key))), [proposalsNow, accept]);

  const typeLabel = useCallback(
    (p: Proposal) => (doc.nodeTypes.find((t) => t.id === p.entity.type) ?? sourceNodeType(sources, p))?.label[lang] ?? p.entity.type,
    [doc.nodeTypes, sources, lang],
  );

  return { proposals, proposalsNow, onProposal, acceptAll, typeLabel };
}

/**
 * "Mark all" on an entity: its other occurrences are proposed, and the status region says how
 * many. Given a place, it returns the first of them from there on in reading order (or null).
 */
export function useMarkAll(): (entityId: string, from?: { sentence: string; offset: number }) => Proposal | null {
  const draft = useDraftId();
  const doc = useDoc();
  const lang = useAppStore((s) => s.lang);
  const markAll = useAuthoring((s) => s.markAll);
  const setNotice = useAuthoring((s) => s.setNotice);
  return useCallback(
    (entityId: string, from?: { sentence: string; offset: number }) => {
      markAll(entityId);
      const rejected = new Set(draft ? (useDrafts.getState().drafts[draft]?.rejected ?? []) : []);
      const found = occurrenceProposals(doc, [entityId], rejected);
      const label = doc.entities.find((e) => e.id === entityId)?.label[lang] ?? entityId;
      setNotice({ kind: 'info', notice: { code: 'done-marked', params: { label, count: found.length } } });
      return from ? firstFrom(found, new Map(doc.sentences.map((s, i) => [s.id, i])), from) : null;
    },
    [draft, doc, lang, markAll, setNotice],
  );
}
