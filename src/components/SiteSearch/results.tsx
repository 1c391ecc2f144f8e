/**
 * The search page's parts: the results, one per section with its page and
 * audience and an honest count, or the way forward when nothing answers.
 * Imported by the `/search` page only (`src/theme/SearchPage`).
 *
 * @module
 */
import {useEffect, useMemo, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {NoAnswer} from './noAnswer';
import type {RankedSection} from './rank';
import type {SearchOutcome} from './search';
import {countText, highlight, markWords, placeOf} from './list';
import {loadSearch} from './loader';
import {createSearchRecorder, type SearchRecorder} from './record';
import styles from './styles.module.css';

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
        <Link className="button button--primary" to={noAnswer.askSupportUrl} data-ask-support="true">
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
  /** The query in the page's box, as typed. */
  readonly query: string;
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
export function SearchResults({query, outcome, loading, failed}: SearchResultsProps): ReactNode {
  if (query.trim() === '') return <p role="status">Type a word or two about the problem.</p>;
  if (failed) return <p role="status">The search could not load. Check your connection and reload the page.</p>;
  if (loading || !outcome) return <p role="status">Searching…</p>;
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
    return (
      <p role="status">
        {outcome.partial && outcome.query.searches.length > 0
          ? 'Searching all sections…'
          : 'Type a word or two about the problem, for example “expired link”.'}
      </p>
    );
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

/**
 * The search page's state: loads the search and runs the page's query; the
 * previous outcome stays until the next one is ready. Each settled search is
 * recorded (`./record.ts`); the returned `recorder` takes the page's clicks.
 *
 * @param query - the query in the page's box, as typed.
 */
export function useSiteSearch(query: string): SearchResultsProps & {readonly recorder: SearchRecorder} {
  const baseUrl = useBaseUrl('/');
  const recorder = useMemo(() => createSearchRecorder(baseUrl), [baseUrl]);
  useEffect(() => {
    window.addEventListener('pagehide', recorder.flush);
    return () => {
      window.removeEventListener('pagehide', recorder.flush);
      recorder.flush();
    };
  }, [recorder]);
  const [state, setState] = useState<Omit<SearchResultsProps, 'query'>>({outcome: null, loading: true, failed: false});
  // Once the whole index is loaded, the query is searched again (the first answer may come from the headings tier).
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    let current = true;
    loadSearch(baseUrl)
      .then((search) => search.complete)
      .then(() => current && setComplete(true))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [baseUrl]);
  useEffect(() => {
    let current = true;
    loadSearch(baseUrl)
      .then((search) => search.search(query))
      .then(
        (outcome) => {
          if (!current) return;
          setState({outcome, loading: false, failed: false});
          if (!outcome.partial && query !== '') recorder.settle(query, outcome.noAnswer ? 0 : outcome.results.length);
        },
        () => current && setState({outcome: null, loading: false, failed: true}),
      );
    return () => {
      current = false;
    };
  }, [baseUrl, query, complete, recorder]);
  return {query, ...state, recorder};
}
