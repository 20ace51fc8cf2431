import type { GraphIndex } from '../../domain/graph-index';
import type { Lang } from '../../domain/schema';
import { validateGraphText } from '../../domain/validate';
import type { Visibility } from '../../domain/visibility';
import { downloadBlob, exportFileName } from '../../shared/download';
import type { GraphHandle } from '../../shared/graph-handle';
import { sourceLine } from '../../shared/article-about';
import type { Translate } from '../../shared/i18n/translate';
import { bytesToBase64, canvasMeasure, loadEmbeddedFonts } from './embedded-fonts';
import type { ExportFormat } from './formats';
import { selectForExport, type ExportScope } from './scope';
import { writeCsv } from './writers/csv';
import { writeCyjs } from './writers/cyjs';
import { writeGexf } from './writers/gexf';
import { writeGraphml } from './writers/graphml';
import { neo4jZip, writeNeo4j } from './writers/neo4j';
import { buildReport } from './writers/report-model';
import { writeReportHtml } from './writers/report-html';
import { writeReportMarkdown } from './writers/report-md';
import { publicationSnapshot } from './writers/publication';
import { writeSvg } from './writers/svg';
import { svgToPng } from './rasterize';
import { writeViewJson, type Positions } from './writers/view-json';
import { writeWebAnnotations } from './writers/web-annotation';

/** Loaded on demand when the user picks an export: the writers stay out of the first load. */

export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScope;
  index: GraphIndex;
  visibility: Visibility;
  lang: Lang;
  t: Translate;
  handle: GraphHandle | null;
  /** `publication`: the picture for an article (see `publicationSnapshot`), not the exact view. */
  png: { scale: number; transparent: boolean; publication?: boolean };
}

/** Writes the export, starts its download(s) and returns the file names. */
export async function runExport(req: ExportRequest): Promise<string[]> {
  const { index, scope, lang, t, handle } = req;
  const now = new Date();
  const selection = selectForExport(index, scope, req.visibility);
  const name = (ext: string) => exportFileName(index.graph.id, ext, scope, now);
  const canvas = () => {
    if (!handle) throw new Error('the graph canvas is not ready');
    return handle;
  };
  // Whole-graph exports read the canvas with every filter lifted for the moment.
  const read = <T>(fn: (h: GraphHandle) => T): T => (scope === 'full' ? canvas().unfiltered(() => fn(canvas())) : fn(canvas()));
  const positions = (): Positions | undefined =>
    handle ? new Map(read((h) => h.snapshot()).nodes.map((n) => [n.id, { x: n.x, y: n.y }])) : undefined;
  const save = (content: BlobPart, type: string, ext: string) => {
    const file = name(ext);
    downloadBlob(new Blob([content], { type }), file);
    return file;
  };

  // The SVG of the view, or for publication only what is lit, on the light page, with a source line.
  const svg = async (publication: boolean) => {
    const seen = read((h) => h.snapshot());
    const lit = scope === 'full' ? null : { nodes: new Set([...req.visibility.nodes].filter((id) => !req.visibility.faded.has(id))), edges: req.visibility.edges };
    const snapshot = publication ? publicationSnapshot(seen, lit) : seen;
    return writeSvg({
      snapshot,
      index,
      lang,
      title: index.graph.article.title[lang],
      legendTitles: { nodes: t('graph.legendNodes'), relations: t('graph.legendRelations') },
      background: publication || !req.png.transparent ? snapshot.background : null,
      fonts: await loadEmbeddedFonts(),
      measure: canvasMeasure(),
      ...(publication ? { publication: { source: sourceLine(index.graph.article, lang, t) } } : {}),
    });
  };

  switch (req.format) {
    case 'png': {
      // A picture for publication is the SVG's layout, drawn to PNG.
      if (req.png.publication) {
        const { blob } = await svgToPng(await svg(true), req.png.scale);
        return [save(blob, 'image/png', 'png')];
      }
      const scale = Math.min(req.png.scale, read((h) => h.maxPngScale(true)));
      const background = req.png.transparent ? null : canvasBackground();
      const blob = await read((h) => h.exportPng({ scale, full: true, background }));
      return [save(blob, 'image/png', 'png')];
    }
    case 'svg':
      return [save(await svg(req.png.publication === true), 'image/svg+xml', 'svg')];
    case 'json': {
      const text = writeViewJson(index, selection, positions());
      const check = validateGraphText(text);
      if (!check.ok) throw new Error(`${check.problems[0]?.path}: ${check.problems[0]?.message}`);
      return [save(text, 'application/json', 'json')];
    }
    case 'cyjs':
      return [save(writeCyjs(index, selection, lang, positions()), 'application/json', 'cyjs')];
    case 'graphml':
      return [save(writeGraphml(index, selection, lang, positions()), 'application/graphml+xml', 'graphml')];
    case 'gexf':
      return [save(writeGexf(index, selection, lang, positions(), now), 'application/gexf+xml', 'gexf')];
    case 'neo4j':
      return [save(new Uint8Array(neo4jZip(writeNeo4j(index, selection, lang, positions()))), 'application/zip', 'neo4j.zip')];
    case 'web-annotation':
      return [save(writeWebAnnotations(index, selection, now), 'application/ld+json', 'annotations.jsonld')];
    case 'csv': {
      const { nodes, edges } = writeCsv(index, selection, lang, positions());
      return [save(nodes, 'text/csv;charset=utf-8', 'nodes.csv'), save(edges, 'text/csv;charset=utf-8', 'edges.csv')];
    }
    case 'report-html':
    case 'report-md': {
      const scopeLabel = t(scope === 'full' ? 'export.scopeFull' : 'export.scopeView');
      const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      const report = buildReport(index, selection, lang, t, { scopeLabel, date, nodeCount: selection.nodes.size });
      if (req.format === 'report-md') return [save(writeReportMarkdown(report), 'text/markdown;charset=utf-8', 'md')];
      const h = canvas();
      // 1.5x: sharp enough to print at A4 width, small enough to keep the page light.
      const scale = Math.min(1.5, read(() => h.maxPngScale(true)));
      const png = await read(() => h.exportPng({ scale, full: true, background: canvasBackground() }));
      const imageDataUrl = `data:image/png;base64,${bytesToBase64(new Uint8Array(await png.arrayBuffer()))}`;
      const html = writeReportHtml({ report, imageDataUrl, fonts: await loadEmbeddedFonts() });
      return [save(html, 'text/html;charset=utf-8', 'html')];
    }
  }
}

/** The canvas's background in the current theme (styles.css `--canvas`). */
function canvasBackground(): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue('--canvas').trim();
  return value || '#ffffff';
}
