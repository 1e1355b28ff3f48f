// Lint rules a reviewer would otherwise check by hand: typescript-eslint's recommended
// set (type-aware where it catches real bugs: floating promises) and the React hooks rules.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output*/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'tests/fixtures/**',
      'tests/e2e/fixtures/**',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The classic hooks rules. Version 7's React Compiler rules (set-state-in-effect,
      // refs during render) judge code by what the compiler can optimise; we do not run
      // the compiler, and they flag deliberate patterns (a draft re-synced from the row).
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Browser-side callbacks (page.evaluate, worker.evaluate) reach `chrome` and `browser`
    // through globalThis, where no extension types exist.
    files: ['tests/e2e/**/*.ts', 'tests/bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
