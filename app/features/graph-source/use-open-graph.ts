import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { GraphLoadError, graphQueryOptions, type GraphSource } from '../../data/graph-query';
import { registerFile } from '../../data/local-files';
import { formatSize } from '../../domain/format-size';
import type { Problem } from '../../domain/validate';
import { useT } from '../../state/hooks';
import { loadErrorMessage, loadErrorTechnical } from './load-error-message';
import { useAppStore } from '../../state/store';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface OpenFailure {
  name: string;
  message: string;
  problems: Problem[];
  technical?: string;
}

/**
 * Open another graph without losing the one that is open: the new file is read and
 * validated first (into the query cache), and only a valid graph replaces the view.
 */
export function useOpenGraph() {
  const t = useT();
  const queryClient = useQueryClient();
  const openGraph = useAppStore((s) => s.openGraph);
  const [failure, setFailure] = useState<OpenFailure | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const tryOpen = useCallback(
    async (name: string, source: GraphSource) => {
      setBusy(name);
      setFailure(null);
      try {
        await queryClient.fetchQuery(graphQueryOptions(source));
        openGraph(source);
      } catch (error) {
        queryClient.removeQueries({ queryKey: graphQueryOptions(source).queryKey });
        setFailure({
          name,
          message: loadErrorMessage(error, t),
          problems: error instanceof GraphLoadError ? error.problems : [],
          technical: loadErrorTechnical(error),
        });
      } finally {
        setBusy(null);
      }
    },
    [queryClient, openGraph, t],
  );

  const openFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        setFailure({ name: file.name, message: t('loader.tooLarge', { size: formatSize(file.size), limit: formatSize(MAX_FILE_BYTES) }), problems: [] });
        return;
      }
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (error) {
        setFailure({ name: file.name, message: loadErrorMessage(error, t), problems: [], technical: loadErrorTechnical(error) });
        return;
      }
      await tryOpen(file.name, { kind: 'file', token: registerFile(bytes), name: file.name });
    },
    [t, tryOpen],
  );

  return { openFile, openSource: tryOpen, failure, dismiss: () => setFailure(null), busy };
}
