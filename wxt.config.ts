import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

type ModuleInfo = { isEntry: boolean; importers: string[]; dynamicImporters: string[] };
type ChunkingContext = { getModuleInfo(id: string): ModuleInfo | null };

/**
 * One `shared` chunk for every module that two or more pages load at start-up
 * (statically reachable from a page), instead of Rolldown's one chunk per set of
 * importers. Chromium loads each module file of an extension page through the
 * browser process, and the side panel's 21 files cost ~40 ms more before its
 * scripts ran than the same code in 3 files (npm run bench -- first-paint).
 * Code reached only through import() (the workspace's lazy sections, the
 * calendar parser) keeps its own chunks, so no page loads it at start-up.
 */
function sharedStartupChunk() {
  const eager = new Map<string, boolean>();
  // Eager: some static importer chain leads up to a page. Walks up from `id`; when
  // no page is found, every module the walk saw has none above it either.
  const isEager = (id: string, ctx: ChunkingContext): boolean => {
    const known = eager.get(id);
    if (known !== undefined) return known;
    const seen = new Set([id]);
    const toVisit = [id];
    while (toVisit.length > 0) {
      const info = ctx.getModuleInfo(toVisit.pop()!);
      if (!info) continue;
      if (info.isEntry && info.dynamicImporters.length === 0) {
        eager.set(id, true);
        return true;
      }
      for (const importer of info.importers) {
        if (eager.get(importer) === true) {
          eager.set(id, true);
          return true;
        }
        if (!seen.has(importer) && eager.get(importer) !== false) {
          seen.add(importer);
          toVisit.push(importer);
        }
      }
    }
    for (const module of seen) eager.set(module, false);
    return false;
  };
  return {
    groups: [
      {
        name: (id: string, ctx: ChunkingContext) => (isEager(id, ctx) ? 'shared' : null),
        minShareCount: 2,
      },
    ],
  };
}

/** Callprep's small context class, given to content scripts in place of WXT's (why: in the file). */
const CONTENT_CONTEXT = fileURLToPath(new URL('lib/recognize/content-context.ts', import.meta.url));

// Builds go to .output/ unless CALLPREP_OUT says otherwise, so that parallel e2e
// runs and benchmarks never overwrite each other's extension.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Rolldown copies an exported string constant into every place that uses it
  // (page-scope's VIEWS three times); kept as one variable, each content script is
  // ~90 bytes smaller, toward DESIGN's 15 KB budget. Nothing else changes.
  vite: () => ({ build: { rolldownOptions: { optimization: { inlineConst: false } } } }),
  outDir: process.env.CALLPREP_OUT ?? '.output',
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      // The pages (popup, side panel, workspace) are built together: see sharedStartupChunk.
      if (entrypoints.some((e) => ['popup', 'sidepanel', 'options'].includes(e.type))) {
        config.build = {
          ...config.build,
          rolldownOptions: {
            ...config.build?.rolldownOptions,
            output: {
              ...config.build?.rolldownOptions?.output,
              codeSplitting: sharedStartupChunk(),
            },
          },
        };
      }
      // Content scripts only (each is built on its own): ~3 KB less each, toward the 15 KB budget.
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'callprep:content-context',
          enforce: 'pre',
          resolveId: (id) => (id === 'wxt/utils/content-script-context' ? CONTENT_CONTEXT : null),
        },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Callprep',
    description:
      'Arrive prepared for every customer conversation: goals, readiness checklists, promises and notes, kept on your device.',
    permissions: [
      'storage',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Custom CRM hosts are asked for one at a time, at run time (never <all_urls>);
    // `downloads` when the seller turns automatic backup on (lib/backup/).
    ...(browser === 'firefox'
      ? { optional_permissions: ['scripting', 'downloads', 'https://*/*'] }
      : {
          optional_permissions: ['scripting', 'downloads'],
          optional_host_permissions: ['https://*/*'],
        }),
    commands: {
      // Firefox opens its sidebar through the built-in command; Chrome through ours.
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the Callprep side panel',
      },
    },
    action: { default_title: 'Callprep' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'callprep@callprep.app',
              // The oldest Firefox with what we use: storage.session (115), MV2 sidebar_action,
              // and data_collection_permissions (140). 140 is an ESR, still used by companies.
              strict_min_version: '140.0',
              // Callprep collects nothing: all data stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
