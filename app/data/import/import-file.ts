import type { Graph } from '../../domain/schema';
import { ImportError } from './import-error';
import { toContract } from './to-contract';
import { readGexf, readGraphml, sniffXml } from './xml-formats';

/**
 * The hook in the file-opening path: a GEXF or GraphML file is mapped onto the graph
 * contract (and then validated like any graph file); anything else is left to the JSON
 * reader. Throws ImportError with a message key when an XML file cannot be read.
 */
export function importXmlGraph(text: string, fileName: string): Graph | null {
  const format = sniffXml(text);
  if (format === null) {
    // XML, but neither GEXF nor GraphML: say so rather than report it as broken JSON.
    if (/^\s*(\uFEFF)?\s*</.test(text.slice(0, 1024))) throw new ImportError('The XML file is neither GEXF nor GraphML', { key: 'load.notAGraph' });
    return null;
  }
  return toContract(format === 'gexf' ? readGexf(text, fileName) : readGraphml(text, fileName));
}
