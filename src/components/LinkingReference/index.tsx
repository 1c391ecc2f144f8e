/**
 * The reference tables and examples of the "Linking to the help center" page,
 * rendered from the deep-link registry, the redirects, the query-parameter
 * contracts and the same builders that write `/support.json` and
 * `/deep-links.json` (computed at build time by the `support-data` plugin, `src/plugins/support-data/linkingExamples.ts`), so the
 * page can never disagree with what is published. Everything renders at
 * build time (no clock, no URL), so it is searchable.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import TokenizedCodeBlock from '@site/src/components/TokenizedCodeBlock';
import examples from '@generated/support-data/default/linking-examples.json';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import DataTable from '@site/src/components/DataTable';
import {DEEP_LINKS, deepLinkHref, deepLinkPath, getDeepLink, type DeepLink} from '@site/src/data/deepLinks';
import {REDIRECTS} from '@site/src/data/redirects';
import {
  DEEP_LINKS_DOCUMENT_VERSION,
  PUBLIC_FILES,
  SUPPORT_DOCUMENT_VERSION,
  withBaseUrl,
} from '@site/src/facts/publicData';
import type {CodeExampleName} from './examples';
import type {QueryParameterDoc} from '@site/src/data/queryParameters';
import {PICKER_PARAMETERS} from '@site/src/components/PriorityPicker/parameterDocs';
import {ROLE_PARAMETERS} from '@site/src/components/RoleGuides/params';
import {REQUEST_PARAMETERS} from '@site/src/components/RequestBuilder/parameterDocs';
import styles from './styles.module.css';

/** The site's origin and base URL, from the Docusaurus config. */
function useSite(): {siteUrl: string; baseUrl: string} {
  const {siteConfig} = useDocusaurusContext();
  return {siteUrl: siteConfig.url.replace(/\/+$/, ''), baseUrl: siteConfig.baseUrl};
}

/** The registry grouped by route, in registry order; each group starts with its page entry when there is one. */
function byRoute(links: readonly DeepLink[]): Array<{route: string; links: DeepLink[]}> {
  const groups = new Map<string, DeepLink[]>();
  for (const link of links) groups.set(link.route, [...(groups.get(link.route) ?? []), link]);
  return [...groups].map(([route, group]) => ({route, links: group}));
}

/** "153 link targets on 12 pages": the registry's size, as text. */
export function DeepLinkCount(): ReactNode {
  return `${DEEP_LINKS.length} link targets on ${byRoute(DEEP_LINKS).length} pages`;
}

/** One registry entry's absolute path (base URL applied) as inline code, linked. */
export function DeepLinkExample({id}: {id: string}): ReactNode {
  const {baseUrl} = useSite();
  const link = getDeepLink(id);
  return (
    <Link to={deepLinkPath(link)}>
      <code>{withBaseUrl(baseUrl, deepLinkPath(link))}</code>
    </Link>
  );
}

/**
 * Every registry entry, one table per page: id, absolute path (linked),
 * title, audience and kind. The paths are plain links, not Docusaurus
 * `<Link>`s: 137 client-side router links made this page's hydration the
 * longest task on a phone, and each target is checked by the build anyway
 * (`src/plugins/support-data`, stricter than the broken-link check: element
 * ids too). A click loads the page as a link from the dashboard does.
 */
export function DeepLinkTable(): ReactNode {
  const {baseUrl} = useSite();
  return (
    <div data-testid="deep-link-table">
      {byRoute(DEEP_LINKS).map(({route, links}) => {
        const pageTitle = links.find((l) => l.kind === 'page')?.title ?? route;
        return (
          <DataTable
            key={route}
            caption={
              <>
                {pageTitle} (<code>{withBaseUrl(baseUrl, route)}</code>)
              </>
            }
            columns={['Id', 'Path', 'Title', 'Audience', 'Kind']}>
            {links.map((link) => (
              <tr key={link.id} data-link-id={link.id}>
                <th scope="row">
                  <code>{link.id}</code>
                </th>
                <td>
                  <a href={withBaseUrl(baseUrl, deepLinkPath(link))}>{withBaseUrl(baseUrl, deepLinkPath(link))}</a>
                </td>
                <td>{link.title}</td>
                <td>{link.audience}</td>
                <td>{link.kind}</td>
              </tr>
            ))}
          </DataTable>
        );
      })}
    </div>
  );
}

/** The pages that read query parameters: a caption and the parameters each documents (in the module that parses them). */
const PARAMETER_GROUPS: ReadonlyArray<{linkId: string; parameters: readonly QueryParameterDoc[]}> = [
  {linkId: 'priority-picker', parameters: PICKER_PARAMETERS},
  {linkId: 'request-builder', parameters: REQUEST_PARAMETERS},
  {linkId: 'home', parameters: ROLE_PARAMETERS},
];

/** Every query parameter a page reads, one table per reader, with an example link per target built from the registry. */
export function QueryParameterTable(): ReactNode {
  const {baseUrl} = useSite();
  return (
    <>
      {PARAMETER_GROUPS.map(({linkId, parameters}) => (
        <DataTable
          key={linkId}
          caption={
            <>
              Query parameters of the {getDeepLink(linkId).title.toLowerCase()} (
              <code>{withBaseUrl(baseUrl, getDeepLink(linkId).route)}</code>)
            </>
          }
          columns={['Parameter', 'Values', 'Default and errors', 'Example links']}>
          {parameters.map((p) => (
            <tr key={p.name} data-parameter={p.name} data-reader={linkId}>
              <th scope="row">
                <code>{p.name}</code>
              </th>
              <td>{p.values}</td>
              <td>
                <strong>Absent:</strong> {p.whenAbsent}
                <br />
                <strong>Not accepted:</strong> {p.whenInvalid}
              </td>
              <td>
                <ul className={styles.plainList}>
                  {p.linkIds.map((id) => {
                    const to = deepLinkHref(id, {[p.name]: p.example});
                    return (
                      <li key={id}>
                        <Link to={to}>
                          <code>{withBaseUrl(baseUrl, to)}</code>
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>
          ))}
        </DataTable>
      ))}
    </>
  );
}

/**
 * A complete picker link: priority and submission time, as the picker reads
 * and writes them, ending with the picker's anchor (`pickerExampleLink`,
 * computed at build time so this page does not load the date library).
 */
export function PickerLinkExample(): ReactNode {
  const {baseUrl} = useSite();
  return (
    <Link to={examples.pickerLink}>
      <code>{withBaseUrl(baseUrl, examples.pickerLink)}</code>
    </Link>
  );
}

/** The redirects: old route, where it lands, why. */
export function RedirectTable(): ReactNode {
  const {baseUrl} = useSite();
  return (
    <DataTable caption="Redirects (query string and #hash are kept)" columns={['From', 'To', 'Why']}>
      {REDIRECTS.map((r) => (
        <tr key={r.from} data-redirect={r.from}>
          <th scope="row">
            <code>{withBaseUrl(baseUrl, r.from)}</code>
          </th>
          <td>
            <Link to={r.to}>{withBaseUrl(baseUrl, r.to)}</Link>
          </td>
          <td>{r.reason}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The versions of the two JSON documents, as a sentence. */
export function DocumentVersions(): ReactNode {
  return (
    <>
      <code>{PUBLIC_FILES.support}</code> carries <code>&quot;version&quot;: {SUPPORT_DOCUMENT_VERSION}</code> and{' '}
      <code>{PUBLIC_FILES.deepLinks}</code> carries <code>&quot;version&quot;: {DEEP_LINKS_DOCUMENT_VERSION}</code>.
    </>
  );
}

/** The published files with their full URLs. */
export function EndpointTable(): ReactNode {
  const {siteUrl, baseUrl} = useSite();
  const rows: Array<[string, string]> = [
    [
      PUBLIC_FILES.support,
      `Contacts, business hours, holiday rules and the holidays and special hours they give, priorities and SLA targets (version ${SUPPORT_DOCUMENT_VERSION}).`,
    ],
    [
      PUBLIC_FILES.supportSchema,
      `JSON Schema (draft 2020-12) of ${PUBLIC_FILES.support}, generated from the config's Zod schema.`,
    ],
    [
      PUBLIC_FILES.deepLinks,
      `Every link target of this page, with the base URL applied (version ${DEEP_LINKS_DOCUMENT_VERSION}).`,
    ],
    [PUBLIC_FILES.deepLinksSchema, `JSON Schema (draft 2020-12) of ${PUBLIC_FILES.deepLinks}.`],
    [
      PUBLIC_FILES.calendar,
      'The support holidays (all-day events) and special hours (timed events in the support time zone) of the years the build covers, as iCalendar (RFC 5545, text/calendar): subscribe to it in Outlook, Google Calendar or Apple Calendar.',
    ],
  ];
  return (
    <DataTable caption="Machine-readable endpoints" columns={['File', 'URL', 'Content']}>
      {rows.map(([file, description]) => {
        const path = withBaseUrl(baseUrl, `/${file}`);
        return (
          <tr key={file} data-endpoint={file}>
            <th scope="row">
              <code>{file}</code>
            </th>
            <td>
              <a href={path} target="_blank" rel="noopener noreferrer">{`${siteUrl}${path}`}</a>
            </td>
            <td>{description}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/**
 * One of the page's code examples (`src/plugins/support-data/linkingExamples.ts`), highlighted:
 * built and tokenized at build time by the `support-data` plugin and read
 * here from its generated data, so the page runs no syntax highlighter.
 */
function Example({name}: {name: CodeExampleName}): ReactNode {
  const example = examples.code[name];
  return <TokenizedCodeBlock tokenized={example} title={example.title} />;
}

/**
 * What the support.json excerpt shows and leaves out, as a paragraph ending
 * with a colon: the left-out `config` keys are listed from the build's data,
 * so the sentence stays true when the config gains a key.
 */
export function SupportExcerptNote(): ReactNode {
  const omitted = examples.supportExcerptOmits;
  return (
    <p>
      An excerpt: each list shortened to its first item, one weekday and one priority
      {omitted.length > 0 ? (
        <>
          ; the full document also has{' '}
          {omitted.map((key, i) => (
            <span key={key}>
              {i === 0 ? '' : i === omitted.length - 1 ? ' and ' : ', '}
              <code>{key}</code>
            </span>
          ))}{' '}
          in <code>config</code> (see the schema)
        </>
      ) : null}
      :
    </p>
  );
}

/**
 * An excerpt of a published document as a highlighted JSON code block:
 * `/support.json` as `supportExcerpt` shortens it, or `/deep-links.json`
 * with its first entries (see `buildCodeExamples`).
 */
export function JsonExample({file}: {file: 'support' | 'deep-links'}): ReactNode {
  return (
    <div data-testid={`json-example-${file}`}>
      <Example name={file === 'support' ? 'support-json' : 'deep-links-json'} />
    </div>
  );
}

/**
 * How a dashboard resolves a registry id to a URL with `/deep-links.json`, as
 * a JavaScript code block with this site's URL and a real entry's URL
 * (`RESOLVE_EXAMPLE_LINK_ID`).
 */
export function FetchExample(): ReactNode {
  return <Example name="resolve-deep-link" />;
}
