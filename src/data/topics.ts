/**
 * Troubleshooting topics a support request can be about: the scenarios of the
 * client and operator troubleshooting guides, derived from the deep-link
 * registry (`deepLinks.ts`, entries of kind `scenario` with their request
 * details), so a scenario's title, id and subject are stated once. The
 * request builder accepts `?topic=<id>` (for example from the operator
 * dashboard), shows the topic's guide and fills the subject line.
 *
 * Two scenarios exist in both guides (`activation-link-expired`,
 * `client-cant-access-activation-link`); the audience tells them apart.
 * Pure data, no React.
 *
 * @module
 */
import type {PriorityId} from '../sla/types';
import {DEEP_LINKS, getDeepLink, type DeepLink, type IssueKind} from './deepLinks';
import {isRole, ROLES, type Role} from './roles';

export type {IssueKind};

/** Who a troubleshooting guide is written for (the request builder's role). */
export type Audience = Role;

/** One troubleshooting scenario. */
export interface Topic {
  /** The scenario's heading id in its guide, for example `pdf-download-failing`. */
  readonly id: string;
  /** Its deep-link registry id, for example `client.pdf-download-failing`. */
  readonly linkId: string;
  /** Which guide: `client` is docs/clients/troubleshooting.md, `operator` docs/operators/troubleshooting.md. */
  readonly audience: Role;
  /** The heading text of the scenario, as in the guide. */
  readonly title: string;
  /** The summary part of a request's subject line, in the seed's form, for example `Client PDF download failing`. */
  readonly subject: string;
  /** The kind of issue, which decides the sections of the request. */
  readonly kind: IssueKind;
  /** The usual priority of a request about it. */
  readonly priority: PriorityId;
}

/** The registry id of each role's troubleshooting guide page. */
const GUIDE_PAGE_IDS: Readonly<Record<Role, string>> = {
  client: 'client.troubleshooting',
  operator: 'operator.troubleshooting',
};

/** The route of each role's troubleshooting guide, from the registry. */
export const GUIDE_ROUTES: Readonly<Record<Role, string>> = Object.fromEntries(
  ROLES.map((role) => [role, getDeepLink(GUIDE_PAGE_IDS[role]).route]),
) as Record<Role, string>;

/**
 * A registry scenario as a topic.
 *
 * @throws {Error} naming the entry when it has no request details, no anchor
 *   or an audience that is not a role (the registry's schema rejects those too).
 */
function toTopic(link: DeepLink): Topic {
  const {request, anchor, audience} = link;
  if (!request || !anchor || !isRole(audience)) {
    throw new Error(`Scenario "${link.id}" needs an anchor, a client or operator audience and request details`);
  }
  return {id: anchor, linkId: link.id, audience, title: link.title, ...request};
}

/** Every troubleshooting scenario of both guides, in registry (guide) order. */
export const TOPICS: readonly Topic[] = DEEP_LINKS.filter((l) => l.kind === 'scenario').map(toTopic);

/**
 * A topic's key, unique across both guides: `<audience>:<id>`, for example
 * `client:pdf-download-failing`. The request draft stores this key.
 */
export function topicKey(topic: Topic): string {
  return `${topic.audience}:${topic.id}`;
}

/** The topic with a key made by {@link topicKey}, or `undefined`. */
export function topicByKey(key: string): Topic | undefined {
  return TOPICS.find((t) => topicKey(t) === key);
}

/**
 * The topic with a heading id, preferring the guide of `audience` when the id
 * exists in both guides (else the first guide that has it, clients first).
 *
 * @param id - a heading id, for example `pdf-download-failing` (exact, case-sensitive).
 * @param audience - the role, when known.
 * @returns the topic, or `undefined` for an unknown id.
 */
export function findTopic(id: string, audience?: Role): Topic | undefined {
  const matches = TOPICS.filter((t) => t.id === id);
  return matches.find((t) => t.audience === audience) ?? matches[0];
}

/** The site path of a topic's section, for example `/clients/troubleshooting#pdf-download-failing`. */
export function topicPath(topic: Topic): string {
  return `${GUIDE_ROUTES[topic.audience]}#${topic.id}`;
}
