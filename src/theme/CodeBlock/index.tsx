import {lazy, Suspense, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

/**
 * The theme's code block with Prism, as a separate chunk: Prism, its grammars
 * and `prism.additionalLanguages` (applied here instead of in the theme's
 * client module, see `src/plugins/lazy-prism`) load only on pages that have a
 * code block.
 */
const HighlightedCodeBlock = lazy(async () => {
  const [{Prism}, {default: includeLanguages}, original] = await Promise.all([
    import('prism-react-renderer'),
    import('@theme/prism-include-languages'),
    import('@theme-original/CodeBlock'),
  ]);
  includeLanguages(Prism as Parameters<typeof includeLanguages>[0]);
  return original as {default: (props: Props) => ReactNode};
});

/**
 * A fenced code block, highlighted by the classic theme's component. The
 * static HTML is rendered complete at build time (Docusaurus renders after
 * every lazy part has loaded) and hydrates when the chunk arrives; during a
 * client-side navigation the plain code shows until then.
 */
export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense
      fallback={
        <pre className={props.className}>
          <code>{props.children}</code>
        </pre>
      }>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
