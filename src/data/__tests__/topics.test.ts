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

describe('topics and the deep-link registry', () => {
  const scenarios = DEEP_LINKS.filter((l) => l.kind === 'scenario');

  it.each(TOPICS.map((t) => [t.audience, t.id, t] as const))(
    'the %s topic %s is a registered scenario of its guide, with the same title',
    (_audience, _id, topic) => {
      const entry = scenarios.find((l) => l.route === GUIDE_ROUTES[topic.audience] && l.anchor === topic.id);
      expect(entry, `no registry scenario for ${GUIDE_ROUTES[topic.audience]}#${topic.id}`).toBeDefined();
      expect(entry?.title).toBe(topic.title);
    },
  );

  it('has a topic for every registered troubleshooting scenario', () => {
    const missing = scenarios.filter(
      (l) => !TOPICS.some((t) => GUIDE_ROUTES[t.audience] === l.route && t.id === l.anchor),
    );
    expect(missing.map((l) => l.id)).toEqual([]);
  });
});
