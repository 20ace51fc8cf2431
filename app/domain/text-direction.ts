/**
 * The language and writing direction of an article's own text, from `article.lang` (a
 * BCP 47 tag): one answer for the explorer and the authoring workspace alike.
 */

export interface TextAttrs {
  lang: string;
  dir: 'rtl' | 'ltr';
}

/** Languages written right to left (primary subtags), and scripts that are, for tags such as `ku-Arab`. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'nqo', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg']);

export function textDirection(lang: string): 'rtl' | 'ltr' {
  const [primary = '', ...rest] = lang.toLowerCase().split(/[-_]/);
  const script = rest.find((part) => part.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

export function articleText(article: { lang: string }): TextAttrs {
  return { lang: article.lang, dir: textDirection(article.lang) };
}
