declare module 'virtual:graph-titles' {
  /** Each bundled graph's title, by graph id. */
  const titles: Record<string, { ar: string; en: string }>;
  export default titles;
}
