import { describe, expect, it } from 'vitest';
import { distinctParts, partsOf, qualifiedAfter, type NamedEntity } from './name-parts';

const entity = (id: string, type: string, ar: string, en = '', aliases?: NamedEntity['aliases']): NamedEntity => ({
  id,
  type,
  label: { ar, en },
  ...(aliases ? { aliases } : {}),
});
const texts = (e: NamedEntity) => partsOf(e).map((p) => [p.text, p.kind]);

describe('partsOf', () => {
  it('gives a person their family name (the last word), folded', () => {
    expect(texts(entity('mansour', 'person', 'كريم منصور'))).toEqual([['منصور', 'family']]);
    expect(texts(entity('volkov', 'person', 'أندريه فولكوف'))).toEqual([['فولكوف', 'family']]);
    // Folded as the matcher folds: ta marbuta, hamza seats.
    expect(texts(entity('x', 'person', 'سلمى حمزة'))).toEqual([['حمزه', 'family']]);
    expect(texts(entity('sisi', 'person', 'عبد الفتاح السيسي'))).toEqual([['السيسي', 'family']]);
  });

  it('gives a person described by a title or a definite word a family name only where a name follows the description', () => {
    expect(texts(entity('minister', 'person', 'وزير الطاقة'))).toEqual([]);
    expect(texts(entity('envoy', 'person', 'المبعوث الصيني'))).toEqual([]);
    expect(texts(entity('putin', 'person', 'الرئيس الروسي فلاديمير بوتين'))).toEqual([['بوتين', 'family']]);
    expect(texts(entity('mansour', 'person', 'الوزير كريم منصور'))).toEqual([['منصور', 'family']]);
  });

  it('gives a name made with the article its head noun: with ال added to a construct, as written otherwise', () => {
    expect(texts(entity('summit', 'event', 'قمة الطاقة'))).toEqual([['القمه', 'head']]);
    expect(texts(entity('station', 'place', 'محطة العلمين'))).toEqual([['المحطه', 'head']]);
    expect(texts(entity('company', 'bloc', 'الشركة الوطنية للكهرباء'))).toEqual([['الشركه', 'head']]);
    // An indefinite phrase has no head that stands alone for it.
    expect(texts(entity('order', 'concept', 'نظام عالمي جديد'))).toEqual([]);
  });

  it('gives a name of one word nothing, and takes parts from aliases as from labels', () => {
    expect(texts(entity('egypt', 'country', 'مصر', 'Egypt'))).toEqual([]);
    expect(texts(entity('putin', 'person', 'بوتين', 'Putin', { ar: ['فلاديمير بوتين'] }))).toEqual([]);
    // "the minister" is no name: in Latin script a family name is capitalised.
    expect(texts(entity('haddad', 'person', 'الوزيرة', 'the minister', { ar: ['سلمى حداد'] }))).toEqual([['حداد', 'family']]);
    expect(texts(entity('lavrov', 'person', 'لافروف', 'Sergei Lavrov'))).toEqual([['lavrov', 'family']]);
  });

  it('keeps out parts of one or two letters, stop words, titles and name particles', () => {
    expect(texts(entity('li', 'person', 'لي وي'))).toEqual([]);
    expect(texts(entity('x', 'person', 'شي جين'))).toEqual([['جين', 'family']]);
    expect(texts(entity('a', 'person', 'محمد بن'))).toEqual([]);
    expect(texts(entity('b', 'person', 'أحمد عبد'))).toEqual([]);
    // «على» folds to «علي»: a name ending so must not propose every «على» of the article.
    expect(texts(entity('c', 'person', 'محمد علي'))).toEqual([]);
    expect(texts(entity('d', 'event', 'في الطريق'))).toEqual([]);
  });
});

describe('distinctParts', () => {
  it('drops a part that another entity’s names also contain: ambiguous, proposed for neither', () => {
    const parts = distinctParts([
      entity('karim', 'person', 'كريم منصور'),
      entity('ahmad', 'person', 'أحمد منصور'),
      entity('summit', 'event', 'قمة الطاقة'),
      entity('g20', 'event', 'قمة العشرين'),
      entity('station', 'place', 'محطة العلمين'),
    ]);
    expect(parts.get('karim')).toEqual([]);
    expect(parts.get('ahmad')).toEqual([]);
    expect(parts.get('summit')).toEqual([]);
    expect(parts.get('g20')).toEqual([]);
    expect(parts.get('station')).toEqual([{ text: 'المحطه', kind: 'head' }]);
  });

  it('compares words without their article, so «القمة» is ambiguous against an alias «القمة العربية»', () => {
    const parts = distinctParts([entity('summit', 'event', 'قمة الطاقة'), entity('arab', 'event', 'Arab summit', 'Arab summit', { ar: ['القمة العربية'] })]);
    expect(parts.get('summit')).toEqual([]);
  });

  it('keeps a part that only a word of the same entity’s own names repeats', () => {
    const parts = distinctParts([entity('karim', 'person', 'كريم منصور', 'Karim Mansour', { ar: ['الوزير كريم منصور'] }), entity('egypt', 'country', 'مصر')]);
    expect(parts.get('karim')).toEqual([
      { text: 'منصور', kind: 'family' },
      { text: 'mansour', kind: 'family' },
    ]);
  });
});

describe('qualifiedAfter', () => {
  it('says whether the next word, across spaces only, has the article', () => {
    const text = 'تعقد القمة المقبلة، ثم القمة في القاهرة والقمة، المقبلة';
    const end = (nth: number) => {
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf('القمة', at + 1);
      return at + 'القمة'.length;
    };
    expect(qualifiedAfter(text, end(0))).toBe(true);
    expect(qualifiedAfter(text, end(1))).toBe(false);
    expect(qualifiedAfter(text, end(2))).toBe(false);
    expect(qualifiedAfter(text, text.length)).toBe(false);
  });
});
