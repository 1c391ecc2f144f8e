/**
 * Troubleshooting topics a support request can be about: the scenarios of the
 * client and operator troubleshooting guides, keyed by their stable heading
 * ids. The request builder accepts `?topic=<id>` (for example from the
 * operator dashboard), shows the topic's guide and fills the subject line.
 *
 * The ids are the heading ids of `docs/clients/troubleshooting.md` and
 * `docs/operators/troubleshooting.md` (a unit test checks each one exists
 * there, with the same title). Two scenarios exist in both guides
 * (`activation-link-expired`, `client-cant-access-activation-link`); the
 * audience tells them apart. Pure data, no React.
 *
 * @module
 */

/** Who a troubleshooting guide is written for (the request builder's role). */
export type Audience =
  /** A client who received an activation link. */
  | 'client'
  /** An operator of the dashboard. */
  | 'operator';

/**
 * Which sections of the request apply to a kind of issue:
 * - `activation`: a client's activation link, activation or PDF (technical
 *   details and activation details);
 * - `technical`: errors, the dashboard, integrations (technical details);
 * - `other`: a question, training or anything else (no extra section).
 */
export type IssueKind = 'activation' | 'technical' | 'other';

/** One troubleshooting scenario. */
export interface Topic {
  /** The scenario's heading id in its guide, for example `pdf-download-failing`. */
  readonly id: string;
  /** Which guide: `client` is docs/clients/troubleshooting.md, `operator` docs/operators/troubleshooting.md. */
  readonly audience: Audience;
  /** The heading text of the scenario, as in the guide. */
  readonly title: string;
  /** The summary part of a request's subject line, in the seed's form, for example `Client PDF download failing`. */
  readonly subject: string;
  /** The kind of issue, which decides the sections of the request. */
  readonly kind: IssueKind;
}

/** The route of each audience's troubleshooting guide. */
export const GUIDE_ROUTES: Readonly<Record<Audience, string>> = {
  client: '/clients/troubleshooting',
  operator: '/operators/troubleshooting',
};

/** Every troubleshooting scenario of both guides, in guide order. */
export const TOPICS: readonly Topic[] = [
  {
    audience: 'client',
    id: 'client-cant-access-activation-link',
    title: "Client can't access activation link",
    subject: 'Activation link not opening',
    kind: 'activation',
  },
  {
    audience: 'client',
    id: 'activation-link-expired',
    title: 'Activation link expired',
    subject: 'Activation link expired',
    kind: 'activation',
  },
  {
    audience: 'client',
    id: 'agreement-wont-activate',
    title: "Agreement won't activate",
    subject: 'Agreement will not activate',
    kind: 'activation',
  },
  {
    audience: 'client',
    id: 'pdf-download-failing',
    title: 'PDF download failing',
    subject: 'Agreement PDF download failing',
    kind: 'activation',
  },
  {
    audience: 'client',
    id: 'pop-ups-blocked',
    title: 'Pop-ups blocked',
    subject: 'Pop-ups blocked for PDF download',
    kind: 'activation',
  },
  {
    audience: 'client',
    id: 'not-enough-storage-space',
    title: 'Not enough storage space',
    subject: 'PDF download: storage error',
    kind: 'activation',
  },
  {
    audience: 'client',
    id: 'pdf-wont-open',
    title: "PDF won't open",
    subject: 'Agreement PDF does not open',
    kind: 'activation',
  },
  {
    audience: 'client',
    id: 'wrong-email-or-forwarded-link',
    title: 'Wrong email or forwarded link',
    subject: 'Activation link sent to the wrong person',
    kind: 'activation',
  },
  {
    audience: 'client',
    id: 'mobile-issues',
    title: 'Problems on a phone or tablet',
    subject: 'Activation on a phone or tablet failing',
    kind: 'activation',
  },
  {
    audience: 'operator',
    id: 'dashboard-not-loading',
    title: 'Dashboard not loading',
    subject: 'Dashboard not loading',
    kind: 'technical',
  },
  {
    audience: 'operator',
    id: 'wrong-google-account',
    title: 'Signed in with the wrong Google account',
    subject: 'Dashboard sign-in: wrong Google account',
    kind: 'technical',
  },
  {
    audience: 'operator',
    id: 'real-time-updates-stopped',
    title: 'Real-time updates stopped',
    subject: 'Dashboard real-time updates stopped',
    kind: 'technical',
  },
  {
    audience: 'operator',
    id: 'crm-integration-not-working',
    title: 'CRM integration not working',
    subject: 'CRM integration not working',
    kind: 'technical',
  },
  {
    audience: 'operator',
    id: 'activation-link-expired',
    title: 'Activation link expired',
    subject: 'Client activation link expired',
    kind: 'activation',
  },
  {
    audience: 'operator',
    id: 'client-cant-access-activation-link',
    title: "Client can't access activation link",
    subject: 'Client cannot open activation link',
    kind: 'activation',
  },
  {
    audience: 'operator',
    id: 'pdf-generation-problems',
    title: 'PDF generation problems',
    subject: 'Client PDF generation failing',
    kind: 'activation',
  },
  {
    audience: 'operator',
    id: 'permissions-and-account-status',
    title: 'Permissions and account status',
    subject: 'Operator permissions and account status',
    kind: 'technical',
  },
];

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
export function findTopic(id: string, audience?: Audience): Topic | undefined {
  const matches = TOPICS.filter((t) => t.id === id);
  return matches.find((t) => t.audience === audience) ?? matches[0];
}

/** The site path of a topic's section, for example `/clients/troubleshooting#pdf-download-failing`. */
export function topicPath(topic: Topic): string {
  return `${GUIDE_ROUTES[topic.audience]}#${topic.id}`;
}
