import {useMemo, useRef, type ReactNode} from 'react';
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
 * The static HTML carries the light theme's colours. When the page hydrates
 * in dark mode, the block re-mounts once to take the dark ones (React keeps
 * server styles on hydration); in light mode it does not (the theme re-mounts
 * every block). A later switch of the colour mode re-renders the block in
 * place, so its scroll position and word wrap stay.
 */
export default function TokenizedCodeBlock({tokenized, code, tokens, language, ...props}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const {colorMode} = useColorMode();
  const lines = useMemo<readonly CompactLine[] | null>(
    () => tokenized?.lines ?? (tokens ? (JSON.parse(tokens) as CompactLine[]) : null),
    [tokenized, tokens],
  );
  // The colour mode at the first render in the browser, kept: only that one decides the re-mount.
  const darkWhenMounted = useRef<boolean | null>(null);
  if (isBrowser && darkWhenMounted.current === null) darkWhenMounted.current = colorMode === 'dark';
  const key = darkWhenMounted.current ? 'dark' : 'static';
  return (
    <CodeTokensContext.Provider value={lines}>
      <StringContent key={key} language={language ?? tokenized?.language} {...props}>
        {tokenized?.code ?? code ?? ''}
      </StringContent>
    </CodeTokensContext.Provider>
  );
}
