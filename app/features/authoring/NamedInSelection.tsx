import type { RefObject } from 'react';
import { mentionNamed, namedWithin, type NamedWithin } from '../../domain/annotation/propose';
import { bodyNumbers } from '../../domain/sentence-roles';
import { sentenceRoleLabel } from '../../shared/i18n/sentence-role';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { useDoc, useEdit } from './doc-hooks';
import type { TextHandle } from './SentenceList';
import { spanRange, useAuthoring } from './store';
import { useTextPick } from './text-store';

/** The selected words without the spaces a drag may take at their edges. */
function trimmed(text: string, range: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = range;
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/**
 * When the selected words contain an entity's name or a short form of it (such as
 * «القاهرة» in «العاصمة القاهرة»), one button per such entity makes the words its mention
 * in one click; where a mention of it lies inside the words, that mention is widened to
 * them instead. Nothing is shown otherwise.
 */
export function NamedInSelection({ text }: { text: RefObject<TextHandle | null> }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const span = useAuthoring((s) => s.span);
  const setNotice = useAuthoring((s) => s.setNotice);
  const selectEntity = useTextPick((s) => s.selectEntity);
  const edit = useEdit();
  const range = spanRange(span);
  const sentence = doc.sentences.find((s) => s.id === range?.sentence);
  const words = range && sentence ? { sentence: sentence.id, ...trimmed(sentence.text, range) } : null;
  const named = words ? namedWithin(doc, words) : [];
  if (!words || !sentence || named.length === 0) return null;

  const label = (id: string) => doc.entities.find((e) => e.id === id)?.label[lang] ?? id;
  const choose = (choice: NamedWithin) => {
    if (text.current?.spanVisible() === false) {
      const name = sentenceRoleLabel(t, sentence, bodyNumbers(doc.sentences).get(sentence.id) ?? 0);
      setNotice({ kind: 'error', error: { code: 'selection-hidden', params: { sentence: name } } });
      return;
    }
    const quote = sentence.text.slice(words.start, words.end);
    const done =
      choice.widens === null
        ? ({ code: 'done-mention', params: { label: label(choice.entity) } } as const)
        : ({ code: 'done-widened', params: { label: label(choice.entity), quote } } as const);
    const error = edit((d) => mentionNamed(d, choice, words), done);
    if (error) setNotice({ kind: 'error', error });
    else {
      selectEntity(choice.entity);
      text.current?.focusCurrent();
    }
  };
  return (
    <div className="named-here" role="group" aria-label={t('ann.namedHere')}>
      {named.map((choice) => (
        <button key={choice.entity} type="button" className="named-here__button" onClick={() => choose(choice)}>
          {t(choice.widens === null ? 'ann.mentionNamed' : 'ann.widenNamed', { label: label(choice.entity) })}
        </button>
      ))}
    </div>
  );
}
