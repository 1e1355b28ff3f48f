import type { MigrationStep } from './step';

export const MIGRATION_FILE = /^(\d{3})-[a-z0-9-]+\.ts$/;

/**
 * The steps of the numbered migration files, oldest first. Throws when a file
 * exports no step, its version disagrees with its file name, or the versions do
 * not run 1, 2, 3… without a gap: Dexie would open a database with a version
 * missing, and a backup from before the gap would skip its upgrade.
 */
export function collectSteps(modules: Record<string, { step?: MigrationStep }>): MigrationStep[] {
  const steps = Object.entries(modules).map(([path, module]) => {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const numbered = MIGRATION_FILE.exec(file);
    if (!numbered) throw new Error(`Migration file ${file} is not named like 003-what-it-does.ts.`);
    if (!module.step) throw new Error(`Migration file ${file} does not export its \`step\`.`);
    if (module.step.version !== Number(numbered[1])) {
      throw new Error(
        `Migration file ${file} declares version ${module.step.version}; its name says ${Number(numbered[1])}.`,
      );
    }
    return module.step;
  });
  steps.sort((a, b) => a.version - b.version);
  const versions = steps.map((s) => s.version);
  if (versions.length === 0 || versions.some((v, i) => v !== i + 1)) {
    throw new Error(
      `Schema versions must run 1, 2, 3… without a gap; the migration files declare ${versions.join(', ') || 'none'}.`,
    );
  }
  return steps;
}
