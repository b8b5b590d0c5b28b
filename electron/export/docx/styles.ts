/**
 * The house style of every Word document the workbook exports: named fonts, real Word paragraph styles (Title,
 * Subtitle, Heading 1-3 with outline levels so a table of contents fills), one table style and a restrained colour
 * palette. Page geometry is in page-setup.ts; the builders for the paragraphs and tables the documents are made of
 * are in text-blocks.ts and table-blocks.ts.
 *
 * Documents use those builders instead of formatting text directly, so a user who restyles "Heading 1" or the
 * "ISMS Table" style in Word restyles the whole document.
 */
import { BorderStyle, LineRuleType, type IPropertiesOptions } from 'docx';

// ---------------------------------------------------------------------------------------------------------------
// Palette and fonts

/** Fonts are named explicitly: Word uses Calibri, LibreOffice on Linux renders it with metric-compatible Carlito. */
export const FONT = 'Calibri';

export const COLOURS = {
  /** Headings and the title: dark navy-slate. */
  heading: '1F3A5F',
  /** Body text: near-black, softer than pure black on screen. */
  text: '222A35',
  /** Secondary text: captions, header and footer, cover metadata. */
  muted: '5B6675',
  /** Accent rules under the title and around the header/footer. */
  accent: '2E5C8A',
  /** Table grid lines. */
  border: 'A7B0BC',
  /** Table header rows. */
  headerFill: 'E3E7EC',
  /** Group rows inside a table (e.g. one per Annex A theme). */
  groupFill: 'D5DEE9',
  /** Label column of label/value tables. */
  labelFill: 'F2F4F7',
  white: 'FFFFFF',
} as const;

/** Sizes in half-points, as Word stores them. */
export const SIZES = {
  body: 20, // 10 pt
  table: 18, // 9 pt
  tableCompact: 16, // 8 pt
  small: 16, // 8 pt
  title: 56, // 28 pt
  subtitle: 30, // 15 pt
  heading1: 30, // 15 pt
  heading2: 24, // 12 pt
  heading3: 21, // 10.5 pt
} as const;

/** Paragraph and table style ids written into styles.xml; documents refer to them by id. */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  tableText: 'TableText',
  tableTextCompact: 'TableTextCompact',
  tableHeading: 'TableHeading',
  coverMeta: 'CoverMeta',
  headerFooter: 'HeaderFooter',
  table: 'IsmsTable',
} as const;

export type TextStyle = typeof STYLE.tableText | typeof STYLE.tableTextCompact;

// ---------------------------------------------------------------------------------------------------------------
// Styles

/** Cell padding in twips: compact but never touching the grid lines. */
const CELL_MARGIN = { top: 40, bottom: 40, left: 85, right: 85 };

function tableStyleXml(): string {
  const side = (name: string) =>
    `<w:${name} w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.border}"/>`;
  return (
    `<w:style w:type="table" w:styleId="${STYLE.table}">` +
    '<w:name w:val="ISMS Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
    '<w:tblPr><w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(side).join('') +
    '</w:tblBorders><w:tblCellMar>' +
    `<w:top w:w="${CELL_MARGIN.top}" w:type="dxa"/><w:left w:w="${CELL_MARGIN.left}" w:type="dxa"/>` +
    `<w:bottom w:w="${CELL_MARGIN.bottom}" w:type="dxa"/><w:right w:w="${CELL_MARGIN.right}" w:type="dxa"/>` +
    '</w:tblCellMar></w:tblPr>' +
    '</w:style>'
  );
}

const headingRun = (size: number) => ({ font: FONT, size, bold: true, color: COLOURS.heading });

const STYLES_NAMESPACES =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"';

/**
 * The styling options of every exported document, to spread into `new Document({...})`: docx's default styles
 * with the house Title, Heading 1-3 and document defaults, the house paragraph styles, and the "ISMS Table" table
 * style (docx has no option for table styles, so it comes in as a one-style external styles part, which docx
 * merges with its defaults).
 */
export function documentStyling(): Pick<IPropertiesOptions, 'styles' | 'externalStyles'> {
  return {
    externalStyles: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${STYLES_NAMESPACES}>${tableStyleXml()}</w:styles>`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZES.body, color: COLOURS.text },
          paragraph: { spacing: { before: 0, after: 120, line: 264, lineRule: LineRuleType.AUTO } },
        },
        title: {
          name: 'Title',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          quickFormat: true,
          run: { font: FONT, size: SIZES.title, bold: true, color: COLOURS.heading },
          paragraph: {
            spacing: { before: 0, after: 160, line: 240, lineRule: LineRuleType.AUTO },
            border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLOURS.accent, space: 6 } },
          },
        },
        heading1: {
          name: 'heading 1',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          quickFormat: true,
          run: headingRun(SIZES.heading1),
          paragraph: { outlineLevel: 0, keepNext: true, keepLines: true, spacing: { before: 360, after: 120 } },
        },
        heading2: {
          name: 'heading 2',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          quickFormat: true,
          run: headingRun(SIZES.heading2),
          paragraph: { outlineLevel: 1, keepNext: true, keepLines: true, spacing: { before: 240, after: 80 } },
        },
        heading3: {
          name: 'heading 3',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          quickFormat: true,
          run: { ...headingRun(SIZES.heading3), color: COLOURS.accent },
          paragraph: { outlineLevel: 2, keepNext: true, keepLines: true, spacing: { before: 200, after: 60 } },
        },
      },
      paragraphStyles: [
        {
          id: STYLE.subtitle,
          name: 'Subtitle',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          quickFormat: true,
          run: { font: FONT, size: SIZES.subtitle, color: COLOURS.muted },
          paragraph: { spacing: { before: 0, after: 360 } },
        },
        {
          id: STYLE.tableText,
          name: 'Table Text',
          basedOn: STYLE.normal,
          quickFormat: true,
          run: { font: FONT, size: SIZES.table },
          paragraph: { spacing: { before: 0, after: 0, line: 252, lineRule: LineRuleType.AUTO } },
        },
        {
          id: STYLE.tableTextCompact,
          name: 'Table Text Compact',
          basedOn: STYLE.tableText,
          quickFormat: true,
          run: { size: SIZES.tableCompact },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
        {
          id: STYLE.tableHeading,
          name: 'Table Heading',
          basedOn: STYLE.tableText,
          quickFormat: true,
          run: { bold: true, color: COLOURS.heading },
          paragraph: { keepNext: true },
        },
        {
          id: STYLE.coverMeta,
          name: 'Cover Details',
          basedOn: STYLE.normal,
          run: { font: FONT, size: 22, color: COLOURS.muted },
          paragraph: { spacing: { before: 0, after: 60 } },
        },
        {
          id: STYLE.headerFooter,
          name: 'Header Footer Text',
          basedOn: STYLE.normal,
          run: { font: FONT, size: SIZES.small, color: COLOURS.muted },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      ],
    },
  };
}
