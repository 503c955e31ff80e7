import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { runQuery } from '../api/graphql.js';
import { VIEW_ATTRIBUTE_KEYS_QUERY, VIEW_VALUES_QUERY } from '../api/explorerQueries.js';
import { ATTRIBUTE_KEYS_QUERY, ATTRIBUTE_VALUES_QUERY } from '../api/queries.js';
import type { AttributeKeysData, AttributeValuesData } from '../api/queries.js';
import { useQuery } from '../state/useQuery.js';
import { useTimeWindow } from '../state/useTimeWindow.js';
import { COLUMN_KEYS, completionAt } from './searchExpression.js';
import { applySuggestion, attributeKeys, suggestionsFor } from './suggestions.js';
import type { Suggestion } from './suggestions.js';

/** How long typing must pause before an attribute's values are asked for (one query, not one per key). */
const VALUES_DELAY_MS = 150;

/** What a value is looked up in: an attribute of the view, or one of its (string) columns. */
type ValueLookup = { readonly attribute: string } | { readonly column: string };

/**
 * The commonest values of an attribute or a column starting with a prefix, asked of the query API (the
 * latest ask wins): span attributes for the trace search, the view's for the explorer (`context`).
 */
function useValues(
  lookup: ValueLookup | undefined,
  prefix: string,
  between: { readonly startTime: string; readonly endTime: string },
  context: string | undefined,
): { value: string; spans: number }[] {
  const { tenant } = useTimeWindow();
  const [values, setValues] = useState<{ value: string; spans: number }[]>([]);
  const rangeKey = `${between.startTime}|${between.endTime}`;
  const lookupKey = lookup === undefined ? '' : JSON.stringify(lookup);
  useEffect(() => {
    if (lookupKey === '') {
      setValues([]);
      return undefined;
    }
    const target = JSON.parse(lookupKey) as ValueLookup;
    const controller = new AbortController();
    const [startTime = '', endTime = ''] = rangeKey.split('|');
    const match = prefix ? [{ ...keyOf(target), op: 'STARTS_WITH', value: prefix, caseInsensitive: true }] : [];
    const ask = (): Promise<AttributeValuesData> =>
      context === undefined && 'attribute' in target
        ? runQuery<AttributeValuesData>(
            ATTRIBUTE_VALUES_QUERY,
            {
              between: { startTime, endTime },
              key: target.attribute,
              filterBy: [{ attribute: target.attribute, op: 'EXISTS' }, ...match],
            },
            { tenant, signal: controller.signal },
          )
        : runQuery<AttributeValuesData>(
            VIEW_VALUES_QUERY,
            {
              context: context ?? 'SPAN',
              between: { startTime, endTime },
              groupBy: [{ ...keyOf(target), as: 'value' }],
              filterBy: [...('attribute' in target ? [{ attribute: target.attribute, op: 'EXISTS' }] : []), ...match],
            },
            { tenant, signal: controller.signal },
          );
    const timer = setTimeout(() => {
      ask().then(
        (data) =>
          setValues(
            data.explore.rows.map((row) => ({
              value: row.cells.find((c) => c.name === 'value')?.value ?? '',
              spans: row.cells.find((c) => c.name === 'spans')?.number ?? 0,
            })),
          ),
        () => undefined, // no suggestions is no harm: the search itself reports errors
      );
    }, VALUES_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [lookupKey, prefix, rangeKey, tenant, context]);
  return values;
}

/**
 * Where the values of `key` are looked up: the trace search's attributes (its three column words have
 * their values at hand); the explorer's view's string columns, or its attributes when it has them.
 */
function valueLookup(key: string, view: ConditionView | undefined): ValueLookup | undefined {
  if (!view) return Object.hasOwn(COLUMN_KEYS, key) ? undefined : { attribute: key };
  const column = view.columns.find((c) => c.name === key);
  if (column) return STRING_TYPES.has(column.type) ? { column: key } : undefined;
  return view.hasAttributes ? { attribute: key } : undefined;
}

const STRING_TYPES = new Set(['string', 'lowCardinalityString']);

function keyOf(lookup: ValueLookup): { key: string } | { attribute: string } {
  return 'column' in lookup ? { key: lookup.column } : { attribute: lookup.attribute };
}

/**
 * The view the explorer's box reads (the trace search's is span_event_view with its three column words):
 * its `explore` context, its columns (their names are the words naming them; values are suggested for
 * string ones) and whether it has attributes.
 */
export interface ConditionView {
  readonly context: string;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  readonly hasAttributes: boolean;
}

/**
 * The search's condition box (searchExpression.ts reads it): a combobox that suggests, as you type, the
 * range's attribute keys (and `service`, `operation`, `api`) for a key and the commonest values for a
 * value (services and operations for those three). ↓ ↑ move through the suggestions, Enter or Tab takes
 * the marked one, Escape closes the list (a second Escape drops the edit); Enter otherwise runs the search,
 * as leaving the box does. Given a `view` (the explorer), the words naming columns are the view's columns,
 * and the keys and values suggested are the view's.
 */
export function ConditionBox({
  value,
  onCommit,
  between,
  services = [],
  operations = [],
  invalid,
  view,
  label = 'Attribute conditions',
  placeholder = 'http.request.method=GET AND (http.response.status_code>=500 OR NOT user.id)',
  unit = 'spans',
}: {
  value: string;
  onCommit: (text: string) => void;
  between: { readonly startTime: string; readonly endTime: string };
  /** The trace search's services and operations (the values of `service`, `operation`, `api`). */
  services?: readonly string[];
  operations?: readonly string[];
  /** The explorer's view: its columns and attributes instead of the trace search's. */
  view?: ConditionView | undefined;
  /** The box's accessible name. */
  label?: string;
  placeholder?: string;
  /** What the suggestions' counts count. */
  unit?: string;
  /** The parse error of the committed text, shown under the box. */
  invalid?: string | undefined;
}) {
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [caret, setCaret] = useState(value.length);
  const [focused, setFocused] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const moveCaret = useRef<number | undefined>(undefined);
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  // The keys are asked once the box is first used (not on every visit of the search page).
  const [used, setUsed] = useState(false);
  const keysState = useQuery<AttributeKeysData>(
    view ? VIEW_ATTRIBUTE_KEYS_QUERY : ATTRIBUTE_KEYS_QUERY,
    view ? { context: view.context, between } : { between },
    !used || (view !== undefined && !view.hasAttributes),
  );
  const keys = useMemo(() => (keysState.data ? attributeKeys(keysState.data) : []), [keysState.data]);
  const context = focused ? completionAt(draft, caret) : undefined;
  const lookup = context?.kind === 'value' ? valueLookup(context.key, view) : undefined;
  const remoteValues = useValues(
    open ? lookup : undefined,
    context?.kind === 'value' ? context.prefix : '',
    between,
    view?.context,
  );
  const columnWords = view ? view.columns.map((c) => c.name) : undefined;
  // A few hundred names at most, filtered on each render: no memo needed.
  let suggestions: Suggestion[] = [];
  if (context?.kind === 'key') suggestions = suggestionsFor(context, keys, [], columnWords);
  else if (context?.kind === 'value') {
    const local = view
      ? undefined
      : context.key === 'service'
        ? services
        : context.key === 'operation' || context.key === 'api'
          ? operations
          : undefined;
    suggestions = suggestionsFor(context, keys, local ? local.map((v) => ({ value: v })) : remoteValues, columnWords);
  }
  const shown = open && suggestions.length > 0;
  useLayoutEffect(() => {
    if (moveCaret.current !== undefined && input.current) {
      input.current.setSelectionRange(moveCaret.current, moveCaret.current);
      moveCaret.current = undefined;
    }
  });
  const take = (suggestion: Suggestion): void => {
    if (!context) return;
    const next = applySuggestion(draft, context, suggestion.insert);
    setDraft(next.text);
    setCaret(next.caret);
    moveCaret.current = next.caret;
    setActive(-1);
    setOpen(true);
  };
  const sync = (): void => setCaret(input.current?.selectionStart ?? draft.length);
  return (
    <div className="condition-box">
      <input
        ref={input}
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${listId}-error` : undefined}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        value={draft}
        onFocus={() => {
          setFocused(true);
          setUsed(true);
          setOpen(true);
          sync();
        }}
        onBlur={() => {
          setFocused(false);
          setOpen(false);
          setActive(-1);
          onCommit(draft.trim());
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          setCaret(e.target.selectionStart ?? e.target.value.length);
          setOpen(true);
          setActive(-1);
        }}
        onSelect={sync}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            if (suggestions.length === 0) return;
            const last = suggestions.length - 1;
            setActive((a) => (e.key === 'ArrowDown' ? (a >= last ? 0 : a + 1) : a <= 0 ? last : a - 1));
            return;
          }
          const marked = shown && active >= 0 ? suggestions[active] : undefined;
          if ((e.key === 'Enter' || e.key === 'Tab') && marked) {
            e.preventDefault();
            take(marked);
            return;
          }
          if (e.key === 'Enter') {
            setOpen(false);
            onCommit(draft.trim());
          } else if (e.key === 'Escape') {
            if (shown) setOpen(false);
            else setDraft(value);
          }
        }}
      />
      {shown ? (
        <ul className="suggestions" role="listbox" id={listId} aria-label="Suggestions" data-testid="suggestions">
          {suggestions.map((s, i) => (
            <li
              key={`${s.kind}:${s.label}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              // mousedown, not click: the box keeps the focus (a blur would run the search first).
              onMouseDown={(e) => {
                e.preventDefault();
                take(s);
              }}
            >
              <span className={`suggestion-kind ${s.kind}`}>
                {s.kind === 'value' ? 'value' : s.kind === 'column' ? 'column' : 'key'}
              </span>
              <span className="suggestion-label">{s.label}</span>
              {s.spans !== undefined ? (
                <span className="muted num">
                  {s.spans.toLocaleString('en-US')} {unit}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {invalid ? (
        <p className="field-error" id={`${listId}-error`} data-testid="condition-error">
          {invalid}
        </p>
      ) : null}
    </div>
  );
}
