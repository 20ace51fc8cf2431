import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleDoc } from './fixtures';
import { createAnnotationDoc, cutArticle, guessLang, mergeSentences, sentencesFromCut, splitBody, splitSentence, vocabularyOf } from './sentences';
import { locateSpan } from './spans';
import type { AnnotationDoc } from './schema';
import { compileAnnotations } from './compile';

const seedSource = readFileSync(new URL('../../../graph-data/putin-china-visit.ar.txt', import.meta.url), 'utf8');
const seedGraph = JSON.parse(readFileSync(new URL('../../../graph-data/putin-china-visit.graph.json', import.meta.url), 'utf8')) as {
  article: { sentences: { role: string; text: string }[] };
};

describe('cutArticle', () => {
  it('cuts the seed article into exactly the sentences of the seed graph', () => {
    const cut = cutArticle(seedSource);
    const sentences = sentencesFromCut(cut);
    expect(sentences.map((s) => ({ role: s.role, text: s.text }))).toEqual(seedGraph.article.sentences.map((s) => ({ role: s.role, text: s.text })));
    expect(cut.furniture.map((f) => f.text)).toEqual(['Translation:', 'Translated by AI', 'Newsletter', 'Related Articles']);
    expect(cut.furniture[0]!.line).toBe(4);
  });

  it('takes the first non-empty line as title, the second as lede, and cuts the rest at full stops', () => {
    const raw = '\n\n  عنوان المقال  \r\nمقدمة قصيرة. فيها جملتان.\r\n\r\nالجملة الأولى. هل هذه الثانية؟ نعم! Is it? Yes.\nسطر بلا نقطة\n';
    const cut = cutArticle(raw);
    expect(cut.title).toBe('عنوان المقال');
    expect(cut.lede).toBe('مقدمة قصيرة. فيها جملتان.');
    expect(cut.body).toEqual(['الجملة الأولى.', 'هل هذه الثانية؟', 'نعم!', 'Is it?', 'Yes.', 'سطر بلا نقطة']);
    for (const s of [cut.title, cut.lede!, ...cut.body]) expect(raw).toContain(s);
  });

  it('does not cut inside numbers or before a closing quote, and keeps the quote with its sentence', () => {
    expect(splitBody('هرب نحو 8.000 شخص. قال «انتهى.» ثم غادر.')).toEqual(['هرب نحو 8.000 شخص.', 'قال «انتهى.»', 'ثم غادر.']);
    expect(splitBody('First... then.  Second。 三')).toEqual(['First...', 'then.', 'Second。', '三']);
  });

  it('does not cut after English titles, initials or dotted acronyms', () => {
    expect(splitBody('Mr. Putin met Gen. Gerasimov and J. Smith in the U.S. on Monday. Then he left.')).toEqual([
      'Mr. Putin met Gen. Gerasimov and J. Smith in the U.S. on Monday.',
      'Then he left.',
    ]);
    expect(splitBody('He met Mr Xi. Tea was served.')).toEqual(['He met Mr Xi.', 'Tea was served.']);
  });

  it('leaves known furniture lines out and reports them, in Arabic and English', () => {
    const cut = cutArticle('Share\nTitle\nNewsletter\nLede.\nاقرأ أيضاً:\nBody one. Body two.\nRelated articles');
    expect(cut.title).toBe('Title');
    expect(cut.lede).toBe('Lede.');
    expect(cut.body).toEqual(['Body one.', 'Body two.']);
    expect(cut.furniture).toEqual([
      { line: 1, text: 'Share' },
      { line: 3, text: 'Newsletter' },
      { line: 5, text: 'اقرأ أيضاً:' },
      { line: 7, text: 'Related articles' },
    ]);
  });

  it('handles an article of one line, and of nothing', () => {
    expect(cutArticle('Only a title')).toEqual({ title: 'Only a title', lede: null, body: [], furniture: [] });
    expect(cutArticle(' \n ')).toEqual({ title: '', lede: null, body: [], furniture: [] });
  });

  it('keeps tashkeel, tatweel, bidi controls and mixed scripts verbatim', () => {
    const line = 'قال الرئيسُ: «\u202Bالناتو NATO\u202C» قويـــة 🇷🇺. ثم انتهى.';
    const cut = cutArticle(`t\nl\n${line}`);
    expect(cut.body).toEqual(['قال الرئيسُ: «\u202Bالناتو NATO\u202C» قويـــة 🇷🇺.', 'ثم انتهى.']);
  });
});

describe('createAnnotationDoc', () => {
  it('makes an empty document whose sentences compile', () => {
    const doc = createAnnotationDoc('Title line\nLede. \nOne. Two.', { id: 'demo', vocabulary: { nodeTypes: sampleDoc().nodeTypes, relationTypes: sampleDoc().relationTypes } });
    expect(doc.article).toEqual({ title: { ar: 'Title line', en: 'Title line' }, lang: 'en', source: '' });
    expect(doc.sentences.map((s) => [s.id, s.role, s.text])).toEqual([
      ['s0', 'title', 'Title line'],
      ['s1', 'lede', 'Lede.'],
      ['s2', 'body', 'One.'],
      ['s3', 'body', 'Two.'],
    ]);
    expect(doc.entities).toEqual([]);
    expect(compileAnnotations(doc).graph.article.sentences).toHaveLength(4);
  });

  it('starts from the vocabulary of another document', () => {
    const doc = createAnnotationDoc('عنوان\nمقدمة.', { id: 'next', vocabulary: vocabularyOf(sampleDoc()) });
    expect(doc.relationTypes).toEqual(sampleDoc().relationTypes);
    expect(doc.categories).toEqual(sampleDoc().categories);
    expect(doc.article.lang).toBe('ar');
  });

  it('guesses the language from the script', () => {
    expect(guessLang(seedSource)).toBe('ar');
    expect(guessLang('Putin visited China (الصين).')).toBe('en');
  });
});

/** Every span of the document resolves, and to the expected text. */
function spansOf(doc: AnnotationDoc): string[] {
  const texts = new Map(doc.sentences.map((s) => [s.id, s.text]));
  return [...doc.entities.flatMap((e) => e.mentions), ...doc.relations.flatMap((r) => r.evidence)].map((span) => {
    const at = locateSpan(texts.get(span.sentence) ?? '', span);
    expect(at, JSON.stringify(span)).not.toBeNull();
    return `${span.sentence}:${texts.get(span.sentence)!.slice(at!.start, at!.end)}`;
  });
}

describe('mergeSentences', () => {
  it('joins a sentence with the next, moving and re-counting the spans of the second', () => {
    const doc = sampleDoc();
    // China is mentioned in s1 and s2: after the merge both are in s1, the second as occurrence 2.
    const result = mergeSentences(doc, 's1');
    if (!result.ok) throw new Error(result.error.code);
    const merged = result.doc;
    expect(merged.sentences.map((s) => s.id)).toEqual(['s0', 's1', 's3']);
    expect(merged.sentences[1]!.text).toBe(`${doc.sentences[1]!.text} ${doc.sentences[2]!.text}`);
    expect(merged.sentences[1]!.en).toBe(`${doc.sentences[1]!.en} ${doc.sentences[2]!.en}`);
    const china = merged.entities.find((e) => e.id === 'china')!;
    expect(china.mentions).toEqual([{ sentence: 's1', quote: 'الصين' }, { sentence: 's1', quote: 'الصين', occurrence: 2 }]);
    // Putin's s2 mention "بوتين" is now the second بوتين of s1 (the first is inside "فلاديمير بوتين").
    expect(merged.entities[0]!.mentions).toEqual([{ sentence: 's1', quote: 'فلاديمير بوتين' }, { sentence: 's1', quote: 'بوتين', occurrence: 2 }]);
    // Same words marked before and after, only the sentence ids differ.
    expect(spansOf(merged).map((s) => s.split(':')[1])).toEqual(spansOf(doc).map((s) => s.split(':')[1]));
    expect(compileAnnotations(merged).problems).toEqual([]);
  });

  it('refuses merging the last sentence or an unknown one', () => {
    expect(mergeSentences(sampleDoc(), 's3')).toEqual({ ok: false, error: { code: 'no-next-sentence', params: { id: 's3' } } });
    expect(mergeSentences(sampleDoc(), 's7')).toMatchObject({ ok: false, error: { code: 'unknown-sentence' } });
  });
});

describe('splitSentence', () => {
  it('splits between annotated spans, moving those after the cut to a new sentence', () => {
    const doc = sampleDoc();
    const text = doc.sentences[2]!.text;
    const at = text.indexOf('وإن');
    const result = splitSentence(doc, 's2', at);
    if (!result.ok) throw new Error(result.error.code);
    const next = result.doc;
    expect(next.sentences.map((s) => [s.id, s.role, s.text])).toEqual([
      ['s0', 'title', doc.sentences[0]!.text],
      ['s1', 'lede', doc.sentences[1]!.text],
      ['s2', 'body', 'قال بوتين إن روسيا والصين شريكتان،'],
      ['s4', 'body', 'وإن روسيا تدعم الصين.'],
      ['s3', 'body', doc.sentences[3]!.text],
    ]);
    const russia = next.entities.find((e) => e.id === 'russia')!;
    expect(russia.mentions).toEqual([{ sentence: 's2', quote: 'روسيا' }, { sentence: 's4', quote: 'روسيا' }]);
    expect(next.relations[1]!.evidence).toEqual([{ sentence: 's4', quote: 'روسيا تدعم الصين' }]);
    expect(spansOf(next).map((s) => s.split(':')[1])).toEqual(spansOf(doc).map((s) => s.split(':')[1]));
    expect(compileAnnotations(next).problems).toEqual([]);
  });

  it('refuses a cut inside an annotated span, at the ends, inside a surrogate pair, or leaving a blank part', () => {
    const doc = sampleDoc();
    const text = doc.sentences[2]!.text;
    const inside = text.indexOf('تدعم');
    expect(splitSentence(doc, 's2', inside)).toEqual({
      ok: false,
      error: { code: 'split-inside-span', params: { id: 's2', at: inside, path: 'relations[1].evidence[0]', quote: 'روسيا تدعم الصين' } },
    });
    expect(splitSentence(doc, 's2', 0)).toMatchObject({ ok: false, error: { code: 'invalid-split' } });
    expect(splitSentence(doc, 's2', text.length)).toMatchObject({ ok: false, error: { code: 'invalid-split' } });
    const flag = doc.sentences[3]!.text.indexOf('🇷🇺');
    expect(splitSentence(doc, 's3', flag + 1)).toMatchObject({ ok: false, error: { code: 'invalid-split' } });
    expect(splitSentence({ ...doc, sentences: [{ id: 's0', role: 'title', text: 'a   ', en: '' }] }, 's0', 2)).toMatchObject({ ok: false, error: { code: 'empty-sentence' } });
  });
});
