/**
 * The house rule for schema versions: one numbered file per version under
 * lib/db/migrations/, versions 1, 2, 3… without a gap, and for every version
 * after the first a saved database of the version before it
 * (tests/unit/db/fixtures/v<N-1>-data.ts), which tests/unit/db/migrations.test.ts
 * opens with today's code on its own. A spec of the same name
 * (tests/unit/db/migrations/<file>.test.ts) for what the step itself changes is
 * welcome, and when there is one it must start from that saved database.
 */
import { describe, expect, it } from 'vitest';
import { collectSteps, MIGRATION_FILE } from '@/lib/db/migrations/collect';
import type { MigrationStep } from '@/lib/db/migrations/step';
import { savedDatabaseOf } from '../db/saved-databases';

const HELPERS = ['index.ts', 'step.ts', 'collect.ts', 'upgrade-rows.ts'];

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

const everyFile = Object.keys(import.meta.glob('../../../lib/db/migrations/*.ts')).map(baseName);
const migrationModules = import.meta.glob<{ step?: MigrationStep }>(
  '../../../lib/db/migrations/[0-9]*.ts',
  { eager: true },
);
const specs = new Map(
  Object.entries(
    import.meta.glob<string>('../db/migrations/*.test.ts', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, source]) => [baseName(path), source]),
);

const migrations = Object.entries(migrationModules).map(([path, module]) => ({
  file: baseName(path),
  version: module.step?.version ?? Number.NaN,
}));

describe('numbered migrations', () => {
  it('every file in lib/db/migrations/ is a helper or a numbered step', () => {
    const stray = everyFile.filter((f) => !HELPERS.includes(f) && !MIGRATION_FILE.test(f));
    expect(stray, 'name each schema step like 003-what-it-does.ts').toEqual([]);
  });

  it('each file exports its step, named by its version, and versions run 1, 2, 3… without a gap', () => {
    expect(() => collectSteps(migrationModules)).not.toThrow();
  });

  it.each(migrations.filter((m) => m.version > 1))(
    '$file has a saved database of the version before it, and its spec (if any) opens it',
    ({ file, version }) => {
      const previous = version - 1;
      const fixture = `tests/unit/db/fixtures/v${previous}-data.ts exporting V${previous}_DATA`;
      expect(
        savedDatabaseOf(previous),
        `${file} needs ${fixture}: the rows version ${previous} stored, never edited afterwards`,
      ).toBeDefined();
      const specName = file.replace(/\.ts$/, '.test.ts');
      const spec = specs.get(specName);
      if (spec === undefined) return;
      expect(
        spec,
        `tests/unit/db/migrations/${specName} must write V${previous}_DATA with writeDatabaseAtVersion(…, ${previous}, …)`,
      ).toMatch(
        new RegExp(`writeDatabaseAtVersion\\([^)]*\\b${previous}\\b[^)]*V${previous}_DATA`),
      );
    },
  );

  it('every spec in tests/unit/db/migrations/ belongs to a migration file', () => {
    const files = new Set(migrations.map((m) => m.file.replace(/\.ts$/, '.test.ts')));
    expect([...specs.keys()].filter((spec) => !files.has(spec))).toEqual([]);
  });
});
