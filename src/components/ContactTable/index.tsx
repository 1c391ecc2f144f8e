import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {supportConfig} from '@site/src/data/supportConfig';
import {contactRows} from '@site/src/data/facts';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import DataTable from '@site/src/components/DataTable';
import ChannelStatus from '@site/src/components/ChannelStatus';

const rows = contactRows(supportConfig);

/**
 * The contact summary table: one row per channel of the support config, with
 * the address or number as a working `mailto:`/`tel:` link, the expected
 * response (a priority's first response target where the channel refers to
 * one), the hours with the support time zone and, once the page has loaded,
 * whether the channel is open now (see `ChannelStatus`), and what the channel
 * is best for. Rendered at build time, so it is searchable and works without
 * JavaScript. Each row has the id `channel-<id>` for deep links.
 */
export default function ContactTable(): ReactNode {
  const brokenLinks = useBrokenLinks();
  rows.forEach((row) => brokenLinks.collectAnchor(`channel-${row.id}`));
  return (
    <DataTable
      caption={<>Support contacts (times in {supportConfig.timeZone})</>}
      columns={['Contact', 'Method', 'Response time', 'Hours and status', 'Best for']}>
      {rows.map((row) => (
        <tr key={row.id} id={`channel-${row.id}`} data-channel={row.id}>
          <th scope="row">{row.label}</th>
          <td>{row.href ? <a href={row.href}>{row.method}</a> : row.method}</td>
          <td>
            {row.responsePriority ? (
              <Link to={`/priorities#${row.responsePriority}`}>{row.response}</Link>
            ) : (
              row.response
            )}
          </td>
          <td>
            <ChannelStatus channel={row.id} />
          </td>
          <td>{row.bestFor}</td>
        </tr>
      ))}
    </DataTable>
  );
}
