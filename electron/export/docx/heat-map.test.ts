import { Document, Packer, Table, TableRow } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RiskMethod } from '../../../shared/domain/risk-method';
import { defaultRiskMethod } from '../../../shared/rules/default-risk-method';
import { bandLegend, heatMapTable, matrixTable, riskLevelCell, textColourOn } from './heat-map';

/** The document.xml of a document holding just these blocks. */
async function render(children: Table[]): Promise<string> {
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return strFromU8(unzipSync(bytes)['word/document.xml']!);
}

/** Table cells with their fill, text and text colour, in document order. */
function cells(xml: string) {
  return [...xml.matchAll(/<w:tc>((?:(?!<w:tc>)[\s\S])*?)<\/w:tc>/g)].map((match) => ({
    fill: /<w:tcPr>(?:(?!<\/w:tcPr>)[\s\S])*?<w:shd [^>]*w:fill="([0-9A-F]{6})"/.exec(match[1]!)?.[1] ?? null,
    text: [...match[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    colour: /<w:color w:val="([0-9A-F]{6})"/.exec(match[1]!)?.[1] ?? null,
  }));
}

const fills = (method: RiskMethod) => new Map(method.bands.map((b) => [b.colour.slice(1).toUpperCase(), b]));

describe('textColourOn', () => {
  it('picks whichever of black and white contrasts more', () => {
    expect(textColourOn('#c2362b')).toBe('FFFFFF');
    expect(textColourOn('#e3b341')).toBe('000000');
    expect(textColourOn('#4c9a61')).toBe('000000');
    expect(textColourOn('#1f3a5f')).toBe('FFFFFF');
    expect(textColourOn('FFFFFF')).toBe('000000');
  });
});

describe('heatMapTable', () => {
  const method = defaultRiskMethod(5);
  const counts = method.likelihood.map((l) => method.impact.map((i) => (l.value === 4 && i.value === 5 ? 3 : l.value === 1 && i.value === 2 ? 1 : 0)));

  it('shades every cell in its band colour, highest likelihood at the top, with counts and blanks for none', async () => {
    const xml = await render([heatMapTable(method, counts, { title: 'Inherent risk' })]);
    const byFill = fills(method);
    const shaded = cells(xml).filter((c) => c.fill !== null && byFill.has(c.fill));
    expect(shaded).toHaveLength(25 + method.bands.length); // the matrix, then the legend
    const grid = shaded.slice(0, 25);
    const expected = [5, 4, 3, 2, 1].flatMap((l) =>
      [1, 2, 3, 4, 5].map((i) => {
        const band = method.bands.find((b) => b.id === method.matrix[l - 1]![i - 1])!;
        return { fill: band.colour.slice(1).toUpperCase(), text: counts[l - 1]![i - 1]! > 0 ? String(counts[l - 1]![i - 1]) : '', colour: textColourOn(band.colour) };
      }),
    );
    expect(grid).toEqual(expected);
    expect(grid[5 + 4]).toMatchObject({ fill: 'C2362B', text: '3', colour: 'FFFFFF' });
    expect(grid[20 + 1]).toMatchObject({ fill: '4C9A61', text: '1', colour: '000000' });
  });

  it('labels both axes with level numbers and labels, and keeps the matrix on one page', async () => {
    const xml = await render([heatMapTable(method, counts, { title: 'Residual risk' })]);
    expect(xml).toContain('>Residual risk<');
    expect(xml).toContain('<w:textDirection w:val="btLr"/>');
    expect(xml).toContain('>Likelihood<');
    expect(xml).toContain('>Impact<');
    expect(xml.indexOf('5  Almost certain')).toBeLessThan(xml.indexOf('1  Rare'));
    for (const level of method.impact) expect(xml).toContain(`>${level.label}<`);
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:keepNext/>');
  });

  it('ends with a legend of the bands, lowest first', async () => {
    const xml = await render([heatMapTable(method, counts, { title: 'Inherent risk' })]);
    const legend = cells(xml.slice(xml.lastIndexOf('Risk levels:')));
    expect(legend.map((c) => [c.fill, c.text])).toEqual(method.bands.map((band) => [band.colour.slice(1).toUpperCase(), band.label]));
  });

  it('draws a 3 × 3 method with three rows and columns', async () => {
    const small = defaultRiskMethod(3);
    const xml = await render([heatMapTable(small, [[0, 0, 0], [0, 2, 0], [0, 0, 0]], { title: 'Small', width: 6000 })]);
    const byFill = fills(small);
    const grid = cells(xml).filter((c) => c.fill !== null && byFill.has(c.fill));
    expect(grid.map((c) => c.text)).toEqual(['', '', '', '', '2', '', '', '', '', 'Low', 'Medium', 'High']);
  });
});

describe('bandLegend', () => {
  it('shows the bands as cells in their colours, lowest first', async () => {
    const method = defaultRiskMethod(4);
    const legend = cells(await render([bandLegend(method)]));
    expect(legend[0]).toMatchObject({ fill: null, text: 'Risk levels:' });
    expect(legend.slice(1).map((c) => [c.fill, c.text, c.colour])).toEqual(
      method.bands.map((band) => [band.colour.slice(1).toUpperCase(), band.label, textColourOn(band.colour)]),
    );
  });
});

describe('matrixTable', () => {
  it('names the band of every cell', async () => {
    const method = defaultRiskMethod(4);
    const xml = await render([matrixTable(method, { title: 'Risk matrix' })]);
    const byFill = fills(method);
    const grid = cells(xml).filter((c) => c.fill !== null && byFill.has(c.fill)).slice(0, 16);
    for (const c of grid) expect(c.text).toBe(byFill.get(c.fill!)!.label);
    expect(grid[0]!.text).toBe('Medium'); // likelihood 4 × impact 1: 4
    expect(grid[3]!.text).toBe('Critical'); // likelihood 4 × impact 4
    expect(grid[12]!.text).toBe('Low'); // likelihood 1 × impact 1
  });
});

describe('riskLevelCell', () => {
  const method = defaultRiskMethod(5);
  const one = (cell: ReturnType<typeof riskLevelCell>) =>
    render([new Table({ rows: [new TableRow({ children: [cell] })] })]).then((xml) => cells(xml)[0]!);

  it('shades the cell in the band colour with contrasting text and the rating beneath', async () => {
    expect(await one(riskLevelCell(method, 'critical', { detail: '4 × 5' }))).toEqual({ fill: 'C2362B', text: 'Critical4 × 5', colour: 'FFFFFF' });
    expect(await one(riskLevelCell(method, 'medium', { prefix: 'Residual: ', detail: '2 × 3', inline: true }))).toEqual({
      fill: 'E3B341',
      text: 'Residual: Medium  (2 × 3)',
      colour: '000000',
    });
  });

  it('prints a dash on no fill for a risk not yet rated', async () => {
    expect(await one(riskLevelCell(method, null))).toEqual({ fill: null, text: '—', colour: null });
  });
});
