import type {ReactNode} from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import {supportConfig} from '@site/src/data/supportConfig';
import {contactRows, type ContactRow} from '@site/src/facts/channels';
import styles from './styles.module.css';

/** Props of {@link WidgetBoundary}. */
export interface WidgetBoundaryProps {
  /** What the widget is, in words, for the message: `priority picker`. */
  readonly name: string;
  /** The widget's element id (a deep-link anchor), kept on the message so a link to it still lands. */
  readonly id?: string;
  /** The widget. */
  readonly children: ReactNode;
}

/** The channels the message offers, most generally useful first. */
const OFFERED = ['general', 'phone', 'emergency'] as const;

/** The contacts to offer instead of the widget, read defensively: a message must never fail in turn. */
function offeredContacts(): ContactRow[] {
  try {
    return contactRows(supportConfig).filter((row) => (OFFERED as readonly string[]).includes(row.id));
  } catch {
    return [];
  }
}

/** What is shown instead of a widget that failed: what happened, where to get help, a way to try again. */
function WidgetError({
  name,
  id,
  error,
  tryAgain,
}: {
  name: string;
  id?: string;
  error: Error;
  tryAgain: () => void;
}): ReactNode {
  const contacts = offeredContacts();
  return (
    <div
      id={id}
      className="alert alert--danger margin-bottom--md"
      role="alert"
      data-testid="widget-error"
      data-widget={name}>
      <p className={styles.title}>
        <strong>The {name} could not be shown.</strong> The rest of the page works. Reload the page or try again; if it
        happens again, tell us ({error.message}).
      </p>
      {contacts.length > 0 && (
        <>
          <p className={styles.line}>You can reach support directly:</p>
          <ul className={styles.list}>
            {contacts.map((row) => (
              <li key={row.id}>
                {row.label}: {row.href ? <a href={row.href}>{row.method}</a> : row.method} ({row.hours})
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button button--secondary button--sm" onClick={tryAgain}>
        Try again
      </button>
    </div>
  );
}

/**
 * An error boundary around one widget (the priority picker, the request
 * builder, a channel status): when the widget throws while rendering or in an
 * effect, this shows a readable message with the contact facts in its place
 * instead of taking the whole page down ("This page crashed"). Uses
 * Docusaurus's `@docusaurus/ErrorBoundary` (React's error boundary).
 */
export default function WidgetBoundary({name, id, children}: WidgetBoundaryProps): ReactNode {
  return (
    <ErrorBoundary
      fallback={({error, tryAgain}) => <WidgetError name={name} id={id} error={error} tryAgain={tryAgain} />}>
      {children}
    </ErrorBoundary>
  );
}
