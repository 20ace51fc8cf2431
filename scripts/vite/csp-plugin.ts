import type { Plugin } from 'vite';

/**
 * A strict Content-Security-Policy for production builds: no inline script, no eval.
 * Cytoscape injects one fixed `<style>` element (`.__________cytoscape_container
 * { position: relative; }`), allowed by its hash. The dev server needs inline scripts
 * for hot reload, so the policy is applied to `vite build` output and `vite preview` only.
 */
const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': `'self' ${CYTOSCAPE_STYLE_HASH}`,
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  // Graph files may be opened by URL (?graph=...) from other https hosts.
  'connect-src': "'self' https: blob: data:",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

export function cspString(extra: Record<string, string> = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...extra })
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

export function cspPlugin(): Plugin {
  return {
    name: 'strict-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${cspString()}">`;
      return html.replace('<head>', `<head>\n    ${meta}`);
    },
  };
}
