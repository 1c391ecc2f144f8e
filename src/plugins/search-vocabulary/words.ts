/**
 * The words of the indexed docs, collected at build time for the search's
 * typo correction (`src/components/SiteSearch/lexicon.ts`), and the check that
 * the vocabulary table's site words are words the docs use. Pure functions of
 * file contents; the plugin (`index.ts`) reads the files.
 *
 * @module
 */
import type {SynonymGroup} from '../../data/searchVocabulary';
import {wordsOf} from '../../components/SiteSearch/text';

/** A docs file: its front matter fields and its body. */
export interface DocSource {
  /** Front matter `key: value` pairs, values unquoted (lists as written, e.g. `[popup, pop-up blocker]`). */
  readonly frontMatter: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Splits a Markdown or MDX file into its front matter (one `key: value`
 * per line, as the docs of this site write it) and its body.
 *
 * @param source - the file's text.
 */
export function splitDoc(source: string): DocSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return {frontMatter: {}, body: source};
  const frontMatter: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (kv) frontMatter[kv[1]!] = kv[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return {frontMatter, body: source.slice(match[0].length)};
}

/**
 * The text of a doc that the search index can hold: the title, description
 * and keywords of its front matter, and the body without markup that is not
 * shown as text (imports, MDX comments such as heading ids, JSX tags and
 * their attributes, link targets, HTML entities).
 *
 * @param doc - from {@link splitDoc}.
 */
export function searchableText(doc: DocSource): string {
  const {title = '', description = '', keywords = '', sidebar_label: label = ''} = doc.frontMatter;
  const body = doc.body
    .replace(/^import\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
  return [title, description, keywords, label, body].join('\n');
}

/**
 * The site words of the vocabulary table that the docs never use: a
 * synonym that points to such a word can find nothing.
 *
 * @param groups - the synonym table.
 * @param texts - the searchable texts of the indexed docs.
 * @returns one readable problem per missing word, naming the group, e.g.
 *   `SYNONYMS[3] ("pop-up"): site word "popups" is not used by any indexed page`; empty when all are used.
 */
export function unusedSiteWords(groups: readonly SynonymGroup[], texts: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const text of texts) for (const w of wordsOf(text)) all.add(w);
  const problems: string[] = [];
  groups.forEach((group, i) => {
    for (const siteWord of group.siteWords) {
      const missing = wordsOf(siteWord).filter((w) => !all.has(w));
      if (missing.length > 0)
        problems.push(
          `SYNONYMS[${i}] ("${group.id}"): site word "${siteWord}" is not used by any indexed page (${missing.map((m) => `"${m}"`).join(', ')} missing)`,
        );
    }
  });
  return problems;
}
