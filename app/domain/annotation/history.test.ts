import { describe, expect, it } from 'vitest';
import { addEntity } from './edits';
import { sampleDoc } from './fixtures';
import { canRedo, canUndo, commit, createHistory, redo, undo } from './history';
import type { AnnotationDoc } from './schema';

function step(doc: AnnotationDoc, n: number): AnnotationDoc {
  const result = addEntity(doc, { type: 'person', label: { ar: `شخص ${n}`, en: `Person ${n}` } });
  if (!result.ok) throw new Error(result.error.code);
  return result.doc;
}

describe('history', () => {
  it('undoes and redoes committed documents in order', () => {
    const d0 = sampleDoc();
    const d1 = step(d0, 1);
    const d2 = step(d1, 2);
    let h = commit(commit(createHistory(d0), d1), d2);
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe(d1);
    h = undo(h);
    expect(h.present).toBe(d0);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe(d1);
    h = redo(h);
    expect(h.present).toBe(d2);
    expect(redo(h)).toBe(h);
  });

  it('drops the redo branch on a new commit and ignores committing the present', () => {
    const d0 = sampleDoc();
    const d1 = step(d0, 1);
    const other = step(d0, 9);
    let h = undo(commit(createHistory(d0), d1));
    expect(canRedo(h)).toBe(true);
    h = commit(h, other);
    expect(h.future).toEqual([]);
    expect(h.past).toEqual([d0]);
    expect(commit(h, other)).toBe(h);
  });

  it('keeps at most the given number of past steps, dropping the oldest', () => {
    let h = createHistory(sampleDoc());
    const docs: AnnotationDoc[] = [];
    for (let i = 0; i < 8; i++) {
      docs.push(step(h.present, i));
      h = commit(h, docs[i]!, 5);
    }
    expect(h.past).toHaveLength(5);
    expect(h.past[0]).toBe(docs[2]);
    expect(h.present).toBe(docs[7]);
  });
});
