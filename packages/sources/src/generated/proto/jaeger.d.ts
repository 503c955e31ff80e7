import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace jaeger. */
export namespace jaeger {

    /** Namespace api_v2. */
    namespace api_v2 {

        /** Properties of a PostSpansRequest. */
        interface IPostSpansRequest {

            /** PostSpansRequest batch */
            batch?: (jaeger.api_v2.IBatch|null);
        }

        /** Represents a PostSpansRequest. */
        class PostSpansRequest implements IPostSpansRequest {

            /**
             * Constructs a new PostSpansRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IPostSpansRequest);

            /** PostSpansRequest batch. */
            public batch?: (jaeger.api_v2.IBatch|null);

            /**
             * Creates a new PostSpansRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PostSpansRequest instance
             */
            public static create(properties?: jaeger.api_v2.IPostSpansRequest): jaeger.api_v2.PostSpansRequest;

            /**
             * Encodes the specified PostSpansRequest message. Does not implicitly {@link jaeger.api_v2.PostSpansRequest.verify|verify} messages.
             * @param message PostSpansRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IPostSpansRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PostSpansRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PostSpansRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.PostSpansRequest;

            /**
             * Gets the default type url for PostSpansRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PostSpansResponse. */
        interface IPostSpansResponse {
        }

        /** Represents a PostSpansResponse. */
        class PostSpansResponse implements IPostSpansResponse {

            /**
             * Constructs a new PostSpansResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IPostSpansResponse);

            /**
             * Creates a new PostSpansResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PostSpansResponse instance
             */
            public static create(properties?: jaeger.api_v2.IPostSpansResponse): jaeger.api_v2.PostSpansResponse;

            /**
             * Encodes the specified PostSpansResponse message. Does not implicitly {@link jaeger.api_v2.PostSpansResponse.verify|verify} messages.
             * @param message PostSpansResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IPostSpansResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PostSpansResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PostSpansResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.PostSpansResponse;

            /**
             * Gets the default type url for PostSpansResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** ValueType enum. */
        enum ValueType {
            STRING = 0,
            BOOL = 1,
            INT64 = 2,
            FLOAT64 = 3,
            BINARY = 4
        }

        /** Properties of a KeyValue. */
        interface IKeyValue {

            /** KeyValue key */
            key?: (string|null);

            /** KeyValue vType */
            vType?: (jaeger.api_v2.ValueType|null);

            /** KeyValue vStr */
            vStr?: (string|null);

            /** KeyValue vBool */
            vBool?: (boolean|null);

            /** KeyValue vInt64 */
            vInt64?: (number|Long|null);

            /** KeyValue vFloat64 */
            vFloat64?: (number|null);

            /** KeyValue vBinary */
            vBinary?: (Uint8Array|null);
        }

        /** Represents a KeyValue. */
        class KeyValue implements IKeyValue {

            /**
             * Constructs a new KeyValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IKeyValue);

            /** KeyValue key. */
            public key: string;

            /** KeyValue vType. */
            public vType: jaeger.api_v2.ValueType;

            /** KeyValue vStr. */
            public vStr: string;

            /** KeyValue vBool. */
            public vBool: boolean;

            /** KeyValue vInt64. */
            public vInt64: (number|Long);

            /** KeyValue vFloat64. */
            public vFloat64: number;

            /** KeyValue vBinary. */
            public vBinary: Uint8Array;

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyValue instance
             */
            public static create(properties?: jaeger.api_v2.IKeyValue): jaeger.api_v2.KeyValue;

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link jaeger.api_v2.KeyValue.verify|verify} messages.
             * @param message KeyValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.KeyValue;

            /**
             * Gets the default type url for KeyValue
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Log. */
        interface ILog {

            /** Log timestamp */
            timestamp?: (google.protobuf.ITimestamp|null);

            /** Log fields */
            fields?: (jaeger.api_v2.IKeyValue[]|null);
        }

        /** Represents a Log. */
        class Log implements ILog {

            /**
             * Constructs a new Log.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.ILog);

            /** Log timestamp. */
            public timestamp?: (google.protobuf.ITimestamp|null);

            /** Log fields. */
            public fields: jaeger.api_v2.IKeyValue[];

            /**
             * Creates a new Log instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Log instance
             */
            public static create(properties?: jaeger.api_v2.ILog): jaeger.api_v2.Log;

            /**
             * Encodes the specified Log message. Does not implicitly {@link jaeger.api_v2.Log.verify|verify} messages.
             * @param message Log message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.ILog, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Log message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Log
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Log;

            /**
             * Gets the default type url for Log
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** SpanRefType enum. */
        enum SpanRefType {
            CHILD_OF = 0,
            FOLLOWS_FROM = 1
        }

        /** Properties of a SpanRef. */
        interface ISpanRef {

            /** SpanRef traceId */
            traceId?: (Uint8Array|null);

            /** SpanRef spanId */
            spanId?: (Uint8Array|null);

            /** SpanRef refType */
            refType?: (jaeger.api_v2.SpanRefType|null);
        }

        /** Represents a SpanRef. */
        class SpanRef implements ISpanRef {

            /**
             * Constructs a new SpanRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.ISpanRef);

            /** SpanRef traceId. */
            public traceId: Uint8Array;

            /** SpanRef spanId. */
            public spanId: Uint8Array;

            /** SpanRef refType. */
            public refType: jaeger.api_v2.SpanRefType;

            /**
             * Creates a new SpanRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SpanRef instance
             */
            public static create(properties?: jaeger.api_v2.ISpanRef): jaeger.api_v2.SpanRef;

            /**
             * Encodes the specified SpanRef message. Does not implicitly {@link jaeger.api_v2.SpanRef.verify|verify} messages.
             * @param message SpanRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.ISpanRef, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SpanRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SpanRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.SpanRef;

            /**
             * Gets the default type url for SpanRef
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Process. */
        interface IProcess {

            /** Process serviceName */
            serviceName?: (string|null);

            /** Process tags */
            tags?: (jaeger.api_v2.IKeyValue[]|null);
        }

        /** Represents a Process. */
        class Process implements IProcess {

            /**
             * Constructs a new Process.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IProcess);

            /** Process serviceName. */
            public serviceName: string;

            /** Process tags. */
            public tags: jaeger.api_v2.IKeyValue[];

            /**
             * Creates a new Process instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Process instance
             */
            public static create(properties?: jaeger.api_v2.IProcess): jaeger.api_v2.Process;

            /**
             * Encodes the specified Process message. Does not implicitly {@link jaeger.api_v2.Process.verify|verify} messages.
             * @param message Process message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IProcess, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Process message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Process
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Process;

            /**
             * Gets the default type url for Process
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Span. */
        interface ISpan {

            /** Span traceId */
            traceId?: (Uint8Array|null);

            /** Span spanId */
            spanId?: (Uint8Array|null);

            /** Span operationName */
            operationName?: (string|null);

            /** Span references */
            references?: (jaeger.api_v2.ISpanRef[]|null);

            /** Span flags */
            flags?: (number|null);

            /** Span startTime */
            startTime?: (google.protobuf.ITimestamp|null);

            /** Span duration */
            duration?: (google.protobuf.IDuration|null);

            /** Span tags */
            tags?: (jaeger.api_v2.IKeyValue[]|null);

            /** Span logs */
            logs?: (jaeger.api_v2.ILog[]|null);

            /** Span process */
            process?: (jaeger.api_v2.IProcess|null);

            /** Span processId */
            processId?: (string|null);

            /** Span warnings */
            warnings?: (string[]|null);
        }

        /** Represents a Span. */
        class Span implements ISpan {

            /**
             * Constructs a new Span.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.ISpan);

            /** Span traceId. */
            public traceId: Uint8Array;

            /** Span spanId. */
            public spanId: Uint8Array;

            /** Span operationName. */
            public operationName: string;

            /** Span references. */
            public references: jaeger.api_v2.ISpanRef[];

            /** Span flags. */
            public flags: number;

            /** Span startTime. */
            public startTime?: (google.protobuf.ITimestamp|null);

            /** Span duration. */
            public duration?: (google.protobuf.IDuration|null);

            /** Span tags. */
            public tags: jaeger.api_v2.IKeyValue[];

            /** Span logs. */
            public logs: jaeger.api_v2.ILog[];

            /** Span process. */
            public process?: (jaeger.api_v2.IProcess|null);

            /** Span processId. */
            public processId: string;

            /** Span warnings. */
            public warnings: string[];

            /**
             * Creates a new Span instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Span instance
             */
            public static create(properties?: jaeger.api_v2.ISpan): jaeger.api_v2.Span;

            /**
             * Encodes the specified Span message. Does not implicitly {@link jaeger.api_v2.Span.verify|verify} messages.
             * @param message Span message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.ISpan, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Span message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Span
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Span;

            /**
             * Gets the default type url for Span
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Batch. */
        interface IBatch {

            /** Batch spans */
            spans?: (jaeger.api_v2.ISpan[]|null);

            /** Batch process */
            process?: (jaeger.api_v2.IProcess|null);
        }

        /** Represents a Batch. */
        class Batch implements IBatch {

            /**
             * Constructs a new Batch.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.IBatch);

            /** Batch spans. */
            public spans: jaeger.api_v2.ISpan[];

            /** Batch process. */
            public process?: (jaeger.api_v2.IProcess|null);

            /**
             * Creates a new Batch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Batch instance
             */
            public static create(properties?: jaeger.api_v2.IBatch): jaeger.api_v2.Batch;

            /**
             * Encodes the specified Batch message. Does not implicitly {@link jaeger.api_v2.Batch.verify|verify} messages.
             * @param message Batch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: jaeger.api_v2.IBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Batch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Batch;

            /**
             * Gets the default type url for Batch
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /** Properties of a Timestamp. */
        interface ITimestamp {

            /** Timestamp seconds */
            seconds?: (number|Long|null);

            /** Timestamp nanos */
            nanos?: (number|null);
        }

        /** Represents a Timestamp. */
        class Timestamp implements ITimestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.ITimestamp);

            /** Timestamp seconds. */
            public seconds: (number|Long);

            /** Timestamp nanos. */
            public nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            public static create(properties?: google.protobuf.ITimestamp): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.ITimestamp, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp;

            /**
             * Gets the default type url for Timestamp
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Duration. */
        interface IDuration {

            /** Duration seconds */
            seconds?: (number|Long|null);

            /** Duration nanos */
            nanos?: (number|null);
        }

        /** Represents a Duration. */
        class Duration implements IDuration {

            /**
             * Constructs a new Duration.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IDuration);

            /** Duration seconds. */
            public seconds: (number|Long);

            /** Duration nanos. */
            public nanos: number;

            /**
             * Creates a new Duration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Duration instance
             */
            public static create(properties?: google.protobuf.IDuration): google.protobuf.Duration;

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IDuration, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Duration;

            /**
             * Gets the default type url for Duration
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
