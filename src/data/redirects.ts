/**
 * Redirects from old or alias routes, served by
 * `@docusaurus/plugin-client-redirects` (configured in `docusaurus.config.ts`
 * from this list). Each redirect keeps the query string and the `#hash`, so
 * `/contact-support#urgent-support` lands on `/contact#urgent-support`.
 *
 * Rule: a page that moves keeps a redirect from its old route here, so links
 * in dashboards, emails and bookmarks never break.
 *
 * Plain data: the "Linking to the help center" page renders it as a table.
 */

/** One redirect: `from` (a route that has no page) to `to` (an existing route). */
export interface Redirect {
  /** Old or alias route, without the base URL, e.g. `/sla`. */
  readonly from: string;
  /** The existing route it lands on, without the base URL, e.g. `/service-levels`. */
  readonly to: string;
  /** Why the redirect exists, for the linking page. */
  readonly reason: string;
}

/** Every redirect of the site. */
export const REDIRECTS: readonly Redirect[] = [
  {from: '/contact-support', to: '/contact', reason: 'Alias: the seed page was called "Contact Support".'},
  {from: '/sla', to: '/service-levels', reason: 'Alias: the usual short name of the service level agreement.'},
];
