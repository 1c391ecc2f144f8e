// @ts-check
/**
 * Synthetic troubleshooting articles for the scale benchmark: realistic
 * length (about 700-1,100 words), a title, a description, and h2/h3 sections
 * (symptoms, causes, numbered fixes, when to contact support), as the real
 * guides have. Deterministic: the same index always gives the same article,
 * so both sites get identical content and runs are comparable.
 *
 * Text is plain Markdown that is also valid MDX (no `{`, `<` or `}`).
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

/**
 * A small deterministic PRNG (mulberry32). Returns floats in [0, 1).
 * @param {number} seed
 */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLIENT_SUBJECTS = [
  'activation link',
  'agreement PDF',
  'activation page',
  'signature step',
  'confirmation email',
  'agreement summary',
  'download button',
  'mobile browser',
  'identity check',
  'acceptance checkbox',
];
const OPERATOR_SUBJECTS = [
  'dashboard',
  'Google sign-in',
  'link generator',
  'real-time updates',
  'CRM sync',
  'client list',
  'activation report',
  'webhook',
  'team permissions',
  'export to CSV',
];
const PROBLEMS = [
  'shows an error',
  'does not load',
  'is blank',
  'times out',
  'shows old data',
  'is slow',
  'rejects the request',
  'stops after a few seconds',
  'shows the wrong language',
  'loops back to the start',
];
const CONTEXTS = [
  'on Safari',
  'on Android',
  'after an update',
  'behind a company proxy',
  'with an ad blocker',
  'in a private window',
  'on a shared computer',
  'after the link was forwarded',
  'in the evening',
  'on a tablet',
];
const WORDS = (
  'the page browser link agreement client operator account session request server network connection cache ' +
  'cookie setting extension update status message screen button field form email address phone time zone ' +
  'business hours support team priority response certificate password login token permission role record ' +
  'report export import webhook integration sync queue retry delay timeout window tab device storage space ' +
  'download upload file document signature confirmation reminder expiry renewal history audit log error code'
).split(' ');
const VERBS = (
  'check open reload clear restart verify confirm compare update enable disable allow remove retry wait ' +
  'send copy paste select choose sign review save close reopen contact report'
).split(' ');

/**
 * Writes `count` synthetic articles as `<dir>/<audience>/article-NNN.md`,
 * half for clients and half for operators (audience folders `clients` and
 * `operators`). Returns the number of words written.
 *
 * @param {string} dir folder to write into (created if missing)
 * @param {number} count number of articles
 * @returns {{files: string[], words: number}}
 */
export function writeSyntheticArticles(dir, count) {
  const files = [];
  let words = 0;
  for (let i = 0; i < count; i++) {
    const audience = i % 2 === 0 ? 'clients' : 'operators';
    const {markdown, wordCount} = article(i, audience);
    const folder = join(dir, audience);
    mkdirSync(folder, {recursive: true});
    const file = join(folder, `article-${String(i + 1).padStart(3, '0')}.md`);
    writeFileSync(file, markdown);
    files.push(file);
    words += wordCount;
  }
  return {files, words};
}

/**
 * One article.
 * @param {number} i article number (the seed)
 * @param {'clients' | 'operators'} audience
 */
function article(i, audience) {
  const rnd = prng(0x5eed + i * 7919);
  const pick = (/** @type {string[]} */ list) => list[Math.floor(rnd() * list.length)];
  const subject = pick(audience === 'clients' ? CLIENT_SUBJECTS : OPERATOR_SUBJECTS);
  const problem = pick(PROBLEMS);
  const context = pick(CONTEXTS);
  const code = `E${1000 + ((i * 37) % 9000)}`;
  const title = `${cap(subject)} ${problem} ${context} (${code})`;
  const sentence = (min = 10, max = 22) => {
    const n = min + Math.floor(rnd() * (max - min));
    const w = Array.from({length: n}, () => (rnd() < 0.2 ? pick(VERBS) : pick(WORDS)));
    return `${cap(w.join(' '))}.`;
  };
  const paragraph = (n = 3 + Math.floor(rnd() * 3)) => Array.from({length: n}, () => sentence()).join(' ');
  const lines = [
    '---',
    `title: "${title}"`,
    `description: "What to do when the ${subject} ${problem} ${context}: symptoms, causes and fixes."`,
    '---',
    '',
    `When the ${subject} ${problem} ${context}, you may see error code ${code}. ${paragraph(3)}`,
    '',
    '## Symptoms',
    '',
    ...Array.from({length: 3 + Math.floor(rnd() * 3)}, () => `- ${sentence(6, 14)}`),
    '',
    paragraph(),
    '',
    '## Causes',
    '',
  ];
  const causes = 2 + Math.floor(rnd() * 3);
  for (let c = 1; c <= causes; c++) {
    lines.push(`### Cause ${c}: ${pick(WORDS)} ${pick(WORDS)} ${pick(PROBLEMS)}`, '', paragraph(), '');
  }
  lines.push('## How to fix it', '');
  const steps = 4 + Math.floor(rnd() * 4);
  for (let s = 1; s <= steps; s++)
    lines.push(`${s}. **${cap(pick(VERBS))} the ${pick(WORDS)}**: ${sentence()} ${sentence()}`);
  lines.push('', paragraph(), '', '### If the fix does not help', '', paragraph(), '');
  lines.push(
    '## When to contact support',
    '',
    `Tell us the error code ${code}, what you tried and when it happened. ${paragraph(2)}`,
    '',
  );
  const markdown = lines.join('\n');
  return {markdown, wordCount: markdown.split(/\s+/).length};
}

/** @param {string} s */
function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
