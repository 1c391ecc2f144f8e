/**
 * The request builder's output: the email as it will be sent (address,
 * subject, message), what is still missing, and the actions (open in the
 * mail app, copy, clear). Stateless: the builder passes what it computed.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';
import {fieldElementId} from './fields';
import {fieldLabel, MAILTO_MAX_LENGTH, type FieldId, type RequestErrors, type RequestRoute, type Role} from './model';

/** The element id of the list of what is missing, described by the actions. */
export const MISSING_ID = 'request-missing';
/** The element id of the output's heading. */
export const OUTPUT_TITLE_ID = 'request-output-title';

/** Props of {@link Preview}. */
export interface PreviewProps {
  /** Where the request goes, once a priority is chosen. */
  readonly route: RequestRoute | null;
  /** Whether the priority is Critical (then "call now" is shown above the email). */
  readonly critical: boolean;
  /** The subject line, or `''`. */
  readonly subject: string;
  /** The plain-text message, or `''`. */
  readonly body: string;
  /** Whether the mailto link had to be shortened. */
  readonly truncated: boolean;
  /** When shortened: the last words the email link still carries. */
  readonly endsWith?: string;
}

/** Longest body the preview shows, in characters: a longer one is shown up to here, with a note (the actions keep all of it). */
export const PREVIEW_MAX_LENGTH = 20_000;

/** The email as it will be sent: "call now" for Critical, To, Subject, Message, and a note when the link is shortened. */
export function Preview({route, critical, subject, body, truncated, endsWith}: PreviewProps): ReactNode {
  const preview = body.length > PREVIEW_MAX_LENGTH ? `${body.slice(0, PREVIEW_MAX_LENGTH)}…` : body;
  return (
    <>
      {critical && route?.callFirst && (
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
            {preview || '(your answers appear here)'}
          </pre>
          {preview !== body && (
            <p className={styles.hint}>
              The preview shows the first {PREVIEW_MAX_LENGTH.toLocaleString('en-US')} characters; the copy and the
              download hold all of them.
            </p>
          )}
        </dd>
      </dl>
      {truncated && (
        <div className="alert alert--warning margin-bottom--md" role="status" data-testid="request-truncated">
          This request is longer than an email link can carry (about {MAILTO_MAX_LENGTH.toLocaleString('en-US')}{' '}
          characters once encoded). “Open in your mail app” writes only the first part, ending{' '}
          {endsWith ? (
            <>
              after “…<span data-testid="request-truncated-end">{endsWith}</span>”
            </>
          ) : (
            'before the message'
          )}
          , then a note. For the whole request, use “Download as an email draft” (your mail app opens it as a new
          message) or “Copy the request”.
        </div>
      )}
    </>
  );
}

/** Props of {@link MissingList}. */
export interface MissingListProps {
  /** What is wrong, per field, in form order. */
  readonly errors: RequestErrors;
  /** The fields to list (those shown). */
  readonly fields: readonly FieldId[];
  /** The person's role, for the labels. */
  readonly role: Role | '';
  /** Called when the person follows a field's link (shows its error, then it gets the focus). */
  readonly onVisit: (id: FieldId) => void;
}

/** "Before you can send it:", each missing or invalid field linked to its control with its message. */
export function MissingList({errors, fields, role, onVisit}: MissingListProps): ReactNode {
  return (
    <div id={MISSING_ID} className={styles.missing} data-testid="request-missing">
      <p className={styles.notice}>Before you can send it:</p>
      <ul>
        {fields.map((id) => (
          <li key={id}>
            <a
              href={`#${fieldElementId(id)}`}
              onClick={(e) => {
                e.preventDefault();
                onVisit(id);
                const target = document.getElementById(fieldElementId(id));
                const focusable = target?.matches('input, select, textarea')
                  ? target
                  : target?.querySelector<HTMLElement>('input:checked, input');
                focusable?.focus();
              }}>
              {fieldLabel(id, role)}
            </a>
            : {errors[id]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the last action did: nothing yet, copied, copying failed. */
export type CopyState = 'idle' | 'copied' | 'failed';

/** Props of {@link Actions}. */
export interface ActionsProps {
  /** Whether the request is complete (the mail and copy actions are enabled). */
  readonly valid: boolean;
  /** Whether the page has loaded (clearing is possible). */
  readonly ready: boolean;
  /** The `mailto:` link, once an address is known. */
  readonly mailtoHref: string | null;
  /** The outcome of the last copy. */
  readonly copyState: CopyState;
  /** Whether the person opened the email (the draft was then removed). */
  readonly sent: boolean;
  /** Opens the mail app (the link's own default action) and removes the draft. */
  readonly onSend: () => void;
  /** Copies the whole request. */
  readonly onCopy: () => void;
  /** Downloads the whole request as an `.eml` draft. */
  readonly onDownload: () => void;
  /** Clears the form and the stored draft. */
  readonly onClear: () => void;
}

/** The three actions and the status line that says what the last one did. */
export function Actions({
  valid,
  ready,
  mailtoHref,
  copyState,
  sent,
  onSend,
  onCopy,
  onDownload,
  onClear,
}: ActionsProps): ReactNode {
  return (
    <>
      <div className={styles.actions} aria-describedby={valid ? undefined : MISSING_ID}>
        {valid && mailtoHref ? (
          <a className="button button--primary" href={mailtoHref} onClick={onSend} data-testid="request-send">
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
          disabled={!valid || !mailtoHref}
          onClick={onCopy}
          data-testid="request-copy">
          Copy the request
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={!valid || !mailtoHref}
          onClick={onDownload}
          data-testid="request-download">
          Download as an email draft
        </button>
        <button type="button" className="button button--outline button--secondary" disabled={!ready} onClick={onClear}>
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
    </>
  );
}
