import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/CodeBlock';

/**
 * `@theme/CodeBlock` without Prism: the code as plain preformatted text in
 * the theme's code block frame, with its title. The theme's version imports
 * Prism (about 30 KB gzip), and the docs' MDX components import it on every
 * docs page; the help center's fenced code blocks are highlighted by
 * `src/plugins/lazy-prism/HighlightedCodeBlock` instead, bundled only with the
 * pages that have one. This component is what is left: code that reaches
 * `@theme/CodeBlock` some other way, rendered readable and the same on the
 * server and in the browser.
 */
export default function CodeBlock({children, className, title, language}: Props): ReactNode {
  const lang = language ?? /language-(\S+)/.exec(className ?? '')?.[1];
  return (
    <div className={clsx('theme-code-block', className, lang && `language-${lang}`, 'margin-bottom--lg')}>
      {title ? <div className="padding-horiz--md padding-vert--sm">{title}</div> : null}
      <pre className="margin--none" tabIndex={0}>
        <code>{children}</code>
      </pre>
    </div>
  );
}
