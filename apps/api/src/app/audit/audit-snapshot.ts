import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import type { RelationMetadata } from 'typeorm/metadata/RelationMetadata';

/*
 * Turns TypeORM entities into what the audit log records: rows keyed by their database column names
 * (the log describes tables, and a relation's column such as `organisation_id` then reads as the id it
 * holds, not as a nested object).
 */

type Row = Record<string, unknown>;

/** Every stored column of `entity` that is loaded (a `select: false` column left unloaded is skipped). */
export function rowOf(metadata: EntityMetadata, entity: object | undefined): Row | null {
  if (!entity) return null;
  // A many-to-many link arrives as its key, already keyed by column name: it is the whole row.
  if (metadata.isJunction) return { ...entity };
  return columnsOf(metadata.columns, entity);
}

/** The columns an update changed, with their values in `entity`. */
export function changedRow(
  columns: readonly ColumnMetadata[],
  relations: readonly RelationMetadata[],
  entity: object | undefined,
): Row | null {
  if (!entity) return null;
  const all = [...columns, ...relations.flatMap((relation) => relation.joinColumns)];
  return columnsOf(unique(all), entity);
}

/**
 * The row's primary key as text; composite keys joined with `:` in key order. Null when the entity does
 * not carry its key (a QueryBuilder update or delete: TypeORM does not say which rows it touched).
 */
export function entityIdOf(metadata: EntityMetadata, entity: object | undefined): string | null {
  if (!entity || metadata.primaryColumns.length === 0) return null;
  const values = metadata.primaryColumns.map((column) => column.getEntityValue(entity) as unknown);
  if (values.some((value) => value === undefined || value === null)) return null;
  return values.map((value) => (value instanceof Date ? value.toISOString() : String(value))).join(':');
}

function columnsOf(columns: readonly ColumnMetadata[], entity: object): Row {
  const row: Row = {};
  for (const column of columns) {
    if (column.isVirtual) continue;
    const value: unknown = column.getEntityValue(entity);
    if (value !== undefined) row[column.databaseName] = value;
  }
  return row;
}

function unique(columns: ColumnMetadata[]): ColumnMetadata[] {
  return [...new Map(columns.map((column) => [column.databaseName, column])).values()];
}
