// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { ChunkLoadError, failedModuleUrl, lazyPart } from './lazy-part';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Hello({ name }: { name: string }) {
  return <p>hello {name}</p>;
}

class Catch extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    return this.state.error ? <p role="alert">{this.state.error.name}: {this.state.error.message}</p> : this.props.children;
  }
}

describe('lazyPart', () => {
  it('shows its placeholder, then the part as soon as the code arrives: no timer holds it back', async () => {
    // Outside act(), as in the browser: React's own scheduler runs (on setImmediate here),
    // while every setTimeout is frozen. A Suspense retry would wait for React's 300 ms
    // fallback throttle, a setTimeout, and never show.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const host = document.createElement('div');
    const root = createRoot(host);
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 50 && !check(); i++) await turn();
      return check();
    };
    try {
      const code = deferred<{ Hello: typeof Hello }>();
      const Part = lazyPart(() => code.promise, (m) => m.Hello, <p>loading</p>);
      root.render(<Part name="world" />);
      expect(await until(() => host.textContent === 'loading')).toBe(true);
      code.resolve({ Hello });
      expect(await until(() => host.textContent === 'hello world')).toBe(true);
    } finally {
      root.unmount();
      vi.useRealTimers();
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
    }
  });

  it('draws code that is already here at once, without the placeholder', async () => {
    const Part = lazyPart(() => Promise.resolve({ Hello }), (m) => m.Hello, <p>loading</p>);
    Part.preload();
    await act(async () => undefined);
    render(<Part name="again" />);
    expect(screen.getByText('hello again')).toBeDefined();
    expect(screen.queryByText('loading')).toBeNull();
  });

  it('a failed download reaches the nearest boundary as a ChunkLoadError', async () => {
    const code = deferred<{ Hello: typeof Hello }>();
    const Part = lazyPart(() => code.promise, (m) => m.Hello, <p>loading</p>);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Catch>
        <Part name="x" />
      </Catch>,
    );
    await act(async () => {
      code.reject(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/Hello-1.js'));
      await code.promise.catch(() => undefined);
    });
    expect(screen.getByRole('alert').textContent).toBe('ChunkLoadError: Failed to fetch dynamically imported module: http://127.0.0.1/assets/Hello-1.js');
  });
});

describe('failedModuleUrl', () => {
  it('reads the module address from Chromium’s failed dynamic import message', () => {
    const error = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/GraphView-DRtGC0wu.js');
    expect(failedModuleUrl(error)).toBe('http://127.0.0.1:4173/assets/GraphView-DRtGC0wu.js');
  });

  it('drops a query an earlier retry added', () => {
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: https://x.test/assets/a-1.js?retry=1'))).toBe('https://x.test/assets/a-1.js');
  });

  it('reads Firefox’s and Safari’s wording too, and nothing from a message without an address', () => {
    expect(failedModuleUrl(new TypeError("error loading dynamically imported module: https://x.test/assets/b.mjs"))).toBe('https://x.test/assets/b.mjs');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
  });
});

describe('ChunkLoadError', () => {
  it('keeps the browser’s message and the original error', () => {
    const cause = new TypeError('Failed to fetch');
    const error = new ChunkLoadError(cause);
    expect(error.message).toBe('Failed to fetch');
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(Error);
  });
});
