/**
 * The examples of the "Linking to the help center" page that take code to
 * compute: the code examples, built from the same functions that write
 * `/support.json` and `/deep-links.json`, and a complete picker link, built
 * by the picker's own URL parser and writer. So the examples can never
 * disagree with what is published or with what the picker reads.
 *
 * Pure, no React, no `@docusaurus/*`: the `support-data` plugin builds them
 * at build time (the code examples tokenized for highlighting) and hands
 * them to the page as generated data (`src/components/LinkingReference`),
 * so that page needs neither Prism nor Luxon in the browser.
 */
import type {SupportConfig} from '../../data/schema';
import {DEEP_LINKS, getDeepLink, type DeepLink} from '../../data/deepLinks';
import {PICKER_PARAMETERS, parsePickerParams, pickerSearch} from '../../components/PriorityPicker/params';
import {
  PUBLIC_FILES,
  buildDeepLinksDocument,
  buildSupportDocument,
  withBaseUrl,
  type SupportDocument,
} from '../../facts/publicData';
import type {CodeExample, CodeExampleName} from '../../components/LinkingReference/examples';
import type {SupportCalendarDates} from '../../facts/supportCalendar';

export type {CodeExample, CodeExampleName};

/** The registry entry the "resolve a link target by id" example looks up. */
export const RESOLVE_EXAMPLE_LINK_ID = 'client.pdf-download-failing';

/** How many `links` entries the `deep-links.json` excerpt shows. */
export const DEEP_LINKS_EXCERPT_LENGTH = 2;

/** The `config` keys the `/support.json` excerpt shows; the others are left out (see {@link supportExcerptOmits}). */
export const SUPPORT_EXCERPT_CONFIG_KEYS = [
  'organization',
  'domain',
  'timeZone',
  'businessHours',
  'holidays',
  'channels',
  'priorities',
] as const;

/**
 * An excerpt of `/support.json`: the same document the build publishes,
 * with the `config` keys of {@link SUPPORT_EXCERPT_CONFIG_KEYS} only, each
 * list shortened to its first item, one weekday and one priority, and the
 * first rendered channel and priority, so it fits a page. Keys stay in the
 * document's order.
 *
 * @param doc - the document from `buildSupportDocument`.
 */
export function supportExcerpt(doc: SupportDocument): unknown {
  const {config, rendered} = doc;
  const firstPriority = Object.keys(config.priorities)[0] as keyof SupportDocument['config']['priorities'];
  // Exactly the keys of SUPPORT_EXCERPT_CONFIG_KEYS (the type says so), written in the document's order.
  const shortened: Record<(typeof SUPPORT_EXCERPT_CONFIG_KEYS)[number], unknown> = {
    organization: config.organization,
    domain: config.domain,
    timeZone: config.timeZone,
    businessHours: Object.fromEntries(Object.entries(config.businessHours).slice(0, 1)),
    holidays: {
      ...config.holidays,
      additions: config.holidays.additions.slice(0, 1),
      removals: config.holidays.removals.slice(0, 1),
    },
    channels: config.channels.slice(0, 1),
    priorities: {[firstPriority]: config.priorities[firstPriority]},
  };
  return {
    version: doc.version,
    config: shortened,
    calendar: {
      ...doc.calendar,
      holidays: doc.calendar.holidays.slice(0, 1),
      specialHours: doc.calendar.specialHours.slice(0, 1),
    },
    rendered: {channels: rendered.channels.slice(0, 1), priorities: rendered.priorities.slice(0, 1)},
  };
}

/**
 * The `config` keys of `/support.json` that its excerpt leaves out, in the
 * document's order (for example `triage`, `escalation`), so the page can
 * say so.
 *
 * @param config - the support config.
 */
export function supportExcerptOmits(config: SupportConfig): string[] {
  return Object.keys(config).filter((key) => !(SUPPORT_EXCERPT_CONFIG_KEYS as readonly string[]).includes(key));
}

/**
 * Every example of the page.
 *
 * - `support-json`: {@link supportExcerpt} of the published `/support.json`, as JSON.
 * - `deep-links-json`: the published `/deep-links.json` with its first
 *   {@link DEEP_LINKS_EXCERPT_LENGTH} links, as JSON.
 * - `resolve-deep-link`: JavaScript that fetches `/deep-links.json` from
 *   this site, checks its version and finds {@link RESOLVE_EXAMPLE_LINK_ID},
 *   with that entry's real URL in a comment.
 *
 * @param config - the support config.
 * @param dates - the calendar the build resolved (`support.json` carries it).
 * @param site - `siteUrl` (origin, no trailing slash needed) and `baseUrl` from the Docusaurus config.
 * @param links - the deep-link registry (default: the site's).
 * @throws {Error} when {@link RESOLVE_EXAMPLE_LINK_ID} is not in the registry.
 */
export function buildCodeExamples(
  config: SupportConfig,
  dates: SupportCalendarDates,
  site: {siteUrl: string; baseUrl: string},
  links: readonly DeepLink[] = DEEP_LINKS,
): Record<CodeExampleName, CodeExample> {
  const siteUrl = site.siteUrl.replace(/\/+$/, '');
  const deepLinks = buildDeepLinksDocument(links, {siteUrl, baseUrl: site.baseUrl});
  const target = deepLinks.links.find((link) => link.id === RESOLVE_EXAMPLE_LINK_ID);
  if (!target) throw new Error(`buildCodeExamples: deep link "${RESOLVE_EXAMPLE_LINK_ID}" is not in the registry`);
  const endpoint = `${siteUrl}${withBaseUrl(site.baseUrl, `/${PUBLIC_FILES.deepLinks}`)}`;
  return {
    'support-json': {
      title: `${PUBLIC_FILES.support} (excerpt)`,
      language: 'json',
      code: JSON.stringify(supportExcerpt(buildSupportDocument(config, dates)), null, 2),
    },
    'deep-links-json': {
      title: `${PUBLIC_FILES.deepLinks} (excerpt)`,
      language: 'json',
      code: JSON.stringify({...deepLinks, links: deepLinks.links.slice(0, DEEP_LINKS_EXCERPT_LENGTH)}, null, 2),
    },
    'resolve-deep-link': {
      title: 'Resolve a link target by id',
      language: 'js',
      code: [
        `const response = await fetch('${endpoint}');`,
        'const {version, links} = await response.json();',
        `if (version !== ${deepLinks.version}) throw new Error(\`Unsupported deep-links.json version \${version}\`);`,
        `const target = links.find((link) => link.id === '${target.id}');`,
        `// target.url === '${target.url}'`,
      ].join('\n'),
    },
  };
}

/**
 * A complete priority picker link: route, `priority` and `submitted` (the
 * documented examples of `PICKER_PARAMETERS`, read with the picker's own
 * parser and written back as the picker writes them, in the support time
 * zone), and the picker's anchor. Without the base URL, e.g.
 * `/priorities?priority=high&submitted=2026-03-06T16%3A00%3A00-05%3A00#priority-picker`.
 *
 * @param config - the support config (its `timeZone`, an IANA name).
 * @param dates - the resolved calendar (the picker accepts its years).
 */
export function pickerExampleLink(config: SupportConfig, dates: SupportCalendarDates): string {
  const picker = getDeepLink('priority-picker');
  const examples = new URLSearchParams(PICKER_PARAMETERS.map((p): [string, string] => [p.name, p.example]));
  const {priority, submittedAt} = parsePickerParams(examples.toString(), config.timeZone, dates.years);
  return `${picker.route}${pickerSearch('', priority, submittedAt, config.timeZone)}#${picker.anchor}`;
}
