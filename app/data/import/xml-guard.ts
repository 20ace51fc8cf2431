import { ImportError } from './import-error';

/**
 * Refuse XML that could expand or fetch: any DOCTYPE that declares entities (the
 * "billion laughs" expansion) or names an external DTD or entity (SYSTEM / PUBLIC).
 * Gephi, yEd, NetworkX and this app write none of these, so nothing real is refused.
 * The check runs on the text before any XML parser sees it.
 */
export function refuseUnsafeXml(text: string): void {
  const doctype = /<!DOCTYPE\b/i.exec(text);
  if (!doctype) {
    if (/<!ENTITY\b/i.test(text)) throw entities();
    return;
  }
  const rest = text.slice(doctype.index);
  if (/<!ENTITY\b/i.test(rest)) throw entities();
  const declaration = /^<!DOCTYPE[^[>]*/i.exec(rest)?.[0] ?? '';
  if (/\b(SYSTEM|PUBLIC)\b/.test(declaration)) {
    throw new ImportError('The XML file names an external DTD; external entities are refused', { key: 'load.xmlExternal' });
  }
}

function entities(): ImportError {
  return new ImportError('The XML file declares entities; entity expansion is refused', { key: 'load.xmlEntities' });
}
