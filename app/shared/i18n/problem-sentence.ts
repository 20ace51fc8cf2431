import type { Problem } from '../../domain/validate';
import type { MessageKey, Translate } from './translate';

const PLACES: [RegExp, MessageKey][] = [
  [/^\$\.nodes\[(\d+)\]/, 'problem.place.node'],
  [/^\$\.edges\[(\d+)\]/, 'problem.place.edge'],
  [/^\$\.article\.sentences\[(\d+)\]/, 'problem.place.sentence'],
  [/^\$\.nodeTypes\[(\d+)\]/, 'problem.place.nodeType'],
  [/^\$\.relationTypes\[(\d+)\]/, 'problem.place.relationType'],
  [/^\$\.categories\[(\d+)\]/, 'problem.place.category'],
];

/** Where a problem is, as a reader names it: "Relation 4", not `$.edges[3]`. */
export function problemPlace(path: string, t: Translate): { place: string; field: string } {
  for (const [pattern, key] of PLACES) {
    const match = pattern.exec(path);
    if (match) return { place: t(key, { n: Number(match[1]) + 1 }), field: path.slice(match[0].length).replace(/^\./, '') };
  }
  if (path.startsWith('$.article')) return { place: t('problem.place.article'), field: path.slice('$.article'.length).replace(/^\./, '') };
  return { place: t('problem.place.file'), field: path.replace(/^\$\.?/, '') };
}

/** A validator's problem as a sentence in the reader's language; its technical message when it has no code. */
export function problemSentence(problem: Problem, t: Translate): string {
  const { place, field } = problemPlace(problem.path, t);
  if (!problem.code) return `${place}: ${problem.message}`;
  return t(`problem.${problem.code}`, { place, field: field || '—', ...problem.params });
}
