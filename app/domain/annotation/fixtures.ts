/**
 * A small annotation document for the unit tests of this folder: Arabic sentences with
 * a repeated word, tashkeel, tatweel, Latin text and an emoji (a surrogate pair).
 */
import { ANNOTATION_FORMAT, type AnnotationDoc } from './schema';

export const TASHKEEL_SENTENCE = 'وصفَ الرئيسُ الصينيُّ شي جين بينغ العلاقاتِ بأنها «قويـــة» مع NATO 🇷🇺 اليوم.';

export function sampleDoc(): AnnotationDoc {
  return {
    format: ANNOTATION_FORMAT,
    version: 1,
    id: 'sample',
    article: { title: { ar: 'زيارة بوتين للصين', en: "Putin's visit to China" }, lang: 'ar', source: 'written for the tests' },
    sentences: [
      { id: 's0', role: 'title', text: 'زيارة بوتين للصين', en: "Putin's visit to China" },
      { id: 's1', role: 'lede', text: 'زار الرئيس الروسي فلاديمير بوتين الصين يوم الخميس.', en: 'Russian President Vladimir Putin visited China on Thursday.' },
      { id: 's2', role: 'body', text: 'قال بوتين إن روسيا والصين شريكتان، وإن روسيا تدعم الصين.', en: 'Putin said Russia and China are partners, and that Russia supports China.' },
      { id: 's3', role: 'body', text: TASHKEEL_SENTENCE, en: 'The Chinese president Xi Jinping described relations as "strong" with NATO today.' },
    ],
    categories: [{ id: 'diplomacy', label: { ar: 'الدبلوماسية', en: 'Diplomacy' } }],
    nodeTypes: [
      { id: 'person', label: { ar: 'شخص', en: 'Person' } },
      { id: 'country', label: { ar: 'دولة', en: 'Country' } },
    ],
    relationTypes: [
      { id: 'visits', label: { ar: 'يزور', en: 'visits' }, category: 'diplomacy', directed: true },
      { id: 'partner-of', label: { ar: 'شريك', en: 'is a partner of' }, category: 'diplomacy', directed: false },
      { id: 'supports', label: { ar: 'يدعم', en: 'supports' }, category: 'diplomacy', directed: true },
    ],
    entities: [
      {
        id: 'putin',
        type: 'person',
        label: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' },
        aliases: { ar: ['بوتين'], en: ['Putin'] },
        mentions: [{ sentence: 's1', quote: 'فلاديمير بوتين' }, { sentence: 's2', quote: 'بوتين' }],
      },
      {
        id: 'russia',
        type: 'country',
        label: { ar: 'روسيا', en: 'Russia' },
        mentions: [{ sentence: 's2', quote: 'روسيا' }, { sentence: 's2', quote: 'روسيا', occurrence: 2 }],
      },
      {
        id: 'china',
        type: 'country',
        label: { ar: 'الصين', en: 'China' },
        mentions: [{ sentence: 's1', quote: 'الصين' }, { sentence: 's2', quote: 'الصين' }],
      },
    ],
    relations: [
      { id: 'putin-visits-china', source: 'putin', target: 'china', type: 'visits', evidence: [{ sentence: 's1', quote: 'زار الرئيس الروسي فلاديمير بوتين الصين' }] },
      {
        id: 'russia-supports-china',
        source: 'russia',
        target: 'china',
        type: 'supports',
        evidence: [{ sentence: 's2', quote: 'روسيا تدعم الصين' }],
        attributedTo: 'putin',
      },
    ],
  };
}
