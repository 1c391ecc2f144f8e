/**
 * The support request builder's model: the fields of a request (from the
 * Contact Support page, "Information to include"), which apply to which kind
 * of issue, their validation, the subject line and plain-text body, where the
 * request goes by priority, and the `mailto:` link.
 *
 * Pure functions of a draft and the support config: no React, no DOM, no
 * clock (instants are passed in). Unit-tested in `__tests__/request.test.ts`.
 *
 * @module
 */
import {DateTime, IANAZone} from 'luxon';
import {describeResolutionTarget, describeResponseTarget, formatInstant} from '../../sla/describe';
import {PRIORITY_IDS, type PriorityId} from '../../sla/types';
import {getChannel} from '../../facts/channels';
import {emailOf, priorityRoute, subjectLine, type PhoneLine} from '../../facts/routing';
import {mailtoHref} from '../../facts/mailto';
import type {EmailChannelId, SupportConfig} from '../../data/schema';
import {topicByKey, topicPath} from '../../data/topics';
import {ISSUE_KINDS, type IssueKind} from '../../data/deepLinks';
import {ROLES, type Role} from '../../data/roles';

export {ISSUE_KINDS, ROLES};
export type {IssueKind, Role};

/** How the person wants to be answered. Live chat is in the operator dashboard, so only operators can choose it. */
export type ResponseMethod = 'email' | 'phone' | 'chat';
/** The response methods, in the order the form offers them. */
export const RESPONSE_METHODS: readonly ResponseMethod[] = ['email', 'phone', 'chat'];

/** The device the problem happened on (the seed's list, plus `other`). */
export type DeviceType = 'desktop' | 'laptop' | 'tablet' | 'smartphone' | 'other';
/** The device types, in the order the form offers them. */
export const DEVICE_TYPES: readonly DeviceType[] = ['desktop', 'laptop', 'tablet', 'smartphone', 'other'];

/**
 * A support request as the person fills it in. Every text is as typed (not
 * trimmed); `''` is "not answered" for texts and choices alike.
 */
export interface RequestDraft {
  role: Role | '';
  /** The person's company or organization. */
  organization: string;
  kind: IssueKind | '';
  /** A troubleshooting topic key (`client:pdf-download-failing`, see `topics.ts`), or `''`. */
  topic: string;
  /** Short summary for the subject line, for example `Client PDF download failing`. */
  summary: string;
  description: string;
  priority: PriorityId | '';
  /** Business impact and why it is urgent (High and Critical). */
  impact: string;
  responseMethod: ResponseMethod | '';
  /** A phone number to reach the person (phone responses and Critical requests). */
  contactPhone: string;
  /** Whether this escalates an earlier request. */
  escalation: boolean;
  /** The original ticket number, when escalating. */
  ticket: string;
  errorMessages: string;
  /** Browser name and version, for example `Chrome 131.0.0.0`. */
  browser: string;
  /** Operating system name and version, for example `Windows 10`. */
  os: string;
  device: DeviceType | '';
  /** Internet connection type and speed, for example `office Wi-Fi`. */
  connection: string;
  steps: string;
  tried: string;
  clientCompany: string;
  /** When the link was generated (or received, for a client): `YYYY-MM-DDTHH:mm`, local wall-clock time in the viewer's zone, as `<input type="datetime-local">` gives it. */
  linkGeneratedAt: string;
  /** When the link was used: `YYYY-MM-DDTHH:mm` in the viewer's zone. */
  linkUsedAt: string;
  clientSaw: string;
  clientContact: string;
}

/** The name of a request field. */
export type FieldId = keyof RequestDraft;

/** A blank request. */
export function emptyDraft(): RequestDraft {
  return {
    role: '',
    organization: '',
    kind: '',
    topic: '',
    summary: '',
    description: '',
    priority: '',
    impact: '',
    responseMethod: '',
    contactPhone: '',
    escalation: false,
    ticket: '',
    errorMessages: '',
    browser: '',
    os: '',
    device: '',
    connection: '',
    steps: '',
    tried: '',
    clientCompany: '',
    linkGeneratedAt: '',
    linkUsedAt: '',
    clientSaw: '',
    clientContact: '',
  };
}

/**
 * The sections of the form and the body:
 * - `about`: for all support requests;
 * - `technical`: for technical issues (and client activation issues);
 * - `activation`: for client activation issues.
 */
export type Section = 'about' | 'technical' | 'activation';

/** How a field is described to people, on the form and in the body. */
interface FieldDef {
  readonly section: Section;
  /** The label; a function when it depends on the role. */
  readonly label: string | ((role: Role | '') => string);
  /** Written on its own lines in the body (free text that may span lines). */
  readonly multiline: boolean;
  /** Longest accepted value, in characters; a longer one is an error, never cut. */
  readonly maxLength: number;
}

const SHORT = 200;
const LONG = 10_000;

/** Every field: section, label, layout in the body, longest accepted value. Source: the Contact Support page, "Information to include". */
export const FIELDS: Readonly<Record<FieldId, FieldDef>> = {
  role: {section: 'about', label: 'Your role', multiline: false, maxLength: SHORT},
  organization: {
    section: 'about',
    label: (role) => (role === 'client' ? 'Your company' : 'Your organization'),
    multiline: false,
    maxLength: 120,
  },
  kind: {section: 'about', label: 'Kind of issue', multiline: false, maxLength: SHORT},
  topic: {section: 'about', label: 'Troubleshooting guide followed', multiline: false, maxLength: SHORT},
  summary: {section: 'about', label: 'Short summary (subject line)', multiline: false, maxLength: 120},
  description: {section: 'about', label: 'Issue description', multiline: true, maxLength: LONG},
  priority: {section: 'about', label: 'Priority', multiline: false, maxLength: SHORT},
  impact: {section: 'about', label: 'Business impact and why it is urgent', multiline: true, maxLength: LONG},
  responseMethod: {section: 'about', label: 'Preferred response method', multiline: false, maxLength: SHORT},
  contactPhone: {section: 'about', label: 'Phone number to reach you', multiline: false, maxLength: 40},
  escalation: {section: 'about', label: 'Escalation of an earlier request', multiline: false, maxLength: SHORT},
  ticket: {section: 'about', label: 'Original ticket number', multiline: false, maxLength: 40},
  errorMessages: {section: 'technical', label: 'Exact error messages', multiline: true, maxLength: LONG},
  browser: {section: 'technical', label: 'Browser and version', multiline: false, maxLength: SHORT},
  os: {section: 'technical', label: 'Operating system and version', multiline: false, maxLength: SHORT},
  device: {section: 'technical', label: 'Device type', multiline: false, maxLength: SHORT},
  connection: {section: 'technical', label: 'Internet connection', multiline: false, maxLength: SHORT},
  steps: {section: 'technical', label: 'Steps to reproduce', multiline: true, maxLength: LONG},
  tried: {section: 'technical', label: 'Troubleshooting already tried', multiline: true, maxLength: LONG},
  clientCompany: {section: 'activation', label: 'Client company', multiline: false, maxLength: 120},
  linkGeneratedAt: {
    section: 'activation',
    label: (role) => (role === 'client' ? 'When you received the link' : 'When the link was generated'),
    multiline: false,
    maxLength: SHORT,
  },
  linkUsedAt: {
    section: 'activation',
    label: (role) => (role === 'client' ? 'When you tried to use it' : 'When the client tried to use it'),
    multiline: false,
    maxLength: SHORT,
  },
  clientSaw: {
    section: 'activation',
    label: (role) => (role === 'client' ? 'What you saw' : 'What the client saw or reported'),
    multiline: true,
    maxLength: LONG,
  },
  clientContact: {
    section: 'activation',
    label: 'Client contact (how we can reach the client)',
    multiline: false,
    maxLength: SHORT,
  },
};

/** The section headings, as on the Contact Support page. */
export const SECTION_TITLES: Readonly<Record<Section, string>> = {
  about: 'About your request',
  technical: 'Technical details',
  activation: 'Client activation details',
};

/** Words for the choices, used on the form and in the body. */
export const CHOICE_LABELS = {
  role: {client: 'Client', operator: 'Operator'} satisfies Record<Role, string>,
  kind: {
    activation: 'Client activation issue (activation link, activation, PDF)',
    technical: 'Technical issue (errors, dashboard, real-time updates, CRM)',
    other: 'Question, training request or something else',
  } satisfies Record<IssueKind, string>,
  responseMethod: {email: 'Email', phone: 'Phone', chat: 'Live chat (operators)'} satisfies Record<
    ResponseMethod,
    string
  >,
  device: {
    desktop: 'Desktop computer',
    laptop: 'Laptop',
    tablet: 'Tablet',
    smartphone: 'Smartphone',
    other: 'Other',
  } satisfies Record<DeviceType, string>,
} as const;

/** A field's label for a role. */
export function fieldLabel(id: FieldId, role: Role | ''): string {
  const {label} = FIELDS[id];
  return typeof label === 'function' ? label(role) : label;
}

/** Whether the request has the technical and the activation sections. */
export function sectionsFor(draft: Pick<RequestDraft, 'kind'>): ReadonlySet<Section> {
  const sections = new Set<Section>(['about']);
  if (draft.kind === 'technical' || draft.kind === 'activation') sections.add('technical');
  if (draft.kind === 'activation') sections.add('activation');
  return sections;
}

/**
 * Whether a field applies to a draft: its section applies, and
 * - `impact` only for High and Critical,
 * - `ticket` only when escalating,
 * - `clientCompany` and `clientContact` only for operators (a client's
 *   company is their organization, and they are the client).
 */
export function isFieldShown(id: FieldId, draft: RequestDraft): boolean {
  if (!sectionsFor(draft).has(FIELDS[id].section)) return false;
  switch (id) {
    case 'impact':
      return draft.priority === 'critical' || draft.priority === 'high';
    case 'ticket':
      return draft.escalation;
    case 'clientCompany':
    case 'clientContact':
      return draft.role !== 'client';
    default:
      return true;
  }
}

/** The fields of a section that apply to a draft, in form order. */
export function shownFields(section: Section, draft: RequestDraft): FieldId[] {
  return (Object.keys(FIELDS) as FieldId[]).filter((id) => FIELDS[id].section === section && isFieldShown(id, draft));
}

/** Shortest issue description accepted, in characters (after trimming). */
export const MIN_DESCRIPTION = 20;

const PHONE_CHARS = /^[+\d\s().\-/]+$/;

/** Whether a phone number looks dialable: phone characters only, 7 to 15 digits (E.164 allows 15). */
function looksLikePhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return PHONE_CHARS.test(value) && digits >= 7 && digits <= 15;
}

/**
 * Whether a field is required for a draft (and shown): role, organization,
 * kind, summary, description, priority and response method always; the phone
 * number for phone responses and Critical requests; the business impact for
 * Critical; the ticket number when escalating; the client company for an
 * operator's activation issue.
 */
export function isFieldRequired(id: FieldId, draft: RequestDraft): boolean {
  if (!isFieldShown(id, draft)) return false;
  switch (id) {
    case 'role':
    case 'organization':
    case 'kind':
    case 'summary':
    case 'description':
    case 'priority':
    case 'responseMethod':
      return true;
    case 'contactPhone':
      return draft.responseMethod === 'phone' || draft.priority === 'critical';
    case 'impact':
      return draft.priority === 'critical';
    case 'ticket':
      return draft.escalation;
    case 'clientCompany':
      return draft.role === 'operator';
    default:
      return false;
  }
}

/** What is wrong with a draft: a readable message per field, in form order; empty when it can be sent. */
export type RequestErrors = Partial<Record<FieldId, string>>;

const REQUIRED_MESSAGES: Partial<Record<FieldId, (draft: RequestDraft) => string>> = {
  role: () => 'Choose whether you are a client or an operator.',
  organization: (d) => (d.role === 'client' ? 'Enter your company’s name.' : 'Enter your organization’s name.'),
  kind: () => 'Choose the kind of issue.',
  summary: () => 'Write a short summary for the subject line, for example “Client PDF download failing”.',
  description: () => 'Describe the issue: what happened, and what you expected instead.',
  priority: () => 'Choose a priority. Not sure? The priority picker suggests one.',
  responseMethod: () => 'Choose how you want us to respond.',
  contactPhone: (d) =>
    d.priority === 'critical'
      ? 'Enter a phone number to reach you: Critical requests need one.'
      : 'Enter a phone number to reach you, since you asked for a phone response.',
  impact: () => 'Describe the business impact: Critical requests need it.',
  ticket: () => 'Enter the original ticket number you are escalating.',
  clientCompany: () => 'Enter the name of the client company that is trying to activate.',
};

/**
 * Checks a draft. Only fields that are shown are checked.
 *
 * Rules: required fields (see {@link isFieldRequired}) are not blank; no
 * text is longer than its field's `maxLength` (the message gives both
 * lengths; nothing is cut); the description has at least
 * {@link MIN_DESCRIPTION} characters; live chat is for operators only; a
 * phone number has phone characters and 7 to 15 digits; link times are valid
 * dates and the link was not used before it was generated.
 *
 * @returns a message per invalid field; `{}` when the draft can be sent.
 */
export function validateRequest(draft: RequestDraft): RequestErrors {
  const errors: RequestErrors = {};
  for (const id of Object.keys(FIELDS) as FieldId[]) {
    if (!isFieldShown(id, draft)) continue;
    const value = draft[id];
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed === '') {
      if (isFieldRequired(id, draft)) errors[id] = REQUIRED_MESSAGES[id]?.(draft) ?? 'This field is required.';
      continue;
    }
    const {maxLength} = FIELDS[id];
    if (value.length > maxLength) {
      errors[id] = `Shorten this to ${maxLength} characters or fewer (it has ${value.length}).`;
    }
  }
  if (!errors.description && draft.description.trim() !== '' && draft.description.trim().length < MIN_DESCRIPTION) {
    errors.description = `Describe the issue in at least ${MIN_DESCRIPTION} characters: what happened, and what you expected instead.`;
  }
  if (draft.responseMethod === 'chat' && draft.role === 'client') {
    errors.responseMethod =
      'Live chat is inside the operator dashboard, so clients cannot use it: choose email or phone.';
  }
  if (!errors.contactPhone && draft.contactPhone.trim() !== '' && !looksLikePhone(draft.contactPhone.trim())) {
    errors.contactPhone = 'Enter a phone number with its country code, for example +1 555 010 0100.';
  }
  for (const id of ['linkGeneratedAt', 'linkUsedAt'] as const) {
    if (isFieldShown(id, draft) && draft[id] !== '' && !DateTime.fromISO(draft[id]).isValid) {
      errors[id] = 'Enter a date and time, for example 2026-11-27 10:15.';
    }
  }
  if (
    isFieldShown('linkUsedAt', draft) &&
    !errors.linkGeneratedAt &&
    !errors.linkUsedAt &&
    draft.linkGeneratedAt &&
    draft.linkUsedAt
  ) {
    if (DateTime.fromISO(draft.linkUsedAt) < DateTime.fromISO(draft.linkGeneratedAt)) {
      errors.linkUsedAt = 'This is before the link was generated: check both times.';
    }
  }
  const ordered: RequestErrors = {};
  for (const id of Object.keys(FIELDS) as FieldId[]) if (errors[id]) ordered[id] = errors[id];
  return ordered;
}

/**
 * The subject line, in the form the Contact Support page recommends
 * (`subjectLine` of `src/facts/routing.ts`): `<summary> - <company>`, for
 * example `Client PDF download failing - Company ABC`, started by the
 * priority's subject tag (Critical: `URGENT`) and, for an escalation, the
 * config's escalation keyword and the original ticket:
 * `ESCALATION - Ticket 12345 - …`. The company is the client company for an
 * operator's activation issue, else the person's organization. Blank parts
 * are left out; line breaks become spaces.
 *
 * @param draft - the request (need not be valid: the subject is previewed while typing).
 * @param config - the support config (tags, escalation keyword).
 * @returns the subject, one line.
 * @example
 * ```ts
 * buildSubject({...emptyDraft(), role: 'operator', kind: 'activation', summary: 'Client PDF download failing',
 *   organization: 'Acme', clientCompany: 'Company ABC'}, supportConfig);
 * // => 'Client PDF download failing - Company ABC'
 * ```
 */
export function buildSubject(draft: RequestDraft, config: SupportConfig): string {
  const company =
    draft.kind === 'activation' && draft.role === 'operator' && draft.clientCompany.trim() !== ''
      ? draft.clientCompany
      : draft.organization;
  return subjectLine(config, {
    escalation: draft.escalation ? {ticket: draft.ticket} : undefined,
    priority: draft.priority || undefined,
    summary: draft.summary,
    company,
  });
}

/** Where and how to send a request. */
export interface RequestRoute {
  /** The email channel the request goes to. */
  readonly channel: EmailChannelId;
  /** Its address, `mailbox@domain`. */
  readonly address: string;
  /** Why it goes there, for example `High priority requests go to Urgent Support.` */
  readonly reason: string;
  /** A phone line to call before writing (Critical: the emergency line). */
  readonly callFirst?: PhoneLine;
}

/**
 * Where a request goes: the route of its priority (`priorityRoute`: Low and
 * Medium to general, High and Critical to urgent, Critical calling the
 * emergency line first), or the escalation channel when escalating.
 *
 * @param config - the support config.
 * @param priority - the request's priority.
 * @param escalation - whether the request escalates an earlier one.
 * @returns the {@link RequestRoute}.
 * @throws {Error} on an unknown priority.
 */
export function routeRequest(config: SupportConfig, priority: PriorityId, escalation = false): RequestRoute {
  if (!PRIORITY_IDS.includes(priority)) throw new Error(`Unknown priority "${String(priority)}"`);
  const route = priorityRoute(config, priority);
  const escalateTo = escalation && getChannel(config, config.escalation.channel).kind === 'email';
  const email = escalateTo ? emailOf(config, config.escalation.channel) : route.email;
  const reason =
    email.channel === route.email.channel
      ? `${route.label} priority requests go to ${email.label}.`
      : `Escalations go to ${email.label}.`;
  return {
    channel: email.channel,
    address: email.address,
    reason,
    ...(route.callFirst ? {callFirst: route.callFirst} : {}),
  };
}

/** What the body builder needs besides the draft. */
export interface BodyContext {
  readonly config: SupportConfig;
  /** The site's absolute URL without a trailing slash, for example `https://help.example.com`, for guide links. */
  readonly siteUrl: string;
  /** The viewer's IANA zone, in which the link times were entered; the support zone when unknown or invalid. */
  readonly viewerZone?: string;
  /**
   * Open incidents of the chosen topic's status components (issue 13), written
   * after the guide followed: id, title and absolute link to the status page entry.
   */
  readonly knownIncidents?: ReadonlyArray<{readonly id: string; readonly title: string; readonly url: string}>;
}

function choiceText(id: FieldId, draft: RequestDraft, config: SupportConfig): string {
  switch (id) {
    case 'role':
      return draft.role ? CHOICE_LABELS.role[draft.role] : '';
    case 'kind':
      return draft.kind ? CHOICE_LABELS.kind[draft.kind] : '';
    case 'responseMethod':
      return draft.responseMethod ? CHOICE_LABELS.responseMethod[draft.responseMethod] : '';
    case 'device':
      return draft.device ? CHOICE_LABELS.device[draft.device] : '';
    case 'priority': {
      if (!draft.priority) return '';
      const p = config.priorities[draft.priority];
      return `${p.label} (first response: ${describeResponseTarget(p.firstResponse)}; resolution: ${describeResolutionTarget(p.resolution)})`;
    }
    case 'escalation':
      return draft.escalation ? 'Yes' : '';
    default:
      return '';
  }
}

/** A link time entered in the viewer's zone, in words in that zone and the support zone. */
function linkTimeText(value: string, viewerZone: string, supportZone: string): string {
  const local = DateTime.fromISO(value, {zone: viewerZone});
  if (!local.isValid) return value;
  const instant = local.toJSDate();
  const own = formatInstant(instant, viewerZone);
  return viewerZone === supportZone ? own : `${own} (${formatInstant(instant, supportZone)}, support time)`;
}

/** A field's answer as text for the body, `''` when not answered. */
function answerText(id: FieldId, draft: RequestDraft, context: BodyContext, viewerZone: string): string {
  const value = draft[id];
  if (typeof value === 'boolean' || ['role', 'kind', 'responseMethod', 'device', 'priority'].includes(id)) {
    return choiceText(id, draft, context.config);
  }
  const text = String(value).replace(/\r\n?/g, '\n').trim();
  if (text === '') return '';
  if (id === 'topic') {
    const topic = topicByKey(text);
    return topic ? `${topic.title}, ${context.siteUrl}${topicPath(topic)}` : '';
  }
  if (id === 'linkGeneratedAt' || id === 'linkUsedAt') return linkTimeText(text, viewerZone, context.config.timeZone);
  return text;
}

/**
 * The plain-text body of a request: every answered field that applies, with
 * its label, grouped by section (technical and activation details under
 * their headings); a multi-line answer starts on the line after its label.
 * The priority carries its first response and resolution targets; the guide
 * followed carries its absolute link; link times are shown in the viewer's
 * zone and the support zone. Line breaks are `\n` (`mailtoHref` turns them
 * into CRLF). Unanswered and hidden fields are left out.
 *
 * @param draft - the request (need not be valid).
 * @param context - config, site URL and viewer's zone.
 * @returns the body, ending without a line break.
 */
export function buildBody(draft: RequestDraft, context: BodyContext): string {
  const viewerZone =
    context.viewerZone && IANAZone.isValidZone(context.viewerZone) ? context.viewerZone : context.config.timeZone;
  const blocks: string[] = [];
  for (const section of ['about', 'technical', 'activation'] as const) {
    if (!sectionsFor(draft).has(section)) continue;
    const lines: string[] = [];
    for (const id of shownFields(section, draft)) {
      if (id === 'summary') continue; // it is the subject line
      const answer = answerText(id, draft, context, viewerZone);
      if (answer === '') continue;
      const label = fieldLabel(id, draft.role);
      lines.push(FIELDS[id].multiline || answer.includes('\n') ? `${label}:\n${answer}\n` : `${label}: ${answer}`);
      if (id === 'topic') {
        for (const i of context.knownIncidents ?? []) lines.push(`Known incident: ${i.title} (${i.id}), ${i.url}`);
      }
    }
    if (lines.length === 0) continue;
    const text = lines.join('\n').replace(/\n+$/, '');
    blocks.push(
      section === 'about' ? text : `${SECTION_TITLES[section]}\n${'-'.repeat(SECTION_TITLES[section].length)}\n${text}`,
    );
  }
  return blocks.join('\n\n');
}

/** The whole request as text for the clipboard: address, subject, then the body. */
export function buildCopyText(address: string, subject: string, body: string): string {
  return `To: ${address}\nSubject: ${subject}\n\n${body}`;
}

/**
 * Longest `mailto:` link the builder produces, in characters of the encoded
 * URL. A browser hands a `mailto:` link to the operating system's mail
 * handler; on Windows that goes through URL APIs limited to
 * `INTERNET_MAX_URL_LENGTH` (2,048 characters), and Internet Explorer and
 * Outlook-era handlers stop at 2,083 (Microsoft KB 208427). Links longer than
 * that are cut without notice or do not open at all. 1,800 leaves room for a
 * long address and for mail clients that add their own parameters.
 */
export const MAILTO_MAX_LENGTH = 1800;

/** Put at the end of a body cut to fit a `mailto:` link. */
export const TRUNCATION_NOTE =
  '[Shortened to fit an email link. The full request is on the request builder page: use "Copy the request" there and paste it here in place of this text.]';

/** A `mailto:` link for a request. */
export interface RequestMailto {
  /** The `mailto:` URL, at most the limit in length (unless the address alone is longer). */
  readonly href: string;
  /** Whether the body (or, in extreme cases, the subject) was shortened to fit. */
  readonly truncated: boolean;
  /**
   * When the body was shortened: its last words that the link still carries
   * (up to about 60 characters, from a word start), so the page can say where
   * the email will end; `''` when none of the body fits.
   */
  readonly endsWith?: string;
}

/** How much of the kept body {@link RequestMailto}'s `endsWith` quotes, in characters. */
const ENDS_WITH_LENGTH = 60;

/** The last words of `kept`, at most {@link ENDS_WITH_LENGTH} characters, starting at a word. */
function lastWords(kept: string): string {
  const chars = Array.from(kept.replace(/\s+/g, ' ').trim());
  if (chars.length <= ENDS_WITH_LENGTH) return chars.join('');
  const tail = chars.slice(-ENDS_WITH_LENGTH).join('');
  const space = tail.indexOf(' ');
  return space > 0 && space < ENDS_WITH_LENGTH - 10 ? tail.slice(space + 1) : tail;
}

/**
 * A `mailto:` link with subject and body, percent-encoded by `mailtoHref`
 * (RFC 6068: `encodeURIComponent`, CRLF line breaks), no longer than
 * `limit`. A body that does not fit is cut at a character boundary (never
 * inside a surrogate pair), preferably at a line break or space near the end,
 * and {@link TRUNCATION_NOTE} is added. If even an empty body does not fit,
 * the subject is shortened too, ending with `…`.
 *
 * @param address - the recipient address.
 * @param subject - the subject line.
 * @param body - the full body.
 * @param limit - longest link in characters, {@link MAILTO_MAX_LENGTH} by default.
 * @returns the link and whether anything was cut.
 */
export function requestMailto(
  address: string,
  subject: string,
  body: string,
  limit = MAILTO_MAX_LENGTH,
): RequestMailto {
  // Every character takes at least one character of the link, so no more than `limit` of them can fit: looking at
  // that many keeps this fast for a body of megabytes.
  const head = Array.from(body.slice(0, limit * 2)).slice(0, limit);
  if (body.length <= limit * 2 && head.join('').length === body.length) {
    const full = mailtoHref(address, {subject, body});
    if (full.length <= limit) return {href: full, truncated: false};
  }
  const keptOf = (n: number): string => head.slice(0, n).join('').replace(/\s+$/, '');
  const withBody = (n: number): string => {
    const kept = keptOf(n);
    return mailtoHref(address, {subject, body: `${kept}${kept ? '\n\n' : ''}${TRUNCATION_NOTE}`});
  };
  if (withBody(0).length <= limit) {
    let n = largest(head.length, (k) => withBody(k).length <= limit);
    // Prefer to cut at a line break or a space within the last 40 characters.
    const window = head.slice(Math.max(0, n - 40), n);
    const breakAt = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
    if (breakAt > 0) n = n - window.length + breakAt;
    return {href: withBody(n), truncated: true, endsWith: lastWords(keptOf(n))};
  }
  const subjectChars = Array.from(subject);
  const withSubject = (n: number): string =>
    mailtoHref(address, {subject: `${subjectChars.slice(0, n).join('')}…`, body: TRUNCATION_NOTE});
  const n = largest(subjectChars.length, (k) => withSubject(k).length <= limit);
  return {
    href: n === 0 && withSubject(0).length > limit ? mailtoHref(address) : withSubject(n),
    truncated: true,
    endsWith: '',
  };
}

/** The largest `k` in `[0, max]` with `fits(k)`, for `fits` true up to some point and false after; 0 if none. */
function largest(max: number, fits: (k: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
