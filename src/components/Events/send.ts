/**
 * Sends a reader-feedback event (`src/facts/events.ts`) to the site's own
 * host: a same-origin GET of the config's event path, which nginx answers with
 * `empty_gif` and writes to its event log (`deploy/nginx.conf`). No cookie
 * (`credentials: 'omit'`), no referrer, never from a cache, and it survives
 * the page being left (`keepalive`). Nothing is sent when the browser signals
 * Global Privacy Control or Do Not Track, and a failure is silent: feedback
 * never gets in the reader's way. Browser only: call it from an event handler
 * or an effect, never during render.
 *
 * @module
 */
import {supportConfig} from '../../data/supportConfig';
import {eventUrl, privacySignal, type FeedbackEvent} from '../../facts/events';

/** Whether this browser asks not to be tracked (GPC or DNT); `true` outside a browser. */
export function trackingRefused(): boolean {
  if (typeof navigator === 'undefined') return true;
  const nav = navigator as Navigator & {globalPrivacyControl?: unknown};
  const win = typeof window === 'undefined' ? undefined : (window as Window & {doNotTrack?: unknown});
  return privacySignal({
    globalPrivacyControl: nav.globalPrivacyControl,
    doNotTrack: nav.doNotTrack,
    windowDoNotTrack: win?.doNotTrack,
  });
}

/**
 * Sends one event, unless the browser refuses tracking.
 *
 * @param event - the event; its query text is cleaned by the encoder.
 * @param baseUrl - the site's base URL (`useBaseUrl('/')`), ending with `/`.
 * @returns whether a request was started.
 */
export function sendEvent(event: FeedbackEvent, baseUrl = '/'): boolean {
  if (trackingRefused() || typeof fetch !== 'function') return false;
  const url = `${baseUrl.replace(/\/$/, '')}${eventUrl(supportConfig.feedback.eventPath, event)}`;
  try {
    fetch(url, {
      method: 'GET',
      keepalive: true,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      mode: 'same-origin',
    }).catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}
