// Frictionless Table Schemas (v2) for the CSV tables, derived from the record definitions.
import type { Column, TableDef } from '../records/tables.ts';

export interface TableSchemaField {
  name: string;
  type: string;
  description?: string;
  constraints?: Record<string, unknown>;
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

export function tableSchemaField(column: Column): TableSchemaField {
  const field: TableSchemaField = { name: column.name, type: column.type };
  if (column.description) field.description = column.description;
  const constraints: Record<string, unknown> = {};
  if (column.required) constraints.required = true;
  if (column.enum) constraints.enum = column.enum;
  if (column.pattern) constraints.pattern = column.pattern;
  if (column.minimum !== undefined) constraints.minimum = column.minimum;
  if (column.maximum !== undefined) constraints.maximum = column.maximum;
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

export function tableSchema(table: TableDef): TableSchema {
  const schema: TableSchema = {
    fields: table.columns.map(tableSchemaField),
    missingValues: [''],
    primaryKey: table.primaryKey,
  };
  if (table.foreignKeys.length > 0) schema.foreignKeys = table.foreignKeys;
  return schema;
}
