import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {parseSupportConfig} from '../../data/schema';
import {supportConfig} from '../../data/supportConfig';
import {DEEP_LINKS} from '../../data/deepLinks';
import {PUBLIC_FILES, buildDeepLinksDocument, buildSupportDocument} from '../../data/publicData';
import {
  deepLinksDocumentSchema,
  deepLinksJsonSchema,
  parseDeepLinks,
  supportDocumentSchema,
  supportJsonSchema,
} from './schemas';
import {assertNoProblems, builtPageLoader, checkDeepLinkTargets} from './checkTargets';

/**
 * Local Docusaurus plugin for the support data and the deep-link contract.
 *
 * - When the site loads (`npm run build` and `npm start`): validates the
 *   support config (see `parseSupportConfig`) and the deep-link registry
 *   (shape and unique ids, see `parseDeepLinks`), failing with a message that
 *   names every bad field or entry.
 * - After the build: checks every registry entry against the built HTML
 *   (route present, element id present once, not inside `<details>` or a tab
 *   panel) and fails naming each broken entry; then writes `support.json`,
 *   `support.schema.json`, `deep-links.json` and `deep-links.schema.json` to
 *   the build folder (served at the base URL).
 *
 * @throws {SupportConfigError} when `src/data/supportConfig.ts` is invalid.
 * @throws {DeepLinkRegistryError} when `src/data/deepLinks.ts` is invalid.
 * @throws {DeepLinkTargetError} when a registered target is missing from the build.
 */
export default function supportDataPlugin(_context: LoadContext): Plugin {
  return {
    name: 'support-data',
    async loadContent() {
      parseSupportConfig(supportConfig);
      parseDeepLinks(DEEP_LINKS);
    },
    async postBuild({outDir, siteConfig}) {
      assertNoProblems(checkDeepLinkTargets(DEEP_LINKS, builtPageLoader(outDir)));
      const support = buildSupportDocument(supportConfig);
      const deepLinks = buildDeepLinksDocument(DEEP_LINKS, {siteUrl: siteConfig.url, baseUrl: siteConfig.baseUrl});
      // Validating the documents with their own schemas catches drift between the builders and the published
      // schemas. The documents are written as built (parsing would reorder keys).
      supportDocumentSchema.parse(support);
      deepLinksDocumentSchema.parse(deepLinks);
      const files: Array<[string, unknown]> = [
        [PUBLIC_FILES.support, support],
        [PUBLIC_FILES.supportSchema, supportJsonSchema()],
        [PUBLIC_FILES.deepLinks, deepLinks],
        [PUBLIC_FILES.deepLinksSchema, deepLinksJsonSchema()],
      ];
      await Promise.all(files.map(([name, value]) => writeFile(join(outDir, name), `${JSON.stringify(value, null, 2)}\n`)));
    },
  };
}
