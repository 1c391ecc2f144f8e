import {relative, sep} from 'node:path';
import {defaultImportNode} from '../mdxImport';
import type {Heading, List, Parent, Root, RootContent} from 'mdast';
import {DEEP_LINKS, type DeepLink} from '../../data/deepLinks';

/** The module of the widget (resolved by the bundler's `@site` alias). */
export const SECTION_FEEDBACK_MODULE = '@site/src/components/SectionFeedback';
/** The local name of its import in each page. */
const LOCAL_NAME = 'SectionFeedback';

/** Longest step label passed to the widget, in characters. */
export const MAX_STEP_LABEL = 120;

/** The registry entries that get the question: troubleshooting scenarios and FAQ questions. */
export const FEEDBACK_SECTIONS: readonly DeepLink[] = DEEP_LINKS.filter(
  (l) => (l.kind === 'scenario' || l.kind === 'question') && l.anchor !== undefined,
);

/** Options of {@link remarkSectionFeedback}. */
export interface SectionFeedbackOptions {
  /** The docs folder (absolute), to tell a file's route when its front matter has no `slug`. */
  readonly docsDir: string;
  /** The sections to equip; defaults to {@link FEEDBACK_SECTIONS}. */
  readonly sections?: readonly DeepLink[];
}

interface MdxJsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value: string;
}
interface MdxJsxFlowElement {
  type: 'mdxJsxFlowElement';
  name: string;
  attributes: MdxJsxAttribute[];
  children: [];
}

/** Plain text of a node (text, inline code), without markup. */
function textOf(node: unknown): string {
  const n = node as {type?: string; value?: unknown; children?: unknown[]};
  if ((n.type === 'text' || n.type === 'inlineCode') && typeof n.value === 'string') return n.value;
  return Array.isArray(n.children) ? n.children.map(textOf).join('') : '';
}

/**
 * The explicit id of a heading: Docusaurus's `data.id`/`hProperties.id`, or
 * the MDX comment `{/* #id *\/}` this site writes after the title.
 */
export function headingId(heading: Heading): string | undefined {
  const data = heading.data as {id?: string; hProperties?: {id?: string}} | undefined;
  if (data?.hProperties?.id) return data.hProperties.id;
  if (data?.id) return data.id;
  for (const child of heading.children as unknown as {type: string; value?: string}[]) {
    if (child.type === 'mdxTextExpression' && typeof child.value === 'string') {
      const match = /^\s*\/\*\s*#([A-Za-z0-9_.-]+)\s*\*\/\s*$/.exec(child.value);
      if (match) return match[1];
    }
  }
  return undefined;
}

/**
 * The short label of a step (an ordered list item): its leading bold words
 * (`**Try another browser**: open …` gives `Try another browser`), else its
 * text, cut to {@link MAX_STEP_LABEL} characters.
 */
export function stepLabel(item: Parent): string {
  const first = item.children[0] as Parent | undefined;
  const lead = first?.type === 'paragraph' ? (first.children[0] as RootContent | undefined) : undefined;
  const text = (lead?.type === 'strong' ? textOf(lead) : textOf(first ?? item)).replace(/\s+/g, ' ').trim();
  const chars = Array.from(text.replace(/[:.]$/, ''));
  return chars.length > MAX_STEP_LABEL ? `${chars.slice(0, MAX_STEP_LABEL - 1).join('')}…` : chars.join('');
}

/** The route of a doc: its front matter's `slug`, else its path under the docs folder without the extension. */
export function docRoute(filePath: string, docsDir: string, slug: unknown): string {
  if (typeof slug === 'string' && slug.startsWith('/')) return slug;
  const rel = relative(docsDir, filePath).split(sep).join('/');
  return `/${rel.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}`;
}

/**
 * Remark plugin for the docs: at the end of every registered troubleshooting
 * scenario and FAQ question section (the deep-link registry's entries of kinds
 * `scenario` and `question`; the section ends before the next heading of the
 * same or a higher level), it adds
 * `<SectionFeedback section="<registry id>" steps="[…]" />` with the labels of
 * the section's steps (its ordered lists' items, sub-sections included, each
 * prefixed with its sub-heading's title; no label twice), and imports the widget. So Markdown does not change, and a new registered
 * section gets the question by itself.
 *
 * A registered section without its heading gets no widget; the build fails
 * on it anyway, naming the entry (the registry's check in
 * `src/plugins/support-data`), and `tests/build/section-feedback.test.ts`
 * checks that every registered section of the build has its widget.
 */
export default function remarkSectionFeedback(options: SectionFeedbackOptions) {
  const sections = options.sections ?? FEEDBACK_SECTIONS;
  return (tree: Root, file: {path?: string; data?: {frontMatter?: {slug?: unknown}}}): void => {
    if (!file.path) return;
    const route = docRoute(file.path, options.docsDir, file.data?.frontMatter?.slug);
    const wanted = new Map(sections.filter((s) => s.route === route).map((s) => [s.anchor!, s]));
    if (wanted.size === 0) return;
    const found = new Set<string>();
    // From the end, so that insertions do not shift the indexes still to visit.
    const children = tree.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const node = children[i]!;
      if (node.type !== 'heading') continue;
      const id = headingId(node);
      const link = id === undefined ? undefined : wanted.get(id);
      if (!link || found.has(id!)) continue;
      found.add(id!);
      let end = i + 1;
      while (end < children.length) {
        const next = children[end]!;
        if (next.type === 'heading' && next.depth <= node.depth) break;
        end++;
      }
      // Steps under a sub-heading carry its title ("Allow pop-ups in Chrome: Use the address bar"), so two
      // sub-sections' steps of the same name stay apart.
      let under = '';
      const steps: string[] = [];
      for (const n of children.slice(i + 1, end)) {
        if (n.type === 'heading') under = textOf(n).replace(/\s+/g, ' ').trim();
        else if (n.type === 'list' && n.ordered === true) {
          for (const item of (n as List).children) {
            const label = stepLabel(item);
            const full = under && label ? `${under}: ${label}` : label;
            if (full !== '' && !steps.includes(full)) steps.push(full);
          }
        }
      }
      children.splice(end, 0, widget(link.id, steps) as unknown as RootContent);
    }
    if (found.size > 0) children.unshift(defaultImportNode(LOCAL_NAME, SECTION_FEEDBACK_MODULE));
  };
}

/** The widget element of one section. */
function widget(section: string, steps: readonly string[]): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: LOCAL_NAME,
    attributes: [
      {type: 'mdxJsxAttribute', name: 'section', value: section},
      {type: 'mdxJsxAttribute', name: 'steps', value: JSON.stringify(steps)},
    ],
    children: [],
  };
}
