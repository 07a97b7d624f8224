// Unit tests for byline parsing: lead-ins, lists, roles, anonymous bylines, organisations.
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../pipeline/metadata/authors.ts';

const names = (text: string, siteName?: string) => parseByline(text, { siteName }).map((a) => a.name);

describe('parseByline', () => {
  it('reads a piece noun and its lead-in with no name after them as no author', () => {
    expect(names('Ein Artikel von')).toEqual([]);
    expect(names('An article by:')).toEqual([]);
    expect(names('Ein Artikel von Tom Weber')).toEqual(['Tom Weber']);
  });
  it('ends the names at a date label in any script, whole words only', () => {
    expect(names('Par Jean Dupont, publié le 3 mai 2021')).toEqual(['Jean Dupont']);
    expect(names('Иван Петров Опубликовано 12 мая 2021')).toEqual(['Иван Петров']);
    // Inside a hyphenated name the label's word is the name's.
    expect(names('Par Amélie Créé-Dupont')).toEqual(['Amélie Créé-Dupont']);
  });
  it('reads several credits joined before one colon as the lead-in of the names that did them all', () => {
    expect(names('Text, Fotos: Jane Doe')).toEqual(['Jane Doe']);
    expect(names('Text und Fotos: Jane Doe')).toEqual(['Jane Doe']);
    expect(names('Words & Photos: Jane Doe')).toEqual(['Jane Doe']);
    // A word that only starts like a credit is a name's, and a label after the names still ends them.
    expect(names('Textor Lang, Photos: Jane Doe')).toEqual(['Textor Lang']);
    expect(names('Par Claire Morel, Photo : Marc Petit')).toEqual(['Claire Morel']);
  });
  it('reads a lone little word that leads into a date as no name', () => {
    const inLanguage = (text: string, language: string) => parseByline(text, { language }).map((a) => a.name);
    // The date read in the page's language, and not read (an English page quoting a German line).
    expect(inLanguage('vom 12. Mai 2021', 'de')).toEqual([]);
    expect(inLanguage('vom 12. Mai 2021', 'en')).toEqual([]);
    expect(inLanguage('am 3. März 2020', 'de')).toEqual([]);
    expect(inLanguage('on 4 June 2019', 'en')).toEqual([]);
    // Lower-case particles inside a name stay.
    expect(inLanguage('par Jean de la Fontaine le 12 mai 2021', 'fr')).toEqual(['Jean de la Fontaine']);
  });
  it('strips "By" and splits on "and", "&" and commas', () => {
    expect(names('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(names('Jane Doe, John Roe & Ann Lee')).toEqual(['Jane Doe', 'John Roe', 'Ann Lee']);
    expect(names('Par Jean Dupont et Marie Curie')).toEqual(['Jean Dupont', 'Marie Curie']);
  });
  it('takes a job printed before a full name off it, and keeps honorifics and one-word surnames', () => {
    expect(names('Redakteur Max Muster')).toEqual(['Max Muster']);
    expect(names('Von Reise-Expertin Lena Hartmann')).toEqual(['Lena Hartmann']);
    expect(names('Senior Writer Jane Doe and Staff Writer John Roe')).toEqual(['Jane Doe', 'John Roe']);
    // A role-like first name before a one-word surname, and a title that is part of the name, stay.
    expect(names('Junior Seau')).toEqual(['Junior Seau']);
    expect(names('Dr Jane Doe')).toEqual(['Dr Jane Doe']);
    // After a name, a role and its employer are still no author.
    expect(names('Jane Doe, Senior Fellow at Example Institute')).toEqual(['Jane Doe']);
  });
  it('credits both speakers of an interview byline', () => {
    expect(names('Hanna Berger im Gespräch mit Jonas Wirth')).toEqual(['Hanna Berger', 'Jonas Wirth']);
    expect(names('Jane Doe in conversation with John Roe')).toEqual(['Jane Doe', 'John Roe']);
    // "mit" alone is not the phrase: one name stays one name.
    expect(names('Von Hanna Mitterer')).toEqual(['Hanna Mitterer']);
  });
  it('splits on conjunctions only as whole words, in any script', () => {
    // "Renée" ends in "e", the Italian "and", after a letter JavaScript's \\b does not know.
    expect(parseByline('Renée Dupont')).toEqual([{ name: 'Renée Dupont', type: 'person' }]);
    expect(parseByline('Par Aimée Martin et Chloé Durand').map((a) => a.name)).toEqual(['Aimée Martin', 'Chloé Durand']);
    expect(parseByline('Иван Петров и Анна Смирнова').map((a) => a.name)).toEqual(['Иван Петров', 'Анна Смирнова']);
  });

  it('reads names out of author archive captions, label lead-ins and category trailers', () => {
    expect(parseByline('View all posts by Jane Doe')).toEqual([{ name: 'Jane Doe', type: 'person' }]);
    expect(parseByline('Zeige alle Beiträge von Petra Muster →').map((a) => a.name)).toEqual(['Petra Muster']);
    expect(parseByline('Voir tous les articles de Jean Dupont').map((a) => a.name)).toEqual(['Jean Dupont']);
    expect(parseByline('Autorin: Anna Beispiel').map((a) => a.name)).toEqual(['Anna Beispiel']);
    expect(parseByline('Interview: Julia Muster').map((a) => a.name)).toEqual(['Julia Muster']);
    expect(parseByline('Barbara Muster / Kategorien: Event, Fashion').map((a) => a.name)).toEqual(['Barbara Muster']);
  });

  it("finds the names after a line's second date, read or not in the line's language (a published and an updated <time> run together)", () => {
    expect(names('Posted on 3 May 2021 4 June 2021 by Sam Writer')).toEqual(['Sam Writer']);
    expect(names('Posted on Monday, 3 May 2021, updated Tuesday, 4 May 2021 by Ana Lima')).toEqual(['Ana Lima']);
    expect(parseByline('Posted on Montag, 3. Mai 2021Dienstag, 4. Mai 2021 by Kim Park', { language: 'en' }).map((a) => a.name)).toEqual(['Kim Park']);
    expect(parseByline('Posted on Montag, 3. Mai 2021Dienstag, 4. Mai 2021 by Kim Park', { language: null }).map((a) => a.name)).toEqual(['Kim Park']);
    // The names before the date stay the byline's names.
    expect(names('Jane Doe, 12 January 2023')).toEqual(['Jane Doe']);
  });

  it('reads "published by" lead-ins in several languages, glued to the name or not', () => {
    expect(parseByline('Veröffentlicht vonChris Muster').map((a) => a.name)).toEqual(['Chris Muster']);
    expect(parseByline('Publicado por María López').map((a) => a.name)).toEqual(['María López']);
    expect(parseByline('Publié par Unknown')).toEqual([]);
  });

  it('names no one for a lone lead-in or a login', () => {
    expect(parseByline('Von')).toEqual([]);
    expect(parseByline('By:')).toEqual([]);
    expect(parseByline('jane.doe')).toEqual([]);
    expect(parseByline('jane_doe')).toEqual([]);
    expect(parseByline('jane-doe')).toEqual([]);
    expect(parseByline('Jane-Doe Roe').map((a) => a.name)).toEqual(['Jane-Doe Roe']);
  });

  it('drops roles after a comma', () => {
    expect(names('Jane Doe, Senior Fellow')).toEqual(['Jane Doe']);
    expect(names('By John Roe, Staff Writer')).toEqual(['John Roe']);
  });
  it('returns nothing for a byline that names no one', () => {
    expect(parseByline('Staff Writer')).toEqual([]);
    expect(parseByline('By Staff')).toEqual([]);
    expect(parseByline('')).toEqual([]);
  });
  it('does not glue dates, counters or the site name on', () => {
    expect(names('By Jane Doe on March 3, 2024')).toEqual(['Jane Doe']);
    expect(names('By Jane Doe Published September 14, 2024 1.1k Views')).toEqual(['Jane Doe']);
    expect(names('By Mohamed El Fassi | Example Times', 'Example Times')).toEqual(['Mohamed El Fassi']);
    expect(parseByline('Par Jean Dupont, le 12 mars 2024', { language: 'fr' })).toEqual([{ name: 'Jean Dupont', type: 'person' }]);
  });
  it('ends the names at a number, a glued handle or a role followed by its employer', () => {
    expect(names('by Lucas Nolan22 Dec 2016651')).toEqual(['Lucas Nolan']);
    expect(names('By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham')).toEqual(['Erin Cunningham']);
    expect(names('Posted by Andrew Zonenberg at 12:55 AM')).toEqual(['Andrew Zonenberg']);
    expect(names('By Alissa Reed@alissareed Updated Jul 24, 2018')).toEqual(['Alissa Reed']);
    expect(names('By Dana Whitfield, Senior Staff Technologist, Rights Union Speech, Privacy, and Technology Project')).toEqual(['Dana Whitfield']);
    expect(names('Posted by Andrew Hayden, Software Engineer on Example Play')).toEqual(['Andrew Hayden']);
    expect(parseByline('CC7567')).toEqual([]);
  });
  it('reads bracketed co-authors and drops the site name run in with a role', () => {
    expect(names('Par Jean Martin (avec Paul Roy et Léa Petit)')).toEqual(['Jean Martin', 'Paul Roy', 'Léa Petit']);
    expect(names('By Lucy Akins Gardenwise Contributor', 'Gardenwise')).toEqual(['Lucy Akins']);
  });
  it('marks organisations', () => {
    expect(parseByline('By Reuters Staff')).toEqual([{ name: 'Reuters', type: 'organization' }]);
    expect(parseByline('By EXAMPLE | Center for Strategic Studies Published May 2, 2024')).toEqual([
      { name: 'EXAMPLE | Center for Strategic Studies', type: 'organization' },
    ]);
    expect(parseByline('The Daily Planet', { siteName: 'The Daily Planet' })).toEqual([{ name: 'The Daily Planet', type: 'organization' }]);
    expect(parseByline('Jane Doe')).toEqual([{ name: 'Jane Doe', type: 'person' }]);
  });
});
