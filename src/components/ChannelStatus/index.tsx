import type {ReactNode} from 'react';
import clsx from 'clsx';
import {supportConfig} from '@site/src/data/supportConfig';
import {channelHoursText, getChannel} from '@site/src/facts/channels';
import {alwaysOpenHeadline, describeChannelStatus} from '@site/src/facts/channelStatus';
import type {ChannelId} from '@site/src/data/schema';
import {useNow} from '@site/src/hooks/useNow';
import {useSupportCalendar} from '@site/src/hooks/useSupportCalendar';
import WidgetBoundary from '@site/src/components/WidgetBoundary';
import {formatInstant} from '@site/src/sla/describe';
import Link from '@docusaurus/Link';
import {deepLinkHref} from '@site/src/data/deepLinks';
import {noticesFor} from '@site/src/facts/statusNotices';
import {useStatusDocument} from '@site/src/hooks/useStatusDocument';
import styles from './styles.module.css';

/**
 * An open incident or running maintenance of the support channels themselves
 * (status component `support-channels`, issue 13): the build's status in the
 * server HTML, then `/status.json`; nothing when all is well.
 */
function ChannelIncident(): ReactNode {
  const {document, now} = useStatusDocument();
  const notices = noticesFor(document, ['support-channels'], now).filter((n) => !n.upcoming);
  return notices.map((n) => (
    <span key={n.key} data-channel-incident={n.id}>
      <strong>{n.label}:</strong> {n.title}. <Link to={`${deepLinkHref('status')}#${n.id}`}>Status and updates</Link>
    </span>
  ));
}

/** Props of {@link ChannelStatus}. */
export interface ChannelStatusProps {
  /** Which channel of the support config. */
  channel: ChannelId;
  /**
   * Also show the channel's weekly hours under the live status (default
   * `true`). Before the clock is known the hours are shown either way.
   */
  showHours?: boolean;
}

/**
 * Whether a contact channel is open now: "Open now", "Closed on Saturdays",
 * "Closed for Thanksgiving Day", with when it closes or opens in the support
 * time zone and in the viewer's zone (each labelled) and a relative phrase; a
 * 24/7 channel reads for example "Available 24/7, critical outages only".
 *
 * Computed by `describeChannelStatus` (src/facts/channelStatus.ts) from the
 * channel's calendar (its hours, the support holidays and special hours the
 * build resolved) with the SLA calendar module; on a date with special hours
 * it says so ("Special hours today for Christmas Eve: 8:00 AM–1:00 PM").
 * Server rendering shows the static weekly hours (searchable, right without
 * JavaScript); the live status replaces the neutral text after mount and is
 * refreshed every minute. The root carries `data-channel-status` (the channel
 * id) and `data-state` (`hours` before mount, then `open`, `closed` or
 * `always-open`).
 */
function ChannelStatusWidget({channel, showHours = true}: ChannelStatusProps): ReactNode {
  const clock = useNow();
  const {dates} = useSupportCalendar();
  if (getChannel(supportConfig, channel).hours.kind === '24/7') {
    // Does not depend on the clock: the same text on the server and in the browser.
    return (
      <span className={clsx(styles.status, styles.open)} data-channel-status={channel} data-state="always-open">
        <strong className={styles.headline}>{alwaysOpenHeadline(channel)}</strong>
        <ChannelIncident />
      </span>
    );
  }
  if (!clock) {
    return (
      <span className={styles.status} data-channel-status={channel} data-state="hours">
        <span>{channelHoursText(supportConfig, channel)}</span>
        <ChannelIncident />
      </span>
    );
  }
  const text = describeChannelStatus(supportConfig, dates, channel, clock.now, clock.viewerZone);
  return (
    <span
      className={clsx(styles.status, text.state === 'open' ? styles.open : styles.closed)}
      data-channel-status={channel}
      data-state={text.state}>
      <span>
        <strong className={styles.headline}>{text.headline}</strong>
        {text.relative ? `, ${text.relative}` : null}
      </span>
      {text.times.map((t) => (
        <span key={t.label} data-zone-label={t.label}>
          {text.at ? <time dateTime={text.at.toISOString()}>{t.text}</time> : t.text}{' '}
          <span className={styles.muted}>
            ({t.label}, {t.zone})
          </span>
        </span>
      ))}
      {text.special && <span data-testid="special-hours-today">{text.special}</span>}
      <ChannelIncident />
      {showHours && <span className={styles.muted}>Hours: {channelHoursText(supportConfig, channel)}</span>}
      {/* On paper the status no longer changes: it says when it was computed. */}
      <span className={styles.asOf} data-testid="status-as-of">
        as of {formatInstant(clock.now, supportConfig.timeZone)}
      </span>
    </span>
  );
}

/** {@link ChannelStatusWidget} inside a {@link WidgetBoundary}: a failure shows a message with the contact facts, not a crashed page. */
export default function ChannelStatus(props: ChannelStatusProps): ReactNode {
  return (
    <WidgetBoundary name="channel status">
      <ChannelStatusWidget {...props} />
    </WidgetBoundary>
  );
}
