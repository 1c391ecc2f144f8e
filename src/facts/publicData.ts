/**
 * The machine-readable documents the site publishes for the operator
 * dashboard, built from the support config and the deep-link registry:
 *
 * - `/support.json` ({@link SupportDocument}): the support config as it is,
 *   the support calendar resolved to dates (holidays and special hours of
 *   the build's window), and the texts the site renders from it (addresses,
 *   hours, expected responses, targets), under `"version": 2`.
 * - `/deep-links.json` ({@link DeepLinksDocument}): the registry with the base
 *   URL applied, under `"version": 1`.
 * - `/support-calendar.ics`: the calendar as iCalendar (written by the
 *   `support-calendar` plugin, listed here with the others).
 *
 * Pure functions, no Zod, no React, no `@docusaurus/*`: the build plugin
 * writes their output to the build folder, and the "Linking to the help
 * center" page renders examples with the same functions. The JSON Schemas are
 * generated in `src/plugins/support-data/schemas.ts`.
 */
import type {SupportConfig} from '../data/schema';
import type {Holiday, SpecialHours} from '../sla/types';
import {contactRows, type ContactRow} from './channels';
import {priorityRows, type PriorityRow} from './priorities';
import type {CalendarWindow, SupportCalendarDates} from './supportCalendar';
import {deepLinkPath, type DeepLink} from '../data/deepLinks';

/**
 * The version of `/support.json`, raised only for a change that breaks
 * readers: 2 since `config.holidays` became the holiday rules (country,
 * types, additions, removals) and the dates moved to `calendar.holidays`.
 */
export const SUPPORT_DOCUMENT_VERSION = 2;
/** The version of `/deep-links.json`, raised only for a change that breaks readers. */
export const DEEP_LINKS_DOCUMENT_VERSION = 1;

/** File names of the published documents, relative to the site's base URL. */
export const PUBLIC_FILES = {
  support: 'support.json',
  supportSchema: 'support.schema.json',
  deepLinks: 'deep-links.json',
  deepLinksSchema: 'deep-links.schema.json',
  calendar: 'support-calendar.ics',
} as const;

/** The support calendar as `/support.json` publishes it: dates, in the support time zone. */
export interface PublishedCalendar {
  /** The years covered (the priority picker accepts submission times in them). */
  years: CalendarWindow;
  /** Closed dates, `YYYY-MM-DD`, sorted. */
  holidays: Holiday[];
  /** Dates with their own opening intervals (`HH:mm`), sorted. */
  specialHours: SpecialHours[];
  /** The same calendar as iCalendar, relative to the base URL: `support-calendar.ics`. */
  feed: typeof PUBLIC_FILES.calendar;
}

/** The document published as `/support.json`. */
export interface SupportDocument {
  version: typeof SUPPORT_DOCUMENT_VERSION;
  /** The support config, exactly as `src/data/supportConfig.ts` holds it. */
  config: SupportConfig;
  /** The support calendar resolved to dates by the build. */
  calendar: PublishedCalendar;
  /** What the site shows, computed from `config` by the same functions as its tables. */
  rendered: {
    /** One row per channel, in config order: address or number, `mailto:`/`tel:` link, hours, expected response. */
    channels: ContactRow[];
    /** One row per priority, most urgent first: examples, first response and resolution targets. */
    priorities: PriorityRow[];
  };
}

/** One registry entry as published: the entry plus its absolute path and URL. */
export interface PublishedDeepLink {
  id: string;
  title: string;
  audience: DeepLink['audience'];
  kind: DeepLink['kind'];
  /** Absolute path with the base URL and the `#anchor`, e.g. `/clients/troubleshooting#pdf-download-failing`. */
  path: string;
  /** Full URL: the site URL followed by `path`. */
  url: string;
  /** The element id, when the link points into a page. */
  anchor?: string;
}

/** The document published as `/deep-links.json`. */
export interface DeepLinksDocument {
  version: typeof DEEP_LINKS_DOCUMENT_VERSION;
  /** The site's origin, e.g. `https://help.example.com`. */
  siteUrl: string;
  /** The site's base URL, starting and ending with `/`. */
  baseUrl: string;
  links: PublishedDeepLink[];
}

/**
 * Builds `/support.json` from a (validated) support config and the calendar
 * the build resolved from it.
 *
 * @param config - the support config.
 * @param dates - the resolved calendar (`src/plugins/support-calendar`).
 * @returns a plain JSON-serialisable object; `config` is the same value as
 *   the argument, `calendar` copies the dates, `rendered` is recomputed.
 */
export function buildSupportDocument(config: SupportConfig, dates: SupportCalendarDates): SupportDocument {
  return {
    version: SUPPORT_DOCUMENT_VERSION,
    config,
    calendar: {
      years: {from: dates.years.from, to: dates.years.to},
      holidays: dates.holidays.map(({date, name}) => ({date, name})),
      specialHours: dates.specialHours.map(({date, name, hours}) => ({
        date,
        name,
        hours: hours.map(({open, close}) => ({open, close})),
      })),
      feed: PUBLIC_FILES.calendar,
    },
    rendered: {
      // JSON has no `undefined`: drop absent optional fields so the object equals its parsed JSON.
      channels: contactRows(config).map(withoutUndefined),
      priorities: priorityRows(config),
    },
  };
}

/**
 * Prefixes a site path with the base URL.
 *
 * @param baseUrl - Docusaurus `baseUrl`, e.g. `/` or `/help/`.
 * @param path - a path starting with `/`, e.g. `/faq#getting-help`.
 * @returns e.g. `/help/faq#getting-help`; `/` with base `/help/` gives `/help/`.
 * @throws {Error} when `path` does not start with `/`.
 */
export function withBaseUrl(baseUrl: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`Path "${path}" must start with "/"`);
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}${path.slice(1)}`;
}

/**
 * Builds `/deep-links.json` from the registry.
 *
 * @param links - the registry (`DEEP_LINKS`).
 * @param site - the site's `url` (origin, with or without a trailing `/`) and `baseUrl`.
 */
export function buildDeepLinksDocument(
  links: readonly DeepLink[],
  site: {siteUrl: string; baseUrl: string},
): DeepLinksDocument {
  const siteUrl = site.siteUrl.replace(/\/+$/, '');
  return {
    version: DEEP_LINKS_DOCUMENT_VERSION,
    siteUrl,
    baseUrl: site.baseUrl,
    links: links.map((link) => {
      const path = withBaseUrl(site.baseUrl, deepLinkPath(link));
      return withoutUndefined({
        id: link.id,
        title: link.title,
        audience: link.audience,
        kind: link.kind,
        path,
        url: `${siteUrl}${path}`,
        anchor: link.anchor,
      });
    }),
  };
}

/** A copy of `value` without the properties whose value is `undefined`. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
