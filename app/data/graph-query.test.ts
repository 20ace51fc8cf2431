import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { CANVAS_FRAME_MARK } from '../shared/after-first-frame';
import { GraphLoadError, graphQueryOptions, parseGraphOrThrow } from './graph-query';
import { registerFile } from './local-files';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer;

afterEach(() => {
  vi.unstubAllGlobals();
  performance.clearMarks();
});

describe('graph query', () => {
  it('validates an opened file and returns its graph', async () => {
    const client = new QueryClient();
    const graph = smallGraph();
    const data = await client.fetchQuery(graphQueryOptions({ kind: 'file', token: registerFile(bytes(graph)), name: 'g.json' }));
    expect(data).toEqual(graph);
  });

  it('refuses an invalid file with its problems and JSON paths', async () => {
    const broken = { ...smallGraph(), edges: [{ ...smallGraph().edges[0]!, target: 'nobody' }] };
    const error = await parseGraphOrThrow(bytes(broken)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphLoadError);
    expect((error as GraphLoadError).problems.map((p) => p.path)).toContain('$.edges[0].target');
  });

  it('draws the bundled graph before checking it, and shows the problems if the check fails', async () => {
    // A damaged deployment: the bundled file parses but breaks the contract.
    const broken = { ...smallGraph(), nodes: smallGraph().nodes.map((n) => ({ ...n, type: 'no-such-type' })) };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(bytes(broken))));
    const client = new QueryClient();
    const observer = new QueryObserver(client, graphQueryOptions({ kind: 'bundled', id: 'putin-china-visit' }));
    const states: string[] = [];
    const settled = new Promise<GraphLoadError>((resolve) => {
      observer.subscribe((result) => {
        states.push(result.status);
        if (result.status === 'success') performance.mark(CANVAS_FRAME_MARK);
        if (result.status === 'error') resolve(result.error as GraphLoadError);
      });
    });
    const error = await settled;
    observer.destroy();
    // First drawn as it came, unchecked; then the check fails and the query reads it again, checking first.
    expect(states).toContain('success');
    expect(error).toBeInstanceOf(GraphLoadError);
    expect(error.problems[0]!.path).toMatch(/^\$\.nodes\[0\]\.type/);
  });
});
