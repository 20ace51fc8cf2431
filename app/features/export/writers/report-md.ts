import { segmentText } from '../../../domain/text-segments';
import type { Report } from './report-model';

/**
 * Text for Markdown: emphasis, code, link and table characters are backslash-escaped,
 * `<`, `>` and `&` written as entities (so a label such as `<img onerror=…>` stays text
 * in every renderer), and a leading character that would start a block is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c)
    .replace(/^(\s*)([#+\-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** The evidence report as Markdown, in the report's language, Arabic quotes always in Arabic. */
export function writeReportMarkdown(report: Report): string {
  const md = escapeMarkdown;
  const out: string[] = [`# ${md(report.heading)}: ${md(report.title)}`, ''];
  if (report.titleAr) out.push(md(report.titleAr), '');
  out.push(md(report.meta), '');
  for (const line of report.about) out.push(md(line), '');
  if (report.source) out.push(md(report.source), '');
  if (report.relationCount === 0) out.push(md(report.labels.none), '');
  for (const group of report.groups) {
    out.push(`## ${md(group.label)} (${group.relations.length})`, '');
    for (const relation of group.relations) {
      out.push(`### ${md(relation.heading)}`, '');
      if (relation.headingAr) out.push(md(relation.headingAr), '');
      out.push(`- ${md(relation.attribution)}`);
      if (relation.qualifiers) out.push(`- ${md(report.labels.qualifiers)}: ${md(relation.qualifiers.text)}`);
      if (relation.note) out.push(`- ${md(report.labels.note)}: ${md(relation.note.text)}`);
      out.push('', `**${md(report.labels.evidence(relation.evidence.length))}**`, '');
      for (const e of relation.evidence) {
        // The quote in bold inside its whole sentence.
        const sentence = segmentText(e.sentence, [{ start: e.start, end: e.end }])
          .map((s) => (s.mark ? `**${md(s.text)}**` : md(s.text)))
          .join('');
        out.push(`> ${md(e.place)} (${md(e.sentenceId)})`, '>', `> ${sentence}`);
        if (e.translation) out.push('>', `> *${md(report.labels.translation)}:* ${md(e.translation)}`);
        out.push('');
      }
    }
  }
  return out.join('\n');
}
