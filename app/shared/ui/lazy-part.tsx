import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useT } from '@/state/hooks';
import type { MessageKey } from '@/shared/i18n/translate';
import { failedModuleUrl } from '../failed-module-url';

export { failedModuleUrl };

/** A part of the app whose code could not be downloaded (offline, a deploy replaced the files). */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ChunkLoadError';
  }
}

/** A labelled placeholder while a part's code downloads: never a blank. */
export function PartLoading({ className = 'loading', label = 'lazy.loading' }: { className?: string; label?: MessageKey }) {
  const t = useT();
  return (
    <p className={className} role="status">
      {t(label)}
    </p>
  );
}

/**
 * A component whose code is a chunk of its own. `preload` starts the download early (it
 * never rejects); a failed download throws ChunkLoadError to the nearest PanelBoundary.
 * The browser remembers a failed module for the page's life, so the next render (its
 * "Try again") asks for the same file under a fresh query instead.
 *
 * Not React.lazy: a part that suspends is revealed as a Suspense retry, and React holds
 * a retry back until 300 ms after the last fallback it showed (its fallback throttle),
 * so the canvas, whose code arrives just after the first render, was created that much
 * later. Here the placeholder is ordinary output and the arrival of the code an ordinary
 * state update, drawn at once.
 */
export function lazyPart<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  fallback: ReactNode = <PartLoading />,
): ComponentType<P> & { preload: () => void } {
  let pending: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  let retryFrom: string | null = null;
  let attempts = 0;
  const fetchOnce = () =>
    (pending ??= (retryFrom ? (import(/* @vite-ignore */ `${retryFrom}?retry=${attempts}`) as Promise<M>) : load()).then(
      (module) => (loaded = pick(module)),
      (error: unknown) => {
        attempts += 1;
        retryFrom = failedModuleUrl(error) ?? retryFrom;
        pending = null;
        throw new ChunkLoadError(error);
      },
    ));
  type Code = { component: ComponentType<P> } | { error: ChunkLoadError } | null;
  const Part = (props: P) => {
    // Code already here is drawn at once; else the download starts as the part first renders.
    const [code, setCode] = useState<Code>(() => {
      if (loaded) return { component: loaded };
      void fetchOnce().catch(() => undefined);
      return null;
    });
    useEffect(
      function waitForCode() {
        if (code) return;
        let live = true;
        fetchOnce().then(
          (component) => live && setCode({ component }),
          (error: unknown) => live && setCode({ error: error instanceof ChunkLoadError ? error : new ChunkLoadError(error) }),
        );
        return () => {
          live = false;
        };
      },
      [code],
    );
    if (code && 'error' in code) throw code.error;
    if (!code) return fallback;
    const Loaded = code.component;
    return <Loaded {...props} />;
  };
  return Object.assign(Part, { preload: () => void fetchOnce().catch(() => undefined) });
}
