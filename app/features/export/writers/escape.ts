/**
 * Escaping for the text formats the exports write. Labels, quotes and notes come from
 * user files, so every character that could end a text node or an attribute is escaped,
 * and characters XML 1.0 forbids (control characters, lone surrogates) are dropped: one
 * stray U+0001 in a label would make the whole file unreadable.
 */

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text or attribute value for XML, SVG or HTML. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

/** The bidi isolates the canvas wraps labels in; exports set direction explicitly instead. */
export function stripIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Base direction of a string by its first strong character, as `dir="auto"` decides. */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const first = STRONG_CHAR.exec(text);
  return first && RTL_CHAR.test(first[0]) ? 'rtl' : 'ltr';
}

/** Round for output: two decimals are far below a pixel. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
