import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The architecture rules, proved by probes that must fail: each probe is linted with the
 * project's own eslint.config.js at a path inside app/, and each rule must fire on it.
 * The probe folders are made up on the spot (`__lint-probe-*`), so the rules are shown to
 * hold for a feature the config has never heard of, at any depth.
 */

const root = resolve(import.meta.dirname, '..');
const probeName = `__lint-probe-${process.pid}`;
const featureDir = join(root, 'app/features', probeName);
const domainDir = join(root, 'app/domain', probeName);

const eslint = new ESLint({ cwd: root, ignore: false });

interface Finding {
  ruleId: string | null;
  line: number;
}

async function lint(relativePath: string, code: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, relativePath) });
  return (result?.messages ?? []).map((m) => ({ ruleId: m.ruleId, line: m.line }));
}

/** The rule ids reported on each line of the probe (1-based). */
function rulesByLine(findings: Finding[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const f of findings) map.set(f.line, [...(map.get(f.line) ?? []), f.ruleId ?? 'parse-error']);
  return map;
}

beforeAll(() => {
  // Files the cycle probe resolves to must exist on disk; the rest are linted as text.
  mkdirSync(join(domainDir, 'deep'), { recursive: true });
  writeFileSync(join(domainDir, 'cycle-a.ts'), "import { b } from './cycle-b';\nexport const a = () => b;\n");
  writeFileSync(join(domainDir, 'cycle-b.ts'), "import { a } from './cycle-a';\nexport const b = () => a;\n");
  mkdirSync(join(featureDir, 'deep/er'), { recursive: true });
  writeFileSync(join(featureDir, 'sibling.ts'), 'export const helper = 1;\n');
});

afterAll(() => {
  rmSync(featureDir, { recursive: true, force: true });
  rmSync(domainDir, { recursive: true, force: true });
});

describe('architecture lint rules', () => {
  it('stops a feature, at any depth, from importing another feature or Cytoscape', async () => {
    const code = [
      "import cytoscape from 'cytoscape';",
      "import { SearchBox } from '../../../search/SearchBox';",
      "import { ListView } from '@/features/list-view/ListView';",
      "import { GraphView } from '@/features/graph-view/GraphView';",
      "import { useAppStore } from '@/state/store';",
      "import { helper } from '../../sibling';",
      'export const probe = [cytoscape, SearchBox, ListView, GraphView, useAppStore, helper];',
    ].join('\n');
    const lines = rulesByLine(await lint(`app/features/${probeName}/deep/er/probe.ts`, code));
    expect(lines.get(1)).toEqual(['boundaries/dependencies']);
    expect(lines.get(2)).toEqual(['boundaries/dependencies']);
    expect(lines.get(3)).toEqual(['boundaries/dependencies']);
    expect(lines.get(4)).toEqual(['boundaries/dependencies']);
    // Its own files and the layers below stay allowed.
    expect(lines.get(5)).toBeUndefined();
    expect(lines.get(6)).toBeUndefined();
  });

  it('lets graph-view, and only it, import Cytoscape', async () => {
    const code = "import cytoscape from 'cytoscape';\nexport const probe = cytoscape;\n";
    expect(await lint('app/features/graph-view/deep/probe.ts', code)).toEqual([]);
    expect(rulesByLine(await lint('app/shared/probe.ts', code)).get(1)).toEqual(['boundaries/dependencies']);
    expect(rulesByLine(await lint('app/App.probe.ts', code)).get(1)).toEqual(['boundaries/dependencies']);
  });

  it('keeps the domain free of React, zustand, TanStack, Cytoscape and the layers above it', async () => {
    const code = [
      "import { useState } from 'react';",
      "import { create } from 'zustand';",
      "import { useQuery } from '@tanstack/react-query';",
      "import cytoscape from 'cytoscape';",
      "import { useAppStore } from '@/state/store';",
      "import { translate } from '../../../shared/i18n/translate';",
      "import { foldArabic } from '../../fold';",
      'export const probe = [useState, create, useQuery, cytoscape, useAppStore, translate, foldArabic];',
    ].join('\n');
    const lines = rulesByLine(await lint(`app/domain/${probeName}/deep/probe.ts`, code));
    for (const line of [1, 2, 3, 4, 5, 6]) expect(lines.get(line), `line ${line}`).toEqual(['boundaries/dependencies']);
    expect(lines.get(7)).toBeUndefined();
  });

  it('keeps state, data and shared below the features and the app', async () => {
    const code = "import { ListView } from '@/features/list-view/ListView';\nimport { App } from '@/App';\nexport const probe = [ListView, App];\n";
    for (const layer of ['state', 'data', 'shared']) {
      const lines = rulesByLine(await lint(`app/${layer}/probe.ts`, code));
      expect(lines.get(1), layer).toEqual(['boundaries/dependencies']);
      expect(lines.get(2), layer).toEqual(['boundaries/dependencies']);
    }
  });

  it('reports an import cycle', async () => {
    const code = "import { b } from './cycle-b';\nexport const a = () => b;\n";
    const lines = rulesByLine(await lint(`app/domain/${probeName}/cycle-a.ts`, code));
    expect(lines.get(1)).toEqual(['import-x/no-cycle']);
  });

  it("applies the React Compiler's hook rules", async () => {
    const code = [
      "import { useEffect, useRef, useState } from 'react';",
      'export function Probe({ value }: { value: number }) {',
      '  const ref = useRef(value);',
      '  ref.current = value;',
      '  const [seen, setSeen] = useState(0);',
      '  useEffect(() => {',
      '    setSeen(value);',
      '  }, [value]);',
      '  return <p>{seen}</p>;',
      '}',
      // The compiler stops at a component's first error, so this one gets its own.
      'export function Sum({ items }: { items: number[] }) {',
      '  let total = 0;',
      '  return <p>{items.map((n) => { total += n; return total; })}</p>;',
      '}',
    ].join('\n');
    const rules = (await lint(`app/features/${probeName}/Probe.tsx`, code)).map((f) => f.ruleId);
    expect(rules).toContain('react-hooks/refs');
    expect(rules).toContain('react-hooks/set-state-in-effect');
    expect(rules).toContain('react-hooks/immutability');
  });
});
