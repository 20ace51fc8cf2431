import './zod-config';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateGraph } from '../../scripts/generate-graph.ts';
import { smallGraph } from '../test/fixtures';
import { answerValidation, type ValidateMessage, type ValidateRequest } from './validate-answer';
import { startValidation, validateOffThread } from './validate-off-thread';

/** A worker that answers as validate.worker.ts does, one message per task; what it sent is recorded. */
const sent: ValidateMessage['kind'][] = [];
let terminated = 0;
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: ValidateRequest) {
    answerValidation(request, (message) => {
      sent.push(message.kind);
      setTimeout(() => this.onmessage?.({ data: message } as MessageEvent), 0);
    });
  }
  terminate() {
    terminated++;
  }
}

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer;

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
  terminated = 0;
});

describe('validateOffThread', () => {
  it('builds the graph from the parts the worker sends before its checks across the graph end', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const graph = JSON.parse(JSON.stringify(generateGraph({ nodes: 2500, seed: 4 }))) as unknown;
    const result = await validateOffThread(bytes(graph));
    expect(result.ok && result.graph).toEqual(graph);
    // Shell, 2 + 3 + 5 parts of 1,000 (sentences, nodes, edges), then the verdict.
    expect(sent[0]).toBe('shell');
    expect(sent.at(-1)).toBe('done');
    expect(sent.filter((k) => k === 'part').length).toBeGreaterThanOrEqual(10);
    expect(terminated).toBe(1);
  });

  it('drops the parts of a graph the checks across it refuse, and gives its problems', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const broken = { ...smallGraph(), edges: [{ ...smallGraph().edges[0]!, target: 'nobody' }] };
    const result = await validateOffThread(bytes(broken));
    expect(sent).toContain('part');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toContain('$.edges[0].target');
  });

  it('sends nothing but the problems of a file whose shape is wrong', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const result = await validateOffThread(bytes({ ...smallGraph(), nodes: [{ id: 'x' }] }));
    expect(sent).toEqual(['done']);
    expect(!result.ok && result.problems[0]!.path).toMatch(/^\$\.nodes\[0\]/);
  });

  it('starts the worker before the file is there, and ends it when nothing comes', () => {
    vi.stubGlobal('Worker', FakeWorker);
    startValidation().cancel();
    expect(terminated).toBe(1);
  });
});
