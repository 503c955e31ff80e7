import { describe, expect, it } from 'vitest';
import { applySuggestion, attributeKeys, suggestionsFor } from '../src/trace/suggestions.js';

const keySets = (...rows: [string[], number][]) => ({
  explore: {
    rows: rows.map(([keys, spans]) => ({
      cells: [
        { name: 'attribute_keys', value: JSON.stringify(keys), number: null, values: keys },
        { name: 'spans', value: String(spans), number: spans, values: null },
      ],
    })),
  },
});

describe('the search box suggestions', () => {
  it('sums the spans of each key over the distinct key sets, most used first', () => {
    expect(attributeKeys(keySets([['http.route', 'http.method'], 10], [['db.system', 'http.method'], 4]))).toEqual([
      { key: 'http.method', spans: 14 },
      { key: 'http.route', spans: 10 },
      { key: 'db.system', spans: 4 },
    ]);
  });

  it('suggests the columns and the keys starting with, then containing, what is typed; each writes key=', () => {
    const keys = [
      { key: 'http.route', spans: 10 },
      { key: 'user.http', spans: 5 },
      { key: 'db.system', spans: 4 },
    ];
    expect(suggestionsFor({ kind: 'key', prefix: 'http', from: 0, to: 4 }, keys, []).map((s) => s.insert)).toEqual([
      'http.route=',
      'user.http=',
    ]);
    expect(
      suggestionsFor({ kind: 'key', prefix: 'se', from: 0, to: 2 }, keys, []).map((s) => [s.label, s.kind]),
    ).toEqual([
      ['service', 'column'],
      ['user.http', 'key'],
    ]);
    expect(
      suggestionsFor(
        { kind: 'key', prefix: 'a b', from: 0, to: 3 },
        [
          { key: 'a b', spans: 1 },
          { key: 'a b=c', spans: 1 },
        ],
        [],
      ).map((s) => s.insert),
    ).toEqual(['"a b=c"=']);
    // The explorer's box: the view's columns are the column words.
    expect(
      suggestionsFor(
        { kind: 'key', prefix: 'se', from: 0, to: 2 },
        keys,
        [],
        ['service_name', 'session', 'api_name'],
      ).map((s) => [s.insert, s.kind]),
    ).toEqual([
      ['service_name=', 'column'],
      ['session=', 'column'],
      ['user.http=', 'key'],
    ]);
  });

  it('suggests values quoted as the box needs, not the one typed in full', () => {
    const values = [
      { value: 'POST /checkout', spans: 3 },
      { value: 'GET', spans: 2 },
      { value: 'POST', spans: 1 },
    ];
    expect(
      suggestionsFor({ kind: 'value', key: 'operation', prefix: 'POST', from: 10, to: 14 }, [], values).map(
        (s) => s.insert,
      ),
    ).toEqual(['"POST /checkout"']);
  });

  it('writes a suggestion over the word at the caret', () => {
    expect(applySuggestion('a=1 http.r', { kind: 'key', prefix: 'http.r', from: 4, to: 10 }, 'http.route=')).toEqual({
      text: 'a=1 http.route=',
      caret: 15,
    });
    // A key that already has its operator keeps it.
    expect(applySuggestion('http.r>=5', { kind: 'key', prefix: 'http.r', from: 0, to: 6 }, 'http.route=')).toEqual({
      text: 'http.route>=5',
      caret: 10,
    });
    expect(
      applySuggestion('op="PO', { kind: 'value', key: 'op', prefix: 'PO', from: 3, to: 6 }, '"POST /checkout"'),
    ).toEqual({ text: 'op="POST /checkout"', caret: 19 });
  });
});
