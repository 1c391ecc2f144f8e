import type {CSSProperties} from 'react';
import clsx from 'clsx';
import type {PrismTheme, Token} from 'prism-react-renderer';

/**
 * Highlighted code as data, and how the browser styles it without Prism.
 *
 * Code is tokenized once, at build time (`./tokenize.ts`, Prism through
 * prism-react-renderer); the pages carry the tokens, and the code block
 * (`src/theme/CodeBlock/Content`) turns them into the same markup that
 * prism-react-renderer's `<Highlight>` renders, with the Prism theme of the
 * current colour mode. This module is browser-safe: it imports no Prism.
 */

/**
 * One token as stored in a page: `[types, content]`, the Prism token types
 * joined by single spaces (`"plain"` for untyped text) and the token's text;
 * a third element `1` marks prism-react-renderer's `empty` token (the one
 * token of an empty line).
 */
export type CompactToken = [types: string, content: string] | [types: string, content: string, empty: 1];

/** One line of code as stored: its tokens in order. */
export type CompactLine = CompactToken[];

/**
 * Code with its build-time tokens: `code` is the text shown (no final line
 * break), `language` the Prism language it was tokenized as (lower case;
 * unknown languages give plain tokens), `lines` the tokens line by line.
 */
export interface TokenizedCode {
  code: string;
  language: string;
  lines: CompactLine[];
}

/**
 * prism-react-renderer's tokens (`normalizeTokens` output: one array per
 * line) in the stored form. Lossless: {@link expandLines} gives them back.
 */
export function compactLines(lines: readonly Token[][]): CompactLine[] {
  return lines.map((line) =>
    line.map((t): CompactToken => (t.empty ? [t.types.join(' '), t.content, 1] : [t.types.join(' '), t.content])),
  );
}

/** Stored lines back to prism-react-renderer's token shape (`{types, content, empty?}` per token). */
export function expandLines(lines: readonly CompactLine[]): Token[][] {
  return lines.map((line) =>
    line.map(([types, content, empty]) =>
      empty ? {types: types.split(' '), content, empty: true} : {types: types.split(' '), content},
    ),
  );
}

/** The text of one line of tokens (an empty line's single `"\n"` token counts as nothing). */
function lineText(line: readonly Token[]): string {
  return line.map((t) => (t.empty ? '' : t.content)).join('');
}

/**
 * Code as plain tokens, exactly as prism-react-renderer tokenizes a language
 * it has no grammar for (`normalizeTokens([code])`): one `plain` token per
 * line, and an `empty` `"\n"` token for an empty line.
 *
 * @param code - the code as shown, lines separated by `\n`, `\r\n` or `\r`.
 */
export function plainLines(code: string): Token[][] {
  return code
    .split(/\r\n|\r|\n/)
    .map((text) =>
      text === '' ? [{types: ['plain'], content: '\n', empty: true}] : [{types: ['plain'], content: text}],
    );
}

/**
 * Fits build-time tokens to the code a code block shows. The block may show
 * fewer lines than were tokenized: the theme removes magic-comment lines
 * (`// highlight-next-line` and the like) before display. Each shown line
 * takes the next tokenized line with the same text, skipping removed ones.
 *
 * @param lines - the tokens of the code as written (see `./tokenize.ts`).
 * @param code - the code as the block shows it (the theme's `metadata.code`).
 * @returns one token line per shown line, or `null` when the tokens are not
 *   of this code (then the caller shows it plain, never a wrong text).
 */
export function alignLines(lines: readonly Token[][], code: string): Token[][] | null {
  const shown = code.split(/\r\n|\r|\n/);
  const out: Token[][] = [];
  let next = 0;
  for (const text of shown) {
    while (next < lines.length && lineText(lines[next]!) !== text) next++;
    if (next === lines.length) return null;
    out.push(lines[next]!);
    next++;
  }
  return out;
}

/**
 * A Prism theme as a style per token type for one language: the theme's
 * `styles` entries merged in order (an entry with `languages` applies only to
 * those), `root` the block's style, `plain` the line style (no background).
 * Same rule as prism-react-renderer 2.4's `themeToDict`.
 */
export type ThemeDictionary = Record<string, CSSProperties>;

/** See {@link ThemeDictionary}. `language` is the Prism language name (lower case). */
export function themeDictionary(theme: PrismTheme, language: string): ThemeDictionary {
  const dict: ThemeDictionary = {};
  for (const {languages, style, types} of theme.styles) {
    if (languages && !languages.includes(language as (typeof languages)[number])) continue;
    for (const type of types) dict[type] = {...dict[type], ...style};
  }
  dict.root = theme.plain as CSSProperties;
  dict.plain = {...(theme.plain as CSSProperties), backgroundColor: undefined};
  return dict;
}

/** Props of one line's element: `token-line` and the theme's plain style. Same as prism-react-renderer's `getLineProps`. */
export function lineProps(
  dict: ThemeDictionary,
  {
    className,
    style,
    line: _line,
    ...rest
  }: {className?: string; style?: CSSProperties; line?: Token[]; [key: string]: unknown},
): {className: string; style?: CSSProperties; [key: string]: unknown} {
  void _line;
  const out: {className: string; style?: CSSProperties; [key: string]: unknown} = {
    ...rest,
    className: clsx('token-line', className),
    style: dict.plain,
  };
  if (style) out.style = {...out.style, ...style};
  return out;
}

/**
 * Props of one token's `<span>`: classes `token` and its types, its text as
 * children, and the theme's style for its types merged in order (none for
 * plain text; `display: inline-block` keeps an empty line's height). Same as
 * prism-react-renderer's `getTokenProps`.
 */
export function tokenProps(
  dict: ThemeDictionary,
  {token, className, style, ...rest}: {token: Token; className?: string; style?: CSSProperties; [key: string]: unknown},
): {className: string; children: string; style?: CSSProperties; [key: string]: unknown} {
  const {types, empty} = token;
  let tokenStyle: CSSProperties | undefined;
  if (types.length === 1 && types[0] === 'plain') tokenStyle = empty ? {display: 'inline-block'} : undefined;
  else if (types.length === 1 && empty) tokenStyle = dict[types[0]!];
  else tokenStyle = Object.assign(empty ? {display: 'inline-block'} : {}, ...types.map((type) => dict[type]));
  const out: {className: string; children: string; style?: CSSProperties; [key: string]: unknown} = {
    ...rest,
    className: clsx('token', ...types, className),
    children: token.content,
    style: tokenStyle,
  };
  if (style) out.style = {...out.style, ...style};
  return out;
}
