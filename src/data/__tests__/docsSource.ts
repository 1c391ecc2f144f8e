/**
 * Reads the Markdown sources of docs/ and src/pages/ for the registry tests:
 * each doc's route and title from its front matter, its headings with explicit
 * ids, and whether a heading sits inside a `<TabItem>` or `<details>` block.
 * Test helper only; the build itself checks the rendered HTML.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..', '..');

/** One heading with an explicit id: `## Title {/* #id *\/}`. */
export interface DocHeading {
  id: string;
  /** Heading text without the id comment. */
  title: string;
  level: number;
  line: number;
  /** `TabItem` or `details` when the heading sits inside such a block. */
  insideHidden: 'TabItem' | 'details' | null;
}

/** One doc of docs/. */
export interface DocSource {
  /** Path relative to the repository root, e.g. `docs/clients/faq.md`. */
  file: string;
  route: string;
  title: string;
  source: string;
  headings: DocHeading[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const HEADING = /^(#{1,6})\s+(.*?)\s*\{\/\*\s*#([A-Za-z0-9_-]+)\s*\*\/\}\s*$/;

function frontMatterField(frontMatter: string, field: string): string | undefined {
  const line = frontMatter.split('\n').find((l) => l.startsWith(`${field}:`));
  return line
    ?.slice(field.length + 1)
    .trim()
    .replace(/^(['"])(.*)\1$/, '$2');
}

/** Headings with explicit ids, outside fenced code blocks, with their enclosing hidden block if any. */
export function headingsOf(source: string): DocHeading[] {
  const headings: DocHeading[] = [];
  let fence = false;
  const depth = {TabItem: 0, details: 0};
  source.split('\n').forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) fence = !fence;
    if (fence) return;
    const match = HEADING.exec(text);
    if (match) {
      const insideHidden = depth.TabItem > 0 ? 'TabItem' : depth.details > 0 ? 'details' : null;
      headings.push({level: match[1].length, title: match[2], id: match[3], line: index + 1, insideHidden});
    }
    for (const tag of ['TabItem', 'details'] as const) {
      depth[tag] += (text.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;
      depth[tag] -= (text.match(new RegExp(`</${tag}>`, 'g')) ?? []).length;
    }
  });
  return headings;
}

/** Every doc of docs/ with its route (front matter `slug`), title and headings. */
export function readDocs(): DocSource[] {
  return walk(join(ROOT, 'docs'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((full) => {
      const source = readFileSync(full, 'utf8');
      const frontMatter = FRONT_MATTER.exec(source)?.[1] ?? '';
      const file = relative(ROOT, full);
      const slug = frontMatterField(frontMatter, 'slug');
      const title = frontMatterField(frontMatter, 'title');
      if (!slug || !title) throw new Error(`${file} needs a slug and a title in its front matter`);
      return {file, route: slug, title, source, headings: headingsOf(source)};
    });
}

/**
 * The routes of src/pages (`index.tsx` is `/`, `a/b.tsx` is `/a/b`; files and
 * folders starting with `_` are not routes) plus `/search`, the search
 * plugin's page.
 */
export function pageRoutes(): string[] {
  const dir = join(ROOT, 'src', 'pages');
  const routes = walk(dir)
    .map((full) => relative(dir, full))
    .filter((f) => /\.(tsx|jsx|md|mdx)$/.test(f) && !f.split('/').some((part) => part.startsWith('_')))
    .map((f) => `/${f.replace(/\.(tsx|jsx|md|mdx)$/, '').replace(/(^|\/)index$/, '')}`);
  return [...routes, '/search'];
}
