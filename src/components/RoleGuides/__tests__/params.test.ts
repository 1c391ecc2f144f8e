import {describe, expect, it} from 'vitest';
import {parseRoleParam} from '../params';

describe('parseRoleParam', () => {
  it.each([
    ['?role=client', 'client'],
    ['?role=operator', 'operator'],
    ['role=Operator', 'operator'],
    ['?role=%20CLIENT%20', 'client'],
    ['?_highlight=pdf&role=client', 'client'],
  ])('reads %s as %s without a notice', (search, role) => {
    expect(parseRoleParam(search)).toEqual({role, notice: null});
  });

  it.each([[''], ['?'], ['?role='], ['?role=%20%20'], ['?priority=high']])(
    'treats %j as no role, silently',
    (search) => {
      expect(parseRoleParam(search)).toEqual({role: null, notice: null});
    },
  );

  it('ignores an unknown role with a notice that names it and the accepted values', () => {
    expect(parseRoleParam('?role=admin')).toEqual({
      role: null,
      notice: 'Unknown role “admin” in the link: showing the guides for everyone. Use role=client or role=operator.',
    });
  });

  it('keeps markup in an unknown value as plain text and shortens a long value', () => {
    const {notice} = parseRoleParam(`?role=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(notice).toContain('“<img src=x onerror=alert(1)>”');
    const long = parseRoleParam(`?role=${'x'.repeat(500)}`).notice ?? '';
    expect(long).toContain(`“${'x'.repeat(40)}…”`);
    expect(long.length).toBeLessThan(200);
  });

  it('uses the first of repeated role parameters', () => {
    expect(parseRoleParam('?role=operator&role=client').role).toBe('operator');
  });
});
