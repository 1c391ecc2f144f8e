import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {FEEDBACK_SECTIONS} from '../../src/plugins/section-feedback/remark';
import {ROOT} from './site';

/** The built page of a route. */
function page(route: string) {
  const file = join(ROOT, 'build', route.replace(/^\//, ''), 'index.html');
  expect(existsSync(file), `${file} (run npm run build first)`).toBe(true);
  return load(readFileSync(file, 'utf8'));
}

describe('the built site: "Did this solve your problem?" (src/plugins/section-feedback)', () => {
  it('has registered scenarios and questions to equip', () => {
    expect(FEEDBACK_SECTIONS.some((s) => s.kind === 'scenario')).toBe(true);
    expect(FEEDBACK_SECTIONS.some((s) => s.kind === 'question')).toBe(true);
  });

  it.each(FEEDBACK_SECTIONS.map((s) => [s.id, s] as const))(
    '%s has one widget placeholder, after its heading and before the next heading of its level',
    (id, section) => {
      const $ = load(page(section.route).html());
      const widgets = $(`[data-section-feedback="${id}"]`);
      expect(widgets, `no widget for ${id}: is its heading in the page?`).toHaveLength(1);
      // Without JavaScript the question is not there: the server's placeholder is empty.
      expect(widgets.text().trim()).toBe('');
      const order = $('h1, h2, h3, h4, [data-section-feedback]').toArray();
      const heading = order.findIndex((el) => $(el).attr('id') === section.anchor);
      const widget = order.indexOf(widgets[0]!);
      expect(heading, `heading #${section.anchor}`).toBeGreaterThanOrEqual(0);
      expect(widget).toBeGreaterThan(heading);
      const level = Number(order[heading]!.tagName.slice(1));
      const nextHeading = order.findIndex((el, i) => i > heading && /^h\d$/.test(el.tagName) && Number(el.tagName.slice(1)) <= level);
      if (nextHeading >= 0) expect(widget).toBeLessThan(nextHeading);
    },
  );
});
