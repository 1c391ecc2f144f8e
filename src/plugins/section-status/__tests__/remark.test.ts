import {describe, expect, it} from 'vitest';
import type {Root} from 'mdast';
import remarkSectionStatus from '..';
import {DEEP_LINKS} from '../../../data/deepLinks';

const heading = (id: string, text = id) => ({
  type: 'heading' as const,
  depth: 2 as const,
  children: [{type: 'text' as const, value: text}],
  data: {hProperties: {id}},
});
const paragraph = {type: 'paragraph' as const, children: [{type: 'text' as const, value: 'Steps.'}]};

function run(slug: string, ids: string[]): Array<string> {
  const tree: Root = {type: 'root', children: ids.flatMap((id) => [heading(id), paragraph])};
  remarkSectionStatus()(tree, {data: {frontMatter: {slug}}});
  return tree.children.map((n) =>
    n.type === 'heading'
      ? `h:${(n.data as {hProperties: {id: string}}).hProperties.id}`
      : n.type === 'paragraph'
        ? 'p'
        : `${(n as unknown as {name: string}).name}:${(n as unknown as {attributes: Array<{value: string}>}).attributes[0].value}`,
  );
}

describe('remarkSectionStatus', () => {
  it('inserts <SectionStatus> right after the heading of each entry with status components, and nowhere else', () => {
    expect(run('/clients/troubleshooting', ['before-you-start', 'pdf-download-failing'])).toEqual([
      'h:before-you-start',
      'p',
      'h:pdf-download-failing',
      'SectionStatus:client.pdf-download-failing',
      'p',
    ]);
  });

  it('tells pages apart by their route: the same anchor on another guide is its own entry', () => {
    expect(run('/operators/troubleshooting', ['activation-link-expired'])).toContain(
      'SectionStatus:operator.activation-link-expired',
    );
  });

  it('leaves pages without such entries alone', () => {
    expect(run('/system-requirements', ['pdf-download-failing'])).toEqual(['h:pdf-download-failing', 'p']);
  });

  it('covers every troubleshooting scenario that names components (the registry is the one list)', () => {
    const withComponents = DEEP_LINKS.filter((l) => l.components);
    expect(withComponents.length).toBeGreaterThan(0);
    for (const l of withComponents) expect(l.anchor, l.id).toBeTruthy();
  });
});
