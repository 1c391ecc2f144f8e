import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {DeepLink} from '../../../data/deepLinks';
import {
  DeepLinkTargetError,
  assertNoProblems,
  builtPageLoader,
  checkDeepLinkTargets,
  type PageLoader,
} from '../checkTargets';

const link = (id: string, route: string, anchor?: string): DeepLink => ({
  id,
  route,
  anchor,
  title: id,
  audience: 'all',
  kind: anchor ? 'section' : 'page',
});

/** A loader over fixture pages keyed by route. */
const pages =
  (html: Record<string, string>): PageLoader =>
  (route) =>
    route in html ? {file: `${route.slice(1) || 'index'}.html`, html: html[route]} : undefined;

/** Minified like Docusaurus's output: unquoted attributes, omitted end tags. */
const guide = `<!doctype html><html lang=en><head><title>Guide</title><body><main><article>
<h2 class="anchor anchorTargetStickyNavbar_x" id=pdf-download-failing>PDF download failing<a href=#pdf-download-failing class=hash-link>\u200b</a></h2>
<p>Steps<ul><li>One<li>Two</ul>
<div class=wrapper><table class=t id=service-level-table><caption class=c>Targets<thead><tr><th scope=col>Priority<tbody><tr><th>High<td>1-2 hours</table></div>
<details class=details><summary>More</summary><h3 id=hidden-in-details>Hidden</h3></details>
<div class=tabs><div role=tabpanel class=tabItem hidden><h3 id=hidden-in-tab>Tab</h3></div></div>
<p id=twice>One<p id=twice>Two
</article></main>`;

describe('checkDeepLinkTargets', () => {
  it('accepts targets that exist once, outside hidden blocks, in minified HTML with omitted end tags', () => {
    const links = [
      link('page', '/guide'),
      link('pdf', '/guide', 'pdf-download-failing'),
      link('table', '/guide', 'service-level-table'),
    ];
    expect(checkDeepLinkTargets(links, pages({'/guide': guide}))).toEqual([]);
  });

  it('reports a route with no built page, naming the entry', () => {
    const problems = checkDeepLinkTargets([link('client.moved', '/clients/moved', 'x')], pages({'/guide': guide}));
    expect(problems).toEqual([
      {
        id: 'client.moved',
        message: 'deep link "client.moved" (/clients/moved#x): route /clients/moved has no page in the build',
      },
    ]);
  });

  it('reports a missing element id, naming the entry, the id and the built file', () => {
    const problems = checkDeepLinkTargets([link('client.gone', '/guide', 'gone')], pages({'/guide': guide}));
    expect(problems).toEqual([
      {id: 'client.gone', message: 'deep link "client.gone" (/guide#gone): no element with id "gone" in guide.html'},
    ]);
  });

  it('reports targets inside a <details> block or a tab panel', () => {
    const problems = checkDeepLinkTargets(
      [link('in-details', '/guide', 'hidden-in-details'), link('in-tab', '/guide', 'hidden-in-tab')],
      pages({'/guide': guide}),
    );
    expect(problems.map((p) => p.id)).toEqual(['in-details', 'in-tab']);
    expect(problems[0].message).toContain('inside a <details> block');
    expect(problems[1].message).toContain('inside a tab panel (<TabItem>)');
  });

  it('reports an id that appears more than once on the page', () => {
    const [problem] = checkDeepLinkTargets([link('twice', '/guide', 'twice')], pages({'/guide': guide}));
    expect(problem.message).toContain('2 elements have id "twice"');
  });

  it('does not take an id mentioned in text or in a link for the element', () => {
    const html = '<p>See #gone and <a href="#gone">gone</a>; id="gone" is text here.</p>';
    expect(checkDeepLinkTargets([link('gone', '/p', 'gone')], pages({'/p': html}))).toHaveLength(1);
  });

  it('reports every broken entry, in registry order, and loads each page once', () => {
    const loaded: string[] = [];
    const loader: PageLoader = (route) => {
      loaded.push(route);
      return pages({'/guide': guide})(route);
    };
    const problems = checkDeepLinkTargets(
      [link('a', '/guide', 'missing-a'), link('b', '/none'), link('c', '/guide', 'missing-c'), link('d', '/none', 'x')],
      loader,
    );
    expect(problems.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(loaded).toEqual(['/guide', '/none']);
  });
});

describe('assertNoProblems', () => {
  it('passes without problems', () => {
    expect(() => assertNoProblems([])).not.toThrow();
  });

  it('throws a DeepLinkTargetError listing each problem on its own line', () => {
    const problems = checkDeepLinkTargets(
      [link('client.gone', '/guide', 'gone'), link('x', '/none')],
      pages({'/guide': guide}),
    );
    expect(() => assertNoProblems(problems)).toThrow(DeepLinkTargetError);
    expect(() => assertNoProblems(problems)).toThrow(
      /missing from the build[\s\S]*\n- deep link "client\.gone" \(\/guide#gone\): no element[\s\S]*\n- deep link "x" \(\/none\): route \/none has no page/,
    );
  });
});

describe('builtPageLoader', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'built-pages-'));
  afterAll(() => rmSync(outDir, {recursive: true, force: true}));
  writeFileSync(join(outDir, 'index.html'), '<h1 id=home>Home</h1>');
  mkdirSync(join(outDir, 'clients', 'faq'), {recursive: true});
  writeFileSync(join(outDir, 'clients', 'faq', 'index.html'), '<h1>FAQ</h1>');
  writeFileSync(join(outDir, 'flat.html'), '<h1>Flat</h1>');

  it('maps / to index.html, /a/b to a/b/index.html and, for trailingSlash: false, /a to a.html', () => {
    const load = builtPageLoader(outDir);
    expect(load('/')).toEqual({file: 'index.html', html: '<h1 id=home>Home</h1>'});
    expect(load('/clients/faq')?.file).toBe(join('clients', 'faq', 'index.html'));
    expect(load('/flat')?.html).toBe('<h1>Flat</h1>');
  });

  it('returns undefined for a route without a page', () => {
    expect(builtPageLoader(outDir)('/clients/missing')).toBeUndefined();
  });
});
