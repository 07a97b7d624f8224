// Metadata for other tools, written into each version: croissant.json (Croissant 1.1, which is
// also schema.org/Dataset markup for dataset search engines) and CITATION.cff (how to cite it).
// Both state the version's release date (see release-date.ts), never a date kept in the config.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetConfig } from '../config.ts';
import { RECORD_TYPES, tablesOf } from '../records/index.ts';
import { jsonlFile } from './layout.ts';
import type { Digests } from './writer.ts';
import type { Day } from './release-date.ts';
import type { CellType } from '../records/tables.ts';

const CROISSANT_CONTEXT = {
  '@language': 'en',
  '@vocab': 'https://schema.org/',
  citeAs: 'cr:citeAs',
  column: 'cr:column',
  conformsTo: 'dct:conformsTo',
  cr: 'http://mlcommons.org/croissant/',
  data: { '@id': 'cr:data', '@type': '@json' },
  dataType: { '@id': 'cr:dataType', '@type': '@vocab' },
  dct: 'http://purl.org/dc/terms/',
  examples: { '@id': 'cr:examples', '@type': '@json' },
  extract: 'cr:extract',
  field: 'cr:field',
  fileProperty: 'cr:fileProperty',
  fileObject: 'cr:fileObject',
  fileSet: 'cr:fileSet',
  format: 'cr:format',
  includes: 'cr:includes',
  isLiveDataset: 'cr:isLiveDataset',
  jsonPath: 'cr:jsonPath',
  key: 'cr:key',
  md5: 'cr:md5',
  parentField: 'cr:parentField',
  path: 'cr:path',
  recordSet: 'cr:recordSet',
  references: 'cr:references',
  regex: 'cr:regex',
  repeated: 'cr:repeated',
  replace: 'cr:replace',
  sc: 'https://schema.org/',
  separator: 'cr:separator',
  source: 'cr:source',
  subField: 'cr:subField',
  transform: 'cr:transform',
};

const DATA_TYPES: Record<CellType, string> = { string: 'sc:Text', integer: 'sc:Integer', number: 'sc:Float', boolean: 'sc:Boolean', date: 'sc:Date' };

export function citeAs(config: DatasetConfig, released: Day): string {
  return `${config.authors.join(', ')} (${released.slice(0, 4)}). ${config.title}. Version ${config.version}.`;
}

export async function writeCroissant(dir: string, config: DatasetConfig, released: Day, digests: Digests): Promise<string[]> {
  const sha256Of = (file: string) => {
    const digest = digests.get(file);
    if (!digest) throw new Error(`croissant.json: ${file} has not been written`);
    return digest.sha256;
  };
  const distribution = [];
  const recordSet = [];
  for (const def of RECORD_TYPES) {
    // The file's own format is gzip; what it holds (JSON Lines) is said in its description. No
    // record set reads it (the CSV tables carry every field Croissant describes).
    const jsonl = jsonlFile(def.name);
    distribution.push({
      '@type': 'cr:FileObject',
      '@id': jsonl,
      name: jsonl,
      description: `The ${def.name} records as JSON Lines, gzip-compressed.`,
      contentUrl: jsonl,
      encodingFormat: 'application/gzip',
      sha256: sha256Of(jsonl),
    });
    for (const table of tablesOf(def)) {
      const file = `${table.name}.csv`;
      distribution.push({ '@type': 'cr:FileObject', '@id': file, name: file, contentUrl: file, encodingFormat: 'text/csv', sha256: sha256Of(file) });
      recordSet.push({
        '@type': 'cr:RecordSet',
        '@id': table.name,
        name: table.name,
        description: table.description,
        key: table.primaryKey.map((k) => ({ '@id': `${table.name}/${k}` })),
        field: table.columns.map((column) => ({
          '@type': 'cr:Field',
          '@id': `${table.name}/${column.name}`,
          name: column.name,
          ...(column.description ? { description: column.description } : {}),
          dataType: DATA_TYPES[column.type],
          source: { fileObject: { '@id': file }, extract: { column: column.name } },
          ...(table.foreignKeys.find((fk) => fk.fields[0] === column.name)
            ? { references: { field: { '@id': `${table.foreignKeys.find((fk) => fk.fields[0] === column.name)!.reference.resource}/id` } } }
            : {}),
        })),
      });
    }
  }
  const croissant = {
    '@context': CROISSANT_CONTEXT,
    '@type': 'sc:Dataset',
    conformsTo: 'http://mlcommons.org/croissant/1.1',
    name: config.name,
    alternateName: config.title,
    description: config.description,
    version: config.version,
    datePublished: released,
    license: config.license.path,
    ...(config.homepage ? { url: config.homepage } : {}),
    creator: config.authors.map((name) => ({ '@type': 'sc:Organization', name })),
    citeAs: citeAs(config, released),
    isLiveDataset: false,
    inLanguage: 'en',
    distribution,
    recordSet,
  };
  await writeFile(join(dir, 'croissant.json'), `${JSON.stringify(croissant, null, 2)}\n`);
  return ['croissant.json'];
}

const yamlString = (text: string) => JSON.stringify(text);

export async function writeCitation(dir: string, config: DatasetConfig, released: Day): Promise<string[]> {
  const lines = [
    'cff-version: 1.2.0',
    'message: "If you use this dataset, please cite it as below."',
    'type: dataset',
    `title: ${yamlString(config.title)}`,
    `version: ${yamlString(config.version)}`,
    `date-released: ${yamlString(released)}`,
    `abstract: ${yamlString(config.description)}`,
    `license: ${yamlString(config.license.name)}`,
    ...(config.homepage ? [`url: ${yamlString(config.homepage)}`] : []),
    'authors:',
    ...config.authors.map((name) => `  - name: ${yamlString(name)}`),
  ];
  await writeFile(join(dir, 'CITATION.cff'), `${lines.join('\n')}\n`);
  return ['CITATION.cff'];
}
