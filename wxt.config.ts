import { defineConfig } from 'wxt';

// Builds go to .output/ unless CALLPREP_OUT says otherwise, so that parallel e2e
// runs and benchmarks never overwrite each other's extension.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDir: process.env.CALLPREP_OUT ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Callprep',
    description:
      'Arrive prepared for every customer conversation: goals, readiness checklists, promises and notes, kept on your device.',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['https://*/*'],
    optional_permissions: ['scripting'],
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the Callprep side panel',
      },
    },
    action: { default_title: 'Callprep' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'callprep@callprep.app', strict_min_version: '115.0' } } }
      : {}),
  }),
});
