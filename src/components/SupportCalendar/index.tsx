/**
 * The support calendar on the pages that list holidays: the holidays and
 * special hours of the build year and the next (`HolidayList`), the calendar
 * feed to subscribe to (`CalendarFeed`), and the credit the holiday data's
 * licence asks for (inside `HolidayList`). Everything comes from the
 * calendar the build resolved (`useSupportCalendar`), with its texts computed
 * at build time, so these pages load neither the holiday library nor Luxon,
 * and the list is in the static HTML (searchable, right without JavaScript).
 *
 * Imported by the pages that show them (not registered in MDXComponents), so
 * only those pages carry the calendar data.
 */
import type {ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import DataTable from '@site/src/components/DataTable';
import {HOLIDAY_DATA_CREDIT} from '@site/src/data/holidayData';
import {supportConfig} from '@site/src/data/supportConfig';
import {PUBLIC_FILES} from '@site/src/facts/publicData';
import type {CalendarListingEntry, HolidaySource} from '@site/src/facts/supportCalendar';
import {useSupportCalendar} from '@site/src/hooks/useSupportCalendar';
import styles from './styles.module.css';

/** `2026 and 2027`, `2026`. */
function yearsText(years: readonly number[]): string {
  return years.length > 1 ? `${years.slice(0, -1).join(', ')} and ${years[years.length - 1]}` : years.join('');
}

/** One row: the date, what it is, and the hours (closed all day, or the special hours). */
function EntryRow({entry}: {entry: CalendarListingEntry}): ReactNode {
  return (
    <tr data-calendar-date={entry.date} data-calendar-kind={entry.kind}>
      <th scope="row">
        <time dateTime={entry.date}>{entry.label}</time>
      </th>
      <td>{entry.name}</td>
      <td>{entry.kind === 'holiday' ? 'Closed all day' : `Open ${entry.hours} only`}</td>
    </tr>
  );
}

/** The credit the holiday data's licence (CC BY-SA 3.0) asks for: the library, its author, the sources, the licence. */
export function HolidayDataCredit({sources}: {sources: readonly HolidaySource[]}): ReactNode {
  const credit = HOLIDAY_DATA_CREDIT;
  return (
    <p className={styles.credit} data-testid="holiday-data-credit">
      Public holidays are computed with <a href={credit.url}>{credit.library}</a> by {credit.author}. Its holiday data
      is licensed under <a href={credit.dataLicenceUrl}>{credit.dataLicence}</a>
      {sources.length > 0 ? (
        <>
          {' '}
          and based on{' '}
          {sources.map((s, i) => (
            <span key={s.url}>
              {i === 0 ? '' : i === sources.length - 1 ? ' and ' : ', '}
              <a href={s.url}>{s.title}</a>
            </span>
          ))}{' '}
          (Wikipedia)
        </>
      ) : null}
      .
    </p>
  );
}

/**
 * The support holidays and special hours of the build year and the next, as
 * a table (date, name, hours), in the support time zone, with the data's
 * credit. Dates are calendar dates of the support calendar, not instants, so
 * they read the same in every time zone.
 */
export function HolidayList(): ReactNode {
  const {listing, sources} = useSupportCalendar();
  return (
    <div data-testid="support-calendar-list">
      <DataTable
        caption={`Support holidays and special hours, ${yearsText(listing.years)} (${supportConfig.timeZone})`}
        columns={['Date', 'Holiday or occasion', 'Support hours']}>
        {listing.entries.map((entry) => (
          <EntryRow key={entry.date} entry={entry} />
        ))}
      </DataTable>
      <HolidayDataCredit sources={sources} />
    </div>
  );
}

/**
 * The calendar feed, `/support-calendar.ics`: a download link and its full
 * address to subscribe to in a calendar app, and which years it covers.
 */
export function CalendarFeed(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {dates} = useSupportCalendar();
  const path = useBaseUrl(`/${PUBLIC_FILES.calendar}`);
  const url = `${siteConfig.url.replace(/\/+$/, '')}${path}`;
  return (
    <div className={styles.feed} data-testid="calendar-feed">
      <p>
        <a href={path} download>
          Download the support calendar (iCalendar, {PUBLIC_FILES.calendar})
        </a>
        : every support holiday and every day with special hours of {dates.years.from}–{dates.years.to}, holidays as
        all-day events and special hours as timed events in the {supportConfig.timeZone} time zone.
      </p>
      <p>
        To keep it up to date, subscribe to its address instead of importing the file: <code>{url}</code>
      </p>
      <ul>
        <li>Outlook: Add calendar, then Subscribe from web, and paste the address.</li>
        <li>Google Calendar: Other calendars, then From URL, and paste the address.</li>
        <li>Apple Calendar: File, then New Calendar Subscription, and paste the address.</li>
      </ul>
    </div>
  );
}
