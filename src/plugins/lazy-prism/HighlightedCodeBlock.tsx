import {Children, isValidElement, type ReactNode} from 'react';
import {Prism} from 'prism-react-renderer';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useColorMode} from '@docusaurus/theme-common';
import includeLanguages from '@theme/prism-include-languages';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props} from '@theme/CodeBlock';

// What the classic theme's client module did on every page (see ./index.ts):
// register extra Prism languages (src/theme/prism-include-languages.ts). Here
// it runs only where a highlighted code block is used.
includeLanguages(Prism as Parameters<typeof includeLanguages>[0]);

/** The code as one string when it is only strings (as the theme's CodeBlock does). */
function stringify(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((el) => isValidElement(el))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

/**
 * The classic theme's code block with Prism syntax highlighting (the theme's
 * `CodeBlock` component, whose content parts it renders). Fenced code in the
 * docs becomes this component (see `./remark.ts`); a component that shows
 * code imports it instead of `@theme/CodeBlock` (which renders plain code,
 * see `src/theme/CodeBlock`). The code is `children` or `code`.
 *
 * One change from the theme: the theme re-mounts every code block after
 * hydration, so that the dark Prism colours replace the light ones the static
 * HTML has; that tokenizes all code twice on each page load. Here the block
 * re-mounts only in dark mode, where the colours differ.
 */
export default function HighlightedCodeBlock({code, children, ...props}: Props & {code?: string}): ReactNode {
  const isBrowser = useIsBrowser();
  const {colorMode} = useColorMode();
  const content = stringify(code ?? children);
  const key = isBrowser && colorMode === 'dark' ? 'dark' : 'static';
  return typeof content === 'string' ? (
    <StringContent key={key} {...props}>
      {content}
    </StringContent>
  ) : (
    <ElementContent key={key} {...props}>
      {content}
    </ElementContent>
  );
}
