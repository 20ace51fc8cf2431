import type { Sentence } from './schema';

/**
 * Body sentences numbered from 1 in reading order, as people name them ("Sentence 3");
 * the title and the lede are named by their role and have no number.
 */
export function bodyNumbers(sentences: readonly Pick<Sentence, 'id' | 'role'>[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const s of sentences) if (s.role === 'body') numbers.set(s.id, numbers.size + 1);
  return numbers;
}
