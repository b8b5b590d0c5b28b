import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * True only for file: URLs inside the app's own renderer folder. The URL is parsed, never matched as a
 * string, so "file:///app/renderer/../../etc" or "https://file:///app" cannot pass.
 */
export function isTrustedAppUrl(rawUrl: string, rendererRoot: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return false;
  let filePath: string;
  try {
    filePath = path.resolve(fileURLToPath(url));
  } catch {
    return false;
  }
  const root = path.resolve(rendererRoot);
  return filePath === root || filePath.startsWith(root + path.sep);
}
