import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import StatusPage from '@site/src/components/StatusPage';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {deepLinkHref} from '@site/src/data/deepLinks';
import {STATUS_FILES} from '@site/src/facts/status';

/**
 * `/status`: the state of each component of the service, open incidents with
 * their updates and next update, planned maintenance, and the history with
 * availability against the uptime goal (see StatusPage). Also as
 * `/status.json` and the Atom feed `/status.atom`.
 */
export default function Status(): ReactNode {
  const feed = useBaseUrl(`/${STATUS_FILES.feed}`);
  return (
    <Layout title="Service status" description="Current state of the service, incidents and planned maintenance.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Service status</Heading>
        <p>
          Whether each part of the service works right now, and what we are doing about it. Follow the updates with the{' '}
          <a href={feed}>Atom feed</a>, or <Link to={deepLinkHref('contact')}>contact support</Link>.
        </p>
        <StatusPage />
      </main>
    </Layout>
  );
}
