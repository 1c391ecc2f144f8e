import {useDeferredValue, useEffect, useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import {supportConfig} from '@site/src/data/supportConfig';
import {contactRows} from '@site/src/facts/channels';
import {TOPICS, topicByKey, topicKey, topicPath} from '@site/src/data/topics';
import {deepLinkHref, getDeepLink} from '@site/src/data/deepLinks';
import {noticesFor} from '@site/src/facts/statusNotices';
import {useStatusDocument} from '@site/src/hooks/useStatusDocument';
import SectionStatus from '@site/src/components/SectionStatus';
import {supportDueTimes} from '@site/src/facts/dueTimes';
import {describeResponseTarget, formatInstant} from '@site/src/sla/describe';
import {PRIORITY_IDS} from '@site/src/sla/types';
import {useNow, type Clock} from '@site/src/hooks/useNow';
import {useSupportCalendar} from '@site/src/hooks/useSupportCalendar';
import {
  buildBody,
  buildCopyText,
  buildSubject,
  CHOICE_LABELS,
  DEVICE_TYPES,
  emptyDraft,
  FIELDS,
  isFieldRequired,
  isFieldShown,
  ISSUE_KINDS,
  requestMailto,
  RESPONSE_METHODS,
  ROLES,
  routeRequest,
  SECTION_TITLES,
  sectionsFor,
  validateRequest,
  type FieldId,
  type RequestDraft,
} from './model';
import {
  clearDraft,
  discardSetAside,
  DRAFT_STORAGE_KEY,
  droppedNotice,
  loadDraft,
  loadSetAside,
  NOT_SAVED_NOTICE,
  parseDraft,
  probeStorage,
  recoverText,
  saveDraft,
  type DraftStorage,
} from './draftStorage';
import {applyRequestParams, chooseTopic, parseRequestParams, requestParamConflicts} from './params';
import {sendEvent} from '../Events/send';
import {readVisitSearches, takeRequestAfterSearches} from '../Events/visitSearches';
import {withDetected, type DetectedEnvironment} from './userAgent';
import {browserStorage, detectBrowser} from './browser';
import {useTouched} from './useTouched';
import {emlDraft, emlFileName} from './eml';
import {
  controlProps,
  FieldLabel,
  fieldElementId,
  fieldElementIds,
  RadioGroup,
  TextField,
  type FieldState,
  type TextFieldProps,
} from './fields';
import {Actions, MISSING_ID, MissingList, OUTPUT_TITLE_ID, Preview, type CopyState} from './output';
import WidgetBoundary from '@site/src/components/WidgetBoundary';
import styles from './styles.module.css';

export {fieldElementId};

/** The element id of the builder, a deep-link anchor. */
export const REQUEST_BUILDER_ID = 'request-builder';
/** The element id of the note on where the draft is kept. */
const STORAGE_NOTE_ID = 'request-storage-note';

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
function RequestBuilderWidget(): ReactNode {
  const brokenLinks = useBrokenLinks();
  for (const id of [REQUEST_BUILDER_ID, STORAGE_NOTE_ID, MISSING_ID, OUTPUT_TITLE_ID]) brokenLinks.collectAnchor(id);
  for (const id of Object.keys(FIELDS) as FieldId[]) fieldElementIds(id).forEach((e) => brokenLinks.collectAnchor(e));
  const {siteConfig} = useDocusaurusContext();
  const siteUrl = `${siteConfig.url}${siteConfig.baseUrl}`.replace(/\/+$/, '');
  const location = useLocation();
  const clock = useNow();

  const [draft, setDraft] = useState<RequestDraft>(emptyDraft);
  const [storage, setStorage] = useState<DraftStorage | null>(null);
  const [detected, setDetected] = useState<DetectedEnvironment | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [restoredAt, setRestoredAt] = useState<Date | null | undefined>(undefined);
  const [storageNotice, setStorageNotice] = useState<string | null>(null);
  // Whether this browser keeps the draft: unknown until mount, then probed.
  const [saving, setSaving] = useState<boolean | null>(null);
  // A stored draft this page could not read, kept aside until the person restores its text or discards it.
  const [setAside, setSetAside] = useState<string | null>(null);
  const [synced, setSynced] = useState<string | null>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const [sent, setSent] = useState(false);
  const {touched, touch, touchOnBlur, reset} = useTouched();

  // After mount: restore the draft, apply the link's parameters to blank
  // fields, suggest the browser's own values.
  useEffect(() => {
    const found = browserStorage();
    const works = probeStorage(found);
    const loaded = found ? loadDraft(found) : {kind: 'none' as const};
    const params = parseRequestParams(location.search);
    // A request after searching (issue 14): which search led here, as a cookieless event (none under GPC or DNT).
    const searches = readVisitSearches();
    if (takeRequestAfterSearches(searches))
      sendEvent(
        {type: 'request', query: searches[searches.length - 1]!, searches: searches.length},
        siteConfig.baseUrl,
      );
    const own = detectBrowser();
    const base = loaded.kind === 'draft' ? loaded.draft : emptyDraft();
    setDraft(withDetected(applyRequestParams(base, params), own));
    setDetected(own);
    setStorage(found);
    setSaving(works);
    setSetAside(found ? loadSetAside(found) : null);
    setRestoredAt(loaded.kind === 'draft' ? loaded.savedAt : undefined);
    const dropped = loaded.kind === 'draft' ? droppedNotice(loaded.dropped, loaded.draft.role) : null;
    setNotices([
      ...(loaded.kind === 'unreadable' ? [loaded.notice] : []),
      ...(dropped ? [dropped] : []),
      ...params.notices,
      ...(loaded.kind === 'draft' ? requestParamConflicts(loaded.draft, params) : []),
    ]);
    // The URL is read once, on arrival: later changes come from the person, not the link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Another tab of this page saves the same draft: keep this one in step, and say so.
  useEffect(() => {
    const onStorage = (event: StorageEvent): void => {
      if (event.key !== DRAFT_STORAGE_KEY) return;
      const parsed = parseDraft(event.newValue);
      if (parsed.kind === 'draft') {
        setDraft(parsed.draft);
        setSynced('Updated from this page in another tab of this browser, where the same draft was just changed.');
      } else if (parsed.kind === 'none') {
        setSynced(
          'The saved draft was cleared or sent in another tab. This tab still shows your answers; they are saved again when you change one.',
        );
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  // The preview, the mailto link and the checks follow the typing a moment later, so a long text does not make
  // every keystroke wait for them (React renders the deferred value when the browser is idle).
  const shown = useDeferredValue(draft);
  const errors = useMemo(() => validateRequest(shown), [shown]);
  const valid = Object.keys(errors).length === 0;
  const ready = clock !== null;

  function update(next: RequestDraft): void {
    setDraft(next);
    setSent(false);
    setCopyState('idle');
    setSynced(null);
    if (storage && saving) setStorageNotice(saveDraft(storage, next, new Date()));
  }

  /** Puts the text of the draft set aside into the form's blank fields (the description gets it appended). */
  function restoreSetAside(): void {
    if (!setAside) return;
    const recovered = recoverText(setAside);
    const next = {...draft};
    for (const [key, value] of Object.entries(recovered) as Array<[FieldId, string]>) {
      const current = next[key];
      if (typeof current !== 'string') continue;
      (next as Record<FieldId, unknown>)[key] = current.trim() === '' ? value : `${current}\n\n${value}`;
    }
    update(next);
    if (storage) discardSetAside(storage);
    setSetAside(null);
  }

  function set<K extends FieldId>(id: K, value: RequestDraft[K]): void {
    update({...draft, [id]: value});
  }

  function clearForm(): void {
    if (storage) clearDraft(storage);
    setDraft(detected ? withDetected(emptyDraft(), detected) : emptyDraft());
    reset();
    setRestoredAt(undefined);
    setStorageNotice(null);
    setCopyState('idle');
    setSent(false);
    document.getElementById(REQUEST_BUILDER_ID)?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  /** The state every control of field `id` needs. */
  function field(id: FieldId, hint?: ReactNode): FieldState {
    return {
      id,
      role: draft.role,
      required: isFieldRequired(id, draft),
      error: touched.has(id) ? errors[id] : undefined,
      hint,
      onBlur: () => touchOnBlur(id),
    };
  }

  /** A text field of the draft, when it applies. */
  function text(
    id: FieldId,
    options: Omit<TextFieldProps, keyof FieldState | 'value' | 'onChange'> & {hint?: ReactNode} = {},
  ): ReactNode {
    if (!isFieldShown(id, draft)) return null;
    const {hint, ...rest} = options;
    return (
      <TextField
        {...field(id, hint)}
        {...rest}
        value={String(draft[id])}
        onChange={(value) => set(id, value as RequestDraft[typeof id])}
      />
    );
  }

  const sections = sectionsFor(draft);
  const route = useMemo(
    () => (shown.priority ? routeRequest(supportConfig, shown.priority, shown.escalation) : null),
    [shown.priority, shown.escalation],
  );
  const subject = useMemo(() => buildSubject(shown, supportConfig), [shown]);
  const status = useStatusDocument();
  const shownTopic = topicByKey(shown.topic);
  const knownIncidents = useMemo(
    () =>
      shownTopic
        ? noticesFor(status.document, getDeepLink(shownTopic.linkId).components ?? [], status.now)
            .filter((n) => n.kind === 'incident')
            .map((n) => ({id: n.id, title: n.title, url: `${siteUrl}${deepLinkHref('status')}#${n.id}`}))
        : [],
    [shownTopic, status, siteUrl],
  );
  const body = useMemo(
    () => buildBody(shown, {config: supportConfig, siteUrl, viewerZone: clock?.viewerZone, knownIncidents}),
    [shown, siteUrl, clock?.viewerZone, knownIncidents],
  );
  const mailto = useMemo(() => (route ? requestMailto(route.address, subject, body) : null), [route, subject, body]);
  const topic = topicByKey(draft.topic);
  const zoneNote = clock ? ` (your time zone, ${clock.viewerZone})` : '';
  const missing = (Object.keys(errors) as FieldId[]).filter((id) => isFieldShown(id, shown));

  async function copy(): Promise<void> {
    if (!route) return;
    try {
      await navigator.clipboard.writeText(buildCopyText(route.address, subject, body));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }

  /** Saves the whole request as an `.eml` draft that mail apps open as a new message (no length limit). */
  function download(): void {
    if (!route) return;
    const file = new Blob([emlDraft({to: route.address, subject, body})], {type: 'message/rfc822'});
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = emlFileName(subject);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  function send(): void {
    if (storage) clearDraft(storage);
    setRestoredAt(undefined);
    setSent(true);
  }

  return (
    <section id={REQUEST_BUILDER_ID} className={styles.builder} aria-label="Support request builder" data-ready={ready}>
      <Notices notices={notices} restoredAt={restoredAt} viewerZone={clock?.viewerZone} />
      <form noValidate onSubmit={(e) => e.preventDefault()} aria-describedby={STORAGE_NOTE_ID}>
        {saving === false ? (
          <p id={STORAGE_NOTE_ID} className={styles.error} role="alert" data-testid="request-not-saved">
            {NOT_SAVED_NOTICE} Nothing is sent until you send the email yourself.
          </p>
        ) : (
          <p id={STORAGE_NOTE_ID} className={styles.hint}>
            Your answers are saved in this browser, on this device only, as you type. Nothing is sent until you send the
            email yourself. The saved draft is removed when you clear the form or open the email.
          </p>
        )}
        {storageNotice && (
          <p className={styles.error} role="alert">
            {storageNotice}
          </p>
        )}
        {synced && (
          <p className={styles.hint} role="status" data-testid="request-synced">
            {synced}
          </p>
        )}
        {setAside !== null && (
          <div className="alert alert--warning margin-bottom--md" data-testid="request-set-aside">
            <p className={styles.notice}>
              A saved draft this page could not read is kept aside on this device (
              {setAside.length.toLocaleString('en-US')} characters).
            </p>
            <div className={styles.actions}>
              <button type="button" className="button button--secondary button--sm" onClick={restoreSetAside}>
                Restore its text into the form
              </button>
              <button
                type="button"
                className="button button--outline button--secondary button--sm"
                onClick={() => {
                  if (storage) discardSetAside(storage);
                  setSetAside(null);
                }}>
                Discard it
              </button>
            </div>
          </div>
        )}
        <fieldset disabled={!ready} className={styles.section}>
          <legend className={styles.sectionTitle}>{SECTION_TITLES.about}</legend>
          {isFieldShown('role', draft) && (
            <RadioGroup
              {...field('role')}
              values={ROLES}
              value={draft.role}
              words={(r) => CHOICE_LABELS.role[r]}
              onChange={(r) => set('role', r)}
            />
          )}
          {text('organization', {autoComplete: 'organization'})}
          {isFieldShown('kind', draft) && (
            <RadioGroup
              {...field('kind')}
              values={ISSUE_KINDS}
              value={draft.kind}
              words={(k) => CHOICE_LABELS.kind[k]}
              onChange={(k) => set('kind', k)}
            />
          )}
          <div className={styles.field}>
            <label htmlFor={fieldElementId('topic')}>
              <FieldLabel {...field('topic')} />
            </label>
            <select
              {...controlProps(field('topic'))}
              value={draft.topic}
              onChange={(e) => update(chooseTopic(draft, e.target.value))}>
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
            {topic && <SectionStatus entry={topic.linkId} />}
          </div>
          {text('summary', {
            hint: 'A few words that say what fails, for example “Client PDF download failing”. Your company is added to the subject line for you.',
          })}
          {text('description', {
            multiline: true,
            hint: 'What happened, what you expected instead, and since when. Do not paste a full activation link: anyone who has it can open the agreement.',
          })}
          {isFieldShown('priority', draft) && (
            <RadioGroup
              {...field(
                'priority',
                <>
                  Not sure?{' '}
                  <Link to={deepLinkHref('priority-picker', {priority: draft.priority})}>
                    Find your priority with the priority picker
                  </Link>
                  .
                </>,
              )}
              values={PRIORITY_IDS}
              value={draft.priority}
              words={(p) => (
                <>
                  <strong>{supportConfig.priorities[p].label}</strong>: {supportConfig.priorities[p].summary} First
                  response: {describeResponseTarget(supportConfig.priorities[p].firstResponse)}.
                </>
              )}
              onChange={(p) => set('priority', p)}
            />
          )}
          <ResponseCommitment draft={draft} clock={clock} />
          {text('impact', {multiline: true, hint: 'Who is affected, what cannot be done, and what it costs you.'})}
          {isFieldShown('responseMethod', draft) && (
            <RadioGroup
              {...field('responseMethod')}
              values={
                draft.role === 'client' && draft.responseMethod !== 'chat'
                  ? RESPONSE_METHODS.filter((m) => m !== 'chat')
                  : RESPONSE_METHODS
              }
              value={draft.responseMethod}
              words={(m) => CHOICE_LABELS.responseMethod[m]}
              onChange={(m) => set('responseMethod', m)}
            />
          )}
          {text('contactPhone', {type: 'tel', autoComplete: 'tel'})}
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
          {text('ticket')}
        </fieldset>

        {sections.has('technical') && (
          <fieldset disabled={!ready} className={styles.section} data-section="technical">
            <legend className={styles.sectionTitle}>{SECTION_TITLES.technical}</legend>
            {text('errorMessages', {
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
            {text('browser')}
            {text('os')}
            <div className={styles.field}>
              <label htmlFor={fieldElementId('device')}>
                <FieldLabel {...field('device')} />
              </label>
              <select
                {...controlProps(field('device'))}
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
            {text('connection', {
              hint: 'Type and speed if you know them, for example office Wi-Fi, home broadband, mobile data.',
            })}
            {text('steps', {multiline: true, hint: 'What you did, step by step, before the problem appeared.'})}
            {text('tried', {multiline: true, hint: 'The solutions you already attempted, and what happened.'})}
          </fieldset>
        )}

        {sections.has('activation') && (
          <fieldset disabled={!ready} className={styles.section} data-section="activation">
            <legend className={styles.sectionTitle}>{SECTION_TITLES.activation}</legend>
            {text('clientCompany', {hint: 'The company that is trying to activate.'})}
            {text('linkGeneratedAt', {type: 'datetime-local', hint: `Date and time${zoneNote}.`})}
            {text('linkUsedAt', {type: 'datetime-local', hint: `Date and time${zoneNote}.`})}
            {text('clientSaw', {multiline: true, hint: 'The exact message or what the page did.'})}
            {text('clientContact', {
              hint: 'A name and an email address or phone number, if we may contact the client.',
            })}
          </fieldset>
        )}

        <section className={styles.output} aria-labelledby={OUTPUT_TITLE_ID}>
          <h2 id={OUTPUT_TITLE_ID} className={styles.outputTitle}>
            Your email
          </h2>
          <Preview
            route={route}
            critical={shown.priority === 'critical'}
            subject={subject}
            body={body}
            truncated={mailto?.truncated ?? false}
            endsWith={mailto?.endsWith}
          />
          {!valid && <MissingList errors={errors} fields={missing} role={shown.role} onVisit={touch} />}
          <Actions
            valid={valid}
            ready={ready}
            mailtoHref={mailto?.href ?? null}
            copyState={copyState}
            sent={sent}
            onSend={send}
            onCopy={() => void copy()}
            onDownload={download}
            onClear={clearForm}
          />
        </section>
      </form>
    </section>
  );
}

/** The notices about the link's values and the stored draft, and "your draft was restored". */
function Notices({
  notices,
  restoredAt,
  viewerZone,
}: {
  notices: readonly string[];
  restoredAt: Date | null | undefined;
  viewerZone: string | undefined;
}): ReactNode {
  return (
    <>
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
            {restoredAt && viewerZone ? ` (saved ${formatInstant(restoredAt, viewerZone)})` : ''}. Use “Clear the form”
            below to start a new request.
          </p>
        </div>
      )}
    </>
  );
}

/** The chosen priority's first response target and, after mount, when it is due if the request is sent now. */
function ResponseCommitment({draft, clock}: {draft: RequestDraft; clock: Clock | null}): ReactNode {
  const {dates} = useSupportCalendar();
  if (!draft.priority) return null;
  const priority = supportConfig.priorities[draft.priority];
  const zone = supportConfig.timeZone;
  // Over the support calendar the build resolved (holidays, special hours); nothing when now is outside its years.
  const result = clock ? supportDueTimes(supportConfig, dates, draft.priority, clock.now) : undefined;
  const due = result?.kind === 'due' ? result.targets.firstResponse.commitment : undefined;
  return (
    <p className={styles.commitment} data-testid="request-commitment">
      {priority.label} priority. First response time: {describeResponseTarget(priority.firstResponse)}.
      {due && clock && (
        <>
          {' '}
          Sent now, the first response is due by <time dateTime={due.toISOString()}>
            {formatInstant(due, zone)}
          </time>{' '}
          (support time, {zone})
          {clock.viewerZone !== zone && (
            <>
              , {formatInstant(due, clock.viewerZone)} (your time, {clock.viewerZone})
            </>
          )}
          .
        </>
      )}
    </p>
  );
}

/** {@link RequestBuilderWidget} inside a {@link WidgetBoundary}: a failure shows a message with the contact facts, not a crashed page. */
export default function RequestBuilder(): ReactNode {
  return (
    <>
      <NoScriptContacts />
      <WidgetBoundary name="request builder" id={REQUEST_BUILDER_ID}>
        <RequestBuilderWidget />
      </WidgetBoundary>
    </>
  );
}

/**
 * What a reader without JavaScript gets instead of the form (which needs it
 * to check answers and write the email): where to write or call, with the
 * hours, from the config; the greyed-out form is hidden.
 */
function NoScriptContacts(): ReactNode {
  const rows = contactRows(supportConfig).filter((row) => row.href);
  return (
    <noscript>
      <style>{`#${REQUEST_BUILDER_ID} form { display: none; }`}</style>
      <div className="alert alert--info margin-bottom--md" data-testid="request-no-js">
        <p className={styles.notice}>
          The request builder needs JavaScript, which is off in this browser. Write or call instead, and include the
          details that the Contact Support page lists under “Information to include”:
        </p>
        <ul>
          {rows.map((row) => (
            <li key={row.id}>
              {row.label}: <a href={row.href}>{row.method}</a> ({row.hours})
            </li>
          ))}
        </ul>
      </div>
    </noscript>
  );
}
