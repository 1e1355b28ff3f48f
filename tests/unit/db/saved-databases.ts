/**
 * The saved databases of past schema versions, found by file name:
 * `fixtures/v3-data.ts` exports `V3_DATA`, rows exactly as version 3 stored them.
 */
export type SavedDatabase = { version: number; file: string; data: Record<string, unknown[]> };

const modules = import.meta.glob<Record<string, Record<string, unknown[]> | undefined>>(
  './fixtures/v*-data.ts',
  { eager: true },
);

export const SAVED_DATABASES: SavedDatabase[] = Object.entries(modules)
  .map(([path, module]) => {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const version = Number(/^v(\d+)-data\.ts$/.exec(file)?.[1]);
    return { version, file, data: module[`V${version}_DATA`] ?? {} };
  })
  .sort((a, b) => a.version - b.version);

export const savedDatabaseOf = (version: number) =>
  SAVED_DATABASES.find((s) => s.version === version && Object.keys(s.data).length > 0);
