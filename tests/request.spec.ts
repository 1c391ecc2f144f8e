import {test, expect} from './fixtures';
import type {Page} from '@playwright/test';
import {readFileSync} from 'node:fs';
import PostalMime from 'postal-mime';
import {FIELDS, MAILTO_MAX_LENGTH, TRUNCATION_NOTE} from '../src/components/RequestBuilder/model';
import {DRAFT_STORAGE_KEY} from '../src/components/RequestBuilder/draftStorage';
import {routeRequest} from '../src/components/RequestBuilder/model';
import {supportConfig} from '../src/data/supportConfig';
import {contactRows} from '../src/facts/channels';
import {deepLinkHref, getDeepLink} from '../src/data/deepLinks';
import {computeTargets} from '../src/sla/targets';
import {supportSlaConfig} from '../src/facts/supportCalendar';
import {SITE_CALENDAR} from './siteCalendar';
import {describeResolutionTarget, describeResponseTarget, formatInstant} from '../src/sla/describe';
import type {PriorityId} from '../src/sla/types';

/**
 * The support request builder at /contact/request, driven as a person would:
 * clicking radio buttons, typing into labelled fields, reloading, copying.
 */

const PATH = deepLinkHref('request');

/** Where the config sends a request of each priority (the expected values come from the config, never typed here). */
const route = (priority: PriorityId) => routeRequest(supportConfig, priority);
/** A priority's label, as its radio button starts. */
const label = (priority: PriorityId): string => supportConfig.priorities[priority].label;
/** The radio button of a priority. */
const priorityRadio = (page: Page, priority: PriorityId) =>
  page.getByRole('radio', {name: new RegExp(`^${label(priority)}:`)});
/** The Critical route's line to call first. */
function callFirst() {
  const line = route('critical').callFirst;
  if (!line) throw new Error('the config lists no phone line to call first for Critical');
  return line;
}

/** Decodes a mailto: link with the URL API, as a mail client would read it. */
function decodeMailto(href: string): {address: string; subject: string | null; body: string | null} {
  const url = new URL(href);
  return {address: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body')};
}

/** Fills a complete High-priority operator request about a client's PDF download. */
async function fillOperatorPdfRequest(page: Page): Promise<void> {
  await page.getByRole('radio', {name: 'Operator', exact: true}).check();
  await page.getByLabel('Your organization').fill('Northwind Traders');
  await page.getByRole('radio', {name: /^Client activation issue/}).check();
  await page.getByLabel('Short summary').pressSequentially('Client PDF download failing');
  await page
    .getByLabel('Issue description')
    .fill(
      'The client activates the agreement, then the PDF download fails with "Failed - Network error".\nIt happens in every browser.',
    );
  await priorityRadio(page, 'high').check();
  await page.getByRole('radio', {name: 'Email', exact: true}).check();
  await page.getByLabel('Client company').fill('Company ABC & Sons');
}

test.describe('filling in a request', () => {
  test('a click right after leaving an empty required field lands where it aimed; the field\u2019s error shows after it', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated(PATH);
    await page.getByRole('radio', {name: 'Operator', exact: true}).check();
    const organization = page.getByLabel('Your organization');
    await organization.click();
    // Pressed while the empty field still has the focus: its error must not push the radio away mid-click.
    const activation = page.getByRole('radio', {name: /^Client activation issue/});
    await activation.click();
    await expect(activation).toBeChecked();
    await expect(organization).toHaveAttribute('aria-invalid', 'true');
    // Leaving by keyboard shows the error at once.
    const summary = page.getByLabel('Short summary');
    await summary.focus();
    await page.keyboard.press('Tab');
    await expect(summary).toHaveAttribute('aria-invalid', 'true');
  });

  test('keeps both actions disabled and lists what is missing until the request is complete', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated(PATH);
    await expect(page.getByRole('button', {name: 'Open in your mail app'})).toBeDisabled();
    await expect(page.getByRole('button', {name: 'Copy the request'})).toBeDisabled();
    const missing = page.getByTestId('request-missing');
    await expect(missing).toContainText('Your role: Choose whether you are a client or an operator.');
    await expect(missing).toContainText('Priority: Choose a priority. Not sure? The priority picker suggests one.');
    await fillOperatorPdfRequest(page);
    await expect(missing).toBeHidden();
    await expect(page.getByRole('link', {name: 'Open in your mail app'})).toBeVisible();
    await expect(page.getByRole('button', {name: 'Copy the request'})).toBeEnabled();
  });

  test('routes a High request to the urgent address with the seed’s subject form and an encoded mailto: link', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated(PATH);
    await fillOperatorPdfRequest(page);
    await expect(page.getByTestId('request-to')).toContainText(route('high').address);
    await expect(page.getByTestId('request-to')).toContainText(route('high').reason);
    await expect(page.getByTestId('request-subject')).toHaveText('Client PDF download failing - Company ABC & Sons');

    const href = (await page.getByRole('link', {name: 'Open in your mail app'}).getAttribute('href')) ?? '';
    expect(href).toMatch(
      new RegExp(
        `^mailto:${route('high').address.replace(/[.]/g, '\\.')}\\?subject=Client%20PDF%20download%20failing%20-%20Company%20ABC%20%26%20Sons&body=`,
      ),
    );
    expect(href).not.toMatch(/[\s+"]/); // spaces, line breaks, quotes and + are all percent-encoded
    expect(href).toContain('%0D%0A'); // line breaks as CRLF
    const mail = decodeMailto(href);
    expect(mail.address).toBe(route('high').address);
    expect(mail.subject).toBe('Client PDF download failing - Company ABC & Sons');
    expect(mail.body).toContain('Your role: Operator\r\nYour organization: Northwind Traders\r\n');
    expect(mail.body).toContain(
      'Issue description:\r\nThe client activates the agreement, then the PDF download fails with "Failed - Network error".\r\nIt happens in every browser.\r\n',
    );
    expect(mail.body).toContain(
      `Priority: ${label('high')} (first response: ${describeResponseTarget(supportConfig.priorities.high.firstResponse)}; resolution: ${describeResolutionTarget(supportConfig.priorities.high.resolution)})`,
    );
    expect(mail.body).toContain(
      'Client activation details\r\n-------------------------\r\nClient company: Company ABC & Sons',
    );
  });

  test('sends Low and Medium to the general address, and Critical to urgent with “call the emergency line now”', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated(PATH);
    await fillOperatorPdfRequest(page);
    for (const priority of ['low', 'medium'] as const) {
      await priorityRadio(page, priority).check();
      await expect(page.getByTestId('request-to')).toContainText(route(priority).address);
      await expect(page.getByTestId('request-call-now')).toBeHidden();
    }
    await priorityRadio(page, 'critical').check();
    await expect(page.getByTestId('request-to')).toContainText(route('critical').address);
    const callNow = page.getByTestId('request-call-now');
    await expect(callNow).toContainText(
      `${label('critical')}: call the ${callFirst().label} now at ${callFirst().display}`,
    );
    await expect(callNow.getByRole('link', {name: callFirst().display})).toHaveAttribute('href', callFirst().href);
    await expect(page.getByTestId('request-subject')).toHaveText(
      `${supportConfig.priorities.critical.subjectTag} - Client PDF download failing - Company ABC & Sons`,
    );
  });

  test('shows readable messages on the fields a person leaves blank, and what Critical needs in addition', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated(PATH);
    const organization = page.getByLabel('Your organization');
    await organization.click();
    await organization.press('Tab');
    await expect(organization).toHaveAttribute('aria-invalid', 'true');
    await expect(organization).toHaveAccessibleDescription('Enter your organization’s name.');
    await fillOperatorPdfRequest(page);
    await expect(organization).not.toHaveAttribute('aria-invalid', 'true');

    await priorityRadio(page, 'critical').check();
    const missing = page.getByTestId('request-missing');
    await expect(missing).toContainText(
      'Business impact and why it is urgent: Describe the business impact: Critical requests need it.',
    );
    await expect(missing).toContainText(
      'Phone number to reach you: Enter a phone number to reach you: Critical requests need one.',
    );
    await expect(page.getByRole('button', {name: 'Open in your mail app'})).toBeDisabled();
    await page.getByLabel('Business impact').fill('No client can download an agreement.');
    await page.getByLabel('Phone number to reach you').fill('call me');
    await expect(missing).toContainText('Enter a phone number with its country code');
    await page.getByLabel('Phone number to reach you').fill('+1 555 010 0100');
    await expect(page.getByRole('link', {name: 'Open in your mail app'})).toBeVisible();
  });

  test('shows only the sections that apply to the kind of issue and the role', async ({page, gotoHydrated}) => {
    await gotoHydrated(PATH);
    await page.getByRole('radio', {name: 'Operator', exact: true}).check();
    await expect(page.locator('[data-section="technical"]')).toHaveCount(0);
    await page.getByRole('radio', {name: /^Technical issue/}).check();
    await expect(page.locator('[data-section="technical"]')).toBeVisible();
    await expect(page.locator('[data-section="activation"]')).toHaveCount(0);
    await page.getByRole('radio', {name: /^Client activation issue/}).check();
    await expect(page.getByLabel('Client company')).toBeVisible();
    await expect(page.getByLabel('When the link was generated')).toBeVisible();
    await page.getByRole('radio', {name: 'Client', exact: true}).check();
    await expect(page.getByLabel('Client company')).toHaveCount(0);
    await expect(page.getByLabel('When you received the link')).toBeVisible();
    await expect(page.getByRole('radio', {name: 'Live chat (operators)'})).toHaveCount(0);
  });

  test('an escalation starts the subject with ESCALATION and the original ticket number', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated(PATH);
    await fillOperatorPdfRequest(page);
    await page.getByRole('checkbox', {name: /This escalates an earlier request/}).check();
    await expect(page.getByRole('button', {name: 'Open in your mail app'})).toBeDisabled();
    await page.getByLabel('Original ticket number').fill('48213');
    await expect(page.getByTestId('request-subject')).toHaveText(
      'ESCALATION - Ticket 48213 - Client PDF download failing - Company ABC & Sons',
    );
  });

  test('shows the priority’s response commitment and when it is due if sent now', async ({page, gotoHydrated}) => {
    const now = new Date('2026-11-25T10:00:00-05:00');
    await page.clock.setFixedTime(now);
    await gotoHydrated(PATH);
    await priorityRadio(page, 'high').check();
    const due = computeTargets('high', now, supportSlaConfig(supportConfig, SITE_CALENDAR)).firstResponse.commitment;
    const zone = supportConfig.timeZone;
    const viewer = 'America/Los_Angeles'; // playwright.config.ts
    await expect(page.getByTestId('request-commitment')).toHaveText(
      `${label('high')} priority. First response time: ${describeResponseTarget(supportConfig.priorities.high.firstResponse)}. Sent now, the first response is due by ${formatInstant(due, zone)} (support time, ${zone}), ${formatInstant(due, viewer)} (your time, ${viewer}).`,
    );
    await expect(page.getByRole('link', {name: 'Find your priority with the priority picker'})).toHaveAttribute(
      'href',
      deepLinkHref('priority-picker', {priority: 'high'}),
    );
  });
});

test.describe('the draft', () => {
  test('is saved as the person types and is there, intact, after a reload', async ({page, gotoHydrated}) => {
    await gotoHydrated(PATH);
    await fillOperatorPdfRequest(page);
    await page.getByLabel('Steps to reproduce').fill('1. Open the link\n2. Activate\n3. Download: “Failed”');
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expect(page.getByTestId('request-restored')).toContainText('Your draft was restored from this device');
    await expect(page.getByRole('radio', {name: 'Operator', exact: true})).toBeChecked();
    await expect(priorityRadio(page, 'high')).toBeChecked();
    await expect(page.getByLabel('Your organization')).toHaveValue('Northwind Traders');
    await expect(page.getByLabel('Short summary')).toHaveValue('Client PDF download failing');
    await expect(page.getByLabel('Issue description')).toHaveValue(
      'The client activates the agreement, then the PDF download fails with "Failed - Network error".\nIt happens in every browser.',
    );
    await expect(page.getByLabel('Steps to reproduce')).toHaveValue(
      '1. Open the link\n2. Activate\n3. Download: “Failed”',
    );
    await expect(page.getByLabel('Client company')).toHaveValue('Company ABC & Sons');
  });

  test('is removed by “Clear the form”, and a reload then starts empty', async ({page, gotoHydrated}) => {
    await gotoHydrated(PATH);
    await fillOperatorPdfRequest(page);
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_STORAGE_KEY)).toContain('Northwind Traders');
    await page.getByRole('button', {name: 'Clear the form'}).click();
    await expect(page.getByLabel('Your organization')).toHaveValue('');
    await expect(page.getByRole('radio', {name: 'Operator', exact: true})).not.toBeChecked();
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_STORAGE_KEY)).toBeNull();
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expect(page.getByLabel('Your organization')).toHaveValue('');
    await expect(page.getByTestId('request-restored')).toHaveCount(0);
  });

  test('is removed once the person opens the email, while the text stays on the page', async ({page, gotoHydrated}) => {
    await gotoHydrated(PATH);
    await fillOperatorPdfRequest(page);
    await page.getByRole('link', {name: 'Open in your mail app'}).click();
    await expect(page.getByTestId('request-status')).toContainText('The saved draft was removed from this device');
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_STORAGE_KEY)).toBeNull();
    await expect(page.getByLabel('Your organization')).toHaveValue('Northwind Traders');
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expect(page.getByLabel('Your organization')).toHaveValue('');
  });

  test('an unreadable stored draft gives a notice and an empty, working form', async ({page, gotoHydrated}) => {
    await gotoHydrated(PATH);
    await page.evaluate((key) => localStorage.setItem(key, '{"version": 1, "draft": '), DRAFT_STORAGE_KEY);
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expect(page.getByTestId('request-notice')).toContainText('A saved draft on this device could not be read');
    await fillOperatorPdfRequest(page);
    await expect(page.getByRole('link', {name: 'Open in your mail app'})).toBeVisible();
  });

  test('a stored draft of another version is kept aside while the person types, and its text can be restored', async ({
    page,
    gotoHydrated,
  }) => {
    const old = JSON.stringify({version: 7, draft: {summary: 'Old summary', description: 'Typed last week, not lost'}});
    await gotoHydrated(PATH);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DRAFT_STORAGE_KEY, old]);
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expect(page.getByTestId('request-notice')).toContainText(
      'in a format this page does not know. It was kept aside',
    );
    await page.getByLabel('Your organization').fill('Northwind Traders');
    // The first keystrokes save a new draft; the old one is still there, aside.
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    const aside = page.getByTestId('request-set-aside');
    await expect(aside).toBeVisible();
    await aside.getByRole('button', {name: 'Restore its text into the form'}).click();
    await expect(page.getByLabel('Short summary')).toHaveValue('Old summary');
    await expect(page.getByLabel('Issue description')).toHaveValue('Typed last week, not lost');
    await expect(page.getByLabel('Your organization')).toHaveValue('Northwind Traders');
    await expect(aside).toHaveCount(0);
  });

  test('names the saved answers it could not restore instead of blanking them silently', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated(PATH);
    const stored = JSON.stringify({
      version: 1,
      savedAt: '2026-11-27T10:00:00Z',
      draft: {organization: 'Northwind', priority: 'urgent', topic: 'client:no-such-guide'},
    });
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DRAFT_STORAGE_KEY, stored]);
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    const notice = page.getByTestId('request-notice');
    await expect(notice).toContainText(
      'Some saved answers could not be restored: Priority (“urgent” is not one of its answers)',
    );
    await expect(notice).toContainText(
      'Troubleshooting guide followed (“client:no-such-guide” is not a guide of this site any more)',
    );
    await expect(page.getByLabel('Your organization')).toHaveValue('Northwind');
  });

  test('two tabs on the builder keep one draft in step', async ({page, context, gotoHydrated}) => {
    await gotoHydrated(PATH);
    const other = await context.newPage();
    await other.goto(PATH);
    await other.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await page.getByLabel('Your organization').fill('Typed in the first tab');
    await expect(other.getByLabel('Your organization')).toHaveValue('Typed in the first tab');
    await expect(other.getByTestId('request-synced')).toContainText('Updated from this page in another tab');
    await other.getByLabel('Short summary').fill('Typed in the second tab');
    await expect(page.getByLabel('Short summary')).toHaveValue('Typed in the second tab');
    await expect(page.getByLabel('Your organization')).toHaveValue('Typed in the first tab');
    await other.close();
  });

  test('says the draft is not being saved when the browser blocks storage', async ({page, gotoHydrated}) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await gotoHydrated(PATH);
    await expect(page.getByTestId('request-not-saved')).toContainText('Your answers are not being saved');
    await expect(page.locator('#request-storage-note')).not.toContainText('saved in this browser');
    await fillOperatorPdfRequest(page);
    await expect(page.getByRole('link', {name: 'Open in your mail app'})).toBeVisible();
  });

  test('text fields take no more than their limit, even from a paste of megabytes', async ({page, gotoHydrated}) => {
    await gotoHydrated(PATH);
    const description = page.getByLabel('Issue description');
    await expect(description).toHaveAttribute('maxlength', String(FIELDS.description.maxLength));
    await description.focus();
    await page.keyboard.insertText('x'.repeat(2_000_000));
    expect((await description.inputValue()).length).toBe(FIELDS.description.maxLength);
    await expect(page.getByLabel('Your organization')).toHaveAttribute(
      'maxlength',
      String(FIELDS.organization.maxLength),
    );
  });

  test('the page says that stored data stays on the device', async ({page, gotoHydrated}) => {
    await gotoHydrated(PATH);
    await expect(page.getByRole('heading', {name: 'Your data stays on your device'})).toBeVisible();
    await expect(page.locator('#request-storage-note')).toContainText('on this device only');
  });
});

test.describe('copying', () => {
  test('puts address, subject and the whole message on the clipboard', async ({page, context, gotoHydrated}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(PATH);
    await fillOperatorPdfRequest(page);
    await page.getByRole('button', {name: 'Copy the request'}).click();
    await expect(page.getByTestId('request-status')).toHaveText(
      'Copied: address, subject and message are on your clipboard.',
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(
      copied.startsWith(
        `To: ${route('high').address}\nSubject: Client PDF download failing - Company ABC & Sons\n\nYour role: Operator\n`,
      ),
    ).toBe(true);
    expect(copied).toContain('Client company: Company ABC & Sons');
    expect(copied).toBe(
      `To: ${route('high').address}\nSubject: Client PDF download failing - Company ABC & Sons\n\n${await page.getByTestId('request-body').innerText()}`,
    );
  });

  test('a body too long for a mailto: link is shortened with a note; the copy holds all of it', async ({
    page,
    context,
    gotoHydrated,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(PATH);
    await fillOperatorPdfRequest(page);
    const log = Array.from(
      {length: 60},
      (_, i) => `${String(i).padStart(2, '0')} GET /agreements/pdf 502 (Bad Gateway) – retry`,
    ).join('\n');
    await page.getByLabel('Exact error messages').fill(log);
    await expect(page.getByTestId('request-truncated')).toContainText('longer than an email link can carry');
    const href = (await page.getByRole('link', {name: 'Open in your mail app'}).getAttribute('href')) ?? '';
    expect(href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const body = decodeMailto(href).body ?? '';
    expect(body.endsWith(TRUNCATION_NOTE)).toBe(true);
    expect(body).not.toContain('59 GET');
    // The page says, before sending, where the email will end: the last words the link still carries.
    const end = (await page.getByTestId('request-truncated-end').textContent()) ?? '';
    expect(end.length).toBeGreaterThan(10);
    expect(body.slice(0, -TRUNCATION_NOTE.length).replace(/\s+/g, ' ').trim().endsWith(end)).toBe(true);
    await page.getByRole('button', {name: 'Copy the request'}).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(log);
    expect(copied).not.toContain(TRUNCATION_NOTE);
  });
});

test.describe('the email draft file', () => {
  test('holds the whole request: an unsent message to the route’s address that a mail app opens as a new email', async ({
    page,
    context,
    gotoHydrated,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(PATH);
    await fillOperatorPdfRequest(page);
    const log = Array.from({length: 80}, (_, i) => `${i} GET /agreements/pdf 502 – “retry” ✓`).join('\n');
    await page.getByLabel('Exact error messages').fill(log);
    await expect(page.getByTestId('request-truncated')).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: 'Download as an email draft'}).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Client-PDF-download-failing-Company-ABC-Sons\.eml$/);
    const file = readFileSync((await download.path())!, 'utf8');
    const mail = await PostalMime.parse(file);
    expect(mail.to?.map((a) => a.address)).toEqual([route('high').address]);
    expect(mail.subject).toBe('Client PDF download failing - Company ABC & Sons');
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.text).toContain(log.replace(/\n/g, '\r\n'));
    await page.getByRole('button', {name: 'Copy the request'}).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(mail.text?.replace(/\r\n/g, '\n')).toBe(copied.split('\n\n').slice(1).join('\n\n'));
  });
});

test.describe('query parameters', () => {
  test('role, priority and topic pre-fill the form, the subject and the route', async ({page, gotoHydrated}) => {
    await gotoHydrated(`${PATH}?role=operator&priority=critical&topic=pdf-generation-problems`);
    await expect(page.getByRole('radio', {name: 'Operator', exact: true})).toBeChecked();
    await expect(priorityRadio(page, 'critical')).toBeChecked();
    await expect(page.getByRole('radio', {name: /^Client activation issue/})).toBeChecked();
    await expect(page.getByLabel('Troubleshooting guide followed')).toHaveValue('operator:pdf-generation-problems');
    await expect(page.getByLabel('Short summary')).toHaveValue(
      getDeepLink('operator.pdf-generation-problems').request!.subject,
    );
    await expect(page.getByRole('link', {name: 'PDF generation problems'})).toHaveAttribute(
      'href',
      '/operators/troubleshooting#pdf-generation-problems',
    );
    await expect(page.getByTestId('request-to')).toContainText(route('critical').address);
    await expect(page.getByTestId('request-call-now')).toContainText(callFirst().display);
    await expect(page.getByTestId('request-notice')).toHaveCount(0);
  });

  test('invalid values are ignored with a readable notice, never as markup, and the form still works', async ({
    page,
    gotoHydrated,
  }) => {
    await gotoHydrated(
      `${PATH}?role=admin&priority=${encodeURIComponent('<img src=x onerror=alert(1)>')}&topic=no-such-topic&_highlight=pdf`,
    );
    const notice = page.getByTestId('request-notice');
    await expect(notice).toContainText('Unknown role “admin” in the link: it was ignored. Use client or operator.');
    await expect(notice).toContainText('Unknown priority “<img src=x onerror=alert(1)>” in the link');
    await expect(notice).toContainText('Unknown troubleshooting topic “no-such-topic”');
    await expect(notice.locator('img')).toHaveCount(0);
    await expect(page.getByRole('radio', {name: 'Operator', exact: true})).not.toBeChecked();
    await fillOperatorPdfRequest(page);
    await expect(page.getByRole('link', {name: 'Open in your mail app'})).toBeVisible();
  });

  test('a link never replaces a restored draft', async ({page, gotoHydrated}) => {
    await gotoHydrated(PATH);
    await fillOperatorPdfRequest(page);
    await gotoHydrated(`${PATH}?role=client&priority=low&topic=dashboard-not-loading`);
    await expect(priorityRadio(page, 'high')).toBeChecked();
    await expect(page.getByRole('radio', {name: 'Operator', exact: true})).toBeChecked();
    await expect(page.getByLabel('Short summary')).toHaveValue('Client PDF download failing');
    // ...and says what it kept out, so a person who followed a link is not left guessing.
    const notice = page.getByTestId('request-notice');
    await expect(notice).toContainText("The link's role (client) was not applied: your saved draft says operator.");
    await expect(notice).toContainText("The link's priority (low) was not applied: your saved draft says high.");
    await expect(notice).toContainText("is from the operator guide, but the link's role is client");
  });
});

test.describe('detected browser, system and device', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  });

  test('are pre-filled from the user agent and stay editable', async ({page, gotoHydrated}) => {
    await gotoHydrated(PATH);
    await fillOperatorPdfRequest(page);
    await expect(page.getByTestId('request-detected')).toContainText('(Safari 17.4 on iOS 17.4)');
    await expect(page.getByLabel('Browser and version')).toHaveValue('Safari 17.4');
    await expect(page.getByLabel('Operating system and version')).toHaveValue('iOS 17.4');
    await expect(page.getByLabel('Device type')).toHaveValue('smartphone');
    await page.getByLabel('Browser and version').fill('Chrome 131 on the client’s laptop');
    await page.getByLabel('Device type').selectOption({label: 'Laptop'});
    await expect(page.getByTestId('request-body')).toContainText(
      'Browser and version: Chrome 131 on the client’s laptop',
    );
    await expect(page.getByTestId('request-body')).toContainText('Device type: Laptop');
  });
});

test.describe('links to the builder', () => {
  for (const [from, name] of [
    ['/contact#information-to-include', 'request builder'],
    ['/clients/troubleshooting#still-need-help', 'request builder'],
    ['/operators/troubleshooting#still-need-help', 'request builder'],
  ] as const) {
    test(`${from} links to it`, async ({page, gotoHydrated}) => {
      await gotoHydrated(from);
      const link = page.locator('article').getByRole('link', {name, exact: true});
      await expect(link).toHaveAttribute('href', PATH);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${PATH}$`));
      await expect(page.locator('h1')).toHaveText('Write a Support Request');
    });
  }

  test('the built page has the blank form, disabled until the page has loaded', async ({page}) => {
    const html = await (await page.request.get(PATH)).text();
    expect(html).toContain('Write a Support Request');
    expect(html).toMatch(/<fieldset disabled/);
    expect(html).not.toContain('Northwind');
  });

  test('without JavaScript, says the builder needs it and shows where to write and call instead of a greyed-out form', async ({
    browser,
  }) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(PATH);
    const fallback = page.getByTestId('request-no-js');
    await expect(fallback).toBeVisible();
    await expect(fallback).toContainText('The request builder needs JavaScript');
    for (const row of contactRows(supportConfig).filter((r) => r.href)) {
      await expect(fallback.getByRole('link', {name: row.method})).toHaveAttribute('href', row.href!);
    }
    await expect(page.locator('#request-builder form')).toBeHidden();
    await context.close();
  });
});
