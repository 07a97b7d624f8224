// Tests for the labelled-date readers of text dumps, on lines written for them.
import { describe, expect, it } from 'vitest';
import { readUpdatedOrRevised } from '../../../pipeline/metadata/text/labels.ts';

describe('readUpdatedOrRevised', () => {
  it('reads a revision stamp whose label opens with a letter outside ASCII', () => {
    expect(readUpdatedOrRevised('Última actualización: 03/06/2021', { language: 'es', dayFirst: true })).toBe('2021-06-03');
    expect(readUpdatedOrRevised('Página revista. Última atualização: 03/06/2021', { language: 'pt', dayFirst: true })).toBe('2021-06-03');
  });
  it('still wants the label to start a word', () => {
    expect(readUpdatedOrRevised('Vorstand 03.06.2021', { language: 'de', dayFirst: true })).toBeNull();
  });
});
