import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { runQuery } from '../api/graphql.js';
import { ATTRIBUTE_KEYS_QUERY, ATTRIBUTE_VALUES_QUERY } from '../api/queries.js';
import type { AttributeKeysData, AttributeValuesData } from '../api/queries.js';
import { useQuery } from '../state/useQuery.js';
import { useTimeWindow } from '../state/useTimeWindow.js';
import { COLUMN_KEYS, completionAt } from './searchExpression.js';
import { applySuggestion, attributeKeys, suggestionsFor } from './suggestions.js';
import type { Suggestion } from './suggestions.js';

/** How long typing must pause before an attribute's values are asked for (one query, not one per key). */
const VALUES_DELAY_MS = 150;

/** The values of one attribute starting with a prefix, asked of the query API (the latest ask wins). */
function useAttributeValues(
  key: string | undefined,
  prefix: string,
  between: { readonly startTime: string; readonly endTime: string },
): { value: string; spans: number }[] {
  const { tenant } = useTimeWindow();
  const [values, setValues] = useState<{ value: string; spans: number }[]>([]);
  const rangeKey = `${between.startTime}|${between.endTime}`;
  useEffect(() => {
    if (key === undefined) {
      setValues([]);
      return undefined;
    }
    const controller = new AbortController();
    const [startTime = '', endTime = ''] = rangeKey.split('|');
    const filterBy = [
      { attribute: key, op: 'EXISTS' },
      ...(prefix ? [{ attribute: key, op: 'STARTS_WITH', value: prefix, caseInsensitive: true }] : []),
    ];
    const timer = setTimeout(() => {
      runQuery<AttributeValuesData>(
        ATTRIBUTE_VALUES_QUERY,
        { between: { startTime, endTime }, key, filterBy },
        { tenant, signal: controller.signal },
      ).then(
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
  }, [key, prefix, rangeKey, tenant]);
  return values;
}

/**
 * The search's condition box (searchExpression.ts reads it): a combobox that suggests, as you type, the
 * range's attribute keys (and `service`, `operation`, `api`) for a key and the commonest values for a
 * value (services and operations for those three). ↓ ↑ move through the suggestions, Enter or Tab takes
 * the marked one, Escape closes the list (a second Escape drops the edit); Enter otherwise runs the search,
 * as leaving the box does.
 */
export function ConditionBox({
  value,
  onCommit,
  between,
  services,
  operations,
  invalid,
}: {
  value: string;
  onCommit: (text: string) => void;
  between: { readonly startTime: string; readonly endTime: string };
  services: readonly string[];
  operations: readonly string[];
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
  const keysState = useQuery<AttributeKeysData>(ATTRIBUTE_KEYS_QUERY, { between }, !used);
  const keys = useMemo(() => (keysState.data ? attributeKeys(keysState.data) : []), [keysState.data]);
  const context = focused ? completionAt(draft, caret) : undefined;
  const valueKey = context?.kind === 'value' && !Object.hasOwn(COLUMN_KEYS, context.key) ? context.key : undefined;
  const remoteValues = useAttributeValues(
    open ? valueKey : undefined,
    context?.kind === 'value' ? context.prefix : '',
    between,
  );
  // A few hundred names at most, filtered on each render: no memo needed.
  let suggestions: Suggestion[] = [];
  if (context?.kind === 'key') suggestions = suggestionsFor(context, keys, []);
  else if (context?.kind === 'value') {
    const local =
      context.key === 'service'
        ? services
        : context.key === 'operation' || context.key === 'api'
          ? operations
          : undefined;
    suggestions = suggestionsFor(context, keys, local ? local.map((v) => ({ value: v })) : remoteValues);
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
        aria-label="Attribute conditions"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${listId}-error` : undefined}
        placeholder="http.request.method=GET AND (http.response.status_code>=500 OR NOT user.id)"
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
                <span className="muted num">{s.spans.toLocaleString('en-US')} spans</span>
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
