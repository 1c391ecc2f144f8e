/**
 * The banner's dismissals in `localStorage`: the keys (`incidentId@lastUpdateAt`,
 * see `StatusNotice.key`) the reader has dismissed. Stored data is untrusted:
 * anything but an array of strings reads as none.
 */
export const DISMISSED_KEY = 'support-center.status-dismissed';

/** The dismissed notice keys; empty when storage is unavailable or holds something else. */
export function readDismissed(storage: Pick<Storage, 'getItem'> | undefined): string[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(DISMISSED_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Stores `key` as dismissed, keeping only the keys of notices still shown
 * (`current`), so the list does not grow forever. Storage errors are ignored
 * (private mode): the notice is then hidden for this page view only.
 */
export function writeDismissed(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
  key: string,
  current: readonly string[],
): void {
  const keep = readDismissed(storage).filter((k) => current.includes(k));
  try {
    storage?.setItem(DISMISSED_KEY, JSON.stringify([...new Set([...keep, key])]));
  } catch {
    // Quota or disabled storage: nothing to keep.
  }
}
