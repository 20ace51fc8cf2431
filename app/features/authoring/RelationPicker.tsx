import { useId, useMemo, useState, type RefObject } from 'react';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { entityById, entityLabel, useDoc } from './doc-hooks';
import { Quote } from './Quote';
import { spanRange, useAuthoring } from './store';
import { adjustEvidence, mentionsOf, paletteIndex, paletteKey, toSentenceEdge, type MentionAt } from './text-annotation';
import { useTextPick } from './text-store';
import { useCreateRelation } from './use-text-actions';
import type { TextHandle } from './SentenceList';
import { EntityPicker } from './EntityPicker';
import { proposeAttribution } from '../../domain/annotation/speaker';
import { alikeSources, moveTarget, namesInWords, pickerNames, typesLike, withSource, type Ends } from './relation-words';
import { RelationEnds } from './RelationEnds';

/**
 * The third step of a relation made on the text: with its source and target mentions
 * marked, a number key (or a click) picks its type; letters filter the types, and
 * brackets widen or narrow the words it cites before it is made. The names in those words
 * are numbered: Shift with a number makes one the source, ↑ ↓ move the target, and
 * Shift+Enter makes the relation from each name of the source's type at once.
 */
export function RelationPicker({ text }: { text: RefObject<TextHandle | null> }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const ids = useId();
  const source = useTextPick((s) => s.source);
  const target = useTextPick((s) => s.target);
  const cancelRelation = useTextPick((s) => s.cancelRelation);
  const setEnds = useTextPick((s) => s.setEnds);
  const setNotice = useAuthoring((s) => s.setNotice);
  const span = useAuthoring((s) => s.span);
  const setSpan = useAuthoring((s) => s.setSpan);
  const createRelation = useCreateRelation();
  const [query, setQuery] = useState('');
  const types = useMemo(() => typesLike(doc.relationTypes, query), [doc.relationTypes, query]);
  const range = spanRange(span);
  const mentions = useMemo(() => mentionsOf(doc), [doc]);
  const ends: Ends | null = source && target ? { source, target } : null;
  const names = ends ? pickerNames(range ? namesInWords(mentions, range) : [], ends) : [];
  const entityType = (id: string) => entityById(doc, id)?.type;
  const alike = ends ? alikeSources(names, ends, entityType) : [];
  const sentenceText = doc.sentences.find((s) => s.id === range?.sentence)?.text ?? '';
  // The speaker the sentence names for the cited words is the attribution unless the user picks another.
  const pair = source && target ? `${source.key}>${target.key}` : '';
  const [chosen, setChosen] = useState<{ pair: string; value: string } | null>(null);
  const proposed = source && range ? proposeAttribution(doc, range, { source: source.entity }) : null;
  const attributedTo = chosen?.pair === pair ? chosen.value : (proposed ?? '');
  if (!source || !target) return null;

  const pick = (type: string | undefined, each = false) => {
    const alsoFrom = each ? alike.flatMap((m) => (m.entity === source.entity ? [] : [m.entity])) : [];
    if (type && createRelation(type, { attributedTo, proposed: attributedTo !== '' && attributedTo === proposed }, alsoFrom)) text.current?.focusCurrent();
  };
  const chooseSource = (name: MentionAt) => {
    const next = withSource({ source, target }, name);
    setEnds(next.source, next.target);
  };
  const cancel = () => {
    cancelRelation();
    text.current?.focusCurrent();
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const index = paletteIndex(event);
    if (index !== null && event.shiftKey) {
      // Shift with a name's number: that name is the source.
      const name = names[index];
      if (name) chooseSource(name);
      else setNotice({ kind: 'error', error: { code: 'no-candidate', params: { key: paletteKey(index) ?? '' } } });
    } else if (index !== null) pick(types[index]?.id);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = moveTarget(names, { source, target }, event.key === 'ArrowDown');
      setEnds(next.source, next.target);
    } else if (event.code === 'BracketLeft' || event.code === 'BracketRight') {
      if (!range) return;
      // [ and ] move the start back or forward; with Shift they move the end.
      const edge = event.shiftKey ? 'end' : 'start';
      const forward = event.code === 'BracketRight';
      // With Ctrl, the start goes back to the sentence's start, or the end on to its end.
      const next = event.ctrlKey || event.metaKey ? toSentenceEdge(sentenceText, range, edge, forward) : adjustEvidence(sentenceText, range, edge, edge === 'start' ? !forward : forward, event.altKey ? 'char' : 'word');
      setSpan({ sentence: range.sentence, anchor: next.start, focus: next.end });
    } else if (event.key === 'Enter') pick(types[0]?.id, event.shiftKey);
    else if (event.key === 'Escape') cancel();
    else return;
    event.preventDefault();
  };
  const heading = t('ann.relationPicker', { source: entityLabel(doc, source.entity, lang), target: entityLabel(doc, target.entity, lang) });
  return (
    <section className="relation-picker" aria-labelledby={`${ids}-title`}>
      <h4 id={`${ids}-title`} aria-live="polite">
        {heading}
      </h4>
      <p className="relation-picker__evidence" aria-live="polite">
        {t('author.evidenceWords')} {range && <Quote text={sentenceText.slice(range.start, range.end)} />}
      </p>
      <label htmlFor={`${ids}-filter`}>{t('ann.relationFilter')}</label>{' '}
      {/* Focus comes here when the target is marked: the next key picks the type. */}
      <input id={`${ids}-filter`} type="text" dir="auto" autoComplete="off" autoFocus aria-describedby={`${ids}-hint`} value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKeyDown} />
      <p id={`${ids}-hint`} className="muted relation-picker__hint">
        {t('ann.relationHint')}
      </p>
      <RelationEnds doc={doc} lang={lang} names={names} ends={{ source, target }} onEnds={(next) => setEnds(next.source, next.target)} setSource={chooseSource} alike={alike} />
      <div className="relation-picker__types" role="group" aria-label={t('ann.relationFilter')}>
        {types.map((x, i) => (
          <button key={x.id} type="button" onClick={() => pick(x.id)}>
            {paletteKey(i) !== null && <kbd>{paletteKey(i)}</kbd>} {x.label[lang]}
          </button>
        ))}
        {types.length === 0 && <p className="muted">{t('ann.relationNone')}</p>}
      </div>
      <EntityPicker
        label={t('author.attributedTo')}
        value={attributedTo}
        onChange={(value) => setChosen({ pair, value })}
        doc={doc}
        lang={lang}
        sentence={range?.sentence}
        speakersOnly
        none={t('author.statedByArticle')}
        proposed={proposed}
      />
      <button type="button" onClick={cancel}>
        {t('author.cancel')}
      </button>
    </section>
  );
}
