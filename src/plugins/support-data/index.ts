import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {parseSupportConfig} from '../../data/schema';
import {supportConfig} from '../../data/supportConfig';
import {DEEP_LINKS} from '../../data/deepLinks';
import {PUBLIC_FILES, buildDeepLinksDocument, buildSupportDocument} from '../../facts/publicData';
import {deepLinksDocumentSchema, deepLinksJsonSchema, supportDocumentSchema, supportJsonSchema} from './schemas';
import {parseDeepLinks} from '../../data/deepLinks.schema';
import {assertNoProblems, builtPageLoader, checkDeepLinkTargets} from './checkTargets';
import {buildCodeExamples, pickerExampleLink, supportExcerptOmits} from './linkingExamples';
import type {LinkingExamples} from '../../components/LinkingReference/examples';
import {tokenizeCode} from '../code-highlight/tokenize';
import {buildCalendar} from '../support-calendar/load';

/**
 * The generated data module with the "Linking to the help center" page's
 * computed examples: `@generated/support-data/default/linking-examples.json`
 * (Docusaurus's `createData`, rebuilt on every build and dev-server start).
 */
export const LINKING_EXAMPLES_FILE = 'linking-examples.json';

/**
 * Local Docusaurus plugin for the support data and the deep-link contract.
 *
 * - When the site loads (`npm run build` and `npm start`): validates the
 *   support config (see `parseSupportConfig`) and the deep-link registry
 *   (shape and unique ids, see `parseDeepLinks`), failing with a message that
 *   names every bad field or entry; then writes the linking page's computed
 *   examples (code tokenized for highlighting) as {@link LINKING_EXAMPLES_FILE}.
 * - After the build: checks every registry entry against the built HTML
 *   (route present, element id present once, not inside `<details>` or a tab
 *   panel) and fails naming each broken entry; then writes `support.json`,
 *   `support.schema.json`, `deep-links.json` and `deep-links.schema.json` to
 *   the build folder (served at the base URL). `support.json` carries the
 *   calendar the `support-calendar` plugin resolved (the same dates).
 *
 * @throws {SupportConfigError} when `src/data/supportConfig.ts` is invalid.
 * @throws {DeepLinkRegistryError} when `src/data/deepLinks.ts` is invalid.
 * @throws {DeepLinkTargetError} when a registered target is missing from the build.
 */
export default function supportDataPlugin(context: LoadContext): Plugin {
  return {
    name: 'support-data',
    async loadContent() {
      parseSupportConfig(supportConfig);
      parseDeepLinks(DEEP_LINKS);
    },
    async contentLoaded({actions}) {
      const site = {siteUrl: context.siteConfig.url, baseUrl: context.siteConfig.baseUrl};
      const {dates} = buildCalendar(supportConfig).data;
      const examples: LinkingExamples = {
        code: Object.fromEntries(
          Object.entries(buildCodeExamples(supportConfig, dates, site)).map(([name, {title, code, language}]) => [
            name,
            {title, ...tokenizeCode(code, language)},
          ]),
        ) as LinkingExamples['code'],
        pickerLink: pickerExampleLink(supportConfig, dates),
        supportExcerptOmits: supportExcerptOmits(supportConfig),
      };
      await actions.createData(LINKING_EXAMPLES_FILE, JSON.stringify(examples));
    },
    async postBuild({outDir, siteConfig}) {
      assertNoProblems(checkDeepLinkTargets(DEEP_LINKS, builtPageLoader(outDir)));
      const support = buildSupportDocument(supportConfig, buildCalendar(supportConfig).data.dates);
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
      await Promise.all(
        files.map(([name, value]) => writeFile(join(outDir, name), `${JSON.stringify(value, null, 2)}\n`)),
      );
    },
  };
}
