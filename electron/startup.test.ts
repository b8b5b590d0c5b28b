import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test/fixtures/temp-dir';
import { openInitialWorkbook } from './startup';
import { memoryRecentList, WorkbookSession } from './workbook-session';

const tempDir = useTempDir();
const options = (dir: string, requested: string | null = null) => ({
  requested,
  defaultPath: path.join(dir, 'My ISMS.isms'),
  defaultOrganisation: 'My organisation',
});

describe('first start', () => {
  it('creates the default workbook in the data folder the first time, and reopens it after', async () => {
    const dir = tempDir();
    const first = new WorkbookSession({ actor: 't' });
    expect(await openInitialWorkbook(first, options(dir))).toEqual({ requestedError: null, defaultError: null });
    expect(first.info()?.organisationName).toBe('My organisation');
    first.close();
    const second = new WorkbookSession({ actor: 't' });
    await openInitialWorkbook(second, options(dir));
    expect(second.path).toBe(path.join(dir, 'My ISMS.isms'));
    second.close();
  });

  it('prefers the requested file, then the most recent one', async () => {
    const dir = tempDir();
    const recent = memoryRecentList();
    const maker = new WorkbookSession({ actor: 't', recent });
    maker.create(path.join(dir, 'client-a.isms'), 'Client A', false);
    maker.create(path.join(dir, 'client-b.isms'), 'Client B', false);
    maker.close();
    const session = new WorkbookSession({ actor: 't', recent });
    await openInitialWorkbook(session, options(dir));
    expect(session.info()?.organisationName).toBe('Client B');
    await openInitialWorkbook(session, options(dir, path.join(dir, 'client-a.isms')));
    expect(session.info()?.organisationName).toBe('Client A');
    session.close();
  });

  it('reports a requested file it cannot open, and never touches a default it cannot open', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'notes.isms');
    fs.writeFileSync(bad, 'not a workbook');
    fs.writeFileSync(path.join(dir, 'My ISMS.isms'), 'damaged default');
    const session = new WorkbookSession({ actor: 't' });
    const outcome = await openInitialWorkbook(session, options(dir, bad));
    expect(outcome.requestedError).toMatch(/not a database file/);
    expect(outcome.defaultError).toMatch(/not a database file/);
    expect(session.isOpen).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'My ISMS.isms'), 'utf8')).toBe('damaged default');
    expect(fs.readFileSync(bad, 'utf8')).toBe('not a workbook');
  });
});
