/**
 * A synthetic graph that follows the graph contract and passes validateGraph: every node
 * has a relation, every edge has evidence whose quote is an exact substring of a
 * generated (Arabic) sentence, labels mix Arabic and Latin script, and the output depends
 * only on the options (seeded). For the benchmark and tests; `npm run graph:generate`
 * (scripts/cli/graph-generate.ts) writes one to a file.
 *
 * Structure: nodes fall into communities of ~40; a spanning forest links every node to an
 * earlier one (mostly in its own community), and the remaining edges join random pairs,
 * 85% inside a community. `positions` stores a clustered layout (communities on a
 * sunflower spiral, nodes on a small spiral around their community's centre) so the app
 * skips layout.
 */
import type { Graph, GraphEdge, GraphNode, NodeType, RelationType, Sentence } from '../app/domain/schema.ts';
import { seededRandom } from '../app/domain/seeded-random.ts';

export interface GenerateOptions {
  nodes: number;
  /** Defaults to twice the node count (at least enough to leave no node without a relation). */
  edges?: number;
  positions?: boolean;
  seed?: number;
}

const NODE_TYPES: (NodeType & { ar: string[]; en: string[] })[] = [
  { id: 'person', label: { ar: 'شخص', en: 'Person' }, ar: ['الرئيس', 'الوزير', 'السفير', 'الجنرال', 'المتحدث'], en: ['President', 'Minister', 'Ambassador', 'General', 'Spokesperson'] },
  { id: 'country', label: { ar: 'دولة', en: 'Country' }, ar: ['دولة', 'جمهورية', 'مملكة', 'اتحاد'], en: ['State', 'Republic', 'Kingdom', 'Union'] },
  { id: 'armed-group', label: { ar: 'قوة مسلحة', en: 'Armed force' }, ar: ['القوات', 'الجيش', 'اللواء', 'الفيلق'], en: ['Forces', 'Army', 'Brigade', 'Corps'] },
  { id: 'place', label: { ar: 'مكان', en: 'Place' }, ar: ['منطقة', 'مدينة', 'إقليم', 'ميناء'], en: ['Region', 'City', 'Province', 'Port'] },
  { id: 'organisation', label: { ar: 'منظمة', en: 'Organisation' }, ar: ['منظمة', 'تحالف', 'مجلس', 'حلف'], en: ['Organisation', 'Alliance', 'Council', 'Pact'] },
  { id: 'plan', label: { ar: 'خطة', en: 'Plan' }, ar: ['خطة', 'مبادرة', 'مقترح'], en: ['Plan', 'Initiative', 'Proposal'] },
  { id: 'event', label: { ar: 'حدث', en: 'Event' }, ar: ['قمة', 'هجوم', 'زيارة', 'مؤتمر'], en: ['Summit', 'Offensive', 'Visit', 'Conference'] },
  { id: 'technology', label: { ar: 'تقنية', en: 'Technology' }, ar: ['منظومة', 'صاروخ', 'طائرة'], en: ['System', 'Missile', 'Aircraft'] },
  { id: 'concept', label: { ar: 'مفهوم', en: 'Concept' }, ar: ['نظام عالمي', 'سيادة', 'أمن'], en: ['World order', 'Sovereignty', 'Security'] },
];

const RELATION_TYPES: (RelationType & { verbAr: string })[] = [
  { id: 'allied-with', label: { ar: 'متحالف مع', en: 'allied with' }, category: 'alliance', directed: false, verbAr: 'تحالف مع' },
  { id: 'partners-with', label: { ar: 'شريك لـ', en: 'partners with' }, category: 'alliance', directed: false, verbAr: 'عقد شراكة مع' },
  { id: 'supplies-arms', label: { ar: 'يزوّد بالسلاح', en: 'supplies arms to' }, category: 'military', directed: true, verbAr: 'زوّد بالسلاح' },
  { id: 'trains', label: { ar: 'يدرّب', en: 'trains' }, category: 'military', directed: true, verbAr: 'درّب' },
  { id: 'negotiates-with', label: { ar: 'يتفاوض مع', en: 'negotiates with' }, category: 'negotiation', directed: false, verbAr: 'تفاوض مع' },
  { id: 'sets-condition', label: { ar: 'يشترط على', en: 'sets a condition on' }, category: 'negotiation', directed: true, verbAr: 'اشترط على' },
  { id: 'attacks', label: { ar: 'يهاجم', en: 'attacks' }, category: 'conflict', directed: true, verbAr: 'هاجم' },
  { id: 'threatens', label: { ar: 'يهدد', en: 'threatens' }, category: 'conflict', directed: true, verbAr: 'هدد' },
  { id: 'visits', label: { ar: 'يزور', en: 'visits' }, category: 'diplomacy', directed: true, verbAr: 'زار' },
  { id: 'meets', label: { ar: 'يلتقي', en: 'meets' }, category: 'diplomacy', directed: false, verbAr: 'التقى' },
  { id: 'sanctions', label: { ar: 'يعاقب', en: 'sanctions' }, category: 'economy', directed: true, verbAr: 'فرض عقوبات على' },
  { id: 'trades-with', label: { ar: 'يتاجر مع', en: 'trades with' }, category: 'economy', directed: false, verbAr: 'تاجر مع' },
  { id: 'supports', label: { ar: 'يدعم', en: 'supports' }, category: 'stance', directed: true, verbAr: 'دعم' },
  { id: 'accuses', label: { ar: 'يتهم', en: 'accuses' }, category: 'stance', directed: true, verbAr: 'اتهم' },
  { id: 'praises', label: { ar: 'يشيد بـ', en: 'praises' }, category: 'stance', directed: true, verbAr: 'أشاد بـ' },
  { id: 'rejects', label: { ar: 'يرفض', en: 'rejects' }, category: 'stance', directed: true, verbAr: 'رفض' },
  { id: 'leads', label: { ar: 'يقود', en: 'leads' }, category: 'leadership', directed: true, verbAr: 'قاد' },
  { id: 'member-of', label: { ar: 'عضو في', en: 'member of' }, category: 'leadership', directed: true, verbAr: 'انضم إلى' },
  { id: 'located-in', label: { ar: 'يقع في', en: 'located in' }, category: 'location', directed: true, verbAr: 'يقع في' },
];

const AR_NAMES = ['الشمال', 'الجنوب', 'الشرق', 'الغرب', 'النهر', 'الجبل', 'الساحل', 'الوادي', 'الصحراء', 'البحر', 'السهل', 'الهضبة'];
const EN_NAMES = ['North', 'South', 'East', 'West', 'River', 'Mountain', 'Coast', 'Valley', 'Desert', 'Sea', 'Plain', 'Plateau'];
const LATIN_TAGS = ['NATO', 'BRICS', 'UN', 'EU', 'S-400', 'G20', 'ASEAN', 'OPEC'];
const AR_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const CLAUSE_JOIN = '، و';

function arabicDigits(n: number): string {
  return String(n).replace(/\d/g, (d) => AR_DIGITS[Number(d)]!);
}

/** Ids of pairs already linked, to avoid parallel edges when there is room. */
function pairKey(a: number, b: number): number {
  return a < b ? a * 4_194_304 + b : b * 4_194_304 + a;
}

export function generateGraph(options: GenerateOptions): Graph {
  const n = Math.max(2, Math.floor(options.nodes));
  const seed = options.seed ?? 1;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const minEdges = Math.ceil(n / 2);
  const m = Math.max(minEdges, Math.floor(options.edges ?? n * 2));

  // Communities of ~40 nodes; each node picks a type and a bilingual, partly mixed-script label.
  const communitySize = 40;
  const communities = Math.max(1, Math.ceil(n / communitySize));
  const community = new Int32Array(n);
  const members: number[][] = Array.from({ length: communities }, () => []);
  for (let i = 0; i < n; i++) {
    const c = Math.min(communities - 1, Math.floor(i / communitySize));
    community[i] = c;
    members[c]!.push(i);
  }

  const nodeInfo = Array.from({ length: n }, (_, i) => {
    const typeIndex = Math.floor(random() * NODE_TYPES.length);
    const type = NODE_TYPES[typeIndex]!;
    const w = Math.floor(random() * type.ar.length);
    const place = Math.floor(random() * AR_NAMES.length);
    const mixed = random() < 0.25 ? ` ${pick(LATIN_TAGS)}` : '';
    const number = i + 1;
    // Arabic label: words, sometimes a Latin tag, a number in Arabic-Indic or Latin digits.
    const ar = `${type.ar[w]} ${AR_NAMES[place]}${mixed} ${number % 3 === 0 ? arabicDigits(number) : String(number)}`;
    const en = `${type.en[w]} ${EN_NAMES[place]}${mixed} ${number}`;
    return { id: `${type.id}-${number}`, type: type.id, ar, en };
  });

  // Edges: a spanning forest first (no orphans), then random pairs, mostly within communities.
  const pairs: [number, number][] = [];
  const seen = new Set<number>();
  const addPair = (a: number, b: number): boolean => {
    if (a === b) return false;
    const key = pairKey(a, b);
    if (seen.has(key)) return false;
    seen.add(key);
    pairs.push(random() < 0.5 ? [a, b] : [b, a]);
    return true;
  };
  const treeEdges = Math.min(m, n - 1);
  if (treeEdges >= n - 1) {
    for (let i = 1; i < n; i++) {
      const c = community[i]!;
      const first = members[c]![0]!;
      const earlier = i > first && random() < 0.9 ? first + Math.floor(random() * (i - first)) : Math.floor(random() * i);
      addPair(i, earlier);
    }
  } else {
    // Too few edges for a tree: pair nodes up, so still nobody is alone.
    for (let i = 0; i + 1 < n; i += 2) addPair(i, i + 1);
    if (n % 2 === 1) addPair(n - 1, 0);
  }
  const maxPairs = (n * (n - 1)) / 2;
  let attempts = 0;
  while (pairs.length < m && attempts < m * 20) {
    attempts++;
    const a = Math.floor(random() * n);
    let b: number;
    if (random() < 0.85) {
      const group = members[community[a]!]!;
      b = group[Math.floor(random() * group.length)]!;
    } else {
      b = Math.floor(random() * n);
    }
    if (!addPair(a, b) && seen.size >= maxPairs) break;
  }
  // Complete graphs of a few nodes run out of pairs; allow parallel edges then.
  while (pairs.length < m) {
    const a = Math.floor(random() * n);
    const b = (a + 1 + Math.floor(random() * (n - 1))) % n;
    pairs.push([a, b]);
  }

  // Sentences: several clauses each ("<source> <verb> <target>"), each clause one edge's quote.
  const perSentence = Math.max(3, Math.ceil(m / 15_000));
  const sentences: Sentence[] = [
    { id: 's0', role: 'title', text: `رسم بياني مولّد بـ ${n} عقدة و${m} علاقة`, en: `Generated graph with ${n} nodes and ${m} relations` },
  ];
  const mentions = new Map<number, { sentence: string; start: number; end: number; text: string }>();
  const edges: GraphEdge[] = [];
  for (let start = 0; start < pairs.length; start += perSentence) {
    const sid = `s${sentences.length}`;
    let text = '';
    const en: string[] = [];
    for (let k = start; k < Math.min(pairs.length, start + perSentence); k++) {
      const [a, b] = pairs[k]!;
      const relation = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
      const src = nodeInfo[a]!;
      const tgt = nodeInfo[b]!;
      if (text !== '') text += CLAUSE_JOIN;
      const clauseStart = text.length;
      text += src.ar;
      if (!mentions.has(a)) mentions.set(a, { sentence: sid, start: clauseStart, end: clauseStart + src.ar.length, text: src.ar });
      text += ` ${relation.verbAr} `;
      const targetStart = text.length;
      text += tgt.ar;
      if (!mentions.has(b)) mentions.set(b, { sentence: sid, start: targetStart, end: targetStart + tgt.ar.length, text: tgt.ar });
      const quote = text.slice(clauseStart);
      en.push(`${src.en} ${relation.label.en} ${tgt.en}`);
      const edge: GraphEdge = {
        id: `e${k + 1}-${src.id}-${relation.id}-${tgt.id}`,
        source: src.id,
        target: tgt.id,
        type: relation.id,
        evidence: [{ sentence: sid, start: clauseStart, end: clauseStart + quote.length, quote }],
      };
      if (relation.category === 'stance' && random() < 0.3) edge.attributedTo = src.id;
      if (random() < 0.05) edge.qualifiers = { en: `generated qualifier ${k + 1}` };
      edges.push(edge);
    }
    sentences.push({ id: sid, role: sentences.length === 1 ? 'lede' : 'body', text: `${text}.`, en: `${en.join(', and ')}.` });
  }

  // Clustered positions: community centres on a sunflower spiral, members around them.
  const positions = options.positions ? clusteredPositions(n, community, members) : null;
  const nodes: GraphNode[] = nodeInfo.map((info, i) => {
    const mention = mentions.get(i);
    const node: GraphNode = { id: info.id, type: info.type, label: { ar: info.ar, en: info.en }, mentions: mention ? [mention] : [] };
    if (i % 7 === 0) node.aliases = { en: [info.en.replace(/ \d+$/, '')] };
    if (positions) node.position = positions[i]!;
    return node;
  });

  const usedNodeTypes = new Set(nodes.map((node) => node.type));
  const usedRelations = new Set(edges.map((edge) => edge.type));
  return {
    schemaVersion: 1,
    id: `generated-${n}-seed-${seed}`,
    article: {
      title: { ar: sentences[0]!.text, en: sentences[0]!.en },
      lang: 'ar',
      source: `Synthetic graph from scripts/generate-graph.ts (seed ${seed}); not a real article.`,
      sentences,
    },
    nodeTypes: NODE_TYPES.filter((t) => usedNodeTypes.has(t.id)).map(({ id, label }) => ({ id, label })),
    relationTypes: RELATION_TYPES.filter((r) => usedRelations.has(r.id)).map(({ id, label, category, directed }) => ({ id, label, category, directed })),
    nodes,
    edges,
  };
}

function clusteredPositions(n: number, community: Int32Array, members: number[][]): { x: number; y: number }[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out: { x: number; y: number }[] = new Array(n);
  for (let c = 0; c < members.length; c++) {
    const cr = 260 * Math.sqrt(c + 0.5);
    const cx = cr * Math.cos(c * golden);
    const cy = cr * Math.sin(c * golden);
    members[c]!.forEach((node, j) => {
      const r = 18 * Math.sqrt(j + 0.5);
      out[node] = { x: Math.round(cx + r * Math.cos(j * golden)), y: Math.round(cy + r * Math.sin(j * golden)) };
    });
  }
  for (let i = 0; i < n; i++) if (!out[i]) out[i] = { x: 0, y: community[i]! };
  return out;
}
