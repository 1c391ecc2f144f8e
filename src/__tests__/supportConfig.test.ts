import {describe, expect, it} from 'vitest';
import {supportConfig} from '../data/supportConfig';
import {PRIORITY_IDS} from '../sla/types';
import {getChannel} from '../facts/channels';
import {priorityRoute} from '../facts/routing';

/**
 * The site's support config as data, through the rules the facts apply to
 * it (the route of each priority): invariants with readable failure
 * messages, never restated values (model: Docusaurus's
 * website/src/data/__tests__/user.test.ts). Here, above the layers, because
 * the rules live in src/facts.
 */
describe('the support config and its routes', () => {
  const business = PRIORITY_IDS.filter((p) => supportConfig.priorities[p].firstResponse.clock === 'business');

  it.each(PRIORITY_IDS)('routes %s requests to an email address it lists itself', (id) => {
    const listed = supportConfig.priorities[id].channels;
    expect(
      listed.map((c) => getChannel(supportConfig, c).kind),
      `${id} lists no email channel`,
    ).toContain('email');
    expect(listed).toContain(priorityRoute(supportConfig, id).email.channel);
  });

  it.each(PRIORITY_IDS.filter((p) => supportConfig.priorities[p].firstResponse.clock === 'calendar'))(
    'has %s, counted 24/7, called in first on a line that is open 24/7',
    (id) => {
      const line = priorityRoute(supportConfig, id).callFirst;
      expect(line, `${id} counts calendar hours but lists no phone line before its email`).toBeDefined();
      expect(getChannel(supportConfig, line!.channel).hours.kind, `${line?.channel} is not open 24/7`).toBe('24/7');
    },
  );

  it('gives a less urgent priority no faster target: business-hours targets grow from the most urgent down', () => {
    const response = business.map((p) => supportConfig.priorities[p].firstResponse.commitmentMinutes);
    expect(response, `first response commitments of ${business.join(', ')}`).toEqual(
      [...response].sort((x, y) => x - y),
    );
    const days = business.map((p) => {
      const r = supportConfig.priorities[p].resolution;
      return r.kind === 'businessDays' ? r.commitmentDays : Infinity;
    });
    expect(days, `resolution commitments of ${business.join(', ')}`).toEqual([...days].sort((x, y) => x - y));
  });
});
