import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {findTopic, GUIDE_ROUTES, TOPICS, topicByKey, topicKey, topicPath, type Audience} from '../topics';
import {DEEP_LINKS} from '../deepLinks';

/** The `## Title {/* #id *\/}` headings of a guide, as id -> title. */
function h2Headings(audience: Audience): Map<string, string> {
  const file = join(__dirname, '..', '..', '..', 'docs', `${audience}s`, 'troubleshooting.md');
  const headings = new Map<string, string>();
  for (const match of readFileSync(file, 'utf8').matchAll(/^## (.+?) \{\/\* #([a-z0-9-]+) \*\/\}\s*$/gm)) {
    headings.set(match[2], match[1]);
  }
  return headings;
}

/** Sections of the guides that are not troubleshooting scenarios. */
const NOT_SCENARIOS = new Set(['before-you-start', 'still-need-help', 'browser-console-errors']);

describe('TOPICS', () => {
  const guides = {client: h2Headings('client'), operator: h2Headings('operator')};

  it('reads headings from both guides (the parser finds something)', () => {
    expect(guides.client.size).toBeGreaterThan(5);
    expect(guides.operator.size).toBeGreaterThan(5);
  });

  it.each(TOPICS.map((t) => [topicKey(t), t]))('%s is a heading of its guide, with the same title', (_key, topic) => {
    const title = guides[topic.audience].get(topic.id);
    expect(title, `no heading {/* #${topic.id} */} in the ${topic.audience} guide`).toBeDefined();
    expect(topic.title).toBe(title);
  });

  it('covers every troubleshooting scenario of both guides', () => {
    for (const audience of ['client', 'operator'] as const) {
      const missing = [...guides[audience].keys()].filter(
        (id) => !NOT_SCENARIOS.has(id) && !TOPICS.some((t) => t.audience === audience && t.id === id),
      );
      expect(missing, `scenarios of the ${audience} guide without a topic`).toEqual([]);
    }
  });

  it('has unique keys and a non-empty subject without line breaks', () => {
    const keys = TOPICS.map(topicKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of TOPICS) expect(t.subject).toMatch(/^[^\r\n]{3,80}$/);
  });
});

describe('finding topics', () => {
  it('prefers the guide of the given role when an id is in both guides', () => {
    expect(findTopic('activation-link-expired', 'operator')?.subject).toBe('Client activation link expired');
    expect(findTopic('activation-link-expired', 'client')?.subject).toBe('Activation link expired');
  });

  it('falls back to the guide that has the id, and to the client guide without a role', () => {
    expect(findTopic('dashboard-not-loading', 'client')?.audience).toBe('operator');
    expect(findTopic('activation-link-expired')?.audience).toBe('client');
  });

  it('finds nothing for an unknown id or a different case', () => {
    expect(findTopic('no-such-topic')).toBeUndefined();
    expect(findTopic('PDF-DOWNLOAD-FAILING')).toBeUndefined();
  });

  it('round-trips a key and builds the section path', () => {
    const topic = findTopic('pdf-download-failing', 'client');
    expect(topic && topicByKey(topicKey(topic))).toBe(topic);
    expect(topic && topicPath(topic)).toBe('/clients/troubleshooting#pdf-download-failing');
    expect(GUIDE_ROUTES.operator).toBe('/operators/troubleshooting');
    expect(topicByKey('client:nope')).toBeUndefined();
  });
});

describe('topics from the deep-link registry', () => {
  it('are exactly the registry entries of kind scenario, each with its request details', () => {
    const scenarios = DEEP_LINKS.filter((l) => l.kind === 'scenario');
    expect(TOPICS.map((t) => t.linkId)).toEqual(scenarios.map((l) => l.id));
    for (const topic of TOPICS) {
      const link = scenarios.find((l) => l.id === topic.linkId);
      expect(link?.route, topic.linkId).toBe(GUIDE_ROUTES[topic.audience]);
      expect(link?.anchor, topic.linkId).toBe(topic.id);
      expect(link?.request, topic.linkId).toEqual({subject: topic.subject, kind: topic.kind, priority: topic.priority});
    }
  });

  it('give each scenario of a guide its own subject line', () => {
    for (const audience of ['client', 'operator'] as const) {
      const subjects = TOPICS.filter((t) => t.audience === audience).map((t) => t.subject);
      expect(
        subjects.filter((s, i) => subjects.indexOf(s) !== i),
        `repeated subjects in the ${audience} guide`,
      ).toEqual([]);
    }
  });
});
