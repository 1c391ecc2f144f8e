import type {RootContent} from 'mdast';

/**
 * `import <localName> from '<module>';` as an MDX ESM node with its ESTree, for
 * a remark plugin that puts a component into a page (MDX compiles the ESTree,
 * not the node's `value`). Used by `code-highlight` and `section-feedback`.
 *
 * @param localName - the identifier the page's JSX uses, e.g. `SectionFeedback`.
 * @param module - the import source, resolved by the bundler (e.g. `@site/src/components/…`).
 * @returns a node to put at the start of the page's `root.children`.
 */
export function defaultImportNode(localName: string, module: string): RootContent {
  const node = {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            attributes: [],
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: localName}}],
            source: {type: 'Literal', value: module, raw: JSON.stringify(module)},
          },
        ],
      },
    },
  };
  // mdast's RootContent does not list MDX's ESM node (mdast-util-mdxjs-esm adds it by module augmentation,
  // which this project does not load).
  return node as unknown as RootContent;
}
