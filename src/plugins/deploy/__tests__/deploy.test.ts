import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {REDIRECTS} from '../../../data/redirects';
import {nginxRedirectBlock, withRedirectBlock} from '../nginxRedirects';
import {plainNotFoundPage} from '../index';

const NGINX_CONF = readFileSync(join(__dirname, '..', '..', '..', '..', 'deploy', 'nginx.conf'), 'utf8');

describe('the redirect block of deploy/nginx.conf', () => {
  it('is the one generated from src/data/redirects.ts (else run `npx docusaurus nginx-redirects`)', () => {
    expect(NGINX_CONF).toContain(nginxRedirectBlock(REDIRECTS));
    expect(withRedirectBlock(NGINX_CONF, REDIRECTS)).toBe(NGINX_CONF);
  });

  it('maps each old route, with and without its trailing slash, to the new one', () => {
    const block = nginxRedirectBlock([{from: '/old', to: '/new', reason: 'moved'}]);
    expect(block.split('\n').slice(1, -1)).toEqual([
      'map $uri $support_center_redirect {',
      '    default "";',
      '    /old /new;',
      '    /old/ /new;',
      '}',
    ]);
  });

  it('refuses a config without the block', () => {
    expect(() => withRedirectBlock('server {}', REDIRECTS)).toThrow(/has no block from "# BEGIN redirects/);
  });
});

describe('plainNotFoundPage', () => {
  it('keeps the page and its styles, drops every script and script preload', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/assets/css/a.css"><link rel="preload" href="/assets/js/m.js" as="script"><script>inline()</script></head><body><h1>Page not found</h1><script src="/assets/js/m.js"></script></body></html>';
    const plain = plainNotFoundPage(html);
    expect(plain).toContain('<h1>Page not found</h1>');
    expect(plain).toContain('href="/assets/css/a.css"');
    expect(plain).not.toMatch(/<script|as="script"/);
  });
});
