import { DOMParser } from '@xmldom/xmldom';
import { GEXF_NAMESPACE, GEXF_VIZ_NAMESPACE } from './gexf';

/**
 * A checker for the GEXF 1.3 RelaxNG grammar (gexf.net/1.3/gexf.rnc and viz.rnc), for
 * the tests: no RelaxNG validator runs here (no PyPI, no Java, no xmllint), so the
 * grammar's rules for the elements the writer uses are written out below: which
 * attributes and children each element may have, which are required, their order where
 * the grammar fixes one, and the datatypes of their values. It also checks what the
 * grammar cannot: that every attvalue names a declared attribute and parses as its type.
 */

type Datatype = 'string' | 'token' | 'date' | 'nonNegativeInteger' | 'double' | 'float' | readonly string[];
interface Rule {
  attributes: Record<string, { type: Datatype; required?: boolean }>;
  /** Allowed children; `sequence` fixes the order of the listed ones. */
  children: Record<string, { max: number; min?: number }>;
  sequence?: readonly string[];
  text?: boolean;
}

const EDGE_TYPES = ['directed', 'undirected', 'mutual'] as const;
const ATTR_TYPES = [
  'integer', 'long', 'double', 'float', 'boolean', 'bigdecimal', 'biginteger', 'byte', 'char', 'short', 'liststring', 'listboolean',
  'listinteger', 'listlong', 'listfloat', 'listdouble', 'listbyte', 'listshort', 'listbigdecimal', 'listbiginteger', 'listchar', 'string', 'anyURI',
] as const;
const MANY = Number.POSITIVE_INFINITY;

const RULES: Record<string, Rule> = {
  gexf: { attributes: { version: { type: ['1.3'], required: true }, variant: { type: 'string' } }, children: { meta: { max: 1 }, graph: { max: 1, min: 1 } }, sequence: ['meta', 'graph'] },
  meta: { attributes: { lastmodifieddate: { type: 'date' } }, children: { creator: { max: 1 }, keywords: { max: 1 }, description: { max: 1 } } },
  creator: { attributes: {}, children: {}, text: true },
  keywords: { attributes: {}, children: {}, text: true },
  description: { attributes: {}, children: {}, text: true },
  graph: {
    attributes: { defaultedgetype: { type: EDGE_TYPES }, idtype: { type: ['integer', 'string'] } },
    children: { attributes: { max: MANY }, nodes: { max: 1, min: 1 }, edges: { max: 1, min: 1 } },
    sequence: ['attributes', 'nodes', 'edges'],
  },
  attributes: { attributes: { class: { type: ['node', 'edge'], required: true } }, children: { attribute: { max: MANY } } },
  attribute: {
    attributes: { id: { type: 'string', required: true }, title: { type: 'string', required: true }, type: { type: ATTR_TYPES, required: true } },
    children: { default: { max: 1 }, options: { max: 1 } },
  },
  nodes: { attributes: { count: { type: 'nonNegativeInteger' } }, children: { node: { max: MANY } } },
  edges: { attributes: { count: { type: 'nonNegativeInteger' } }, children: { edge: { max: MANY } } },
  node: {
    attributes: { id: { type: 'string', required: true }, label: { type: 'token' }, pid: { type: 'string' } },
    children: { attvalues: { max: 1 }, nodes: { max: 1 }, edges: { max: 1 }, parents: { max: 1 }, 'viz:color': { max: 1 }, 'viz:position': { max: 1 }, 'viz:size': { max: 1 }, 'viz:shape': { max: 1 } },
  },
  edge: {
    attributes: {
      id: { type: 'string' }, type: { type: EDGE_TYPES }, label: { type: 'token' }, source: { type: 'string', required: true },
      target: { type: 'string', required: true }, weight: { type: 'double' }, kind: { type: 'token' },
    },
    children: { attvalues: { max: 1 }, 'viz:color': { max: 1 }, 'viz:thickness': { max: 1 }, 'viz:shape': { max: 1 } },
  },
  attvalues: { attributes: {}, children: { attvalue: { max: MANY } } },
  attvalue: { attributes: { for: { type: 'string', required: true }, value: { type: 'string', required: true } }, children: {} },
  'viz:position': { attributes: { x: { type: 'float', required: true }, y: { type: 'float', required: true }, z: { type: 'float' } }, children: {} },
};

function datatypeError(type: Datatype, value: string): string | null {
  if (Array.isArray(type)) return type.includes(value) ? null : `is "${value}", not one of ${type.join(', ')}`;
  switch (type) {
    case 'string':
      return null;
    case 'token':
      return value === value.replace(/[\t\n\r]/g, ' ').replace(/ {2,}/g, ' ').trim() ? null : `"${value}" is not an xsd:token (whitespace not collapsed)`;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : `"${value}" is not an xsd:date`;
    case 'nonNegativeInteger':
      return /^\+?\d+$/.test(value) ? null : `"${value}" is not a non-negative integer`;
    default:
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^(INF|-INF|NaN)$/.test(value) ? null : `"${value}" is not an xsd:${String(type)}`;
  }
}

function valueError(type: string, value: string): string | null {
  switch (type) {
    case 'integer':
    case 'long':
      return /^[+-]?\d+$/.test(value) ? null : `"${value}" is not an ${type}`;
    case 'double':
    case 'float':
      return datatypeError('double', value);
    case 'boolean':
      return ['true', 'false', '1', '0'].includes(value) ? null : `"${value}" is not a boolean`;
    case 'liststring': {
      try {
        const list: unknown = JSON.parse(value);
        return Array.isArray(list) && list.every((x) => typeof x === 'string') ? null : `"${value}" is not a list of strings`;
      } catch {
        return `"${value}" is not a list of strings`;
      }
    }
    default:
      return null;
  }
}

/** Every way `xml` breaks the GEXF 1.3 grammar, as readable lines; empty when it conforms. */
export function gexfGrammarErrors(xml: string): string[] {
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { error: (m: string) => errors.push(`XML: ${m}`), fatalError: (m: string) => errors.push(`XML: ${m}`) } }).parseFromString(xml, 'application/xml');
  const root = doc.documentElement;
  if (!root || root.localName !== 'gexf' || root.namespaceURI !== GEXF_NAMESPACE) return [...errors, `root must be <gexf> in ${GEXF_NAMESPACE}`];
  const declared = { node: new Map<string, string>(), edge: new Map<string, string>() };

  const visit = (el: Element, path: string) => {
    const viz = el.namespaceURI === GEXF_VIZ_NAMESPACE;
    if (!viz && el.namespaceURI !== GEXF_NAMESPACE) return void errors.push(`${path}: element in namespace ${el.namespaceURI ?? 'none'}`);
    const name = viz ? `viz:${el.localName}` : el.localName;
    const rule = RULES[name];
    if (!rule) return void errors.push(`${path}: <${name}> is not allowed by the grammar the writer targets`);
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === 'xmlns' || attr.prefix === 'xmlns') continue;
      const spec = rule.attributes[attr.name];
      if (!spec) errors.push(`${path}: attribute ${attr.name} is not allowed`);
      else {
        const problem = datatypeError(spec.type, attr.value);
        if (problem) errors.push(`${path}/@${attr.name}: ${problem}`);
      }
    }
    for (const [attr, spec] of Object.entries(rule.attributes)) if (spec.required && !el.hasAttribute(attr)) errors.push(`${path}: missing attribute ${attr}`);
    const children = Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
    if (!rule.text && Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '')) errors.push(`${path}: text is not allowed here`);
    const names = children.map((c) => (c.namespaceURI === GEXF_VIZ_NAMESPACE ? `viz:${c.localName}` : c.localName));
    for (const [child, count] of Object.entries(rule.children)) {
      const n = names.filter((x) => x === child).length;
      if (n > count.max) errors.push(`${path}: <${child}> at most ${count.max} time(s), found ${n}`);
      if (n < (count.min ?? 0)) errors.push(`${path}: <${child}> is required`);
    }
    if (rule.sequence) {
      const order = names.map((n) => rule.sequence!.indexOf(n)).filter((i) => i >= 0);
      if (order.some((v, i) => i > 0 && v < order[i - 1]!)) errors.push(`${path}: children out of order (${names.join(', ')}); the grammar wants ${rule.sequence.join(', ')}`);
    }
    if (name === 'attribute') {
      const cls = (el.parentNode as Element).getAttribute('class') as 'node' | 'edge';
      declared[cls].set(el.getAttribute('id') ?? '', el.getAttribute('type') ?? '');
    }
    if (name === 'attvalue') {
      const owner = (el.parentNode?.parentNode as Element).localName as 'node' | 'edge';
      const type = declared[owner].get(el.getAttribute('for') ?? '');
      if (type === undefined) errors.push(`${path}: attvalue for undeclared ${owner} attribute "${el.getAttribute('for')}"`);
      else {
        const problem = valueError(type, el.getAttribute('value') ?? '');
        if (problem) errors.push(`${path}: ${problem}`);
      }
    }
    children.forEach((child, i) => visit(child, `${path}/${names[i]}[${i}]`));
  };
  visit(root, '/gexf');
  return errors;
}
