import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { graphQueryOptions, type GraphSource } from '@/data/graph-query';
import type { Graph } from '@/domain/schema';
import { createQueryClient, Providers } from '@/providers';
import { useAppStore, type AppState } from '@/state/store';
import { smallGraph } from './fixtures';

/** Put the store back as a fresh page has it (actions included). */
export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}

interface AppRenderOptions extends Omit<RenderOptions, 'wrapper'> {
  /** The open graph, already in the query cache as if loaded (default: the small fixture). */
  graph?: Graph;
  /** Store state to start from, after a reset (language defaults to English). */
  state?: Partial<AppState>;
}

/**
 * The one render wrapper for component tests: the app's own providers (query client and
 * graph handle), a fresh store in English, and the graph in the query cache, so a
 * component reads it through the same hooks as in the app. Returns a user-event session.
 */
export function renderWithApp(ui: ReactElement, { graph = smallGraph(), state = {}, ...options }: AppRenderOptions = {}) {
  resetStore();
  const source: GraphSource = { kind: 'bundled', id: graph.id };
  const client = createQueryClient();
  client.setQueryData(graphQueryOptions(source).queryKey, graph);
  useAppStore.setState({ source, lang: 'en', ...state });
  const wrapper = ({ children }: { children: ReactNode }) => <Providers client={client}>{children}</Providers>;
  return { user: userEvent.setup(), client, ...render(ui, { wrapper, ...options }) };
}
