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

/** The word before a sentence-final full stop, if the sentence ends with "<word>.". */
function finalAbbreviationCandidate(text: string): string | null {
  const match = /([\p{L}°]+)\.$/u.exec(text);
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

/** Splits the document text into sentences; offsets index the original string. */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const sentences: Sentence[] = [];
  const lineBreak = /\r?\n|\r/g;
  let lineStart = 0;
  let paragraph = 0;
  const lines: Array<[number, number]> = [];
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push([lineStart, match.index]);
    lineStart = match.index + match[0].length;
  }
  lines.push([lineStart, text.length]);
  for (const [lineFrom, lineTo] of lines) {
    const line = text.slice(lineFrom, lineTo);
    if (line.trim() === '') continue;
    let pending: [number, number] | null = null;
    for (const [from, to] of sentencesOfParagraph(line)) {
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
