/**
 * Authoring script for the seed knowledge graph:
 *
 *   npx tsx scripts/build-seed-graph.ts
 *
 * The graph (node types, relation types, nodes, edges, sentence translations) is written
 * by hand below in a readable form. The script cuts the sentences from the source text,
 * computes every mention / evidence offset with indexOf, checks the graph for internal
 * consistency, and writes graph-data/putin-china-visit.graph.json (2-space indent).
 * Then run `npx tsx scripts/validate.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  Category,
  Evidence,
  Graph,
  GraphEdge,
  GraphNode,
  LocalizedNote,
  Mention,
  NodeType,
  RelationType,
  Sentence,
} from '../app/domain/schema';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_PATH = join(ROOT, 'graph-data', 'putin-china-visit.ar.txt');
const OUTPUT_PATH = join(ROOT, 'graph-data', 'putin-china-visit.graph.json');

// ---------------------------------------------------------------------------------------
// Sentences: cut from the source text, never retyped.
// ---------------------------------------------------------------------------------------

const FURNITURE = ['Translation:', 'Translated by AI', 'Newsletter', 'Related Articles'];

export function cutSentences(source: string): { role: Sentence['role']; text: string }[] {
  const lines = source.split('\n');
  const [title, lede, body, ...trailer] = lines;
  if (title === undefined || lede === undefined || body === undefined) {
    throw new Error(`source text: expected a title line, a lede line and a body line in ${SOURCE_PATH}`);
  }
  const rest = trailer.map((l) => l.trim()).filter((l) => l !== '');
  for (const line of rest) {
    if (!FURNITURE.includes(line)) throw new Error(`source text: unexpected line after the body: "${line}"`);
  }
  // Split the body at ". " boundaries, keeping the full stop with its sentence.
  const bodySentences = body.split(/(?<=\.) /);
  if (bodySentences.join(' ') !== body) throw new Error('source text: body split does not reassemble to the body line');
  for (const s of bodySentences) {
    if (!s.endsWith('.')) throw new Error(`source text: body sentence does not end with a full stop: "${s}"`);
  }
  return [
    { role: 'title', text: title },
    { role: 'lede', text: lede },
    ...bodySentences.map((text) => ({ role: 'body' as const, text })),
  ];
}

/** Hand-written English translations, in sentence order (s0 title, s1 lede, s2... body). */
export const TRANSLATIONS: string[] = [
  // s0
  "Putin's visit to China amid the attack on Ukraine: seeking diplomatic solutions and strengthening the authoritarian allies",
  // s1
  'Russian President Vladimir Putin visited China on Thursday on a two-day official visit, aimed at strengthening relations between the authoritarian allies.',
  // s2
  "Putin's visit comes after Russia became economically dependent on China because of the international sanctions that Moscow imposed on Ukraine [sic: evidently the international sanctions imposed on Moscow over Ukraine] for more than two years.",
  // s3
  'Putin expressed his readiness to negotiate over Ukraine in an interview with Chinese media, but only if the interests of all parties are taken into account.',
  // s4
  "Putin's visit comes as Russian forces have intensified their offensive in the Kharkiv region of Ukraine, causing nearly 8,000 people to flee their homes.",
  // s5
  'The ongoing conflict between Ukraine and Russia in the Donetsk region has reached a critical point for the Ukrainian army, which needs new supplies of anti-aircraft missiles and artillery shells from the United States.',
  // s6
  'Russian President Vladimir Putin expressed his readiness to negotiate a peaceful settlement of the conflict through diplomatic means, but only if the interests of all parties concerned are taken into account.',
  // s7
  "Ukrainian President Volodymyr Zelensky has set out his conditions for negotiations, which include the restoration of Ukraine's territorial integrity, the withdrawal of Russian troops, the release of prisoners, a tribunal for those responsible for the aggression, and security guarantees for Ukraine.",
  // s8
  "China has taken a neutral stance in the Russian-Ukrainian conflict but has supported Russia's claims that it was the West that provoked the attack.",
  // s9
  "Russian President Putin accused the West of failing to negotiate in good faith and praised China's peace plan for Ukraine.",
  // s10
  'According to Putin, the Chinese proposal, which Ukraine and the West have rejected, could provide a political and diplomatic solution to the conflict.',
  // s11
  'The plan aims to prevent further escalation of tension and to reduce the negative impact on the global economy.',
  // s12
  "Putin expressed his hope that this proposal could address Russia's security concerns and contribute to achieving a long-term and sustainable peace.",
  // s13
  'Putin and Xi Jinping, the leaders of Russia and China, will hold talks this week to discuss ways of deepening their comprehensive partnership and strategic cooperation.',
  // s14
  'The visit comes as the two countries aim to challenge the Western democratic order led by the United States and to promote more authoritarian models.',
  // s15
  'Putin began his fifth term in office this month, and Lavrov, the Russian foreign minister, stated that Moscow and Beijing share an interest in leading a fairer and more democratic world order.',
  // s16
  'Russia and China are working together to challenge the current international order and to establish a multipolar world order.',
  // s17
  'Their partnership plays an important role in world affairs, as Moscow depends on China for energy exports and advanced technology components because of Western sanctions.',
  // s18
  "Military ties have also strengthened, with joint war exercises and military drills in the Sea of Japan, the East China Sea, and on each other's territory.",
  // s19
  'Russia is an important supplier of military technology to China, while China continues to develop its own defence industries.',
  // s20
  'Prominent Chinese military projects include the development of aircraft carriers and nuclear submarines.',
  // s21
  'Russia has shared highly sensitive military technologies with China, including the early-warning system for ballistic-missile launches, which comprises ground-based radar and satellites, a technology that previously only Russia and the United States possessed.',
];

// ---------------------------------------------------------------------------------------
// Vocabulary: categories, node types, relation types.
// ---------------------------------------------------------------------------------------

export const CATEGORIES: Category[] = [
  { id: 'alliance', label: { ar: 'التحالف والشراكة', en: 'Alliance and partnership' } },
  { id: 'military', label: { ar: 'التعاون العسكري', en: 'Military cooperation' } },
  { id: 'negotiation', label: { ar: 'التفاوض والشروط', en: 'Negotiation and conditions' } },
  { id: 'conflict', label: { ar: 'الصراع والعداء', en: 'Conflict and hostility' } },
  { id: 'diplomacy', label: { ar: 'الدبلوماسية', en: 'Diplomacy' } },
  { id: 'economy', label: { ar: 'الاقتصاد والعقوبات', en: 'Economy and sanctions' } },
  { id: 'stance', label: { ar: 'المواقف والادعاءات', en: 'Stances and claims' } },
  { id: 'leadership', label: { ar: 'القيادة والعضوية', en: 'Leadership and membership' } },
  { id: 'location', label: { ar: 'الموقع', en: 'Location' } },
];

export const NODE_TYPES: NodeType[] = [
  { id: 'person', label: { ar: 'شخص', en: 'Person' } },
  { id: 'country', label: { ar: 'دولة', en: 'Country (state actor)' } },
  { id: 'armed-force', label: { ar: 'قوة مسلحة', en: 'Armed force' } },
  {
    id: 'group',
    label: { ar: 'جماعة', en: 'Group of people' },
    description: { en: 'People or parties named as a collective, e.g. the displaced, "all parties".', ar: 'أشخاص أو أطراف يُشار إليهم بصفة جماعية، مثل النازحين و«جميع الأطراف».' },
  },
  { id: 'bloc', label: { ar: 'منظمة أو تكتل', en: 'Organisation or bloc' } },
  { id: 'place', label: { ar: 'مكان أو منطقة', en: 'Place or region' } },
  { id: 'plan', label: { ar: 'خطة أو اقتراح', en: 'Plan or proposal' } },
  { id: 'condition', label: { ar: 'شرط', en: 'Condition' } },
  { id: 'event', label: { ar: 'حدث', en: 'Event' } },
  { id: 'technology', label: { ar: 'تقنية أو منظومة عسكرية', en: 'Technology or military system' } },
  { id: 'concept', label: { ar: 'مفهوم', en: 'Concept' } },
];

type CategoryId = 'alliance' | 'military' | 'negotiation' | 'conflict' | 'diplomacy' | 'economy' | 'stance' | 'leadership' | 'location';

function rel(id: string, en: string, ar: string, category: CategoryId, directed = true): RelationType {
  return { id, label: { ar, en }, category, directed };
}

export const RELATION_TYPES: RelationType[] = [
  // alliance
  rel('allied-with', 'is allied with', 'حليف لـ', 'alliance', false),
  rel('works-with', 'works together with', 'يعمل مع', 'alliance', false),
  rel('partner-in', 'is a partner in', 'شريك في', 'alliance'),
  rel('aims-to-strengthen', 'aims to strengthen', 'يهدف إلى تعزيز', 'alliance'),
  rel('discusses-deepening', 'discusses ways to deepen', 'يناقش سبل تعميق', 'alliance'),
  rel('plays-role-in', 'plays an important role in', 'يؤدي دوراً مهماً في', 'alliance'),
  // military
  rel('military-ties-with', 'has military ties with', 'تربطه علاقات عسكرية بـ', 'military', false),
  rel('conducts', 'conducts', 'يُجري', 'military'),
  rel('needs', 'needs', 'يحتاج إلى', 'military'),
  rel('needs-supplies-from', 'needs supplies from', 'يحتاج إلى إمدادات من', 'military'),
  rel('supplies', 'supplies', 'يورّد', 'military'),
  rel('receives', 'receives', 'يتلقى', 'military'),
  rel('shares-technology-with', 'shares military technology with', 'يشارك تقنيات عسكرية مع', 'military'),
  rel('includes', 'includes', 'يشمل', 'military'),
  rel('has-component', 'has as a component', 'يتضمن', 'military'),
  rel('possesses', 'possesses', 'يمتلك', 'military'),
  rel('develops', 'develops', 'يطوّر', 'military'),
  // negotiation
  rel('ready-to-negotiate', 'is ready to enter', 'مستعد للدخول في', 'negotiation'),
  rel('sets-condition', 'sets as a condition', 'يشترط', 'negotiation'),
  rel('condition-for', 'is a condition for', 'شرط لـ', 'negotiation'),
  rel('concerns', 'concerns', 'يتعلق بـ', 'negotiation'),
  rel('aims-at', 'aims at', 'يهدف إلى', 'negotiation'),
  rel('solution-to', 'is a solution to', 'حل لـ', 'negotiation'),
  rel('proposes', 'proposes', 'يقترح', 'negotiation'),
  rel('aims-to-prevent', 'aims to prevent', 'يهدف إلى منع', 'negotiation'),
  // conflict
  rel('party-to', 'is a party to', 'طرف في', 'conflict'),
  rel('wages', 'wages', 'يشنّ', 'conflict'),
  rel('intensifies', 'intensifies', 'يكثّف', 'conflict'),
  rel('targets', 'targets', 'يستهدف', 'conflict'),
  rel('drove-from-homes', 'drove from their homes', 'تسبب في هروب', 'conflict'),
  rel('part-of', 'is part of', 'جزء من', 'conflict'),
  rel('critical-point-for', 'has reached a critical point for', 'بلغ نقطة حرجة بالنسبة لـ', 'conflict'),
  rel('provoked', 'provoked', 'استفزّ', 'conflict'),
  // diplomacy
  rel('visits', 'visits', 'يزور', 'diplomacy'),
  rel('undertakes', 'undertakes', 'يقوم بـ', 'diplomacy'),
  rel('coincides-with', 'coincides with', 'يتزامن مع', 'diplomacy'),
  rel('gives-interview', 'gives', 'يُدلي بـ', 'diplomacy'),
  rel('held-with', 'is held with', 'تُجرى مع', 'diplomacy'),
  rel('takes-part-in', 'takes part in', 'يشارك في', 'diplomacy'),
  // economy
  rel('depends-on', 'depends on', 'يعتمد على', 'economy'),
  rel('imposed-on', 'are imposed on', 'مفروضة على', 'economy'),
  rel('imposed-over', 'are imposed over', 'مفروضة بسبب', 'economy'),
  rel('imposes', 'imposes', 'يفرض', 'economy'),
  rel('sourced-from', 'are sourced from', 'مصدرها', 'economy'),
  rel('relies-for', 'relies on a partner for', 'يعتمد على شريك في', 'economy'),
  rel('aims-to-reduce-impact-on', 'aims to reduce the negative impact on', 'يهدف إلى تقليل التأثير السلبي على', 'economy'),
  // stance
  rel('neutral-in', 'takes a neutral stance in', 'يتخذ موقفاً محايداً في', 'stance'),
  rel('supports-claims-of', 'supports the claims of', 'يدعم ادعاءات', 'stance'),
  rel('accuses', 'accuses', 'يتهم', 'stance'),
  rel('praises', 'praises', 'يشيد بـ', 'stance'),
  rel('rejects', 'rejects', 'يرفض', 'stance'),
  rel('could-provide', 'could provide', 'يمكن أن يوفر', 'stance'),
  rel('hoped-to-address', 'is hoped to address', 'يُؤمَل أن يعالج', 'stance'),
  rel('hoped-to-contribute-to', 'is hoped to contribute to', 'يُؤمَل أن يسهم في', 'stance'),
  rel('has-concerns', 'has', 'لديه', 'stance'),
  rel('seeks-to-challenge', 'seeks to challenge', 'يسعى إلى تحدي', 'stance'),
  rel('seeks-to-promote', 'seeks to promote', 'يسعى إلى تعزيز', 'stance'),
  rel('seeks-to-establish', 'seeks to establish', 'يسعى إلى إقامة', 'stance'),
  rel('interest-in-leading', 'has an interest in leading', 'له مصلحة في قيادة', 'stance'),
  // leadership
  rel('president-of', 'is president of', 'رئيس', 'leadership'),
  rel('leader-of', 'is a leader of', 'قائد', 'leadership'),
  rel('foreign-minister-of', 'is foreign minister of', 'وزير خارجية', 'leadership'),
  rel('belongs-to', 'belongs to', 'تابع لـ', 'leadership'),
  rel('begins', 'begins', 'يبدأ', 'leadership'),
  rel('leads', 'leads', 'يقود', 'leadership'),
  // location
  rel('takes-place-in', 'takes place in', 'يجري في', 'location'),
  rel('located-in', 'is located in', 'يقع في', 'location'),
  rel('based-in', 'is based in', 'مقرّها في', 'location'),
];

// ---------------------------------------------------------------------------------------
// Authoring forms. A span is [sentence id, quote] or [sentence id, quote, occurrence].
// ---------------------------------------------------------------------------------------

export type Span = [sentence: string, quote: string] | [sentence: string, quote: string, occurrence: number];
type Note = { en: string; ar?: string };

export interface NodeSpec {
  id: string;
  type: string;
  ar: string;
  en: string;
  aliases?: { ar?: string[]; en?: string[] };
  description?: Note;
  qualifiers?: Note;
  note?: Note;
  mentions: Span[];
}

export interface EdgeSpec {
  id: string;
  source: string;
  type: string;
  target: string;
  evidence: Span[];
  attributedTo?: string;
  /** The text implies the relation without stating it; the evidence is what it rests on. */
  inferred?: boolean;
  qualifiers?: Note;
  note?: Note;
}

// ---------------------------------------------------------------------------------------
// Nodes
// ---------------------------------------------------------------------------------------

export const NODES: NodeSpec[] = [
  // --- people ---
  {
    id: 'putin',
    type: 'person',
    ar: 'فلاديمير بوتين',
    en: 'Vladimir Putin',
    aliases: { ar: ['بوتين', 'الرئيس الروسي', 'الرئيس الروسي فلاديمير بوتين', 'الرئيس الروسي بوتين'], en: ['Putin', 'the Russian president'] },
    description: { en: 'President of Russia', ar: 'رئيس روسيا' },
    mentions: [
      ['s0', 'بوتين'],
      ['s1', 'الرئيس الروسي فلاديمير بوتين'],
      ['s2', 'بوتين'],
      ['s3', 'بوتين'],
      ['s4', 'بوتين'],
      ['s6', 'الرئيس الروسي فلاديمير بوتين'],
      ['s9', 'الرئيس الروسي بوتين'],
      ['s10', 'بوتين'],
      ['s12', 'بوتين'],
      ['s13', 'بوتين'],
      ['s15', 'بوتين'],
    ],
  },
  {
    id: 'xi-jinping',
    type: 'person',
    ar: 'شي جين بينغ',
    en: 'Xi Jinping',
    aliases: { en: ['Xi'] },
    description: { en: "Leader of China (the article: 'the leaders of Russia and China')", ar: 'قائد الصين' },
    mentions: [['s13', 'شي جين بينغ']],
  },
  {
    id: 'zelensky',
    type: 'person',
    ar: 'فولوديمير زيلينسكي',
    en: 'Volodymyr Zelensky',
    aliases: { ar: ['الرئيس الأوكراني', 'زيلينسكي'], en: ['Zelensky', 'the Ukrainian president'] },
    description: { en: 'President of Ukraine', ar: 'رئيس أوكرانيا' },
    mentions: [['s7', 'الرئيس الأوكراني فولوديمير زيلينسكي']],
  },
  {
    id: 'lavrov',
    type: 'person',
    ar: 'لافروف',
    en: 'Lavrov',
    aliases: { ar: ['وزير الخارجية الروسي'], en: ['the Russian foreign minister', 'Sergei Lavrov'] },
    description: { en: 'Russian Foreign Minister', ar: 'وزير الخارجية الروسي' },
    mentions: [['s15', 'لافروف']],
  },

  // --- states ---
  {
    id: 'russia',
    type: 'country',
    ar: 'روسيا',
    en: 'Russia',
    aliases: { ar: ['موسكو'], en: ['Moscow'] },
    note: { en: '"Moscow" (موسكو) is used in the text as a metonym for the Russian state; its mentions are recorded here.', ar: 'تُستعمل «موسكو» في النص كناية عن الدولة الروسية، ولذلك سُجّلت مواضع ذكرها هنا.' },
    mentions: [
      ['s2', 'روسيا'],
      ['s2', 'موسكو'],
      ['s5', 'روسيا'],
      ['s8', 'روسيا'],
      ['s12', 'روسيا'],
      ['s13', 'روسيا'],
      ['s15', 'موسكو'],
      ['s16', 'روسيا'],
      ['s17', 'موسكو'],
      ['s19', 'روسيا'],
      ['s21', 'روسيا', 0],
      ['s21', 'روسيا', 1],
    ],
  },
  {
    id: 'china',
    type: 'country',
    ar: 'الصين',
    en: 'China',
    aliases: { ar: ['بكين'], en: ['Beijing'] },
    note: { en: '"Beijing" (بكين) is used in the text as a metonym for the Chinese state; its mention is recorded here. Where the article\'s alif is elided after the preposition li- ("للصين"), the mention spans the whole word.', ar: 'تُستعمل «بكين» في النص كناية عن الدولة الصينية، ولذلك سُجّل موضع ذكرها هنا.' },
    mentions: [
      ['s0', 'للصين'],
      ['s1', 'الصين'],
      ['s2', 'الصين'],
      ['s8', 'الصين'],
      ['s13', 'الصين'],
      ['s15', 'بكين'],
      ['s16', 'الصين'],
      ['s17', 'الصين'],
      ['s19', 'للصين'],
      ['s19', 'الصين'],
      ['s21', 'الصين'],
    ],
  },
  {
    id: 'ukraine',
    type: 'country',
    ar: 'أوكرانيا',
    en: 'Ukraine',
    mentions: [
      ['s0', 'أوكرانيا'],
      ['s2', 'أوكرانيا'],
      ['s3', 'أوكرانيا'],
      ['s4', 'أوكرانيا'],
      ['s5', 'أوكرانيا'],
      ['s7', 'أوكرانيا', 0],
      ['s7', 'أوكرانيا', 1],
      ['s9', 'أوكرانيا'],
      ['s10', 'أوكرانيا'],
    ],
  },
  {
    id: 'united-states',
    type: 'country',
    ar: 'الولايات المتحدة',
    en: 'United States',
    aliases: { en: ['the US'] },
    mentions: [
      ['s5', 'الولايات المتحدة'],
      ['s14', 'الولايات المتحدة'],
      ['s21', 'الولايات المتحدة'],
    ],
  },

  // --- armed forces ---
  {
    id: 'russian-forces',
    type: 'armed-force',
    ar: 'القوات الروسية',
    en: 'Russian forces',
    aliases: { en: ['Russian troops'] },
    mentions: [
      ['s4', 'القوات الروسية'],
      ['s7', 'القوات الروسية'],
    ],
  },
  {
    id: 'ukrainian-army',
    type: 'armed-force',
    ar: 'الجيش الأوكراني',
    en: 'Ukrainian army',
    mentions: [['s5', 'للجيش الأوكراني']],
    note: { en: 'The text has "للجيش الأوكراني" (for the Ukrainian army); the article\'s alif is elided after li-, so the mention spans the preposition.' },
  },

  // --- blocs, groups ---
  {
    id: 'the-west',
    type: 'bloc',
    ar: 'الغرب',
    en: 'The West',
    mentions: [
      ['s8', 'الغرب'],
      ['s9', 'الغرب'],
      ['s10', 'الغرب'],
    ],
  },
  {
    id: 'chinese-media',
    type: 'bloc',
    ar: 'وسائل الإعلام الصينية',
    en: 'Chinese media',
    mentions: [['s3', 'وسائل الإعلام الصينية']],
  },
  {
    id: 'all-parties',
    type: 'group',
    ar: 'جميع الأطراف المعنية',
    en: 'All parties concerned',
    aliases: { ar: ['جميع الأطراف'], en: ['all parties'] },
    mentions: [
      ['s3', 'جميع الأطراف'],
      ['s6', 'جميع الأطراف المعنية'],
    ],
  },
  {
    id: 'displaced-people',
    type: 'group',
    ar: 'ما يقرب من 8000 شخص',
    en: 'Nearly 8,000 people',
    qualifiers: { en: 'nearly 8,000 people who fled their homes', ar: 'ما يقرب من 8000 شخص فرّوا من منازلهم' },
    mentions: [['s4', 'ما يقرب من 8000 شخص']],
  },

  // --- places ---
  {
    id: 'kharkiv-region',
    type: 'place',
    ar: 'منطقة خاركيف',
    en: 'Kharkiv region',
    mentions: [['s4', 'منطقة خاركيف']],
  },
  {
    id: 'donetsk-region',
    type: 'place',
    ar: 'منطقة دونيتسك',
    en: 'Donetsk region',
    mentions: [['s5', 'منطقة دونيتسك']],
  },
  {
    id: 'sea-of-japan',
    type: 'place',
    ar: 'بحر اليابان',
    en: 'Sea of Japan',
    mentions: [['s18', 'بحر اليابان']],
  },
  {
    id: 'east-china-sea',
    type: 'place',
    ar: 'بحر الصين الشرقي',
    en: 'East China Sea',
    mentions: [['s18', 'بحر الصين الشرقي']],
  },

  // --- events ---
  {
    id: 'putin-china-visit',
    type: 'event',
    ar: 'زيارة بوتين للصين',
    en: "Putin's visit to China",
    aliases: { ar: ['زيارة بوتين', 'الزيارة', 'زيارة رسمية مدتها يومين'], en: ['the visit', 'two-day official visit'] },
    qualifiers: { en: 'official; two days; began on Thursday', ar: 'رسمية؛ مدتها يومان؛ بدأت يوم الخميس' },
    mentions: [
      ['s0', 'زيارة بوتين للصين'],
      ['s1', 'زيارة رسمية مدتها يومين'],
      ['s2', 'زيارة بوتين'],
      ['s4', 'زيارة بوتين'],
      ['s14', 'الزيارة'],
    ],
  },
  {
    id: 'putin-xi-talks',
    type: 'event',
    ar: 'محادثات بوتين وشي جين بينغ',
    en: 'Putin–Xi talks',
    aliases: { ar: ['محادثات'], en: ['the talks'] },
    qualifiers: { en: 'this week', ar: 'هذا الأسبوع' },
    mentions: [['s13', 'محادثات']],
  },
  {
    id: 'chinese-media-interview',
    type: 'event',
    ar: 'مقابلة مع وسائل الإعلام الصينية',
    en: 'Interview with Chinese media',
    aliases: { ar: ['مقابلة'] },
    mentions: [['s3', 'مقابلة']],
  },
  {
    id: 'kharkiv-offensive',
    type: 'event',
    ar: 'الهجوم في منطقة خاركيف',
    en: 'Kharkiv offensive',
    aliases: { ar: ['هجومها'], en: ['the Russian offensive in the Kharkiv region'] },
    qualifiers: { en: 'intensified', ar: 'تكثّف' },
    mentions: [['s4', 'هجومها']],
  },
  {
    id: 'russia-ukraine-conflict',
    type: 'event',
    ar: 'الصراع الروسي الأوكراني',
    en: 'Russia–Ukraine conflict',
    aliases: { ar: ['الصراع', 'الصراع المستمر بين أوكرانيا وروسيا'], en: ['the conflict', 'the war'] },
    qualifiers: { en: 'ongoing', ar: 'مستمر' },
    note: { en: 'Where the article\'s alif is elided after li- ("للصراع", to/of the conflict), the mention spans the whole word.' },
    mentions: [
      ['s5', 'الصراع المستمر بين أوكرانيا وروسيا'],
      ['s6', 'للصراع'],
      ['s8', 'الصراع الروسي الأوكراني'],
      ['s10', 'للصراع'],
    ],
  },
  {
    id: 'attack-on-ukraine',
    type: 'event',
    ar: 'الهجوم على أوكرانيا',
    en: 'Attack on Ukraine',
    aliases: { ar: ['الهجوم', 'العدوان'], en: ['the attack', 'the aggression'] },
    note: {
      en: 'Kept apart from the ongoing conflict node: the text speaks of "the attack" (title; s8, which Russia claims the West provoked) and "the aggression" (s7, Zelensky\'s tribunal condition) as an act, and of "the conflict" as the ongoing state of war.',
      ar: 'فُصل عن عقدة الصراع المستمر: يتحدث النص عن «الهجوم» و«العدوان» بوصفهما فعلاً، وعن «الصراع» بوصفه حالة حرب مستمرة.',
    },
    mentions: [
      ['s0', 'الهجوم على أوكرانيا'],
      ['s7', 'العدوان'],
      ['s8', 'الهجوم'],
    ],
  },
  {
    id: 'peace-negotiations',
    type: 'event',
    ar: 'المفاوضات بشأن أوكرانيا',
    en: 'Negotiations over Ukraine',
    aliases: { ar: ['التفاوض', 'المفاوضات'], en: ['negotiations'] },
    note: { en: 'Mentions in s3, s6 ("للتفاوض") and s7 ("للمفاوضات") span the preposition li-, whose article alif is elided.' },
    mentions: [
      ['s3', 'للتفاوض'],
      ['s6', 'للتفاوض'],
      ['s7', 'للمفاوضات'],
      ['s9', 'التفاوض'],
    ],
  },
  {
    id: 'joint-military-exercises',
    type: 'event',
    ar: 'التدريبات الحربية المشتركة والممارسات العسكرية',
    en: 'Joint war exercises and military drills',
    mentions: [['s18', 'التدريبات الحربية المشتركة والممارسات العسكرية']],
  },
  {
    id: 'putin-fifth-term',
    type: 'event',
    ar: 'فترة ولاية بوتين الخامسة',
    en: "Putin's fifth term in office",
    aliases: { ar: ['فترة ولايته الخامسة'] },
    qualifiers: { en: 'began this month', ar: 'بدأت هذا الشهر' },
    mentions: [['s15', 'فترة ولايته الخامسة']],
  },
  {
    id: 'tension-escalation',
    type: 'event',
    ar: 'تصعيد التوتر',
    en: 'Escalation of tension',
    mentions: [['s11', 'المزيد من تصعيد التوتر']],
  },

  // --- plans, conditions ---
  {
    id: 'chinese-peace-plan',
    type: 'plan',
    ar: 'خطة السلام الصينية',
    en: 'Chinese peace plan',
    aliases: { ar: ['الاقتراح الصيني', 'الخطة', 'هذا الاقتراح'], en: ['the Chinese proposal', 'the plan'] },
    mentions: [
      ['s9', 'خطة السلام الصينية'],
      ['s10', 'الاقتراح الصيني'],
      ['s11', 'الخطة'],
      ['s12', 'هذا الاقتراح'],
    ],
  },
  {
    id: 'peaceful-settlement',
    type: 'concept',
    ar: 'تسوية سلمية للصراع',
    en: 'Peaceful settlement of the conflict',
    aliases: { ar: ['حلول دبلوماسية', 'حلًا سياسيًا ودبلوماسيًا للصراع'], en: ['diplomatic solutions', 'a political and diplomatic solution to the conflict'] },
    note: {
      en: 'One node for the "diplomatic solutions" of the title, the "peaceful settlement of the conflict through diplomatic means" Putin is ready to negotiate (s6) and the "political and diplomatic solution to the conflict" he says the Chinese proposal could provide (s10).',
      ar: 'عقدة واحدة تجمع «حلول دبلوماسية» في العنوان و«تسوية سلمية للصراع» (الجملة s6) و«حلًا سياسيًا ودبلوماسيًا للصراع» (الجملة s10).',
    },
    mentions: [
      ['s0', 'حلول دبلوماسية'],
      ['s6', 'تسوية سلمية'],
      ['s10', 'حلًا سياسيًا ودبلوماسيًا'],
    ],
  },
  {
    id: 'cond-interests-of-all-parties',
    type: 'condition',
    ar: 'أخذ مصالح جميع الأطراف في الاعتبار',
    en: 'The interests of all parties are taken into account',
    description: { en: "Putin's condition for negotiating", ar: 'شرط بوتين للتفاوض' },
    mentions: [
      ['s3', 'أخذ مصالح جميع الأطراف في الاعتبار'],
      ['s6', 'أخذ مصالح جميع الأطراف المعنية في الاعتبار'],
    ],
  },
  {
    id: 'cond-territorial-integrity',
    type: 'condition',
    ar: 'استعادة وحدة أراضي أوكرانيا',
    en: "Restoration of Ukraine's territorial integrity",
    description: { en: "One of Zelensky's conditions for negotiations", ar: 'أحد شروط زيلينسكي للمفاوضات' },
    mentions: [['s7', 'استعادة وحدة أراضي أوكرانيا']],
  },
  {
    id: 'cond-russian-troop-withdrawal',
    type: 'condition',
    ar: 'سحب القوات الروسية',
    en: 'Withdrawal of Russian troops',
    description: { en: "One of Zelensky's conditions for negotiations", ar: 'أحد شروط زيلينسكي للمفاوضات' },
    mentions: [['s7', 'سحب القوات الروسية']],
  },
  {
    id: 'cond-prisoner-release',
    type: 'condition',
    ar: 'إطلاق سراح السجناء',
    en: 'Release of prisoners',
    description: { en: "One of Zelensky's conditions for negotiations", ar: 'أحد شروط زيلينسكي للمفاوضات' },
    mentions: [['s7', 'إطلاق سراح السجناء']],
  },
  {
    id: 'cond-aggression-tribunal',
    type: 'condition',
    ar: 'محكمة للمسؤولين عن العدوان',
    en: 'A tribunal for those responsible for the aggression',
    description: { en: "One of Zelensky's conditions for negotiations", ar: 'أحد شروط زيلينسكي للمفاوضات' },
    mentions: [['s7', 'محكمة للمسؤولين عن العدوان']],
  },
  {
    id: 'cond-security-guarantees',
    type: 'condition',
    ar: 'ضمانات أمنية لأوكرانيا',
    en: 'Security guarantees for Ukraine',
    description: { en: "One of Zelensky's conditions for negotiations", ar: 'أحد شروط زيلينسكي للمفاوضات' },
    mentions: [['s7', 'ضمانات أمنية لأوكرانيا']],
  },

  // --- technology and weapons ---
  {
    id: 'anti-aircraft-missiles',
    type: 'technology',
    ar: 'الصواريخ المضادة للطائرات',
    en: 'Anti-aircraft missiles',
    mentions: [['s5', 'الصواريخ المضادة للطائرات']],
  },
  {
    id: 'artillery-shells',
    type: 'technology',
    ar: 'قذائف المدفعية',
    en: 'Artillery shells',
    mentions: [['s5', 'قذائف المدفعية']],
  },
  {
    id: 'aircraft-carriers',
    type: 'technology',
    ar: 'حاملات الطائرات',
    en: 'Aircraft carriers',
    mentions: [['s20', 'حاملات الطائرات']],
  },
  {
    id: 'nuclear-submarines',
    type: 'technology',
    ar: 'الغواصات النووية',
    en: 'Nuclear submarines',
    mentions: [['s20', 'الغواصات النووية']],
  },
  {
    id: 'early-warning-system',
    type: 'technology',
    ar: 'نظام الإنذار المبكر لإطلاق الصواريخ الباليستية',
    en: 'Ballistic-missile launch early-warning system',
    qualifiers: { en: 'previously possessed only by Russia and the United States', ar: 'كانت تمتلكه روسيا والولايات المتحدة فقط في السابق' },
    mentions: [['s21', 'نظام الإنذار المبكر لإطلاق الصواريخ الباليستية']],
  },
  {
    id: 'ground-based-radar',
    type: 'technology',
    ar: 'رادار أرضي',
    en: 'Ground-based radar',
    mentions: [['s21', 'رادارًا أرضيًا']],
  },
  {
    id: 'satellites',
    type: 'technology',
    ar: 'أقمار صناعية',
    en: 'Satellites',
    mentions: [['s21', 'أقمار صناعية']],
  },
  {
    id: 'military-technology',
    type: 'technology',
    ar: 'التكنولوجيا العسكرية',
    en: 'Military technology',
    aliases: { ar: ['تقنيات عسكرية حساسة للغاية'], en: ['highly sensitive military technologies'] },
    mentions: [
      ['s19', 'للتكنولوجيا العسكرية'],
      ['s21', 'تقنيات عسكرية حساسة للغاية'],
    ],
  },
  {
    id: 'advanced-technology-components',
    type: 'technology',
    ar: 'مكونات التكنولوجيا المتقدمة',
    en: 'Advanced technology components',
    mentions: [['s17', 'مكونات التكنولوجيا المتقدمة']],
  },

  // --- economy ---
  {
    id: 'international-sanctions',
    type: 'concept',
    ar: 'العقوبات الدولية',
    en: 'International sanctions',
    aliases: { ar: ['العقوبات الغربية'], en: ['Western sanctions', 'international sanctions'] },
    note: {
      en: 'One node for the "international sanctions" of s2 and the "Western sanctions" of s17: both are given as the reason Russia/Moscow depends on China, so they are evidently the same sanctions regime.',
      ar: 'عقدة واحدة لـ«العقوبات الدولية» (s2) و«العقوبات الغربية» (s17)، إذ يُذكر كلاهما سبباً لاعتماد روسيا على الصين.',
    },
    mentions: [
      ['s2', 'العقوبات الدولية'],
      ['s17', 'العقوبات الغربية'],
    ],
  },
  {
    id: 'energy-exports',
    type: 'concept',
    ar: 'تصدير الطاقة',
    en: 'Energy exports',
    mentions: [['s17', 'تصدير الطاقة']],
  },
  {
    id: 'defence-industries',
    type: 'concept',
    ar: 'الصناعات الدفاعية الصينية',
    en: "China's defence industries",
    aliases: { ar: ['الصناعات الدفاعية الخاصة بها'] },
    mentions: [['s19', 'الصناعات الدفاعية الخاصة بها']],
  },
  {
    id: 'global-economy',
    type: 'concept',
    ar: 'الاقتصاد العالمي',
    en: 'Global economy',
    mentions: [['s11', 'الاقتصاد العالمي']],
  },

  // --- concepts: partnership, orders, peace ---
  {
    id: 'comprehensive-partnership',
    type: 'concept',
    ar: 'الشراكة الشاملة والتعاون الاستراتيجي',
    en: 'Comprehensive partnership and strategic cooperation',
    aliases: { ar: ['شراكتهم', 'العلاقات بين الحلفاء الاستبداديين'], en: ['Russia–China partnership', 'relations between the authoritarian allies'] },
    note: { en: 'The Russia–China partnership; the lede\'s "relations between the authoritarian allies" is recorded as a mention of it.', ar: 'الشراكة الروسية الصينية؛ سُجّلت عبارة «العلاقات بين الحلفاء الاستبداديين» في المقدمة موضعَ ذكرٍ لها.' },
    mentions: [
      ['s1', 'العلاقات بين الحلفاء الاستبداديين'],
      ['s13', 'شراكتهم الشاملة والتعاون الاستراتيجي'],
      ['s17', 'شراكتهم'],
    ],
  },
  {
    id: 'world-affairs',
    type: 'concept',
    ar: 'الشؤون العالمية',
    en: 'World affairs',
    mentions: [['s17', 'الشؤون العالمية']],
  },
  {
    id: 'western-democratic-order',
    type: 'concept',
    ar: 'النظام الديمقراطي الغربي',
    en: 'Western democratic order',
    qualifiers: { en: 'led by the United States', ar: 'بقيادة الولايات المتحدة' },
    mentions: [['s14', 'النظام الديمقراطي الغربي']],
  },
  {
    id: 'current-international-order',
    type: 'concept',
    ar: 'النظام الدولي الحالي',
    en: 'Current international order',
    mentions: [['s16', 'النظام الدولي الحالي']],
  },
  {
    id: 'multipolar-world-order',
    type: 'concept',
    ar: 'نظام عالمي متعدد الأقطاب',
    en: 'Multipolar world order',
    mentions: [['s16', 'نظام عالمي متعدد الأقطاب']],
  },
  {
    id: 'fairer-world-order',
    type: 'concept',
    ar: 'نظام عالمي أكثر عدلاً وديمقراطية',
    en: 'A fairer and more democratic world order',
    mentions: [['s15', 'نظام عالمي أكثر عدلاً وديمقراطية']],
  },
  {
    id: 'authoritarian-models',
    type: 'concept',
    ar: 'نماذج أكثر استبدادًا',
    en: 'More authoritarian models',
    mentions: [['s14', 'نماذج أكثر استبدادًا']],
  },
  {
    id: 'russia-security-concerns',
    type: 'concept',
    ar: 'مخاوف روسيا الأمنية',
    en: "Russia's security concerns",
    mentions: [['s12', 'مخاوف روسيا الأمنية']],
  },
  {
    id: 'lasting-peace',
    type: 'concept',
    ar: 'سلام طويل الأجل ومستدام',
    en: 'Long-term, sustainable peace',
    mentions: [['s12', 'سلام طويل الأجل ومستدام']],
  },
];

// ---------------------------------------------------------------------------------------
// Edges
// ---------------------------------------------------------------------------------------

const ZELENSKY_HEAD = 'حدد الرئيس الأوكراني فولوديمير زيلينسكي شروطه';
const FOR_NEGOTIATIONS = 'شروطه للمفاوضات';
/** s13 announces the talks («سوف يُجري», "will hold"): they had not taken place when the article was written. */
const TALKS_FUTURE = { en: 'will hold (announced in the future tense: «سوف يُجري»), this week', ar: 'سوف تُجرى (بصيغة المستقبل: «سوف يُجري»)، هذا الأسبوع' };

/** One reading of the ambiguous s17 clause, shared by the edges that rest on it. */
const S17_READING = {
  en: 'How s17 is read: «تعتمد موسكو على الصين لتصدير الطاقة ومكونات التكنولوجيا المتقدمة» (literally "Moscow depends on China for exporting energy and advanced technology components") is ambiguous. It is read as two dependencies: Russia relies on China for its energy exports (China as buyer), and for the advanced technology components it can no longer get elsewhere because of Western sanctions (China as source). The literal reading, that Russia exports technology components through China, fits neither the sanctions clause nor s19–s21.',
  ar: 'كيف قُرئت الجملة s17: عبارة «تعتمد موسكو على الصين لتصدير الطاقة ومكونات التكنولوجيا المتقدمة» تحتمل أكثر من قراءة. قُرئت على أنها اعتمادان: تعتمد روسيا على الصين في تصدير طاقتها (الصين مشترية)، وفي الحصول على مكونات التكنولوجيا المتقدمة التي لم تعد تجدها في مكان آخر بسبب العقوبات الغربية (الصين مصدر). أما القراءة الحرفية، أن روسيا تصدّر تلك المكونات عبر الصين، فلا تتفق مع عبارة العقوبات ولا مع الجمل s19–s21.',
};

const ZELENSKY_CONDITION = { en: "one of Zelensky's conditions for negotiations", ar: 'أحد شروط زيلينسكي للمفاوضات' };

export const EDGES: EdgeSpec[] = [
  // ===== s0 title, s1 lede: the visit =====
  {
    id: 'putin-visits-china',
    source: 'putin',
    type: 'visits',
    target: 'china',
    evidence: [['s1', 'زار الرئيس الروسي فلاديمير بوتين الصين'], ['s0', 'زيارة بوتين للصين']],
    qualifiers: { en: 'two-day official visit, Thursday', ar: 'زيارة رسمية مدتها يومان، يوم الخميس' },
  },
  {
    id: 'putin-undertakes-visit',
    source: 'putin',
    type: 'undertakes',
    target: 'putin-china-visit',
    evidence: [['s0', 'زيارة بوتين للصين'], ['s1', 'زار الرئيس الروسي فلاديمير بوتين الصين يوم الخميس في زيارة رسمية مدتها يومين']],
  },
  {
    id: 'visit-takes-place-in-china',
    source: 'putin-china-visit',
    type: 'takes-place-in',
    target: 'china',
    evidence: [['s0', 'زيارة بوتين للصين'], ['s1', 'زار الرئيس الروسي فلاديمير بوتين الصين يوم الخميس']],
    qualifiers: { en: 'from Thursday, for two days', ar: 'ابتداءً من يوم الخميس، لمدة يومين' },
  },
  {
    id: 'visit-aims-to-strengthen-partnership',
    source: 'putin-china-visit',
    type: 'aims-to-strengthen',
    target: 'comprehensive-partnership',
    evidence: [['s1', 'بهدف تعزيز العلاقات بين الحلفاء الاستبداديين'], ['s0', 'تعزيز الحلفاء الاستبداديين']],
  },
  {
    id: 'visit-coincides-with-attack',
    source: 'putin-china-visit',
    type: 'coincides-with',
    target: 'attack-on-ukraine',
    evidence: [['s0', 'زيارة بوتين للصين وسط الهجوم على أوكرانيا']],
    qualifiers: { en: 'amid', ar: 'وسط' },
  },
  {
    id: 'russia-allied-with-china',
    source: 'russia',
    type: 'allied-with',
    target: 'china',
    evidence: [['s1', 'الحلفاء الاستبداديين'], ['s0', 'الحلفاء الاستبداديين']],
    qualifiers: { en: 'described as "the authoritarian allies"', ar: 'يوصفان بـ«الحلفاء الاستبداديين»' },
  },
  {
    id: 'putin-president-of-russia',
    source: 'putin',
    type: 'president-of',
    target: 'russia',
    evidence: [
      ['s1', 'الرئيس الروسي فلاديمير بوتين'],
      ['s6', 'الرئيس الروسي فلاديمير بوتين'],
      ['s9', 'الرئيس الروسي بوتين'],
      ['s13', 'بوتين و شي جين بينغ، قادة روسيا والصين'],
    ],
  },

  // ===== s0, s8: the attack =====
  {
    id: 'attack-targets-ukraine',
    source: 'attack-on-ukraine',
    type: 'targets',
    target: 'ukraine',
    evidence: [['s0', 'الهجوم على أوكرانيا']],
  },
  {
    id: 'russia-wages-attack',
    source: 'russia',
    type: 'wages',
    target: 'attack-on-ukraine',
    evidence: [
      ['s4', 'كثفت فيه القوات الروسية هجومها في منطقة خاركيف في أوكرانيا'],
      ['s0', 'الهجوم على أوكرانيا'],
      ['s8', 'ادعاءات روسيا بأن الغرب هو من استفز الهجوم'],
    ],
    note: {
      en: 's4 states it: Russian forces have intensified their offensive in Ukraine. The title\'s "attack on Ukraine" names no attacker by itself; the rest of the text agrees: Russia claims the West provoked it (s8), and Zelensky demands a tribunal for "the aggression" and the withdrawal of Russian troops (s7).',
      ar: 'تنص عليه الجملة s4: كثفت القوات الروسية هجومها في أوكرانيا. أما «الهجوم على أوكرانيا» في العنوان فلا يسمّي المهاجم وحده؛ وبقية النص توافق ذلك: فروسيا تدّعي أن الغرب استفز الهجوم (s8)، وزيلينسكي يطالب بمحكمة للمسؤولين عن العدوان وبسحب القوات الروسية (s7).',
    },
  },

  // ===== s2: economic dependence, sanctions =====
  {
    id: 'russia-depends-on-china',
    source: 'russia',
    type: 'depends-on',
    target: 'china',
    evidence: [['s2', 'أصبحت روسيا تعتمد اقتصادياً على الصين'], ['s17', 'تعتمد موسكو على الصين']],
    qualifiers: {
      en: 'economically (s2); for energy exports and advanced technology components (s17); because of the international / Western sanctions',
      ar: 'اقتصادياً (s2)؛ لتصدير الطاقة ومكونات التكنولوجيا المتقدمة (s17)؛ بسبب العقوبات الدولية / الغربية',
    },
    note: { en: "s2 presents Putin's visit as coming after this dependence arose.", ar: 'تقدم الجملة s2 زيارة بوتين على أنها تأتي بعد نشوء هذا الاعتماد.' },
  },
  {
    id: 'sanctions-imposed-on-russia',
    source: 'international-sanctions',
    type: 'imposed-on',
    target: 'russia',
    evidence: [['s2', 'العقوبات الدولية التي فرضتها موسكو على أوكرانيا'], ['s17', 'العقوبات الغربية']],
    qualifiers: { en: 'for more than two years', ar: 'منذ أكثر من عامين' },
    note: {
      en: 'Machine-translation error. The Arabic reads "the international sanctions that Moscow imposed on Ukraine", which the original cannot have meant: the sentence gives the sanctions as the reason Russia became dependent on China, and s17 says Moscow depends on China "because of Western sanctions". The evident meaning is "the international sanctions imposed on Moscow over Ukraine", so the relation is modelled as the sanctions targeting Russia. "For more than two years" (منذ أكثر من عامين) may in the original have dated the war rather than the sanctions.',
      ar: 'خطأ في الترجمة الآلية: يقول النص «العقوبات الدولية التي فرضتها موسكو على أوكرانيا»، ولا يمكن أن يكون هذا هو المقصود، فالجملة تجعل العقوبات سبب اعتماد روسيا على الصين، والجملة s17 تقول إن موسكو تعتمد على الصين «بسبب العقوبات الغربية». المعنى الواضح: العقوبات الدولية المفروضة على موسكو بسبب أوكرانيا، ولذلك نُمذجت العلاقة على أن العقوبات تستهدف روسيا.',
    },
  },
  {
    id: 'sanctions-imposed-over-attack',
    source: 'international-sanctions',
    type: 'imposed-over',
    target: 'attack-on-ukraine',
    evidence: [['s2', 'العقوبات الدولية التي فرضتها موسكو على أوكرانيا']],
    note: {
      en: 'Machine-translation error (see the sanctions-on-Russia edge): the text says Moscow imposed the sanctions "on Ukraine"; the evident meaning is sanctions imposed on Russia over its attack on Ukraine, so the reason they point at is the attack, not the country.',
      ar: 'خطأ في الترجمة الآلية: المقصود عقوبات مفروضة على روسيا بسبب هجومها على أوكرانيا، لا عقوبات فرضتها موسكو على أوكرانيا؛ لذلك تشير العلاقة إلى الهجوم لا إلى البلد.',
    },
  },
  {
    id: 'west-imposes-sanctions',
    source: 'the-west',
    type: 'imposes',
    target: 'international-sanctions',
    evidence: [['s17', 'العقوبات الغربية']],
    qualifiers: { en: '"Western sanctions"', ar: '«العقوبات الغربية»' },
  },

  // ===== s3, s6: Putin's readiness to negotiate and his condition =====
  {
    id: 'putin-ready-to-negotiate',
    source: 'putin',
    type: 'ready-to-negotiate',
    target: 'peace-negotiations',
    evidence: [['s3', 'أعرب بوتين عن استعداده للتفاوض بشأن أوكرانيا'], ['s6', 'أعرب الرئيس الروسي فلاديمير بوتين عن استعداده للتفاوض']],
    qualifiers: {
      en: 'stated in an interview with Chinese media (s3) and again in s6; only if the interests of all parties are taken into account',
      ar: 'في مقابلة مع وسائل الإعلام الصينية (s3) ومرة أخرى في s6؛ ولكن فقط إذا أُخذت مصالح جميع الأطراف في الاعتبار',
    },
  },
  {
    id: 'negotiations-concern-ukraine',
    source: 'peace-negotiations',
    type: 'concerns',
    target: 'ukraine',
    evidence: [['s3', 'للتفاوض بشأن أوكرانيا']],
    attributedTo: 'putin',
  },
  {
    id: 'negotiations-aim-at-settlement',
    source: 'peace-negotiations',
    type: 'aims-at',
    target: 'peaceful-settlement',
    evidence: [['s6', 'للتفاوض على تسوية سلمية للصراع من خلال الوسائل الدبلوماسية']],
    qualifiers: { en: 'through diplomatic means', ar: 'من خلال الوسائل الدبلوماسية' },
    attributedTo: 'putin',
  },
  {
    id: 'settlement-solution-to-conflict',
    source: 'peaceful-settlement',
    type: 'solution-to',
    target: 'russia-ukraine-conflict',
    evidence: [['s6', 'تسوية سلمية للصراع'], ['s10', 'حلًا سياسيًا ودبلوماسيًا للصراع']],
    attributedTo: 'putin',
  },
  {
    id: 'putin-sets-condition-all-parties',
    source: 'putin',
    type: 'sets-condition',
    target: 'cond-interests-of-all-parties',
    evidence: [
      ['s3', 'ولكن فقط إذا تم أخذ مصالح جميع الأطراف في الاعتبار'],
      ['s6', 'ولكن فقط إذا تم أخذ مصالح جميع الأطراف المعنية في الاعتبار'],
    ],
    qualifiers: { en: '"but only if"', ar: '«ولكن فقط إذا»' },
  },
  {
    id: 'all-parties-condition-for-negotiations',
    source: 'cond-interests-of-all-parties',
    type: 'condition-for',
    target: 'peace-negotiations',
    evidence: [
      ['s3', 'استعداده للتفاوض بشأن أوكرانيا في مقابلة مع وسائل الإعلام الصينية، ولكن فقط إذا تم أخذ مصالح جميع الأطراف في الاعتبار'],
      ['s6', 'استعداده للتفاوض على تسوية سلمية للصراع من خلال الوسائل الدبلوماسية ، ولكن فقط إذا تم أخذ مصالح جميع الأطراف المعنية في الاعتبار'],
    ],
    qualifiers: { en: "Putin's condition", ar: 'شرط بوتين' },
    attributedTo: 'putin',
  },
  {
    id: 'all-parties-condition-concerns-all-parties',
    source: 'cond-interests-of-all-parties',
    type: 'concerns',
    target: 'all-parties',
    evidence: [['s3', 'مصالح جميع الأطراف'], ['s6', 'مصالح جميع الأطراف المعنية']],
    attributedTo: 'putin',
  },
  {
    id: 'putin-gives-interview',
    source: 'putin',
    type: 'gives-interview',
    target: 'chinese-media-interview',
    evidence: [['s3', 'أعرب بوتين عن استعداده للتفاوض بشأن أوكرانيا في مقابلة']],
  },
  {
    id: 'interview-held-with-chinese-media',
    source: 'chinese-media-interview',
    type: 'held-with',
    target: 'chinese-media',
    evidence: [['s3', 'مقابلة مع وسائل الإعلام الصينية']],
  },
  {
    id: 'chinese-media-based-in-china',
    source: 'chinese-media',
    type: 'based-in',
    target: 'china',
    evidence: [['s3', 'وسائل الإعلام الصينية']],
  },

  // ===== s4: Kharkiv offensive =====
  {
    id: 'visit-coincides-with-kharkiv-offensive',
    source: 'putin-china-visit',
    type: 'coincides-with',
    target: 'kharkiv-offensive',
    evidence: [['s4', 'تأتي زيارة بوتين في الوقت الذي كثفت فيه القوات الروسية هجومها']],
  },
  {
    id: 'russian-forces-intensify-kharkiv-offensive',
    source: 'russian-forces',
    type: 'intensifies',
    target: 'kharkiv-offensive',
    evidence: [['s4', 'كثفت فيه القوات الروسية هجومها']],
  },
  {
    id: 'kharkiv-offensive-part-of-conflict',
    source: 'kharkiv-offensive',
    type: 'part-of',
    target: 'russia-ukraine-conflict',
    evidence: [['s4', 'كثفت فيه القوات الروسية هجومها في منطقة خاركيف في أوكرانيا']],
    inferred: true,
    note: {
      en: 'Inferred, not stated: s4 places the Russian offensive in the Kharkiv region of Ukraine, and s5 names the ongoing conflict between Ukraine and Russia; no sentence says the one is part of the other.',
      ar: 'علاقة مستنتجة لا منصوص عليها: تضع الجملة s4 الهجوم الروسي في منطقة خاركيف في أوكرانيا، وتذكر الجملة s5 الصراع المستمر بين أوكرانيا وروسيا، ولا تقول أي جملة إن الأول جزء من الثاني.',
    },
  },
  {
    id: 'kharkiv-offensive-in-kharkiv-region',
    source: 'kharkiv-offensive',
    type: 'takes-place-in',
    target: 'kharkiv-region',
    evidence: [['s4', 'هجومها في منطقة خاركيف']],
  },
  {
    id: 'kharkiv-region-in-ukraine',
    source: 'kharkiv-region',
    type: 'located-in',
    target: 'ukraine',
    evidence: [['s4', 'منطقة خاركيف في أوكرانيا']],
  },
  {
    id: 'kharkiv-offensive-displaces-people',
    source: 'kharkiv-offensive',
    type: 'drove-from-homes',
    target: 'displaced-people',
    evidence: [['s4', 'مما تسبب في هروب ما يقرب من 8000 شخص من منازلهم']],
    qualifiers: { en: 'nearly 8,000 people fled their homes', ar: 'ما يقرب من 8000 شخص هربوا من منازلهم' },
  },
  {
    id: 'russian-forces-belong-to-russia',
    source: 'russian-forces',
    type: 'belongs-to',
    target: 'russia',
    evidence: [['s4', 'القوات الروسية'], ['s7', 'القوات الروسية']],
  },

  // ===== s5: Donetsk, the Ukrainian army =====
  {
    id: 'russia-party-to-conflict',
    source: 'russia',
    type: 'party-to',
    target: 'russia-ukraine-conflict',
    evidence: [['s5', 'الصراع المستمر بين أوكرانيا وروسيا'], ['s8', 'الصراع الروسي الأوكراني']],
  },
  {
    id: 'ukraine-party-to-conflict',
    source: 'ukraine',
    type: 'party-to',
    target: 'russia-ukraine-conflict',
    evidence: [['s5', 'الصراع المستمر بين أوكرانيا وروسيا'], ['s8', 'الصراع الروسي الأوكراني']],
  },
  {
    id: 'conflict-in-donetsk-region',
    source: 'russia-ukraine-conflict',
    type: 'takes-place-in',
    target: 'donetsk-region',
    evidence: [['s5', 'الصراع المستمر بين أوكرانيا وروسيا في منطقة دونيتسك']],
  },
  {
    id: 'conflict-critical-for-ukrainian-army',
    source: 'russia-ukraine-conflict',
    type: 'critical-point-for',
    target: 'ukrainian-army',
    evidence: [['s5', 'وصل الصراع المستمر بين أوكرانيا وروسيا في منطقة دونيتسك إلى نقطة حرجة بالنسبة للجيش الأوكراني']],
    qualifiers: { en: 'in the Donetsk region', ar: 'في منطقة دونيتسك' },
  },
  {
    id: 'ukrainian-army-belongs-to-ukraine',
    source: 'ukrainian-army',
    type: 'belongs-to',
    target: 'ukraine',
    evidence: [['s5', 'للجيش الأوكراني']],
  },
  {
    id: 'ukrainian-army-needs-anti-aircraft-missiles',
    source: 'ukrainian-army',
    type: 'needs',
    target: 'anti-aircraft-missiles',
    evidence: [['s5', 'الذي يحتاج إلى إمدادات جديدة من الصواريخ المضادة للطائرات']],
    qualifiers: { en: 'new supplies, from the United States', ar: 'إمدادات جديدة من الولايات المتحدة' },
  },
  {
    id: 'ukrainian-army-needs-artillery-shells',
    source: 'ukrainian-army',
    type: 'needs',
    target: 'artillery-shells',
    evidence: [['s5', 'الذي يحتاج إلى إمدادات جديدة'], ['s5', 'وقذائف المدفعية']],
    qualifiers: { en: 'new supplies, from the United States', ar: 'إمدادات جديدة من الولايات المتحدة' },
  },
  {
    id: 'ukrainian-army-needs-supplies-from-us',
    source: 'ukrainian-army',
    type: 'needs-supplies-from',
    target: 'united-states',
    evidence: [['s5', 'يحتاج إلى إمدادات جديدة من الصواريخ المضادة للطائرات وقذائف المدفعية من الولايات المتحدة']],
    qualifiers: { en: 'anti-aircraft missiles and artillery shells', ar: 'صواريخ مضادة للطائرات وقذائف مدفعية' },
  },

  // ===== s7: Zelensky and his five conditions =====
  {
    id: 'zelensky-president-of-ukraine',
    source: 'zelensky',
    type: 'president-of',
    target: 'ukraine',
    evidence: [['s7', 'الرئيس الأوكراني فولوديمير زيلينسكي']],
  },
  {
    id: 'zelensky-sets-condition-territorial-integrity',
    source: 'zelensky',
    type: 'sets-condition',
    target: 'cond-territorial-integrity',
    evidence: [['s7', ZELENSKY_HEAD], ['s7', 'استعادة وحدة أراضي أوكرانيا']],
  },
  {
    id: 'zelensky-sets-condition-troop-withdrawal',
    source: 'zelensky',
    type: 'sets-condition',
    target: 'cond-russian-troop-withdrawal',
    evidence: [['s7', ZELENSKY_HEAD], ['s7', 'وسحب القوات الروسية']],
  },
  {
    id: 'zelensky-sets-condition-prisoner-release',
    source: 'zelensky',
    type: 'sets-condition',
    target: 'cond-prisoner-release',
    evidence: [['s7', ZELENSKY_HEAD], ['s7', 'وإطلاق سراح السجناء']],
  },
  {
    id: 'zelensky-sets-condition-tribunal',
    source: 'zelensky',
    type: 'sets-condition',
    target: 'cond-aggression-tribunal',
    evidence: [['s7', ZELENSKY_HEAD], ['s7', 'ومحكمة للمسؤولين عن العدوان']],
  },
  {
    id: 'zelensky-sets-condition-security-guarantees',
    source: 'zelensky',
    type: 'sets-condition',
    target: 'cond-security-guarantees',
    evidence: [['s7', ZELENSKY_HEAD], ['s7', 'وضمانات أمنية لأوكرانيا']],
  },
  {
    id: 'territorial-integrity-condition-for-negotiations',
    source: 'cond-territorial-integrity',
    type: 'condition-for',
    target: 'peace-negotiations',
    evidence: [['s7', 'شروطه للمفاوضات، والتي تشمل استعادة وحدة أراضي أوكرانيا']],
    qualifiers: ZELENSKY_CONDITION,
    attributedTo: 'zelensky',
  },
  {
    id: 'troop-withdrawal-condition-for-negotiations',
    source: 'cond-russian-troop-withdrawal',
    type: 'condition-for',
    target: 'peace-negotiations',
    evidence: [['s7', FOR_NEGOTIATIONS], ['s7', 'وسحب القوات الروسية']],
    qualifiers: ZELENSKY_CONDITION,
    attributedTo: 'zelensky',
  },
  {
    id: 'prisoner-release-condition-for-negotiations',
    source: 'cond-prisoner-release',
    type: 'condition-for',
    target: 'peace-negotiations',
    evidence: [['s7', FOR_NEGOTIATIONS], ['s7', 'وإطلاق سراح السجناء']],
    qualifiers: ZELENSKY_CONDITION,
    attributedTo: 'zelensky',
  },
  {
    id: 'tribunal-condition-for-negotiations',
    source: 'cond-aggression-tribunal',
    type: 'condition-for',
    target: 'peace-negotiations',
    evidence: [['s7', FOR_NEGOTIATIONS], ['s7', 'ومحكمة للمسؤولين عن العدوان']],
    qualifiers: ZELENSKY_CONDITION,
    attributedTo: 'zelensky',
  },
  {
    id: 'security-guarantees-condition-for-negotiations',
    source: 'cond-security-guarantees',
    type: 'condition-for',
    target: 'peace-negotiations',
    evidence: [['s7', FOR_NEGOTIATIONS], ['s7', 'وضمانات أمنية لأوكرانيا']],
    qualifiers: ZELENSKY_CONDITION,
    attributedTo: 'zelensky',
  },
  {
    id: 'territorial-integrity-concerns-ukraine',
    source: 'cond-territorial-integrity',
    type: 'concerns',
    target: 'ukraine',
    evidence: [['s7', 'استعادة وحدة أراضي أوكرانيا']],
    attributedTo: 'zelensky',
  },
  {
    id: 'troop-withdrawal-concerns-russian-forces',
    source: 'cond-russian-troop-withdrawal',
    type: 'concerns',
    target: 'russian-forces',
    evidence: [['s7', 'سحب القوات الروسية']],
    attributedTo: 'zelensky',
  },
  {
    id: 'tribunal-concerns-aggression',
    source: 'cond-aggression-tribunal',
    type: 'concerns',
    target: 'attack-on-ukraine',
    evidence: [['s7', 'محكمة للمسؤولين عن العدوان']],
    qualifiers: { en: 'those responsible for the aggression', ar: 'المسؤولون عن العدوان' },
    attributedTo: 'zelensky',
  },
  {
    id: 'security-guarantees-concern-ukraine',
    source: 'cond-security-guarantees',
    type: 'concerns',
    target: 'ukraine',
    evidence: [['s7', 'ضمانات أمنية لأوكرانيا']],
    attributedTo: 'zelensky',
  },

  // ===== s8: China's stance =====
  {
    id: 'china-neutral-in-conflict',
    source: 'china',
    type: 'neutral-in',
    target: 'russia-ukraine-conflict',
    evidence: [['s8', 'اتخذت الصين موقفاً محايداً في الصراع الروسي الأوكراني']],
  },
  {
    id: 'china-supports-russia-claims',
    source: 'china',
    type: 'supports-claims-of',
    target: 'russia',
    evidence: [['s8', 'لكنها دعمت ادعاءات روسيا بأن الغرب هو من استفز الهجوم']],
    qualifiers: { en: 'the claim that the West provoked the attack', ar: 'الادعاء بأن الغرب هو من استفز الهجوم' },
  },
  {
    id: 'west-provoked-attack',
    source: 'the-west',
    type: 'provoked',
    target: 'attack-on-ukraine',
    evidence: [['s8', 'ادعاءات روسيا بأن الغرب هو من استفز الهجوم']],
    attributedTo: 'russia',
    note: { en: "Reported as Russia's claim (supported by China), not stated by the article as fact.", ar: 'منقول بوصفه ادعاءً روسياً (تدعمه الصين)، ولا يقرره المقال حقيقةً.' },
  },

  // ===== s9, s10: Putin on the West and the Chinese plan =====
  {
    id: 'putin-accuses-west',
    source: 'putin',
    type: 'accuses',
    target: 'the-west',
    evidence: [['s9', 'اتهم الرئيس الروسي بوتين الغرب بالفشل في التفاوض بحسن نية']],
    qualifiers: { en: 'of failing to negotiate in good faith', ar: 'بالفشل في التفاوض بحسن نية' },
  },
  {
    id: 'putin-praises-chinese-peace-plan',
    source: 'putin',
    type: 'praises',
    target: 'chinese-peace-plan',
    evidence: [['s9', 'وأشاد بخطة السلام الصينية لأوكرانيا']],
  },
  {
    id: 'china-proposes-peace-plan',
    source: 'china',
    type: 'proposes',
    target: 'chinese-peace-plan',
    evidence: [['s9', 'خطة السلام الصينية'], ['s10', 'الاقتراح الصيني']],
  },
  {
    id: 'peace-plan-concerns-ukraine',
    source: 'chinese-peace-plan',
    type: 'concerns',
    target: 'ukraine',
    evidence: [['s9', 'خطة السلام الصينية لأوكرانيا']],
    attributedTo: 'china',
  },
  {
    id: 'ukraine-rejects-peace-plan',
    source: 'ukraine',
    type: 'rejects',
    target: 'chinese-peace-plan',
    evidence: [['s10', 'الاقتراح الصيني، الذي رفضته أوكرانيا والغرب']],
  },
  {
    id: 'west-rejects-peace-plan',
    source: 'the-west',
    type: 'rejects',
    target: 'chinese-peace-plan',
    evidence: [['s10', 'الاقتراح الصيني، الذي رفضته أوكرانيا والغرب']],
  },
  {
    id: 'peace-plan-could-provide-settlement',
    source: 'chinese-peace-plan',
    type: 'could-provide',
    target: 'peaceful-settlement',
    evidence: [['s10', 'ووفقاً لبوتين، فإن الاقتراح الصيني'], ['s10', 'يمكن أن يوفر حلًا سياسيًا ودبلوماسيًا للصراع']],
    attributedTo: 'putin',
    qualifiers: { en: "Putin's view: a political and diplomatic solution to the conflict", ar: 'رأي بوتين: حل سياسي ودبلوماسي للصراع' },
  },

  // ===== s11: the plan's aims =====
  {
    id: 'peace-plan-aims-to-prevent-escalation',
    source: 'chinese-peace-plan',
    type: 'aims-to-prevent',
    target: 'tension-escalation',
    evidence: [['s11', 'تهدف الخطة إلى منع المزيد من تصعيد التوتر']],
    attributedTo: 'china',
  },
  {
    id: 'peace-plan-aims-to-reduce-impact-on-global-economy',
    source: 'chinese-peace-plan',
    type: 'aims-to-reduce-impact-on',
    target: 'global-economy',
    evidence: [['s11', 'تهدف الخطة إلى'], ['s11', 'وتقليل التأثير السلبي على الاقتصاد العالمي']],
    attributedTo: 'china',
  },

  // ===== s12: Putin's hope =====
  {
    id: 'peace-plan-hoped-to-address-security-concerns',
    source: 'chinese-peace-plan',
    type: 'hoped-to-address',
    target: 'russia-security-concerns',
    evidence: [['s12', 'أعرب بوتين عن أمله في أن هذا الاقتراح يمكن أن يعالج مخاوف روسيا الأمنية']],
    attributedTo: 'putin',
    qualifiers: { en: "Putin's hope", ar: 'أمل بوتين' },
  },
  {
    id: 'peace-plan-hoped-to-contribute-to-lasting-peace',
    source: 'chinese-peace-plan',
    type: 'hoped-to-contribute-to',
    target: 'lasting-peace',
    evidence: [['s12', 'أعرب بوتين عن أمله في أن هذا الاقتراح'], ['s12', 'ويسهم في تحقيق سلام طويل الأجل ومستدام']],
    attributedTo: 'putin',
    qualifiers: { en: "Putin's hope", ar: 'أمل بوتين' },
  },
  {
    id: 'russia-has-security-concerns',
    source: 'russia',
    type: 'has-concerns',
    target: 'russia-security-concerns',
    evidence: [['s12', 'مخاوف روسيا الأمنية']],
    attributedTo: 'putin',
  },

  // ===== s13: the talks =====
  {
    id: 'putin-takes-part-in-talks',
    source: 'putin',
    type: 'takes-part-in',
    target: 'putin-xi-talks',
    evidence: [['s13', 'سوف يُجري بوتين و شي جين بينغ، قادة روسيا والصين، محادثات هذا الأسبوع']],
    qualifiers: TALKS_FUTURE,
  },
  {
    id: 'xi-takes-part-in-talks',
    source: 'xi-jinping',
    type: 'takes-part-in',
    target: 'putin-xi-talks',
    evidence: [['s13', 'سوف يُجري بوتين و شي جين بينغ، قادة روسيا والصين، محادثات هذا الأسبوع']],
    qualifiers: TALKS_FUTURE,
  },
  {
    id: 'talks-discuss-deepening-partnership',
    source: 'putin-xi-talks',
    type: 'discusses-deepening',
    target: 'comprehensive-partnership',
    evidence: [['s13', 'لمناقشة سبل تعميق شراكتهم الشاملة والتعاون الاستراتيجي']],
    qualifiers: { en: 'planned: the talks are announced for this week (future tense)', ar: 'مخطط له: أُعلن عن المحادثات لهذا الأسبوع (بصيغة المستقبل)' },
  },
  {
    id: 'xi-leader-of-china',
    source: 'xi-jinping',
    type: 'leader-of',
    target: 'china',
    evidence: [['s13', 'شي جين بينغ، قادة روسيا والصين']],
  },
  {
    id: 'russia-partner-in-partnership',
    source: 'russia',
    type: 'partner-in',
    target: 'comprehensive-partnership',
    evidence: [['s13', 'قادة روسيا والصين، محادثات هذا الأسبوع لمناقشة سبل تعميق شراكتهم'], ['s17', 'تلعب شراكتهم']],
  },
  {
    id: 'china-partner-in-partnership',
    source: 'china',
    type: 'partner-in',
    target: 'comprehensive-partnership',
    evidence: [['s13', 'قادة روسيا والصين، محادثات هذا الأسبوع لمناقشة سبل تعميق شراكتهم'], ['s17', 'تلعب شراكتهم']],
  },

  // ===== s14: challenging the Western order =====
  {
    id: 'russia-seeks-to-challenge-western-order',
    source: 'russia',
    type: 'seeks-to-challenge',
    target: 'western-democratic-order',
    evidence: [['s14', 'تهدف فيه الدولتان إلى تحدي النظام الديمقراطي الغربي']],
    note: { en: '"The two countries" (الدولتان) are Russia and China.', ar: '«الدولتان» هما روسيا والصين.' },
  },
  {
    id: 'china-seeks-to-challenge-western-order',
    source: 'china',
    type: 'seeks-to-challenge',
    target: 'western-democratic-order',
    evidence: [['s14', 'تهدف فيه الدولتان إلى تحدي النظام الديمقراطي الغربي']],
    note: { en: '"The two countries" (الدولتان) are Russia and China.', ar: '«الدولتان» هما روسيا والصين.' },
  },
  {
    id: 'us-leads-western-order',
    source: 'united-states',
    type: 'leads',
    target: 'western-democratic-order',
    evidence: [['s14', 'النظام الديمقراطي الغربي بقيادة الولايات المتحدة']],
  },
  {
    id: 'russia-seeks-to-promote-authoritarian-models',
    source: 'russia',
    type: 'seeks-to-promote',
    target: 'authoritarian-models',
    evidence: [['s14', 'تهدف فيه الدولتان إلى'], ['s14', 'وتعزيز نماذج أكثر استبدادًا']],
    note: { en: '"The two countries" (الدولتان) are Russia and China.', ar: '«الدولتان» هما روسيا والصين.' },
  },
  {
    id: 'china-seeks-to-promote-authoritarian-models',
    source: 'china',
    type: 'seeks-to-promote',
    target: 'authoritarian-models',
    evidence: [['s14', 'تهدف فيه الدولتان إلى'], ['s14', 'وتعزيز نماذج أكثر استبدادًا']],
    note: { en: '"The two countries" (الدولتان) are Russia and China.', ar: '«الدولتان» هما روسيا والصين.' },
  },

  // ===== s15: fifth term, Lavrov =====
  {
    id: 'putin-begins-fifth-term',
    source: 'putin',
    type: 'begins',
    target: 'putin-fifth-term',
    evidence: [['s15', 'بدأ بوتين فترة ولايته الخامسة في منصبه هذا الشهر']],
    qualifiers: { en: 'this month', ar: 'هذا الشهر' },
  },
  {
    id: 'lavrov-foreign-minister-of-russia',
    source: 'lavrov',
    type: 'foreign-minister-of',
    target: 'russia',
    evidence: [['s15', 'لافروف، وزير الخارجية الروسي']],
  },
  {
    id: 'russia-interest-in-leading-fairer-order',
    source: 'russia',
    type: 'interest-in-leading',
    target: 'fairer-world-order',
    evidence: [['s15', 'ذكر لافروف، وزير الخارجية الروسي، أن موسكو وبكين تتشاركان مصلحة في قيادة نظام عالمي أكثر عدلاً وديمقراطية']],
    attributedTo: 'lavrov',
    qualifiers: { en: 'an interest shared with China (Beijing), according to Lavrov', ar: 'مصلحة مشتركة مع الصين (بكين)، بحسب لافروف' },
  },
  {
    id: 'china-interest-in-leading-fairer-order',
    source: 'china',
    type: 'interest-in-leading',
    target: 'fairer-world-order',
    evidence: [['s15', 'ذكر لافروف، وزير الخارجية الروسي، أن موسكو وبكين تتشاركان مصلحة في قيادة نظام عالمي أكثر عدلاً وديمقراطية']],
    attributedTo: 'lavrov',
    qualifiers: { en: 'an interest shared with Russia (Moscow), according to Lavrov', ar: 'مصلحة مشتركة مع روسيا (موسكو)، بحسب لافروف' },
  },

  // ===== s16: working together against the current order =====
  {
    id: 'russia-works-with-china',
    source: 'russia',
    type: 'works-with',
    target: 'china',
    evidence: [['s16', 'روسيا والصين تعملان معاً']],
  },
  {
    id: 'russia-seeks-to-challenge-current-order',
    source: 'russia',
    type: 'seeks-to-challenge',
    target: 'current-international-order',
    evidence: [['s16', 'روسيا والصين تعملان معاً لتحدي النظام الدولي الحالي']],
  },
  {
    id: 'china-seeks-to-challenge-current-order',
    source: 'china',
    type: 'seeks-to-challenge',
    target: 'current-international-order',
    evidence: [['s16', 'روسيا والصين تعملان معاً لتحدي النظام الدولي الحالي']],
  },
  {
    id: 'russia-seeks-to-establish-multipolar-order',
    source: 'russia',
    type: 'seeks-to-establish',
    target: 'multipolar-world-order',
    evidence: [['s16', 'روسيا والصين تعملان معاً'], ['s16', 'وإقامة نظام عالمي متعدد الأقطاب']],
  },
  {
    id: 'china-seeks-to-establish-multipolar-order',
    source: 'china',
    type: 'seeks-to-establish',
    target: 'multipolar-world-order',
    evidence: [['s16', 'روسيا والصين تعملان معاً'], ['s16', 'وإقامة نظام عالمي متعدد الأقطاب']],
  },

  // ===== s17: partnership, energy, components =====
  {
    id: 'partnership-plays-role-in-world-affairs',
    source: 'comprehensive-partnership',
    type: 'plays-role-in',
    target: 'world-affairs',
    evidence: [['s17', 'تلعب شراكتهم دوراً هاماً في الشؤون العالمية']],
  },
  {
    id: 'energy-exports-depend-on-china',
    source: 'energy-exports',
    type: 'depends-on',
    target: 'china',
    evidence: [['s17', 'تعتمد موسكو على الصين لتصدير الطاقة']],
    qualifiers: { en: 'Moscow relies on China for its energy exports, because of Western sanctions', ar: 'تعتمد موسكو على الصين لتصدير الطاقة بسبب العقوبات الغربية' },
    note: S17_READING,
  },
  {
    id: 'technology-components-sourced-from-china',
    source: 'advanced-technology-components',
    type: 'sourced-from',
    target: 'china',
    evidence: [['s17', 'تعتمد موسكو على الصين لتصدير الطاقة ومكونات التكنولوجيا المتقدمة']],
    qualifiers: { en: 'Moscow relies on China for them, because of Western sanctions', ar: 'تعتمد موسكو على الصين في الحصول عليها بسبب العقوبات الغربية' },
    note: S17_READING,
  },
  {
    id: 'russia-relies-for-energy-exports',
    source: 'russia',
    type: 'relies-for',
    target: 'energy-exports',
    evidence: [['s17', 'تعتمد موسكو على الصين لتصدير الطاقة']],
    qualifiers: { en: 'on China, because of Western sanctions', ar: 'على الصين، بسبب العقوبات الغربية' },
    note: S17_READING,
  },
  {
    id: 'russia-relies-for-technology-components',
    source: 'russia',
    type: 'relies-for',
    target: 'advanced-technology-components',
    evidence: [['s17', 'تعتمد موسكو على الصين لتصدير الطاقة ومكونات التكنولوجيا المتقدمة بسبب العقوبات الغربية']],
    qualifiers: { en: 'on China, because of Western sanctions', ar: 'على الصين، بسبب العقوبات الغربية' },
    note: S17_READING,
  },

  // ===== s18: military ties, exercises =====
  {
    id: 'russia-military-ties-with-china',
    source: 'russia',
    type: 'military-ties-with',
    target: 'china',
    evidence: [['s18', 'كما أن العلاقات العسكرية قد تعززت']],
    qualifiers: { en: 'strengthened', ar: 'تعززت' },
    note: { en: 'The sentence does not name the two sides; in context (s16–s17) they are Russia and China.', ar: 'لا تسمّي الجملة الطرفين؛ والسياق يدل على أنهما روسيا والصين.' },
  },
  {
    id: 'russia-conducts-joint-exercises',
    source: 'russia',
    type: 'conducts',
    target: 'joint-military-exercises',
    evidence: [['s18', 'التدريبات الحربية المشتركة والممارسات العسكرية']],
    qualifiers: { en: 'jointly with China', ar: 'بالاشتراك مع الصين' },
  },
  {
    id: 'china-conducts-joint-exercises',
    source: 'china',
    type: 'conducts',
    target: 'joint-military-exercises',
    evidence: [['s18', 'التدريبات الحربية المشتركة والممارسات العسكرية']],
    qualifiers: { en: 'jointly with Russia', ar: 'بالاشتراك مع روسيا' },
  },
  {
    id: 'exercises-in-sea-of-japan',
    source: 'joint-military-exercises',
    type: 'takes-place-in',
    target: 'sea-of-japan',
    evidence: [['s18', 'في بحر اليابان']],
  },
  {
    id: 'exercises-in-east-china-sea',
    source: 'joint-military-exercises',
    type: 'takes-place-in',
    target: 'east-china-sea',
    evidence: [['s18', 'بحر الصين الشرقي']],
  },
  {
    id: 'exercises-on-russian-territory',
    source: 'joint-military-exercises',
    type: 'takes-place-in',
    target: 'russia',
    evidence: [['s18', 'وعلى أراضي بعضها البعض']],
    qualifiers: { en: "on each other's territory", ar: 'على أراضي بعضها البعض' },
  },
  {
    id: 'exercises-on-chinese-territory',
    source: 'joint-military-exercises',
    type: 'takes-place-in',
    target: 'china',
    evidence: [['s18', 'وعلى أراضي بعضها البعض']],
    qualifiers: { en: "on each other's territory", ar: 'على أراضي بعضها البعض' },
  },

  // ===== s19: military technology, defence industries =====
  {
    id: 'russia-supplies-military-technology',
    source: 'russia',
    type: 'supplies',
    target: 'military-technology',
    evidence: [['s19', 'روسيا هي مورد مهم للتكنولوجيا العسكرية'], ['s21', 'شاركت روسيا تقنيات عسكرية حساسة للغاية']],
    qualifiers: { en: 'an important supplier, to China', ar: 'مورد مهم، للصين' },
  },
  {
    id: 'china-receives-military-technology',
    source: 'china',
    type: 'receives',
    target: 'military-technology',
    evidence: [['s19', 'مورد مهم للتكنولوجيا العسكرية للصين'], ['s21', 'تقنيات عسكرية حساسة للغاية مع الصين']],
    qualifiers: { en: 'from Russia', ar: 'من روسيا' },
  },
  {
    id: 'china-develops-defence-industries',
    source: 'china',
    type: 'develops',
    target: 'defence-industries',
    evidence: [['s19', 'الصين تواصل تنمية الصناعات الدفاعية الخاصة بها']],
    qualifiers: { en: 'continues to develop its own', ar: 'تواصل تنمية صناعاتها الخاصة' },
  },

  // ===== s20: Chinese military projects =====
  {
    id: 'china-develops-aircraft-carriers',
    source: 'china',
    type: 'develops',
    target: 'aircraft-carriers',
    evidence: [['s20', 'تشمل المشاريع العسكرية الصينية البارزة تطوير حاملات الطائرات']],
    qualifiers: { en: 'a prominent Chinese military project', ar: 'من المشاريع العسكرية الصينية البارزة' },
  },
  {
    id: 'china-develops-nuclear-submarines',
    source: 'china',
    type: 'develops',
    target: 'nuclear-submarines',
    evidence: [['s20', 'تشمل المشاريع العسكرية الصينية البارزة تطوير'], ['s20', 'والغواصات النووية']],
    qualifiers: { en: 'a prominent Chinese military project', ar: 'من المشاريع العسكرية الصينية البارزة' },
  },

  // ===== s21: the early-warning system =====
  {
    id: 'russia-shares-technology-with-china',
    source: 'russia',
    type: 'shares-technology-with',
    target: 'china',
    evidence: [['s21', 'شاركت روسيا تقنيات عسكرية حساسة للغاية مع الصين'], ['s19', 'روسيا هي مورد مهم للتكنولوجيا العسكرية للصين']],
    qualifiers: { en: 'highly sensitive, including the ballistic-missile early-warning system', ar: 'حساسة للغاية، بما فيها نظام الإنذار المبكر لإطلاق الصواريخ الباليستية' },
  },
  {
    id: 'military-technology-includes-early-warning-system',
    source: 'military-technology',
    type: 'includes',
    target: 'early-warning-system',
    evidence: [['s21', 'بما في ذلك نظام الإنذار المبكر لإطلاق الصواريخ الباليستية']],
  },
  {
    id: 'china-receives-early-warning-system',
    source: 'china',
    type: 'receives',
    target: 'early-warning-system',
    evidence: [['s21', 'شاركت روسيا تقنيات عسكرية حساسة للغاية مع الصين، بما في ذلك نظام الإنذار المبكر لإطلاق الصواريخ الباليستية']],
    qualifiers: { en: 'shared by Russia', ar: 'شاركتها روسيا' },
  },
  {
    id: 'early-warning-system-has-ground-based-radar',
    source: 'early-warning-system',
    type: 'has-component',
    target: 'ground-based-radar',
    evidence: [['s21', 'والذي يتضمن رادارًا أرضيًا']],
  },
  {
    id: 'early-warning-system-has-satellites',
    source: 'early-warning-system',
    type: 'has-component',
    target: 'satellites',
    evidence: [['s21', 'والذي يتضمن'], ['s21', 'وأقمار صناعية']],
  },
  {
    id: 'russia-possesses-early-warning-system',
    source: 'russia',
    type: 'possesses',
    target: 'early-warning-system',
    evidence: [['s21', 'وهي تقنية كانت تمتلكها روسيا والولايات المتحدة فقط في السابق']],
    qualifiers: { en: 'previously one of only two possessors (with the United States)', ar: 'كانت في السابق إحدى دولتين فقط تمتلكانها (مع الولايات المتحدة)' },
  },
  {
    id: 'us-possesses-early-warning-system',
    source: 'united-states',
    type: 'possesses',
    target: 'early-warning-system',
    evidence: [['s21', 'وهي تقنية كانت تمتلكها روسيا والولايات المتحدة فقط في السابق']],
    qualifiers: { en: 'previously one of only two possessors (with Russia)', ar: 'كانت في السابق إحدى دولتين فقط تمتلكانها (مع روسيا)' },
  },
];

// ---------------------------------------------------------------------------------------
// Top-level metadata
// ---------------------------------------------------------------------------------------

export const NOTES: LocalizedNote = {
  en: [
    'Moscow (موسكو) and Beijing (بكين) are used in the text as metonyms for the Russian and Chinese states; the text never places them as cities (it does not say they are capitals), so they are aliases of the Russia and China nodes, and their mentions are recorded on those nodes. "The two countries" (الدولتان, s14) and the adjectives Russian / Chinese / Ukrainian / Western are not recorded as mentions of the states; they appear in evidence quotes and inside the names of other nodes (Russian forces, Chinese media, the Chinese peace plan...).',
    'The text is a machine translation into Arabic. Where a sentence says something the original cannot have meant, the evident meaning is modelled and the edge carries a note: body sentence s2 says "the international sanctions that Moscow imposed on Ukraine"; modelled as international (Western) sanctions imposed on Russia over Ukraine (s17 confirms it: Moscow depends on China "because of Western sanctions").',
    'Claims, views, hopes and conditions that the article reports rather than states carry attributedTo: the West provoked the attack (Russia\'s claim, supported by China); the Chinese proposal could provide a political and diplomatic solution (Putin); it could address Russia\'s security concerns, which appear only inside that hope, and contribute to lasting peace (Putin\'s hope); Moscow and Beijing share an interest in leading a fairer world order (Lavrov). Every relation of the negotiation and conditions category is either stated by its holder (Putin is ready to negotiate, Zelensky sets his conditions, China proposes its plan) or carries attributedTo: the condition that the interests of all parties concerned be taken into account, and the negotiations it frames, are Putin\'s; the restoration of Ukraine\'s territorial integrity, the withdrawal of Russian troops, the release of prisoners, the tribunal and the security guarantees are Zelensky\'s conditions; the aims of the Chinese plan are China\'s.',
    'The title\'s "seeking diplomatic solutions" names no one who seeks them, so no relation rests on it; it stays recorded as a mention of the peaceful settlement.',
    'A relation marked inferred is implied by the text without being stated, and its note says what it rests on: the Kharkiv offensive is part of the Russia–Ukraine war.',
    'Relations that the text announces for the future carry the tense in their qualifiers: the Putin–Xi talks "will" be held this week (s13, «سوف يُجري»).',
    'Sentence s17 («تعتمد موسكو على الصين لتصدير الطاقة ومكونات التكنولوجيا المتقدمة بسبب العقوبات الغربية») is read as Russia relying on China for its energy exports and for advanced technology components, because of Western sanctions; the edges that rest on it say so in their note.',
    'Where the Arabic article\'s alif is elided after the preposition li- (للصين، للصراع، للجيش، للتفاوض، للمفاوضات، للتكنولوجيا), a mention spans the whole word.',
    'Every node carries a stored position, computed once by scripts/layout-graph.ts (fCoSE), so the graph looks the same on every load and the browser does not lay it out.',
  ].join('\n\n'),
  ar: [
    'تُستعمل «موسكو» و«بكين» في النص كنايةً عن الدولتين الروسية والصينية، ولا يذكر النص أنهما عاصمتان، لذلك عُدّتا اسمين بديلين لعقدتي روسيا والصين، وسُجّلت مواضع ذكرهما عليهما. ولم تُسجَّل «الدولتان» ولا صفات النسبة (الروسي، الصيني، الأوكراني، الغربي) مواضعَ ذكرٍ للدول.',
    'النص ترجمة آلية إلى العربية. وحيث تقول جملة ما لا يمكن أن يقصده الأصل، نُمذج المعنى الواضح مع ملاحظة على العلاقة: تقول الجملة s2 «العقوبات الدولية التي فرضتها موسكو على أوكرانيا»، والمقصود العقوبات الدولية (الغربية) المفروضة على روسيا بسبب أوكرانيا، كما تؤكد الجملة s17.',
    'الادعاءات والآراء والآمال والشروط المنقولة تحمل حقل attributedTo: استفزاز الغرب للهجوم (ادعاء روسيا)، وقدرة الاقتراح الصيني على توفير حل سياسي (رأي بوتين)، ومعالجته لمخاوف روسيا الأمنية التي لا تَرِد إلا في هذا الأمل وإسهامه في سلام مستدام (أمل بوتين)، ومصلحة موسكو وبكين في قيادة نظام عالمي أكثر عدلاً (قول لافروف). وكل علاقة من فئة التفاوض والشروط إما يصرّح بها صاحبها (بوتين مستعد للتفاوض، زيلينسكي يحدد شروطه، الصين تقترح خطتها) وإما تحمل attributedTo: شرط أخذ مصالح جميع الأطراف المعنية في الاعتبار والمفاوضات التي يؤطرها لبوتين؛ واستعادة وحدة أراضي أوكرانيا وسحب القوات الروسية وإطلاق سراح السجناء والمحكمة والضمانات الأمنية شروط زيلينسكي؛ وأهداف الخطة الصينية للصين.',
    'لا يسمّي العنوان مَن يبحث عن «حلول دبلوماسية»، لذلك لا تقوم عليه أي علاقة، ويبقى مسجّلاً موضعَ ذكرٍ للتسوية السلمية.',
    'العلاقة الموسومة بأنها مستنتجة (inferred) يدل عليها النص دون أن ينص عليها، وتبيّن ملاحظتها ما تستند إليه: الهجوم في منطقة خاركيف جزء من الحرب الروسية الأوكرانية.',
    'العلاقات التي يعلنها النص للمستقبل تحمل الزمن في محدداتها: محادثات بوتين وشي «سوف» تُجرى هذا الأسبوع (الجملة s13).',
    'قُرئت الجملة s17 على أن روسيا تعتمد على الصين في تصدير طاقتها وفي الحصول على مكونات التكنولوجيا المتقدمة بسبب العقوبات الغربية؛ وتذكر ذلك ملاحظة كل علاقة تستند إليها.',
    'حيث تُحذف ألف «ال» بعد لام الجر (للصين، للصراع، للجيش، للتفاوض، للمفاوضات، للتكنولوجيا)، يشمل موضع الذكر الكلمة كلها.',
    'لكل عقدة موضع مخزَّن حُسب مرة واحدة بالأداة scripts/layout-graph.ts (fCoSE)، فيبدو الشكل نفسه في كل تحميل ولا يحسب المتصفح التخطيط.',
  ].join('\n\n'),
};

export const ARTICLE_SOURCE =
  'Seed article: a machine translation into Arabic ("Translated by AI", as the page trailer says) of an English-language news report on Vladimir Putin\'s two-day visit to China. The Arabic text is kept verbatim in graph-data/putin-china-visit.ar.txt; the English sentence translations are written by hand.';

export const TITLE_EN = TRANSLATIONS[0] ?? '';

// ---------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------

function fail(message: string): never {
  throw new Error(`build-seed-graph: ${message}`);
}

function locate(sentences: Map<string, string>, span: Span, where: string): { sentence: string; start: number; end: number; text: string } {
  const [sentence, quote, occurrence = 0] = span;
  const text = sentences.get(sentence);
  if (text === undefined) fail(`${where}: unknown sentence "${sentence}"`);
  if (quote === '') fail(`${where}: empty quote`);
  let start = -1;
  let from = 0;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(quote, from);
    if (start === -1) {
      fail(
        i === 0
          ? `${where}: quote "${quote}" not found in sentence ${sentence}: "${text}"`
          : `${where}: quote "${quote}" occurs only ${i} time(s) in sentence ${sentence}, occurrence ${occurrence} requested`,
      );
    }
    from = start + 1;
  }
  return { sentence, start, end: start + quote.length, text: quote };
}

export function note(n: Note | undefined): LocalizedNote | undefined {
  if (n === undefined) return undefined;
  return n.ar === undefined ? { en: n.en } : { en: n.en, ar: n.ar };
}

function build(): Graph {
  const source = readFileSync(SOURCE_PATH, 'utf8');
  const cut = cutSentences(source);
  if (cut.length !== TRANSLATIONS.length) {
    fail(`the source has ${cut.length} sentences but ${TRANSLATIONS.length} translations are written`);
  }
  const sentences: Sentence[] = cut.map((s, i) => ({ id: `s${i}`, role: s.role, text: s.text, en: TRANSLATIONS[i] ?? '' }));
  const byId = new Map(sentences.map((s) => [s.id, s.text]));

  // Vocabulary checks.
  const categoryIds = new Set(CATEGORIES.map((c) => c.id));
  const nodeTypeIds = new Set(NODE_TYPES.map((t) => t.id));
  const relationTypeIds = new Set<string>();
  for (const r of RELATION_TYPES) {
    if (relationTypeIds.has(r.id)) fail(`duplicate relation type "${r.id}"`);
    relationTypeIds.add(r.id);
    if (!categoryIds.has(r.category)) fail(`relation type "${r.id}": unknown category "${r.category}"`);
  }
  const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  const nodeIds = new Set<string>();
  const nodes: GraphNode[] = NODES.map((spec) => {
    const where = `node "${spec.id}"`;
    if (!kebab.test(spec.id)) fail(`${where}: id is not kebab-case`);
    if (nodeIds.has(spec.id)) fail(`${where}: duplicate id`);
    nodeIds.add(spec.id);
    if (!nodeTypeIds.has(spec.type)) fail(`${where}: unknown node type "${spec.type}"`);
    if (spec.mentions.length === 0) fail(`${where}: no mentions`);
    const mentions: Mention[] = spec.mentions.map((m, j) => locate(byId, m, `${where} mention ${j}`));
    const seen = new Set<string>();
    for (const m of mentions) {
      const key = `${m.sentence}:${m.start}:${m.end}`;
      if (seen.has(key)) fail(`${where}: duplicate mention ${key} "${m.text}"`);
      seen.add(key);
    }
    const node: GraphNode = { id: spec.id, type: spec.type, label: { ar: spec.ar, en: spec.en }, mentions };
    if (spec.aliases) {
      node.aliases = {};
      if (spec.aliases.ar) node.aliases.ar = spec.aliases.ar;
      if (spec.aliases.en) node.aliases.en = spec.aliases.en;
    }
    const description = note(spec.description);
    if (description) node.description = description;
    const qualifiers = note(spec.qualifiers);
    if (qualifiers) node.qualifiers = qualifiers;
    const n = note(spec.note);
    if (n) node.note = n;
    return node;
  });

  const edgeIds = new Set<string>();
  const connected = new Set<string>();
  const usedRelationTypes = new Set<string>();
  const triples = new Set<string>();
  const edges: GraphEdge[] = EDGES.map((spec) => {
    const where = `edge "${spec.id}"`;
    if (!kebab.test(spec.id)) fail(`${where}: id is not kebab-case`);
    if (edgeIds.has(spec.id)) fail(`${where}: duplicate id`);
    edgeIds.add(spec.id);
    if (!nodeIds.has(spec.source)) fail(`${where}: unknown source "${spec.source}"`);
    if (!nodeIds.has(spec.target)) fail(`${where}: unknown target "${spec.target}"`);
    if (spec.source === spec.target) fail(`${where}: self-loop`);
    if (!relationTypeIds.has(spec.type)) fail(`${where}: unknown relation type "${spec.type}"`);
    if (spec.attributedTo !== undefined && !nodeIds.has(spec.attributedTo)) fail(`${where}: unknown attributedTo "${spec.attributedTo}"`);
    if (spec.evidence.length === 0) fail(`${where}: no evidence`);
    const triple = `${spec.source} ${spec.type} ${spec.target}`;
    if (triples.has(triple)) fail(`${where}: duplicates the relation ${triple}`);
    triples.add(triple);
    const evidence: Evidence[] = spec.evidence.map((e, j) => {
      const { sentence, start, end, text } = locate(byId, e, `${where} evidence ${j}`);
      return { sentence, start, end, quote: text };
    });
    connected.add(spec.source);
    connected.add(spec.target);
    usedRelationTypes.add(spec.type);
    const edge: GraphEdge = { id: spec.id, source: spec.source, target: spec.target, type: spec.type, evidence };
    if (spec.attributedTo !== undefined) edge.attributedTo = spec.attributedTo;
    if (spec.inferred) edge.inferred = true;
    const qualifiers = note(spec.qualifiers);
    if (qualifiers) edge.qualifiers = qualifiers;
    const n = note(spec.note);
    if (n) edge.note = n;
    return edge;
  });

  for (const id of nodeIds) if (!connected.has(id)) fail(`node "${id}" has no relation`);
  for (const r of RELATION_TYPES) if (!usedRelationTypes.has(r.id)) fail(`relation type "${r.id}" is declared but never used`);
  const usedNodeTypes = new Set(nodes.map((n) => n.type));
  for (const t of NODE_TYPES) if (!usedNodeTypes.has(t.id)) fail(`node type "${t.id}" is declared but never used`);

  return {
    schemaVersion: 1,
    id: 'putin-china-visit',
    article: {
      title: { ar: cut[0]?.text ?? fail('no title'), en: TITLE_EN },
      lang: 'ar',
      source: ARTICLE_SOURCE,
      sentences,
    },
    notes: NOTES,
    categories: CATEGORIES,
    nodeTypes: NODE_TYPES,
    relationTypes: RELATION_TYPES,
    nodes,
    edges,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();

function main(): void {
const graph = build();
writeFileSync(OUTPUT_PATH, `${JSON.stringify(graph, null, 2)}\n`, 'utf8');
console.log(
  `wrote ${OUTPUT_PATH}: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${graph.article.sentences.length} sentences, ${graph.relationTypes.length} relation types`,
);
}
