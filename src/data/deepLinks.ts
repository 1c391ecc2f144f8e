/**
 * The deep-link registry: every place in the help center that the operator
 * dashboard (or any other product) may link to, with a stable id.
 *
 * This list is a contract. The build fails, naming the entry, when a route or
 * an element id registered here is missing from the built HTML, and when two
 * entries share an id (`src/plugins/support-data`). It is published with the
 * base URL applied as `/deep-links.json`, and the "Linking to the help center"
 * page renders its tables from it. A unit test checks that every heading of
 * the troubleshooting guides and FAQs has an entry.
 *
 * Rules:
 * - An entry's `id` never changes once published; a renamed heading keeps its
 *   old element id in its MDX comment (`## New title`, then the old `#id`).
 * - A page that moves keeps a redirect from its old route (see
 *   `redirects.ts`); the entry's `route` is updated to the new one.
 * - Targets never sit inside a `<TabItem>` or a `<details>` block: a hash link
 *   cannot scroll to a hidden element.
 *
 * Plain data, no React, no Zod: safe to import from components.
 */
import type {PriorityId} from '../sla/types';
import type {ChannelId} from './schema';
import {supportConfig} from './supportConfig';
import {AUDIENCES, type Audience} from './roles';
import type {StatusComponentId} from './statusComponents';

export {AUDIENCES, type Audience};

/** What an entry points at. */
export const DEEP_LINK_KINDS = ['page', 'scenario', 'question', 'section', 'channel', 'tool'] as const;

/**
 * What an entry points at.
 * - `page`: a whole page (no anchor).
 * - `scenario`: a troubleshooting scenario: a problem with its steps.
 * - `question`: one FAQ question and its answer.
 * - `section`: any other heading (FAQ groups, sub-steps, reference sections).
 * - `channel`: a contact channel (its section or its row of the contact summary table).
 * - `tool`: an element rendered by a component: the priority picker, the service-level table.
 */
export type DeepLinkKind = (typeof DEEP_LINK_KINDS)[number];

/**
 * Which sections of a support request apply to a kind of issue:
 * - `activation`: a client's activation link, activation or PDF (technical
 *   details and activation details);
 * - `technical`: errors, the dashboard, integrations (technical details);
 * - `other`: a question, training or anything else (no extra section).
 */
export type IssueKind = (typeof ISSUE_KINDS)[number];

/** The kinds of issue, in the order the request builder offers them. */
export const ISSUE_KINDS = ['activation', 'technical', 'other'] as const;

/**
 * What a support request about a troubleshooting scenario needs: the one
 * subject of the scenario (its "If it still fails" email and the request
 * builder's subject line both use it), the kind of issue (which decides the
 * request's sections) and its usual priority (which decides where the
 * scenario's email goes, by the route rule of the config).
 */
export interface ScenarioRequest {
  /** The summary part of the subject line, in the seed's form, for example `Agreement PDF download failing`. */
  readonly subject: string;
  /** The kind of issue. */
  readonly kind: IssueKind;
  /** The usual priority of a request about it. */
  readonly priority: PriorityId;
}

/** One link target of the registry. */
export interface DeepLink {
  /** Stable, unique, dotted lowercase slug, e.g. `client.pdf-download-failing`. Never changes. */
  readonly id: string;
  /** Site route without the base URL, starting with `/`, e.g. `/clients/troubleshooting`. */
  readonly route: string;
  /** Element id on that route, without `#`; absent for a whole page. */
  readonly anchor?: string;
  /** What the link opens, as the page shows it (the heading text). */
  readonly title: string;
  readonly audience: Audience;
  readonly kind: DeepLinkKind;
  /**
   * For a troubleshooting scenario only: what a request about it needs. Not
   * published in `/deep-links.json` (it is the request builder's business).
   */
  readonly request?: ScenarioRequest;
  /**
   * The service components (`src/data/statusComponents.ts`) whose incidents
   * concern this scenario or question: while one is open, the section shows
   * it above its steps, and the request builder for the topic says so.
   */
  readonly components?: readonly StatusComponentId[];
}

/** A heading of a page: element id, heading text, kind, and the scenario's request and status components. */
type Heading = readonly [
  anchor: string,
  title: string,
  kind: Exclude<DeepLinkKind, 'page'>,
  request?: ScenarioRequest,
  components?: readonly StatusComponentId[],
];

const scenario = (
  anchor: string,
  title: string,
  request: ScenarioRequest,
  components?: readonly StatusComponentId[],
): Heading => [anchor, title, 'scenario', request, components];
const question = (anchor: string, title: string, components?: readonly StatusComponentId[]): Heading => [
  anchor,
  title,
  'question',
  undefined,
  components,
];
const section = (anchor: string, title: string): Heading => [anchor, title, 'section'];

/**
 * The entries of one page: the page itself (id `pageId`, when given) and one
 * entry per heading, id `idPrefix` + `.` + element id.
 */
function page(
  meta: {pageId?: string; idPrefix: string; route: string; title: string; audience: Audience},
  headings: readonly Heading[],
): DeepLink[] {
  const {pageId, idPrefix, route, title, audience} = meta;
  const entries: DeepLink[] = headings.map(([anchor, headingTitle, kind, request, components]) => ({
    id: `${idPrefix}.${anchor}`,
    route,
    anchor,
    title: headingTitle,
    audience,
    kind,
    ...(request ? {request} : {}),
    ...(components ? {components} : {}),
  }));
  return pageId ? [{id: pageId, route, title, audience, kind: 'page'}, ...entries] : entries;
}

const clientTroubleshooting = page(
  {
    pageId: 'client.troubleshooting',
    idPrefix: 'client',
    route: '/clients/troubleshooting',
    title: 'Client Troubleshooting Guide',
    audience: 'client',
  },
  [
    section('before-you-start', 'Before you start'),
    scenario(
      'client-cant-access-activation-link',
      "Client can't access activation link",
      {
        subject: 'Activation link not opening',
        kind: 'activation',
        priority: 'high',
      },
      ['activation-links'],
    ),
    scenario(
      'activation-link-expired',
      'Activation link expired',
      {
        subject: 'Activation link expired',
        kind: 'activation',
        priority: 'high',
      },
      ['activation-links'],
    ),
    scenario(
      'agreement-wont-activate',
      "Agreement won't activate",
      {
        subject: 'Agreement will not activate',
        kind: 'activation',
        priority: 'high',
      },
      ['activation-page'],
    ),
    scenario(
      'pdf-download-failing',
      'PDF download failing',
      {
        subject: 'Agreement PDF download failing',
        kind: 'activation',
        priority: 'high',
      },
      ['pdf'],
    ),
    scenario('pop-ups-blocked', 'Pop-ups blocked', {
      subject: 'Pop-ups blocked for PDF download',
      kind: 'activation',
      priority: 'medium',
    }),
    section('pop-ups-chrome', 'Allow pop-ups in Chrome'),
    section('pop-ups-edge', 'Allow pop-ups in Edge'),
    section('pop-ups-firefox', 'Allow pop-ups in Firefox'),
    section('pop-ups-safari', 'Allow pop-ups in Safari'),
    scenario('not-enough-storage-space', 'Not enough storage space', {
      subject: 'PDF download: storage error',
      kind: 'activation',
      priority: 'medium',
    }),
    scenario(
      'pdf-wont-open',
      "PDF won't open",
      {
        subject: 'Agreement PDF does not open',
        kind: 'activation',
        priority: 'medium',
      },
      ['pdf'],
    ),
    scenario('wrong-email-or-forwarded-link', 'Wrong email or forwarded link', {
      subject: 'Activation link sent to the wrong person',
      kind: 'activation',
      priority: 'medium',
    }),
    scenario(
      'mobile-issues',
      'Problems on a phone or tablet',
      {
        subject: 'Activation on a phone or tablet failing',
        kind: 'activation',
        priority: 'medium',
      },
      ['activation-page'],
    ),
    section('still-need-help', 'Still need help?'),
  ],
);

const clientFaq = page(
  {pageId: 'client.faq', idPrefix: 'client.faq', route: '/clients/faq', title: 'Client FAQ', audience: 'client'},
  [
    section('your-activation-link', 'Your activation link'),
    question('why-did-i-receive-an-activation-link', 'Why did I receive an activation link?'),
    question('do-i-need-an-account', 'Do I need an account or a password?'),
    question('how-long-do-i-have-to-activate', 'How long do I have to activate?'),
    question('my-link-expired', 'My link expired. What now?'),
    question('can-i-forward-the-link', 'Can I forward the link to a colleague?'),
    question('link-not-meant-for-me', 'I received a link that is not meant for me. What should I do?'),
    section('activating-your-agreement', 'Activating your agreement'),
    question('what-does-activating-mean', 'What does activating my agreement mean?'),
    question('mistake-in-agreement', 'I found a mistake in my agreement. What should I do?'),
    question('activated-by-mistake', 'I activated by mistake. Can I undo it?'),
    question('can-i-activate-on-my-phone', 'Can I activate on my phone?'),
    question('activation-button-does-nothing', 'The activation button does nothing. Why?', ['activation-page']),
    section('your-agreement-pdf', 'Your agreement PDF'),
    question('how-do-i-download-the-pdf', 'How do I download the PDF?', ['pdf']),
    question('can-i-download-the-pdf-again', 'Can I download the PDF again later?'),
    question('where-did-my-pdf-go', 'Where did my PDF go?'),
    question('pdf-does-not-open', 'The PDF does not open. What can I do?', ['pdf']),
    section('getting-help', 'Getting help'),
    question('who-do-i-contact', 'Who do I contact for help?'),
    question('is-my-information-safe', 'Is my information safe?'),
  ],
);

const operatorTroubleshooting = page(
  {
    pageId: 'operator.troubleshooting',
    idPrefix: 'operator',
    route: '/operators/troubleshooting',
    title: 'Operator Troubleshooting Guide',
    audience: 'operator',
  },
  [
    section('before-you-start', 'Before you start'),
    scenario(
      'dashboard-not-loading',
      'Dashboard not loading',
      {
        subject: 'Dashboard not loading',
        kind: 'technical',
        priority: 'high',
      },
      ['dashboard'],
    ),
    scenario(
      'wrong-google-account',
      'Signed in with the wrong Google account',
      {
        subject: 'Dashboard sign-in: wrong Google account',
        kind: 'technical',
        priority: 'medium',
      },
      ['dashboard'],
    ),
    scenario(
      'real-time-updates-stopped',
      'Real-time updates stopped',
      {
        subject: 'Dashboard real-time updates stopped',
        kind: 'technical',
        priority: 'medium',
      },
      ['realtime'],
    ),
    scenario(
      'crm-integration-not-working',
      'CRM integration not working',
      {
        subject: 'CRM integration not working',
        kind: 'technical',
        priority: 'medium',
      },
      ['crm'],
    ),
    scenario(
      'activation-link-expired',
      'Activation link expired',
      {
        subject: 'Client activation link expired',
        kind: 'activation',
        priority: 'high',
      },
      ['activation-links'],
    ),
    scenario(
      'client-cant-access-activation-link',
      "Client can't access activation link",
      {
        subject: 'Client cannot open activation link',
        kind: 'activation',
        priority: 'high',
      },
      ['activation-links'],
    ),
    scenario(
      'pdf-generation-problems',
      'PDF generation problems',
      {
        subject: 'Client PDF generation failing',
        kind: 'activation',
        priority: 'high',
      },
      ['pdf'],
    ),
    scenario('permissions-and-account-status', 'Permissions and account status', {
      subject: 'Operator permissions and account status',
      kind: 'technical',
      priority: 'medium',
    }),
    section('browser-console-errors', 'Collect browser console errors'),
    section('still-need-help', 'Still need help?'),
  ],
);

const operatorFaq = page(
  {
    pageId: 'operator.faq',
    idPrefix: 'operator.faq',
    route: '/operators/faq',
    title: 'Operator FAQ',
    audience: 'operator',
  },
  [
    section('signing-in', 'Signing in'),
    question('how-do-i-sign-in', 'How do I sign in to the dashboard?', ['dashboard']),
    question('personal-google-account', 'Can I use my personal Google account?'),
    question('who-manages-access', 'Who gives me access or changes my permissions?'),
    section('activation-links', 'Activation links'),
    question('how-do-i-generate-an-activation-link', 'How do I generate an activation link?'),
    question('how-long-is-a-link-valid', 'How long is an activation link valid?'),
    question('how-should-i-send-the-link', 'How should I send the link to a client?'),
    question('client-link-expired', "A client's link expired. What do I do?"),
    question('activate-for-client', 'Can I activate an agreement for my client?'),
    section('dashboard-and-status', 'Dashboard and status'),
    question('how-do-i-know-a-client-activated', 'How do I know a client has activated?'),
    question('status-only-changes-after-reload', 'Why does the status only change after a reload?', ['realtime']),
    question('copy-of-client-pdf', "Can I get a copy of a client's PDF?"),
    section('crm-integration', 'CRM integration'),
    question('what-does-the-crm-integration-sync', 'What does the CRM integration sync?'),
    question('crm-sync-stopped', 'The CRM sync stopped. What should I check first?', ['crm']),
    section('getting-support', 'Getting support'),
    question('fastest-way-to-get-help', 'What is the fastest way to get help?'),
    question('reporting-a-client-problem', "What should I include when I report a client's problem?"),
    question('which-priority-should-i-use', 'Which priority should I use?'),
    question('how-do-i-escalate', 'How do I escalate a request?'),
    question('how-do-i-suggest-a-feature', 'How do I suggest a new feature?'),
  ],
);

const commonFaq = page({pageId: 'faq', idPrefix: 'faq', route: '/faq', title: 'Common FAQ', audience: 'all'}, [
  section('about-the-system', 'About the system'),
  question('what-is-the-agreement-activation-system', 'What is the agreement activation system?'),
  question('what-is-an-activation-link', 'What is an activation link?'),
  question('how-long-is-an-activation-link-valid', 'How long is an activation link valid?'),
  question('do-i-need-an-account', 'Do I need an account?'),
  question('which-browsers-are-supported', 'Which browsers are supported?'),
  question('how-do-i-find-my-pdf-later', 'How do I find my agreement PDF later?'),
  question('system-seems-down', 'What if the system seems to be down?', [
    'activation-links',
    'activation-page',
    'pdf',
    'dashboard',
  ]),
  section('getting-help', 'Getting help'),
  question('operator-or-support', 'Who should I contact first: my operator or support?'),
  question('how-do-i-contact-support', 'How do I contact support?'),
  question('what-priority-should-i-choose', 'What priority should I choose?'),
  question('what-are-your-business-hours', 'What are your business hours?'),
  question('are-you-open-on-holidays', 'Are you open on holidays?'),
  question('how-fast-will-you-respond', 'How fast will you respond?'),
  question('what-should-i-include', 'What should I include in a support request?'),
  question('which-languages-does-support-speak', 'Which languages does support speak?'),
  question('how-do-i-request-a-feature', 'How do I request a new feature?'),
  section('privacy-and-security', 'Privacy and security'),
  question('how-is-my-data-protected', 'How is my data protected?'),
  question('suspected-security-incident', 'What do I do if I suspect a security incident?'),
]);

/**
 * Each contact channel's section on the contact page: heading id, heading text
 * and audience. Keyed by every channel id, so a new channel fails to compile
 * until it has a link target.
 */
const CHANNEL_SECTIONS: Readonly<Record<ChannelId, {anchor: string; title: string; audience: Audience}>> = {
  general: {anchor: 'primary-support-contact', title: 'Primary support contact', audience: 'all'},
  urgent: {anchor: 'urgent-support', title: 'Urgent support', audience: 'all'},
  phone: {anchor: 'phone-support', title: 'Phone support', audience: 'all'},
  emergency: {anchor: 'emergency-support', title: 'Emergency support', audience: 'all'},
  // Live chat is inside the operator dashboard; clients have no account.
  chat: {anchor: 'live-chat-support', title: 'Live chat support', audience: 'operator'},
  features: {anchor: 'feature-requests', title: 'Feature requests', audience: 'all'},
};

const channelIds = Object.keys(CHANNEL_SECTIONS) as ChannelId[];

const contact: DeepLink[] = [
  {id: 'contact', route: '/contact', title: 'Contact Support', audience: 'all', kind: 'page'},
  ...channelIds.map((channel): DeepLink => ({
    id: `contact.${channel}`,
    route: '/contact',
    anchor: CHANNEL_SECTIONS[channel].anchor,
    title: CHANNEL_SECTIONS[channel].title,
    audience: CHANNEL_SECTIONS[channel].audience,
    kind: 'channel',
  })),
  {
    id: 'contact.summary',
    route: '/contact',
    anchor: 'contact-summary',
    title: 'Contact information summary',
    audience: 'all',
    kind: 'section',
  },
  // Rows of the contact summary table, rendered by ContactTable with the id `channel-<id>`.
  ...channelIds.map((channel): DeepLink => ({
    id: `contact.summary.${channel}`,
    route: '/contact',
    anchor: `channel-${channel}`,
    title: `${supportConfig.channels.find((c) => c.id === channel)?.label ?? channel} (contact summary)`,
    audience: CHANNEL_SECTIONS[channel].audience,
    kind: 'channel',
  })),
  {
    id: 'contact.information-to-include',
    route: '/contact',
    anchor: 'information-to-include',
    title: 'Information to include',
    audience: 'all',
    kind: 'section',
  },
  {
    id: 'contact.escalation',
    route: '/contact',
    anchor: 'escalation-procedures',
    title: 'Escalation procedures',
    audience: 'operator',
    kind: 'section',
  },
];

/** The priority sections of the priorities page, keyed by every priority id. */
const PRIORITY_SECTIONS: Readonly<Record<PriorityId, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

const priorities: DeepLink[] = [
  {id: 'priorities', route: '/priorities', title: 'Priority Levels', audience: 'all', kind: 'page'},
  // Rendered by the PriorityPicker component; takes the `priority` and `submitted` query parameters.
  {
    id: 'priority-picker',
    route: '/priorities',
    anchor: 'priority-picker',
    title: 'Priority picker',
    audience: 'all',
    kind: 'tool',
  },
  {
    id: 'priorities.how-to-choose',
    route: '/priorities',
    anchor: 'how-to-choose',
    title: 'How to choose a priority',
    audience: 'all',
    kind: 'section',
  },
  ...(Object.keys(PRIORITY_SECTIONS) as PriorityId[]).map((p): DeepLink => ({
    id: `priorities.${p}`,
    route: '/priorities',
    anchor: p,
    title: PRIORITY_SECTIONS[p],
    audience: 'all',
    kind: 'section',
  })),
  {
    id: 'priorities.business-vs-calendar-hours',
    route: '/priorities',
    anchor: 'business-vs-calendar-hours',
    title: 'Business hours and calendar hours',
    audience: 'all',
    kind: 'section',
  },
  {
    id: 'priorities.what-a-breach-means',
    route: '/priorities',
    anchor: 'what-a-breach-means',
    title: 'What a breach means',
    audience: 'all',
    kind: 'section',
  },
];

const serviceLevels: DeepLink[] = [
  {id: 'service-levels', route: '/service-levels', title: 'Service Levels', audience: 'all', kind: 'page'},
  // Rendered by the ServiceLevelTable component.
  {
    id: 'service-level-table',
    route: '/service-levels',
    anchor: 'service-level-table',
    title: 'Service level agreement targets',
    audience: 'all',
    kind: 'tool',
  },
  // The holidays and special hours of this and next year, the calendar feed and the data's sources.
  {
    id: 'service-levels.holidays',
    route: '/service-levels',
    anchor: 'holidays',
    title: 'Holidays and special hours',
    audience: 'all',
    kind: 'section',
  },
  {
    id: 'service-levels.availability-commitments',
    route: '/service-levels',
    anchor: 'availability-commitments',
    title: 'Availability commitments',
    audience: 'all',
    kind: 'section',
  },
  {
    id: 'service-levels.when-a-target-is-missed',
    route: '/service-levels',
    anchor: 'when-a-target-is-missed',
    title: 'When a target is missed',
    audience: 'all',
    kind: 'section',
  },
];

const systemRequirements = page(
  {
    pageId: 'system-requirements',
    idPrefix: 'system-requirements',
    route: '/system-requirements',
    title: 'System Requirements',
    audience: 'all',
  },
  [
    section('supported-browsers', 'Supported browsers'),
    section('javascript-and-cookies', 'JavaScript and cookies'),
    section('pop-ups-and-downloads', 'Pop-ups and downloads'),
    section('pdf-viewer', 'PDF viewer'),
    section('storage-space', 'Storage space'),
    section('network-and-firewall', 'Network and firewall'),
    section('operator-accounts', 'Operator accounts'),
    section('check-your-setup', 'Check your setup'),
  ],
);

const request: DeepLink[] = [
  {id: 'request', route: '/contact/request', title: 'Write a Support Request', audience: 'all', kind: 'page'},
  // Rendered by the RequestBuilder component; takes the `role`, `priority`, `topic` and `searched` query parameters.
  {
    id: 'request-builder',
    route: '/contact/request',
    anchor: 'request-builder',
    title: 'Support request builder',
    audience: 'all',
    kind: 'tool',
  },
];

const entryPoints: DeepLink[] = [
  {id: 'home', route: '/', title: 'How can we help?', audience: 'all', kind: 'page'},
  // What the reader-feedback events record (docs/support/privacy.md); linked from the feedback question and the footer.
  {id: 'privacy', route: '/privacy', title: 'Privacy note', audience: 'all', kind: 'page'},
  {id: 'troubleshooting', route: '/troubleshooting', title: 'Troubleshooting', audience: 'all', kind: 'page'},
  {id: 'search', route: '/search', title: 'Search the help center', audience: 'all', kind: 'page'},
  {id: 'status', route: '/status', title: 'Service status', audience: 'all', kind: 'page'},
];

/**
 * Every deep-link target, grouped by page. Ids are unique (checked by a unit
 * test and by the build). Order is the order of the published JSON.
 */
export const DEEP_LINKS: readonly DeepLink[] = [
  ...entryPoints,
  ...clientTroubleshooting,
  ...clientFaq,
  ...operatorTroubleshooting,
  ...operatorFaq,
  ...commonFaq,
  ...contact,
  ...request,
  ...priorities,
  ...serviceLevels,
  ...systemRequirements,
];

/**
 * The path of an entry without the base URL: `route#anchor`, or `route`.
 *
 * @example deepLinkPath({route: '/faq', anchor: 'getting-help', ...}) // => '/faq#getting-help'
 */
export function deepLinkPath(link: Pick<DeepLink, 'route' | 'anchor'>): string {
  return link.anchor ? `${link.route}#${link.anchor}` : link.route;
}

/**
 * The link to a registry entry from within the site: its route, the query
 * parameters given (URL-encoded, in order; empty values left out), then its
 * `#anchor`. Components link this way instead of typing routes and anchors.
 *
 * @param id - a registry id, for example `priority-picker`.
 * @param query - query parameters, for example `{priority: 'high'}`; a list repeats the parameter once per value.
 * @returns for example `/priorities?priority=high#priority-picker`.
 * @throws {Error} for an unknown id (see {@link getDeepLink}).
 */
export function deepLinkHref(
  id: string,
  query: Readonly<Record<string, string | readonly string[] | undefined>> = {},
): string {
  const link = getDeepLink(id);
  const params = new URLSearchParams(
    Object.entries(query)
      .flatMap(([name, value]): [string, string][] =>
        (typeof value === 'string' ? [value] : (value ?? [])).map((v) => [name, v]),
      )
      .filter((entry) => entry[1] !== ''),
  ).toString();
  return `${link.route}${params ? `?${params}` : ''}${link.anchor ? `#${link.anchor}` : ''}`;
}

/**
 * The registry entry with id `id`.
 *
 * @throws {Error} when no entry has that id, naming it (so a page that
 *   renders an unknown id fails the build).
 */
export function getDeepLink(id: string, links: readonly DeepLink[] = DEEP_LINKS): DeepLink {
  const link = links.find((l) => l.id === id);
  if (!link) throw new Error(`Unknown deep-link id "${id}": add it to src/data/deepLinks.ts`);
  return link;
}
