// Rejoins hard-wrapped lines into paragraphs: lines a renderer broke at its column width (with or
// without blank lines between them) go back together; list items, short lines and labelled lines
// stay apart.
import type { Line } from './lines.ts';
import { FRAGMENT } from '../../lexicon/index.ts';

export interface Segment {
  lines: Line[];
  /** The rejoined text, whitespace-normalised. */
  text: string;
  start: number;
  end: number;
  bullet: string | null;
  indent: number;
  blanksBefore: number;
}

const SENTENCE_END = /[.!?…。！？؟:;][”"’'»)\]]*$/u;
const STARTS_LOWER = /^[“"‘'(«]?[\p{Ll}\d]/u;
const HYPHEN_BREAK = /\p{L}[-‐]$/u;
const UNSPACED_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFF60]$/u;
const UNSPACED_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFF60]/u;
const LABEL = /^[\p{L}][\p{L} .]{1,25}:\s/u;
/** A byline's lead-in and a capitalised name ("by Jane Doe", "von Jana Roth"): a line of its own. */
const LEAD_IN_NAME = new RegExp(`^${FRAGMENT.leadIn}\\s+\\p{Lu}`, 'u');

const isWrapped = (line: Line, width: number | null) => width !== null && line.width >= width * 0.8;

/** Does `next` continue the paragraph that `previous` (the last line so far) belongs to? */
function continues(previous: Line, next: Line, width: number | null, longest: number, nextIsLast: boolean, nextEndsSentence: boolean): boolean {
  if (next.bullet) return false;
  if (HYPHEN_BREAK.test(previous.text) && /^\p{L}/u.test(next.text)) return true;
  if (SENTENCE_END.test(previous.text) && !isWrapped(previous, width)) return false;
  if (next.blanksBefore === 0) {
    // A wrapped bullet item continues on indented lines; other lines keep the paragraph's indent.
    if (previous.indent !== next.indent && !(previous.bullet || next.indent > previous.indent)) return false;
    if (isWrapped(previous, width)) return true;
    if (SENTENCE_END.test(previous.text)) return false;
    // Chinese and Japanese have no case and no spaces: a line as long as the dump's longest that
    // stops mid-sentence between two such characters was wrapped, even where the dump is too short
    // to tell its wrap column (shorter lines are the page's own line breaks).
    const cutWide = UNSPACED_END.test(previous.text) && UNSPACED_START.test(next.text) && previous.width >= longest * 0.8;
    return STARTS_LOWER.test(next.text) || cutWide;
  }
  // Across a blank line: only a sentence that was visibly cut, never a labelled line.
  if (next.blanksBefore > 1 || SENTENCE_END.test(previous.text) || LABEL.test(next.text)) return false;
  // A byline printed under its headline opens in lower case too ("by Jane Doe"), but starts a line.
  if (LEAD_IN_NAME.test(next.text)) return false;
  // A short line ("Jane Doe") before a blank is a line of its own, whatever follows it.
  if (!isWrapped(previous, width) && previous.text.split(/\s+/).length < 8) return false;
  if (STARTS_LOWER.test(next.text)) return true;
  return isWrapped(previous, width) && (isWrapped(next, width) || (nextIsLast && nextEndsSentence));
}

function joinText(lines: readonly Line[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line.text;
    else if (HYPHEN_BREAK.test(text) && /^\p{L}/u.test(line.text)) text += line.text;
    // Scripts written without spaces are wrapped mid-sentence: the halves join with no space.
    else if (UNSPACED_END.test(text) && UNSPACED_START.test(line.text)) text += line.text;
    else text += ` ${line.text}`;
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/** Groups lines into paragraphs, rejoining hard wraps. Linear in the number of lines. */
export function segmentLines(lines: readonly Line[], width: number | null): Segment[] {
  const groups: Line[][] = [];
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.width);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const current = groups[groups.length - 1];
    const previous = current?.[current.length - 1];
    // Look one line ahead: a blank-separated continuation that ends the paragraph is short.
    const following = lines[i + 1];
    const nextIsLast = !following || following.blanksBefore > 0 || following.bullet !== null;
    if (current && previous && continues(previous, line, width, longest, nextIsLast, SENTENCE_END.test(line.text))) current.push(line);
    else groups.push([line]);
  }
  return groups.map((group) => ({
    lines: group,
    text: joinText(group),
    start: group[0]!.start,
    end: group[group.length - 1]!.end,
    bullet: group[0]!.bullet,
    indent: group[0]!.indent,
    blanksBefore: group[0]!.blanksBefore,
  }));
}
