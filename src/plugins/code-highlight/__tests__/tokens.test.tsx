import type {ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import {Highlight, normalizeTokens, themes, type PrismTheme, type Token} from 'prism-react-renderer';
import {tokenizeCode} from '../tokenize';
import {
  alignLines,
  compactLines,
  expandLines,
  lineProps,
  plainLines,
  themeDictionary,
  tokenProps,
} from '../../../components/TokenizedCodeBlock/tokens';
import remarkTokenizedCodeBlocks, {TOKENIZED_CODE_BLOCK_MODULE} from '../remark';
import type {Root} from 'mdast';

/** Code samples in the languages the help center shows, with empty lines, nesting and multi-type tokens. */
const SAMPLES: Array<[language: string, code: string]> = [
  [
    'json',
    JSON.stringify({version: 1, config: {timeZone: 'America/New_York', holidays: [], open: true, note: null}}, null, 2),
  ],
  [
    'js',
    "const response = await fetch('https://example.com/deep-links.json');\n\n// a comment\nif (x !== 1) throw new Error(`v ${x}`);",
  ],
  ['tsx', 'export default function A({b}: {b: number}) {\n  return <div className="x">{b}</div>;\n}'],
  ['bash', 'npm ci && npm run build\n\nnpm test'],
  ['text', 'plain\n\n  text'],
  ['markup', '<p class="x">Hi</p>'],
];

/** The site's light and dark themes' bases (see docusaurus.config.ts), and themes with per-language entries (vsDark: markup tags). */
const THEMES: Record<string, PrismTheme> = {
  vsLight: themes.vsLight,
  gruvboxMaterialDark: themes.gruvboxMaterialDark,
  vsDark: themes.vsDark,
  jettwaveLight: themes.jettwaveLight,
};

type Render = (p: {
  className: string;
  style: object;
  lines: Token[][];
  getLineProps: (i: {line: Token[]}) => object;
  getTokenProps: (i: {token: Token}) => object;
}) => ReactNode;

const markup: Render = ({className, style, lines, getLineProps, getTokenProps}) => (
  <pre className={className} style={style}>
    {lines.map((line, i) => (
      <div key={i} {...getLineProps({line})}>
        {line.map((token, j) => (
          <span key={j} {...getTokenProps({token})} />
        ))}
      </div>
    ))}
  </pre>
);

describe('build-time tokens render as prism-react-renderer renders', () => {
  for (const [themeName, theme] of Object.entries(THEMES)) {
    for (const [language, code] of SAMPLES) {
      it(`${language} in ${themeName}`, () => {
        const expected = renderToStaticMarkup(
          <Highlight theme={theme} code={code} language={language}>
            {({className, style, tokens, getLineProps, getTokenProps}) =>
              markup({className, style, lines: tokens, getLineProps, getTokenProps})
            }
          </Highlight>,
        );
        const tokenized = tokenizeCode(code, language);
        // Through the stored form, as a page carries it.
        const stored = JSON.parse(JSON.stringify(tokenized.lines));
        const dict = themeDictionary(theme, tokenized.language);
        const actual = renderToStaticMarkup(
          markup({
            className: `prism-code language-${tokenized.language}`,
            style: dict.root!,
            lines: expandLines(stored),
            getLineProps: (i) => lineProps(dict, i),
            getTokenProps: (i) => tokenProps(dict, i),
          }),
        );
        // The one intended difference: tokens without text (empty spans) are left out at build time.
        expect(actual).toBe(expected.replaceAll('<span class="token plain"></span>', ''));
        expect(actual).toContain('token');
      });
    }
  }
});

describe('tokenizeCode', () => {
  it('highlights JSON: property, string, number, boolean and null tokens', () => {
    const {lines, language, code} = tokenizeCode('{"a": "b", "n": 1, "t": true, "z": null}\n', 'JSON');
    expect(language).toBe('json');
    expect(code).toBe('{"a": "b", "n": 1, "t": true, "z": null}');
    const types = new Set(lines.flat().map(([t]) => t));
    for (const t of ['property', 'string', 'number', 'boolean', 'null keyword', 'punctuation'])
      expect(types).toContain(t);
  });

  it('gives plain tokens for an unknown or missing language, as the theme shows such code', () => {
    for (const language of ['no-such-language', undefined]) {
      const {lines} = tokenizeCode('a\n\nb', language);
      expect(expandLines(lines)).toEqual(normalizeTokens(['a\n\nb']));
      expect(lines[1]).toEqual([['plain', '\n', 1]]);
      expect(lines.flat().every(([t]) => t === 'plain')).toBe(true);
    }
  });
});

describe('stored tokens', () => {
  it('survive the compact form unchanged (empty-line tokens included)', () => {
    for (const [language, code] of SAMPLES) {
      const original = tokenizeCode(code, language).lines;
      expect(compactLines(expandLines(original))).toEqual(original);
      expect(original.flat().every(([, content, empty]) => content !== '' || empty === 1)).toBe(true);
    }
    const withEmpty = normalizeTokens(['x\n\ny']);
    expect(expandLines(compactLines(withEmpty))).toEqual(withEmpty);
  });

  it('plainLines is normalizeTokens for code without a grammar', () => {
    for (const code of ['', 'one', 'a\n\nb\n', '\n\n', 'a\r\nb'])
      expect(plainLines(code)).toEqual(normalizeTokens([code]));
  });
});

describe('alignLines', () => {
  const written =
    'const a = 1;\n// highlight-next-line\nconst b = 2;\n// highlight-start\nconst c = 3;\n// highlight-end';
  const tokens = expandLines(tokenizeCode(written, 'js').lines);

  it('skips the magic-comment lines the theme removes, keeping the other lines\u2019 tokens', () => {
    const shown = 'const a = 1;\nconst b = 2;\nconst c = 3;';
    const aligned = alignLines(tokens, shown);
    expect(aligned).not.toBeNull();
    expect(aligned!.map((l) => l.map((t) => (t.empty ? '' : t.content)).join(''))).toEqual(shown.split('\n'));
    expect(aligned![1]).toBe(tokens[2]);
    expect(aligned!.flat().some((t) => t.types.includes('keyword'))).toBe(true);
  });

  it('is the tokens themselves when the code is unchanged, empty lines included', () => {
    const code = 'a\n\nb';
    const lines = expandLines(tokenizeCode(code, 'text').lines);
    expect(alignLines(lines, code)).toEqual(lines);
  });

  it('refuses tokens of other code (the block then shows it plain)', () => {
    expect(alignLines(tokens, 'const a = 1;\nconst z = 26;')).toBeNull();
    expect(alignLines(tokens, 'something else')).toBeNull();
  });
});

describe('remark plugin', () => {
  it('turns a fenced block into TokenizedCodeBlock with its build-time tokens, and imports the component once', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {type: 'code', lang: 'json', meta: 'title="support.json"', value: '{"a": 1}'},
        {type: 'blockquote', children: [{type: 'code', lang: null, meta: null, value: 'plain'}]},
      ],
    };
    remarkTokenizedCodeBlocks()(tree);
    const [imported, block, quote] = tree.children as unknown as Array<Record<string, unknown>>;
    expect(JSON.stringify(imported)).toContain(TOKENIZED_CODE_BLOCK_MODULE);
    const attrs = (el: unknown) =>
      Object.fromEntries(
        (el as {attributes: Array<{name: string; value: string}>}).attributes.map((a) => [a.name, a.value]),
      );
    expect(block).toMatchObject({type: 'mdxJsxFlowElement', name: 'TokenizedCodeBlock'});
    expect(attrs(block)).toEqual({
      className: 'language-json',
      metastring: 'title="support.json"',
      code: '{"a": 1}\n',
      tokens: JSON.stringify(tokenizeCode('{"a": 1}', 'json').lines),
    });
    const nested = (quote as {children: unknown[]}).children[0];
    expect(attrs(nested)).toEqual({code: 'plain\n', tokens: JSON.stringify([[['plain', 'plain']]])});
  });
});
