const DARK_TEXT = '#1d2733';
const LIGHT_TEXT = '#ffffff';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The text colour (dark or white) with the better contrast on a band's #rrggbb colour. */
export function readableTextOn(background: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(background)) return DARK_TEXT;
  const bg = luminance(background);
  const onDark = (bg + 0.05) / (luminance(DARK_TEXT) + 0.05);
  const onLight = 1.05 / (bg + 0.05);
  return onDark >= onLight ? DARK_TEXT : LIGHT_TEXT;
}
