import { readFileSync } from 'node:fs';
import { countOccurrences } from '../../app/domain/annotation/spans.ts';
import { createAnnotationDoc } from '../../app/domain/annotation/sentences.ts';
import type { AnnotationDoc } from '../../app/domain/annotation/schema.ts';
import type { Graph } from '../../app/domain/schema.ts';
import type { PlanEntity, PlanSpan } from './plan.ts';

/**
 * A large annotation document for the step-latency row: `entities` people, two to a body
 * sentence ("A met B in the capital, and A stressed the meeting's importance"), each
 * marked once, with a relation per sentence. The second "A" of every sentence is left
 * unmarked: adding it as a mention is the step the benchmark times.
 */

const FIRST = ['سالم', 'نادر', 'هشام', 'عماد', 'رامي', 'فادي', 'ماهر', 'وسيم', 'غسان', 'جمال', 'زياد', 'طارق', 'باسل', 'كمال', 'منير', 'نبيل', 'رياض', 'سامر', 'عادل', 'مازن', 'لؤي', 'قيس', 'أنور', 'إياد', 'حازم', 'شادي', 'مراد', 'يوسف', 'خالد', 'وليد', 'بسام', 'رائد', 'عصام', 'فراس', 'نزار', 'هاني', 'معاذ', 'أيمن', 'ثامر', 'ضياء'];
const FAMILY = ['العطار', 'الخياط', 'النجار', 'الحداد', 'الصباغ', 'القباني', 'الدباغ', 'الفخراني', 'السقا', 'الطحان', 'الجزار', 'البيطار', 'الحلاق', 'الزيات', 'الخطيب', 'الشامي', 'المصري', 'البغدادي', 'الحلبي', 'المقدسي', 'اليمني', 'التونسي', 'الجزائري', 'المغربي', 'السوداني'];

export interface LargeDoc {
  doc: AnnotationDoc;
  /** The step to time in body sentence i: the unmarked second mention of its first person. */
  step: (i: number) => { entity: PlanEntity; mention: PlanSpan };
}

export function largeDoc(entities: number, vocabulary: Pick<Graph, 'nodeTypes' | 'relationTypes' | 'categories'>): LargeDoc {
  if (entities < 2 || entities % 2 !== 0) throw new Error('the large document needs an even number of entities, at least 2');
  if (entities > FIRST.length * FAMILY.length) throw new Error(`at most ${FIRST.length * FAMILY.length} entities`);
  const names = Array.from({ length: entities }, (_, i) => `${FIRST[i % FIRST.length]} ${FAMILY[Math.floor(i / FIRST.length)]}`);
  const english = (i: number) => `Person ${String(i + 1).padStart(4, '0')}`;
  const body = Array.from({ length: entities / 2 }, (_, i) => `التقى ${names[2 * i]} مع ${names[2 * i + 1]} في العاصمة، وأكد ${names[2 * i]} أهمية اللقاء.`);
  const text = ['اجتماعات موسعة في العاصمة', 'شهدت العاصمة هذا الأسبوع سلسلة من الاجتماعات.', body.join(' ')].join('\n');
  const base = createAnnotationDoc(text, {
    id: `bench-${entities}-entities`,
    source: 'npm run bench:annotate',
    vocabulary: { ...(vocabulary.categories ? { categories: vocabulary.categories } : {}), nodeTypes: vocabulary.nodeTypes, relationTypes: vocabulary.relationTypes },
  });
  const bodyIds = base.sentences.filter((s) => s.role === 'body').map((s) => s.id);
  if (bodyIds.length !== body.length) throw new Error(`the large article was cut into ${bodyIds.length} body sentences, not ${body.length}`);
  base.sentences.forEach((s, i) => {
    const person = body.findIndex((b) => b === s.text);
    if (s.role === 'body' && (person !== i - 2 || countOccurrences(s.text, names[2 * person]!) !== 2)) throw new Error(`sentence ${s.id} is not as written`);
  });
  const doc: AnnotationDoc = {
    ...base,
    article: { ...base.article, title: { ar: base.article.title.ar, en: 'Wide-ranging meetings in the capital' } },
    entities: names.map((name, i) => ({
      id: `person-${i + 1}`,
      type: 'person',
      label: { ar: name, en: english(i) },
      mentions: [{ sentence: bodyIds[Math.floor(i / 2)]!, quote: name }],
    })),
    relations: bodyIds.map((sentence, i) => ({
      id: `meeting-${i + 1}`,
      source: `person-${2 * i + 1}`,
      target: `person-${2 * i + 2}`,
      type: 'held-with',
      evidence: [{ sentence, quote: `التقى ${names[2 * i]} مع ${names[2 * i + 1]}` }],
    })),
  };
  return {
    doc,
    step: (i) => {
      const sentence = bodyIds[i];
      const name = names[2 * i];
      if (!sentence || !name) throw new Error(`no body sentence ${i}`);
      const mention = { sentence, quote: name, occurrence: 2 };
      return { entity: { key: `person-${2 * i + 1}`, type: 'person', label: { ar: name, en: english(2 * i) }, mentions: [mention] }, mention };
    },
  };
}

/** The bundled graph's vocabulary, as a new draft gets it. */
export function bundledVocabulary(): Graph {
  return JSON.parse(readFileSync(new URL('../../graph-data/putin-china-visit.graph.json', import.meta.url), 'utf8')) as Graph;
}
