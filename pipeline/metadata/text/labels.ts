// Reads labelled metadata printed in a text dump: "Published …", "Last updated: …", "1.1k Views",
// "3 Min Read", "vol. XII(1)", "Pages 51-63", "Keywords: …", "Download PDF • 239KB". Each reader
// takes one line of text and returns the value it states, or null.
import type { Attachment } from '../../records/document.ts';
import { parseDate } from '../common/dates.ts';

const PUBLISHED_LABEL =
  /\b(?:published(?: on)?|posted(?: on)?|first published|date|publié(?: le)?|publicado(?: el)?|veröffentlicht(?: am)?|pubblicato(?: il)?|опубликовано|نشر(?: في)?|تاريخ النشر)\s*[:：]?\s*/giu;
const UPDATED_LABEL =
  /\b(?:last updated|updated(?: on)?|last modified|modified|mis à jour(?: le)?|actualizado(?: el)?|aktualisiert(?: am)?|aggiornato(?: il)?|обновлено|تم التحديث|آخر تحديث)\s*[:：]?\s*/giu;

function dateAfter(label: RegExp, text: string, language: string | null): string | null {
  label.lastIndex = 0;
  for (let match = label.exec(text); match; match = label.exec(text)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    const parsed = parseDate(after, { language });
    // The date must start right after the label, not somewhere further along the line.
    if (parsed && after.indexOf(parsed.text) <= 3) return parsed.value;
  }
  return null;
}

export const readPublished = (text: string, language: string | null) => dateAfter(PUBLISHED_LABEL, text, language);
export const readUpdated = (text: string, language: string | null) => dateAfter(UPDATED_LABEL, text, language);

const MULTIPLIER: Record<string, number> = { k: 1_000, m: 1_000_000 };

/** "1.1k Views" → 1100; "2,345 views" → 2345. */
export function readViews(text: string): number | null {
  const match = /(?<![\d.,])(\d[\d,.]*)\s*([kKmM])?\s*(?:views?|vues|visualizaciones|aufrufe|просмотр\w*|مشاهدة)\b/iu.exec(text);
  if (!match) return null;
  const suffix = match[2]?.toLowerCase();
  const digits = match[1]!;
  const value = suffix ? Number(digits.replace(',', '.')) * MULTIPLIER[suffix]! : Number(digits.replace(/[.,](?=\d{3}\b)/g, ''));
  return Number.isFinite(value) ? Math.round(value) : null;
}

/** "3 Min Read", "5 minute read", "Lecture : 4 min". */
export function readReadingTime(text: string): number | null {
  const match =
    /(\d{1,3})\s*(?:min(?:ute)?s?|мин\w*)\.?\s*(?:read|de lecture|lectura|lesezeit|чтения|قراءة)\b/iu.exec(text) ??
    /(?:reading time|temps de lecture|lecture|lesezeit|tiempo de lectura)\s*[:：]?\s*(\d{1,3})\s*min/iu.exec(text);
  return match ? Number(match[1]) : null;
}

/** "vol. XII(1)", "Volume 12, Issue 3", "Vol. 4, No. 2". */
export function readVolumeIssue(text: string): { volume: string; issue: string | null } | null {
  const match = /\bvol(?:ume|\.)?\s*([IVXLCDM]+|\d+)\b\s*(?:\(\s*([\w-]+)\s*\)|[,;]?\s*(?:no\.?|issue|number|num\.?|n°)\s*([\w-]+))?/iu.exec(text);
  if (!match) return null;
  return { volume: match[1]!, issue: match[2] ?? match[3] ?? null };
}

/** "Pages 51-63", "pp. 51–63", "p. 7". */
export function readPages(text: string): { first: number; last: number | null } | null {
  const match = /\b(?:pages?|pp?\.|стр\.|с\.)\s*:?\s*(\d{1,5})(?:\s*[-–—]\s*(\d{1,5}))?\b/iu.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const last = match[2] ? Number(match[2]) : null;
  return last !== null && last < first ? null : { first, last };
}

const KEYWORDS_LABEL =
  /^(?:key\s?words?|mots[- ]clés|palabras clave|schlüsselwörter|parole chiave|palavras-chave|ключевые слова|الكلمات المفتاحية)\s*[:：.—-]\s*/iu;

/** "Keywords: a, b, c." → ["a", "b", "c"]. */
export function readKeywords(text: string): string[] | null {
  const match = KEYWORDS_LABEL.exec(text);
  if (!match) return null;
  const list = text
    .slice(match[0].length)
    .replace(/[.。]\s*$/u, '')
    .split(/\s*[,;،]\s*/u)
    .map((keyword) => keyword.trim())
    .filter(Boolean);
  return list.length ? list : null;
}

const FILE_TYPE = /\b(pdf|epub|docx?|xlsx?|pptx?|csv|zip|mobi)\b/iu;
const SIZE = /\b(\d+(?:[.,]\d+)?\s?[KMG]i?B)\b/iu;

/** "Download PDF • 239KB" → {label: "PDF", size_text: "239KB", url: null}. */
export function readAttachment(text: string): Attachment | null {
  const type = FILE_TYPE.exec(text);
  if (!type) return null;
  return { label: type[1]!.toUpperCase(), size_text: SIZE.exec(text)?.[1] ?? null, url: null };
}

export const ABSTRACT_LABEL =
  /^(?:abstract|summary|résumé|resumen|zusammenfassung|riassunto|resumo|аннотация|резюме|ملخص)\s*[:.—–-]\s*/iu;
export const SUMMARY_BY = /^(?:summary|summarised|summarized|résumé|resumen)\s+(?:by|par|por)\s+\S/iu;
