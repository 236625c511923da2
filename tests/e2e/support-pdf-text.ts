import { inflateSync } from 'node:zlib';

// Just enough of a PDF reader to check what Chromium's page.pdf() printed: it inflates the content
// streams, maps each font's glyph codes back to text through its ToUnicode CMap, and returns the text
// runs in order. Chromium (Skia) writes plain objects with FlateDecode streams and Type0 fonts, which is
// all this handles; it saves a native dependency (poppler) on CI machines.

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const s = body.indexOf('stream');
    let stream: Buffer | null = null;
    let dict = body;
    if (s >= 0 && /\/Length\s+\d+/.test(body.slice(0, s))) {
      dict = body.slice(0, s);
      const length = Number(/\/Length\s+(\d+)/.exec(dict)?.[1]);
      let dataStart = start + s + 'stream'.length;
      if (text[dataStart] === '\r') dataStart++;
      if (text[dataStart] === '\n') dataStart++;
      const raw = pdf.subarray(dataStart, dataStart + length);
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    }
    objects.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return objects;
}

function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexToString = (hex: string): string => {
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return out;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(parseInt(pair[1] ?? '0', 16), hexToString(pair[2] ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const r of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(r[1] ?? '0', 16);
      const hi = parseInt(r[2] ?? '0', 16);
      const dst = r[3] ?? '';
      if (dst.startsWith('[')) {
        [...dst.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((d, k) => map.set(lo + k, hexToString(d[1] ?? '')));
      } else {
        const base = hexToString(dst.slice(1, -1));
        for (let c = lo; c <= hi; c++) map.set(c, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (c - lo)));
      }
    }
  }
  return map;
}

/** Every text run of the PDF, pages in order, runs separated by spaces and lines by newlines. */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const deref = (dict: string, key: string): string => {
    const ref = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
    return ref ? (objects.get(Number(ref[1]))?.dict ?? '') : dict;
  };
  const cmaps = new Map<number, Map<number, string>>();
  for (const [id, obj] of objects) {
    const ref = /\/ToUnicode\s+(\d+) 0 R/.exec(obj.dict);
    const stream = ref ? objects.get(Number(ref[1]))?.stream : null;
    if (stream) cmaps.set(id, parseCMap(stream.toString('latin1')));
  }
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page\b/.test(o.dict));
  const out: string[] = [];
  for (const page of pages) {
    const resources = deref(page.dict, 'Resources');
    const fontDict = /\/Font\s*(<<[\s\S]*?>>)/.exec(resources)?.[1] ?? deref(resources, 'Font');
    const fonts = new Map<string, number>();
    for (const f of fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) fonts.set(f[1] ?? '', Number(f[2]));
    const contentIds = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1]));
    for (const id of contentIds) {
      const content = objects.get(id)?.stream?.toString('latin1') ?? '';
      let cmap: Map<number, string> | undefined;
      const tokens = content.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|(\[(?:[^\]\\]|\\.)*\])\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\bET\b/g);
      for (const t of tokens) {
        if (t[1]) cmap = cmaps.get(fonts.get(t[1]) ?? -1);
        else if (t[0] === 'ET') out.push('\n');
        else {
          const hexes = t[2] ? [...t[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1] ?? '') : [t[3] ?? ''];
          let run = '';
          for (const hex of hexes) {
            for (let i = 0; i + 4 <= hex.length; i += 4) run += cmap?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
          }
          out.push(run, ' ');
        }
      }
    }
  }
  // NFKC turns the font's ligatures (ﬁ, ﬀ) back into letters.
  return out
    .join('')
    .normalize('NFKC')
    .replace(/[ \t]+/g, ' ');
}
