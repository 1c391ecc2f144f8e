/**
 * The browser's Web Storage, guarded: reading `window.localStorage` or
 * `window.sessionStorage` throws where the browser blocks storage (Safari's
 * private mode of old, cookies off for the site), and there is no `window`
 * on the server. Shared by the request builder's draft, the feedback votes,
 * the searches of the visit and the status banner's dismissals.
 *
 * @param area - `local` (kept on the device) or `session` (this tab's visit only).
 * @returns the storage, or `undefined` on the server or where it is blocked.
 */
export function webStorage(area: 'local' | 'session'): Storage | undefined {
  try {
    if (typeof window === 'undefined') return undefined;
    return area === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}
