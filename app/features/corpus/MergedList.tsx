import { splitOff } from '../../domain/corpus/judgements';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { articleTitle } from './labels';
import { CorpusSection } from './CorpusSection';
import { today, type OpenCorpus } from './use-corpus';

/** Nodes that stand for entities of several articles; any member can be split off again. */
export function MergedList({ corpus }: { corpus: OpenCorpus }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const { graph, extras, decide } = corpus;
  const merged = graph.nodes.filter((n) => (n.members?.length ?? 0) > 1);
  return (
    <CorpusSection id="corpus-merged" title={t('corpus.merged')} count={merged.length} empty={t('corpus.noMerged')}>
      <ul className="corpus-merged">
        {merged.map((node) => (
          <li key={node.id}>
            <button type="button" className="node-link" onClick={() => select({ kind: 'node', id: node.id })}>
              {node.label[lang]}
            </button>
            <ul>
              {(node.members ?? []).map((m) => {
                const label = articleLabel(graph, m.article, m.entity, node.label[lang]);
                const article = articleTitle(extras.corpus, m.article, lang);
                return (
                  <li key={`${m.article}/${m.entity}`}>
                    <span lang="ar" dir="rtl">
                      {label}
                    </span>{' '}
                    <span className="muted">· {article}</span>{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('corpus.splitLabel', { label, article, node: node.label[lang] })}
                      onClick={() => decide(splitOff(extras.corpus, node.members ?? [], m, today(), t('corpus.decisionNote')))}
                    >
                      {t('corpus.split')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </CorpusSection>
  );
}

/** How one article names a merged node's member: the text of its first mention there. */
function articleLabel(graph: OpenCorpus['graph'], article: string, entity: string, fallback: string): string {
  const node = graph.nodes.find((n) => n.members?.some((m) => m.article === article && m.entity === entity));
  return node?.mentions.find((m) => m.article === article)?.text ?? fallback;
}
