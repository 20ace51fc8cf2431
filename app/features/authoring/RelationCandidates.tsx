import { useId, useMemo, type RefObject } from 'react';
import { bodyNumbers } from '../../domain/sentence-roles';
import { sentenceRoleLabel } from '../../shared/i18n/sentence-role';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { entityLabel, useDoc } from './doc-hooks';
import { mentionsOf } from './text-annotation';
import { relationCandidates } from './text-keys';
import { useAuthoring } from './store';
import { useTextPick } from './text-store';
import { useMarkMention } from './use-text-actions';
import type { TextHandle } from './SentenceList';

/**
 * A relation's other end picked by number: with its source marked (R on a name), the names
 * of that sentence and the ones beside it, numbered as the keys that pick them in the text
 * (the numbers are drawn on the names too); with R on no name, the same list picks the source.
 */
export function RelationCandidates({ text }: { text: RefObject<TextHandle | null> }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const ids = useId();
  const source = useTextPick((s) => s.source);
  const choosing = useTextPick((s) => s.choosing);
  const cancelRelation = useTextPick((s) => s.cancelRelation);
  const setNotice = useAuthoring((s) => s.setNotice);
  const markMention = useMarkMention();
  const mentions = useMemo(() => mentionsOf(doc), [doc]);
  const numbers = useMemo(() => bodyNumbers(doc.sentences), [doc.sentences]);
  const candidates = choosing ? relationCandidates(mentions, doc.sentences, choosing) : source ? relationCandidates(mentions, doc.sentences, source.sentence, source.entity) : [];
  const types = useMemo(() => new Map(doc.nodeTypes.map((x) => [x.id, x.label[lang]])), [doc.nodeTypes, lang]);
  const texts = useMemo(() => new Map(doc.sentences.map((s) => [s.id, s])), [doc.sentences]);
  const heading = choosing ? t('ann.pickSource') : t('ann.pickTarget', { label: source ? entityLabel(doc, source.entity, lang) : '' });
  const cancel = () => {
    cancelRelation();
    setNotice(null);
    text.current?.focusCurrent();
  };
  return (
    <section className="relation-candidates" aria-labelledby={`${ids}-title`}>
      <h4 id={`${ids}-title`}>{heading}</h4>
      <p className="muted relation-candidates__hint">{choosing ? t('ann.pickSourceHint') : t('ann.pickTargetHint')}</p>
      <ol className="relation-candidates__list" aria-labelledby={`${ids}-title`}>
        {candidates.map((m, i) => {
          const sentence = texts.get(m.sentence);
          const quote = sentence?.text.slice(m.start, m.end) ?? '';
          const entity = doc.entities.find((e) => e.id === m.entity);
          const key = String((i + 1) % 10);
          const label = entity?.label[lang] ?? m.entity;
          const type = types.get(entity?.type ?? '') ?? '';
          const where = sentence ? sentenceRoleLabel(t, sentence, numbers.get(sentence.id) ?? 0) : '';
          return (
            <li key={m.key}>
              <button
                type="button"
                aria-keyshortcuts={key}
                onClick={() => {
                  markMention(m);
                  if (choosing) text.current?.focusCurrent();
                }}
              >
                <kbd>{key}</kbd> <bdi lang={doc.article.lang}>{quote}</bdi>
                {' – '}
                {label === quote ? t('ann.candidateType', { type, sentence: where }) : t('ann.candidate', { label, type, sentence: where })}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={cancel}>
        {t('author.cancel')}
      </button>
    </section>
  );
}
