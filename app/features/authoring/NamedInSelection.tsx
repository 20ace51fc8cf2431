import type { RefObject } from 'react';
import { mentionNamed, namedWithin, type NamedWithin } from '../../domain/annotation/propose';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { useDoc, useEdit } from './doc-hooks';
import type { TextHandle } from './SentenceList';
import { spanRange, useAuthoring } from './store';
import { useTextPick } from './text-store';
import { trimmedWords, useSelectedWords } from './use-text-actions';

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
  const selectedWords = useSelectedWords();
  const range = spanRange(span);
  const sentence = doc.sentences.find((s) => s.id === range?.sentence);
  const named = range && sentence ? namedWithin(doc, { sentence: sentence.id, ...trimmedWords(sentence.text, range) }) : [];
  if (named.length === 0) return null;

  const label = (id: string) => doc.entities.find((e) => e.id === id)?.label[lang] ?? id;
  const choose = (choice: NamedWithin) => {
    // The words as a command takes them: selected, on screen, their edge spaces left out.
    const words = selectedWords(() => text.current?.spanVisible() !== false);
    if (!words) return;
    const { quote } = words;
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
