import {describe, expect, it} from 'vitest';
import {detectEnvironment} from '../userAgent';

describe('detectEnvironment', () => {
  it.each([
    [
      'Chrome on Windows',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      {browser: 'Chrome 131.0.0.0', os: 'Windows 10', device: 'desktop'},
    ],
    [
      'Edge on Windows',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
      {browser: 'Microsoft Edge 131.0.2903.86', os: 'Windows 10', device: 'desktop'},
    ],
    [
      'Firefox on Linux',
      'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
      {browser: 'Firefox 133.0', os: 'Linux', device: 'desktop'},
    ],
    [
      'Safari on macOS',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
      {browser: 'Safari 18.1', os: 'macOS 10.15.7', device: 'desktop'},
    ],
    [
      'Safari on iPhone',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      {browser: 'Safari 17.4', os: 'iOS 17.4', device: 'smartphone'},
    ],
    [
      'Chrome on an Android phone',
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.104 Mobile Safari/537.36',
      {browser: 'Chrome 131.0.6778.104', os: 'Android 14', device: 'smartphone'},
    ],
    [
      'Safari on an iPad',
      'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      {browser: 'Safari 17.4', os: 'iOS 17.4', device: 'tablet'},
    ],
  ])('%s', (_name, ua, expected) => {
    expect(detectEnvironment(ua)).toEqual(expected);
  });

  it('detects nothing from an empty or meaningless string, without throwing', () => {
    expect(detectEnvironment('')).toEqual({browser: '', os: '', device: ''});
    expect(detectEnvironment('curl-ish/∞ <script>')).toMatchObject({device: ''});
  });
});
