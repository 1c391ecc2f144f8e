import {describe, expect, it} from 'vitest';
import {EXAMPLE_SUPPORT_CONFIG as supportConfig} from '../../data/__tests__/exampleConfig';
import type {SupportConfig} from '../../data/schema';
import {alwaysOpenHeadline, channelStatus, describeChannelStatus} from '../channelStatus';
import {at, inZone} from '../../sla/__tests__/helpers';
import {CALENDAR_DATES} from './calendarFixture';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';

/** The config with the chat channel's hours replaced. */
function withChatHours(week: Partial<Record<string, {open: string; close: string}[]>>): SupportConfig {
  const full = {monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [], ...week};
  return {
    ...supportConfig,
    channels: supportConfig.channels.map((c) =>
      c.id === 'chat' ? {...c, hours: {kind: 'custom' as const, week: full}} : c,
    ),
  };
}

describe('channelStatus', () => {
  it('says a business-hours channel is open on a weekday at 10:00 until its closing time', () => {
    const status = channelStatus(supportConfig, CALENDAR_DATES, 'phone', at('2026-11-25T10:00:00-05:00'));
    expect(status.state).toBe('open');
    expect(status.state === 'open' && inZone(status.until, NY)).toBe('2026-11-25T18:00-05:00');
  });

  it('uses the chat channel’s own hours, not the business hours', () => {
    const status = channelStatus(supportConfig, CALENDAR_DATES, 'chat', at('2026-11-25T10:00:00-05:00'));
    expect(status.state === 'open' && inZone(status.until, NY)).toBe('2026-11-25T17:00-05:00');
    expect(channelStatus(supportConfig, CALENDAR_DATES, 'chat', at('2026-11-25T08:30:00-05:00'))).toMatchObject({
      state: 'closed',
      reason: {reason: 'outside-hours'},
    });
  });

  it('says a channel is closed on a Saturday and opens on Monday, across a daylight-saving change', () => {
    const status = channelStatus(supportConfig, CALENDAR_DATES, 'general', at('2026-03-07T12:00:00-05:00'));
    expect(status).toMatchObject({state: 'closed', reason: {reason: 'closed-day'}});
    expect(status.state === 'closed' && inZone(status.from, NY)).toBe('2026-03-09T08:00-04:00');
  });

  it('says a channel is closed on a holiday, naming it, and opens the next business day', () => {
    const status = channelStatus(supportConfig, CALENDAR_DATES, 'urgent', at('2026-11-26T10:00:00-05:00'));
    expect(status).toMatchObject({
      state: 'closed',
      reason: {reason: 'holiday', holiday: {date: '2026-11-26', name: 'Thanksgiving Day'}},
    });
    expect(status.state === 'closed' && inZone(status.from, NY)).toBe('2026-11-27T08:00-05:00');
  });

  it('treats the closing instant as closed and the opening instant as open', () => {
    expect(channelStatus(supportConfig, CALENDAR_DATES, 'phone', at('2026-11-25T18:00:00-05:00')).state).toBe('closed');
    expect(channelStatus(supportConfig, CALENDAR_DATES, 'phone', at('2026-11-25T08:00:00-05:00')).state).toBe('open');
  });

  it('says the 24/7 emergency line is always open, even on a holiday at night', () => {
    expect(channelStatus(supportConfig, CALENDAR_DATES, 'emergency', at('2026-12-25T03:00:00-05:00'))).toEqual({
      state: 'always-open',
    });
  });

  it('joins a day that closes at midnight with a next day that opens at midnight', () => {
    const config = withChatHours({
      monday: [{open: '00:00', close: '24:00'}],
      tuesday: [{open: '00:00', close: '12:00'}],
    });
    const status = channelStatus(config, CALENDAR_DATES, 'chat', at('2026-11-23T10:00:00-05:00'));
    expect(status.state === 'open' && inZone(status.until, NY)).toBe('2026-11-24T12:00-05:00');
  });

  it('throws on an Invalid Date instead of guessing', () => {
    expect(() => channelStatus(supportConfig, CALENDAR_DATES, 'phone', new Date('nope'))).toThrow(
      /valid Date|Invalid Date/,
    );
  });
});

describe('describeChannelStatus', () => {
  it('words an open channel in the support zone and the viewer’s zone, each labelled', () => {
    const text = describeChannelStatus(supportConfig, CALENDAR_DATES, 'phone', at('2026-11-25T10:00:00-05:00'), LA);
    expect(text).toMatchObject({
      state: 'open',
      headline: 'Open now',
      relative: 'closes in 8 hours',
      times: [
        {label: 'support time', zone: NY, text: 'until 6:00 PM EST'},
        {label: 'your time', zone: LA, text: 'until 3:00 PM PST'},
      ],
    });
    expect(text.at && inZone(text.at, NY)).toBe('2026-11-25T18:00-05:00');
  });

  it('on a Saturday says which day is closed and when it opens, with the weekday name', () => {
    const text = describeChannelStatus(supportConfig, CALENDAR_DATES, 'phone', at('2026-11-28T12:00:00-05:00'), LA);
    expect(text.headline).toBe('Closed on Saturdays');
    expect(text.times.map((t) => t.text)).toEqual(['opens Monday at 8:00 AM EST', 'opens Monday at 5:00 AM PST']);
    expect(text.relative).toBe('opens in 1 day, 20 hours');
  });

  it('on a holiday names the holiday and says the desk opens tomorrow', () => {
    const text = describeChannelStatus(supportConfig, CALENDAR_DATES, 'chat', at('2026-11-26T10:00:00-05:00'), NY);
    expect(text.headline).toBe('Closed for Thanksgiving Day');
    expect(text.times).toEqual([
      {label: 'support time, also your time zone', zone: NY, text: 'opens tomorrow at 9:00 AM EST'},
    ]);
  });

  it('before opening time on a weekday says "Closed now" and opens today', () => {
    const text = describeChannelStatus(supportConfig, CALENDAR_DATES, 'general', at('2026-11-25T07:15:00-05:00'), NY);
    expect(text.headline).toBe('Closed now');
    expect(text.times[0].text).toBe('opens at 8:00 AM EST');
    expect(text.relative).toBe('opens in 45 minutes');
  });

  it('decides "today" and "tomorrow" in each zone on its own', () => {
    // Wednesday 22:00 in New York is Thursday 12:00 in Tokyo; Thursday is
    // Thanksgiving, so the desk opens Friday 08:00 EST = Friday 22:00 in Tokyo.
    const text = describeChannelStatus(
      supportConfig,
      CALENDAR_DATES,
      'general',
      at('2026-11-25T22:00:00-05:00'),
      'Asia/Tokyo',
    );
    expect(text.times.map((t) => t.text)).toEqual(['opens Friday at 8:00 AM EST', 'opens tomorrow at 10:00 PM GMT+9']);
  });

  it('gives a short date when the next opening is a week or more away', () => {
    const config = withChatHours({monday: [{open: '09:00', close: '17:00'}]});
    const text = describeChannelStatus(config, CALENDAR_DATES, 'chat', at('2026-11-23T18:00:00-05:00'), NY);
    expect(text.times[0].text).toBe('opens Mon, Nov 30, 2026 at 9:00 AM EST');
  });

  it('shows the time across midnight with the day in a zone far from the support zone', () => {
    // Wednesday 09:00 EST is Wednesday 23:00 in Tokyo; closing at 18:00 EST is Thursday 08:00 there.
    const text = describeChannelStatus(
      supportConfig,
      CALENDAR_DATES,
      'phone',
      at('2026-11-25T09:00:00-05:00'),
      'Asia/Tokyo',
    );
    expect(text.times[1]).toEqual({label: 'your time', zone: 'Asia/Tokyo', text: 'until tomorrow at 8:00 AM GMT+9'});
  });

  it.each([undefined, '', 'Mars/Olympus', 'Etc/Unknown'])(
    'ignores a viewer zone that is not a valid IANA zone (%j) and shows the support zone only',
    (zone) => {
      const text = describeChannelStatus(supportConfig, CALENDAR_DATES, 'phone', at('2026-11-25T10:00:00-05:00'), zone);
      expect(text.times).toEqual([{label: 'support time, also your time zone', zone: NY, text: 'until 6:00 PM EST'}]);
    },
  );

  it('reads "Available 24/7, critical outages only" for the emergency line, without times', () => {
    const text = describeChannelStatus(supportConfig, CALENDAR_DATES, 'emergency', at('2026-11-28T03:00:00-05:00'), LA);
    expect(text).toEqual({state: 'always-open', headline: 'Available 24/7, critical outages only', times: []});
  });
});

describe('special hours', () => {
  it('closes a business-hours channel when the special hours end, and says so', () => {
    const open = describeChannelStatus(supportConfig, CALENDAR_DATES, 'phone', at('2026-12-24T10:00:00-05:00'), NY);
    expect(open).toMatchObject({
      state: 'open',
      relative: 'closes in 3 hours',
      special: 'Special hours today for Christmas Eve: 8:00 AM–1:00 PM',
    });
    expect(open.times[0].text).toBe('until 1:00 PM EST');
    const closed = describeChannelStatus(supportConfig, CALENDAR_DATES, 'phone', at('2026-12-24T14:00:00-05:00'), NY);
    expect(closed.headline).toBe('Closed now (special hours for Christmas Eve)');
    // Christmas Day is a holiday, then the weekend: the desk opens on Monday the 28th.
    expect(closed.times[0].text).toBe('opens Monday at 8:00 AM EST');
  });

  it('bounds a channel with its own hours by the special hours (chat 9-5 on a day open 8-1 is open 9-1)', () => {
    const status = channelStatus(supportConfig, CALENDAR_DATES, 'chat', at('2026-12-24T08:30:00-05:00'));
    expect(status.state === 'closed' && inZone(status.from, NY)).toBe('2026-12-24T09:00-05:00');
    const open = channelStatus(supportConfig, CALENDAR_DATES, 'chat', at('2026-12-24T12:00:00-05:00'));
    expect(open.state === 'open' && inZone(open.until, NY)).toBe('2026-12-24T13:00-05:00');
  });

  it('closes a channel whose own hours do not meet the special hours, without calling the date a holiday', () => {
    const late = withChatHours({thursday: [{open: '14:00', close: '20:00'}]});
    const status = channelStatus(late, CALENDAR_DATES, 'chat', at('2026-12-24T15:00:00-05:00'));
    expect(status).toMatchObject({
      state: 'closed',
      reason: {reason: 'special-hours', special: {name: 'Christmas Eve'}},
    });
    expect(status.state === 'closed' && inZone(status.from, NY)).toBe('2026-12-31T14:00-05:00');
  });

  it('leaves the 24/7 line alone', () => {
    expect(channelStatus(supportConfig, CALENDAR_DATES, 'emergency', at('2026-12-24T20:00:00-05:00'))).toEqual({
      state: 'always-open',
    });
  });

  it('says nothing about special hours on other days', () => {
    const text = describeChannelStatus(supportConfig, CALENDAR_DATES, 'phone', at('2026-12-23T10:00:00-05:00'), NY);
    expect(text.special).toBeUndefined();
  });
});

describe('alwaysOpenHeadline', () => {
  it('adds the channel’s scope when it has one', () => {
    expect(alwaysOpenHeadline('emergency')).toBe('Available 24/7, critical outages only');
    expect(alwaysOpenHeadline('general')).toBe('Available 24/7');
  });
});
