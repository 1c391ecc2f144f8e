import {describe, expect, it} from 'vitest';
import {supportConfig} from '../../../data/supportConfig';
import {
  buildCodeExamples,
  DEEP_LINKS_EXCERPT_LENGTH,
  pickerExampleLink,
  RESOLVE_EXAMPLE_LINK_ID,
  supportExcerpt,
  supportExcerptOmits,
} from '../linkingExamples';
import {buildDeepLinksDocument, buildSupportDocument} from '../../../facts/publicData';
import {DEEP_LINKS, getDeepLink} from '../../../data/deepLinks';
import {parsePickerParams} from '../../../components/PriorityPicker/params';
import {loadSupportCalendar} from '../../support-calendar/load';

const site = {siteUrl: 'https://help.example.com/', baseUrl: '/support/'};
const {dates} = loadSupportCalendar(supportConfig, new Date('2026-06-15T16:00:00Z')).data;

describe('buildCodeExamples', () => {
  const examples = buildCodeExamples(supportConfig, dates, site);

  it('shows the support.json excerpt as published, as indented JSON', () => {
    const {code, language, title} = examples['support-json'];
    expect(language).toBe('json');
    expect(title).toBe('support.json (excerpt)');
    expect(JSON.parse(code)).toEqual(supportExcerpt(buildSupportDocument(supportConfig, dates)));
    expect(code).toContain('\n  "version": 2,');
  });

  it('shows the first deep-links.json entries with the base URL applied', () => {
    const parsed = JSON.parse(examples['deep-links-json'].code);
    const doc = buildDeepLinksDocument(DEEP_LINKS, {siteUrl: 'https://help.example.com', baseUrl: '/support/'});
    expect(parsed).toEqual({...doc, links: doc.links.slice(0, DEEP_LINKS_EXCERPT_LENGTH)});
    expect(parsed.links[0].path.startsWith('/support/')).toBe(true);
  });

  it('resolves a real registry entry from this site\u2019s deep-links.json', () => {
    const {code, language} = examples['resolve-deep-link'];
    expect(language).toBe('js');
    expect(code).toContain("fetch('https://help.example.com/support/deep-links.json')");
    expect(code).toContain(`link.id === '${RESOLVE_EXAMPLE_LINK_ID}'`);
    const link = getDeepLink(RESOLVE_EXAMPLE_LINK_ID);
    expect(code).toContain(`// target.url === 'https://help.example.com/support${link.route}#${link.anchor}'`);
  });
});

describe('supportExcerpt', () => {
  it('shows some config keys and names every other one as left out, in the document\u2019s order', () => {
    const excerpt = supportExcerpt(buildSupportDocument(supportConfig, dates)) as {config: Record<string, unknown>};
    const omitted = supportExcerptOmits(supportConfig);
    expect(omitted).toContain('triage');
    expect(omitted).toContain('escalation');
    for (const key of omitted) expect(excerpt.config).not.toHaveProperty(key);
    const shown = Object.keys(excerpt.config);
    expect([...shown, ...omitted].sort()).toEqual(Object.keys(supportConfig).sort());
    expect(shown).toEqual(Object.keys(supportConfig).filter((k) => !omitted.includes(k)));
  });

  it('shortens each shown list to its first item', () => {
    const excerpt = supportExcerpt(buildSupportDocument(supportConfig, dates)) as {
      config: {holidays: {additions: unknown[]}; channels: unknown[]; businessHours: object; priorities: object};
      calendar: {holidays: unknown[]; specialHours: unknown[]; years: unknown; feed: string};
    };
    expect(excerpt.config.holidays).toEqual({
      ...supportConfig.holidays,
      additions: supportConfig.holidays.additions.slice(0, 1),
      removals: supportConfig.holidays.removals.slice(0, 1),
    });
    expect(excerpt.calendar).toEqual({
      years: dates.years,
      holidays: dates.holidays.slice(0, 1),
      specialHours: dates.specialHours.slice(0, 1),
      feed: 'support-calendar.ics',
    });
    expect(excerpt.config.channels).toEqual(supportConfig.channels.slice(0, 1));
    expect(Object.keys(excerpt.config.businessHours)).toHaveLength(1);
    expect(Object.keys(excerpt.config.priorities)).toEqual([Object.keys(supportConfig.priorities)[0]]);
  });
});

describe('pickerExampleLink', () => {
  it('is the picker route with the documented priority and submission time, read back by the picker as the same values', () => {
    const link = pickerExampleLink(supportConfig, dates);
    const url = new URL(link, 'https://help.example.com');
    const picker = getDeepLink('priority-picker');
    expect(url.pathname).toBe(picker.route);
    expect(url.hash).toBe(`#${picker.anchor}`);
    const params = parsePickerParams(url.search, supportConfig.timeZone, dates.years);
    expect(params.priority).toBe('high');
    expect(params.submittedAt?.toISOString()).toBe('2026-03-06T21:00:00.000Z');
    expect(params.notices).toEqual([]);
  });
});
