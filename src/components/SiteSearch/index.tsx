import {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type autocompleteType from '@easyops-cn/autocomplete.js';
import {DEEP_LINKS, deepLinkPath, getDeepLink} from '@site/src/data/deepLinks';
import type {NoAnswer} from './noAnswer';
import type {AskerRole} from './query';
import {registryPlaces, type RankedSection} from './rank';
import type {SearchOutcome} from './search';
import {
  countText,
  headerHtml,
  highlight,
  itemHref,
  itemHtml,
  listItems,
  markWords,
  placeOf,
  type ListClasses,
  type ListItem,
} from './list';
import {loadAutocomplete, loadSearch} from './loader';
import styles from './styles.module.css';

/** Results shown in a suggestion list (the search plugin's `searchResultLimits` of this site). */
export const LIST_LIMIT = 8;

const LIST_CLASSES: ListClasses = {
  title: styles.title!,
  place: styles.place!,
  action: styles.action!,
  notice: styles.notice!,
};

const places = registryPlaces(DEEP_LINKS);

/** The role of the guide at `pathname` (clients or operators), for ranking; none elsewhere. */
function roleOfPage(pathname: string, baseUrl: string): AskerRole | undefined {
  const route = `/${pathname.slice(baseUrl.length).replace(/\/$/, '')}`;
  const audience = places(route, '')?.audience;
  return audience === 'client' || audience === 'operator' ? audience : undefined;
}

/** The search page's URL for a query, e.g. `/search?q=pdf`. */
export function searchPageUrl(query: string): string {
  return `${deepLinkPath(getDeepLink('search'))}?${new URLSearchParams({q: query}).toString()}`;
}

/** What a screen reader hears after a search: how many results, or that there is no answer. */
function statusOf(outcome: SearchOutcome): string {
  if (outcome.noAnswer) {
    const n = outcome.noAnswer.suggestions.length;
    return `No answer found for “${outcome.noAnswer.searched}”.${n > 0 ? ` ${n} close ${n === 1 ? 'section' : 'sections'},` : ''} ask support or call the emergency line.`;
  }
  if (outcome.results.length === 0) return 'Type a word or two about the problem.';
  return `${countText(outcome)}.`;
}

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
 * A search box with a suggestion list (autocomplete.js), for the navbar and
 * the home page. The server renders a plain input (the home page's form
 * submits to `/search` before JavaScript runs); on pointer, touch or focus it
 * loads the list and the index (`loader.ts`) and turns the input into a
 * combobox in place, keeping its focus, its caret and what was typed. Each
 * query is read in the site's words and ranked one result per section
 * (`search.ts`); a query with no good result lists the closest sections,
 * "Ask support" (the request builder with the query) and the emergency line.
 * A polite status announces the number of results to screen readers.
 */
export default function SearchBox({variant, id, inputClassName, placeholder}: SearchBoxProps): ReactNode {
  const baseUrl = useBaseUrl('/');
  const history = useHistory();
  const input = useRef<HTMLInputElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const started = useRef(false);
  const last = useRef<SearchOutcome | null>(null);
  const failed = useRef(false);
  const [status, setStatus] = useState('');

  const go = useCallback(
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

  const attach = useCallback(
    (autocomplete: typeof autocompleteType) => {
      const el = input.current;
      if (!el) return;
      const focused = document.activeElement === el;
      const {selectionStart, selectionEnd} = el;
      // Whether `query` is still what the box asks for (a late answer to an earlier keystroke is not shown).
      const isCurrent = (query: string): boolean => instance.autocomplete.getVal() === query;
      const instance: ReturnType<typeof autocomplete> = autocomplete<ListItem>(
        el,
        {
          hint: false,
          autoselect: true,
          openOnFocus: true,
          // Tab leaves the box, as everywhere else; it does not open the highlighted result.
          tabAutocomplete: false,
          autoWidth: false,
          cssClasses: {
            root: variant === 'home' ? styles.homeRoot! : styles.root!,
            noPrefix: true,
            dropdownMenu: clsx(styles.menu, variant === 'home' && styles.homeMenu),
            input: '',
            hint: '',
            suggestions: styles.suggestions!,
            suggestion: styles.suggestion!,
            cursor: styles.cursor!,
            dataset: styles.dataset!,
            empty: styles.empty!,
          },
        },
        [
          {
            cache: false,
            source(query, callback) {
              container.current?.setAttribute('data-loading', 'true');
              loadSearch(baseUrl)
                .then((search) => search.search(query, roleOfPage(window.location.pathname, baseUrl)))
                .then(
                  (outcome) => {
                    if (!isCurrent(query)) return;
                    failed.current = false;
                    last.current = outcome;
                    setStatus(statusOf(outcome));
                    callback(listItems(outcome, {limit: LIST_LIMIT, searchUrl: searchPageUrl(query)}));
                    // Which query the list shows, for tests and the benchmark.
                    container.current?.setAttribute('data-results-for', query);
                  },
                  () => {
                    if (!isCurrent(query)) return;
                    failed.current = true;
                    last.current = null;
                    setStatus('The search could not load. Check your connection and try again.');
                    callback([]);
                  },
                )
                .finally(() => container.current?.removeAttribute('data-loading'));
            },
            templates: {
              suggestion: (item) => itemHtml(item, LIST_CLASSES),
              header: ({query}) =>
                last.current && last.current.query.input === query.trim() ? headerHtml(last.current, LIST_CLASSES) : '',
              empty: () =>
                `<div class="${styles.notice}">${
                  failed.current
                    ? 'The search could not load. Check your connection and try again.'
                    : 'Type a word or two about the problem, for example “expired link”.'
                }</div>`,
            },
          },
        ],
      );
      instance.on('autocomplete:selected', (_event, item) => go(item as ListItem));
      // ARIA 1.2: a combobox names its list with aria-controls (autocomplete.js sets only the older aria-owns).
      const listbox = el.getAttribute('aria-owns');
      if (listbox) el.setAttribute('aria-controls', listbox);
      // Wrapping the input can take its focus away: give it back, with the caret where it was.
      if (focused) {
        if (document.activeElement !== el) {
          el.focus();
          el.setSelectionRange(selectionStart, selectionEnd);
        } else if (el.value.trim() !== '') {
          instance.autocomplete.open();
        }
      }
    },
    [baseUrl, go, variant],
  );

  const activate = useCallback(() => {
    if (started.current) return;
    started.current = true;
    // The index loads while autocomplete.js does; results wait for it.
    loadSearch(baseUrl).catch(() => undefined);
    loadAutocomplete().then(attach, () => {
      started.current = false;
    });
  }, [attach, baseUrl]);

  // A box focused before hydration (typing may already have started) loads at once.
  useEffect(() => {
    if (document.activeElement === input.current) activate();
  }, [activate]);

  const box = (
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
  );
  return (
    <div
      ref={container}
      className={clsx(variant === 'navbar' ? ['navbar__search', styles.navbar] : styles.home)}
      dir="ltr">
      {variant === 'navbar' && <SearchIcon />}
      {box}
      <span role="status" className={styles.status}>
        {status}
      </span>
    </div>
  );
}

/** Text with the searched words marked. */
function Marked({text, words}: {text: string; words: readonly string[]}): ReactNode {
  return highlight(text, words).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text));
}

/** One result of the search page: the section's title as a link, its place, and the start of its text. */
function ResultItem({section, words}: {section: RankedSection; words: readonly string[]}): ReactNode {
  return (
    <article className={styles.result}>
      <h2 className={styles.resultTitle}>
        <Link to={section.url}>
          <Marked text={section.title} words={words} />
        </Link>
      </h2>
      <p className={styles.resultPlace}>{placeOf(section)}</p>
      {section.excerpt && <p className={styles.resultExcerpt}>{section.excerpt}</p>}
    </article>
  );
}

/**
 * The way forward when no section answers a query: what was searched, the
 * closest sections, "Ask support" with the query carried into the request
 * builder, and the emergency line for critical issues.
 */
export function NoAnswerPanel({noAnswer, words}: {noAnswer: NoAnswer; words: readonly string[]}): ReactNode {
  const {emergency} = noAnswer;
  return (
    <section className={clsx('alert alert--secondary', styles.noAnswer)} aria-labelledby="no-answer-title">
      <h2 id="no-answer-title" className={styles.noAnswerTitle}>
        No answer found for “{noAnswer.searched}”
      </h2>
      {noAnswer.unknownWords.length > 0 && (
        <p>No page of the help center mentions {noAnswer.unknownWords.map((w) => `“${w}”`).join(' or ')}.</p>
      )}
      {noAnswer.suggestions.length > 0 && (
        <>
          <p>The closest sections:</p>
          <ul>
            {noAnswer.suggestions.map((s) => (
              <li key={s.url}>
                <Link to={s.url}>
                  <Marked text={s.title} words={words} />
                </Link>{' '}
                <span className={styles.resultPlace}>({placeOf(s)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link className="button button--primary" to={noAnswer.askSupportUrl}>
          Ask support about “{noAnswer.searched}”
        </Link>
      </p>
      <p className={styles.emergency}>
        {emergency.priority} issue? Call the {emergency.label}, <a href={emergency.href}>{emergency.display}</a> (
        {emergency.hours}).
      </p>
    </section>
  );
}

/** Props of {@link SearchResults}. */
export interface SearchResultsProps {
  /** The outcome of the query in the page's box, `null` before the first search. */
  readonly outcome: SearchOutcome | null;
  /** Whether the index is still loading. */
  readonly loading: boolean;
  /** Whether it failed to load. */
  readonly failed: boolean;
}

/**
 * The search page's results: an honest count of sections, one entry per
 * section with its page and audience, or the way forward.
 */
export function SearchResults({outcome, loading, failed}: SearchResultsProps): ReactNode {
  if (failed) return <p role="status">The search could not load. Check your connection and reload the page.</p>;
  if (loading) return <p role="status">Loading the search…</p>;
  if (!outcome || outcome.query.input === '') return <p role="status">Type a word or two about the problem.</p>;
  const words = markWords(outcome.query);
  const corrected =
    outcome.query.corrections.length > 0 ? (
      <p className={styles.corrected}>
        Searched for <strong>{outcome.query.corrected}</strong>
      </p>
    ) : null;
  if (outcome.noAnswer)
    return (
      <>
        {corrected}
        <p role="status" className={styles.count}>
          No results.
        </p>
        <NoAnswerPanel noAnswer={outcome.noAnswer} words={words} />
      </>
    );
  if (outcome.results.length === 0)
    return <p role="status">Type a word or two about the problem, for example “expired link”.</p>;
  const full = outcome.results.slice(0, outcome.fullMatches);
  const most = outcome.results.slice(outcome.fullMatches);
  return (
    <>
      {corrected}
      <p role="status" className={styles.count}>
        {countText(outcome)}
      </p>
      {full.length > 0 && (
        <section aria-label="Results with all your words">
          {full.map((r) => (
            <ResultItem key={r.url} section={r} words={words} />
          ))}
        </section>
      )}
      {most.length > 0 && (
        <section aria-label="Results with most of your words">
          <p className={styles.divider}>These sections have most of your words:</p>
          {most.map((r) => (
            <ResultItem key={r.url} section={r} words={words} />
          ))}
        </section>
      )}
    </>
  );
}

/** The search, once loaded, for the search page: loads it and runs one query at a time. */
export function useSiteSearch(query: string): SearchResultsProps {
  const baseUrl = useBaseUrl('/');
  const [state, setState] = useState<SearchResultsProps>({outcome: null, loading: true, failed: false});
  useEffect(() => {
    let current = true;
    loadSearch(baseUrl)
      .then((search) => search.search(query))
      .then(
        (outcome) => current && setState({outcome, loading: false, failed: false}),
        () => current && setState({outcome: null, loading: false, failed: true}),
      );
    return () => {
      current = false;
    };
  }, [baseUrl, query]);
  return state;
}
