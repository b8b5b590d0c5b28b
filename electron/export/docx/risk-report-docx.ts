/**
 * The Risk Assessment Report as a Word document (ISO/IEC 27001:2022 clause 8.2): the method in short, counts by
 * level, treatment and status, inherent and residual heat maps, the risks above the acceptance criteria, the full
 * register, and controls the SoA excludes although risks rely on them. Landscape A4. Same data in, same bytes out.
 * Built for registers of thousands of risks: lookups are prepared once and rows are built in one pass.
 */
import { Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { controlLabel } from '../../../shared/catalog/annex-a';
import { RISK_STATUSES, RISK_STATUS_LABELS, TREATMENT_OPTIONS, TREATMENT_OPTION_LABELS, type Risk } from '../../../shared/domain/risk';
import type { RiskMethod } from '../../../shared/domain/risk-method';
import { acceptanceProblems, heatMapCounts, isAboveAcceptance } from '../../../shared/rules/risk-scoring';
import type { RiskExportData } from '../risk-data';
import { formatDateLong, formatDateShort } from './dates';
import { bandLegend, heatMapTable, riskLevelCell, textColourOn } from './heat-map';
import { contentWidth } from './page-setup';
import { COLOURS, SIZES, STYLE } from './styles';
import { bodyRow, cell, columnWidths, headerRow, table, type CellOptions } from './table-blocks';
import { EMPTY, cleanText, heading, para } from './text-blocks';
import { controlSection, documentCover, documentTitle, houseDocument, type Block } from './document-parts';
import { fixedDateFrom, normaliseZip } from '../deterministic-zip';

const ORIENTATION = 'landscape' as const;
const WIDTH = contentWidth(ORIENTATION);
const STANDARD = 'ISO/IEC 27001:2022, clause 8.2';
const PROBLEM_COLOUR = 'B42318';
const DOCUMENT_PART = 'word/document.xml';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "High: needs formal acceptance by X" style summary of the acceptance criteria, highest band first. */
export function acceptanceSummary(method: RiskMethod): string {
  const retained = method.bands.filter((b) => b.retention === 'within-appetite').map((b) => b.label);
  const parts: string[] = [];
  if (retained.length > 0) parts.push(`${retained.join(' and ')} may be retained by the risk owner`);
  for (const band of method.bands) {
    const who = band.acceptanceAuthority.trim();
    if (band.retention === 'requires-approval') parts.push(`${band.label} needs formal acceptance${who ? ` by ${who}` : ''}`);
    if (band.retention === 'not-permitted') parts.push(`${band.label} may not be retained and must be treated`);
  }
  return `${parts.join('; ')}.`;
}

function sideBySide(blocks: Table[], gap = 0): Table {
  const half = Math.floor(WIDTH / blocks.length);
  return table(
    [
      new TableRow({
        cantSplit: true,
        children: blocks.map(
          (block) =>
            new TableCell({
              width: { size: half, type: WidthType.DXA },
              children: [block, new Paragraph({ style: STYLE.tableText, spacing: { before: gap } })],
            }),
        ),
      }),
    ],
    { columnWidths: blocks.map(() => half), borders: 'none' },
  );
}

function countTable(header: [string, ...string[]], rows: (string | number | TableCell)[][], width: number, weights: number[]): Table {
  const widths = columnWidths(weights, width);
  const align = header.map((_, i): 'left' | 'right' => (i === 0 ? 'left' : 'right'));
  return table(
    [
      headerRow(header, widths, { alignments: align }),
      ...rows.map((values, r) =>
        bodyRow(
          values.map((value, i) => {
            if (value instanceof TableCell) return value;
            const total: CellOptions = r === rows.length - 1 ? { bold: true, fill: COLOURS.labelFill } : {};
            return cell(String(value), { width: widths[i], align: align[i], ...total });
          }),
        ),
      ),
    ],
    { columnWidths: widths },
  );
}

function summarySection(data: RiskExportData): Block[] {
  const { method, risks } = data;
  const inherent = new Map<string | null, number>();
  const residual = new Map<string | null, number>();
  const treatment = new Map<string | null, number>();
  const status = new Map<string, number>();
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const risk of risks) {
    bump(inherent, risk.inherentLevel);
    bump(residual, risk.residualLevel);
    bump(treatment, risk.treatment);
    bump(status, risk.status);
  }
  const third = Math.floor(WIDTH / 3) - 300;
  const above = risks.filter((r) => isAboveAcceptance(method, r.residualLevel)).length;
  const levels = countTable(
    ['Level', 'Inherent', 'Residual'],
    [
      ...[...method.bands].reverse().map((b) => [riskLevelCell(method, b.id, { width: columnWidths([1.6, 1, 1], third)[0] }), inherent.get(b.id) ?? 0, residual.get(b.id) ?? 0]),
      ['Not yet rated', inherent.get(null) ?? 0, residual.get(null) ?? 0],
      ['All risks', risks.length, risks.length],
    ],
    third,
    [1.6, 1, 1],
  );
  const options = countTable(
    ['Treatment', 'Risks'],
    [...TREATMENT_OPTIONS.map((o) => [TREATMENT_OPTION_LABELS[o], treatment.get(o) ?? 0]), ['Not yet decided', treatment.get(null) ?? 0], ['All risks', risks.length]],
    third,
    [2, 1],
  );
  const statuses = countTable(
    ['Status', 'Risks'],
    [...RISK_STATUSES.map((s) => [RISK_STATUS_LABELS[s], status.get(s) ?? 0]), ['All risks', risks.length]],
    third,
    [2, 1],
  );
  return [
    heading('Summary', 1),
    para(
      `As of ${formatDateLong(data.asOf)} the register holds ${plural(risks.length, 'risk')}. ` +
        `${plural(above, 'risk')} ${above === 1 ? 'has' : 'have'} a residual level above the acceptance criteria.`,
    ),
    sideBySide([levels, options, statuses]),
  ];
}

function methodSection(data: RiskExportData): Block[] {
  const { method } = data;
  return [
    heading('Method in brief', 1, { pageBreakBefore: true }),
    para(
      `Risks are assessed under the organisation\u2019s Risk Assessment and Treatment Methodology. Likelihood is ` +
        `rated on a ${method.likelihood.length}-level scale and impact on a ${method.impact.length}-level scale; the ` +
        `matrix turns the two ratings into one of ${method.bands.length} risk levels. Each risk is rated as it stands ` +
        'with the controls already operating (inherent) and as expected once its treatment is complete (residual).',
    ),
    para(`Acceptance criteria: ${acceptanceSummary(method)}`),
    bandLegend(method),
  ];
}

function heatMapSection(data: RiskExportData): Block[] {
  const { method, risks } = data;
  const width = Math.floor(WIDTH / 2) - 400;
  const unrated = (which: 'inherent' | 'residual') => risks.filter((r) => (which === 'inherent' ? r.inherentLevel : r.residualLevel) === null).length;
  const note = (which: 'inherent' | 'residual') => {
    const n = unrated(which);
    return n > 0 ? ` (${plural(n, 'risk')} not yet rated)` : '';
  };
  return [
    heading('Heat maps', 1, { pageBreakBefore: true }),
    para('Each cell shows how many risks sit at that likelihood and impact, before and after treatment.', { keepNext: true }),
    sideBySide([
      heatMapTable(method, heatMapCounts(method, risks, 'inherent'), { title: `Inherent risk${note('inherent')}`, width }),
      heatMapTable(method, heatMapCounts(method, risks, 'residual'), { title: `Residual risk${note('residual')}`, width }),
    ]),
  ];
}

const headerOpts = { style: STYLE.tableHeading, size: SIZES.tableCompact };

const REGISTER_HEADER = ['Ref', 'Risk', 'Assets', 'Threat and vulnerability', 'Owner', 'Inherent\nL × I', 'Treatment', 'Controls', 'Residual\nL × I', 'Status'];
const REGISTER_WEIGHTS = [0.7, 2, 0.85, 4.2, 1.1, 0.9, 1, 1, 0.9, 1];
const REGISTER_MARKER = 'ISMS-RISK-REGISTER-ROWS';

// The register and the list of risks above the acceptance criteria are written as WordprocessingML directly:
// docx's object model takes several seconds to pack the 50,000 cells of a 5,000-risk register, a string builder a
// fraction of that. The rows use the same styles, widths and shading as the tables built with table-blocks.ts, and
// replace a placeholder row after packing.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const esc = (text: string) => cleanText(text).replace(/[&<>]/g, (c) => ESCAPES[c]!);

interface XmlRun {
  text: string;
  bold?: boolean;
  colour?: string;
}

function runsXml(parts: readonly XmlRun[]): string {
  let out = '';
  for (const { text, bold, colour } of parts) {
    const props = (bold ? '<w:b/><w:bCs/>' : '') + (colour ? `<w:color w:val="${colour}"/>` : '');
    const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => `<w:t xml:space="preserve">${esc(line)}</w:t>`);
    out += `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${lines.join('<w:br/>')}</w:r>`;
  }
  return out;
}

const paraXml = (parts: readonly XmlRun[], center = false) =>
  `<w:p><w:pPr><w:pStyle w:val="${STYLE.tableTextCompact}"/>${center ? '<w:jc w:val="center"/>' : ''}</w:pPr>${runsXml(parts)}</w:p>`;

const cellXml = (width: number, paragraphs: string, fill?: string) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/><w:vAlign w:val="center"/>` : ''}</w:tcPr>${paragraphs}</w:tc>`;

const textCellXml = (width: number, text: string, opts: Omit<XmlRun, 'text'> = {}) => cellXml(width, paraXml([{ text: text || EMPTY, ...opts }]));

/** The coloured level cell of riskLevelCell, as XML; one string per band is prepared once. */
function levelCellsXml(method: RiskMethod, width: number): (levelId: string | null, detail: string) => string {
  const bands = new Map(method.bands.map((b) => [b.id, { label: b.label, fill: b.colour.slice(1).toUpperCase(), colour: textColourOn(b.colour) }]));
  return (levelId, detail) => {
    const band = levelId === null ? undefined : bands.get(levelId);
    if (!band) return cellXml(width, paraXml([{ text: levelId ?? EMPTY }], true));
    return cellXml(width, paraXml([{ text: band.label, bold: true, colour: band.colour }, ...(detail ? [{ text: `\n${detail}`, colour: band.colour }] : [])], true), band.fill);
  };
}

function registerRowsXml(data: RiskExportData, widths: number[]): string {
  const assetRefs = new Map(data.assets.map((a) => [a.id, a.ref]));
  const inherent = levelCellsXml(data.method, widths[5]!);
  const residual = levelCellsXml(data.method, widths[8]!);
  const rows: string[] = [];
  for (const risk of data.risks) {
    const threat = [
      ...(risk.threat.trim() ? [paraXml([{ text: 'Threat: ', bold: true }, { text: risk.threat.trim() }])] : []),
      ...(risk.vulnerability.trim() ? [paraXml([{ text: 'Vulnerability: ', bold: true }, { text: risk.vulnerability.trim() }])] : []),
    ];
    rows.push(
      '<w:tr><w:trPr><w:cantSplit/></w:trPr>' +
        textCellXml(widths[0]!, risk.ref, { bold: true, colour: COLOURS.heading }) +
        textCellXml(widths[1]!, risk.title) +
        textCellXml(widths[2]!, risk.assetIds.map((id) => assetRefs.get(id) ?? `#${id}`).join('\n')) +
        (threat.length > 0 ? cellXml(widths[3]!, threat.join('')) : textCellXml(widths[3]!, EMPTY)) +
        textCellXml(widths[4]!, risk.owner) +
        inherent(risk.inherentLevel, score(risk.inherentLikelihood, risk.inherentImpact)) +
        textCellXml(widths[6]!, risk.treatment ? TREATMENT_OPTION_LABELS[risk.treatment] : EMPTY) +
        textCellXml(widths[7]!, risk.controlIds.map((id) => `A.${id}`).join(', ')) +
        residual(risk.residualLevel, score(risk.residualLikelihood, risk.residualImpact)) +
        textCellXml(widths[9]!, RISK_STATUS_LABELS[risk.status] ?? risk.status) +
        '</w:tr>',
    );
  }
  return rows.join('');
}

const score = (l: number | null, i: number | null) => (l !== null && i !== null ? `${l} × ${i}` : '');

/** A table whose body rows are written as XML: the header row, then a placeholder row the rows replace. */
function rawTable(marker: string, header: readonly string[], widths: number[]): Table {
  return table([headerRow(header, widths, headerOpts), bodyRow([cell(marker, { columnSpan: widths.length, width: WIDTH })])], { columnWidths: widths });
}

const ABOVE_HEADER = ['Ref', 'Risk', 'Owner', 'Residual\nL × I', 'Treatment', 'Accepted by', 'Accepted on', 'Rationale', 'Problems'];
const ABOVE_WEIGHTS = [0.7, 2.2, 1.1, 0.9, 1, 1.2, 0.9, 4.4, 2.2];
const ABOVE_MARKER = 'ISMS-ABOVE-ACCEPTANCE-ROWS';

function aboveAcceptanceRowsXml(data: RiskExportData, risks: readonly Risk[], widths: number[]): string {
  const level = levelCellsXml(data.method, widths[3]!);
  const rows: string[] = [];
  for (const risk of risks) {
    const problems = acceptanceProblems(data.method, risk);
    rows.push(
      '<w:tr><w:trPr><w:cantSplit/></w:trPr>' +
        textCellXml(widths[0]!, risk.ref, { bold: true, colour: COLOURS.heading }) +
        textCellXml(widths[1]!, risk.title) +
        textCellXml(widths[2]!, risk.owner) +
        level(risk.residualLevel, score(risk.residualLikelihood, risk.residualImpact)) +
        textCellXml(widths[4]!, risk.treatment ? TREATMENT_OPTION_LABELS[risk.treatment] : EMPTY) +
        textCellXml(widths[5]!, risk.acceptedBy) +
        textCellXml(widths[6]!, risk.acceptedOn ? formatDateShort(risk.acceptedOn) : EMPTY) +
        textCellXml(widths[7]!, risk.acceptanceRationale) +
        (problems.length > 0
          ? cellXml(widths[8]!, problems.map((problem) => paraXml([{ text: problem, bold: true, colour: PROBLEM_COLOUR }])).join(''))
          : textCellXml(widths[8]!, 'None: accepted as the method requires', { colour: COLOURS.muted })) +
        '</w:tr>',
    );
  }
  return rows.join('');
}

function aboveAcceptanceSection(risks: readonly Risk[], widths: number[]): Block[] {
  const out: Block[] = [heading('Risks above the acceptance criteria', 1)];
  if (risks.length === 0) return [...out, para('No risk has a residual level above the acceptance criteria.')];
  return [
    ...out,
    para(
      'These risks remain above the acceptance criteria after treatment. Each needs formal acceptance by the authority ' +
        'the method names for its level, or further treatment where retention is not permitted.',
      { keepNext: true },
    ),
    rawTable(ABOVE_MARKER, ABOVE_HEADER, widths),
  ];
}

function registerSection(data: RiskExportData, widths: number[]): Block[] {
  return [
    heading('Risk register', 1, { pageBreakBefore: true }),
    para(
      `All ${plural(data.risks.length, 'risk')} in the register as of ${formatDateLong(data.asOf)}. Levels show the band ` +
        'with the likelihood × impact rating beneath it; controls are Annex A references.',
      { keepNext: true },
    ),
    data.risks.length > 0 ? rawTable(REGISTER_MARKER, REGISTER_HEADER, widths) : para('The register holds no risks yet.'),
  ];
}

/** Replaces each placeholder row in the packed document with the rows written as XML. */
function spliceRows(docx: Uint8Array, splices: readonly (readonly [marker: string, rows: string])[]): Uint8Array {
  const files = unzipSync(docx);
  let xml = strFromU8(files[DOCUMENT_PART]!);
  for (const [marker, rows] of splices) {
    const at = xml.indexOf(marker);
    if (at < 0) continue;
    const start = Math.max(xml.lastIndexOf('<w:tr>', at), xml.lastIndexOf('<w:tr ', at));
    const end = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
    xml = xml.slice(0, start) + rows + xml.slice(end);
  }
  files[DOCUMENT_PART] = strToU8(xml);
  return zipSync(files, { level: 0 });
}

function excludedControlsSection(data: RiskExportData): Block[] {
  const reliedOn = new Map<string, string[]>();
  for (const risk of data.risks) {
    for (const id of risk.controlIds) {
      if (data.soa.get(id)?.applicable !== false) continue;
      const refs = reliedOn.get(id) ?? [];
      refs.push(risk.ref);
      reliedOn.set(id, refs);
    }
  }
  const out: Block[] = [heading('Controls excluded in the SoA but relied on by risks', 1)];
  if (reliedOn.size === 0) {
    return [...out, para('None: every control that a risk relies on is applicable in the Statement of Applicability.')];
  }
  const widths = columnWidths([2.6, 3.4, 2.2], WIDTH);
  const ids = [...reliedOn.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  out.push(
    para(
      'The Statement of Applicability excludes these controls, yet the risks listed rely on them for treatment. ' +
        'Either include the control in the SoA or change the risk\u2019s treatment.',
      { keepNext: true },
    ),
    table(
      [
        headerRow(['Control', 'Exclusion justification in the SoA', 'Risks relying on it'], widths),
        ...ids.map((id) =>
          bodyRow([
            cell(controlLabel(id), { width: widths[0], bold: true, colour: COLOURS.heading }),
            cell(data.soa.get(id)?.exclusionJustification.trim() || 'No justification recorded.', { width: widths[1] }),
            cell(reliedOn.get(id)!.join(', '), { width: widths[2], colour: PROBLEM_COLOUR, bold: true }),
          ]),
        ),
      ],
      { columnWidths: widths },
    ),
  );
  return out;
}

/** Renders the Risk Assessment Report as a .docx; the same data always gives the same bytes. */
export async function buildRiskReportDocx(data: RiskExportData): Promise<Buffer> {
  const registerWidths = columnWidths(REGISTER_WEIGHTS, WIDTH);
  const aboveWidths = columnWidths(ABOVE_WEIGHTS, WIDTH);
  const above = data.risks.filter((r) => isAboveAcceptance(data.method, r.residualLevel));
  const doc = houseDocument(data, {
    title: documentTitle(data, 'risk-report'),
    orientation: ORIENTATION,
    subject: STANDARD,
    keywords: 'ISO/IEC 27001:2022; risk assessment; risk register; heat map',
    children: [
      ...documentCover(data, documentTitle(data, 'risk-report'), STANDARD),
      ...controlSection(data, Math.round(WIDTH * 0.66)),
      ...methodSection(data),
      ...summarySection(data),
      ...heatMapSection(data),
      ...aboveAcceptanceSection(above, aboveWidths),
      ...registerSection(data, registerWidths),
      ...excludedControlsSection(data),
    ],
  });
  const packed = spliceRows(await Packer.toBuffer(doc), [
    [ABOVE_MARKER, aboveAcceptanceRowsXml(data, above, aboveWidths)],
    [REGISTER_MARKER, registerRowsXml(data, registerWidths)],
  ]);
  return normaliseZip(packed, fixedDateFrom(data.asOf));
}
