/**
 * The shape of the data the "Linking to the help center" page renders but
 * does not compute: its code examples and picker link, built and tokenized at
 * build time by the `support-data` plugin (`src/plugins/support-data`) and
 * read here as `@generated/support-data/default/linking-examples.json`. The
 * page owns this contract; the plugin fills it.
 *
 * @module
 */
import type {TokenizedCode} from '../TokenizedCodeBlock/tokens';

/** The names of the code examples. */
export type CodeExampleName = 'support-json' | 'deep-links-json' | 'resolve-deep-link';

/** One example before tokenizing: its title (shown above the code), Prism language name, and the code (no final line break). */
export interface CodeExample {
  title: string;
  language: string;
  code: string;
}

/** The content of the generated `linking-examples.json`. */
export interface LinkingExamples {
  /** Each code example with its title, code, language and build-time tokens. */
  code: Record<CodeExampleName, TokenizedCode & {title: string}>;
  /** A complete picker link without the base URL, as the picker writes it. */
  pickerLink: string;
  /** The `config` keys the support.json excerpt leaves out. */
  supportExcerptOmits: string[];
}
