import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({ ...base, testDir: 'test/screenshots', use: { ...base.use, viewport: { width: 1440, height: 860 } } });
