import {useEffect, useState, type ReactNode} from 'react';
import {useStatusDocument} from '@site/src/hooks/useStatusDocument';
import WidgetBoundary from '@site/src/components/WidgetBoundary';
import {formatInstant, readerTimeZone, renderStatusView} from './render';
import styles from './styles.module.css';

/**
 * The status page's view (`/status`): rendered from the document baked into
 * the build in the server HTML (so it works without JavaScript), then, after
 * mount, from `/status.json` as published now, with times also in the
 * reader's zone and "overdue" against the reader's clock. When the file cannot
 * be read, the baked view stays with a quiet note.
 *
 * The view is an HTML string of escaped text ({@link renderStatusView}), the
 * same one `npm run status` writes into the built page: React does not
 * compare it on hydration, so the rewritten server HTML stays until the fetch
 * has settled.
 */
function StatusView(): ReactNode {
  const {document, source, now} = useStatusDocument();
  const [readerZone, setReaderZone] = useState<string>();
  useEffect(() => setReaderZone(readerTimeZone()), []);
  const html = renderStatusView(document, source === 'pending' ? {now} : {now, readerZone});
  return (
    <>
      {source === 'baked' ? (
        <p className={styles.note} role="status">
          The current status could not be read; this is the state as of{' '}
          {formatInstant(document.generated_at, document.page.time_zone)}, when the site was last published.
        </p>
      ) : null}
      <div className={styles.view} id="status-view" data-source={source} dangerouslySetInnerHTML={{__html: html}} />
    </>
  );
}

/** {@link StatusView} inside a {@link WidgetBoundary}: a failure shows a message with the contact facts, not a crashed page. */
export default function StatusPage(): ReactNode {
  return (
    <WidgetBoundary name="status page">
      <StatusView />
    </WidgetBoundary>
  );
}
