import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

describe('process boundaries', () => {
  it('keeps electron imports inside electron/main* and electron/preload*', () => {
    const offenders = [...sourceFiles('electron'), ...sourceFiles('shared'), ...sourceFiles('renderer')].filter((file) => {
      const allowed = /^electron\/(main|preload)[^/]*\.ts$/.test(file.split(path.sep).join('/'));
      return !allowed && importsOf(file).includes('electron');
    });
    expect(offenders).toEqual([]);
  });

  it('keeps Node, native and document libraries out of renderer/ and shared/', () => {
    const forbidden = /^(node:|electron$|better-sqlite3$|docx$|exceljs$|fs$|path$|os$|child_process$)/;
    const offenders = [...sourceFiles('shared'), ...sourceFiles('renderer')].flatMap((file) =>
      importsOf(file)
        .filter((spec) => forbidden.test(spec) || /(^|\/)electron\//.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('finds imports in the files it checks (the rule would notice a violation)', () => {
    expect(importsOf('electron/main.ts')).toContain('electron');
    expect(importsOf('electron/preload.ts')).toContain('electron');
  });

  it('keeps source files small enough to stay one idea each', () => {
    const large = [...sourceFiles('electron'), ...sourceFiles('shared'), ...sourceFiles('renderer')]
      .filter((file) => !file.includes('.test.') && !file.includes(`catalog${path.sep}`))
      .map((file) => ({ file, lines: fs.readFileSync(path.join(root, file), 'utf8').split('\n').length }))
      .filter((f) => f.lines > 500);
    expect(large).toEqual([]);
  });
});
