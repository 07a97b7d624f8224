// Splits a text dump into lines with their offsets, indentation, list marker and the number of
// blank lines before each: the raw material every later step of the text cleaner works on.
import { unmarkupLine, withoutFootnoteMarkers } from '../markup.ts';

export interface Line {
  /** The line without its indentation, list marker or trailing spaces (a number at the margin is text, and stays, unless it goes on counting an ordered list). */
  text: string;
  /** Offsets of `text` in the capture's content: [start, end). */
  start: number;
  end: number;
  /** Columns of leading whitespace (tabs count as 4). */
  indent: number;
  /** The list marker the line opened with ("•", "-", "1."), or null (a number kept in the text is none). */
  bullet: string | null;
  /** Blank lines between this line and the previous non-blank one. */
  blanksBefore: number;
  /** Length of the whole line as rendered (indent + marker + text), used to spot hard wraps. */
  width: number;
}

/** East Asian wide characters (CJK ideographs, kana, Hangul, full-width forms): two columns each. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/gu;

/** Columns a line takes on a terminal, as the renderer counted them when it wrapped the text. */
function columns(text: string): number {
  const expanded = text.replace(/\t/g, '    ');
  return expanded.length + (expanded.match(WIDE)?.length ?? 0);
}

const NUMBER_MARKER = /^\d/u;
const BULLET = /^([•◦▪▸►‣○●■□·*+–-]|\d{1,3}[.)])[ \t]+(?=\S)/u;

/**
 * The non-blank lines of `content`, each with where it sits. HTML markup left in a line of running
 * text and entities are read as a browser would show them (unmarkupLine), and renderers'
 * footnote markers ("^[12]") are left out; a line that held only tags counts as blank.
 */
export function splitLines(content: string): Line[] {
  const lines: Line[] = [];
  let blanks = 0;
  let offset = 0;
  /** The number of the ordered list's item last read, while the list goes on (its lines indented). */
  let itemNumber: number | null = null;
  while (offset <= content.length) {
    let next = content.indexOf('\n', offset);
    if (next === -1) next = content.length;
    const raw = content.slice(offset, next).replace(/\r$/, '');
    const shown = withoutFootnoteMarkers(unmarkupLine(raw));
    // A line-breaking tag inside the line ("…<br>…") splits it; its parts keep the line's offsets.
    const parts = shown === raw ? [raw] : shown.split('\n');
    for (const part of parts) {
      const trimmedEnd = part.replace(/\s+$/u, '');
      const leading = /^[ \t\u00a0\u3000]*/u.exec(trimmedEnd)![0];
      if (trimmedEnd.length === leading.length) {
        blanks += 1;
        continue;
      }
      let body = trimmedEnd.slice(leading.length);
      const found = part === raw ? leading.length : raw.indexOf(body);
      let start = offset + Math.max(0, found);
      const marker = BULLET.exec(body);
      // A "1." followed by a capitalised sentence is a list item; "-" opening a number ("-5%") is not.
      const opened = marker && !/^[-–]\d/.test(body) ? marker[1]! : null;
      const number = opened && NUMBER_MARKER.test(opened) ? Number.parseInt(opened, 10) : null;
      // A number at the margin is the page's own text ("1. Choose the pot", "3. Klasse", "1. Januar"):
      // a renderer indents the items of an ordered list, so only an indented number is its marker,
      // and the item after one right-aligned (" 9." then "10." at the margin) as it goes on counting.
      const bullet = number === null || leading.length > 0 || (itemNumber !== null && number === itemNumber + 1) ? opened : null;
      if (bullet && marker) {
        body = body.slice(marker[0].length);
        start += marker[0].length;
      }
      if (bullet && number !== null) itemNumber = number;
      else if (leading.length === 0) itemNumber = null;
      lines.push({
        text: body,
        start: Math.min(start, offset + raw.length),
        end: Math.min(start + body.length, offset + raw.length),
        indent: leading.replace(/\t/g, '    ').length,
        bullet,
        blanksBefore: lines.length === 0 ? 0 : blanks,
        // The renderer wrapped the line as printed, markers and all.
        width: columns(parts.length === 1 ? raw.replace(/\s+$/u, '') : trimmedEnd),
      });
      blanks = 0;
    }
    offset = next + 1;
  }
  return lines;
}

/**
 * The column the dump was hard-wrapped at, or null when its lines were not wrapped: the longest
 * line, provided enough lines come close to it (a few very long unwrapped lines do not count).
 */
export function wrapWidth(lines: readonly Line[]): number | null {
  if (lines.length === 0) return null;
  const widths = lines.map((line) => line.width).sort((a, b) => b - a);
  const needed = Math.max(3, Math.ceil(lines.length * 0.05));
  for (let i = 0; i + needed - 1 < widths.length; i++) {
    // A wrapped dump has almost no line longer than its wrap column (only unbreakable URLs and the like).
    const candidate = widths[i]!;
    if (candidate < 40) return null;
    if (widths[i + needed - 1]! >= candidate * 0.85) return candidate;
    if (i >= Math.max(2, lines.length * 0.01)) return null;
  }
  return null;
}
