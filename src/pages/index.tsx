import {useEffect, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {supportConfig} from '@site/src/data/supportConfig';
import Email from '@site/src/components/Email';
import Phone from '@site/src/components/Phone';
import RoleGuides from '@site/src/components/RoleGuides';
import ChannelStatus from '@site/src/components/ChannelStatus';
import {ResponseTarget} from '@site/src/components/SupportFact';
import SearchBox from '@site/src/components/SiteSearch';
import {preloadWhenIdle} from '@site/src/components/SiteSearch/loader';
import {deepLinkHref, getDeepLink} from '@site/src/data/deepLinks';
import {linkValidityText} from '@site/src/facts/activationLink';
import styles from './index.module.css';

/** A link card on the home page. */
interface Entry {
  to: string;
  title: string;
  description: string;
}

/** The most common problems: registry entries (route, anchor and title from there) with a line of what to try. */
const commonScenarios: Entry[] = (
  [
    [
      'client.client-cant-access-activation-link',
      `Check the link, its ${linkValidityText(supportConfig, 'adjective')} window, then send a new one.`,
    ],
    ['client.pdf-download-failing', 'Browser, pop-up settings, storage space.'],
    ['operator.dashboard-not-loading', 'Google account, cache, network, permissions.'],
    ['operator.real-time-updates-stopped', 'Refresh, connection, JavaScript, browser restart.'],
    ['operator.crm-integration-not-working', 'Permissions, service status, manual sync.'],
    ['client.activation-link-expired', `Links are valid for ${linkValidityText(supportConfig)}: ask for a new one.`],
  ] as const
).map(([id, description]) => ({to: deepLinkHref(id), title: getDeepLink(id).title, description}));

/** A grid of link cards. */
function CardGrid({entries}: {entries: Entry[]}): ReactNode {
  return (
    <div className={styles.grid}>
      {entries.map((e) => (
        <Link key={e.to} to={e.to} className={styles.card}>
          <span className={styles.cardTitle}>{e.title}</span>
          <span>{e.description}</span>
        </Link>
      ))}
    </div>
  );
}

/**
 * The help-center home page: a prominent search (a form to `/search`, so it
 * works before JavaScript loads, that suggests sections as the navbar box
 * does; the index loads when the page is idle), entry points by role (highlighted by
 * `?role=client` or `?role=operator`, see RoleGuides), the urgent contacts
 * from the support config with whether each is open now, and the most common
 * troubleshooting scenarios.
 */
export default function Home(): ReactNode {
  const searchAction = useBaseUrl(deepLinkHref('search'));
  const baseUrl = useBaseUrl('/');
  // Most visits to the home page are for a search: load the index once the page is idle.
  useEffect(() => preloadWhenIdle(baseUrl), [baseUrl]);
  return (
    <Layout
      title="Help center"
      description={`Troubleshooting, contacts and service levels for the ${supportConfig.organization.product}.`}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            How can we help?
          </Heading>
          <p className={styles.subtitle}>Help for clients and operators of the {supportConfig.organization.product}.</p>
          <form action={searchAction} method="get" role="search" className={styles.search}>
            <label htmlFor="home-search" className={styles.searchLabel}>
              Search the help center
            </label>
            <div className={styles.searchRow}>
              <SearchBox
                variant="home"
                id="home-search"
                inputClassName={styles.searchInput}
                placeholder="e.g. expired link"
              />
              <button type="submit" className="button button--primary button--lg">
                Search
              </button>
            </div>
          </form>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="by-role">
          <Heading as="h2" id="by-role">
            Start with your role
          </Heading>
          <RoleGuides />
        </section>
        <section aria-labelledby="urgent" className={styles.urgent}>
          <Heading as="h2" id="urgent">
            Something critical is down?
          </Heading>
          <p>
            First response time for critical issues: <ResponseTarget priority="critical" />. Call the emergency line,
            then send the details in writing. For urgent issues that are not critical, email or call during business
            hours.
          </p>
          <ul className={styles.urgentList}>
            <li data-channel="emergency">
              <strong>Emergency line</strong>: <Phone channel="emergency" />
              <br />
              <ChannelStatus channel="emergency" />
            </li>
            <li data-channel="urgent">
              <strong>Urgent email</strong> (business hours): <Email channel="urgent" />
              <br />
              <ChannelStatus channel="urgent" />
            </li>
            <li data-channel="phone">
              <strong>Phone support</strong> (business hours): <Phone channel="phone" />
              <br />
              <ChannelStatus channel="phone" />
            </li>
          </ul>
          <p>
            Not sure how urgent it is?{' '}
            <Link to={deepLinkHref('priority-picker')}>Find your priority and response time</Link> or see{' '}
            <Link to={deepLinkHref('contact')}>all ways to contact support</Link>. To write a complete request, use the{' '}
            <Link to={deepLinkHref('request')}>request builder</Link>.
          </p>
        </section>
        <section aria-labelledby="common">
          <Heading as="h2" id="common">
            Common problems
          </Heading>
          <CardGrid entries={commonScenarios} />
        </section>
      </main>
    </Layout>
  );
}
