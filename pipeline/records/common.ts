// Building blocks shared by the record definitions: every record type is defined once, here, with
// TypeBox; JSON Schemas, Table Schemas, CSV codecs and TypeScript types are all derived from it.
import Type, { type TSchema } from 'typebox';

export const SCHEMA_BASE_URI = 'https://pagepress.dev/schemas/';

/** A value that is either T or null: the page did not state it. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Text that is never empty: the model uses null, not "", for "nothing". */
export const Text = (options: Record<string, unknown> = {}) => Type.String({ minLength: 1, ...options });

// `format` alone is an annotation for some validators, so every format is paired with a pattern.
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * ISO 8601 at the precision the page states: year, month, day, or a local date-time with an
 * optional zone (`2024`, `2024-09`, `2024-09-14`, `2024-09-14T00:58`, `2024-09-14T00:58:00+02:00`).
 */
export const PARTIAL_DATE_TIME_PATTERN =
  '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?)?)?)?$';

export const PartialDateTime = () =>
  Type.String({
    pattern: PARTIAL_DATE_TIME_PATTERN,
    description: 'ISO 8601 at the precision stated: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][zone].',
  });

export const IsoDate = () => Type.String({ format: 'date', pattern: DATE_PATTERN });

export const Uri = () => Type.String({ format: 'uri', pattern: '^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]*$' });

export const Sha256 = (options: Record<string, unknown> = {}) => Type.String({ pattern: '^[0-9a-f]{64}$', ...options });
