import {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {deepLinkHref, getDeepLink, type DeepLink} from '@site/src/data/deepLinks';
import {FEEDBACK_REASONS, type FeedbackReason} from '@site/src/facts/events';
import {sendEvent} from '../Events/send';
import {readVisitSearches} from '../Events/visitSearches';
import {getHelpHref, MAX_COMMENT_LENGTH, parseSteps} from './model';
import {readVote, writeVote, type Vote} from './voteStorage';
import styles from './styles.module.css';

/** Props of {@link SectionFeedback} (the remark plugin `src/plugins/section-feedback` writes them). */
export interface SectionFeedbackProps {
  /** Deep-link registry id of the scenario or FAQ question, for example `client.pdf-download-failing`. */
  readonly section: string;
  /** The section's step labels, as JSON text (a list of strings). */
  readonly steps?: string;
}

/** Where the widget is: asking, just answered, or showing an answer remembered from an earlier visit. */
type Phase = 'ask' | 'answered' | 'remembered';

/** The page route of the current location, without the base URL (what the events carry as `p`). */
function currentRoute(baseUrl: string): string {
  const path = window.location.pathname.slice(baseUrl.length - 1).replace(/\/+$/, '');
  return (path === '' ? '/' : path).toLowerCase();
}

/** The Yes / No question. */
function Question({onVote}: {onVote: (vote: Vote) => void}): ReactNode {
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Did this solve your problem?</legend>
      <div className={styles.buttons}>
        <button
          type="button"
          className="button button--sm button--outline button--primary"
          onClick={() => onVote('yes')}>
          Yes
        </button>
        <button
          type="button"
          className="button button--sm button--outline button--primary"
          onClick={() => onVote('no')}>
          No
        </button>
      </div>
    </fieldset>
  );
}

/** Props of {@link WhatWentWrong}. */
interface WhatWentWrongProps {
  readonly link: DeepLink;
  readonly steps: readonly string[];
  readonly onReason: (reason: FeedbackReason, stepsTried: number) => void;
}

/** After No: why, which steps were tried, an optional comment, and "Get help" with all of it. */
function WhatWentWrong({link, steps, onReason}: WhatWentWrongProps): ReactNode {
  const id = useId();
  const [reason, setReason] = useState<FeedbackReason | undefined>();
  const [tried, setTried] = useState<ReadonlySet<number>>(new Set());
  const [comment, setComment] = useState('');
  const [searches, setSearches] = useState<string[]>([]);
  useEffect(() => setSearches(readVisitSearches()), []);
  // The reason is sent once, with the steps ticked by then: on "Get help", or when the reader leaves the page
  // or changes the answer (the keepalive request outlives the page).
  const latest = useRef<{reason?: FeedbackReason; tried: number}>({tried: 0});
  latest.current = {reason, tried: tried.size};
  const sent = useRef(false);
  const flush = useCallback(() => {
    const {reason: chosen, tried: count} = latest.current;
    if (sent.current || !chosen) return;
    sent.current = true;
    onReason(chosen, count);
  }, [onReason]);
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);
  const triedLabels = steps.filter((_, i) => tried.has(i));
  const href = getHelpHref(link, {reason, tried: triedLabels, comment, searches});
  const toggle = (i: number): void =>
    setTried((before) => {
      const next = new Set(before);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  return (
    <div className={styles.details}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>What went wrong?</legend>
        {FEEDBACK_REASONS.map((r) => (
          <label key={r.id} className={styles.choice}>
            <input
              type="radio"
              name={`${id}-reason`}
              value={r.id}
              checked={reason === r.id}
              onChange={() => setReason(r.id)}
            />{' '}
            {r.label}
          </label>
        ))}
      </fieldset>
      {steps.length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Which steps did you try?</legend>
          {steps.map((step, i) => (
            <label key={i} className={styles.choice}>
              <input type="checkbox" checked={tried.has(i)} onChange={() => toggle(i)} /> {step}
            </label>
          ))}
        </fieldset>
      )}
      <label className={styles.commentLabel} htmlFor={`${id}-comment`}>
        Anything else? (optional; it goes only into your support request, never to our statistics)
      </label>
      <textarea
        id={`${id}-comment`}
        className={styles.comment}
        maxLength={MAX_COMMENT_LENGTH}
        rows={3}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <p className={styles.help}>
        <Link className="button button--primary button--sm" to={href} onClick={flush}>
          Get help
        </Link>{' '}
        <span className={styles.hint}>
          opens a support request with this section
          {triedLabels.length > 0 ? ', the steps you tried' : ''}
          {searches.length > 0 ? ' and your searches' : ''} filled in.
        </span>
      </p>
    </div>
  );
}

/**
 * "Did this solve your problem?" at the end of a troubleshooting scenario or
 * FAQ answer (issue 14). Yes thanks the reader; No asks what went wrong
 * (reason, steps tried, an optional comment) and offers "Get help": the
 * request builder with the role, topic, section, steps, comment and the
 * searches of this visit filled in. The answer is remembered on the device
 * (`./voteStorage.ts`) and not asked again ("You said this helped", with a
 * way to change it). A vote and a reason are sent as cookieless events
 * (`src/facts/events.ts`; nothing under Global Privacy Control or Do Not
 * Track); the comment never is.
 *
 * The server renders an empty placeholder (no question without JavaScript,
 * nothing to break); the question appears after hydration. A polite live
 * region announces each answer.
 */
export default function SectionFeedback({section, steps}: SectionFeedbackProps): ReactNode {
  const link = getDeepLink(section);
  const baseUrl = useBaseUrl('/');
  const [mounted, setMounted] = useState(false);
  const [vote, setVote] = useState<Vote | undefined>();
  const [phase, setPhase] = useState<Phase>('ask');
  const focusTarget = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const stored = readVote(section);
    setVote(stored);
    setPhase(stored ? 'remembered' : 'ask');
    setMounted(true);
  }, [section]);

  const onVote = useCallback(
    (answer: Vote) => {
      writeVote(section, answer);
      setVote(answer);
      setPhase('answered');
      sendEvent({type: 'vote', section, page: currentRoute(baseUrl), helpful: answer === 'yes'}, baseUrl);
    },
    [baseUrl, section],
  );
  const onReason = useCallback(
    (reason: FeedbackReason, stepsTried: number) => {
      sendEvent({type: 'reason', section, page: currentRoute(baseUrl), reason, stepsTried}, baseUrl);
    },
    [baseUrl, section],
  );
  const change = (): void => {
    writeVote(section, undefined);
    setVote(undefined);
    setPhase('ask');
  };

  // After an answer, focus goes to "Change my answer", which replaced the buttons.
  useEffect(() => {
    if (phase === 'answered') focusTarget.current?.focus();
  }, [phase]);

  if (!mounted) return <div className={styles.placeholder} data-section-feedback={section} />;

  const message =
    phase === 'answered'
      ? vote === 'yes'
        ? 'Thank you! Glad this solved your problem.'
        : 'Sorry this did not solve your problem. Tell us what went wrong, or get help.'
      : phase === 'remembered'
        ? vote === 'yes'
          ? 'You said this helped.'
          : 'You said this did not help.'
        : '';

  return (
    <section
      className={styles.feedback}
      aria-label={`Feedback on “${link.title}”`}
      data-section-feedback={section}
      data-phase={phase}
      data-vote={vote ?? ''}>
      {phase === 'ask' && <Question onVote={onVote} />}
      <p role="status" className={styles.status}>
        {message}
      </p>
      {phase !== 'ask' && (
        <button ref={focusTarget} type="button" className={styles.change} onClick={change}>
          Change my answer
        </button>
      )}
      {vote === 'no' && phase !== 'ask' && <WhatWentWrong link={link} steps={parseSteps(steps)} onReason={onReason} />}
      <p className={styles.privacy}>
        <Link to={deepLinkHref('privacy')}>What we record</Link>
      </p>
    </section>
  );
}
