/** Ids in graph and annotation files: lowercase ASCII kebab-case ("vladimir-putin", "s12"). */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lowercase ASCII kebab-case, accents dropped, at most 60 characters; '' when nothing Latin is left. */
export function toKebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
