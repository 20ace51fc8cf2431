import type { Graph } from '../domain/schema';

/** A small valid graph: three sentences, four nodes, four edges. Tests mutate copies. */
export function smallGraph(): Graph {
  const s0 = 'زيارة بوتين للصين';
  const s1 = 'زار الرئيس الروسي فلاديمير بوتين الصين يوم الخميس.';
  const s2 = 'اتهم بوتين الغرب بالفشل، ودعمت الصين ادعاءات روسيا.';
  return {
    schemaVersion: 1,
    id: 'small-test',
    article: {
      title: { ar: s0, en: "Putin's visit to China" },
      lang: 'ar',
      source: 'test fixture',
      sentences: [
        { id: 's0', role: 'title', text: s0, en: "Putin's visit to China" },
        { id: 's1', role: 'lede', text: s1, en: 'Russian President Vladimir Putin visited China on Thursday.' },
        { id: 's2', role: 'body', text: s2, en: 'Putin accused the West of failing, and China supported Russia’s claims.' },
      ],
    },
    nodeTypes: [
      { id: 'person', label: { ar: 'شخص', en: 'Person' } },
      { id: 'country', label: { ar: 'دولة', en: 'Country' } },
      { id: 'bloc', label: { ar: 'تكتل', en: 'Bloc' } },
    ],
    relationTypes: [
      { id: 'visits', label: { ar: 'يزور', en: 'visits' }, category: 'diplomacy', directed: true },
      { id: 'accuses', label: { ar: 'يتهم', en: 'accuses' }, category: 'stance', directed: true },
      { id: 'supports', label: { ar: 'يدعم', en: 'supports' }, category: 'stance', directed: true },
      { id: 'leads', label: { ar: 'يقود', en: 'leads' }, category: 'leadership', directed: true },
    ],
    nodes: [
      {
        id: 'putin',
        type: 'person',
        label: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' },
        aliases: { ar: ['بوتين', 'الرئيس الروسي'], en: ['Putin'] },
        mentions: [
          { sentence: 's0', start: 6, end: 11, text: 'بوتين' },
          { sentence: 's1', start: 18, end: 32, text: 'فلاديمير بوتين' },
        ],
      },
      {
        id: 'china',
        type: 'country',
        label: { ar: 'الصين', en: 'China' },
        mentions: [{ sentence: 's1', start: 33, end: 38, text: 'الصين' }],
      },
      { id: 'russia', type: 'country', label: { ar: 'روسيا', en: 'Russia' }, mentions: [{ sentence: 's2', start: 45, end: 50, text: 'روسيا' }] },
      { id: 'west', type: 'bloc', label: { ar: 'الغرب', en: 'the West' }, mentions: [{ sentence: 's2', start: 11, end: 16, text: 'الغرب' }] },
    ],
    edges: [
      { id: 'putin-visits-china', source: 'putin', target: 'china', type: 'visits', evidence: [{ sentence: 's1', start: 0, end: 38, quote: 'زار الرئيس الروسي فلاديمير بوتين الصين' }] },
      { id: 'putin-accuses-west', source: 'putin', target: 'west', type: 'accuses', evidence: [{ sentence: 's2', start: 0, end: 16, quote: 'اتهم بوتين الغرب' }] },
      { id: 'china-supports-russia', source: 'china', target: 'russia', type: 'supports', attributedTo: 'russia', evidence: [{ sentence: 's2', start: 25, end: 50, quote: 'ودعمت الصين ادعاءات روسيا' }] },
      { id: 'putin-leads-russia', source: 'putin', target: 'russia', type: 'leads', evidence: [{ sentence: 's1', start: 4, end: 32, quote: 'الرئيس الروسي فلاديمير بوتين' }] },
    ],
  };
}
