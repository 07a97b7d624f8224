// The names of the fixed files and folders of a dataset version. Kept apart from the writer so
// the release's stand-alone checker (validate.mjs) can use them without bundling the writer.
export const SCHEMA_DIR = 'schemas';
export const CHECKSUM_FILE = 'SHA256SUMS';
export const DATAPACKAGE_FILE = 'datapackage.json';
