import './zod-config';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateGraph } from '../../scripts/generate-graph.ts';
import { analyseGraph, analysePacked } from '../domain/analysis';
import { packedInputOf, type PackedInput } from '../domain/analysis-input';
import type { Graph } from '../domain/schema';
import { smallGraph } from '../test/fixtures';
import { analysisQueryOptions } from './analysis-query';
import type { AnalysisRequest } from './analysis.worker';
import { graphQueryOptions } from './graph-query';
import { registerFile } from './local-files';
import { answerValidation, type ValidateMessage, type ValidateRequest } from './validate-answer';

/**
 * Workers that answer as validate.worker.ts and analysis.worker.ts do, on this thread;
 * what the analysis worker is asked is recorded.
 */
const asked: ('bytes' | 'input')[] = [];
/** Files the fake analysis worker parsed itself (none when the validation worker sends what it read). */
let parsedByAnalysis = 0;
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(readonly url: URL | string) {}
  postMessage(request: AnalysisRequest | ValidateRequest) {
    if (String(this.url).includes('validate')) {
      const messages: ValidateMessage[] = [];
      answerValidation(request as ValidateRequest, (message) => messages.push(message));
      queueMicrotask(() => {
        for (const message of messages) this.onmessage?.({ data: message } as MessageEvent);
      });
      return;
    }
    this.analyse(request as AnalysisRequest);
  }
  analyse(request: AnalysisRequest) {
    asked.push('bytes' in request ? 'bytes' : 'input');
    // As the worker does: what the validation worker read of the file comes through the port.
    if ('port' in request && request.port) {
      const port = request.port;
      port.onmessage = (event: MessageEvent<PackedInput | null>) => {
        port.close();
        const reply = event.data ? analysePacked(event.data) : null;
        this.onmessage?.({ data: reply } as MessageEvent);
      };
      return;
    }
    let input: PackedInput | null;
    if ('bytes' in request) parsedByAnalysis++;
    try {
      input = 'bytes' in request ? packedInputOf(JSON.parse(new TextDecoder().decode(request.bytes))) : request.input;
    } catch {
      input = null;
    }
    const reply = input ? analysePacked(input) : null;
    queueMicrotask(() => this.onmessage?.({ data: reply } as MessageEvent));
  }
  terminate() {}
}

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer;

afterEach(() => {
  vi.unstubAllGlobals();
  asked.length = 0;
  parsedByAnalysis = 0;
});

describe('analysis query', () => {
  it('takes a large file’s communities from the analysis started beside its validation', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const large = generateGraph({ nodes: 1500, seed: 3 });
    const file = bytes(large);
    expect(file.byteLength).toBeGreaterThan(1024 * 1024);
    const client = new QueryClient();
    const graph: Graph = await client.fetchQuery(graphQueryOptions({ kind: 'file', token: registerFile(file), name: 'large.json' }));
    expect(asked).toEqual(['bytes']);
    const analysis = await client.fetchQuery(analysisQueryOptions(graph));
    // No second analysis: the one made from the bytes fits the validated graph.
    expect(asked).toEqual(['bytes']);
    expect(analysis).toEqual(analyseGraph(graph));
    // The file was parsed once, by the validation worker, which sent the analysis what it read.
    expect(parsedByAnalysis).toBe(0);
  });

  it('analyses a small file once it is validated', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const client = new QueryClient();
    const graph: Graph = await client.fetchQuery(graphQueryOptions({ kind: 'file', token: registerFile(bytes(smallGraph())), name: 'small.json' }));
    expect(asked).toEqual([]);
    await client.fetchQuery(analysisQueryOptions(graph));
    expect(asked).toEqual(['input']);
  });
});

describe('a large file opened by link', () => {
  it('starts its analysis worker when the server gives its size, before its bytes arrive', async () => {
    const started: string[] = [];
    class CountedWorker extends FakeWorker {
      constructor(url: URL | string) {
        super(url);
        started.push(String(url).includes('validate') ? 'validate' : 'analysis');
      }
    }
    vi.stubGlobal('Worker', CountedWorker);
    const file = new Uint8Array(bytes(generateGraph({ nodes: 1500, seed: 3 })));
    let startedBeforeBytes: string[] = [];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        startedBeforeBytes = [...started];
        controller.enqueue(file);
        controller.close();
      },
    }, { highWaterMark: 0 });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json', 'content-length': String(file.byteLength) } })));
    const client = new QueryClient();
    const graph: Graph = await client.fetchQuery(graphQueryOptions({ kind: 'url', url: '/large.json' }));
    expect(startedBeforeBytes).toEqual(['validate', 'analysis']);
    expect(started).toEqual(['validate', 'analysis']);
    expect(asked).toEqual(['bytes']);
    expect(await client.fetchQuery(analysisQueryOptions(graph))).toEqual(analyseGraph(graph));
  });

  it('starts none for a file the server says is small, and one for a file of unknown size', async () => {
    const started: string[] = [];
    class CountedWorker extends FakeWorker {
      constructor(url: URL | string) {
        super(url);
        if (!String(url).includes('validate')) started.push('analysis');
      }
    }
    vi.stubGlobal('Worker', CountedWorker);
    const small = bytes(smallGraph());
    const headers = (length: string | null) => ({ 'content-type': 'application/json', ...(length === null ? {} : { 'content-length': length }) });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(small, { headers: headers(String(small.byteLength)) })));
    await new QueryClient().fetchQuery(graphQueryOptions({ kind: 'url', url: '/small.json' }));
    expect(started).toEqual([]);
    // Chunked, as a server compressing on the fly sends it: started, then ended once the file turns out small.
    vi.stubGlobal('fetch', vi.fn(async () => new Response(small, { headers: headers(null) })));
    await new QueryClient().fetchQuery(graphQueryOptions({ kind: 'url', url: '/chunked.json' }));
    expect(started).toEqual(['analysis']);
  });
});
