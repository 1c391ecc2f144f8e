import {describe, expect, it} from 'vitest';
import {getDeepLink} from '../data/deepLinks';
import {supportConfig} from '../data/supportConfig';
import {calendarWindow} from '../facts/supportCalendar';
import {PICKER_PARAMETERS, parsePickerParams} from '../components/PriorityPicker/params';
import {ROLE_PARAMETERS, parseRoleParam} from '../components/RoleGuides/params';

/**
 * The query parameters documented on "Linking to the help center": each
 * applies to registered link targets, and each documented example is
 * accepted by the parser of the page that reads it. (Here, above the layers:
 * it checks the registry against the widgets.)
 */
describe('documented query parameters', () => {
  it.each([...PICKER_PARAMETERS, ...ROLE_PARAMETERS].map((p) => [p.name, p] as const))(
    '%s applies to registered targets',
    (_name, parameter) => {
      for (const id of parameter.linkIds) expect(() => getDeepLink(id)).not.toThrow();
    },
  );

  it('gives picker examples that the picker accepts without a notice', () => {
    const search = new URLSearchParams(PICKER_PARAMETERS.map((p): [string, string] => [p.name, p.example])).toString();
    // The window of a build today (it only grows later, so the example stays in it).
    const years = calendarWindow(supportConfig.calendarYears, new Date().getUTCFullYear());
    const parsed = parsePickerParams(search, supportConfig.timeZone, years);
    expect(parsed.notices).toEqual([]);
    expect(parsed.priorityFromUrl).toBe(true);
    expect(parsed.submittedAt).not.toBeNull();
  });

  it('gives a role example that the role parameter accepts without a notice', () => {
    for (const p of ROLE_PARAMETERS)
      expect(parseRoleParam(`?${p.name}=${p.example}`)).toEqual({role: p.example, notice: null});
  });
});
