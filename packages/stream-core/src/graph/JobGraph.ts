import type { Observable } from 'rxjs';
import type { Batch } from '../core/Batch.js';
import type { ErrorPolicy } from '../errors/ErrorPolicy.js';
import { HtError } from '../errors/HtError.js';
import type { OperatorKind } from '../metrics/OperatorMetrics.js';
import type { SinkOptions } from '../sink/SinkRunner.js';
import type { Sink } from '../sink/Sink.js';
import type { Source } from '../source/Source.js';
import type { SourceOptions } from '../source/SourceRunner.js';
import type { OperatorContext } from './OperatorContext.js';

/** Builds an operator's output from its inputs when the job starts. */
export type NodeBuild = (
  ctx: OperatorContext,
  inputs: readonly Observable<Batch<unknown>>[],
) => Observable<Batch<unknown>>;

/** An edge: the main output of a node, or one of its side outputs. */
export interface NodeInput {
  readonly node: GraphNode;
  readonly tag?: string;
}

/** What a node does; exactly one of the optional parts is set. */
export interface NodeSpec {
  readonly kind: OperatorKind;
  /** The operator's name; unique in the job, it is the operator's checkpoint id. */
  readonly name?: string;
  /** What to call it when no name is given (`map`, `window`, …): suffixed with `#id`. */
  readonly defaultName: string;
  /** A name to use as is when no name is given and it is still free (a source's or sink's own name). */
  readonly nameHint?: string;
  readonly inputs: readonly NodeInput[];
  readonly onError?: ErrorPolicy;
  readonly build?: NodeBuild;
  readonly source?: { readonly source: Source<unknown>; readonly options: SourceOptions<unknown> };
  readonly sink?: { readonly sink: Sink<unknown>; readonly options: SinkOptions };
  readonly deadLetters?: boolean;
  /** Set on `keyBy` nodes: which message key (if any) the key is. */
  readonly keyBy?: { readonly messageKey?: string };
}

/** A node of the job graph. */
export interface GraphNode extends NodeSpec {
  readonly id: number;
  readonly name: string;
  /** Streams reading the main output. */
  consumers: number;
  /** Streams reading each side output. */
  readonly sideConsumers: Map<string, number>;
}

/**
 * The dataflow a job's builder calls describe: nodes in creation order (which is a topological
 * order, since a node's inputs exist before it). Frozen when the job starts.
 */
export class JobGraph {
  readonly nodes: GraphNode[] = [];
  private readonly names = new Set<string>();
  private frozen = false;
  private deadLetterNode: GraphNode | undefined;

  add(spec: NodeSpec): GraphNode {
    if (this.frozen) throw new HtError('LIFECYCLE', 'the job has started: its graph can no longer change');
    const id = this.nodes.length;
    const hint = spec.nameHint !== undefined && !this.names.has(spec.nameHint) ? spec.nameHint : undefined;
    const name = spec.name ?? hint ?? `${spec.defaultName}#${id}`;
    if (this.names.has(name)) {
      throw new HtError('CONFIG_INVALID', `two operators are named "${name}": operator names must be unique in a job`);
    }
    this.names.add(name);
    const node: GraphNode = { ...spec, id, name, consumers: 0, sideConsumers: new Map() };
    for (const input of spec.inputs) {
      if (input.tag === undefined) input.node.consumers++;
      else input.node.sideConsumers.set(input.tag, (input.node.sideConsumers.get(input.tag) ?? 0) + 1);
    }
    this.nodes.push(node);
    return node;
  }

  /** The node whose output is the job's dead letters (created on first use). */
  deadLetters(): GraphNode {
    this.deadLetterNode ??= this.add({ kind: 'operator', defaultName: 'dead-letters', inputs: [], deadLetters: true });
    return this.deadLetterNode;
  }

  freeze(): void {
    this.frozen = true;
  }

  /** Nodes that read, directly or not, from `from`. */
  downstreamOf(from: GraphNode): Set<GraphNode> {
    const reached = new Set<GraphNode>([from]);
    for (const node of this.nodes) {
      if (node.inputs.some((i) => reached.has(i.node))) reached.add(node);
    }
    return reached;
  }
}
