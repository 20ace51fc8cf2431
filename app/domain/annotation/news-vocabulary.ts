/**
 * The vocabulary a new graph starts from: what news articles are mostly about (people,
 * organisations, countries, cities, rivers and places, events and meetings, agreements)
 * and how they relate (meets, visits, holds talks with, signs, supports, opposes, is a
 * condition for, …), each in Arabic and English. Arabic labels are written for a
 * masculine singular subject, with the forms that agree with other subjects, as the
 * bundled graph's are (relation-sentence.ts reads them).
 *
 * `withNewsVocabulary` joins it to a graph's own vocabulary (the bundled graph's), so a
 * new graph also has every type that graph uses, under the same ids and names.
 */
import type { Category, NodeType, RelationType } from '../schema';

export interface Vocabulary {
  categories: Category[];
  nodeTypes: NodeType[];
  relationTypes: RelationType[];
}

const nt = (id: string, ar: string, en: string): NodeType => ({ id, label: { ar, en } });

const rt = (
  id: string,
  category: string,
  directed: boolean,
  ar: string,
  en: string,
  forms: { feminine?: string; masculinePlural?: string; enPlural?: string } = {},
): RelationType => {
  const type: RelationType = { id, label: { ar, en }, category, directed };
  const arForms = {
    ...(forms.feminine ? { feminine: forms.feminine } : {}),
    ...(forms.masculinePlural ? { masculinePlural: forms.masculinePlural } : {}),
  };
  if (forms.feminine || forms.masculinePlural || forms.enPlural) {
    type.forms = {
      ...(forms.feminine || forms.masculinePlural ? { ar: arForms } : {}),
      ...(forms.enPlural ? { en: { plural: forms.enPlural } } : {}),
    };
  }
  return type;
};

export const NEWS_VOCABULARY: Vocabulary = {
  categories: [
    { id: 'alliance', label: { ar: 'التحالف والشراكة', en: 'Alliance and partnership' } },
    { id: 'military', label: { ar: 'التعاون العسكري', en: 'Military cooperation' } },
    { id: 'negotiation', label: { ar: 'التفاوض والشروط', en: 'Negotiation and conditions' } },
    { id: 'conflict', label: { ar: 'الصراع والعداء', en: 'Conflict and hostility' } },
    { id: 'diplomacy', label: { ar: 'الدبلوماسية', en: 'Diplomacy' } },
    { id: 'economy', label: { ar: 'الاقتصاد والعقوبات', en: 'Economy and sanctions' } },
    { id: 'stance', label: { ar: 'المواقف والادعاءات', en: 'Stances and claims' } },
    { id: 'leadership', label: { ar: 'القيادة والعضوية', en: 'Leadership and membership' } },
    { id: 'location', label: { ar: 'الموقع', en: 'Location' } },
  ],
  nodeTypes: [
    nt('person', 'شخص', 'Person'),
    nt('bloc', 'منظمة أو تكتل', 'Organisation or bloc'),
    nt('country', 'دولة', 'Country (state actor)'),
    nt('city', 'مدينة', 'City'),
    nt('river', 'نهر', 'River'),
    nt('place', 'مكان أو منطقة', 'Place or region'),
    nt('event', 'حدث', 'Event'),
    nt('meeting', 'اجتماع أو قمة', 'Meeting or summit'),
    nt('agreement', 'اتفاق أو معاهدة', 'Agreement or treaty'),
  ],
  relationTypes: [
    rt('meets', 'diplomacy', false, 'يلتقي', 'meets', { feminine: 'تلتقي', masculinePlural: 'يلتقون', enPlural: 'meet' }),
    rt('visits', 'diplomacy', true, 'يزور', 'visits', { feminine: 'تزور', masculinePlural: 'يزورون', enPlural: 'visit' }),
    rt('holds-talks-with', 'diplomacy', false, 'يجري محادثات مع', 'holds talks with', { feminine: 'تجري محادثات مع', masculinePlural: 'يجرون محادثات مع', enPlural: 'hold talks with' }),
    rt('hosts', 'diplomacy', true, 'يستضيف', 'hosts', { feminine: 'تستضيف', masculinePlural: 'يستضيفون', enPlural: 'host' }),
    rt('takes-part-in', 'diplomacy', true, 'يشارك في', 'takes part in', { feminine: 'تشارك في', masculinePlural: 'يشاركون في', enPlural: 'take part in' }),
    rt('signs', 'diplomacy', true, 'يوقّع', 'signs', { feminine: 'توقّع', masculinePlural: 'يوقّعون', enPlural: 'sign' }),
    rt('party-to', 'conflict', true, 'طرف في', 'is a party to', { masculinePlural: 'أطراف في', enPlural: 'are parties to' }),
    rt('negotiates-with', 'negotiation', false, 'يتفاوض مع', 'negotiates with', { feminine: 'تتفاوض مع', masculinePlural: 'يتفاوضون مع', enPlural: 'negotiate with' }),
    rt('condition-for', 'negotiation', true, 'شرط لـ', 'is a condition for', { enPlural: 'are a condition for' }),
    rt('proposes', 'negotiation', true, 'يقترح', 'proposes', { feminine: 'تقترح', masculinePlural: 'يقترحون', enPlural: 'propose' }),
    rt('supports', 'stance', true, 'يدعم', 'supports', { feminine: 'تدعم', masculinePlural: 'يدعمون', enPlural: 'support' }),
    rt('opposes', 'stance', true, 'يعارض', 'opposes', { feminine: 'تعارض', masculinePlural: 'يعارضون', enPlural: 'oppose' }),
    rt('criticises', 'stance', true, 'ينتقد', 'criticises', { feminine: 'تنتقد', masculinePlural: 'ينتقدون', enPlural: 'criticise' }),
    rt('condemns', 'stance', true, 'يدين', 'condemns', { feminine: 'تدين', masculinePlural: 'يدينون', enPlural: 'condemn' }),
    rt('calls-for', 'stance', true, 'يدعو إلى', 'calls for', { feminine: 'تدعو إلى', masculinePlural: 'يدعون إلى', enPlural: 'call for' }),
    rt('accuses', 'stance', true, 'يتهم', 'accuses', { feminine: 'تتهم', masculinePlural: 'يتهمون', enPlural: 'accuse' }),
    rt('praises', 'stance', true, 'يشيد بـ', 'praises', { feminine: 'تشيد بـ', masculinePlural: 'يشيدون بـ', enPlural: 'praise' }),
    rt('rejects', 'stance', true, 'يرفض', 'rejects', { feminine: 'ترفض', masculinePlural: 'يرفضون', enPlural: 'reject' }),
    rt('allied-with', 'alliance', false, 'حليف لـ', 'is allied with', { feminine: 'حليفة لـ', masculinePlural: 'حلفاء لـ', enPlural: 'are allied with' }),
    rt('cooperates-with', 'alliance', false, 'يتعاون مع', 'cooperates with', { feminine: 'تتعاون مع', masculinePlural: 'يتعاونون مع', enPlural: 'cooperate with' }),
    rt('threatens', 'conflict', true, 'يهدد', 'threatens', { feminine: 'تهدد', masculinePlural: 'يهددون', enPlural: 'threaten' }),
    rt('attacks', 'conflict', true, 'يهاجم', 'attacks', { feminine: 'تهاجم', masculinePlural: 'يهاجمون', enPlural: 'attack' }),
    rt('trades-with', 'economy', false, 'يتاجر مع', 'trades with', { feminine: 'تتاجر مع', masculinePlural: 'يتاجرون مع', enPlural: 'trade with' }),
    rt('imposes-sanctions-on', 'economy', true, 'يفرض عقوبات على', 'imposes sanctions on', { feminine: 'تفرض عقوبات على', masculinePlural: 'يفرضون عقوبات على', enPlural: 'impose sanctions on' }),
    rt('leads', 'leadership', true, 'يقود', 'leads', { feminine: 'تقود', masculinePlural: 'يقودون', enPlural: 'lead' }),
    rt('member-of', 'leadership', true, 'عضو في', 'is a member of', { feminine: 'عضوة في', masculinePlural: 'أعضاء في', enPlural: 'are members of' }),
    rt('located-in', 'location', true, 'يقع في', 'is located in', { feminine: 'تقع في', enPlural: 'are located in' }),
    rt('capital-of', 'location', true, 'عاصمة', 'is the capital of'),
    rt('flows-through', 'location', true, 'يمر عبر', 'flows through', { enPlural: 'flow through' }),
  ],
};

/**
 * The news vocabulary joined to a graph's: the news types first, a graph's type of the
 * same id replacing the news one (so both graphs name it alike), then the graph's others.
 */
export function withNewsVocabulary(graph: { [K in keyof Vocabulary]?: Vocabulary[K] | undefined }): Vocabulary {
  const join = <T extends { id: string }>(base: readonly T[], own: readonly T[] = []): T[] => {
    const byId = new Map(own.map((x) => [x.id, x]));
    const out = base.map((x) => byId.get(x.id) ?? x);
    const have = new Set(out.map((x) => x.id));
    return [...out, ...own.filter((x) => !have.has(x.id))];
  };
  return {
    categories: join(NEWS_VOCABULARY.categories, graph.categories),
    nodeTypes: join(NEWS_VOCABULARY.nodeTypes, graph.nodeTypes),
    relationTypes: join(NEWS_VOCABULARY.relationTypes, graph.relationTypes),
  };
}
