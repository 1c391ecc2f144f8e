import {Prism, normalizeTokens} from 'prism-react-renderer';
import {compactLines, type CompactLine, type TokenizedCode} from '../../components/TokenizedCodeBlock/tokens';

/**
 * Build-time tokenizing (Node.js only: it loads Prism, which the browser
 * never does). Used by the remark plugin for fenced code (`./remark.ts`) and
 * by plugins that render generated code (the `support-data` plugin's code
 * examples).
 *
 * Languages: the grammars bundled with prism-react-renderer 2.4 (JSON,
 * JavaScript, TypeScript, JSX, CSS, YAML, Markdown, Python, Go, Rust, SQL,
 * and more; `Prism.languages` lists them). To add one, register it here
 * before tokenizing, as the classic theme's `prism-include-languages` does:
 * set `globalThis.Prism = Prism`, `require('prismjs/components/prism-csharp')`,
 * then delete `globalThis.Prism`.
 */

/**
 * Tokenizes code as prism-react-renderer's `<Highlight>` does (its
 * `useTokenize`: Prism's `before-tokenize` and `after-tokenize` hooks, then
 * `normalizeTokens`), for the browser to render without Prism.
 *
 * @param code - the code as written; one final line break is dropped, as the
 *   theme's code block drops it.
 * @param language - a Prism language name or alias, any case; missing or
 *   unknown gives plain tokens (what the theme shows for such code).
 * @returns the code, the language (lower case, `"text"` when missing) and
 *   the tokens line by line. One difference from `<Highlight>`: tokens with
 *   no text (`normalizeTokens` ends most lines with an empty `plain` token)
 *   are left out; they render as empty `<span>`s, about one per line of code.
 */
export function tokenizeCode(code: string, language: string | undefined): TokenizedCode {
  const text = code.replace(/\r?\n$/, '');
  const lang = (language ?? 'text').toLowerCase();
  const grammar = Prism.languages[lang];
  if (!grammar) return {code: text, language: lang, lines: withoutEmptyTokens(compactLines(normalizeTokens([text])))};
  const env: {code: string; grammar: typeof grammar; language: string; tokens: ReturnType<typeof Prism.tokenize>} = {
    code: text,
    grammar,
    language: lang,
    tokens: [],
  };
  Prism.hooks.run('before-tokenize', env);
  env.tokens = Prism.tokenize(env.code, env.grammar);
  Prism.hooks.run('after-tokenize', env);
  return {code: text, language: lang, lines: withoutEmptyTokens(compactLines(normalizeTokens(env.tokens)))};
}

/** Drops tokens without text (keeps an empty line's `"\n"` token, which holds the line's height). */
function withoutEmptyTokens(lines: CompactLine[]): CompactLine[] {
  return lines.map((line) => line.filter(([, content, empty]) => content !== '' || empty === 1));
}
