import { GraphLoadError } from './load-error';

/**
 * Files the user opened from disk, held until their query reads them. A File is not
 * application state and cannot be put in a URL, so the query key carries a token and
 * this registry maps it to the file's text.
 */
const pending = new Map<string, string>();
let counter = 0;

export function registerFileText(text: string): string {
  counter += 1;
  const token = `f${Date.now().toString(36)}${counter}`;
  pending.set(token, text);
  return token;
}

export async function takeFileText(token: string): Promise<string> {
  const text = pending.get(token);
  if (text === undefined) throw new GraphLoadError('This file is no longer available; open it again.', { key: 'load.fileGone' });
  // The query cache keeps the parsed graph (gcTime Infinity); the raw text can go.
  pending.delete(token);
  return text;
}
