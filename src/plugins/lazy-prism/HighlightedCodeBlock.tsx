import type {ReactNode} from 'react';
import {Prism} from 'prism-react-renderer';
import includeLanguages from '@theme/prism-include-languages';
import OriginalCodeBlock from '@theme-original/CodeBlock';
import type {Props} from '@theme/CodeBlock';

// What the classic theme's client module did on every page (see ./index.ts):
// register `prism.additionalLanguages` with Prism. Here it runs only where a
// highlighted code block is used.
includeLanguages(Prism as Parameters<typeof includeLanguages>[0]);

const Highlighted = OriginalCodeBlock as (props: Props) => ReactNode;

/**
 * The classic theme's code block, with Prism syntax highlighting. Fenced code
 * in the docs becomes this component (see `./remark.ts`); a component that
 * shows code imports it instead of `@theme/CodeBlock` (which renders plain
 * code, see `src/theme/CodeBlock`). The code is `children` or `code`.
 */
export default function HighlightedCodeBlock({code, children, ...props}: Props & {code?: string}): ReactNode {
  return <Highlighted {...props}>{code ?? children}</Highlighted>;
}
