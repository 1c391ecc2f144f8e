import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import RoleGuides from '@site/src/components/RoleGuides';
import {deepLinkHref} from '@site/src/data/deepLinks';

/**
 * `/troubleshooting`: the chooser between the client and the operator
 * troubleshooting guides, with every scenario of each (from the deep-link
 * registry). `?role=client` or `?role=operator` highlights one audience (see
 * RoleGuides). A real page rather than a redirect, so the alias never lands on
 * the wrong audience's guide.
 */
export default function Troubleshooting(): ReactNode {
  return (
    <Layout title="Troubleshooting" description="Choose the troubleshooting guide for clients or for operators.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Troubleshooting</Heading>
        <p>
          Clients open activation links and download their agreement PDF; operators use the dashboard to create those
          links. Choose your guide, or <Link to={deepLinkHref('contact')}>contact support</Link> if you are stuck.
        </p>
        <RoleGuides headingLevel={2} withScenarios />
      </main>
    </Layout>
  );
}
