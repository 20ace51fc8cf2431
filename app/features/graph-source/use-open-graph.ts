import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { GraphLoadError, graphQueryOptions, type GraphSource } from '../../data/graph-query';
import { MAX_FILE_BYTES, registerFile } from '../../data/local-files';
import { guessMapping, type CsvMapping, type CsvTable } from '../../data/import/csv-mapping';
import { formatSize } from '../../domain/format-size';
import type { Problem } from '../../domain/validate';
import { useT } from '../../state/hooks';
import { loadErrorMessage, loadErrorTechnical } from './load-error-message';
import { useAppStore } from '../../state/store';

/** CSV files read and waiting for the user to map their columns. */
export interface PendingCsv {
  tables: CsvTable[];
  mapping: CsvMapping;
}

/** Spreadsheets go through the column-mapping step; everything else straight to the reader. */
export function isCsvName(name: string): boolean {
  return /\.(csv|tsv)$/i.test(name);
}

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
  const [pendingCsv, setPendingCsv] = useState<PendingCsv | null>(null);

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

  const openCsv = useCallback(
    async (files: File[]) => {
      const names = files.map((f) => f.name).join(', ');
      setFailure(null);
      try {
        // papaparse loads with the first spreadsheet, not with the page.
        const { readCsvTable } = await import('../../data/import/csv');
        const tables = await Promise.all(files.map(async (f) => readCsvTable(await f.text(), f.name)));
        setPendingCsv({ tables, mapping: guessMapping(tables) });
      } catch (error) {
        setFailure({ name: names, message: loadErrorMessage(error, t), problems: [] });
      }
    },
    [t],
  );

  /** The mapped tables become a graph file, opened (and validated) like any other. */
  const openMappedCsv = useCallback(
    async (mapping: CsvMapping) => {
      if (!pendingCsv) return;
      const [{ csvToImported }, { toContract }] = await Promise.all([import('../../data/import/csv'), import('../../data/import/to-contract')]);
      const imported = csvToImported(pendingCsv.tables, mapping);
      setPendingCsv(null);
      const bytes = new TextEncoder().encode(JSON.stringify(toContract(imported)));
      await tryOpen(imported.fileName, { kind: 'file', token: registerFile(bytes.buffer), name: imported.fileName });
    },
    [pendingCsv, tryOpen],
  );

  const openFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        setFailure({ name: file.name, message: t('loader.tooLarge', { size: formatSize(file.size), limit: formatSize(MAX_FILE_BYTES) }), problems: [] });
        return;
      }
      if (isCsvName(file.name)) {
        await openCsv([file]);
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
    [t, tryOpen, openCsv],
  );

  /** Several files at once: CSV node and edge lists go to the mapping step together; otherwise the first file opens. */
  const openFiles = useCallback(
    async (files: File[]) => {
      const tooLarge = files.find((f) => f.size > MAX_FILE_BYTES);
      const csv = files.filter((f) => isCsvName(f.name));
      if (tooLarge || csv.length < 2) {
        if (tooLarge ?? files[0]) await openFile(tooLarge ?? files[0]!);
        return;
      }
      await openCsv(csv.slice(0, 4));
    },
    [openFile, openCsv],
  );

  return {
    openFile,
    openFiles,
    openSource: tryOpen,
    failure,
    dismiss: () => setFailure(null),
    busy,
    pendingCsv,
    openMappedCsv,
    cancelCsv: () => setPendingCsv(null),
  };
}
