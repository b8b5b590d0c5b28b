import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTrustedAppUrl } from './trusted-url';

const root = path.resolve('/opt/isms/renderer');
const inside = pathToFileURL(path.join(root, 'index.html')).href;

describe('isTrustedAppUrl', () => {
  it('accepts the app page', () => {
    expect(isTrustedAppUrl(inside, root)).toBe(true);
    expect(isTrustedAppUrl(`${inside}#/soa`, root)).toBe(true);
  });

  it.each([
    ['a web page', 'https://example.com/'],
    ['http to localhost', 'http://localhost:5173/index.html'],
    ['a file outside the renderer folder', pathToFileURL('/etc/passwd').href],
    ['a sibling folder sharing the prefix', pathToFileURL('/opt/isms/renderer-evil/index.html').href],
    ['dot segments climbing out', 'file:///opt/isms/renderer/../../../etc/passwd'],
    ['a remote file host', 'file://attacker.example/share/index.html'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['garbage', 'not a url'],
  ])('rejects %s', (_label, url) => {
    expect(isTrustedAppUrl(url, root)).toBe(false);
  });
});
