import type {ReactNode} from 'react';
import clsx from 'clsx';
import {PageMetadata} from '@docusaurus/theme-common';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {Props} from '@theme/NotFound/Content';
import Phone from '@site/src/components/Phone';
import {deepLinkHref, getDeepLink} from '@site/src/data/deepLinks';

/** The registry entries the page offers as places to start from, after the home page. */
const GUIDES = ['client.troubleshooting', 'operator.troubleshooting', 'contact'] as const;

/**
 * The 404 page's content (swizzled from the classic theme, which tells a
 * reader to contact "the owner of the site that linked you"): for a help
 * center, a dead link must still lead to help, so it offers a search, the
 * main guides and the emergency line. It also sets the page title: the docs
 * plugin, which serves every route here (docs at `/`), renders this content
 * for an unknown route without the theme's 404 page around it, so the title
 * would otherwise be the bare site title.
 */
export default function NotFoundContent({className}: Props): ReactNode {
  const searchAction = useBaseUrl(deepLinkHref('search'));
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <PageMetadata title="Page not found" />
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1" className="hero__title">
            Page not found
          </Heading>
          <p>This page does not exist, or it has moved. Search the help center, or start from one of these pages.</p>
          <form action={searchAction} method="get" role="search" className="margin-bottom--lg">
            <label htmlFor="not-found-search" className="margin-right--sm">
              Search the help center
            </label>
            <input id="not-found-search" name="q" type="search" className="margin-right--sm" />
            <button type="submit" className="button button--primary button--sm">
              Search
            </button>
          </form>
          <ul>
            <li>
              <Link to={deepLinkHref('home')}>Help center home</Link>
            </li>
            {GUIDES.map((id) => (
              <li key={id}>
                <Link to={deepLinkHref(id)}>{getDeepLink(id).title}</Link>
              </li>
            ))}
          </ul>
          <p>
            A critical outage? Call the emergency line: <Phone channel="emergency" />.
          </p>
        </div>
      </div>
    </main>
  );
}
