/**
 * QR codes drawn at build time as SVG path data, with the maintained
 * `qrcode-generator` library: no request to any service, no script on the page.
 */
import qrcode from 'qrcode-generator';

/** The modules (dark = true) of a QR code for an ASCII text such as a URL; error correction level M. */
export function qrModules(text: string): boolean[][] {
  if (!/^[\x20-\x7e]+$/.test(text)) {
    throw new Error(`QR codes here carry ASCII text only (a URL is always ASCII once encoded), got "${text}"`);
  }
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
}

export interface QrPath {
  /** Width and height of the drawing in modules, quiet zone included. */
  size: number;
  /** SVG path data: one rectangle per run of dark modules in a row. */
  d: string;
}

/** Path data for the modules with a quiet zone of `margin` modules around them (4 is the standard's minimum). */
export function qrPath(modules: boolean[][], margin = 4): QrPath {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start + margin} ${y + margin}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size: modules.length + 2 * margin, d: parts.join('') };
}

/** Worked out once per text and margin: a sheet of wallet cards repeats the same code many times. */
export function qrSvgPath(text: string, margin = 4): QrPath {
  const key = `${margin} ${text}`;
  let path = drawn.get(key);
  if (!path) drawn.set(key, (path = qrPath(qrModules(text), margin)));
  return path;
}
const drawn = new Map<string, QrPath>();
