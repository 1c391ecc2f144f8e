import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/CodeBlock';

/**
 * `@theme/CodeBlock` as plain preformatted text in the theme's code block
 * frame, with its title. The docs' MDX components import `@theme/CodeBlock`
 * on every docs page; the theme's version brings its buttons and line
 * machinery with it. The help center's code is highlighted at build time and
 * rendered by `src/plugins/code-highlight/TokenizedCodeBlock` (fenced code
 * becomes that component), bundled only with the pages that show code. This
 * component is what is left: code that reaches `@theme/CodeBlock` some other
 * way (inline JSX in MDX), rendered readable and the same on the server and
 * in the browser.
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
