import type {ReactNode} from 'react';
import SearchPage from '@theme-original/SearchPage';
import {WrapInMain} from '@site/src/theme/Layout';

/**
 * The search plugin's `/search` page, unchanged, inside a `<main>` landmark
 * (the plugin renders its results in a plain `<div>`; see `src/theme/Layout`).
 */
export default function SearchPageWrapper(): ReactNode {
  return (
    <WrapInMain.Provider value={true}>
      <SearchPage />
    </WrapInMain.Provider>
  );
}
