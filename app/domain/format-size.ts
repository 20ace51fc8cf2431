/** A size for people: 1.5 MB, 12.0 KB, 300 B. (Its own module: importing it costs no zod.) */
export function formatSize(chars: number): string {
  if (chars >= 1024 * 1024) return `${(chars / 1024 / 1024).toFixed(1)} MB`;
  if (chars >= 1024) return `${(chars / 1024).toFixed(1)} KB`;
  return `${chars} B`;
}
