import { KEBAB_ID } from './ids';
import { ARTICLE_DATE, COLOR_HEX, HTTP_ADDRESS, IriSchema, ISO_DATE_OR_INTERVAL, LIMITS, type Graph } from './schema';

/**
 * The fast path of validation: whether zod's `GraphSchema` would accept `data` and give it
 * back unchanged, answered with plain loops and no allocation per field. zod runs without
 * its JIT here (the page's CSP forbids eval), which costs seconds on a graph of 20,000
 * entities; this costs a few tens of milliseconds. It mirrors the schema in schema.ts
 * field by field, with zod's own rules (a string's length is counted in code points, as
 * zod counts it; numbers are finite; offsets are safe integers).
 *
 * `false` never means "invalid", only "let zod decide": it is also the answer for what zod
 * would accept but change (unknown keys it strips, an IRI it trims, an object that is not a
 * plain one), so that where this says `true` the input is exactly zod's output. The property
 * tests (graph-shape.test.ts) hold it to that against zod on valid, generated and mutated graphs.
 */
export function fitsGraphShape(data: unknown): data is Graph {
  if (!isObject(data)) return false;
  if (data.schemaVersion !== 1 || !pattern(data.id, KEBAB_ID, 0, LIMITS.idLength) || !article(data.article)) return false;
  if (!array(data.nodeTypes, 1, LIMITS.types, nodeType) || !array(data.relationTypes, 1, LIMITS.types, relationType)) return false;
  if (!array(data.nodes, 0, LIMITS.nodes, node) || !array(data.edges, 0, LIMITS.edges, edge)) return false;
  return keyCount(data) === 7 + optional(data, 'notes', localizedNote) + optional(data, 'categories', categories) + optional(data, 'articles', articles);
}

type Fields = Record<string, unknown>;
type Check = (value: unknown) => boolean;

/** A plain object (what JSON.parse makes); any other object is left to zod. */
function isObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

/** Own enumerable keys: as many as the object's known fields when it has no others. */
function keyCount(object: Fields): number {
  return Object.keys(object).length;
}

/**
 * An optional field, counted for the comparison with the object's keys: 0 when absent, 1
 * when present (zod accepts and keeps a key holding `undefined`), NaN when its value fails,
 * which makes the count match no key count.
 */
function optional(object: Fields, key: string, check: Check): number {
  const value = object[key];
  if (value === undefined) return key in object ? 1 : 0;
  return check(value) ? 1 : Number.NaN;
}

/** zod's length of a string: code points, a lone surrogate counting as one. */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

function string(value: unknown, min: number, max: number): value is string {
  if (typeof value !== 'string') return false;
  const units = value.length;
  // A code point is one or two units: between twice the floor and the ceiling, units settle it.
  if (units >= 2 * min && units <= max) return true;
  const points = codePointLength(value);
  return points >= min && points <= max;
}

function pattern(value: unknown, re: RegExp, min: number, max: number): boolean {
  return string(value, min, max) && re.test(value);
}

function array(value: unknown, min: number, max: number, item: Check): boolean {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length < min || value.length > max) return false;
  for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
  return true;
}

const id: Check = (value) => string(value, 1, LIMITS.idLength);
const label: Check = (value) => string(value, 1, LIMITS.labelLength);
const note: Check = (value) => string(value, 0, LIMITS.noteLength);
const lang: Check = (value) => string(value, 2, 20);
const offset: Check = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const finite: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const boolean: Check = (value) => typeof value === 'boolean';
const color: Check = (value) => pattern(value, COLOR_HEX, 0, Infinity);
const isoDate: Check = (value) => pattern(value, ISO_DATE_OR_INTERVAL, 0, Infinity);

function bilingual(value: unknown): boolean {
  return isObject(value) && label(value.ar) && label(value.en) && keyCount(value) === 2;
}

/** Text in one language or both (zod's refine: at least one of them set). */
function localizedNote(value: unknown): boolean {
  if (!isObject(value) || (value.ar === undefined && value.en === undefined)) return false;
  return keyCount(value) === optional(value, 'en', note) + optional(value, 'ar', note);
}

function sentence(value: unknown): boolean {
  if (!isObject(value)) return false;
  const role = value.role;
  if (!id(value.id) || (role !== 'title' && role !== 'lede' && role !== 'body')) return false;
  if (!string(value.text, 1, LIMITS.sentenceLength) || !string(value.en, 0, LIMITS.sentenceLength)) return false;
  return keyCount(value) === 4 + optional(value, 'article', id);
}

function mention(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (!id(value.sentence) || !offset(value.start) || !offset(value.end) || !string(value.text, 1, LIMITS.sentenceLength)) return false;
  return keyCount(value) === 4 + optional(value, 'article', id);
}

function evidence(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (!id(value.sentence) || !offset(value.start) || !offset(value.end) || !string(value.quote, 1, LIMITS.sentenceLength)) return false;
  return keyCount(value) === 4 + optional(value, 'article', id) + optional(value, 'attributedTo', id);
}

function timeQualifier(value: unknown): boolean {
  return isObject(value) && string(value.text, 1, LIMITS.labelLength) && isoDate(value.value) && keyCount(value) === 2;
}

function articleMeta(value: unknown): boolean {
  return isObject(value) && id(value.id) && bilingual(value.title) && note(value.source) && isoDate(value.published) && lang(value.lang) && keyCount(value) === 5;
}

function articles(value: unknown): boolean {
  return array(value, 0, LIMITS.types, articleMeta);
}

function position(value: unknown): boolean {
  return isObject(value) && finite(value.x) && finite(value.y) && keyCount(value) === 2;
}

function nodeType(value: unknown): boolean {
  if (!isObject(value) || !id(value.id) || !bilingual(value.label)) return false;
  return keyCount(value) === 2 + optional(value, 'description', localizedNote) + optional(value, 'color', color);
}

function category(value: unknown): boolean {
  if (!isObject(value) || !id(value.id) || !bilingual(value.label)) return false;
  return keyCount(value) === 2 + optional(value, 'color', color);
}

function categories(value: unknown): boolean {
  return array(value, 0, LIMITS.types, category);
}

function arabicForms(value: unknown): boolean {
  if (!isObject(value)) return false;
  const present =
    optional(value, 'masculine', label) +
    optional(value, 'feminine', label) +
    optional(value, 'masculineDual', label) +
    optional(value, 'feminineDual', label) +
    optional(value, 'masculinePlural', label) +
    optional(value, 'femininePlural', label);
  return keyCount(value) === present;
}

function englishForms(value: unknown): boolean {
  return isObject(value) && keyCount(value) === optional(value, 'singular', label) + optional(value, 'plural', label);
}

function forms(value: unknown): boolean {
  return isObject(value) && keyCount(value) === optional(value, 'ar', arabicForms) + optional(value, 'en', englishForms);
}

function relationType(value: unknown): boolean {
  if (!isObject(value) || !id(value.id) || !bilingual(value.label) || !id(value.category) || !boolean(value.directed)) return false;
  return keyCount(value) === 4 + optional(value, 'forms', forms);
}

function arabicGrammar(value: unknown): boolean {
  if (!isObject(value) || (value.gender !== 'masculine' && value.gender !== 'feminine')) return false;
  const number = (n: unknown) => n === 'singular' || n === 'dual' || n === 'plural';
  return keyCount(value) === 1 + optional(value, 'number', number) + optional(value, 'human', boolean);
}

function englishGrammar(value: unknown): boolean {
  return isObject(value) && (value.number === 'singular' || value.number === 'plural') && keyCount(value) === 1;
}

function grammar(value: unknown): boolean {
  return isObject(value) && keyCount(value) === optional(value, 'ar', arabicGrammar) + optional(value, 'en', englishGrammar);
}

function labels(value: unknown): boolean {
  return array(value, 0, LIMITS.aliases, label);
}

function aliases(value: unknown): boolean {
  return isObject(value) && keyCount(value) === optional(value, 'ar', labels) + optional(value, 'en', labels);
}

/** IRIs go through zod's own URL check; where zod would rewrite one (trim it), zod decides. */
function sameAs(value: unknown): boolean {
  return array(value, 0, LIMITS.aliases, (item) => {
    const parsed = IriSchema.safeParse(item);
    return parsed.success && parsed.data === item;
  });
}

function member(value: unknown): boolean {
  return isObject(value) && id(value.article) && id(value.entity) && keyCount(value) === 2;
}

function members(value: unknown): boolean {
  return array(value, 0, LIMITS.nodes, member);
}

function node(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (!id(value.id) || !id(value.type) || !bilingual(value.label) || !array(value.mentions, 0, LIMITS.mentions, mention)) return false;
  const known =
    4 +
    optional(value, 'aliases', aliases) +
    optional(value, 'description', localizedNote) +
    optional(value, 'qualifiers', localizedNote) +
    optional(value, 'note', localizedNote) +
    optional(value, 'grammar', grammar) +
    optional(value, 'position', position) +
    optional(value, 'sameAs', sameAs) +
    optional(value, 'members', members);
  return keyCount(value) === known;
}

function edge(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (!id(value.id) || !id(value.source) || !id(value.target) || !id(value.type) || !array(value.evidence, 0, LIMITS.evidence, evidence)) return false;
  const known =
    5 +
    optional(value, 'attributedTo', id) +
    optional(value, 'inferred', boolean) +
    optional(value, 'qualifiers', localizedNote) +
    optional(value, 'time', timeQualifier) +
    optional(value, 'note', localizedNote);
  return keyCount(value) === known;
}

function translation(value: unknown): boolean {
  return isObject(value) && lang(value.from) && boolean(value.machine) && keyCount(value) === 2;
}

function article(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (!bilingual(value.title) || !lang(value.lang) || !note(value.source) || !array(value.sentences, 0, LIMITS.sentences, sentence)) return false;
  const known =
    4 +
    optional(value, 'outlet', label) +
    optional(value, 'published', (v) => pattern(v, ARTICLE_DATE, 0, Infinity)) +
    optional(value, 'url', (v) => pattern(v, HTTP_ADDRESS, 0, 2000)) +
    optional(value, 'translation', translation);
  return keyCount(value) === known;
}
