import {describe, expect, it} from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {DEEP_LINKS, deepLinkPath, type DeepLink} from '../../../data/deepLinks';
import {supportConfig} from '../../../data/supportConfig';
import {contactRows} from '../../../facts/channels';
import {priorityRows} from '../../../facts/priorities';
import {
  DEEP_LINKS_DOCUMENT_VERSION,
  SUPPORT_DOCUMENT_VERSION,
  buildDeepLinksDocument,
  buildSupportDocument,
  withBaseUrl,
} from '../../../facts/publicData';
import {DeepLinkRegistryError, parseDeepLinks} from '../../../data/deepLinks.schema';
import {deepLinksJsonSchema, supportJsonSchema} from '../schemas';
import type {SupportDocument} from '../../../facts/publicData';
import {loadSupportCalendar} from '../../support-calendar/load';

/** A JSON Schema validator as a dashboard would use it: draft 2020-12, formats checked, strict mode. */
function validator(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({allErrors: true, strict: true});
  addFormats(ajv);
  return ajv.compile(schema);
}

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('support.json', () => {
  const {dates} = loadSupportCalendar(supportConfig, new Date('2026-06-15T16:00:00Z')).data;
  const doc = buildSupportDocument(supportConfig, dates);
  const validate = validator(supportJsonSchema());

  it('is version 2, holds the config unchanged, the resolved calendar and the rows the site renders', () => {
    expect(doc.version).toBe(SUPPORT_DOCUMENT_VERSION);
    expect(SUPPORT_DOCUMENT_VERSION).toBe(2);
    expect(doc.config).toBe(supportConfig);
    expect(doc.calendar).toEqual({
      years: dates.years,
      holidays: dates.holidays,
      specialHours: dates.specialHours,
      feed: 'support-calendar.ics',
    });
    expect(doc.rendered.channels).toEqual(roundTrip(contactRows(supportConfig)));
    expect(doc.rendered.priorities).toEqual(priorityRows(supportConfig));
  });

  it('survives JSON serialisation unchanged (no undefined, no dates, no functions)', () => {
    expect(roundTrip(doc)).toStrictEqual(doc);
  });

  it('shows addresses, numbers, hours and expected responses of every channel', () => {
    const general = doc.rendered.channels.find((c) => c.id === 'general');
    expect(general).toMatchObject({method: 'support@example.com', href: 'mailto:support@example.com'});
    expect(general?.hours).toContain('America/New_York');
    expect(doc.rendered.channels.find((c) => c.id === 'emergency')).toMatchObject({href: 'tel:+15559998888'});
    expect(doc.rendered.priorities.find((p) => p.id === 'high')?.firstResponse).toBe('1-2 business hours');
  });

  it('validates against the generated JSON Schema', () => {
    expect(validate(roundTrip(doc)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has a schema generated from the config schema: strict objects, the channel ids, the date format', () => {
    const schema = supportJsonSchema() as {
      $schema: string;
      properties: Record<string, {properties?: Record<string, unknown>}>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.version).toEqual({type: 'number', const: 2});
    const text = JSON.stringify(schema);
    expect(text).toContain('"enum":["general","urgent","features","phone","emergency","chat"]');
    expect(text).toContain('"format":"date"');
    expect(text).toContain('"additionalProperties":false');
  });

  // Each case breaks a valid document on purpose, so its result has no type.
  it.each<[string, (d: SupportDocument) => unknown]>([
    ['another version', (d) => ({...d, version: 1})],
    ['an unknown top-level field', (d) => ({...d, extra: true})],
    ['a typo in the config', (d) => ({...d, config: {...d.config, timezone: d.config.timeZone}})],
    [
      'holidays as a list of dates in the config (version 1)',
      (d) => ({...d, config: {...d.config, holidays: [{date: '2026-12-25', name: 'X'}]}}),
    ],
    [
      'an invalid holiday date in the calendar',
      (d) => ({...d, calendar: {...d.calendar, holidays: [{date: '2026-02-30', name: 'X'}]}}),
    ],
    [
      'special hours at 25:00',
      (d) => ({
        ...d,
        calendar: {
          ...d.calendar,
          specialHours: [{date: '2026-12-24', name: 'X', hours: [{open: '25:00', close: '26:00'}]}],
        },
      }),
    ],
    ['no calendar', (d) => ({...d, calendar: undefined})],
    [
      'an unknown channel id',
      (d) => ({...d, rendered: {...d.rendered, channels: [{...d.rendered.channels[0], id: 'fax'}]}}),
    ],
    ['a missing rendered list', (d) => ({...d, rendered: {channels: d.rendered.channels}})],
  ])('rejects a document with %s', (_what, mutate) => {
    expect(validate(mutate(roundTrip(doc)))).toBe(false);
  });
});

describe('deep-links.json', () => {
  it('applies the base URL and the site URL to every entry', () => {
    const doc = buildDeepLinksDocument(DEEP_LINKS, {siteUrl: 'https://help.example.com/', baseUrl: '/help/'});
    expect(doc).toMatchObject({
      version: DEEP_LINKS_DOCUMENT_VERSION,
      siteUrl: 'https://help.example.com',
      baseUrl: '/help/',
    });
    expect(doc.links).toHaveLength(DEEP_LINKS.length);
    const pdf = doc.links.find((l) => l.id === 'client.pdf-download-failing');
    expect(pdf).toEqual({
      id: 'client.pdf-download-failing',
      title: 'PDF download failing',
      audience: 'client',
      kind: 'scenario',
      path: '/help/clients/troubleshooting#pdf-download-failing',
      url: 'https://help.example.com/help/clients/troubleshooting#pdf-download-failing',
      anchor: 'pdf-download-failing',
    });
    expect(doc.links.find((l) => l.id === 'home')).toEqual({
      id: 'home',
      title: 'How can we help?',
      audience: 'all',
      kind: 'page',
      path: '/help/',
      url: 'https://help.example.com/help/',
    });
  });

  it('keeps every entry, in registry order, as path = base URL + route#anchor', () => {
    const doc = buildDeepLinksDocument(DEEP_LINKS, {siteUrl: 'https://help.example.com', baseUrl: '/'});
    expect(doc.links.map((l) => [l.id, l.path])).toEqual(DEEP_LINKS.map((l) => [l.id, deepLinkPath(l)]));
  });

  it('validates against its generated JSON Schema, and an entry without a url does not', () => {
    const validate = validator(deepLinksJsonSchema());
    const doc = roundTrip(buildDeepLinksDocument(DEEP_LINKS, {siteUrl: 'https://help.example.com', baseUrl: '/'}));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const {url: _url, ...withoutUrl} = doc.links[0];
    expect(validate({...doc, links: [withoutUrl]})).toBe(false);
    expect(validate({...doc, links: [{...doc.links[0], audience: 'admin'}]})).toBe(false);
  });
});

describe('withBaseUrl', () => {
  it.each([
    ['/', '/faq', '/faq'],
    ['/', '/', '/'],
    ['/help/', '/faq#getting-help', '/help/faq#getting-help'],
    ['/help/', '/', '/help/'],
    ['/help', '/faq', '/help/faq'],
  ])('base %s and path %s give %s', (base, path, expected) => {
    expect(withBaseUrl(base, path)).toBe(expected);
  });

  it('rejects a relative path', () => {
    expect(() => withBaseUrl('/', 'faq')).toThrow('Path "faq" must start with "/"');
  });
});

describe('parseDeepLinks', () => {
  const ok: DeepLink = {
    id: 'client.ok',
    route: '/clients/faq',
    anchor: 'ok',
    title: 'OK',
    audience: 'client',
    kind: 'question',
  };

  it('returns a valid registry unchanged', () => {
    expect(parseDeepLinks([ok])).toEqual([ok]);
  });

  it('names both entries of a duplicate id', () => {
    expect(() => parseDeepLinks([ok, {...ok, anchor: 'other'}])).toThrow(DeepLinkRegistryError);
    expect(() => parseDeepLinks([ok, {...ok, anchor: 'other'}])).toThrow(
      '- deep link "client.ok" (DEEP_LINKS[1]): duplicate id (already DEEP_LINKS[0])',
    );
  });

  it.each([
    ['a route with a trailing slash', {route: '/clients/faq/'}, 'DEEP_LINKS[0]).route: must be a route'],
    ['an anchor with #', {anchor: '#ok'}, 'DEEP_LINKS[0]).anchor: must be an element id'],
    ['an upper-case id', {id: 'Client.OK'}, 'deep link "Client.OK" (DEEP_LINKS[0]).id: must be dotted lowercase slugs'],
    ['an unknown audience', {audience: 'admin'}, 'DEEP_LINKS[0]).audience:'],
    ['a page with an anchor', {kind: 'page'}, 'a "page" entry has no anchor'],
    ['a heading without an anchor', {anchor: undefined}, 'a "page" entry has no anchor, and every other kind has one'],
    ['an unknown field', {note: 'x'}, 'Unrecognized key'],
  ])('rejects %s, naming the entry and field', (_what, change, message) => {
    expect(() => parseDeepLinks([{...ok, ...change}])).toThrow(message);
  });
});
