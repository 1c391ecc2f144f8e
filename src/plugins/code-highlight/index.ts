import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Local Docusaurus plugin: code is highlighted at build time, and no page
 * downloads or runs the Prism syntax highlighter (issue 6: mobile
 * performance; Prism is about 30 KB gzip and a long task on a phone).
 *
 * The classic theme highlights in the browser: a client module
 * (`@docusaurus/theme-classic/lib/prism-include-languages.js`) puts Prism and
 * its grammars into the main bundle, and every code block tokenizes its code
 * with prism-react-renderer on each page load (twice: the theme re-mounts
 * code blocks after hydration). Here:
 * - this plugin replaces that client module with an empty one;
 * - `./tokenize.ts` tokenizes with Prism in Node.js, at build time;
 * - `./remark.ts` (a docs remark plugin, see docusaurus.config.ts) does that
 *   for every fenced code block and renders it as `./TokenizedCodeBlock`
 *   with the tokens; generated code (the `support-data` plugin's examples)
 *   is tokenized by the plugin that generates it;
 * - `src/theme/CodeBlock/Content` renders the tokens with the current
 *   colour mode's Prism theme, and plain text when a block has none
 *   (`src/theme/CodeBlock` renders such blocks without the theme's frame).
 * Measured by `npm run bench`; tests/bundles.spec.ts checks that no page runs Prism.
 */
export default function codeHighlightPlugin(_context: LoadContext): Plugin {
  const eager = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages.js');
  return {
    name: 'code-highlight',
    configureWebpack() {
      return {
        resolve: {
          alias: {[eager]: path.join(__dirname, 'noClientModule.ts')},
        },
      };
    },
  };
}
