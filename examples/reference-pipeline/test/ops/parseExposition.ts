/** One metric family of a Prometheus text exposition: its TYPE, HELP and samples by `name{labels}`. */
export interface ParsedExposition {
  /** `# TYPE` per family name. */
  readonly types: ReadonlyMap<string, string>;
  /** `# HELP` per family name. */
  readonly helps: ReadonlyMap<string, string>;
  /** Sample values by series, the labels sorted by name: `x_total{a="1",b=""}`. */
  readonly samples: ReadonlyMap<string, number>;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Parses text exposition format 0.0.4 strictly enough for tests: every line must be a comment, blank or a sample. */
export function parseExposition(text: string): ParsedExposition {
  const types = new Map<string, string>();
  const helps = new Map<string, string>();
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const comment = /^# (TYPE|HELP) (\S+) (.*)$/.exec(line);
    if (comment) {
      const [, kind, name = '', rest = ''] = comment;
      if (kind === 'TYPE') {
        if (types.has(name)) throw new Error(`TYPE of ${name} given twice`);
        types.set(name, rest);
      } else helps.set(name, rest);
      continue;
    }
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`not a sample line: ${line}`);
    const [, name = '', labelText = '', value = ''] = sample;
    const labels = [...labelText.matchAll(LABEL)].map(([, k = '', v = '']) => `${k}="${v}"`).sort();
    const key = labels.length > 0 ? `${name}{${labels.join(',')}}` : name;
    if (samples.has(key)) throw new Error(`series ${key} given twice`);
    samples.set(key, value === '+Inf' ? Infinity : Number(value));
  }
  return { types, helps, samples };
}

/** The samples whose series name starts with `prefix`, as a plain object (for `toEqual`). */
export function samplesOf(parsed: ParsedExposition, prefix: string): Record<string, number> {
  return Object.fromEntries([...parsed.samples].filter(([key]) => key.startsWith(prefix)));
}
