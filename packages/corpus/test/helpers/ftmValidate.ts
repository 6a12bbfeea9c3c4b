import { defaultModel, Model, type Schema } from '@alephdata/followthemoney';
import type { FtmEntity } from '../../src/export/ftmExport.js';

const model = new Model(defaultModel);

/** FtM's date type: an ISO 8601 prefix in UTC without a zone ("2021", "2021-02-16T21:48:52"). */
const DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;

/**
 * Checks entities against the FollowTheMoney schema model of `@alephdata/followthemoney` (the
 * package ships the model, not a validator): the schema exists and is not abstract; every
 * property is one of the schema's (the model's own Entity throws on any other); values are
 * non-empty strings within their type's and property's length; dates in FtM's format; countries
 * among the model's codes; entity references point at an entity of the batch whose schema is
 * the property's range; every required property of the schema and of its parents is set.
 * Returns one message per problem.
 */
export function ftmProblems(entities: readonly FtmEntity[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, FtmEntity>();
  for (const e of entities) {
    if (byId.has(e.id)) problems.push(`${e.id}: id used twice`);
    byId.set(e.id, e);
  }
  for (const e of entities) {
    const at = `${e.schema} ${e.id}`;
    if (!/^[0-9a-zA-Z][0-9a-zA-Z.-]{0,127}$/.test(e.id)) problems.push(`${at}: id is not a valid FtM id`);
    let schema: Schema;
    try {
      schema = model.getSchema(e.schema);
      model.getEntity({ id: e.id, schema: e.schema, properties: e.properties });
    } catch (error) {
      problems.push(`${at}: ${(error as Error).message}`);
      continue;
    }
    if (schema.abstract) problems.push(`${at}: schema is abstract`);
    for (const required of [schema, ...schema.getParents()].flatMap((s) => s.required)) {
      if (!e.properties[required]?.length) problems.push(`${at}: required property ${required} missing`);
    }
    for (const [name, values] of Object.entries(e.properties)) {
      const property = schema.getProperty(name);
      const max = Math.min(property.type.maxLength || Infinity, property.maxLength || Infinity);
      for (const value of values) {
        if (typeof value !== 'string' || value.trim() === '') problems.push(`${at}.${name}: empty or not text`);
        else if (value.length > max) problems.push(`${at}.${name}: ${value.length} characters, over ${max}`);
        else if (property.type.name === 'date' && !DATE.test(value)) problems.push(`${at}.${name}: "${value}" is not an FtM date`);
        else if (property.type.name === 'country' && !property.type.values.has(value)) problems.push(`${at}.${name}: "${value}" is no country code`);
        else if (property.type.isEntity) {
          const target = byId.get(value);
          if (!target) problems.push(`${at}.${name}: points at ${value}, which is not in the export`);
          else if (!model.getSchema(target.schema).isA(property.getRange())) problems.push(`${at}.${name}: ${target.schema} is not a ${property.getRange().name}`);
        }
      }
    }
  }
  return problems;
}
