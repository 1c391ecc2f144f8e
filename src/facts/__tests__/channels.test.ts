import {describe, expect, it} from 'vitest';
import {EXAMPLE_SUPPORT_CONFIG as supportConfig} from '../../data/__tests__/exampleConfig';
import {channelHoursText, channelResponseText, contactRows, emailAddress, phoneNumber} from '../channels';
import {mailtoHref} from '../mailto';
import {priorityRows} from '../priorities';
import type {SupportConfig} from '../../data/schema';
import {channelCalendar} from '../channelCalendar';
import {CALENDAR_DATES} from './calendarFixture';

describe('contact facts', () => {
  it('builds addresses from mailbox and domain', () => {
    expect(emailAddress(supportConfig, 'general')).toBe('support@example.com');
    expect(emailAddress(supportConfig, 'urgent')).toBe('urgent@example.com');
    expect(emailAddress(supportConfig, 'features')).toBe('features@example.com');
  });

  it('follows a changed domain everywhere', () => {
    const other: SupportConfig = {...supportConfig, domain: 'acme.test'};
    const hrefs = contactRows(other)
      .filter((r) => r.href?.startsWith('mailto:'))
      .map((r) => new URL(r.href!).pathname);
    expect(hrefs).toHaveLength(supportConfig.channels.filter((c) => c.kind === 'email').length);
    for (const address of hrefs) expect(address).toMatch(/@acme\.test$/);
  });

  it('opens mail to a channel with its own subject, when the config gives it one', () => {
    for (const row of contactRows(supportConfig)) {
      const channel = supportConfig.channels.find((c) => c.id === row.id);
      if (channel?.kind !== 'email') continue;
      expect(new URL(row.href!).searchParams.get('subject'), row.id).toBe(channel.subject ?? null);
    }
  });

  it('links phone numbers as tel: in E.164 and shows them as people read them', () => {
    expect(phoneNumber(supportConfig, 'emergency')).toEqual({display: '+1 (555) 999-8888', href: 'tel:+15559998888'});
  });

  it('refuses to treat a phone channel as an email channel', () => {
    // @ts-expect-error: 'phone' is not an email channel id; the runtime check is what is under test.
    expect(() => emailAddress(supportConfig, 'phone')).toThrow('Channel "phone" is not an email channel');
  });

  it('encodes mailto subjects and bodies with percent-encoding and CRLF line breaks', () => {
    expect(mailtoHref('a@b.test', {subject: 'ESCALATION: PDF & links', body: 'Line 1\nLine 2'})).toBe(
      'mailto:a@b.test?subject=ESCALATION%3A%20PDF%20%26%20links&body=Line%201%0D%0ALine%202',
    );
    expect(mailtoHref('a@b.test')).toBe('mailto:a@b.test');
  });
});

describe('channel hours and response', () => {
  it.each([
    ['phone', 'Monday–Friday, 8:00 AM–6:00 PM (America/New_York)'],
    ['chat', 'Monday–Friday, 9:00 AM–5:00 PM (America/New_York)'],
    ['emergency', '24/7, including weekends and holidays'],
  ] as const)('%s is staffed %s', (id, text) => {
    expect(channelHoursText(supportConfig, id)).toBe(text);
  });

  it('gives email channels the response target of the priority they refer to, not a copy', () => {
    expect(channelResponseText(supportConfig, 'general')).toBe('4-8 business hours (Medium priority target)');
    expect(channelResponseText(supportConfig, 'urgent')).toBe('1-2 business hours (High priority target)');
    const faster: SupportConfig = structuredClone(supportConfig);
    faster.priorities.medium.firstResponse = {clock: 'business', aimMinutes: 120, commitmentMinutes: 240};
    expect(channelResponseText(faster, 'general')).toBe('2-4 business hours (Medium priority target)');
  });

  it('gives a 24/7 channel a calendar that is always open and the chat its own hours with support holidays', () => {
    expect(channelCalendar(supportConfig, CALENDAR_DATES, 'emergency')).toEqual({
      kind: '24/7',
      timeZone: 'America/New_York',
    });
    const chat = channelCalendar(supportConfig, CALENDAR_DATES, 'chat');
    expect(chat.kind === 'business' && chat.week.monday).toEqual([{open: '09:00', close: '17:00'}]);
    expect(chat.kind === 'business' && chat.holidays).toBe(CALENDAR_DATES.holidays);
    // Its own 09:00-17:00 within the team's special hours 08:00-13:00 on Christmas Eve.
    expect(chat.kind === 'business' && chat.specialHours).toEqual([
      {date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '09:00', close: '13:00'}]},
    ]);
    const phone = channelCalendar(supportConfig, CALENDAR_DATES, 'phone');
    expect(phone.kind === 'business' && phone.specialHours).toBe(CALENDAR_DATES.specialHours);
  });

  it('returns the same calendar object for the same config, dates and channel', () => {
    expect(channelCalendar(supportConfig, CALENDAR_DATES, 'chat')).toBe(
      channelCalendar(supportConfig, CALENDAR_DATES, 'chat'),
    );
  });
});

describe('priority rows (priority table, service-level table)', () => {
  it('lists the four priorities, most urgent first, with targets described from the config', () => {
    expect(priorityRows(supportConfig).map((r) => [r.id, r.firstResponse, r.resolution, r.clock])).toEqual([
      ['critical', 'Within 1 hour, 24/7', 'Continuous work until resolved', 'Calendar hours (24/7)'],
      ['high', '1-2 business hours', 'Same or next business day', 'Business hours'],
      ['medium', '4-8 business hours', '2-3 business days', 'Business hours'],
      ['low', '24 business hours', '3-5 business days', 'Business hours'],
    ]);
  });
});
