import {useMemo, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useColorMode} from '@docusaurus/theme-common';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props as CodeBlockProps} from '@theme/CodeBlock';
import {CodeTokensContext} from './TokensContext';
import type {CompactLine, TokenizedCode} from './tokens';

/** Props: the theme's code block props, and the code with its build-time tokens. */
export type Props = Omit<CodeBlockProps, 'children'> & {
  /** The code and its tokens, from `tokenizeCode` (`./tokenize.ts`) in a build step. */
  tokenized?: TokenizedCode;
  /** As the remark plugin writes fenced code into MDX: the code as written... */
  code?: string;
  /** ...and the JSON text of its token lines (`CompactLine[]`). */
  tokens?: string;
};

/**
 * The classic theme's code block (title, line highlighting, line numbers,
 * copy and word-wrap buttons) for code tokenized at build time: highlighted
 * with the site's Prism themes, without Prism in the browser. Fenced code in
 * the docs becomes this component (`./remark.ts`); a component that shows
 * generated code passes `tokenized` from a build step.
 *
 * The static HTML carries the light theme's colours. In dark mode the block
 * re-mounts after hydration to take the dark ones (React keeps server styles
 * on hydration); in light mode it does not (the theme re-mounts every block).
 */
export default function TokenizedCodeBlock({tokenized, code, tokens, language, ...props}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const {colorMode} = useColorMode();
  const lines = useMemo<readonly CompactLine[] | null>(
    () => tokenized?.lines ?? (tokens ? (JSON.parse(tokens) as CompactLine[]) : null),
    [tokenized, tokens],
  );
  const key = isBrowser && colorMode === 'dark' ? 'dark' : 'static';
  return (
    <CodeTokensContext.Provider value={lines}>
      <StringContent key={key} language={language ?? tokenized?.language} {...props}>
        {tokenized?.code ?? code ?? ''}
      </StringContent>
    </CodeTokensContext.Provider>
  );
}
