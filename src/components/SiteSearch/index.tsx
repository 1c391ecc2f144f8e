import {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {ListItem} from './list';
import {itemHref} from './list';
import {loadAutocomplete, loadSearch} from './loader';
import styles from './styles.module.css';

/** Props of {@link SearchBox}. */
export interface SearchBoxProps {
  /** `navbar`: the navbar's box; `home`: the home page's large box, inside its form to `/search`. */
  readonly variant: 'navbar' | 'home';
  /** The input's id (the home page's label points to it). */
  readonly id?: string;
  /** The input's class, for the home page's look. */
  readonly inputClassName?: string;
  readonly placeholder?: string;
}

/** The magnifier icon of the navbar box. */
function SearchIcon(): ReactNode {
  return (
    <svg aria-hidden="true" className={styles.icon} focusable="false" viewBox="0 0 16 16">
      <path
        fill="currentColor"
        d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
      />
    </svg>
  );
}

/**
 * A search box with a suggestion list, for the navbar and the home page. The
 * server renders a plain input (the home page's form submits to `/search`
 * before JavaScript runs). On pointer, touch or focus it starts the search's
 * worker and index (`loader.ts`) and loads the list (`attach.ts`, with
 * autocomplete.js), which turns the input into a combobox in place, keeping
 * its focus, its caret and what was typed. Each query is read in the site's
 * words and ranked one result per section (`search.ts`); a query with no good
 * result lists the closest sections, "Ask support" (the request builder with
 * the query) and the emergency line. A polite status announces the number of
 * results to screen readers.
 */
export default function SearchBox({variant, id, inputClassName, placeholder}: SearchBoxProps): ReactNode {
  const baseUrl = useBaseUrl('/');
  const history = useHistory();
  const input = useRef<HTMLInputElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const started = useRef(false);
  const [status, setStatus] = useState('');

  const onSelect = useCallback(
    (item: ListItem) => {
      if (item.kind === 'emergency') {
        window.location.href = item.emergency.href;
        return;
      }
      input.current?.blur();
      history.push(itemHref(item));
    },
    [history],
  );

  const activate = useCallback(() => {
    if (started.current) return;
    started.current = true;
    // The worker and the index load while the list's code does; results wait for them.
    loadSearch(baseUrl).catch(() => undefined);
    Promise.all([loadAutocomplete(), import('./attach')]).then(
      ([autocomplete, {attachSuggestions}]) => {
        if (input.current)
          attachSuggestions(autocomplete, input.current, {
            variant,
            baseUrl,
            container: container.current,
            onSelect,
            onStatus: setStatus,
          });
      },
      () => {
        started.current = false;
      },
    );
  }, [baseUrl, onSelect, variant]);

  // A box focused before hydration (typing may already have started) loads at once.
  useEffect(() => {
    if (document.activeElement === input.current) activate();
  }, [activate]);

  return (
    <div
      ref={container}
      className={clsx(variant === 'navbar' ? ['navbar__search', styles.navbar] : styles.home)}
      dir="ltr">
      {variant === 'navbar' && <SearchIcon />}
      <input
        ref={input}
        id={id}
        name={variant === 'home' ? 'q' : undefined}
        type={variant === 'home' ? 'search' : undefined}
        aria-label={variant === 'navbar' ? 'Search' : undefined}
        placeholder={placeholder ?? 'Search'}
        autoComplete="off"
        className={clsx(variant === 'navbar' ? ['navbar__search-input', styles.navbarInput] : inputClassName)}
        onPointerEnter={activate}
        onPointerDown={activate}
        onTouchStart={activate}
        onFocus={activate}
      />
      <span role="status" className={styles.status}>
        {status}
      </span>
    </div>
  );
}
