import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.scratch/', 'node_modules/', 'geodata/node_modules/', 'tests/output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', URL: 'readonly',
        fetch: 'readonly', location: 'readonly', history: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        Buffer: 'readonly', performance: 'readonly', Blob: 'readonly', HTMLElement: 'readonly', HTMLInputElement: 'readonly',
        HTMLCanvasElement: 'readonly', URLSearchParams: 'readonly', requestAnimationFrame: 'readonly', structuredClone: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
