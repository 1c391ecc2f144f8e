/**
 * The suggestion list of a search box: autocomplete.js attached to the box's
 * input in place, fed by the site's search. Loaded with autocomplete.js when a
 * search box is first pointed at, touched or focused (see `index.tsx`), so the
 * list's code is not in every page's bundle.
 *
 * @module
 */
import clsx from 'clsx';
import type autocompleteType from '@easyops-cn/autocomplete.js';
import {DEEP_LINKS, deepLinkPath, getDeepLink} from '../../data/deepLinks';
import type {AskerRole} from './query';
import {registryPlaces} from './rank';
import type {SearchOutcome} from './search';
import {countText, headerHtml, itemHtml, listItems, type ListClasses, type ListItem} from './list';
import {loadSearch} from './loader';
import {createSearchRecorder} from './record';
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
export function statusOf(outcome: SearchOutcome): string {
  if (outcome.noAnswer) {
    const n = outcome.noAnswer.suggestions.length;
    return `No answer found for “${outcome.noAnswer.searched}”.${n > 0 ? ` ${n} close ${n === 1 ? 'section' : 'sections'},` : ''} ask support or call the emergency line.`;
  }
  if (outcome.results.length === 0) return 'Type a word or two about the problem.';
  return `${countText(outcome)}.`;
}

/** What {@link attachSuggestions} needs besides the input. */
export interface AttachOptions {
  readonly variant: 'navbar' | 'home';
  /** The site's base URL. */
  readonly baseUrl: string;
  /** The box's container: it carries `data-loading` while a search waits, and `data-results-for` (the query its list shows). */
  readonly container: HTMLElement | null;
  /** Opens an item the person chose. */
  readonly onSelect: (item: ListItem) => void;
  /** Receives the text for the box's status (screen readers). */
  readonly onStatus: (text: string) => void;
}

/**
 * Turns `input` into a combobox with the site's suggestions. Focus, caret
 * and typed text survive: autocomplete.js wraps the input in place, so a
 * focused input gets its focus and selection back at once, and what was
 * typed before is searched right away.
 *
 * @param autocomplete - autocomplete.js.
 * @param input - the box's input.
 * @param options - see {@link AttachOptions}.
 */
export function attachSuggestions(
  autocomplete: typeof autocompleteType,
  input: HTMLInputElement,
  {variant, baseUrl, container, onSelect, onStatus}: AttachOptions,
): void {
  const focused = document.activeElement === input;
  const {selectionStart, selectionEnd} = input;
  let last: SearchOutcome | null = null;
  let failed = false;
  // The box's searches, results opened and "Ask support" (issue 14: events and the searches of the visit).
  const recorder = createSearchRecorder(baseUrl);
  // Whether `query` is still what the box asks for (a late answer to an earlier keystroke is not shown).
  const isCurrent = (query: string): boolean => instance.autocomplete.getVal() === query;
  const instance: ReturnType<typeof autocomplete> = autocomplete<ListItem>(
    input,
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
          container?.setAttribute('data-loading', 'true');
          loadSearch(baseUrl)
            // Keystrokes typed while the index loaded each asked for a search: only the box's current query runs.
            .then(async (search) => {
              if (!isCurrent(query)) return null;
              return {search, outcome: await search.search(query, roleOfPage(window.location.pathname, baseUrl))};
            })
            .then(
              (answer) => {
                if (!answer || !isCurrent(query)) return;
                const {search, outcome} = answer;
                failed = false;
                last = outcome;
                // A list from the headings tier alone is searched again once the whole index is loaded. Registered
                // after `last` is set: when the index completed during this search, the check runs at once and
                // must see this outcome as the one shown (registered before, it missed it and the list stayed partial).
                if (outcome.partial)
                  search.complete
                    .then(() => {
                      if (last === outcome && isCurrent(query) && document.activeElement === input)
                        refresh(instance, input);
                    })
                    .catch(() => undefined);
                onStatus(statusOf(outcome));
                callback(listItems(outcome, {limit: LIST_LIMIT, searchUrl: searchPageUrl(query)}));
                if (!outcome.partial && query.trim() !== '')
                  recorder.settle(query, outcome.noAnswer ? 0 : outcome.results.length);
                // Which query the list shows, and from which tier of the index, for tests and the benchmark.
                container?.setAttribute('data-results-for', query);
                container?.setAttribute('data-index', outcome.partial ? 'headings' : 'full');
              },
              () => {
                if (!isCurrent(query)) return;
                failed = true;
                last = null;
                onStatus('The search could not load. Check your connection and try again.');
                callback([]);
              },
            )
            .finally(() => container?.removeAttribute('data-loading'));
        },
        templates: {
          suggestion: (item) => itemHtml(item, LIST_CLASSES),
          header: ({query}) => (last && last.query.input === query.trim() ? headerHtml(last, LIST_CLASSES) : ''),
          empty: () =>
            `<div class="${styles.notice}">${
              failed
                ? 'The search could not load. Check your connection and try again.'
                : last?.partial && last.query.searches.length > 0
                  ? 'Searching all sections…'
                  : 'Type a word or two about the problem, for example “expired link”.'
            }</div>`,
        },
      },
    ],
  );
  instance.on('autocomplete:selected', (_event, item) => {
    const chosen = item as ListItem;
    const query = instance.autocomplete.getVal();
    if (chosen.kind === 'section') recorder.click(query);
    else if (chosen.kind === 'ask') recorder.ask(chosen.searched);
    else recorder.flush();
    onSelect(chosen);
  });
  instance.on('autocomplete:closed', () => recorder.flush());
  window.addEventListener('pagehide', () => recorder.flush());
  // ARIA 1.2: a combobox names its list with aria-controls (autocomplete.js sets only the older aria-owns).
  const listbox = input.getAttribute('aria-owns');
  if (listbox) input.setAttribute('aria-controls', listbox);
  // Wrapping the input can take its focus away: give it back, with the caret where it was.
  if (focused) {
    if (document.activeElement !== input) {
      input.focus();
      input.setSelectionRange(selectionStart, selectionEnd);
    } else if (input.value.trim() !== '') {
      instance.autocomplete.open();
    }
  }
}

/**
 * Searches the box's current query again, keeping its list until the new one
 * is ready. autocomplete.js has no public call for it: its typeahead's
 * `dropdown.update` is what it calls on each keystroke; without it, setting
 * the value again does the same, with the caret kept.
 */
function refresh(instance: ReturnType<typeof autocompleteType>, input: HTMLInputElement): void {
  const query = instance.autocomplete.getVal();
  if (query.trim() === '') return;
  const typeahead = instance.autocomplete as unknown as {dropdown?: {update?: (q: string) => void}};
  if (typeof typeahead.dropdown?.update === 'function') {
    typeahead.dropdown.update(query);
    return;
  }
  const {selectionStart, selectionEnd} = input;
  instance.autocomplete.setVal('');
  instance.autocomplete.setVal(query);
  input.setSelectionRange(selectionStart, selectionEnd);
}
