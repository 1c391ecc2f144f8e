import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import SearchPage from '@theme-original/SearchPage';
import {WrapInMain} from '@site/src/theme/Layout';

/**
 * The search plugin's `/search` page, unchanged, inside a `<main>` landmark
 * (the plugin renders its results in a plain `<div>`; see `src/theme/Layout`)
 * and with a meta description (the plugin sets none; search engines and
 * Lighthouse's SEO audit expect one), taken from the site's tagline.
 */
export default function SearchPageWrapper(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const description = `Search the ${siteConfig.title}. ${siteConfig.tagline}.`;
  return (
    <WrapInMain.Provider value={true}>
      <Head>
        <meta name="description" content={description} />
        <meta property="og:description" content={description} />
      </Head>
      <SearchPage />
    </WrapInMain.Provider>
  );
}
