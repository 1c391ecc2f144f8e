import type * as PrismNamespace from 'prismjs';

/**
 * Registers extra Prism languages. The classic theme's version loads
 * `prism.additionalLanguages` through a `require` of
 * `prismjs/components/prism-${lang}`; with no additional language (this
 * site's case) the bundler's context for that `require` still pulls Prism's
 * language loader and its 23 KB catalogue into every page with code. The
 * grammars bundled with prism-react-renderer (JSON, JavaScript, TypeScript,
 * Markdown, YAML, ...) cover the help center.
 *
 * To add a language, import its grammar here with `Prism` on `globalThis`,
 * as the theme's version does: set `globalThis.Prism = PrismObject`, then
 * `require('prismjs/components/prism-csharp')`, then remove it again.
 *
 * @param PrismObject - the Prism instance of prism-react-renderer (unused here).
 */
export default function prismIncludeLanguages(PrismObject: typeof PrismNamespace): void {
  void PrismObject;
}
