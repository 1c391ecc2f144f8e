import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {deepLinkHref, getDeepLink} from '@site/src/data/deepLinks';
import {noticesFor} from '@site/src/facts/statusNotices';
import {useStatusDocument} from '@site/src/hooks/useStatusDocument';
import {formatInstant} from '../StatusPage/render';

/**
 * A known incident above a section's steps (issue 13): the open incidents
 * and running or coming maintenances of the components of registry entry
 * `entry` (`DeepLink.components`), inserted after the section's heading by
 * the `section-status` remark plugin. Renders the build's status in the
 * server HTML, then the current `/status.json`; nothing when all is well.
 */
export default function SectionStatus({entry}: {entry: string}): ReactNode {
  const {document, now} = useStatusDocument();
  const notices = noticesFor(document, getDeepLink(entry).components ?? [], now);
  if (!notices.length) return null;
  return (
    <div className="alert alert--warning margin-bottom--md" role="note" data-section-status={entry}>
      {notices.map((n) => (
        <p key={n.key} className="margin-bottom--none">
          <strong>Known {n.kind === 'incident' ? 'incident' : 'maintenance'}:</strong> {n.title} (
          {n.label.toLowerCase()}, {n.upcoming ? 'starts' : 'since'}{' '}
          <time dateTime={n.since}>{formatInstant(n.since, document.page.time_zone)}</time>
          ). You may not need these steps:{' '}
          <Link to={`${deepLinkHref('status')}#${n.id}`}>see the status and updates</Link>.
        </p>
      ))}
    </div>
  );
}
