import type {LoadContext, Plugin} from '@docusaurus/types';
import {parseSupportConfig} from '../../data/schema';
import {supportConfig} from '../../data/supportConfig';

/**
 * Local Docusaurus plugin that validates the support config when the site
 * loads, so `npm run build` (and `npm start`) fail with a message naming every
 * invalid field (see `parseSupportConfig`) instead of rendering wrong facts.
 *
 * @throws {SupportConfigError} when `src/data/supportConfig.ts` is invalid.
 */
export default function supportDataPlugin(_context: LoadContext): Plugin {
  return {
    name: 'support-data',
    async loadContent() {
      parseSupportConfig(supportConfig);
    },
  };
}
