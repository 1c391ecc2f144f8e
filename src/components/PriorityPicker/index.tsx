import {useEffect, useMemo, useState, type ReactNode} from 'react';
import {DateTime} from 'luxon';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useLocation} from '@docusaurus/router';
import {supportConfig} from '@site/src/data/supportConfig';
import {businessHoursText} from '@site/src/facts/channels';
import {computeTargets} from '@site/src/sla/targets';
import {
  describeRelative,
  describeResolutionTarget,
  describeResponseTarget,
  formatInstant,
} from '@site/src/sla/describe';
import {PRIORITY_IDS, type ClosedReason, type PriorityId} from '@site/src/sla/types';
import {ChannelLink} from '@site/src/components/SupportList';
import {isoUtc, parsePickerParams, pickerSearch} from './params';
import {useNow, type Clock} from '@site/src/hooks/useNow';
import {deepLinkHref} from '@site/src/data/deepLinks';
import WidgetBoundary from '@site/src/components/WidgetBoundary';
import styles from './styles.module.css';

/** The element id of the picker: the deep-link anchor `#priority-picker`. */
export const PRIORITY_PICKER_ID = 'priority-picker';

const {timeZone} = supportConfig;

/**
 * The priority picker: the person chooses a priority (or answers yes/no
 * questions from the config's triage list, and the picker suggests one and
 * says why), sets the submission time (default: now), and sees the first
 * response and resolution due times, aim and commitment, computed by
 * `computeTargets` from the support config's business-hours calendar, in the
 * support time zone and in their own, with a relative phrase and the channel
 * to use.
 *
 * Contract (see the "Linking to the help center" page): the element has the id
 * `priority-picker`; query parameters `priority` and `submitted` (see
 * `params.ts`) set the state and are updated when it changes; each computed
 * instant is a `<time dateTime="…Z">` inside `[data-testid="response-aim"]`,
 * `response-due`, `resolution-aim` or `resolution-due`.
 *
 * Server rendering is neutral (targets as text, no instants); the clock, the
 * viewer's zone and the URL are read after mount, so the HTML never differs
 * from the first client render.
 */
function PriorityPickerWidget(): ReactNode {
  useBrokenLinks().collectAnchor(PRIORITY_PICKER_ID);
  const location = useLocation();
  const client = useNow();
  const [priority, setPriority] = useState<PriorityId>('medium');
  const [submittedAt, setSubmittedAt] = useState<Date | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [answers, setAnswers] = useState<Record<string, boolean>>({});

  // Read the URL after mount (and when the
  // URL's query changes through client-side navigation).
  useEffect(() => {
    const parsed = parsePickerParams(location.search, timeZone);
    setPriority(parsed.priority);
    setSubmittedAt(parsed.submittedAt);
    setNotices(parsed.notices);
  }, [location.search]);

  function update(nextPriority: PriorityId, nextSubmitted: Date | null): void {
    setPriority(nextPriority);
    setSubmittedAt(nextSubmitted);
    const search = pickerSearch(window.location.search, nextPriority, nextSubmitted, timeZone);
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  }

  const suggestion = useMemo(() => suggest(answers), [answers]);

  const definition = supportConfig.priorities[priority];
  const submission = client ? (submittedAt ?? client.now) : null;
  const targets = submission ? computeTargets(priority, submission, supportConfig) : null;

  return (
    <section id={PRIORITY_PICKER_ID} className={styles.picker} aria-labelledby="priority-picker-title">
      <h3 id="priority-picker-title" className={styles.title}>
        Find your priority and when you will hear back
      </h3>
      {notices.length > 0 && (
        <div className="alert alert--warning margin-bottom--md" role="status" data-testid="picker-notice">
          {notices.map((n) => (
            <p key={n} className={styles.notice}>
              {n}
            </p>
          ))}
        </div>
      )}
      <div className={styles.columns}>
        <fieldset className={styles.fieldset}>
          <legend>Priority</legend>
          {PRIORITY_IDS.map((id) => {
            const p = supportConfig.priorities[id];
            return (
              <label key={id} className={styles.option}>
                <input
                  type="radio"
                  name="priority"
                  value={id}
                  checked={priority === id}
                  onChange={() => update(id, submittedAt)}
                />
                <span>
                  <strong>{p.label}</strong>: {p.examples.join(', ')}
                </span>
              </label>
            );
          })}
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>Not sure? Tick each question you answer “yes” to</legend>
          {supportConfig.triage.map((q) => (
            <label key={q.id} className={styles.option}>
              <input
                type="checkbox"
                checked={answers[q.id] ?? false}
                onChange={(e) => {
                  const next = {...answers, [q.id]: e.target.checked};
                  setAnswers(next);
                  update(suggest(next).priority, submittedAt);
                }}
              />
              <span>{q.question}</span>
            </label>
          ))}
          <p className={styles.suggestion} data-testid="picker-suggestion">
            {Object.values(answers).some(Boolean) ? (
              <>
                Your answers make it <strong>{supportConfig.priorities[suggestion.priority].label}</strong>:{' '}
                {suggestion.reason}
              </>
            ) : (
              <>
                Tick what applies and the priority above follows your answers; when none of them applies, it is{' '}
                {supportConfig.priorities.low.label}.
              </>
            )}
          </p>
        </fieldset>
      </div>
      <SubmissionTime client={client} submittedAt={submittedAt} onChange={(d) => update(priority, d)} />
      <div aria-live="polite" className={styles.result} data-testid="picker-result" data-priority={priority}>
        <h4 className={styles.resultTitle}>
          {definition.label} priority. First response time: {describeResponseTarget(definition.firstResponse)}.
          Resolution time: {describeResolutionTarget(definition.resolution)}.
        </h4>
        {targets && client ? (
          <>
            <ClockStart
              submittedAt={targets.submittedAt}
              startsAt={targets.firstResponse.clockStartsAt}
              delayedBy={targets.firstResponse.clock === 'business' ? targets.firstResponse.delayedBy : null}
            />
            <dl className={styles.dueList}>
              <Due label="First response, aim" testId="response-aim" at={targets.firstResponse.aim} client={client} />
              <Due
                label="First response, commitment (SLA target)"
                testId="response-due"
                at={targets.firstResponse.commitment}
                client={client}
              />
              {targets.resolution.kind === 'due' ? (
                <>
                  <Due label="Resolution, aim" testId="resolution-aim" at={targets.resolution.aim} client={client} />
                  <Due
                    label="Resolution, commitment (SLA target)"
                    testId="resolution-due"
                    at={targets.resolution.commitment}
                    client={client}
                  />
                </>
              ) : (
                <div className={styles.due} data-testid="resolution-due">
                  <dt>Resolution</dt>
                  <dd>Continuous work until resolved</dd>
                </div>
              )}
            </dl>
          </>
        ) : (
          <p data-testid="picker-static">
            Due times for your request appear here once the page has loaded (they need JavaScript). Business hours:{' '}
            {businessHoursText(supportConfig)} ({timeZone}).
          </p>
        )}
        <div className={styles.channels}>
          <strong>
            {priority === 'critical'
              ? 'Call now, then send the details in writing:'
              : 'Where to send it (preferred first):'}
          </strong>
          <ul>
            {definition.channels.map((id) => (
              <li key={id}>
                <ChannelLink id={id} />
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

/**
 * The priority the triage answers lead to: the first question answered "yes"
 * in config order decides; with none, Low.
 */
function suggest(answers: Readonly<Record<string, boolean>>): {priority: PriorityId; reason: string} {
  const hit = supportConfig.triage.find((q) => answers[q.id]);
  if (hit) return {priority: hit.priority, reason: hit.reason};
  return {
    priority: 'low',
    reason:
      'None of the questions applies: a general question, feature request or documentation update is low priority.',
  };
}

/** The submission-time control: "now" by default, or a local date and time of the viewer. */
function SubmissionTime({
  client,
  submittedAt,
  onChange,
}: {
  client: Clock | null;
  submittedAt: Date | null;
  onChange: (d: Date | null) => void;
}): ReactNode {
  const zone = client?.viewerZone;
  const value =
    client && zone ? DateTime.fromJSDate(submittedAt ?? client.now, {zone}).toFormat("yyyy-MM-dd'T'HH:mm") : '';
  return (
    <div className={styles.time}>
      <label htmlFor="picker-submitted">Submission time{zone ? ` (your time zone, ${zone})` : ''}</label>
      <input
        id="picker-submitted"
        type="datetime-local"
        value={value}
        disabled={!client}
        onChange={(e) => {
          if (!zone) return;
          if (e.target.value === '') {
            onChange(null);
            return;
          }
          const parsed = DateTime.fromISO(e.target.value, {zone});
          if (parsed.isValid) onChange(parsed.toJSDate());
        }}
      />
      <button
        type="button"
        className="button button--link button--sm"
        disabled={!client || submittedAt === null}
        onClick={() => onChange(null)}>
        Use the current time
      </button>
    </div>
  );
}

const closedText: Record<ClosedReason['reason'], (r: ClosedReason) => string> = {
  holiday: (r) =>
    r.reason === 'holiday'
      ? `${DateTime.fromISO(r.holiday.date, {zone: timeZone}).toFormat('cccc, LLLL d, yyyy')} is a support holiday (${r.holiday.name})`
      : '',
  'closed-day': () => 'it is not a business day',
  'outside-hours': () => `it is outside business hours (${businessHoursText(supportConfig)})`,
};

/** Says when the SLA clock starts later than the submission, and why. */
function ClockStart({
  submittedAt,
  startsAt,
  delayedBy,
}: {
  submittedAt: Date;
  startsAt: Date;
  delayedBy: ClosedReason | null;
}): ReactNode {
  if (!delayedBy || startsAt.getTime() === submittedAt.getTime()) {
    return <p data-testid="clock-start">The clock starts when you submit.</p>;
  }
  return (
    <p data-testid="clock-start">
      The business-hours clock starts at <time dateTime={isoUtc(startsAt)}>{formatInstant(startsAt, timeZone)}</time>,
      the next opening, because {closedText[delayedBy.reason](delayedBy)} in {timeZone}.
    </p>
  );
}

/** One due time: in the support zone and the viewer's zone, with a relative phrase. */
function Due({label, testId, at, client}: {label: string; testId: string; at: Date; client: Clock}): ReactNode {
  const past = at.getTime() < client.now.getTime();
  return (
    <div className={styles.due} data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        <time dateTime={isoUtc(at)}>{formatInstant(at, timeZone)}</time>{' '}
        <span className={styles.zone}>support time, {timeZone}</span>
        {client.viewerZone !== timeZone && (
          <>
            <br />
            {formatInstant(at, client.viewerZone)} <span className={styles.zone}>your time, {client.viewerZone}</span>
          </>
        )}
        <br />
        <span className={past ? styles.past : undefined}>{describeRelative(client.now, at)}</span>
        {past && (
          <>
            {' '}
            (past due: <Link to={deepLinkHref('contact.escalation')}>escalate</Link>)
          </>
        )}
      </dd>
    </div>
  );
}

/** {@link PriorityPickerWidget} inside a {@link WidgetBoundary}: a failure shows a message with the contact facts, not a crashed page. */
export default function PriorityPicker(): ReactNode {
  return (
    <WidgetBoundary name="priority picker" id={PRIORITY_PICKER_ID}>
      <PriorityPickerWidget />
    </WidgetBoundary>
  );
}
