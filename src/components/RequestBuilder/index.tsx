import {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import {supportConfig} from '@site/src/data/supportConfig';
import {
  buildBody,
  buildCopyText,
  buildSubject,
  CHOICE_LABELS,
  DEVICE_TYPES,
  emptyDraft,
  fieldLabel,
  FIELDS,
  isFieldRequired,
  isFieldShown,
  ISSUE_KINDS,
  MAILTO_MAX_LENGTH,
  requestMailto,
  RESPONSE_METHODS,
  ROLES,
  routeRequest,
  SECTION_TITLES,
  sectionsFor,
  validateRequest,
  type FieldId,
  type RequestDraft,
} from '@site/src/data/request';
import {clearDraft, loadDraft, saveDraft, type DraftStorage} from '@site/src/data/requestDraft';
import {applyRequestParams, parseRequestParams, requestParamConflicts} from '@site/src/data/requestParams';
import {detectEnvironment, type DetectedEnvironment} from '@site/src/data/userAgent';
import {TOPICS, topicByKey, topicKey, topicPath} from '@site/src/data/topics';
import {computeTargets} from '@site/src/sla/targets';
import {describeResponseTarget, formatInstant} from '@site/src/sla/describe';
import {PRIORITY_IDS} from '@site/src/sla/types';
import styles from './styles.module.css';

/** The element id of the builder, a deep-link anchor. */
export const REQUEST_BUILDER_ID = 'request-builder';

/** The element id of a field's control (or of its fieldset, for a group of radio buttons). */
export function fieldElementId(id: FieldId): string {
  return `request-${id}`;
}

/** What only the browser knows, read after mount. */
interface ClientState {
  /** The viewer's IANA zone. */
  viewerZone: string;
  /** The current time, refreshed every minute. */
  now: Date;
  /** `window.localStorage`, or `null` when the browser blocks it. */
  storage: DraftStorage | null;
}

/** The low-entropy User-Agent Client Hints of Chromium browsers; not yet in TypeScript's DOM types. */
interface NavigatorUAData {
  brands?: {brand: string; version: string}[];
  mobile?: boolean;
  platform?: string;
}

function readStorage(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Access to localStorage throws when the browser blocks site data.
  }
}

/** The browser's own values, as suggestions for the technical fields that are still blank. */
function detect(): DetectedEnvironment {
  const hints = (navigator as Navigator & {userAgentData?: NavigatorUAData}).userAgentData;
  return detectEnvironment(
    navigator.userAgent,
    hints ? {brands: hints.brands, mobile: hints.mobile, platform: hints.platform} : undefined,
  );
}

function withDetected(draft: RequestDraft, detected: DetectedEnvironment): RequestDraft {
  return {
    ...draft,
    browser: draft.browser || detected.browser,
    os: draft.os || detected.os,
    device: draft.device || detected.device,
  };
}

/**
 * The support request builder: a form with the fields of the Contact Support
 * page's "Information to include" (the sections that apply to the kind of
 * issue), which produces a subject in the recommended form and a plain-text
 * body, routed by priority to the right address from the support config
 * (Critical: also "call the emergency line now"), with two actions: open the
 * request in the mail app (`mailto:`, shortened with a note when too long)
 * and copy the whole text.
 *
 * - Required fields are checked with readable messages; the actions stay
 *   disabled until the request is complete.
 * - The draft is saved in `localStorage` as the person types, restored on
 *   reload, and removed when they clear the form or open the email.
 * - Query parameters `role`, `priority` and `topic` pre-fill blank fields
 *   (invalid values are ignored with a notice); browser, operating system
 *   and device are detected with Bowser and stay editable.
 *
 * Server rendering shows the blank form, disabled; the draft, the URL, the
 * user agent, the clock and the viewer's zone are read after mount.
 */
export default function RequestBuilder(): ReactNode {
  const brokenLinks = useBrokenLinks();
  for (const id of [REQUEST_BUILDER_ID, 'request-storage-note', 'request-missing', 'request-output-title']) {
    brokenLinks.collectAnchor(id);
  }
  for (const id of Object.keys(FIELDS) as FieldId[]) {
    for (const suffix of ['', '-hint', '-error']) brokenLinks.collectAnchor(`${fieldElementId(id)}${suffix}`);
  }
  const {siteConfig} = useDocusaurusContext();
  const siteUrl = `${siteConfig.url}${siteConfig.baseUrl}`.replace(/\/+$/, '');
  const location = useLocation();

  const [draft, setDraft] = useState<RequestDraft>(emptyDraft);
  const [client, setClient] = useState<ClientState | null>(null);
  const [detected, setDetected] = useState<DetectedEnvironment | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [restoredAt, setRestoredAt] = useState<Date | null | undefined>(undefined);
  const [storageNotice, setStorageNotice] = useState<string | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<FieldId>>(new Set());
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [sent, setSent] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // After mount: restore the draft, apply the link's parameters to blank
  // fields, suggest the browser's own values, read the clock and the zone.
  useEffect(() => {
    const storage = readStorage();
    const loaded = storage ? loadDraft(storage) : {kind: 'none' as const};
    const params = parseRequestParams(location.search);
    const own = detect();
    const base = loaded.kind === 'draft' ? loaded.draft : emptyDraft();
    setDraft(withDetected(applyRequestParams(base, params), own));
    setDetected(own);
    setRestoredAt(loaded.kind === 'draft' ? loaded.savedAt : undefined);
    setNotices([
      ...(loaded.kind === 'unreadable' ? [loaded.notice] : []),
      ...params.notices,
      ...(loaded.kind === 'draft' ? requestParamConflicts(loaded.draft, params) : []),
    ]);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setClient({viewerZone: zone, now: new Date(), storage});
    const interval = setInterval(() => setClient((c) => (c ? {...c, now: new Date()} : c)), 60_000);
    return () => clearInterval(interval);
    // The URL is read once, on arrival: later changes come from the person, not the link.
  }, []);

  const errors = useMemo(() => validateRequest(draft), [draft]);
  const valid = Object.keys(errors).length === 0;
  const ready = client !== null;

  function update(next: RequestDraft): void {
    setDraft(next);
    setSent(false);
    setCopyState('idle');
    if (client?.storage) setStorageNotice(saveDraft(client.storage, next, new Date()));
  }

  function set<K extends FieldId>(id: K, value: RequestDraft[K]): void {
    const next = {...draft, [id]: value};
    if (id === 'topic') {
      // A chosen guide fills the summary (unless the person wrote their own) and the kind.
      const previous = topicByKey(draft.topic);
      const topic = topicByKey(String(value));
      if (topic && (draft.summary.trim() === '' || draft.summary === previous?.subject)) next.summary = topic.subject;
      if (topic && draft.kind === '') next.kind = topic.kind;
    }
    update(next);
  }

  function touch(id: FieldId): void {
    setTouched((prev) => (prev.has(id) ? prev : new Set(prev).add(id)));
  }

  // Whether a mouse button or a finger is down: a click is in progress.
  const pointerDown = useRef(false);
  useEffect(() => {
    const down = (): void => {
      pointerDown.current = true;
    };
    const up = (): void => {
      pointerDown.current = false;
    };
    window.addEventListener('pointerdown', down, true);
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
    return () => {
      window.removeEventListener('pointerdown', down, true);
      window.removeEventListener('pointerup', up, true);
      window.removeEventListener('pointercancel', up, true);
    };
  }, []);

  /**
   * Marks a field as visited when it loses focus, so its error shows. When
   * the focus left because of a click, the error waits until the click has
   * landed: shown at once, it would push the rest of the form down between
   * the press and the release, and the click would miss what it aimed at.
   */
  function touchOnBlur(id: FieldId): void {
    if (!pointerDown.current) {
      touch(id);
      return;
    }
    const release = (): void => {
      window.removeEventListener('pointerup', release, true);
      window.removeEventListener('pointercancel', release, true);
      // After the click event of this release.
      setTimeout(() => touch(id), 0);
    };
    window.addEventListener('pointerup', release, true);
    window.addEventListener('pointercancel', release, true);
  }

  function clearForm(): void {
    if (client?.storage) clearDraft(client.storage);
    setDraft(detected ? withDetected(emptyDraft(), detected) : emptyDraft());
    setTouched(new Set());
    setRestoredAt(undefined);
    setStorageNotice(null);
    setCopyState('idle');
    setSent(false);
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  const shownError = (id: FieldId): string | undefined => (touched.has(id) ? errors[id] : undefined);

  /** Props shared by every control: id, name, accessible description, validity, blur tracking. */
  function control(id: FieldId, hint?: boolean) {
    const error = shownError(id);
    const describedBy = [hint ? `${fieldElementId(id)}-hint` : '', error ? `${fieldElementId(id)}-error` : '']
      .filter(Boolean)
      .join(' ');
    return {
      id: fieldElementId(id),
      name: id,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
      'aria-required': isFieldRequired(id, draft) || undefined,
      onBlur: () => touchOnBlur(id),
    } as const;
  }

  function label(id: FieldId): ReactNode {
    return (
      <>
        {fieldLabel(id, draft.role)}
        {isFieldRequired(id, draft) && <span className={styles.required}> (required)</span>}
      </>
    );
  }

  function errorText(id: FieldId): ReactNode {
    const error = shownError(id);
    return error ? (
      <p id={`${fieldElementId(id)}-error`} className={styles.error}>
        {error}
      </p>
    ) : null;
  }

  function textField(
    id: FieldId,
    options: {multiline?: boolean; type?: string; hint?: ReactNode; autoComplete?: string} = {},
  ): ReactNode {
    if (!isFieldShown(id, draft)) return null;
    const value = String(draft[id]);
    return (
      <div className={styles.field} key={id}>
        <label htmlFor={fieldElementId(id)}>{label(id)}</label>
        {options.hint && (
          <p id={`${fieldElementId(id)}-hint`} className={styles.hint}>
            {options.hint}
          </p>
        )}
        {options.multiline ? (
          <textarea
            {...control(id, !!options.hint)}
            rows={4}
            value={value}
            onChange={(e) => set(id, e.target.value as RequestDraft[typeof id])}
          />
        ) : (
          <input
            {...control(id, !!options.hint)}
            type={options.type ?? 'text'}
            autoComplete={options.autoComplete ?? 'off'}
            value={value}
            onChange={(e) => set(id, e.target.value as RequestDraft[typeof id])}
          />
        )}
        {errorText(id)}
      </div>
    );
  }

  function radioGroup<V extends string>(
    id: FieldId,
    values: readonly V[],
    words: (v: V) => ReactNode,
    hint?: ReactNode,
  ): ReactNode {
    if (!isFieldShown(id, draft)) return null;
    const {id: elementId, onBlur, ...aria} = control(id, !!hint);
    return (
      <fieldset id={elementId} className={styles.group} key={id} {...aria} role="radiogroup">
        <legend>{label(id)}</legend>
        {hint && (
          <p id={`${elementId}-hint`} className={styles.hint}>
            {hint}
          </p>
        )}
        {values.map((v) => (
          <label key={v} className={styles.option}>
            <input
              type="radio"
              name={id}
              value={v}
              checked={draft[id] === v}
              onChange={() => set(id, v as RequestDraft[typeof id])}
              onBlur={onBlur}
            />
            <span>{words(v)}</span>
          </label>
        ))}
        {errorText(id)}
      </fieldset>
    );
  }

  const sections = sectionsFor(draft);
  const route = draft.priority ? routeRequest(supportConfig, draft.priority, draft.escalation) : null;
  const subject = buildSubject(draft, supportConfig);
  const body = buildBody(draft, {config: supportConfig, siteUrl, viewerZone: client?.viewerZone});
  const mailto = route ? requestMailto(route.address, subject, body) : null;
  const copyText = route ? buildCopyText(route.address, subject, body) : '';
  const topic = topicByKey(draft.topic);
  const zoneNote = client ? ` (your time zone, ${client.viewerZone})` : '';

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(copyText);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }

  function send(): void {
    if (client?.storage) clearDraft(client.storage);
    setRestoredAt(undefined);
    setSent(true);
  }

  const missing = (Object.keys(errors) as FieldId[]).filter((id) => isFieldShown(id, draft));

  return (
    <section id={REQUEST_BUILDER_ID} className={styles.builder} aria-label="Support request builder" data-ready={ready}>
      {notices.length > 0 && (
        <div className="alert alert--warning margin-bottom--md" role="status" data-testid="request-notice">
          {notices.map((n) => (
            <p key={n} className={styles.notice}>
              {n}
            </p>
          ))}
        </div>
      )}
      {restoredAt !== undefined && (
        <div className="alert alert--info margin-bottom--md" role="status" data-testid="request-restored">
          <p className={styles.notice}>
            Your draft was restored from this device
            {restoredAt && client ? ` (saved ${formatInstant(restoredAt, client.viewerZone)})` : ''}. Use “Clear the
            form” below to start a new request.
          </p>
        </div>
      )}
      <form ref={formRef} noValidate onSubmit={(e) => e.preventDefault()} aria-describedby="request-storage-note">
        <p id="request-storage-note" className={styles.hint}>
          Your answers are saved in this browser, on this device only, as you type. Nothing is sent until you send the
          email yourself. The saved draft is removed when you clear the form or open the email.
        </p>
        {storageNotice && (
          <p className={styles.error} role="alert">
            {storageNotice}
          </p>
        )}
        <fieldset disabled={!ready} className={styles.section}>
          <legend className={styles.sectionTitle}>{SECTION_TITLES.about}</legend>
          {radioGroup('role', ROLES, (r) => CHOICE_LABELS.role[r])}
          {textField('organization', {autoComplete: 'organization'})}
          {radioGroup('kind', ISSUE_KINDS, (k) => CHOICE_LABELS.kind[k])}
          <div className={styles.field}>
            <label htmlFor={fieldElementId('topic')}>{label('topic')}</label>
            <select {...control('topic')} value={draft.topic} onChange={(e) => set('topic', e.target.value)}>
              <option value="">None, or not listed</option>
              {ROLES.map((audience) => (
                <optgroup key={audience} label={`${CHOICE_LABELS.role[audience]} troubleshooting guide`}>
                  {TOPICS.filter((t) => t.audience === audience).map((t) => (
                    <option key={topicKey(t)} value={topicKey(t)}>
                      {t.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {topic && (
              <p className={styles.hint}>
                Steps to try first: <Link to={topicPath(topic)}>{topic.title}</Link>.
              </p>
            )}
          </div>
          {textField('summary', {
            hint: 'A few words that say what fails, for example “Client PDF download failing”. Your company is added to the subject line for you.',
          })}
          {textField('description', {
            multiline: true,
            hint: 'What happened, what you expected instead, and since when. Do not paste a full activation link: anyone who has it can open the agreement.',
          })}
          {radioGroup(
            'priority',
            PRIORITY_IDS,
            (p) => (
              <>
                <strong>{supportConfig.priorities[p].label}</strong>: {supportConfig.priorities[p].summary} First
                response: {describeResponseTarget(supportConfig.priorities[p].firstResponse)}.
              </>
            ),
            <>
              Not sure?{' '}
              <Link to={`/priorities${draft.priority ? `?priority=${draft.priority}` : ''}#priority-picker`}>
                Find your priority with the priority picker
              </Link>
              .
            </>,
          )}
          <ResponseCommitment draft={draft} client={client} />
          {textField('impact', {multiline: true, hint: 'Who is affected, what cannot be done, and what it costs you.'})}
          {radioGroup(
            'responseMethod',
            draft.role === 'client' && draft.responseMethod !== 'chat'
              ? RESPONSE_METHODS.filter((m) => m !== 'chat')
              : RESPONSE_METHODS,
            (m) => CHOICE_LABELS.responseMethod[m],
          )}
          {textField('contactPhone', {type: 'tel', autoComplete: 'tel'})}
          <div className={styles.field}>
            <label className={styles.option}>
              <input
                type="checkbox"
                id={fieldElementId('escalation')}
                name="escalation"
                checked={draft.escalation}
                onChange={(e) => set('escalation', e.target.checked)}
              />
              <span>
                This escalates an earlier request (it was not resolved, the impact grew, or there are security, legal or
                compliance concerns)
              </span>
            </label>
          </div>
          {textField('ticket')}
        </fieldset>

        {sections.has('technical') && (
          <fieldset disabled={!ready} className={styles.section} data-section="technical">
            <legend className={styles.sectionTitle}>{SECTION_TITLES.technical}</legend>
            {textField('errorMessages', {
              multiline: true,
              hint: 'The exact text of each message. Attach screenshots to the email.',
            })}
            {detected && (detected.browser || detected.os) && (
              <p className={styles.hint} data-testid="request-detected">
                Browser, system and device below were detected from the browser you are using now
                {detected.browser ? ` (${detected.browser}${detected.os ? ` on ${detected.os}` : ''})` : ''}. If the
                problem happened elsewhere, for example on a client’s phone, change them.
              </p>
            )}
            {textField('browser')}
            {textField('os')}
            <div className={styles.field}>
              <label htmlFor={fieldElementId('device')}>{label('device')}</label>
              <select
                {...control('device')}
                value={draft.device}
                onChange={(e) => set('device', e.target.value as RequestDraft['device'])}>
                <option value="">Not given</option>
                {DEVICE_TYPES.map((d) => (
                  <option key={d} value={d}>
                    {CHOICE_LABELS.device[d]}
                  </option>
                ))}
              </select>
            </div>
            {textField('connection', {
              hint: 'Type and speed if you know them, for example office Wi-Fi, home broadband, mobile data.',
            })}
            {textField('steps', {multiline: true, hint: 'What you did, step by step, before the problem appeared.'})}
            {textField('tried', {multiline: true, hint: 'The solutions you already attempted, and what happened.'})}
          </fieldset>
        )}

        {sections.has('activation') && (
          <fieldset disabled={!ready} className={styles.section} data-section="activation">
            <legend className={styles.sectionTitle}>{SECTION_TITLES.activation}</legend>
            {textField('clientCompany', {hint: 'The company that is trying to activate.'})}
            {textField('linkGeneratedAt', {type: 'datetime-local', hint: `Date and time${zoneNote}.`})}
            {textField('linkUsedAt', {type: 'datetime-local', hint: `Date and time${zoneNote}.`})}
            {textField('clientSaw', {multiline: true, hint: 'The exact message or what the page did.'})}
            {textField('clientContact', {
              hint: 'A name and an email address or phone number, if we may contact the client.',
            })}
          </fieldset>
        )}

        <section className={styles.output} aria-labelledby="request-output-title">
          <h2 id="request-output-title" className={styles.outputTitle}>
            Your email
          </h2>
          {draft.priority === 'critical' && route?.callFirst && (
            <div className="alert alert--danger margin-bottom--md" role="alert" data-testid="request-call-now">
              <strong>Critical: call the {route.callFirst.label} now</strong> at{' '}
              <a href={route.callFirst.href} className={styles.callNow}>
                {route.callFirst.display}
              </a>
              , then send this email so the details are on record.
            </div>
          )}
          <dl className={styles.preview}>
            <dt>To</dt>
            <dd data-testid="request-to">
              {route ? (
                <>
                  <strong>{route.address}</strong> <span className={styles.hint}>{route.reason}</span>
                </>
              ) : (
                'Choose a priority: it decides the address.'
              )}
            </dd>
            <dt>Subject</dt>
            <dd data-testid="request-subject">{subject || '(write a short summary)'}</dd>
            <dt>Message</dt>
            <dd>
              <pre className={styles.body} data-testid="request-body" tabIndex={0} aria-label="Message preview">
                {body || '(your answers appear here)'}
              </pre>
            </dd>
          </dl>
          {mailto?.truncated && (
            <div className="alert alert--warning margin-bottom--md" role="status" data-testid="request-truncated">
              This request is longer than an email link can carry (about {MAILTO_MAX_LENGTH.toLocaleString('en-US')}{' '}
              characters once encoded), so the email opens with the first part and a note. Use “Copy the request” and
              paste the whole text into the email.
            </div>
          )}
          {!valid && (
            <div id="request-missing" className={styles.missing} data-testid="request-missing">
              <p className={styles.notice}>Before you can send it:</p>
              <ul>
                {missing.map((id) => (
                  <li key={id}>
                    <a
                      href={`#${fieldElementId(id)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        touch(id);
                        const target = document.getElementById(fieldElementId(id));
                        const focusable = target?.matches('input, select, textarea')
                          ? target
                          : target?.querySelector<HTMLElement>('input:checked, input');
                        focusable?.focus();
                      }}>
                      {fieldLabel(id, draft.role)}
                    </a>
                    : {errors[id]}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className={styles.actions} aria-describedby={valid ? undefined : 'request-missing'}>
            {valid && mailto ? (
              <a className="button button--primary" href={mailto.href} onClick={send} data-testid="request-send">
                Open in your mail app
              </a>
            ) : (
              <button type="button" className="button button--primary" disabled data-testid="request-send">
                Open in your mail app
              </button>
            )}
            <button
              type="button"
              className="button button--secondary"
              disabled={!valid || !route}
              onClick={() => void copy()}
              data-testid="request-copy">
              Copy the request
            </button>
            <button
              type="button"
              className="button button--outline button--secondary"
              disabled={!ready}
              onClick={clearForm}>
              Clear the form
            </button>
          </div>
          <p
            role="status"
            className={clsx(styles.status, copyState === 'failed' && styles.error)}
            data-testid="request-status">
            {copyState === 'copied' && 'Copied: address, subject and message are on your clipboard.'}
            {copyState === 'failed' &&
              'Your browser did not allow copying. Select the message preview above and copy it yourself.'}
            {copyState === 'idle' &&
              sent &&
              'Your mail app should now show the request. The saved draft was removed from this device; the text stays on this page until you leave it. If no email opened, use “Copy the request”.'}
          </p>
        </section>
      </form>
    </section>
  );
}

/** The chosen priority's first response target and, after mount, when it is due if the request is sent now. */
function ResponseCommitment({draft, client}: {draft: RequestDraft; client: ClientState | null}): ReactNode {
  if (!draft.priority) return null;
  const priority = supportConfig.priorities[draft.priority];
  const zone = supportConfig.timeZone;
  const targets = client ? computeTargets(draft.priority, client.now, supportConfig) : null;
  const due = targets?.firstResponse.commitment;
  return (
    <p className={styles.commitment} data-testid="request-commitment">
      {priority.label} priority. First response time: {describeResponseTarget(priority.firstResponse)}.
      {due && client && (
        <>
          {' '}
          Sent now, the first response is due by <time dateTime={due.toISOString()}>
            {formatInstant(due, zone)}
          </time>{' '}
          (support time, {zone})
          {client.viewerZone !== zone && (
            <>
              , {formatInstant(due, client.viewerZone)} (your time, {client.viewerZone})
            </>
          )}
          .
        </>
      )}
    </p>
  );
}
