// The inverted-index francAll (pipeline/text/trigram-distances.ts) gives franc's own tuples: the same
// languages, in the same order, with the same scores, on texts of several scripts, lengths and edge
// cases (digits only, too short, single-language scripts, text past franc's 2,048-character sample).
import { francAll as francOwn } from 'franc';
import { describe, expect, it } from 'vitest';
import { francAll } from '../../pipeline/text/trigram-distances.ts';

const TEXTS = [
  'The committee met on Tuesday to discuss the budget, and members agreed to postpone the vote until next month.',
  'Le conseil municipal a voté mardi soir le budget de la ville, malgré l’opposition de plusieurs élus de la majorité.',
  'Der Stadtrat hat am Dienstag den Haushalt beschlossen, obwohl mehrere Mitglieder der Opposition dagegen stimmten.',
  'El gobierno anunció ayer nuevas medidas para reducir la inflación, que alcanzó su nivel más alto en dos décadas.',
  'Правительство объявило о новых мерах по снижению инфляции, которая достигла самого высокого уровня за двадцать лет.',
  'أعلنت الحكومة أمس عن إجراءات جديدة لخفض التضخم الذي بلغ أعلى مستوى له منذ عقدين من الزمن في البلاد.',
  'Η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για τη μείωση του πληθωρισμού, ο οποίος έφτασε στο υψηλότερο επίπεδο.',
  '政府昨天宣布了降低通货膨胀的新措施，通货膨胀率已达到二十年来的最高水平。政府昨天宣布了新措施。',
  'सरकार ने कल मुद्रास्फीति को कम करने के लिए नए उपायों की घोषणा की, जो दो दशकों में सबसे ऊंचे स्तर पर पहुंच गई।',
  '2024 — 12 — 31 / 45 / 98 — 100 000 — 3.14 — 2.71 — 1.41 — 42 — 17',
  'short',
  'aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa',
  // Mixed scripts and mixed case, punctuation runs, a repeated word (counts above 1).
  'NATO and the EU: talks, talks, talks!!! — Путин said «нет» 3 times; la la la la la the the the of of of',
  // Past the 2,048-character sample, so the cut is the same.
  'Tourism officials in the region said bookings had doubled since the spring. '.repeat(40),
];

describe('francAll from an inverted trigram index', () => {
  for (const text of TEXTS) {
    it(`equals franc's on “${text.slice(0, 30)}…”`, () => {
      expect(francAll(text, 10)).toEqual(francOwn(text, { minLength: 10 }));
      expect(francAll(text, 40)).toEqual(francOwn(text, { minLength: 40 }));
    });
  }

  it("equals franc's on texts cut from each other at many places", () => {
    const all = TEXTS.join(' ');
    for (let start = 0; start < all.length; start += 97) {
      const text = all.slice(start, start + 40 + (start % 600));
      expect(francAll(text, 10)).toEqual(francOwn(text, { minLength: 10 }));
    }
  });
});
