/**
 * What the request builder reads from the browser after mount: the draft's
 * storage and the browser's own description of itself. Browser-only (reads
 * `window` and `navigator`); the parsing is the pure `detectEnvironment`.
 */
import type {DraftStorage} from './draftStorage';
import {detectEnvironment, type DetectedEnvironment} from './userAgent';
import {webStorage} from '../webStorage';

/** The low-entropy User-Agent Client Hints of Chromium browsers; not yet in TypeScript's DOM types. */
interface NavigatorUAData {
  brands?: {brand: string; version: string}[];
  mobile?: boolean;
  platform?: string;
}

/** `window.localStorage`, or `null` when the browser blocks it (reading it then throws). */
export function browserStorage(): DraftStorage | null {
  return webStorage('local') ?? null;
}

/** The browser's own browser, system and device, from `navigator.userAgent` and its client hints. */
export function detectBrowser(): DetectedEnvironment {
  const hints = (navigator as Navigator & {userAgentData?: NavigatorUAData}).userAgentData;
  return detectEnvironment(
    navigator.userAgent,
    hints ? {brands: hints.brands, mobile: hints.mobile, platform: hints.platform} : undefined,
  );
}
