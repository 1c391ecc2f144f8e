import {forwardRef, useContext, useMemo, type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import {usePrismTheme} from '@docusaurus/theme-common';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Line from '@theme/CodeBlock/Line';
import {CodeTokensContext} from '@site/src/components/TokenizedCodeBlock/TokensContext';
import {
  alignLines,
  expandLines,
  lineProps,
  plainLines,
  themeDictionary,
  tokenProps,
} from '@site/src/components/TokenizedCodeBlock/tokens';
import styles from './styles.module.css';

/*
 * Ejected from @docusaurus/theme-classic 3.10.2 `CodeBlock/Content` (an
 * "unsafe" swizzle: re-check on every Docusaurus upgrade; tests/bundles.spec.ts
 * and tests/code-blocks.spec.ts fail if it breaks). The one change: the
 * theme's version runs prism-react-renderer's `<Highlight>`, which bundles
 * Prism (about 30 KB gzip, and a long task on a phone) and tokenizes in the
 * browser on every page load. Here the tokens come from the build
 * (`src/plugins/code-highlight`), and code without them is shown plain, so
 * no page loads Prism. The markup is the same as the theme's.
 */

const Pre = forwardRef<HTMLPreElement, ComponentProps<'pre'>>(function Pre(props, ref) {
  return (
    // tabIndex 0: the theme's choice, a scrollable block must be reachable by keyboard.
    <pre ref={ref} tabIndex={0} {...props} className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')} />
  );
});

function Code(props: ComponentProps<'code'>): ReactNode {
  const {metadata} = useCodeBlockContext();
  return (
    <code
      {...props}
      className={clsx(
        props.className,
        styles.codeBlockLines,
        metadata.lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering,
      )}
      style={{
        ...props.style,
        counterReset:
          metadata.lineNumbersStart === undefined ? undefined : `line-count ${metadata.lineNumbersStart - 1}`,
      }}
    />
  );
}

/**
 * The lines of a code block: build-time tokens (from `TokenizedCodeBlock`'s
 * context) styled with the current colour mode's Prism theme, or plain text
 * when there are none or they are not of this code.
 */
export default function CodeBlockContent({className: classNameProp}: {className?: string}): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  const tokens = useContext(CodeTokensContext);
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  const lines = useMemo(() => (tokens && alignLines(expandLines(tokens), code)) ?? plainLines(code), [tokens, code]);
  // The theme's metadata has the language in lower case, as Prism names languages.
  const dict = useMemo(() => themeDictionary(prismTheme, language), [prismTheme, language]);
  return (
    <Pre
      ref={wordWrap.codeBlockRef}
      className={clsx(classNameProp, `prism-code language-${language}`)}
      style={dict.root}>
      <Code>
        {lines.map((line, i) => (
          <Line
            key={i}
            line={line}
            getLineProps={(input) => lineProps(dict, input)}
            getTokenProps={(input) => tokenProps(dict, input)}
            classNames={lineClassNames[i]}
            showLineNumbers={lineNumbersStart !== undefined}
          />
        ))}
      </Code>
    </Pre>
  );
}
