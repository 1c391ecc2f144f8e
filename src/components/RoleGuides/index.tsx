import {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useLocation} from '@docusaurus/router';
import {DEEP_LINKS, deepLinkPath, getDeepLink} from '@site/src/data/deepLinks';
import {parseRoleParam, type Role, type RoleParam} from './params';
import WidgetBoundary from '@site/src/components/WidgetBoundary';
import styles from './styles.module.css';

/** What each role's card shows: heading, one-line scope and the registry ids of its guides. */
const GUIDES: Readonly<Record<Role, {title: string; description: string; guide: string; faq: string}>> = {
  client: {
    title: 'I am a client',
    description: 'Opening an activation link, activating your agreement, downloading the PDF.',
    guide: 'client.troubleshooting',
    faq: 'client.faq',
  },
  operator: {
    title: 'I am an operator',
    description: 'Signing in to the dashboard, generating links, real-time updates, CRM sync.',
    guide: 'operator.troubleshooting',
    faq: 'operator.faq',
  },
};

/** Props of {@link RoleGuides}. */
export interface RoleGuidesProps {
  /** Heading level of each card's title (2 on a page of its own, 3 under a section heading). */
  headingLevel?: 2 | 3;
  /** List each role's troubleshooting scenarios (from the deep-link registry) under its card. */
  withScenarios?: boolean;
}

/**
 * The two audiences' entry points side by side: the client and the operator
 * troubleshooting guide and FAQ, optionally with every troubleshooting
 * scenario of the registry.
 *
 * Reads the `role` query parameter (see `params.ts`) after mount: the matching
 * card is highlighted and labelled "Suggested for you" (`data-active`); an
 * unknown value shows a notice (`data-testid="role-notice"`) and nothing is
 * highlighted. The server HTML never depends on the URL, so hydration matches.
 */
function RoleGuidesWidget({headingLevel = 3, withScenarios = false}: RoleGuidesProps): ReactNode {
  const {search} = useLocation();
  const [param, setParam] = useState<RoleParam>({role: null, notice: null});
  useEffect(() => setParam(parseRoleParam(search)), [search]);

  return (
    <div>
      {param.notice && (
        <div className="alert alert--warning margin-bottom--md" role="status" data-testid="role-notice">
          {param.notice}
        </div>
      )}
      <div className={styles.grid}>
        {(Object.keys(GUIDES) as Role[]).map((role) => {
          const {title, description, guide, faq} = GUIDES[role];
          const active = param.role === role;
          const scenarios = DEEP_LINKS.filter((l) => l.audience === role && l.kind === 'scenario');
          return (
            <section
              key={role}
              className={clsx(styles.card, active && styles.active)}
              data-role={role}
              data-active={active ? 'true' : undefined}
              aria-labelledby={`role-${role}`}>
              <Heading as={`h${headingLevel}`} id={`role-${role}`} className={styles.title}>
                {title}
              </Heading>
              {active && <p className={clsx('badge badge--primary', styles.badge)}>Suggested for you</p>}
              <p>{description}</p>
              <ul className={styles.links}>
                <li>
                  <Link to={deepLinkPath(getDeepLink(guide))}>{getDeepLink(guide).title}</Link>
                </li>
                <li>
                  <Link to={deepLinkPath(getDeepLink(faq))}>{getDeepLink(faq).title}</Link>
                </li>
              </ul>
              {withScenarios && (
                <>
                  <p className={styles.scenariosLabel}>Common problems</p>
                  <ul>
                    {scenarios.map((s) => (
                      <li key={s.id}>
                        <Link to={deepLinkPath(s)}>{s.title}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}

/** {@link RoleGuidesWidget} inside a {@link WidgetBoundary}: a failure shows a message with the contact facts, not a crashed page. */
export default function RoleGuides(props: RoleGuidesProps): ReactNode {
  return (
    <WidgetBoundary name="guides by role">
      <RoleGuidesWidget {...props} />
    </WidgetBoundary>
  );
}
