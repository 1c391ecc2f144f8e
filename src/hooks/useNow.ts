import {useEffect, useState} from 'react';

/** The current instant and the viewer's IANA time zone, as the browser knows them. */
export interface Clock {
  /** The current instant, refreshed every minute. */
  readonly now: Date;
  /** The viewer's IANA time zone, from `Intl.DateTimeFormat().resolvedOptions()`. */
  readonly viewerZone: string;
}

/** How often the clock is refreshed: every minute, on the minute. */
const REFRESH_MS = 60_000;

/**
 * The clock and the viewer's IANA zone, read after mount and refreshed every
 * minute (on the minute) and whenever the tab becomes visible again
 * (background tabs throttle timers). `null` during server rendering and the
 * first client render, so the HTML never differs from the hydrated page
 * (React error #418): a component renders its neutral, static version until
 * the clock is known. The one hook of the site that reads the time.
 *
 * @returns the {@link Clock}, or `null` before mount.
 */
export function useNow(): Clock | null {
  const [state, setState] = useState<Clock | null>(null);
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
