import { segmentText } from '../../../domain/text-segments';
import { escapeXml as esc } from './escape';
import { fontFaceCss, fontsFor, type EmbeddedFont } from './fonts';
import type { LangText, Report } from './report-model';

export interface HtmlReportInput {
  report: Report;
  /** The graph as a PNG data URL; anything else is left out. */
  imageDataUrl: string | null;
  fonts: readonly EmbeddedFont[];
}

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

const STYLE = `
:root{color-scheme:light;--text:#1d232b;--muted:#55606e;--rule:#d5dbe3;--mark:#ffe08a}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:2rem 1.5rem;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--text);background:#fff}
[lang=ar]{font-family:"Noto Sans Arabic",system-ui,sans-serif;line-height:1.9}
h1{font-size:1.6rem;margin:0 0 .3rem}
h2{font-size:1.2rem;margin:2rem 0 .8rem;padding-bottom:.3rem;border-bottom:3px solid var(--rule)}
h3{font-size:1.02rem;margin:0 0 .2rem}
.meta,.place,dt,.attribution{color:var(--muted)}
.attribution{margin:.1rem 0 .3rem;font-style:italic}
.evidence-heading{margin:.5rem 0 0;font-weight:600}
.meta{margin:.2rem 0}
figure{margin:1.2rem 0}
figure img{display:block;max-width:100%;height:auto;border:1px solid var(--rule)}
.relation{border-inline-start:4px solid var(--rule);padding-inline-start:.9rem;margin:0 0 1.4rem;break-inside:avoid}
.heading-ar{margin:0 0 .3rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0}
dd{margin:0}
ol{margin:.4rem 0;padding-inline-start:1.4rem}
li{margin:.3rem 0 .7rem}
blockquote{margin:.2rem 0;font-size:1.05rem}
mark{background:var(--mark);color:inherit;padding:0 .1em}
.translation{margin:.1rem 0}
@media print{
  @page{size:A4;margin:16mm 14mm}
  body{max-width:none;padding:0;font-size:10.5pt}
  h2{break-after:avoid}
  figure{break-inside:avoid}
  figure img{max-height:180mm;object-fit:contain}
  mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;

/**
 * The evidence report as one self-contained, script-free HTML page: the graph image on
 * top, then each relation with its Arabic source sentence (quote marked) and translation.
 * A Content-Security-Policy meta tag forbids scripts and outside requests besides.
 */
export function writeReportHtml({ report, imageDataUrl, fonts }: HtmlReportInput): string {
  const rtl = report.lang === 'ar';
  const allText = [report.title, report.titleAr ?? '', ...report.groups.flatMap((g) => g.relations.flatMap((r) => [r.heading, r.headingAr ?? '', ...r.evidence.map((e) => e.sentence)]))].join(' ');
  const css = fontFaceCss(fontsFor(allText, fonts));
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${report.lang}" dir="${rtl ? 'rtl' : 'ltr'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${report.heading}: ${report.title}`)}</title>`,
    `<style>${css}\n${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${esc(report.heading)}: ${esc(report.title)}</h1>`,
  ];
  if (report.titleAr) out.push(`<p lang="ar" dir="rtl">${esc(report.titleAr)}</p>`);
  out.push(`<p class="meta">${esc(report.meta)}</p>`);
  for (const line of report.about) out.push(`<p class="meta about">${esc(line)}</p>`);
  if (report.source) out.push(`<p class="meta">${esc(report.source)}</p>`);
  out.push('</header>', '<main>');
  if (imageDataUrl && PNG_DATA_URL.test(imageDataUrl)) {
    out.push(`<figure><img src="${imageDataUrl}" alt="${esc(report.imageAlt)}"></figure>`);
  }
  if (report.relationCount === 0) out.push(`<p>${esc(report.labels.none)}</p>`);
  for (const group of report.groups) {
    out.push(`<section data-category="${esc(group.category)}">`, `<h2 style="border-color:${esc(group.color)}">${esc(group.label)} (${group.relations.length})</h2>`);
    for (const r of group.relations) {
      out.push(`<article class="relation" data-id="${esc(r.id)}" style="border-color:${esc(group.color)}">`, `<h3>${esc(r.heading)}</h3>`);
      if (r.headingAr) out.push(`<p class="heading-ar" lang="ar" dir="rtl">${esc(r.headingAr)}</p>`);
      out.push(`<p class="attribution">${esc(r.attribution)}</p>`);
      if (r.qualifiers || r.note) {
        out.push('<dl>');
        if (r.qualifiers) out.push(`<dt>${esc(report.labels.qualifiers)}</dt><dd>${langText(r.qualifiers, report.lang)}</dd>`);
        if (r.note) out.push(`<dt>${esc(report.labels.note)}</dt><dd>${langText(r.note, report.lang)}</dd>`);
        out.push('</dl>');
      }
      out.push(`<p class="evidence-heading">${esc(report.labels.evidence(r.evidence.length))}</p>`, '<ol>');
      for (const e of r.evidence) {
        const sentence = segmentText(e.sentence, [{ start: e.start, end: e.end }])
          .map((s) => (s.mark ? `<mark>${esc(s.text)}</mark>` : esc(s.text)))
          .join('');
        out.push(
          `<li data-sentence="${esc(e.sentenceId)}">`,
          `<p class="place">${esc(e.place)} (${esc(e.sentenceId)})</p>`,
          `<blockquote lang="ar" dir="rtl">${sentence}</blockquote>`,
        );
        if (e.translation) out.push(`<p class="translation" lang="en" dir="ltr">${esc(e.translation)}</p>`);
        out.push('</li>');
      }
      out.push('</ol>', '</article>');
    }
    out.push('</section>');
  }
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}

function langText(value: LangText, pageLang: string): string {
  if (value.lang === pageLang) return esc(value.text);
  return `<span lang="${value.lang}" dir="${value.lang === 'ar' ? 'rtl' : 'ltr'}">${esc(value.text)}</span>`;
}
