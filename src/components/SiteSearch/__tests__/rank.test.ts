import {describe, expect, it} from 'vitest';
import type {DeepLink} from '../../../data/deepLinks';
import {rewriteQuery} from '../query';
import {excerptOf, HIT_KINDS, rankSections, registryPlaces} from '../rank';
import {fixtureLexicon, hit} from './fixtures';

const {title, heading, description, content} = HIT_KINDS;

const LINKS: DeepLink[] = [
  {
    id: 'client.troubleshooting',
    route: '/clients/troubleshooting',
    title: 'Client Troubleshooting Guide',
    audience: 'client',
    kind: 'page',
  },
  {
    id: 'client.pdf-download-failing',
    route: '/clients/troubleshooting',
    anchor: 'pdf-download-failing',
    title: 'PDF download failing',
    audience: 'client',
    kind: 'scenario',
  },
  {id: 'client.faq', route: '/clients/faq', title: 'Client FAQ', audience: 'client', kind: 'page'},
  {
    id: 'client.faq.download',
    route: '/clients/faq',
    anchor: 'how-do-i-download-the-pdf',
    title: 'How do I download the PDF?',
    audience: 'client',
    kind: 'question',
  },
  {
    id: 'operator.troubleshooting',
    route: '/operators/troubleshooting',
    title: 'Operator Troubleshooting Guide',
    audience: 'operator',
    kind: 'page',
  },
  {
    id: 'operator.pdf',
    route: '/operators/troubleshooting',
    anchor: 'pdf-generation-problems',
    title: 'PDF generation problems',
    audience: 'operator',
    kind: 'scenario',
  },
];
const places = registryPlaces(LINKS);
const lexicon = fixtureLexicon();
const CLIENT = '/clients/troubleshooting';

describe('registryPlaces', () => {
  it('gives a registered heading its kind and audience, another heading its page’s audience', () => {
    expect(places(CLIENT, 'pdf-download-failing')).toEqual({kind: 'scenario', audience: 'client', registered: true});
    expect(places(CLIENT, 'not-registered')).toEqual({kind: 'section', audience: 'client', registered: false});
    expect(places(CLIENT, '')).toEqual({kind: 'page', audience: 'client', registered: true});
    expect(places('/elsewhere', '')).toBeUndefined();
  });
});

describe('rankSections', () => {
  it('lists a section once when its heading and its text both match', () => {
    const q = rewriteQuery('pdf download', lexicon);
    const ranked = rankSections(
      q,
      [
        hit(heading, CLIENT, '#pdf-download-failing', 'PDF download failing', ['pdf', 'download'], {
          page: 'Client Troubleshooting Guide',
        }),
        hit(content, CLIENT, '#pdf-download-failing', 'The PDF does not download.', ['pdf', 'download'], {
          s: 'PDF download failing',
          page: 'Client Troubleshooting Guide',
        }),
        hit(content, CLIENT, '#pdf-download-failing', 'The PDF does not download.', ['pdf'], {
          s: 'PDF download failing',
          page: 'Client Troubleshooting Guide',
        }),
      ],
      places,
    );
    expect(ranked.map((r) => r.url)).toEqual([`${CLIENT}#pdf-download-failing`]);
    expect(ranked[0]).toMatchObject({
      title: 'PDF download failing',
      pageTitle: 'Client Troubleshooting Guide',
      audience: 'client',
      kind: 'scenario',
      excerpt: 'The PDF does not download.',
      match: 'all',
    });
  });

  it('puts a heading match before a text-only match', () => {
    const q = rewriteQuery('download', lexicon);
    const ranked = rankSections(
      q,
      [
        hit(content, CLIENT, '#pop-ups-blocked', 'Allow pop-ups to download the PDF.', ['download'], {
          s: 'Pop-ups blocked',
          page: 'Client Troubleshooting Guide',
          score: 9,
        }),
        hit(content, CLIENT, '#pdf-download-failing', 'It stops.', ['download'], {
          s: 'PDF download failing',
          page: 'Client Troubleshooting Guide',
          score: 1,
        }),
      ],
      places,
    );
    expect(ranked.map((r) => r.anchor)).toEqual(['pdf-download-failing', 'pop-ups-blocked']);
  });

  it('counts a concept in the heading and another in the text as both in the section', () => {
    const q = rewriteQuery('emergency call', lexicon);
    const ranked = rankSections(
      q,
      [
        hit(heading, '/contact', '#emergency-support', 'Emergency support', ['emergency'], {page: 'Contact Support'}),
        hit(content, '/contact', '#emergency-support', 'Call this line for critical issues.', ['call'], {
          s: 'Emergency support',
          page: 'Contact Support',
        }),
      ],
      places,
    );
    expect(ranked[0]).toMatchObject({url: '/contact#emergency-support', match: 'all'});
  });

  it('ranks a scenario first for a problem and an FAQ answer first for a question', () => {
    const hits = [
      hit(content, CLIENT, '#pdf-download-failing', 'the pdf download', ['pdf', 'download'], {
        s: 'PDF download',
        page: 'Client Troubleshooting Guide',
      }),
      hit(content, '/clients/faq', '#how-do-i-download-the-pdf', 'the pdf download', ['pdf', 'download'], {
        s: 'PDF download',
        page: 'Client FAQ',
      }),
    ];
    expect(rankSections(rewriteQuery('pdf download failed', lexicon), hits, places)[0]?.kind).toBe('scenario');
    expect(rankSections(rewriteQuery('how pdf download', lexicon), hits, places)[0]?.kind).toBe('question');
  });

  it('ranks the asker’s guide first, and the guide being read when the words do not tell', () => {
    const hits = [
      hit(content, CLIENT, '#pdf-download-failing', 'pdf', ['pdf'], {s: 'PDF', page: 'Client Troubleshooting Guide'}),
      hit(content, '/operators/troubleshooting', '#pdf-generation-problems', 'pdf', ['pdf'], {
        s: 'PDF',
        page: 'Operator Troubleshooting Guide',
      }),
    ];
    expect(rankSections(rewriteQuery('my client pdf', lexicon), hits, places)[0]?.audience).toBe('operator');
    expect(rankSections(rewriteQuery('pdf', lexicon), hits, places, {role: 'client'})[0]?.audience).toBe('client');
    expect(rankSections(rewriteQuery('pdf', lexicon), hits, places, {role: 'operator'})[0]?.audience).toBe('operator');
  });

  it('ranks a section with the typed words in order first (an error message copied from the screen)', () => {
    const q = rewriteQuery('failed network error', lexicon);
    const ranked = rankSections(
      q,
      [
        hit(heading, '/system-requirements', '#network', 'Network and firewall', ['network'], {
          page: 'System Requirements',
        }),
        hit(
          content,
          CLIENT,
          '#pdf-download-failing',
          'Your browser says “Failed - Network error”.',
          ['network', 'failed', 'error'],
          {s: 'PDF download failing', page: 'Client Troubleshooting Guide'},
        ),
      ],
      places,
    );
    expect(ranked[0]?.anchor).toBe('pdf-download-failing');
  });

  it('tells sections with all concepts from those with most (one of three missing) and some', () => {
    const q = rewriteQuery('pdf download storage', lexicon);
    const ranked = rankSections(
      q,
      [
        hit(content, CLIENT, '#a', 'x', ['pdf', 'download', 'storage'], {s: 'A', page: 'P'}),
        hit(content, CLIENT, '#b', 'x', ['pdf', 'download'], {s: 'B', page: 'P'}),
        hit(content, CLIENT, '#c', 'x', ['pdf'], {s: 'C', page: 'P'}),
      ],
      places,
    );
    expect(ranked.map((r) => [r.anchor, r.match])).toEqual([
      ['a', 'all'],
      ['b', 'most'],
      ['c', 'some'],
    ]);
  });

  it('never lets a section with most concepts miss one that no page uses', () => {
    const q = rewriteQuery('change billing address', lexicon);
    const ranked = rankSections(
      q,
      [hit(content, CLIENT, '#a', 'x', ['change', 'address'], {s: 'A', page: 'P'})],
      places,
    );
    expect(ranked[0]?.match).toBe('some');
  });

  it('takes a page’s description for the page, not for its sections', () => {
    const q = rewriteQuery('download', lexicon);
    const ranked = rankSections(
      q,
      [
        hit(title, CLIENT, '', 'Client Troubleshooting Guide', []),
        hit(description, CLIENT, '', 'Fixes for the PDF download', ['download'], {
          s: 'Client Troubleshooting Guide',
          page: 'Client Troubleshooting Guide',
        }),
      ],
      places,
    );
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({
      url: CLIENT,
      anchor: '',
      kind: 'page',
      title: 'Client Troubleshooting Guide',
      match: 'all',
    });
  });

  it('ranks nothing for no hits', () => {
    expect(rankSections(rewriteQuery('pdf', lexicon), [], places)).toEqual([]);
  });
});

describe('excerptOf', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(excerptOf('one two three four', 12)).toBe('one two…');
    expect(excerptOf('  short  text ', 40)).toBe('short text');
  });
});
