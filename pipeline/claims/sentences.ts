// Sentences with character offsets: each line of the document text is a paragraph (the cleaner has
// already rejoined hard-wrapped lines), split into sentences by parse-english's nlcst tree, then
// sentences that only ended on a known abbreviation ("No.", "vs.") are joined back.
import { ParseEnglish } from 'parse-english';
import type { Paragraph as NlcstParagraph, Root, Sentence as NlcstSentence } from 'nlcst';

export interface Sentence {
  /** Offset of the first character in the document text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  text: string;
  /** Index of the paragraph (line) the sentence belongs to, for pronoun resolution. */
  paragraph: number;
}

const parser = new ParseEnglish();

const FINAL_ABBREVIATION = /([\p{L}°]+)\.$/u;
const FINAL_WORD_TAIL = 64;

/** The word before a sentence-final full stop, if the sentence ends with "<word>.". */
function finalAbbreviationCandidate(text: string): string | null {
  // The pattern is tried from every offset of the sentence; its tail alone decides, unless the
  // word reaches back to the cut (which may also split a surrogate pair), then the whole is read.
  if (text.length > FINAL_WORD_TAIL) {
    const tail = FINAL_ABBREVIATION.exec(text.slice(-FINAL_WORD_TAIL));
    if (!tail) return null;
    if (tail.index > 1) return tail[1]!;
  }
  const match = FINAL_ABBREVIATION.exec(text);
  return match ? match[1]! : null;
}

function sentencesOfParagraph(paragraphText: string): Array<[number, number]> {
  const tree: Root = parser.parse(paragraphText);
  const spans: Array<[number, number]> = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of (paragraph as NlcstParagraph).children) {
      if (node.type !== 'SentenceNode') continue;
      const sentence = node as NlcstSentence;
      const start = sentence.position?.start.offset;
      const end = sentence.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      spans.push([start, end]);
    }
  }
  return spans;
}

/** A non-blank line of the text and the parser's sentence spans in it. */
export interface ParsedLine {
  from: number;
  text: string;
  spans: Array<[number, number]>;
}

/**
 * The text's lines with their sentence spans: the same for every language pack, so parsed once.
 * A line `worthParsing` rejects gets no sentences.
 */
export function parseLines(text: string, worthParsing: (line: string) => boolean = () => true): ParsedLine[] {
  const lineBreak = /\r?\n|\r/g;
  let lineStart = 0;
  const lines: Array<[number, number]> = [];
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push([lineStart, match.index]);
    lineStart = match.index + match[0].length;
  }
  lines.push([lineStart, text.length]);
  const parsed: ParsedLine[] = [];
  for (const [lineFrom, lineTo] of lines) {
    const line = text.slice(lineFrom, lineTo);
    if (line.trim() === '') continue;
    // A line not worth parsing still counts as a paragraph, so the others keep their numbers.
    parsed.push({ from: lineFrom, text: line, spans: worthParsing(line) ? sentencesOfParagraph(line) : [] });
  }
  return parsed;
}

/**
 * Splits the document text into sentences; offsets index the original string. `lines` lets a
 * caller that splits one text for several packs parse it once.
 */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>, lines: readonly ParsedLine[] = parseLines(text)): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const { from: lineFrom, text: line, spans } of lines) {
    let pending: [number, number] | null = null;
    for (const [from, to] of spans) {
      if (pending) {
        const candidate = finalAbbreviationCandidate(line.slice(pending[0], pending[1]));
        if (candidate !== null && abbreviations.has(candidate)) {
          pending = [pending[0], to];
          continue;
        }
        sentences.push({ start: lineFrom + pending[0], end: lineFrom + pending[1], text: line.slice(pending[0], pending[1]), paragraph });
      }
      pending = [from, to];
    }
    if (pending) sentences.push({ start: lineFrom + pending[0], end: lineFrom + pending[1], text: line.slice(pending[0], pending[1]), paragraph });
    paragraph += 1;
  }
  return sentences;
}
