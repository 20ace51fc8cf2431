// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { graphQueryOptions } from '@/data/graph-query';
import { renderWithApp } from '@/test/render';
import { smallGraph } from '@/test/fixtures';
import { useCurrentGraphQuery, useGraphIndex } from './current-graph';

function Reader({ n }: { n: number }) {
  const index = useGraphIndex();
  const query = useCurrentGraphQuery();
  return (
    <p>
      reader {n}: {index?.graph.nodes.length ?? 'none'} entities, {query.isPending ? 'pending' : 'ready'}
    </p>
  );
}

describe('the open graph, read through CurrentGraphProvider', () => {
  it('gives every reader the same graph and index through one observer of the query', () => {
    const graph = smallGraph();
    const { client } = renderWithApp(
      <>
        {Array.from({ length: 12 }, (_, i) => (
          <Reader key={i} n={i} />
        ))}
      </>,
      { graph },
    );
    for (let i = 0; i < 12; i++) expect(screen.getByText(`reader ${i}: ${graph.nodes.length} entities, ready`)).toBeDefined();
    const query = client.getQueryCache().find({ queryKey: graphQueryOptions({ kind: 'bundled', id: graph.id }).queryKey });
    expect(query?.getObserversCount()).toBe(1);
  });

  it('says so when a part reads the graph outside the providers', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Reader n={0} />)).toThrow(/outside CurrentGraphProvider/);
  });
});
