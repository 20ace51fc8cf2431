import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
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
        Lazy = make();
        throw new ChunkLoadError(error);
      },
    ));
  const make = () => lazy(async () => ({ default: await fetchOnce() }));
  let Lazy = make();
  const Part = (props: P) => {
    // Code already here is drawn at once: through React.lazy even loaded code suspends
    // for a render first. Chosen once per instance, so it never switches between the two.
    const [Loaded] = useState(() => loaded);
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  };
  return Object.assign(Part, { preload: () => void fetchOnce().catch(() => undefined) });
}
