import type {ReactNode} from 'react';
import {supportConfig} from '@site/src/data/supportConfig';
import {priorityRows} from '@site/src/facts/priorities';
import DataTable from '@site/src/components/DataTable';

const rows = priorityRows(supportConfig);
/** The column headers; on a phone each cell shows its own (the rows stack). */
const COLUMNS = ['Priority', 'First response time', 'Counted in', 'Resolution time', 'Coverage'] as const;

/**
 * The service-level table: per priority, the first response time commitment
 * with the clock it counts (business hours or calendar hours 24/7), the
 * resolution time goal and the coverage. Computed from the support config by
 * the same functions as the priority table and the picker. Has the id
 * `service-level-table` for deep links.
 */
export default function ServiceLevelTable(): ReactNode {
  return (
    <DataTable
      caption={
        <>
          Service level agreement targets (days and business hours in {supportConfig.timeZone}; calendar hours run 24/7)
        </>
      }
      columns={COLUMNS}
      id="service-level-table"
      stackOnSmallScreens>
      {rows.map((row) => (
        <tr key={row.id} data-priority={row.id}>
          <th scope="row">{row.label}</th>
          <td data-label={COLUMNS[1]}>{row.firstResponse}</td>
          <td data-label={COLUMNS[2]}>{row.clock}</td>
          <td data-label={COLUMNS[3]}>{row.resolution}</td>
          <td data-label={COLUMNS[4]}>{row.coverage}</td>
        </tr>
      ))}
    </DataTable>
  );
}
