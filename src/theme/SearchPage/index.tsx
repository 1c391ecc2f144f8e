import {useCallback, useEffect, useState, type ChangeEvent, type MouseEvent, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useHistory, useLocation} from '@docusaurus/router';
import {PageMetadata} from '@docusaurus/theme-common';
import {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import {SearchResults, useSiteSearch} from '@site/src/components/SiteSearch/results';
import {preloadWhenIdle} from '@site/src/components/SiteSearch/loader';
import Link from '@docusaurus/Link';
import {deepLinkHref, getDeepLink} from '@site/src/data/deepLinks';
import styles from './styles.module.css';

/** The page's heading and title for a query (the search plugin's translation ids, `i18n/en/code.json`). */
function titleFor(query: string): string {
  return query
    ? translate({id: 'theme.SearchPage.existingResultsTitle', message: 'Search results for "{query}"'}, {query})
    : translate({id: 'theme.SearchPage.emptyResultsTitle', message: 'Search the help center'});
}

/** The guides a reader without JavaScript is offered instead of the search, from the deep-link registry. */
const GUIDES = [
  'client.troubleshooting',
  'client.faq',
  'operator.troubleshooting',
  'operator.faq',
  'faq',
  'contact',
] as const;

/** What a reader without JavaScript gets: the search needs it (the index is searched in the browser); the guides instead. */
function NoScriptGuides(): ReactNode {
  return (
    <noscript>
      <style>{`.${styles.input} { display: none; }`}</style>
      <div className="alert alert--info margin-bottom--md" data-testid="search-no-js">
        <p>
          Search needs JavaScript, which is off in this browser: the help center is searched on your device. Start from
          a guide instead:
        </p>
        <ul>
          {GUIDES.map((id) => (
            <li key={id}>
              <Link to={deepLinkHref(id)}>{getDeepLink(id).title}</Link>
            </li>
          ))}
        </ul>
      </div>
    </noscript>
  );
}

/** The page's box, results and way forward. The query is read from `?q=` after mount and kept there as the reader types. */
function SearchPageContent(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const baseUrl = useBaseUrl('/');
  const location = useLocation();
  const history = useHistory();
  const [query, setQuery] = useState('');
  useEffect(() => {
    setQuery(new URLSearchParams(location.search).get('q') ?? '');
  }, [location.search]);
  // A visit to the search page is a search: load the index as soon as the page is idle.
  useEffect(() => preloadWhenIdle(baseUrl, 0), [baseUrl]);
  const onChange = useCallback(
    (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.target.value;
      setQuery(value);
      const params = new URLSearchParams(location.search);
      if (value) params.set('q', value);
      else params.delete('q');
      const search = params.toString();
      history.replace({search: search ? `?${search}` : ''});
    },
    [history, location.search],
  );
  const {recorder, ...state} = useSiteSearch(query.trim());
  // A result opened, or "Ask support" (issue 14): the links are the results' own, so one handler reads them.
  const onResultClick = useCallback(
    (e: MouseEvent<HTMLDivElement>) => {
      const link = (e.target as Element).closest('a');
      if (!link || link.protocol === 'tel:') return;
      if (link.dataset.askSupport) recorder.ask(query.trim());
      else recorder.click(query.trim());
    },
    [query, recorder],
  );
  const title = titleFor(query.trim());
  const description = `Search the ${siteConfig.title}. ${siteConfig.tagline}.`;
  return (
    <main className="container margin-vert--lg">
      <PageMetadata title={title} description={description} />
      <Head>
        {/* Result pages are not for search engines (as the search plugin's page). */}
        <meta name="robots" content="noindex, follow" />
      </Head>
      <h1>{title}</h1>
      <NoScriptGuides />
      <input
        type="search"
        name="q"
        className={styles.input}
        aria-label="Search the help center"
        placeholder="For example: expired link, PDF does not download"
        value={query}
        onChange={onChange}
        autoComplete="off"
      />
      {/* Clicks on the results' links only; the links themselves are the keyboard's way in. Like the navbar box's
          container, it says which query its results show and from which tier of the index. */}
      <div
        onClick={onResultClick}
        data-results-for={state.outcome?.query.input}
        data-index={state.outcome ? (state.outcome.partial ? 'headings' : 'full') : undefined}>
        <SearchResults {...state} />
      </div>
    </main>
  );
}

/**
 * The `/search` page (replaces the search plugin's `SearchPage`): the same
 * offline index, read through the site's query rewriting and ranking
 * (`src/components/SiteSearch`), one result per section with its page and
 * audience and an honest count, and for a query with no answer, the way
 * forward: closest sections, "Ask support", the emergency line.
 */
export default function SearchPage(): ReactNode {
  return (
    <Layout>
      <SearchPageContent />
    </Layout>
  );
}
