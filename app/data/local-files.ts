import { GraphLoadError } from './load-error';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Files the user opened from disk, held until their query reads them. A File is not
 * application state and cannot be put in a URL, so the query key carries a token and
 * this registry maps it to the file's bytes (handed to the validation worker as they are).
 */
const pending = new Map<string, ArrayBuffer>();
let counter = 0;

export function registerFile(bytes: ArrayBuffer): string {
  counter += 1;
  const token = `f${Date.now().toString(36)}${counter}`;
  pending.set(token, bytes);
  return token;
}

export async function takeFile(token: string): Promise<ArrayBuffer> {
  const bytes = pending.get(token);
  if (bytes === undefined) throw new GraphLoadError('This file is no longer available; open it again.', { key: 'load.fileGone' });
  // The query cache keeps the parsed graph (gcTime Infinity); the bytes go to the worker.
  pending.delete(token);
  return bytes;
}
