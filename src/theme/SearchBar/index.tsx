import type {ReactNode} from 'react';
import SearchBox from '@site/src/components/SiteSearch';

/**
 * The navbar search (replaces the search plugin's `SearchBar`): the same
 * offline index and Web Worker, with the site's query rewriting, one result
 * per section, and a way forward when nothing answers
 * (`src/components/SiteSearch`).
 */
export default function SearchBar(): ReactNode {
  return <SearchBox variant="navbar" />;
}
