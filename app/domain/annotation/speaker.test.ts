import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnnotationDoc, type AnnotationDoc, type Entity } from './schema';
import { cutArticle, sentencesFromCut } from './sentences';
import { locateSpan } from './spans';
import { isVerbOfSaying, proposeAttribution } from './speaker';

const entity = (id: string, type: string, sentence: string, ...quotes: string[]): Entity => ({
  id,
  type,
  label: { ar: quotes[0] ?? id, en: id },
  mentions: quotes.map((quote) => ({ sentence, quote })),
});

/** The proposal for words of a one-sentence document. */
function propose(text: string, entities: Entity[], words: string, source?: string) {
  const doc = { sentences: [{ id: 's', text }], entities };
  const at = locateSpan(text, { quote: words });
  if (!at) throw new Error(`"${words}" is not in the sentence`);
  return proposeAttribution(doc, { sentence: 's', ...at }, { source });
}

describe('isVerbOfSaying', () => {
  it('knows the verbs in their feminine, plural, present and prefixed forms, folded', () => {
    for (const w of ['قال', 'قالت', 'وقال', 'فقالوا', 'يقول', 'تقول', 'أكّد', 'وأكد', 'أكدت', 'يؤكد', 'أشار', 'وأشارت', 'اشترط', 'أعرب', 'أعربت', 'أعلن', 'وأعلنت', 'يعلنون', 'ذكر', 'ووفقاً']) {
      expect(isVerbOfSaying(w), w).toBe(true);
    }
  });

  it('does not take other words that share letters', () => {
    for (const w of ['أشاد', 'قاله', 'العرب', 'إعلان', 'مقال', 'تأكيد', 'الصين']) expect(isVerbOfSaying(w), w).toBe(false);
  });
});

describe('proposeAttribution', () => {
  const arslan = entity('arslan', 'person', 's', 'أرسلان');
  const turkey = entity('turkey', 'country', 's', 'تركيا');
  const syria = entity('syria', 'country', 's', 'سوريا');

  it('proposes the speaker named right after the verb, for words after it', () => {
    const text = 'وأكّد أرسلان أن تركيا تدعم سوريا.';
    expect(propose(text, [arslan, turkey, syria], 'تركيا تدعم سوريا', 'turkey')).toBe('arslan');
  });

  it('skips titles before the name, and stops at the words that open what is said', () => {
    const putin = entity('putin', 'person', 's', 'فلاديمير بوتين');
    const text = 'أعرب الرئيس الروسي فلاديمير بوتين عن أمله في أن تدعم تركيا سوريا.';
    expect(propose(text, [putin, turkey, syria], 'تدعم تركيا سوريا', 'turkey')).toBe('putin');
    // The speaker is named after what is said: no proposal from that side.
    expect(propose('قالت إن تركيا تدعم سوريا، أرسلان', [arslan, turkey, syria], 'تركيا تدعم سوريا', 'turkey')).toBeNull();
  });

  it('takes a speaker named just before the verb when none follows it', () => {
    expect(propose('أرسلان قال إن تركيا تدعم سوريا', [arslan, turkey, syria], 'تركيا تدعم سوريا', 'turkey')).toBe('arslan');
  });

  it('only proposes an entity that can speak: a person, an organisation or a country', () => {
    const summit = entity('summit', 'event', 's', 'القمة');
    expect(propose('وأعلنت القمة أن تركيا تدعم سوريا', [summit, turkey, syria], 'تركيا تدعم سوريا', 'turkey')).toBeNull();
    const company = entity('company', 'bloc', 's', 'الشركة الوطنية للكهرباء');
    expect(propose('وأعلنت الشركة الوطنية للكهرباء أن تركيا تدعم سوريا', [company, turkey, syria], 'تركيا تدعم سوريا', 'turkey')).toBe('company');
  });

  it('does not propose the relation’s own source, nor a verb that comes after the cited words', () => {
    const volkov = entity('volkov', 'person', 's', 'فولكوف');
    const egypt: Entity = { ...entity('egypt', 'country', 's', 'مصر'), mentions: [{ sentence: 's', quote: 'مصر' }, { sentence: 's', quote: 'مصر', occurrence: 2 }] };
    const text = 'وأشاد فولكوف بدور مصر في أسواق الطاقة، وأكد أن التعاون بين مصر وروسيا سيتوسع.';
    expect(propose(text, [volkov, egypt], 'وأشاد فولكوف بدور مصر', 'volkov')).toBeNull();
    expect(propose('أعلن أرسلان زيارة تركيا', [arslan, turkey], 'أعلن أرسلان زيارة تركيا', 'arslan')).toBeNull();
  });

  it('reads "according to" with the preposition attached', () => {
    const putin = entity('putin', 'person', 's', 'بوتين');
    const text = 'ووفقاً لبوتين، فإن تركيا تدعم سوريا.';
    expect(propose(text, [putin, turkey, syria], 'تركيا تدعم سوريا', 'turkey')).toBe('putin');
  });

  it('answers null for a sentence with no verb of saying, or an unknown sentence', () => {
    expect(propose('تركيا تدعم سوريا', [arslan, turkey, syria], 'تركيا تدعم سوريا', 'turkey')).toBeNull();
    expect(proposeAttribution({ sentences: [], entities: [arslan] }, { sentence: 'x', start: 0, end: 1 })).toBeNull();
  });
});

describe('proposeAttribution on the bench fixture', () => {
  const dir = new URL('../../../scripts/bench-annotate/fixture/', import.meta.url);
  type PlanSpan = { sentence: string; quote: string; occurrence?: number };
  const plan = JSON.parse(readFileSync(new URL('plan.json', dir), 'utf8')) as {
    entities: { key: string; type: string; label: { ar: string; en: string }; mentions: PlanSpan[] }[];
    relations: { source: string; type: string; target: string; evidence: PlanSpan; attributedTo?: string }[];
  };
  const sentences = sentencesFromCut(cutArticle(readFileSync(new URL('article.txt', dir), 'utf8')));
  const doc = { sentences, entities: plan.entities.map((e) => ({ id: e.key, type: e.type, label: e.label, mentions: e.mentions })) };

  it('gets every attribution of the plan right, and proposes none where the plan has none', () => {
    for (const r of plan.relations) {
      const text = sentences.find((s) => s.id === r.evidence.sentence)?.text ?? '';
      const at = locateSpan(text, r.evidence);
      expect(at, r.evidence.quote).not.toBeNull();
      if (!at) continue;
      expect(proposeAttribution(doc, { sentence: r.evidence.sentence, ...at }, { source: r.source }), `${r.source} ${r.type} ${r.target}`).toBe(r.attributedTo ?? null);
    }
    expect(plan.relations.filter((r) => r.attributedTo).length).toBeGreaterThanOrEqual(2);
  });
});

describe('proposeAttribution on the seed article', () => {
  const parsed = parseAnnotationDoc(JSON.parse(readFileSync(new URL('../../../graph-data/putin-china-visit.annotations.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('the seed annotations do not parse');
  const doc: AnnotationDoc = parsed.doc;
  const proposed = (id: string) => {
    const r = doc.relations.find((x) => x.id === id);
    const ev = r?.evidence[0];
    const text = doc.sentences.find((s) => s.id === ev?.sentence)?.text ?? '';
    const at = ev ? locateSpan(text, ev) : null;
    if (!r || !ev || !at) throw new Error(id);
    return { got: proposeAttribution(doc, { sentence: ev.sentence, ...at }, { source: r.source }), want: r.attributedTo ?? null };
  };

  it('proposes the speaker the annotator chose where a verb of saying names one', () => {
    for (const id of [
      'negotiations-concern-ukraine', // أعرب بوتين عن استعداده للتفاوض بشأن أوكرانيا
      'negotiations-aim-at-settlement', // أعرب الرئيس الروسي فلاديمير بوتين …
      'all-parties-condition-for-negotiations',
      'peace-plan-hoped-to-address-security-concerns', // أعرب بوتين عن أمله في أن …
      'russia-has-security-concerns',
      'russia-interest-in-leading-fairer-order', // وذكر لافروف، وزير الخارجية الروسي، أن …
      'china-interest-in-leading-fairer-order',
      'peace-plan-could-provide-settlement', // ووفقاً لبوتين
    ]) {
      const { got, want } = proposed(id);
      expect(want, id).not.toBeNull();
      expect(got, id).toBe(want);
    }
  });

  it('proposes nothing for what the speaker states of their own doing, nor where no one speaks', () => {
    for (const id of ['putin-ready-to-negotiate', 'putin-sets-condition-all-parties', 'lavrov-foreign-minister-of-russia', 'putin-visits-china', 'russia-depends-on-china']) {
      expect(proposed(id), id).toEqual({ got: null, want: null });
    }
  });

  it('agrees with the annotator on at least 85% of the relations', () => {
    const agree = doc.relations.filter((r) => {
      const { got, want } = proposed(r.id);
      return got === want;
    }).length;
    expect(agree / doc.relations.length).toBeGreaterThanOrEqual(0.85);
  });
});
