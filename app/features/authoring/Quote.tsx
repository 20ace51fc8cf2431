import { useAppStore } from '../../state/store';

/**
 * Quoted article words: the marks follow the interface's direction and language, and
 * the words sit in their own bidi isolate, so Arabic inside an English sentence (or the
 * reverse) never pulls the quotation marks to the wrong side.
 */
export function Quote({ text }: { text: string }) {
  const lang = useAppStore((s) => s.lang);
  const [open, close] = lang === 'ar' ? ['«', '»'] : ['“', '”'];
  return (
    <span className="quote">
      {open}
      <bdi>{text}</bdi>
      {close}
    </span>
  );
}
