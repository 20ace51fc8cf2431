import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { GraphHandleProvider } from './shared/graph-handle';
import { CurrentGraphProvider } from './state/current-graph';

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
}

export function Providers({ children, client: given }: { children: ReactNode; client?: QueryClient }) {
  const [client] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <CurrentGraphProvider>
        <GraphHandleProvider>{children}</GraphHandleProvider>
      </CurrentGraphProvider>
    </QueryClientProvider>
  );
}
