import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {SYNONYMS, type SynonymGroup} from '../../../data/searchVocabulary';
import {searchableText, splitDoc, unusedSiteWords} from '../words';

const DOCS = join(__dirname, '..', '..', '..', '..', 'docs');
function docFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? docFiles(full) : /\.mdx?$/.test(n) ? [full] : [];
  });
}

describe('splitDoc', () => {
  it('reads the front matter and the body', () => {
    const doc = splitDoc(
      '---\ntitle: Client FAQ\nslug: "/clients/faq"\nkeywords: [popup, pop-up]\n---\n\nBody text.\n',
    );
    expect(doc.frontMatter).toEqual({title: 'Client FAQ', slug: '/clients/faq', keywords: '[popup, pop-up]'});
    expect(doc.body).toBe('\nBody text.\n');
  });

  it('takes a file without front matter as all body', () => {
    expect(splitDoc('# Title\n')).toEqual({frontMatter: {}, body: '# Title\n'});
  });
});

describe('searchableText', () => {
  it('keeps what the page shows and drops what it does not', () => {
    const text = searchableText(
      splitDoc(
        '---\ntitle: Guide\ndescription: Fixes\n---\nimport X from \'@site/x\';\n\n## Pop-ups blocked {/* #pop-ups-blocked */}\n\nEmail <Email channel="urgent" subject="Secret subject" /> or see [the guide](../clients/faq.md#hidden-anchor) &amp; more.\n',
      ),
    );
    expect(text).toContain('Guide');
    expect(text).toContain('Fixes');
    expect(text).toContain('Pop-ups blocked');
    expect(text).toContain('the guide');
    for (const hidden of ['import', 'pop-ups-blocked */', 'Secret subject', 'channel', 'hidden-anchor', '&amp;'])
      expect(text, hidden).not.toContain(hidden);
  });
});

describe('unusedSiteWords', () => {
  const groups: SynonymGroup[] = [
    {id: 'pop-up', readerWords: ['popup'], siteWords: ['pop-ups']},
    {id: 'sign-in', readerWords: ['login'], siteWords: ['sign', 'sign on board']},
  ];

  it('names each site word no text uses, with its group', () => {
    expect(unusedSiteWords(groups, ['Pop-ups blocked', 'Sign in with Google'])).toEqual([
      'SYNONYMS[1] ("sign-in"): site word "sign on board" is not used by any indexed page ("on", "board" missing)',
    ]);
  });

  it('finds nothing to report in the site’s own table and docs (the build would fail otherwise)', () => {
    const texts = docFiles(DOCS)
      .map((f) => splitDoc(readFileSync(f, 'utf8')))
      .filter((d) => d.frontMatter.slug !== '/linking')
      .map(searchableText);
    expect(unusedSiteWords(SYNONYMS, texts)).toEqual([]);
  });
});
