import { segmentText } from '../../domain/text-segments';
import { useArticleText } from './article-text';

/**
 * A sentence of the article with spans marked. Text is rendered as React text nodes,
 * never as HTML, so file content cannot inject markup.
 */
export function SentenceText({
  text,
  ranges,
  activeRange,
}: {
  text: string;
  ranges: readonly { start: number; end: number }[];
  activeRange?: { start: number; end: number } | undefined;
}) {
  const { lang, dir } = useArticleText();
  const segments = segmentText(text, ranges);
  // Each segment's start offset, summed before rendering (a sum kept across the map's
  // callbacks would be a variable reassigned after render).
  const starts: number[] = [];
  let offset = 0;
  for (const segment of segments) {
    starts.push(offset);
    offset += segment.text.length;
  }
  return (
    <span lang={lang} dir={dir} className="sentence-text">
      {segments.map((segment, i) => {
        const start = starts[i] ?? 0;
        const end = start + segment.text.length;
        if (!segment.mark) return <span key={i}>{segment.text}</span>;
        const active = activeRange !== undefined && activeRange.start < end && activeRange.end > start;
        return (
          <mark key={i} className={active ? 'span-active' : undefined} data-start={start}>
            {segment.text}
          </mark>
        );
      })}
    </span>
  );
}
