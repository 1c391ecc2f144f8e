import {useEffect, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import {deepLinkHref} from '@site/src/data/deepLinks';
import {statusNotices, type StatusNotice} from '@site/src/facts/statusNotices';
import {useStatusDocument} from '@site/src/hooks/useStatusDocument';
import {formatInstant, readerTimeZone} from '../StatusPage/render';
import {readDismissed, writeDismissed} from './storage';
import styles from './styles.module.css';
import {webStorage} from '../webStorage';

const storage = (): Storage | undefined => webStorage('local');

/** One notice: severity, title, since when (reader's zone), link to its entry on `/status`, dismiss button. */
function Notice({notice, zone, onDismiss}: {notice: StatusNotice; zone: string; onDismiss: () => void}): ReactNode {
  return (
    <div className={styles.notice} data-notice={notice.id}>
      <p className={styles.text}>
        <strong>{notice.label}:</strong> {notice.title} ({notice.upcoming ? 'starts' : 'since'}{' '}
        <time dateTime={notice.since}>{formatInstant(notice.since, zone)}</time>).{' '}
        <Link to={`${deepLinkHref('status')}#${notice.id}`}>Status and updates</Link>
      </p>
      <button type="button" className={styles.dismiss} onClick={onDismiss} aria-label={`Dismiss: ${notice.title}`}>
        Dismiss
      </button>
    </div>
  );
}

/**
 * The site-wide status banner (issue 13): every open incident and every
 * maintenance in progress or starting within the notice hours, from
 * `/status.json` (or the build's document). Fixed at the bottom of the
 * viewport, so it moves no content when it appears (no layout shift); empty
 * in the server HTML and the first render (no hydration mismatch), filled
 * after mount. A dismissal is stored per notice and update (`id@updatedAt`): a
 * new update shows it again. The live region is always present, so screen
 * readers announce what appears (`role="status"`, polite).
 */
function Banner(): ReactNode {
  const {document, source, now} = useStatusDocument();
  const [dismissed, setDismissed] = useState<string[] | undefined>();
  useEffect(() => setDismissed(readDismissed(storage())), []);
  const ready = source !== 'pending' && dismissed !== undefined;
  const all = ready ? statusNotices(document, now) : [];
  const shown = all.filter((n) => !dismissed?.includes(n.key));
  const zone = readerTimeZone() ?? document.page.time_zone;
  const ref = useRef<HTMLDivElement>(null);
  // The page's end gets room for the banner (`--status-banner-height`), so it never hides the footer. Padding at the
  // end of the page moves nothing above it: no layout shift.
  useEffect(() => {
    const banner = ref.current;
    if (!banner || typeof ResizeObserver === 'undefined') return undefined;
    const root = window.document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--status-banner-height', `${banner.offsetHeight}px`),
    );
    observer.observe(banner);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--status-banner-height');
    };
  }, []);
  return (
    <div ref={ref} className={styles.banner} role="status" aria-live="polite" aria-label="Service status">
      {shown.map((n) => (
        <Notice
          key={n.key}
          notice={n}
          zone={zone}
          onDismiss={() => {
            writeDismissed(
              storage(),
              n.key,
              all.map((a) => a.key),
            );
            setDismissed((d) => [...(d ?? []), n.key]);
          }}
        />
      ))}
    </div>
  );
}

/**
 * {@link Banner} on every page; if it fails, it shows nothing rather than take
 * the page down (the status page and the sections still say it all).
 */
export default function StatusBanner(): ReactNode {
  return <ErrorBoundary fallback={() => null}>{<Banner />}</ErrorBoundary>;
}
