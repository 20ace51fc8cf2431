import { useCallback } from 'react';
import { addEntity, addMention, addRelation, newId, updateRelation } from '../../domain/annotation/edits';
import { occurrenceProposals } from '../../domain/annotation/propose';
import type { AnnotationDoc } from '../../domain/annotation/schema';
import { fold } from '../../domain/fold';
import { bodyNumbers } from '../../domain/sentence-roles';
import { sentenceRoleLabel } from '../../shared/i18n/sentence-role';
import { useT } from '../../state/hooks';
import { useDrafts } from '../../state/drafts';
import { useAppStore } from '../../state/store';
import { entityById, relationSentence, useDoc, useDraftId, useEdit } from './doc-hooks';
import { spanRange, useAuthoring } from './store';
import { defaultEvidence, type MentionAt } from './text-annotation';
import { useTextPick } from './text-store';

/** Selected words without the spaces a drag may take at their edges (they are not part of the words). */
export function trimmedWords(text: string, range: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = range;
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/**
 * The selected words a command may act on: there are some, they form a valid span, and
 * (for a command given away from the text) they are on screen. Otherwise the user is told.
 */
export function useSelectedWords() {
  const t = useT();
  const doc = useDoc();
  const setNotice = useAuthoring((s) => s.setNotice);
  return useCallback(
    (isVisible?: () => boolean) => {
      const range = spanRange(useAuthoring.getState().span);
      const sentence = doc.sentences.find((s) => s.id === range?.sentence);
      if (!range || !sentence) {
        setNotice({ kind: 'error', error: { code: 'no-span' } });
        return null;
      }
      if (isVisible && !isVisible()) {
        const name = sentenceRoleLabel(t, sentence, bodyNumbers(doc.sentences).get(sentence.id) ?? 0);
        setNotice({ kind: 'error', error: { code: 'selection-hidden', params: { sentence: name } } });
        return null;
      }
      const { start, end } = trimmedWords(sentence.text, range);
      return { sentence: range.sentence, start, end, quote: sentence.text.slice(start, end) };
    },
    [doc, setNotice, t],
  );
}

/**
 * The selected words become an entity of a type at once, the Arabic words standing in for
 * the English label until the user writes one; words that already name an entity become
 * its mention instead. One step either way; the entity is selected for its panel.
 */
export function useQuickEntity() {
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const words = useSelectedWords();
  const setNotice = useAuthoring((s) => s.setNotice);
  const setSpan = useAuthoring((s) => s.setSpan);
  const selectEntity = useTextPick((s) => s.selectEntity);
  const proposeOthers = useProposeOthers();
  return useCallback(
    (type: string, isVisible?: () => boolean): boolean => {
      const span = words(isVisible);
      if (!span) return false;
      const folded = fold(span.quote);
      const known = doc.entities.find((e) => [e.label.ar, e.label.en, ...(e.aliases?.ar ?? []), ...(e.aliases?.en ?? [])].some((n) => fold(n) === folded));
      let id = known?.id ?? '';
      let made = null as AnnotationDoc | null;
      const error = known
        ? edit((d) => addMention(d, known.id, span), { code: 'done-mention-known', params: { quote: span.quote, label: known.label[lang] } })
        : edit(
            (d) => {
              const result = addEntity(d, { id: newId(d, type), type, label: { ar: span.quote, en: span.quote }, mention: span });
              if (result.ok) {
                id = result.id;
                made = result.doc;
              }
              return result;
            },
            { code: 'done-entity', params: { label: span.quote } },
          );
      if (error) {
        setNotice({ kind: 'error', error });
        return false;
      }
      if (made) proposeOthers(made, id, span.quote);
      selectEntity(id);
      // The caret goes onto the new mention, where E, O and R act on it next.
      setSpan({ sentence: span.sentence, anchor: span.start, focus: span.start });
      return true;
    },
    [doc, edit, lang, words, setNotice, setSpan, selectEntity, proposeOthers],
  );
}

/**
 * A new entity's other occurrences are proposed at once (as "Mark all" would), and the status
 * says how many and that Shift+Enter, on its name where the caret now is, accepts them all.
 */
function useProposeOthers() {
  const draft = useDraftId();
  const propose = useAuthoring((s) => s.propose);
  const setNotice = useAuthoring((s) => s.setNotice);
  return useCallback(
    (doc: AnnotationDoc, entity: string, label: string) => {
      propose(entity);
      const rejected = new Set(draft ? (useDrafts.getState().drafts[draft]?.rejected ?? []) : []);
      const count = occurrenceProposals(doc, [entity], rejected).length;
      if (count > 0) setNotice({ kind: 'info', notice: { code: 'done-entity-proposed', params: { label, count } } });
    },
    [draft, propose, setNotice],
  );
}

/** The selected words as a further mention of an entity: one step. */
export function useAddMention() {
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const words = useSelectedWords();
  const setNotice = useAuthoring((s) => s.setNotice);
  const setSpan = useAuthoring((s) => s.setSpan);
  const selectEntity = useTextPick((s) => s.selectEntity);
  return useCallback(
    (entity: string, isVisible?: () => boolean): boolean => {
      const span = words(isVisible);
      if (!span) return false;
      const label = doc.entities.find((e) => e.id === entity)?.label[lang] ?? entity;
      const error = edit((d) => addMention(d, entity, span), { code: 'done-mention', params: { label } });
      if (error) {
        setNotice({ kind: 'error', error });
        return false;
      }
      selectEntity(entity);
      // As after a new entity: the caret on the new mention.
      setSpan({ sentence: span.sentence, anchor: span.start, focus: span.start });
      return true;
    },
    [doc, edit, lang, words, setNotice, setSpan, selectEntity],
  );
}

/**
 * Mark a mention as a relation's source, or (with a source marked) as its target: the
 * evidence then starts as the words between the two, selected so they can be adjusted.
 */
export function useMarkMention() {
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const setNotice = useAuthoring((s) => s.setNotice);
  const setSpan = useAuthoring((s) => s.setSpan);
  return useCallback(
    (mention: MentionAt | null, from?: MentionAt) => {
      const pick = useTextPick.getState();
      if (!mention) {
        setNotice({ kind: 'error', error: { code: 'no-mention-here' } });
        return;
      }
      const source = from ?? (pick.target ? null : pick.source);
      const label = (id: string) => doc.entities.find((e) => e.id === id)?.label[lang] ?? id;
      if (!source) {
        pick.markSource(mention);
        setNotice({ kind: 'info', notice: { code: 'relation-source', params: { label: label(mention.entity) } } });
        return;
      }
      if (source.entity === mention.entity) {
        setNotice({ kind: 'error', error: { code: 'self-relation', params: { id: mention.entity } } });
        return;
      }
      if (from) pick.markSource(from);
      pick.markTarget(mention);
      const evidence = defaultEvidence(doc, source, mention);
      setSpan({ sentence: evidence.sentence, anchor: evidence.start, focus: evidence.end });
      setNotice(null);
    },
    [doc, lang, setNotice, setSpan],
  );
}

/**
 * The marked source and target joined by a relation of a type, citing the selected words
 * (and attributed to a speaker, when one is given): one step. `proposed` says the
 * attribution is the one proposed from the sentence, so the notice can say so. `alsoFrom`
 * repeats it, in the same step, from other sources to the same target (one that has it
 * already is left as it is).
 */
export function useCreateRelation() {
  const lang = useAppStore((s) => s.lang);
  const edit = useEdit();
  const words = useSelectedWords();
  const setNotice = useAuthoring((s) => s.setNotice);
  const setSpan = useAuthoring((s) => s.setSpan);
  return useCallback(
    (type: string, attribution?: { attributedTo: string; proposed: boolean }, alsoFrom: readonly string[] = []): boolean => {
      const { source, target, cancelRelation, selectRelation } = useTextPick.getState();
      const span = words();
      if (!source || !target || !span) return false;
      let id = '';
      let sentence = '';
      let speaker = '';
      const others: string[] = [];
      const error = edit((d) => {
        const attributed = attribution?.attributedTo ? { attributedTo: attribution.attributedTo } : {};
        const result = addRelation(d, { source: source.entity, target: target.entity, type, evidence: span, ...attributed });
        if (!result.ok) return result;
        id = result.id;
        sentence = relationSentence(result.doc, { source: source.entity, target: target.entity, type }, lang);
        speaker = entityById(result.doc, attribution?.attributedTo)?.label[lang] ?? '';
        let doc = result.doc;
        for (const from of alsoFrom) {
          const more = addRelation(doc, { source: from, target: target.entity, type, evidence: span, ...attributed });
          if (!more.ok && more.error.code === 'relation-exists') continue;
          if (!more.ok) return more;
          doc = more.doc;
          others.push(relationSentence(doc, { source: from, target: target.entity, type }, lang));
        }
        return { ok: true, doc };
      });
      if (error) {
        setNotice({ kind: 'error', error });
        return false;
      }
      setNotice({
        kind: 'info',
        notice:
          others.length > 0
            ? { code: 'done-relations-each', params: { relations: [sentence, ...others].join('; ') } }
            : attribution?.proposed && speaker
              ? { code: 'done-relation-attributed', params: { relation: sentence, label: speaker } }
              : { code: 'done-relation-named', params: { relation: sentence } },
      });
      cancelRelation();
      selectRelation(id);
      setSpan({ sentence: span.sentence, anchor: span.end, focus: span.end });
      return true;
    },
    [edit, lang, words, setNotice, setSpan],
  );
}

/**
 * The chosen relation attributed to an entity (the speaker named in the text): one step.
 * By key (`toggle`), asked again for the entity it is attributed to already, the attribution
 * is removed; a drop onto that entity (`set`) leaves it as it is.
 */
export function useAttribute() {
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const setNotice = useAuthoring((s) => s.setNotice);
  return useCallback(
    (entity: string | null | undefined, mode: 'toggle' | 'set' = 'toggle') => {
      const id = useTextPick.getState().relation;
      const relation = doc.relations.find((r) => r.id === id);
      if (!relation) {
        setNotice({ kind: 'error', error: { code: 'no-relation-chosen' } });
        return;
      }
      if (!entity) {
        setNotice({ kind: 'error', error: { code: 'no-mention-here' } });
        return;
      }
      if (mode === 'set' && relation.attributedTo === entity) return;
      const remove = relation.attributedTo === entity;
      const label = doc.entities.find((e) => e.id === entity)?.label[lang] ?? entity;
      const error = edit((d) => updateRelation(d, relation.id, { attributedTo: remove ? null : entity }), {
        code: remove ? 'done-unattributed' : 'done-attributed',
        params: { label, relation: relationSentence(doc, relation, lang) },
      });
      if (error) setNotice({ kind: 'error', error });
    },
    [doc, edit, lang, setNotice],
  );
}
