import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import {PageMetadata} from '@docusaurus/theme-common';
import {translate} from '@docusaurus/Translate';
import SearchPage from '@theme-original/SearchPage';
import {WrapInMain} from '@site/src/theme/Layout';

/**
 * The search plugin's `/search` page, unchanged, inside a `<main>` landmark
 * (the plugin renders its results in a plain `<div>`; see `src/theme/Layout`)
 * and with a meta description (the plugin sets none; search engines and
 * Lighthouse's SEO audit expect one), taken from the site's tagline, and a
 * page title in the site's form, "… | Support Center" (the plugin writes its
 * heading as the bare title). The title is the plugin's own heading text, by
 * the same translation ids (`i18n/en/code.json`), for the query in the URL,
 * which the plugin keeps in sync as the reader types.
 */
export default function SearchPageWrapper(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const description = `Search the ${siteConfig.title}. ${siteConfig.tagline}.`;
  const query = new URLSearchParams(useLocation().search).get('q')?.trim() ?? '';
  const title = query
    ? translate({id: 'theme.SearchPage.existingResultsTitle', message: 'Search results for "{query}"'}, {query})
    : translate({id: 'theme.SearchPage.emptyResultsTitle', message: 'Search the help center'});
  return (
    <WrapInMain.Provider value={true}>
      <Head>
        <meta name="description" content={description} />
        <meta property="og:description" content={description} />
      </Head>
      <SearchPage />
      {/* After the plugin's page, so that this title wins (the last one rendered does). */}
      <PageMetadata title={title} />
    </WrapInMain.Provider>
  );
}
