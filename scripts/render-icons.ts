// Renders resources/icons/icon.svg to the PNG sizes electron-builder wants, using Debian's Chromium.
// Run with: npx tsx scripts/render-icons.ts (the PNGs are committed; this is only needed when the SVG changes).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const svg = fs.readFileSync('resources/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  fs.writeFileSync(path.join('resources/icons', `${size}x${size}.png`), png);
  if (size === 512) {
    fs.writeFileSync('resources/icons/icon.png', png);
    fs.writeFileSync('resources/icons/workbook.png', png);
  }
}
await browser.close();
console.log('icons written to resources/icons');
