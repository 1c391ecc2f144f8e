import {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {supportConfig} from '@site/src/data/supportConfig';
import {channelCalendar, channelHoursText} from '@site/src/data/facts';
import {alwaysOpenHeadline, describeChannelStatus} from '@site/src/data/channelStatus';
import type {ChannelId} from '@site/src/data/schema';
import styles from './styles.module.css';

/** How often the live status is recomputed: every minute, on the minute. */
const REFRESH_MS = 60_000;

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
 * The clock and the viewer's IANA zone, read after mount and refreshed every
 * minute (on the minute) and whenever the tab becomes visible again
 * (background tabs throttle timers). `null` during server rendering and the
 * first client render, so the HTML never differs from the hydrated page.
 */
function useNow(): {now: Date; viewerZone: string} | null {
  const [state, setState] = useState<{now: Date; viewerZone: string} | null>(null);
  useEffect(() => {
    const tick = (): void => setState({now: new Date(), viewerZone: Intl.DateTimeFormat().resolvedOptions().timeZone});
    tick();
    let interval: ReturnType<typeof setInterval> | undefined;
    const timeout = setTimeout(
      () => {
        tick();
        interval = setInterval(tick, REFRESH_MS);
      },
      REFRESH_MS - (Date.now() % REFRESH_MS),
    );
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timeout);
      clearInterval(interval);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return state;
}

/**
 * Whether a contact channel is open now: "Open now", "Closed on Saturdays",
 * "Closed for Thanksgiving Day", with when it closes or opens in the support
 * time zone and in the viewer's zone (each labelled) and a relative phrase; a
 * 24/7 channel reads for example "Available 24/7, critical outages only".
 *
 * Computed by `describeChannelStatus` (src/data/channelStatus.ts) from the
 * channel's calendar in the support config with the SLA calendar module.
 * Server rendering shows the static weekly hours (searchable, right without
 * JavaScript); the live status replaces the neutral text after mount and is
 * refreshed every minute. The root carries `data-channel-status` (the channel
 * id) and `data-state` (`hours` before mount, then `open`, `closed` or
 * `always-open`).
 */
export default function ChannelStatus({channel, showHours = true}: ChannelStatusProps): ReactNode {
  const clock = useNow();
  if (channelCalendar(supportConfig, channel).kind === '24/7') {
    // Does not depend on the clock: the same text on the server and in the browser.
    return (
      <span className={clsx(styles.status, styles.open)} data-channel-status={channel} data-state="always-open">
        <strong className={styles.headline}>{alwaysOpenHeadline(channel)}</strong>
      </span>
    );
  }
  if (!clock) {
    return (
      <span className={styles.status} data-channel-status={channel} data-state="hours">
        <span>{channelHoursText(supportConfig, channel)}</span>
      </span>
    );
  }
  const text = describeChannelStatus(supportConfig, channel, clock.now, clock.viewerZone);
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
      {showHours && <span className={styles.muted}>Hours: {channelHoursText(supportConfig, channel)}</span>}
    </span>
  );
}
