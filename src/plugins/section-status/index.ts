import {readFileSync} from 'node:fs';
import matter from 'gray-matter';
import type {Heading, Root, RootContent} from 'mdast';
import {DEEP_LINKS, type DeepLink} from '../../data/deepLinks';

/** The MDX component the plugin inserts (registered in `src/theme/MDXComponents`). */
export const SECTION_STATUS_COMPONENT = 'SectionStatus';

/** The element id of a heading: the id the heading plugin set, else the `{/* #id *\/}` comment of the source. */
function headingId(heading: Heading): string | undefined {
  const data = heading.data as {hProperties?: {id?: unknown}; id?: unknown} | undefined;
  const id = data?.hProperties?.id ?? data?.id;
  if (typeof id === 'string') return id;
  for (const child of heading.children) {
    const value = (child as {type: string; value?: string}).value;
    const match = child.type === 'mdxTextExpression' && value ? /^\s*\/\*\s*#([\w-]+)\s*\*\/\s*$/.exec(value) : null;
    if (match) return match[1];
  }
  return undefined;
}

/** The page's route: its front matter `slug` (every guide sets one). */
function routeOf(file: {path?: string; data?: {frontMatter?: {slug?: unknown}}}): string | undefined {
  const slug =
    file.data?.frontMatter?.slug ?? (file.path ? matter(readFileSync(file.path, 'utf8')).data.slug : undefined);
  return typeof slug === 'string' ? slug : undefined;
}

/**
 * Remark plugin for the docs (issue 13): after the heading of every
 * registry entry with status components (`DeepLink.components`: the
 * troubleshooting scenarios and FAQ questions a service incident concerns),
 * inserts `<SectionStatus entry="<registry id>" />`, which shows an open
 * incident of those components above the section's steps. The Markdown does
 * not change; the registry says which sections are concerned.
 *
 * Runs after the default plugins (`remarkPlugins`), so headings carry their
 * ids. Kept apart from any other section plugin (a widget at the end of each
 * section is another plugin's business).
 *
 * @param options.links The registry (default {@link DEEP_LINKS}; tests pass their own).
 */
export default function remarkSectionStatus(options: {links?: readonly DeepLink[]} = {}) {
  const links = (options.links ?? DEEP_LINKS).filter((l) => l.components?.length && l.anchor);
  return (tree: Root, file: {path?: string; data?: {frontMatter?: {slug?: unknown}}}): void => {
    const route = routeOf(file);
    const here = links.filter((l) => l.route === route);
    if (!here.length) return;
    for (let i = tree.children.length - 1; i >= 0; i--) {
      const node = tree.children[i];
      if (node.type !== 'heading') continue;
      const id = headingId(node);
      const link = here.find((l) => l.anchor === id);
      if (!link) continue;
      const element = {
        type: 'mdxJsxFlowElement',
        name: SECTION_STATUS_COMPONENT,
        attributes: [{type: 'mdxJsxAttribute', name: 'entry', value: link.id}],
        children: [],
      };
      tree.children.splice(i + 1, 0, element as unknown as RootContent);
    }
  };
}
