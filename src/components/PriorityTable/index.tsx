import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {supportConfig} from '@site/src/data/supportConfig';
import {priorityRows} from '@site/src/facts/priorities';
import {deepLinkHref} from '@site/src/data/deepLinks';
import DataTable from '@site/src/components/DataTable';

const rows = priorityRows(supportConfig);
/** The column headers; on a phone each cell shows its own (the rows stack). */
const COLUMNS = ['Priority', 'Examples', 'First response time', 'Resolution time'] as const;

/**
 * The priority levels table: each priority with its summary and examples, its
 * first response time and resolution time targets, computed from the support
 * config by the same functions as the service-level table and the priority
 * picker, so the three cannot disagree. Rendered at build time.
 */
export default function PriorityTable(): ReactNode {
  return (
    <DataTable caption="Priority levels and their targets" columns={COLUMNS} stackOnSmallScreens>
      {rows.map((row) => (
        <tr key={row.id} data-priority={row.id}>
          <th scope="row">
            <Link to={deepLinkHref(`priorities.${row.id}`)}>{row.label}</Link>
          </th>
          <td data-label={COLUMNS[1]}>{row.examples.join(', ')}</td>
          <td data-label={COLUMNS[2]}>{row.firstResponse}</td>
          <td data-label={COLUMNS[3]}>{row.resolution}</td>
        </tr>
      ))}
    </DataTable>
  );
}
