import {createContext, useContext, type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {Props} from '@theme/Layout';

/**
 * Whether the page inside the layout lacks its own `<main>` landmark and the
 * layout should wrap it in one. Docs pages and the home page render their own
 * `<main>`; the search plugin's `/search` page does not (its content is a bare
 * `<div>`), so its wrapper (`src/theme/SearchPage`) sets this to `true`.
 */
export const WrapInMain = createContext<boolean>(false);

/**
 * The classic theme's layout, unchanged, except that it wraps the page content
 * in `<main>` when `WrapInMain` says the page has none (WCAG 2.2 1.3.1: every
 * page has one main landmark, which screen-reader users jump to).
 */
export default function LayoutWrapper(props: Props): ReactNode {
  const wrap = useContext(WrapInMain);
  const Original = Layout as typeof LayoutType;
  if (!wrap) return <Original {...props} />;
  return (
    <Original {...props}>
      <main>{props.children}</main>
    </Original>
  );
}
