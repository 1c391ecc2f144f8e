import type {ReactNode} from 'react';
import type {QueryParameterDoc} from '@site/src/data/queryParameters';
import {deepLinkHref} from '@site/src/data/deepLinks';

/** Props of {@link QueryParameterList}. */
export interface QueryParameterListProps {
  /** The parameters, as the page that reads them documents them (for example `REQUEST_PARAMETERS`). */
  parameters: readonly QueryParameterDoc[];
}

/**
 * A page's query parameters as a bullet list for its readers: each name,
 * its accepted values, and what happens when it is absent or not accepted,
 * from the same documentation data the linking page renders (so the two
 * cannot disagree). Rendered at build time.
 */
export default function QueryParameterList({parameters}: QueryParameterListProps): ReactNode {
  return (
    <ul>
      {parameters.map((p) => (
        <li key={p.name} data-parameter={p.name}>
          <code>{p.name}</code>: {p.values} When it is absent: {p.whenAbsent} When it is not accepted: {p.whenInvalid}
        </li>
      ))}
    </ul>
  );
}

/** Props of {@link QueryParameterExample}. */
export interface QueryParameterExampleProps {
  /** The registry id of the target that reads the parameters, e.g. `request-builder`. */
  linkId: string;
  /** The parameters, whose documented examples make up the link. */
  parameters: readonly QueryParameterDoc[];
}

/**
 * A link (shown as code, without the base URL) to a registry target with
 * every documented example parameter, e.g.
 * `/contact/request?role=operator&priority=high&topic=pdf-generation-problems#request-builder`.
 */
export function QueryParameterExample({linkId, parameters}: QueryParameterExampleProps): ReactNode {
  const href = deepLinkHref(linkId, Object.fromEntries(parameters.map((p) => [p.name, p.example])));
  return <code>{href}</code>;
}
