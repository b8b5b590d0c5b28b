/**
 * Page geometry of every exported document: A4 with the house margins, in either orientation. Word measures in
 * twips (1/20 pt; 567 twips = 1 cm).
 */
import { PageOrientation } from 'docx';

export const TWIPS_PER_CM = 567;
export const cm = (value: number): number => Math.round(value * TWIPS_PER_CM);

const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: cm(2.0), bottom: cm(1.8), left: cm(2.0), right: cm(2.0), header: cm(0.9), footer: cm(0.8) };

export type Orientation = 'portrait' | 'landscape';

/** The page of a section: A4 in the given orientation, with the house margins. */
export function pageSetup(orientation: Orientation) {
  return {
    size: {
      width: A4.width,
      height: A4.height,
      orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: { ...MARGINS, gutter: 0 },
  };
}

/** The width between the margins, in twips. */
export function contentWidth(orientation: Orientation): number {
  const pageWidth = orientation === 'landscape' ? A4.height : A4.width;
  return pageWidth - MARGINS.left - MARGINS.right;
}
