import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { contractTypeDefs } from '../src/schema/contractTypeDefs.js';
import { contractDifferences, contractSchema } from './support/contractDifferences.js';

describe('the GraphQL minimum of docs/contracts.md', () => {
  it('is what contractTypeDefs declares, name for name and type for type', () => {
    expect(contractDifferences(contractSchema(), buildSchema(contractTypeDefs))).toEqual([]);
  });

  it('is told apart from a schema that renames or retypes a field', () => {
    const changed = contractTypeDefs
      .replace('rootService: String!', 'rootServiceName: String!')
      .replace('limit: Int = 50', 'limit: Int = 20')
      .replace('spanCount: Int!', 'spanCount: Float!');
    expect(contractDifferences(contractSchema(), buildSchema(changed))).toEqual([
      'Query.traces(limit: Int = 20), the contract says (limit: Int = 50)',
      'TraceSummary.rootService is missing',
      'TraceSummary.spanCount: Float!, the contract says Int!',
    ]);
  });
});
