import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, normalize, relative} from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

/**
 * The house (README "Layout", CONTRIBUTING.md): data flows one way, and no
 * import runs back up. Each folder of `src/` is a layer; a module imports
 * only from its own layer and the layers below it:
 *
 *   sla (the pure calendar domain)
 *   data (the config and the registries, written in the domain's terms)
 *   facts (pure facts computed from config and domain)
 *   hooks, components (React)
 *   theme, pages
 *   plugins (build time, on top of everything)
 *
 * and the three pure layers import no React, no `@docusaurus/*` and no
 * `@theme/*`. Tests belong to the layer of their folder, so a domain test
 * cannot use the site's config as its fixture.
 */

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** Layer rank of each top folder of `src/`; a module may import ranks up to its own. */
const RANK: Readonly<Record<string, number>> = {
  sla: 0,
  data: 1,
  facts: 2,
  hooks: 3,
  components: 3,
  theme: 4,
  pages: 4,
  plugins: 5,
  // Type declarations of generated modules and the global stylesheet.
  types: 5,
  css: 0,
  __tests__: 5,
};

/** Layers that must stay free of React and Docusaurus (they run in Node.js and in unit tests as they are). */
const PURE = new Set(['sla', 'data', 'facts']);
const UI_PACKAGES = /^(react|react-dom|@docusaurus\/|@theme\/|@theme-original\/|@generated\/|clsx$)/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(tsx?|mts)$/.test(name) ? [full] : [];
  });
}

/** The top folder of `src/` a path is in, or `undefined` outside `src/`. */
function layerOf(file: string): string | undefined {
  const rel = relative(SRC, file);
  return rel.startsWith('..') ? undefined : rel.split('/')[0];
}

/** Where an import specifier of `file` points: a path in the repository, or the package name. */
function target(file: string, specifier: string): {path?: string; pkg?: string} {
  if (specifier.startsWith('@site/')) return {path: join(ROOT, specifier.slice('@site/'.length))};
  if (specifier.startsWith('.')) return {path: normalize(join(dirname(file), specifier))};
  return {pkg: specifier};
}

const files = walk(SRC);
const imports = files.flatMap((file) =>
  ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((i) => ({file, specifier: i.fileName, ...target(file, i.fileName)})),
);

describe('the layers of src/', () => {
  it('finds the modules and their imports (the check sees something)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(imports.filter((i) => i.path).length).toBeGreaterThan(100);
  });

  it('has a rank for every top folder', () => {
    const folders = [...new Set(files.map(layerOf))];
    expect(folders.filter((f) => f === undefined || RANK[f] === undefined)).toEqual([]);
  });

  it('has no import that runs back up', () => {
    const upward = imports
      .filter((i) => i.path && layerOf(i.path) !== undefined)
      .filter((i) => RANK[layerOf(i.path!)!]! > RANK[layerOf(i.file)!]!)
      .map((i) => `${relative(ROOT, i.file)} imports ${i.specifier} (${layerOf(i.path!)} is above ${layerOf(i.file)})`);
    expect(upward, 'move the code down a layer, or pass it in from above').toEqual([]);
  });

  it('keeps the domain, the data and the facts free of React and Docusaurus', () => {
    const ui = imports
      .filter((i) => PURE.has(layerOf(i.file)!) && i.pkg && UI_PACKAGES.test(i.pkg))
      .map((i) => `${relative(ROOT, i.file)} imports ${i.pkg}`);
    expect(ui).toEqual([]);
  });

  it('keeps the site out of the domain: src/sla imports only src/sla and packages', () => {
    const outside = imports
      .filter((i) => layerOf(i.file) === 'sla' && i.path && layerOf(i.path) !== 'sla')
      .map((i) => `${relative(ROOT, i.file)} imports ${i.specifier}`);
    expect(outside, 'a domain test brings its own fixtures (src/sla/__tests__/helpers.ts)').toEqual([]);
  });
});
