import type { MessageKey } from '../../shared/i18n/en';

/** The exports the menu offers, in menu order, with their group and accessible name. */
export type ExportFormat = 'png' | 'svg' | 'json' | 'cyjs' | 'graphml' | 'gexf' | 'csv' | 'neo4j' | 'web-annotation' | 'report-html' | 'report-md';

export const EXPORT_GROUPS: readonly { title: MessageKey; items: readonly { format: ExportFormat; label: MessageKey }[] }[] = [
  {
    title: 'export.groupImages',
    items: [
      { format: 'png', label: 'export.pngImage' },
      { format: 'svg', label: 'export.svg' },
    ],
  },
  {
    title: 'export.groupData',
    items: [
      { format: 'json', label: 'export.json' },
      { format: 'cyjs', label: 'export.cyjs' },
      { format: 'graphml', label: 'export.graphml' },
      { format: 'gexf', label: 'export.gexf' },
      { format: 'csv', label: 'export.csv' },
      { format: 'neo4j', label: 'export.neo4j' },
      { format: 'web-annotation', label: 'export.webAnnotation' },
    ],
  },
  {
    title: 'export.groupReport',
    items: [
      { format: 'report-html', label: 'export.reportHtml' },
      { format: 'report-md', label: 'export.reportMd' },
    ],
  },
];
