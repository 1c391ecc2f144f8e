import type {Code, Parent, Root, RootContent} from 'mdast';
import {defaultImportNode} from '../mdxImport';
import {tokenizeCode} from './tokenize';

/** The module that MDX pages with fenced code import (resolved by the bundler's `@site` alias). */
export const TOKENIZED_CODE_BLOCK_MODULE = '@site/src/components/TokenizedCodeBlock';
/** The local name of that import in each page. */
const LOCAL_NAME = 'TokenizedCodeBlock';

/** A JSX element node of MDX (mdast-util-mdx-jsx), with plain string attributes only. */
interface MdxJsxFlowElement {
  type: 'mdxJsxFlowElement';
  name: string;
  attributes: {type: 'mdxJsxAttribute'; name: string; value: string}[];
  children: [];
}

/**
 * Remark plugin for the docs: each fenced code block is tokenized now, at
 * build time, and becomes
 * `<TokenizedCodeBlock className="language-…" metastring="…" code="…" tokens="[…]" />`;
 * a page that has one imports `TokenizedCodeBlock` (the theme's code block,
 * without Prism). The props are those MDX gives the theme's `code` component
 * for a fenced block (language class, metastring, text with its final
 * newline) plus the tokens as JSON text, so the output is the theme's usual
 * code block (title, line highlighting, copy button), highlighted, and no
 * page downloads or runs Prism.
 *
 * @returns the transformer; it mutates the tree in place.
 */
export default function remarkTokenizedCodeBlocks(): (tree: Root) => void {
  return (tree) => {
    let found = false;
    const walk = (parent: Parent): void => {
      parent.children.forEach((child, i) => {
        if (child.type === 'code') {
          parent.children[i] = toElement(child) as unknown as RootContent;
          found = true;
        } else if ('children' in child) {
          walk(child);
        }
      });
    };
    walk(tree);
    if (found) tree.children.unshift(defaultImportNode(LOCAL_NAME, TOKENIZED_CODE_BLOCK_MODULE));
  };
}

/** The JSX element that replaces one fenced code block. */
function toElement(code: Code): MdxJsxFlowElement {
  const attributes: MdxJsxFlowElement['attributes'] = [];
  if (code.lang) attributes.push({type: 'mdxJsxAttribute', name: 'className', value: `language-${code.lang}`});
  if (code.meta) attributes.push({type: 'mdxJsxAttribute', name: 'metastring', value: code.meta});
  // mdast-util-to-hast gives a fenced block's text a final newline; keep it identical.
  attributes.push({type: 'mdxJsxAttribute', name: 'code', value: code.value ? `${code.value}\n` : ''});
  attributes.push({
    type: 'mdxJsxAttribute',
    name: 'tokens',
    value: JSON.stringify(tokenizeCode(code.value, code.lang ?? undefined).lines),
  });
  return {type: 'mdxJsxFlowElement', name: LOCAL_NAME, attributes, children: []};
}
