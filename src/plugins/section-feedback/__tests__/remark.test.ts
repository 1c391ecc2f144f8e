import {describe, expect, it} from 'vitest';
import type {Root} from 'mdast';
import type {DeepLink} from '../../../data/deepLinks';
import remarkSectionFeedback, {docRoute, SECTION_FEEDBACK_MODULE} from '../remark';

const heading = (depth: 2 | 3, title: string, id: string) => ({
  type: 'heading',
  depth,
  children: [
    {type: 'text', value: `${title} `},
    {type: 'mdxTextExpression', value: `/* #${id} */`},
  ],
});
const steps = (...items: string[]) => ({
  type: 'list',
  ordered: true,
  children: items.map((text) => ({
    type: 'listItem',
    children: [
      {
        type: 'paragraph',
        children: [
          {type: 'strong', children: [{type: 'text', value: text}]},
          {type: 'text', value: ': more words.'},
        ],
      },
    ],
  })),
});
const para = (value: string) => ({type: 'paragraph', children: [{type: 'text', value}]});

const SECTIONS: DeepLink[] = [
  {id: 'g.one', route: '/g', anchor: 'one', title: 'One', audience: 'client', kind: 'scenario'},
  {id: 'g.two', route: '/g', anchor: 'two', title: 'Two', audience: 'client', kind: 'question'},
  {id: 'h.one', route: '/h', anchor: 'one', title: 'One', audience: 'client', kind: 'scenario'},
];

describe('remarkSectionFeedback', () => {
  it('adds the widget at the end of each registered section of the page, with its steps, and imports it', () => {
    const tree = {
      type: 'root',
      children: [
        heading(2, 'Intro', 'intro'),
        para('x'),
        heading(2, 'One', 'one'),
        steps('Try another browser', 'Check downloads'),
        heading(3, 'Sub', 'sub'),
        steps('Allow pop-ups'),
        para('If it still fails'),
        heading(2, 'Two', 'two'),
        para('answer'),
      ],
    } as unknown as Root;
    remarkSectionFeedback({docsDir: '/site/docs', sections: SECTIONS})(tree, {
      path: '/site/docs/g.md',
      data: {frontMatter: {}},
    });
    const kinds = tree.children.map((n) =>
      n.type === ('mdxJsxFlowElement' as string)
        ? `widget:${JSON.stringify((n as unknown as {attributes: {name: string; value: string}[]}).attributes.map((a) => a.value))}`
        : n.type === 'heading'
          ? `h${n.depth}`
          : n.type,
    );
    expect(kinds).toEqual([
      'mdxjsEsm',
      'h2',
      'paragraph',
      'h2',
      'list',
      'h3',
      'list',
      'paragraph',
      `widget:${JSON.stringify(['g.one', JSON.stringify(['Try another browser', 'Check downloads', 'Sub: Allow pop-ups'])])}`,
      'h2',
      'paragraph',
      `widget:${JSON.stringify(['g.two', '[]'])}`,
    ]);
    expect(JSON.stringify(tree.children[0])).toContain(SECTION_FEEDBACK_MODULE);
  });

  it('leaves a page without registered sections as it is', () => {
    const tree = {type: 'root', children: [heading(2, 'One', 'one')]} as unknown as Root;
    remarkSectionFeedback({docsDir: '/site/docs', sections: SECTIONS})(tree, {path: '/site/docs/other.md'});
    expect(tree.children).toHaveLength(1);
  });

  it('tells the route from the slug, else from the path', () => {
    expect(docRoute('/site/docs/support/faq.md', '/site/docs', '/faq')).toBe('/faq');
    expect(docRoute('/site/docs/clients/faq.md', '/site/docs', undefined)).toBe('/clients/faq');
    expect(docRoute('/site/docs/clients/index.mdx', '/site/docs', undefined)).toBe('/clients');
  });
});
