/**
 * The machine-readable documents the site publishes for the operator
 * dashboard, built from the support config and the deep-link registry:
 *
 * - `/support.json` ({@link SupportDocument}): the support config as it is,
 *   plus the texts the site renders from it (addresses, hours, expected
 *   responses, targets), under `"version": 1`.
 * - `/deep-links.json` ({@link DeepLinksDocument}): the registry with the base
 *   URL applied.
 *
 * Pure functions, no Zod, no React, no `@docusaurus/*`: the build plugin
 * writes their output to the build folder, and the "Linking to the help
 * center" page renders examples with the same functions. The JSON Schemas are
 * generated in `src/plugins/support-data/schemas.ts`.
 */
import type {SupportConfig} from '../data/schema';
import {contactRows, type ContactRow} from './channels';
import {priorityRows, type PriorityRow} from './priorities';
import {deepLinkPath, type DeepLink} from '../data/deepLinks';

/** The version of both documents. Raised only for a change that breaks readers. */
export const PUBLIC_DATA_VERSION = 1;

/** File names of the published documents, relative to the site's base URL. */
export const PUBLIC_FILES = {
  support: 'support.json',
  supportSchema: 'support.schema.json',
  deepLinks: 'deep-links.json',
  deepLinksSchema: 'deep-links.schema.json',
} as const;

/** The document published as `/support.json`. */
export interface SupportDocument {
  version: typeof PUBLIC_DATA_VERSION;
  /** The support config, exactly as `src/data/supportConfig.ts` holds it. */
  config: SupportConfig;
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
  version: typeof PUBLIC_DATA_VERSION;
  /** The site's origin, e.g. `https://help.example.com`. */
  siteUrl: string;
  /** The site's base URL, starting and ending with `/`. */
  baseUrl: string;
  links: PublishedDeepLink[];
}

/**
 * Builds `/support.json` from a (validated) support config.
 *
 * @param config - the support config.
 * @returns a plain JSON-serialisable object; `config` is the same value as
 *   the argument, `rendered` is recomputed.
 */
export function buildSupportDocument(config: SupportConfig): SupportDocument {
  return {
    version: PUBLIC_DATA_VERSION,
    config,
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
    version: PUBLIC_DATA_VERSION,
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
