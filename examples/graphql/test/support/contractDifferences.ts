import { readFileSync } from 'node:fs';
import {
  buildSchema,
  isInputObjectType,
  isObjectType,
  printType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLSchema,
} from 'graphql';

/** The GraphQL block of docs/contracts.md ("GraphQL (minimum …)"), as a schema. */
export function contractSchema(): GraphQLSchema {
  const page = readFileSync(new URL('../../../../docs/contracts.md', import.meta.url), 'utf8');
  const block = /## GraphQL[^\n]*\n```graphql\n([\s\S]*?)```/.exec(page)?.[1];
  if (block === undefined) throw new Error('docs/contracts.md has no GraphQL block under "## GraphQL"');
  return buildSchema(block);
}

const describeArg = (a: GraphQLArgument | GraphQLInputField): string =>
  `${a.name}: ${String(a.type)}${a.defaultValue === undefined ? '' : ` = ${JSON.stringify(a.defaultValue)}`}`;

/**
 * What `served` lacks or changed of `contract`: a type missing or of another kind, a field or input field
 * missing or of another type, an argument missing, of another type or default, or a required argument
 * added. Extensions (new types, fields, optional arguments) are allowed.
 */
export function contractDifferences(contract: GraphQLSchema, served: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const type of Object.values(contract.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    const mine = served.getType(type.name);
    if (!mine) {
      out.push(`type ${type.name} is missing`);
      continue;
    }
    if (isObjectType(type)) {
      if (!isObjectType(mine)) {
        out.push(`${type.name} is not an object type: ${printType(mine)}`);
        continue;
      }
      const fields = mine.getFields();
      for (const field of Object.values(type.getFields())) {
        const got = fields[field.name];
        if (!got) {
          out.push(`${type.name}.${field.name} is missing`);
          continue;
        }
        if (String(got.type) !== String(field.type)) {
          out.push(`${type.name}.${field.name}: ${String(got.type)}, the contract says ${String(field.type)}`);
        }
        for (const arg of field.args) {
          const a = got.args.find((g) => g.name === arg.name);
          if (!a || describeArg(a) !== describeArg(arg)) {
            out.push(
              `${type.name}.${field.name}(${a ? describeArg(a) : `no ${arg.name}`}), the contract says (${describeArg(arg)})`,
            );
          }
        }
        for (const extra of got.args.filter((g) => !field.args.some((a) => a.name === g.name))) {
          if (String(extra.type).endsWith('!') && extra.defaultValue === undefined) {
            out.push(`${type.name}.${field.name} adds the required argument ${describeArg(extra)}`);
          }
        }
      }
    } else if (isInputObjectType(type)) {
      if (!isInputObjectType(mine)) {
        out.push(`${type.name} is not an input type: ${printType(mine)}`);
        continue;
      }
      const fields = mine.getFields();
      for (const field of Object.values(type.getFields())) {
        const got = fields[field.name];
        if (!got || describeArg(got) !== describeArg(field)) {
          out.push(
            `input ${type.name}: ${got ? describeArg(got) : `no ${field.name}`}, the contract says ${describeArg(field)}`,
          );
        }
      }
      for (const extra of Object.values(fields).filter((f) => !type.getFields()[f.name])) {
        if (String(extra.type).endsWith('!') && extra.defaultValue === undefined) {
          out.push(`input ${type.name} adds the required field ${describeArg(extra)}`);
        }
      }
    }
  }
  return out;
}
