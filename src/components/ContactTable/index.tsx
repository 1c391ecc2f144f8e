import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {supportConfig} from '@site/src/data/supportConfig';
import {contactRows} from '@site/src/facts/channels';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {deepLinkHref} from '@site/src/data/deepLinks';
import DataTable from '@site/src/components/DataTable';
import ChannelStatus from '@site/src/components/ChannelStatus';
import styles from './styles.module.css';

const rows = contactRows(supportConfig);

/**
 * The contact summary table: one row per channel of the support config. The
 * row header holds the channel's name, its address or number as a working
 * `mailto:`/`tel:` link and what it is best for (so the table stays three
 * columns wide and readable beside the docs sidebar); then the expected
 * response (a priority's first response target where the channel refers to
 * one), the hours with the support time zone and, once the page has loaded,
 * whether the channel is open now (see `ChannelStatus`). Rendered at build time, so it is searchable and works without
 * JavaScript. Each row has the id `channel-<id>` for deep links.
 */
export default function ContactTable(): ReactNode {
  const brokenLinks = useBrokenLinks();
  rows.forEach((row) => brokenLinks.collectAnchor(`channel-${row.id}`));
  return (
    <DataTable
      caption={<>Support contacts (times in {supportConfig.timeZone})</>}
      columns={['Contact', 'Response time', 'Hours and status']}
      stackOnSmallScreens>
      {rows.map((row) => (
        <tr key={row.id} id={`channel-${row.id}`} data-channel={row.id}>
          <th scope="row" className={styles.contact}>
            <strong className={styles.label}>{row.label}</strong>
            <span className={styles.method}>{row.href ? <a href={row.href}>{row.method}</a> : row.method}</span>
            <span className={styles.bestFor}>Best for: {row.bestFor}</span>
          </th>
          <td>
            {row.responsePriority ? (
              <Link to={deepLinkHref(`priorities.${row.responsePriority}`)}>{row.response}</Link>
            ) : (
              row.response
            )}
          </td>
          <td>
            <ChannelStatus channel={row.id} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
