// @vitest-environment node
/**
 * The layers keep one direction (STYLE.md §1): ESLint refuses a file that imports against it, and
 * no module of src/ takes part in an import cycle, type imports included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

describe('ESLint refuses a file that imports against the layers', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const probes = [
    [
      'a component importing the store',
      'src/components/probe.tsx',
      "import { usePlan } from '../store/app-store';\nexport const x = usePlan;\n",
    ],
    [
      'a component importing content',
      'src/components/probe.tsx',
      "import { stages } from '../content/stages';\nexport const x = stages;\n",
    ],
    [
      'content importing the store',
      'src/content/probe.ts',
      "import { actions } from '../store/app-store';\nexport const x = actions;\n",
    ],
    [
      'the store importing a page',
      'src/store/probe.ts',
      "import { PlanPage } from '../pages/plan/plan-page';\nexport const x = PlanPage;\n",
    ],
    [
      'the store importing a component',
      'src/store/probe.ts',
      "import { ProgressBar } from '../components/progress-bar';\nexport const x = ProgressBar;\n",
    ],
    [
      'the domain importing React',
      'src/domain/probe.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
    ],
    [
      'the domain importing content',
      'src/domain/probe.ts',
      "import { stages } from '../content/stages';\nexport const x = stages;\n",
    ],
  ] as const;

  test.each(probes)('%s', async (_label, filePath, code) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
    const rules = (result?.messages ?? []).map((m) => m.ruleId);
    expect(rules.some((rule) => rule === 'import-x/no-restricted-paths' || rule === 'no-restricted-imports')).toBe(
      true,
    );
  });

  it('lets a page import the store, components, content and the domain', async () => {
    const code = [
      "import { usePlan } from '../store/app-store';",
      "import { ProgressBar } from '../components/progress-bar';",
      "import { stages } from '../content/stages';",
      "import { progressOf } from '../domain/progress';",
      'export const x = [usePlan, ProgressBar, stages, progressOf];',
      '',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'src/pages/probe.tsx') });
    expect(result?.messages).toEqual([]);
  });
}, 60_000);

/** Every module of src/, with the modules it imports (import, import type, export from, import()). */
function importGraph(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) files.push(path);
    }
  };
  walk(SRC);
  const known = new Set(files);
  const resolveImport = (from: string, specifier: string): string | null => {
    if (!specifier.startsWith('.')) return null;
    const base = resolve(dirname(from), specifier);
    return (
      [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => known.has(candidate)) ?? null
    );
  };
  const pattern =
    /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  return new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const targets = [...text.matchAll(pattern)]
        .map((match) => resolveImport(file, match[1] ?? match[2] ?? ''))
        .filter((target): target is string => target !== null);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Groups of modules that import each other, directly or round a loop (Tarjan's algorithm). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, indices.get(next) ?? 0));
    }
    if (low.get(node) === indices.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(relative(ROOT, member));
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

describe('imports', () => {
  it('form no cycle anywhere in src/, type imports included', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles(graph)).toEqual([]);
  });

  it('are found by the scan, so that a cycle would be seen (the scan itself is checked)', () => {
    const graph = importGraph();
    const planFile = [...(graph.get(join(SRC, 'domain/plan-file.ts')) ?? [])].map((p) => relative(SRC, p));
    expect(planFile).toEqual(
      expect.arrayContaining(['domain/migrations.ts', 'domain/plan-schema.ts', 'domain/result.ts']),
    );
    const looped = new Map(graph);
    looped.set(join(SRC, 'domain/plan-schema.ts'), [
      ...(graph.get(join(SRC, 'domain/plan-schema.ts')) ?? []),
      join(SRC, 'domain/plan-file.ts'),
    ]);
    expect(cycles(looped)).toHaveLength(1);
  });
});
