import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {supportConfig} from '../data/supportConfig';
import {DEEP_LINKS} from '../data/deepLinks';
import {PRIORITY_IDS} from '../sla/types';
import {headingsOf, readDocs} from '../data/__tests__/docsSource';

/**
 * One fact, one home (CONTRIBUTING.md): the facts below are stated once, in
 * `src/data`, and rendered by components everywhere else. Each test fails
 * when a copy reappears in the Markdown sources or in a component, and says
 * which component renders the fact instead. The patterns come from the
 * config, so a changed value is still found.
 */

const ROOT = join(__dirname, '..', '..');
const docs = readDocs();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '__tests__' ? [] : walk(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Components, pages and theme: where React renders text. */
const components = ['components', 'pages', 'theme'].flatMap((d) => walk(join(ROOT, 'src', d)));

/** A source file without its comments (TSDoc examples may show a fact's value), lines kept in place. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** Lines of `text` that match `pattern`, as `file:line: text`. */
function matches(file: string, text: string, pattern: RegExp): string[] {
  return text
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => pattern.test(line))
    .map(([line, n]) => `${relative(ROOT, file)}:${n}: ${line.trim().slice(0, 120)}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('one home for each fact', () => {
  it('reads the sources (the checks see something)', () => {
    expect(docs.length).toBeGreaterThan(8);
    expect(components.length).toBeGreaterThan(20);
  });

  it('states the activation link validity only in the config: pages render <LinkValidity />', () => {
    const hours = supportConfig.activationLink.validityHours;
    const copy = new RegExp(`\\b${hours}[- ]?(hours?|h)\\b`, 'i');
    const found = [
      ...docs.flatMap((d) => matches(join(ROOT, d.file), d.source, copy)),
      ...components.flatMap((f) => matches(f, code(f), copy)),
    ];
    expect(found, 'use <LinkValidity /> (or linkValidityText in code)').toEqual([]);
  });

  it('types no subject tag or escalation keyword in the pages: they render <SubjectTag />, <EscalationKeyword />', () => {
    const words = [
      ...PRIORITY_IDS.map((p) => supportConfig.priorities[p].subjectTag).filter((t): t is string => !!t),
      supportConfig.escalation.subjectKeyword,
    ];
    const copy = new RegExp(`\\b(${words.map(escapeRegExp).join('|')})\\b`);
    expect(docs.flatMap((d) => matches(join(ROOT, d.file), d.source, copy))).toEqual([]);
  });

  it('gives every troubleshooting scenario’s email its one subject: no <Email subject> inside a scenario', () => {
    const scenarios = DEEP_LINKS.filter((l) => l.kind === 'scenario');
    const found: string[] = [];
    for (const doc of docs) {
      const lines = doc.source.split('\n');
      const headings = headingsOf(doc.source);
      headings.forEach((heading, i) => {
        if (!scenarios.some((s) => s.route === doc.route && s.anchor === heading.id)) return;
        const end = headings.slice(i + 1).find((h) => h.level <= heading.level)?.line ?? lines.length + 1;
        lines.slice(heading.line, end - 1).forEach((line, j) => {
          if (/<Email\b[^>]*\bsubject=/.test(line)) found.push(`${doc.file}:${heading.line + j + 1} (#${heading.id})`);
        });
      });
    }
    expect(found, 'use <ScenarioEmail scenario="…" />: its subject comes from the registry').toEqual([]);
  });

  it('types each other subject once', () => {
    const subjects = docs.flatMap((d) => [...d.source.matchAll(/<Email\b[^>]*\bsubject="([^"]+)"/g)].map((m) => m[1]!));
    expect(
      subjects.filter((s, i) => subjects.indexOf(s) !== i),
      'a repeated subject belongs in the config',
    ).toEqual([]);
  });

  it('types no email address or phone number of the config in the pages', () => {
    const facts = supportConfig.channels.flatMap((c) =>
      c.kind === 'email' ? [`${c.mailbox}@${supportConfig.domain}`] : c.kind === 'phone' ? [c.display, c.e164] : [],
    );
    const copy = new RegExp(facts.map(escapeRegExp).join('|'));
    const found = [
      ...docs.flatMap((d) => matches(join(ROOT, d.file), d.source, copy)),
      ...components.flatMap((f) => matches(f, code(f), copy)),
    ];
    expect(found, 'use <Email channel="…" /> and <Phone channel="…" />').toEqual([]);
  });

  it('types no route of the site in a component: links come from the deep-link registry (deepLinkHref)', () => {
    const literal = /\b(to|href)=["'{`]+\/[a-z]/;
    expect(components.flatMap((f) => matches(f, code(f), literal))).toEqual([]);
  });
});
