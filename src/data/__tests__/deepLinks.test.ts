import {describe, expect, it} from 'vitest';
import {AUDIENCES, DEEP_LINKS, DEEP_LINK_KINDS, deepLinkPath, getDeepLink} from '../deepLinks';
import {REDIRECTS} from '../redirects';
import {supportConfig} from '../supportConfig';
import {parseDeepLinks} from '../deepLinks.schema';
import {headingsOf, pageRoutes, readDocs} from './docsSource';

const docs = readDocs();
const knownRoutes = new Set([...docs.map((d) => d.route), ...pageRoutes()]);
/** Docs whose every heading is a dashboard link target: the troubleshooting guides and the FAQs. */
const coveredDocs = docs.filter((d) => /troubleshooting|faq/.test(d.route));
/** Element ids rendered by components rather than headings, and the component that renders them. */
const componentAnchors: Array<{pattern: RegExp; component: string}> = [
  {pattern: /^priority-picker$/, component: 'PriorityPicker'},
  {pattern: /^service-level-table$/, component: 'ServiceLevelTable'},
  {pattern: /^channel-[a-z]+$/, component: 'ContactTable'},
  {pattern: /^request-builder$/, component: 'RequestBuilder'},
];

describe('the deep-link registry', () => {
  it('has unique ids', () => {
    const seen = new Set<string>();
    const duplicates = DEEP_LINKS.map((l) => l.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates, 'ids used more than once').toEqual([]);
  });

  it('passes the build-time validation (shapes, id format, page entries without anchors)', () => {
    expect(() => parseDeepLinks(DEEP_LINKS)).not.toThrow();
  });

  it('points each target at one place: no two entries share route and anchor', () => {
    const paths = DEEP_LINKS.map(deepLinkPath);
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  });

  it('uses only the declared audiences and kinds', () => {
    for (const link of DEEP_LINKS) {
      expect(AUDIENCES, link.id).toContain(link.audience);
      expect(DEEP_LINK_KINDS, link.id).toContain(link.kind);
    }
  });

  it('covers the troubleshooting guides and FAQs of both audiences and the common FAQ', () => {
    expect(coveredDocs.map((d) => d.route).sort()).toEqual([
      '/clients/faq',
      '/clients/troubleshooting',
      '/faq',
      '/operators/faq',
      '/operators/troubleshooting',
    ]);
  });

  it.each([...new Set(DEEP_LINKS.map((l) => l.route))])('route %s is a route of the site', (route) => {
    expect([...knownRoutes], `no doc slug or page for ${route}`).toContain(route);
  });

  it.each(coveredDocs.map((d) => [d.file, d] as const))('has an entry for every heading of %s', (_file, doc) => {
    const registered = new Set(DEEP_LINKS.filter((l) => l.route === doc.route).map((l) => l.anchor));
    const missing = doc.headings.filter((h) => !registered.has(h.id)).map((h) => `#${h.id} (line ${h.line})`);
    expect(missing, `headings of ${doc.file} without a registry entry in src/data/deepLinks.ts`).toEqual([]);
    expect(doc.headings.length).toBeGreaterThan(5);
  });

  it('has an entry for each scenario and question with the audience of its page', () => {
    for (const link of DEEP_LINKS.filter((l) => l.kind === 'scenario' || l.kind === 'question')) {
      const expected = link.route.startsWith('/clients/')
        ? 'client'
        : link.route.startsWith('/operators/')
          ? 'operator'
          : 'all';
      expect(link.audience, link.id).toBe(expected);
    }
  });

  it('titles each doc page entry with the doc title', () => {
    for (const link of DEEP_LINKS.filter((l) => l.kind === 'page')) {
      const doc = docs.find((d) => d.route === link.route);
      if (doc) expect(link.title, link.id).toBe(doc.title);
    }
  });

  it('targets, on doc routes, a heading of that doc with the same text, or an element of a component the doc renders', () => {
    const problems: string[] = [];
    for (const link of DEEP_LINKS) {
      const doc = docs.find((d) => d.route === link.route);
      if (!doc || !link.anchor) continue;
      const heading = doc.headings.find((h) => h.id === link.anchor);
      if (heading) {
        if (heading.title !== link.title)
          problems.push(`${link.id}: title "${link.title}" but heading "${heading.title}"`);
        continue;
      }
      const component = componentAnchors.find((c) => c.pattern.test(link.anchor ?? ''));
      if (!component) problems.push(`${link.id}: ${doc.file} has no heading #${link.anchor}`);
      else if (!doc.source.includes(`<${component.component}`)) {
        problems.push(
          `${link.id}: ${doc.file} does not render <${component.component}>, which renders #${link.anchor}`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('registers no heading inside a <TabItem> or <details> block (hash links cannot reach it)', () => {
    const problems = docs.flatMap((doc) =>
      doc.headings
        .filter((h) => h.insideHidden && DEEP_LINKS.some((l) => l.route === doc.route && l.anchor === h.id))
        .map((h) => `${doc.file}:${h.line} #${h.id} inside <${h.insideHidden}>`),
    );
    expect(problems).toEqual([]);
  });

  it('links every contact channel of the config twice: its section and its contact summary row', () => {
    for (const channel of supportConfig.channels) {
      expect(getDeepLink(`contact.${channel.id}`).route).toBe('/contact');
      expect(getDeepLink(`contact.summary.${channel.id}`)).toMatchObject({
        anchor: `channel-${channel.id}`,
        kind: 'channel',
      });
    }
  });

  it('links the priority picker and the service-level table with the ids the dashboard uses', () => {
    expect(deepLinkPath(getDeepLink('priority-picker'))).toBe('/priorities#priority-picker');
    expect(deepLinkPath(getDeepLink('service-level-table'))).toBe('/service-levels#service-level-table');
    expect(deepLinkPath(getDeepLink('client.pdf-download-failing'))).toBe(
      '/clients/troubleshooting#pdf-download-failing',
    );
    expect(deepLinkPath(getDeepLink('operator.dashboard-not-loading'))).toBe(
      '/operators/troubleshooting#dashboard-not-loading',
    );
  });

  it('names an unknown id in the error of getDeepLink', () => {
    expect(() => getDeepLink('client.no-such-thing')).toThrow('Unknown deep-link id "client.no-such-thing"');
  });
});

describe('headingsOf', () => {
  it('finds explicit ids, skips fenced code and marks headings inside <TabItem> and <details>', () => {
    const source = [
      '## Visible {/* #visible */}',
      '```md',
      '## In code {/* #in-code */}',
      '```',
      '<Tabs>',
      '<TabItem value="a">',
      '### In a tab {/* #in-tab */}',
      '</TabItem>',
      '</Tabs>',
      '<details>',
      '<summary>More</summary>',
      '### Collapsed {/* #collapsed */}',
      '</details>',
      '## After {/* #after */}',
    ].join('\n');
    expect(headingsOf(source).map((h) => [h.id, h.title, h.insideHidden])).toEqual([
      ['visible', 'Visible', null],
      ['in-tab', 'In a tab', 'TabItem'],
      ['collapsed', 'Collapsed', 'details'],
      ['after', 'After', null],
    ]);
  });
});

describe('redirects', () => {
  it.each(REDIRECTS.map((r) => [r.from, r.to] as const))(
    '%s has no page of its own and lands on the route %s',
    (from, to) => {
      expect([...knownRoutes]).not.toContain(from);
      expect([...knownRoutes]).toContain(to);
    },
  );

  it('redirects each old route once', () => {
    const froms = REDIRECTS.map((r) => r.from);
    expect(new Set(froms).size).toBe(froms.length);
  });
});
