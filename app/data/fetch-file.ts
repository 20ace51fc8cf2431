import { GraphLoadError } from './load-error';

/**
 * Fetches a graph or corpus file, turning each way it can fail into a load error the reader can
 * be told about: no connection, an address that is not there (404, 410, or the app's own page,
 * which a single-page server sends for any unknown address), or another HTTP status.
 */
export async function fetchFile(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    const detail = (error as Error).message;
    throw new GraphLoadError(`Could not fetch ${url}: ${detail}`, { key: 'load.fetchFailed', params: { url, detail } });
  }
  if (response.status === 404 || response.status === 410) {
    throw new GraphLoadError(`Could not fetch ${url}: HTTP ${response.status}`, { key: 'load.notFound', params: { url } });
  }
  if (!response.ok) {
    throw new GraphLoadError(`Could not fetch ${url}: HTTP ${response.status}`, { key: 'load.httpStatus', params: { url, status: response.status } });
  }
  const type = response.headers.get('content-type') ?? '';
  if (/text\/html/i.test(type)) {
    throw new GraphLoadError(`Could not fetch ${url}: the server answered with a web page (${type}), not a graph file`, { key: 'load.notFound', params: { url } });
  }
  return response;
}
