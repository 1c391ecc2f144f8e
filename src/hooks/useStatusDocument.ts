import {useEffect, useState} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {STATUS_FILES, type StatusDocument} from '../facts/status';
import {readStatusDocument} from '../facts/statusNotices';

/** The status as a component sees it. */
export interface StatusState {
  /** The document to show: the baked one until the fetch settles, then the fetched one (or still the baked one). */
  readonly document: StatusDocument;
  /** `pending` on the server and the first client render; `live` once `/status.json` was read; `baked` when it could not be. */
  readonly source: 'pending' | 'live' | 'baked';
  /** The clock (epoch ms) after mount; the document's `generated_at` before. */
  readonly now: number;
}

let request: Promise<StatusDocument | undefined> | undefined;

/** One fetch of `/status.json` per page load, shared by every component; `undefined` when unreadable or invalid. */
function fetchStatus(url: string): Promise<StatusDocument | undefined> {
  request ??= fetch(url, {cache: 'no-cache'})
    .then((r) => (r.ok ? r.json() : undefined))
    .then(readStatusDocument, () => undefined);
  return request;
}

/**
 * The service status: the document baked into the build (server HTML and
 * first render, so hydration matches), then after mount `/status.json` as
 * published now (revalidated, `cache: 'no-cache'`), validated; on failure the
 * baked document stays, with `source: 'baked'`.
 */
export function useStatusDocument(): StatusState {
  const {document: baked} = usePluginData('status') as {document: StatusDocument};
  const url = useBaseUrl(`/${STATUS_FILES.document}`);
  const [state, setState] = useState<StatusState>({
    document: baked,
    source: 'pending',
    now: Date.parse(baked.generated_at),
  });
  useEffect(() => {
    let active = true;
    void fetchStatus(url).then((live) => {
      if (active) setState({document: live ?? baked, source: live ? 'live' : 'baked', now: Date.now()});
    });
    return () => {
      active = false;
    };
  }, [url, baked]);
  return state;
}
