import type {ReactNode} from 'react';
import StatusBanner from '@site/src/components/StatusBanner';

/**
 * The site's root (Docusaurus's `@theme/Root` wrapper, rendered on every
 * page and kept across navigations): the pages, then the status banner.
 */
export default function Root({children}: {children: ReactNode}): ReactNode {
  return (
    <>
      {children}
      <StatusBanner />
    </>
  );
}
