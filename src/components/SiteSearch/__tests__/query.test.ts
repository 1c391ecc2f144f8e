import {describe, expect, it} from 'vitest';
import {compileVocabulary, rewriteQuery, type SearchVocabulary} from '../query';
import {fixtureLexicon} from './fixtures';

const lexicon = fixtureLexicon();
const read = (q: string) => rewriteQuery(q, lexicon);
const concepts = (q: string) =>
  read(q).concepts.map((c) => [c.text, c.group ?? null, c.alternatives.map((a) => a.join(' '))]);

describe('rewriteQuery: the reader’s words in the site’s words', () => {
  it.each(['log in', 'login', 'signin', 'sign in', 'Log-in', 'logged in'])(
    'reads "%s" as signing in, never as "logs"',
    (q) => {
      expect(concepts(q)).toEqual([[expect.any(String), 'sign-in', ['sign']]]);
      expect(read(q).searches).toEqual(['sign']);
    },
  );

  it('reads a lone "logs" as the console logs', () => {
    expect(concepts('logs')).toEqual([['logs', 'console', ['console']]]);
  });

  it('reads "white screen after login" as a blank page after signing in', () => {
    expect(concepts('white screen after login')).toEqual([
      ['white screen', 'blank-page', ['blank']],
      ['login', 'sign-in', ['sign']],
    ]);
    expect(read('white screen after login').searches[0]).toBe('blank sign');
  });

  it('searches every concept together first, then each alternative alone', () => {
    expect(read('phone number emergency').searches).toEqual([
      'phone support emergency',
      'phone emergency',
      'call emergency',
      'phone support',
      'phone',
      'call',
      'emergency',
    ]);
  });

  it('drops filler words, and keeps a word the site does not use as a concept it cannot have', () => {
    const q = read('cancel my subscription');
    expect(q.concepts.map((c) => [c.text, c.known])).toEqual([
      ['cancel', true],
      ['subscription', false],
    ]);
  });

  it('finds nothing to search in filler words alone', () => {
    expect(read('how do I').searches).toEqual([]);
    expect(read('   ').searches).toEqual([]);
  });

  it('treats markup as text', () => {
    expect(read('<img src=x onerror=alert(1)>').concepts.map((c) => c.text)).toEqual([
      'img',
      'src',
      'x',
      'onerror',
      'alert',
      '1',
    ]);
  });
});

describe('rewriteQuery: intent, role and soft words', () => {
  it('takes a negation or a problem word for a problem, a question word for a question', () => {
    expect(read("why can't I log in").intent).toBe('problem');
    expect(read('pdf download failed').intent).toBe('problem');
    expect(read('how long is the link valid').intent).toBe('question');
    expect(read('link valid?').intent).toBe('question');
    expect(read('expired link').intent).toBeUndefined();
  });

  it('searches problem words the site uses as soft words, and never negations', () => {
    const q = read("dashboard can't load errors");
    expect(q.soft).toEqual(['errors']);
    expect(q.concepts.map((c) => c.text)).toEqual(['dashboard', 'load']);
    expect(q.searches).toContain('dashboard load errors');
    expect(q.searches).toContain('dashboard load');
  });

  it('searches soft words as the concepts when the query has nothing else', () => {
    expect(read('errors').concepts.map((c) => c.text)).toEqual(['errors']);
  });

  it('tells who is asking from their words, and nothing when the words disagree', () => {
    expect(read('my client cannot open the link').role).toBe('operator');
    expect(read('i received a link').role).toBe('client');
    expect(read('i received a link for my client').role).toBeUndefined();
    expect(read('pdf download').role).toBeUndefined();
  });
});

describe('rewriteQuery: typos', () => {
  it.each([
    ['activaton link expired', 'activation'],
    ['dashbord not loading', 'dashboard'],
    ['downlaod pdf', 'download'],
    ['emergancy line', 'emergency'],
  ])('corrects "%s"', (q, word) => {
    const r = read(q);
    expect(r.corrections.map((c) => c.to)).toEqual([word]);
    expect(r.corrected).toContain(word);
  });

  it('does not correct the last word while it may still be typed', () => {
    expect(read('pdf downl').corrections).toEqual([]);
    expect(read('pdf downl').concepts.at(-1)).toMatchObject({text: 'downl', known: true});
    // Once a space follows it, the word is finished.
    expect(read('downlaod ').corrections).toEqual([{from: 'downlaod', to: 'download'}]);
  });

  it('does not correct short words, nor the vocabulary table’s own words ("hacked" stays hacked)', () => {
    expect(read('hacked').corrections).toEqual([]);
    expect(read('hacked').concepts[0]?.group).toBe('security-incident');
    expect(read('sgin').corrections).toEqual([]);
  });
});

describe('compileVocabulary', () => {
  const vocabulary: SearchVocabulary = {
    synonyms: [{id: 'pop-up', readerWords: ['Pop-Up', 'pop up blocker'], siteWords: ['pop ups']}],
    problemWords: ['error'],
    negations: ["can't"],
    questionWords: ['how'],
    roleWords: {client: ['my pdf'], operator: ['my client']},
    fillerWords: ['the', 'pop up'],
  };

  it('normalises phrases, so that "Pop-Up" and "pop up" are one phrase, and a synonym wins over a filler phrase', () => {
    const c = compileVocabulary(vocabulary);
    expect(c.phrases.get('pop up')).toMatchObject({kind: 'synonym'});
    expect(c.longest).toBe(3);
    expect([...c.words].sort()).toEqual([
      'blocker',
      "can't",
      'client',
      'error',
      'how',
      'my',
      'pdf',
      'pop',
      'the',
      'up',
    ]);
  });

  it('reads a query with another vocabulary', () => {
    const q = rewriteQuery('the POP-UP blocker error', fixtureLexicon(), compileVocabulary(vocabulary));
    expect(q.concepts.map((c) => c.group)).toEqual(['pop-up']);
    expect(q.intent).toBe('problem');
  });
});
