import {useEffect, useMemo, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {DateTime} from 'luxon';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useLocation} from '@docusaurus/router';
import {supportConfig} from '@site/src/data/supportConfig';
import {businessHoursText} from '@site/src/facts/channels';
import {supportDueTimes} from '@site/src/facts/dueTimes';
import type {CalendarWindow} from '@site/src/facts/supportCalendar';
import {
  describeDayHours,
  describeRelative,
  describeResolutionTarget,
  describeResponseTarget,
  formatInstant,
} from '@site/src/sla/describe';
import {PRIORITY_IDS, type ClosedReason, type PriorityId, type SlaTargets} from '@site/src/sla/types';
import {ChannelLink} from '@site/src/components/SupportList';
import {isoUtc, parsePickerParams, pickerSearch} from './params';
import {calendarInputBounds, fieldValue, readSubmissionEntry} from './submissionEntry';
import {useNow, type Clock} from '@site/src/hooks/useNow';
import {useSupportCalendar} from '@site/src/hooks/useSupportCalendar';
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
 * `supportDueTimes` over the support calendar the build resolved (business
 * hours, holidays, special hours), in the support time zone and in their
 * own, with a relative phrase and the channel to use. It says how due times
 * are rounded, why a resolution due time moved, and when a submission time
 * is outside the years the calendar covers.
 *
 * Contract (see the "Linking to the help center" page): the element has the id
 * `priority-picker`; query parameters `priority` and `submitted` (see
 * `params.ts`) set the state and are updated when it changes; each computed
 * instant is a `<time dateTime="…Z">` inside `[data-testid="response-aim"]`,
 * `response-due`, `resolution-aim` or `resolution-due`.
 *
 * Typing into the submission time never falls back to "now": while a segment
 * is incomplete the field keeps what the person typed and the due times keep
 * the last complete value, and the field says so (`submissionEntry.ts`).
 *
 * Server rendering is neutral (targets as text, no instants); the clock, the
 * viewer's zone and the URL are read after mount, so the HTML never differs
 * from the first client render.
 */
function PriorityPickerWidget(): ReactNode {
  useBrokenLinks().collectAnchor(PRIORITY_PICKER_ID);
  const location = useLocation();
  const client = useNow();
  const {dates} = useSupportCalendar();
  const [priority, setPriority] = useState<PriorityId>('medium');
  const [submittedAt, setSubmittedAt] = useState<Date | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  // The field's own text while the person edits it; null while it shows `submittedAt` (or now).
  const [entry, setEntry] = useState<string | null>(null);

  // Read the URL after mount (and when the
  // URL's query changes through client-side navigation).
  useEffect(() => {
    const parsed = parsePickerParams(location.search, timeZone, dates.years);
    setPriority(parsed.priority);
    setSubmittedAt(parsed.submittedAt);
    setNotices(parsed.notices);
    setEntry(null);
  }, [location.search, dates.years]);

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

  function typed(value: string): void {
    setEntry(value);
    if (!client) return;
    const read = readSubmissionEntry(value, client.viewerZone, timeZone, dates.years);
    if (read.kind === 'complete') update(priority, read.instant);
  }

  const suggestion = useMemo(() => suggest(answers), [answers]);

  const definition = supportConfig.priorities[priority];
  const submission = client ? (submittedAt ?? client.now) : null;
  const due = submission ? supportDueTimes(supportConfig, dates, priority, submission) : null;

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
      <SubmissionTime
        client={client}
        submittedAt={submittedAt}
        entry={entry}
        years={dates.years}
        onType={typed}
        onNow={() => {
          setEntry(null);
          update(priority, null);
        }}
      />
      <div aria-live="polite" className={styles.result} data-testid="picker-result" data-priority={priority}>
        <h4 className={styles.resultTitle}>
          {definition.label} priority. First response time: {describeResponseTarget(definition.firstResponse)}.
          Resolution time: {describeResolutionTarget(definition.resolution)}.
        </h4>
        {client && submission && due ? (
          <Result
            client={client}
            submission={submission}
            following={submittedAt === null}
            due={due}
            years={dates.years}
          />
        ) : (
          <p data-testid="picker-static">
            Due times for your request appear here once the page has loaded (they need JavaScript). Business hours:{' '}
            {businessHoursText(supportConfig)} ({timeZone}), except on support holidays and special hours.
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

/**
 * The submission-time control: "now" by default, or a local date and time of
 * the viewer, in the years the support calendar covers (`min`/`max`). The
 * field shows what the person types; a complete value is used at once, an
 * incomplete or out-of-range one keeps the last complete value and the
 * status line under the field says so.
 */
function SubmissionTime({
  client,
  submittedAt,
  entry,
  years,
  onType,
  onNow,
}: {
  client: Clock | null;
  submittedAt: Date | null;
  entry: string | null;
  years: CalendarWindow;
  onType: (value: string) => void;
  onNow: () => void;
}): ReactNode {
  const zone = client?.viewerZone;
  const value = entry ?? (client && zone ? fieldValue(submittedAt ?? client.now, zone) : '');
  const bounds = zone ? calendarInputBounds(years, timeZone, zone) : undefined;
  const read = entry !== null && zone ? readSubmissionEntry(entry, zone, timeZone, years) : null;
  const kept =
    submittedAt && zone ? (
      <>
        <time dateTime={isoUtc(submittedAt)}>{formatInstant(submittedAt, zone)}</time> (your time)
      </>
    ) : (
      'the current time'
    );
  return (
    <div className={styles.time}>
      <label htmlFor="picker-submitted">Submission time{zone ? ` (your time zone, ${zone})` : ''}</label>
      <div className={styles.timeControls}>
        <input
          id="picker-submitted"
          type="datetime-local"
          value={value}
          min={bounds?.min}
          max={bounds?.max}
          disabled={!client}
          aria-describedby="picker-entry-status"
          onChange={(e) => onType(e.target.value)}
        />
        <button
          type="button"
          className={clsx('button button--secondary', styles.nowButton)}
          disabled={!client || (submittedAt === null && entry === null)}
          onClick={onNow}>
          Use the current time
        </button>
      </div>
      <p id="picker-entry-status" role="status" className={styles.entryStatus} data-testid="picker-entry-status">
        {read?.kind === 'incomplete' && (
          <>The date and time are not complete yet: the due times below are still for {kept}.</>
        )}
        {read?.kind === 'outside-years' && zone && (
          <>
            {formatInstant(read.instant, zone)} is outside the years the support calendar covers ({years.from}–
            {years.to}): the due times below are still for {kept}.
          </>
        )}
        {(read === null || read.kind === 'complete') &&
          (submittedAt === null ? 'Following the current time.' : 'Using the date and time above.')}
      </p>
    </div>
  );
}

/** The computed part of the result: when the clock starts, the due times, and what to know about them. */
function Result({
  client,
  submission,
  following,
  due,
  years,
}: {
  client: Clock;
  submission: Date;
  following: boolean;
  due: ReturnType<typeof supportDueTimes>;
  years: CalendarWindow;
}): ReactNode {
  if (due.kind === 'outside-years') {
    return (
      <p className="alert alert--warning" data-testid="picker-calendar-notice">
        {following ? 'The current time' : `The submission time ${formatInstant(submission, timeZone)}`} is outside the
        years the support calendar of this site covers ({due.years.from}–{due.years.to}), so no due times are computed
        here. Choose a submission time in those years.
      </p>
    );
  }
  if (due.kind === 'unavailable') {
    return (
      <p className="alert alert--warning" data-testid="picker-calendar-notice">
        Due times cannot be computed from the support calendar: {due.message}
      </p>
    );
  }
  const {targets} = due;
  return (
    <>
      <p data-testid="picker-computed-for">
        For a request submitted <time dateTime={isoUtc(submission)}>{formatInstant(submission, timeZone)}</time>{' '}
        (support time, {timeZone}
        {client.viewerZone !== timeZone ? `; ${formatInstant(submission, client.viewerZone)} your time` : ''}).
      </p>
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
      <MovedResolution targets={targets} priority={targets.priority} />
      <Rounding submission={submission} />
      {due.pastCalendar && (
        <p className={styles.note} data-testid="picker-past-calendar">
          A due time above falls after {years.to}, the last year the support calendar of this site covers: holidays
          after it are not known, so that due time counts the weekly business hours only.
        </p>
      )}
    </>
  );
}

/** Business days as the targets say them: `same business day`, `next business day`, `3 business days`. */
function daysWords(days: number): string {
  if (days === 0) return 'same business day';
  if (days === 1) return 'next business day';
  return `${days} business days`;
}

/**
 * Why a resolution due time moved: the business-days rule put it before the
 * first response due time of the same kind, so it moved to the end of the
 * business day of the first response (`computeTargets`).
 */
function MovedResolution({targets, priority}: {targets: SlaTargets; priority: PriorityId}): ReactNode {
  const {resolution, firstResponse} = targets;
  const target = supportConfig.priorities[priority].resolution;
  if (resolution.kind !== 'due' || target.kind !== 'businessDays') return null;
  const moves = [
    {what: 'aim', from: resolution.aimMovedFrom, to: resolution.aim, days: target.aimDays, response: firstResponse.aim},
    {
      what: 'commitment',
      from: resolution.commitmentMovedFrom,
      to: resolution.commitment,
      days: target.commitmentDays,
      response: firstResponse.commitment,
    },
  ].filter((m): m is typeof m & {from: Date} => m.from !== null);
  if (moves.length === 0) return null;
  return (
    <ul className={styles.note} data-testid="resolution-moved">
      {moves.map((m) => (
        <li key={m.what}>
          Resolution {m.what} moved: “{daysWords(m.days)}” ends {formatInstant(m.from, timeZone)}, before the first
          response {m.what} ({formatInstant(m.response, timeZone)}). A resolution is never due before the first
          response, so it is due at the end of the business day of the first response:{' '}
          <time dateTime={isoUtc(m.to)}>{formatInstant(m.to, timeZone)}</time>.
        </li>
      ))}
    </ul>
  );
}

/** How due times are rounded: up to the whole minute; the field hides the seconds of the submission. */
function Rounding({submission}: {submission: Date}): ReactNode {
  const local = DateTime.fromJSDate(submission, {zone: timeZone});
  const hasSeconds = local.second !== 0 || local.millisecond !== 0;
  return (
    <p className={styles.note} data-testid="picker-rounding">
      {hasSeconds ? (
        <>
          Submitted at {local.setLocale('en-US').toFormat('h:mm:ss a')} ({timeZone}); the submission time field hides
          seconds. Each due time is rounded up to the next whole minute, so it reads up to one minute later than the
          exact time.
        </>
      ) : (
        <>Due times are rounded up to the whole minute. This submission time is a whole minute, so they are exact.</>
      )}
    </p>
  );
}

/** Why the clock starts later, in words, per reason. */
const closedText: Record<ClosedReason['reason'], (r: ClosedReason) => string> = {
  holiday: (r) =>
    r.reason === 'holiday' ? `${calendarDate(r.holiday.date)} is a support holiday (${r.holiday.name})` : '',
  'special-hours': (r) =>
    r.reason === 'special-hours'
      ? `${calendarDate(r.special.date)} has special hours (${r.special.name}: ${describeDayHours(r.special.hours)})`
      : '',
  'closed-day': () => 'it is not a business day',
  'outside-hours': () => `it is outside business hours (${businessHoursText(supportConfig)})`,
};

/** A local date of the support calendar in words: `Thursday, December 24, 2026`. */
function calendarDate(date: string): string {
  return DateTime.fromISO(date, {zone: timeZone}).setLocale('en-US').toFormat('cccc, LLLL d, yyyy');
}

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
