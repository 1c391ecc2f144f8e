/**
 * The person's browser, operating system and device type, for pre-filling a
 * support request, parsed from the user-agent string by Bowser (MIT, a
 * well-kept UA parser). Pure: the caller passes `navigator.userAgent` (and,
 * where the browser has them, its low-entropy User-Agent Client Hints) after
 * mount. The result is a suggestion the person can edit: user-agent strings
 * freeze some versions (macOS is reported as 10.15.7, Windows 11 as
 * Windows 10).
 *
 * @module
 */
import Bowser from 'bowser';
import type {DeviceType} from './model';

/** What was detected; `''` where nothing was. */
export interface DetectedEnvironment {
  /** Browser name and version, for example `Chrome 131.0.0.0`. */
  readonly browser: string;
  /** Operating system name and version, for example `Windows 10` or `iOS 17.4`. */
  readonly os: string;
  /** `desktop`, `tablet` or `smartphone` (a laptop reports itself as a desktop). */
  readonly device: DeviceType | '';
}

/** Bowser's platform types mapped to the request's device types. */
const DEVICES: Readonly<Record<string, DeviceType>> = {
  desktop: 'desktop',
  tablet: 'tablet',
  mobile: 'smartphone',
};

/**
 * Detects browser, operating system and device type from a user-agent string.
 *
 * @param userAgent - `navigator.userAgent`.
 * @param hints - optional low-entropy User-Agent Client Hints
 *   (`navigator.userAgentData`: `brands`, `mobile`, `platform`), which help
 *   tell Chromium-based browsers apart.
 * @returns the detected values, each `''` when unknown. Never throws.
 * @example
 * ```ts
 * detectEnvironment('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36');
 * // => {browser: 'Chrome 131.0.0.0', os: 'Windows 10', device: 'desktop'}
 * ```
 */
export function detectEnvironment(userAgent: string, hints?: Bowser.ClientHints): DetectedEnvironment {
  if (typeof userAgent !== 'string' || userAgent.trim() === '') return {browser: '', os: '', device: ''};
  let parsed: Bowser.Parser.ParsedResult;
  try {
    parsed = hints ? Bowser.parse(userAgent, hints) : Bowser.parse(userAgent);
  } catch {
    return {browser: '', os: '', device: ''};
  }
  const join = (...parts: (string | undefined)[]): string => parts.filter((p) => p && p.trim()).join(' ');
  const os =
    parsed.os.name === 'Windows' ? join('Windows', parsed.os.versionName) : join(parsed.os.name, parsed.os.version);
  return {
    browser: join(parsed.browser.name, parsed.browser.version),
    os,
    device: DEVICES[parsed.platform.type ?? ''] ?? '',
  };
}

/**
 * A draft with the detected values as suggestions for the technical fields
 * that are still blank (browser, operating system, device); answered fields
 * are kept.
 *
 * @param draft - the draft (not mutated).
 * @param detected - from {@link detectEnvironment}.
 * @returns a new draft.
 */
export function withDetected<D extends {browser: string; os: string; device: DeviceType | ''}>(
  draft: D,
  detected: DetectedEnvironment,
): D {
  return {
    ...draft,
    browser: draft.browser || detected.browser,
    os: draft.os || detected.os,
    device: draft.device || detected.device,
  };
}
