import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {deepLinkPath, getDeepLink} from '../../src/data/deepLinks';
import {searchSite} from '../../src/components/SiteSearch/search';
import {QUERY_KINDS, SEARCH_CASES} from '../search-queries';
import {builtSearchContext} from './builtIndex';

/**
 * The query set (tests/search-queries.ts) against the production build's
 * search index, in Node, through the search plugin's own worker code and the
 * site's query rewriting and ranking: the same pipeline as the navbar box,
 * without the browser (tests/search.spec.ts types the same queries there).
 * Prints the score per kind of query.
 */
describe('the query set against the built index', async () => {
  const context = builtSearchContext();
  const outcomes = await Promise.all(
    SEARCH_CASES.map(async (c) => ({c, outcome: await searchSite(c.query, context)})),
  );
  const rows = outcomes.map(({c, outcome}) => {
    const answers = c.answers.map((id) => deepLinkPath(getDeepLink(id)));
    const urls = outcome.results.map((r) => r.url);
    return {
      ...c,
      answers,
      urls,
      searches: outcome.query.searches,
      first: c.kind === 'no-answer' ? outcome.noAnswer !== null : answers.includes(urls[0] ?? ''),
      top3: c.kind === 'no-answer' ? outcome.noAnswer !== null : urls.slice(0, 3).some((u) => answers.includes(u)),
    };
  });

  it('prints the score per kind of query', () => {
    const lines = QUERY_KINDS.map((kind) => {
      const of = rows.filter((r) => r.kind === kind);
      return `${kind.padEnd(10)} ${String(of.length).padStart(2)} queries  first ${of.filter((r) => r.first).length}/${of.length}  top three ${of.filter((r) => r.top3).length}/${of.length}`;
    });
    const all = `${'all'.padEnd(10)} ${String(rows.length).padStart(2)} queries  first ${rows.filter((r) => r.first).length}/${rows.length}  top three ${rows.filter((r) => r.top3).length}/${rows.length}`;
    console.log(`\nSearch query set (built index, Node):\n${[...lines, all].join('\n')}`);
    for (const r of rows.filter((x) => !x.first))
      console.log(
        `  not first: "${r.query}" (searched ${r.searches.map((s) => `"${s}"`).join(', ')}) -> ${r.urls.slice(0, 3).join(', ') || '(no result)'}`,
      );
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it('puts an answer first for at least 90% of the queries', () => {
    const first = rows.filter((r) => r.first).length;
    expect(first / rows.length, `${first} of ${rows.length} first`).toBeGreaterThanOrEqual(0.9);
  });

  it.each(rows.map((r) => [r.query, r] as const))('"%s" has an answer in the top three, or the way forward', (_q, r) => {
    expect(r.top3, `top three: ${r.urls.slice(0, 3).join(', ') || '(none)'}; answers: ${r.answers.join(', ')}`).toBe(
      true,
    );
  });
});

describe('the headings tier of the built index', () => {
  const build = join(__dirname, '..', '..', 'build');
  const files = readdirSync(build).filter((f) => /^search-index.*\.json$/.test(f));

  it('is written beside the index, with the same hash, and holds its titles, headings, descriptions and keywords only', () => {
    const index = files.find((f) => /^search-index-[0-9a-f]{8}\.json$/.test(f));
    expect(index, `the index among ${files.join(', ')}`).toBeDefined();
    const headings = index!.replace('search-index-', 'search-index-headings-');
    expect(files).toContain(headings);
    const whole = JSON.parse(readFileSync(join(build, index!), 'utf8')) as unknown[];
    const tier = JSON.parse(readFileSync(join(build, headings), 'utf8')) as unknown[];
    expect(tier).toEqual(whole.slice(0, 4));
    expect(readFileSync(join(build, headings)).length).toBeLessThan(readFileSync(join(build, index!)).length / 3);
  });
});
