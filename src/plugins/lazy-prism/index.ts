import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Local Docusaurus plugin that keeps the Prism syntax highlighter out of the
 * code every page loads.
 *
 * The classic theme registers a client module
 * (`@docusaurus/theme-classic/lib/prism-include-languages.js`) that imports
 * Prism with all its bundled grammars into the main bundle (about 30 KB gzip),
 * on every page, although the help center's pages show no code. This plugin
 * replaces that module with an empty one; `src/theme/CodeBlock` loads Prism,
 * applies `prism.additionalLanguages` (what the replaced module did) and
 * renders the theme's code block only on pages that have a code block.
 * Measured by `npm run bench`; `tests/bundles.spec.ts` checks that a content
 * page loads no Prism.
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
