import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Local Docusaurus plugin that keeps the Prism syntax highlighter out of the
 * code of pages that show no code (issue 6: a content page is no heavier
 * than the bare template's).
 *
 * The classic theme loads Prism on every page twice over: a client module
 * (`@docusaurus/theme-classic/lib/prism-include-languages.js`) puts Prism and
 * its grammars into the main bundle, and the docs' MDX components import
 * `@theme/CodeBlock` (Prism again) into every docs page. Here:
 * - this plugin replaces that client module with an empty one;
 * - `src/theme/CodeBlock` is a plain code block without Prism;
 * - `./remark.ts` (a docs remark plugin, see docusaurus.config.ts) turns each
 *   fenced code block into `./HighlightedCodeBlock`, which imports Prism,
 *   registers extra languages (`src/theme/prism-include-languages.ts`) and
 *   renders the theme's code block, at build time as before; so Prism is
 *   bundled with those pages only.
 * Measured by `npm run bench`; tests/bundles.spec.ts checks which pages run Prism.
 */
export default function lazyPrismPlugin(_context: LoadContext): Plugin {
  const eager = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages.js');
  return {
    name: 'lazy-prism',
    configureWebpack() {
      return {
        resolve: {
          alias: {[eager]: path.join(__dirname, 'noClientModule.ts')},
        },
      };
    },
  };
}
