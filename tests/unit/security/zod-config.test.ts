import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 18: zod probes for eval (`new Function("")`) when an object schema is
 * built before `z.config({ jitless: true })`; the CSP blocks it and reports a
 * violation, and `web-ext lint` warns. lib/zod.ts configures zod before any
 * schema exists, and every module takes `z` from it.
 */
const ROOTS = ['lib', 'components', 'entrypoints'];
const CONFIGURED = 'lib/zod.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `import … from 'zod'` that brings values (type-only imports are erased). */
const VALUE_IMPORT =
  /^\s*import\s+(?!type\s)[^;]*?from\s*['"]zod(?:\/[^'"]*)?['"]|import\(\s*['"]zod/m;

describe('zod is configured before any schema exists', () => {
  it('no module takes z from zod itself, only from lib/zod.ts', () => {
    const offenders = ROOTS.flatMap((root) => sources(root))
      .map((path) => relative('.', path))
      .filter((path) => path !== CONFIGURED && VALUE_IMPORT.test(readFileSync(path, 'utf8')));
    expect(
      offenders,
      `import { z } from lib/zod.ts instead of 'zod' (it sets jitless first): ${offenders.join(', ')}`,
    ).toEqual([]);
  });

  describe('loading the modules that build schemas', () => {
    let probes = 0;
    const original = globalThis.Function;
    beforeAll(() => {
      // zod's probe is exactly `new Function("")`; count those.
      globalThis.Function = new Proxy(original, {
        construct(target, args: unknown[], newTarget) {
          if (args.length === 1 && args[0] === '') probes++;
          return Reflect.construct(target, args, newTarget);
        },
      });
    });
    afterAll(() => {
      globalThis.Function = original;
    });

    it('never probes for eval (panel-target first, as the worker loads it)', async () => {
      await import('@/lib/session/panel-target');
      await import('@/lib/background');
      await import('@/lib/db/models');
      await import('@/lib/io/backup');
      const { tabStateSchema } = await import('@/lib/session/keys');
      expect(tabStateSchema.safeParse({ signal: null, match: null, at: 1 }).success).toBe(true);
      expect(probes).toBe(0);
    });
  });
});
