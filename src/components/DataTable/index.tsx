import type {ReactNode} from 'react';
import clsx from 'clsx';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import styles from './styles.module.css';

/** Props of {@link DataTable}. */
export interface DataTableProps {
  /** Visible caption, also the table's accessible name. */
  caption: ReactNode;
  /** Column headers, left to right. */
  columns: readonly string[];
  /** Optional element id (a deep-link target). */
  id?: string;
  /**
   * On narrow screens (phones), show each row as a block instead of a wide
   * table, so every column is on the screen; a cell with a `data-label`
   * shows it as its header there.
   */
  stackOnSmallScreens?: boolean;
  /** The `<tr>` rows of the body. */
  children: ReactNode;
}

/**
 * A captioned, horizontally scrollable table with column headers, shared by
 * the contact, priority and service-level tables. A given `id` is registered
 * with Docusaurus's broken-anchor check, so links to it are verified.
 */
export default function DataTable({caption, columns, id, stackOnSmallScreens, children}: DataTableProps): ReactNode {
  const brokenLinks = useBrokenLinks();
  if (id) brokenLinks.collectAnchor(id);
  return (
    <div className={styles.wrapper}>
      <table className={clsx(styles.table, stackOnSmallScreens && styles.stack)} id={id}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
