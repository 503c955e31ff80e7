import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace jaeger. */
export namespace jaeger {

    /** Namespace api_v2. */
    namespace api_v2 {

        /**
         * Properties of a PostSpansRequest.
         * @deprecated Use jaeger.api_v2.PostSpansRequest.$Properties instead.
         */
        interface IPostSpansRequest extends jaeger.api_v2.PostSpansRequest.$Properties {
        }

        /** Represents a PostSpansRequest. */
        class PostSpansRequest {

            /**
             * Constructs a new PostSpansRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.PostSpansRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PostSpansRequest batch. */
            batch?: (jaeger.api_v2.Batch.$Properties|null);

            /**
             * Creates a new PostSpansRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PostSpansRequest instance
             */
            static create(properties: jaeger.api_v2.PostSpansRequest.$Shape): jaeger.api_v2.PostSpansRequest & jaeger.api_v2.PostSpansRequest.$Shape;
            static create(properties?: jaeger.api_v2.PostSpansRequest.$Properties): jaeger.api_v2.PostSpansRequest;

            /**
             * Encodes the specified PostSpansRequest message. Does not implicitly {@link jaeger.api_v2.PostSpansRequest.verify|verify} messages.
             * @param message PostSpansRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jaeger.api_v2.PostSpansRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PostSpansRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jaeger.api_v2.PostSpansRequest & jaeger.api_v2.PostSpansRequest.$Shape} PostSpansRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.PostSpansRequest & jaeger.api_v2.PostSpansRequest.$Shape;

            /**
             * Gets the type url for PostSpansRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PostSpansRequest {

            /** Properties of a PostSpansRequest. */
            interface $Properties {

                /** PostSpansRequest batch */
                batch?: (jaeger.api_v2.Batch.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PostSpansRequest. */
            type $Shape = jaeger.api_v2.PostSpansRequest.$Properties;
        }

        /**
         * Properties of a PostSpansResponse.
         * @deprecated Use jaeger.api_v2.PostSpansResponse.$Properties instead.
         */
        interface IPostSpansResponse extends jaeger.api_v2.PostSpansResponse.$Properties {
        }

        /** Represents a PostSpansResponse. */
        class PostSpansResponse {

            /**
             * Constructs a new PostSpansResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.PostSpansResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new PostSpansResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PostSpansResponse instance
             */
            static create(properties: jaeger.api_v2.PostSpansResponse.$Shape): jaeger.api_v2.PostSpansResponse & jaeger.api_v2.PostSpansResponse.$Shape;
            static create(properties?: jaeger.api_v2.PostSpansResponse.$Properties): jaeger.api_v2.PostSpansResponse;

            /**
             * Encodes the specified PostSpansResponse message. Does not implicitly {@link jaeger.api_v2.PostSpansResponse.verify|verify} messages.
             * @param message PostSpansResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jaeger.api_v2.PostSpansResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PostSpansResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jaeger.api_v2.PostSpansResponse & jaeger.api_v2.PostSpansResponse.$Shape} PostSpansResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.PostSpansResponse & jaeger.api_v2.PostSpansResponse.$Shape;

            /**
             * Gets the type url for PostSpansResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PostSpansResponse {

            /** Properties of a PostSpansResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PostSpansResponse. */
            type $Shape = jaeger.api_v2.PostSpansResponse.$Properties;
        }

        /** ValueType enum. */
        enum ValueType {

            /** STRING value */
            STRING = 0,

            /** BOOL value */
            BOOL = 1,

            /** INT64 value */
            INT64 = 2,

            /** FLOAT64 value */
            FLOAT64 = 3,

            /** BINARY value */
            BINARY = 4
        }

        /**
         * Properties of a KeyValue.
         * @deprecated Use jaeger.api_v2.KeyValue.$Properties instead.
         */
        interface IKeyValue extends jaeger.api_v2.KeyValue.$Properties {
        }

        /** Represents a KeyValue. */
        class KeyValue {

            /**
             * Constructs a new KeyValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.KeyValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyValue key. */
            key: string;

            /** KeyValue vType. */
            vType: jaeger.api_v2.ValueType;

            /** KeyValue vStr. */
            vStr: string;

            /** KeyValue vBool. */
            vBool: boolean;

            /** KeyValue vInt64. */
            vInt64: (number|Long);

            /** KeyValue vFloat64. */
            vFloat64: number;

            /** KeyValue vBinary. */
            vBinary: Uint8Array;

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyValue instance
             */
            static create(properties: jaeger.api_v2.KeyValue.$Shape): jaeger.api_v2.KeyValue & jaeger.api_v2.KeyValue.$Shape;
            static create(properties?: jaeger.api_v2.KeyValue.$Properties): jaeger.api_v2.KeyValue;

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link jaeger.api_v2.KeyValue.verify|verify} messages.
             * @param message KeyValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jaeger.api_v2.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jaeger.api_v2.KeyValue & jaeger.api_v2.KeyValue.$Shape} KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.KeyValue & jaeger.api_v2.KeyValue.$Shape;

            /**
             * Gets the type url for KeyValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyValue {

            /** Properties of a KeyValue. */
            interface $Properties {

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

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyValue. */
            type $Shape = jaeger.api_v2.KeyValue.$Properties;
        }

        /**
         * Properties of a Log.
         * @deprecated Use jaeger.api_v2.Log.$Properties instead.
         */
        interface ILog extends jaeger.api_v2.Log.$Properties {
        }

        /** Represents a Log. */
        class Log {

            /**
             * Constructs a new Log.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.Log.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Log timestamp. */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** Log fields. */
            fields: jaeger.api_v2.KeyValue.$Properties[];

            /**
             * Creates a new Log instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Log instance
             */
            static create(properties: jaeger.api_v2.Log.$Shape): jaeger.api_v2.Log & jaeger.api_v2.Log.$Shape;
            static create(properties?: jaeger.api_v2.Log.$Properties): jaeger.api_v2.Log;

            /**
             * Encodes the specified Log message. Does not implicitly {@link jaeger.api_v2.Log.verify|verify} messages.
             * @param message Log message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jaeger.api_v2.Log.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Log message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Log & jaeger.api_v2.Log.$Shape} Log
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Log & jaeger.api_v2.Log.$Shape;

            /**
             * Gets the type url for Log
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Log {

            /** Properties of a Log. */
            interface $Properties {

                /** Log timestamp */
                timestamp?: (google.protobuf.Timestamp.$Properties|null);

                /** Log fields */
                fields?: (jaeger.api_v2.KeyValue.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Log. */
            type $Shape = jaeger.api_v2.Log.$Properties;
        }

        /** SpanRefType enum. */
        enum SpanRefType {

            /** CHILD_OF value */
            CHILD_OF = 0,

            /** FOLLOWS_FROM value */
            FOLLOWS_FROM = 1
        }

        /**
         * Properties of a SpanRef.
         * @deprecated Use jaeger.api_v2.SpanRef.$Properties instead.
         */
        interface ISpanRef extends jaeger.api_v2.SpanRef.$Properties {
        }

        /** Represents a SpanRef. */
        class SpanRef {

            /**
             * Constructs a new SpanRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.SpanRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SpanRef traceId. */
            traceId: Uint8Array;

            /** SpanRef spanId. */
            spanId: Uint8Array;

            /** SpanRef refType. */
            refType: jaeger.api_v2.SpanRefType;

            /**
             * Creates a new SpanRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SpanRef instance
             */
            static create(properties: jaeger.api_v2.SpanRef.$Shape): jaeger.api_v2.SpanRef & jaeger.api_v2.SpanRef.$Shape;
            static create(properties?: jaeger.api_v2.SpanRef.$Properties): jaeger.api_v2.SpanRef;

            /**
             * Encodes the specified SpanRef message. Does not implicitly {@link jaeger.api_v2.SpanRef.verify|verify} messages.
             * @param message SpanRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jaeger.api_v2.SpanRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SpanRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jaeger.api_v2.SpanRef & jaeger.api_v2.SpanRef.$Shape} SpanRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.SpanRef & jaeger.api_v2.SpanRef.$Shape;

            /**
             * Gets the type url for SpanRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SpanRef {

            /** Properties of a SpanRef. */
            interface $Properties {

                /** SpanRef traceId */
                traceId?: (Uint8Array|null);

                /** SpanRef spanId */
                spanId?: (Uint8Array|null);

                /** SpanRef refType */
                refType?: (jaeger.api_v2.SpanRefType|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SpanRef. */
            type $Shape = jaeger.api_v2.SpanRef.$Properties;
        }

        /**
         * Properties of a Process.
         * @deprecated Use jaeger.api_v2.Process.$Properties instead.
         */
        interface IProcess extends jaeger.api_v2.Process.$Properties {
        }

        /** Represents a Process. */
        class Process {

            /**
             * Constructs a new Process.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.Process.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Process serviceName. */
            serviceName: string;

            /** Process tags. */
            tags: jaeger.api_v2.KeyValue.$Properties[];

            /**
             * Creates a new Process instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Process instance
             */
            static create(properties: jaeger.api_v2.Process.$Shape): jaeger.api_v2.Process & jaeger.api_v2.Process.$Shape;
            static create(properties?: jaeger.api_v2.Process.$Properties): jaeger.api_v2.Process;

            /**
             * Encodes the specified Process message. Does not implicitly {@link jaeger.api_v2.Process.verify|verify} messages.
             * @param message Process message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jaeger.api_v2.Process.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Process message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Process & jaeger.api_v2.Process.$Shape} Process
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Process & jaeger.api_v2.Process.$Shape;

            /**
             * Gets the type url for Process
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Process {

            /** Properties of a Process. */
            interface $Properties {

                /** Process serviceName */
                serviceName?: (string|null);

                /** Process tags */
                tags?: (jaeger.api_v2.KeyValue.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Process. */
            type $Shape = jaeger.api_v2.Process.$Properties;
        }

        /**
         * Properties of a Span.
         * @deprecated Use jaeger.api_v2.Span.$Properties instead.
         */
        interface ISpan extends jaeger.api_v2.Span.$Properties {
        }

        /** Represents a Span. */
        class Span {

            /**
             * Constructs a new Span.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.Span.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Span traceId. */
            traceId: Uint8Array;

            /** Span spanId. */
            spanId: Uint8Array;

            /** Span operationName. */
            operationName: string;

            /** Span references. */
            references: jaeger.api_v2.SpanRef.$Properties[];

            /** Span flags. */
            flags: number;

            /** Span startTime. */
            startTime?: (google.protobuf.Timestamp.$Properties|null);

            /** Span duration. */
            duration?: (google.protobuf.Duration.$Properties|null);

            /** Span tags. */
            tags: jaeger.api_v2.KeyValue.$Properties[];

            /** Span logs. */
            logs: jaeger.api_v2.Log.$Properties[];

            /** Span process. */
            process?: (jaeger.api_v2.Process.$Properties|null);

            /** Span processId. */
            processId: string;

            /** Span warnings. */
            warnings: string[];

            /**
             * Creates a new Span instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Span instance
             */
            static create(properties: jaeger.api_v2.Span.$Shape): jaeger.api_v2.Span & jaeger.api_v2.Span.$Shape;
            static create(properties?: jaeger.api_v2.Span.$Properties): jaeger.api_v2.Span;

            /**
             * Encodes the specified Span message. Does not implicitly {@link jaeger.api_v2.Span.verify|verify} messages.
             * @param message Span message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jaeger.api_v2.Span.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Span message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Span & jaeger.api_v2.Span.$Shape} Span
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Span & jaeger.api_v2.Span.$Shape;

            /**
             * Gets the type url for Span
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Span {

            /** Properties of a Span. */
            interface $Properties {

                /** Span traceId */
                traceId?: (Uint8Array|null);

                /** Span spanId */
                spanId?: (Uint8Array|null);

                /** Span operationName */
                operationName?: (string|null);

                /** Span references */
                references?: (jaeger.api_v2.SpanRef.$Properties[]|null);

                /** Span flags */
                flags?: (number|null);

                /** Span startTime */
                startTime?: (google.protobuf.Timestamp.$Properties|null);

                /** Span duration */
                duration?: (google.protobuf.Duration.$Properties|null);

                /** Span tags */
                tags?: (jaeger.api_v2.KeyValue.$Properties[]|null);

                /** Span logs */
                logs?: (jaeger.api_v2.Log.$Properties[]|null);

                /** Span process */
                process?: (jaeger.api_v2.Process.$Properties|null);

                /** Span processId */
                processId?: (string|null);

                /** Span warnings */
                warnings?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Span. */
            type $Shape = jaeger.api_v2.Span.$Properties;
        }

        /**
         * Properties of a Batch.
         * @deprecated Use jaeger.api_v2.Batch.$Properties instead.
         */
        interface IBatch extends jaeger.api_v2.Batch.$Properties {
        }

        /** Represents a Batch. */
        class Batch {

            /**
             * Constructs a new Batch.
             * @param [properties] Properties to set
             */
            constructor(properties?: jaeger.api_v2.Batch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Batch spans. */
            spans: jaeger.api_v2.Span.$Properties[];

            /** Batch process. */
            process?: (jaeger.api_v2.Process.$Properties|null);

            /**
             * Creates a new Batch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Batch instance
             */
            static create(properties: jaeger.api_v2.Batch.$Shape): jaeger.api_v2.Batch & jaeger.api_v2.Batch.$Shape;
            static create(properties?: jaeger.api_v2.Batch.$Properties): jaeger.api_v2.Batch;

            /**
             * Encodes the specified Batch message. Does not implicitly {@link jaeger.api_v2.Batch.verify|verify} messages.
             * @param message Batch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jaeger.api_v2.Batch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Batch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Batch & jaeger.api_v2.Batch.$Shape} Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jaeger.api_v2.Batch & jaeger.api_v2.Batch.$Shape;

            /**
             * Gets the type url for Batch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Batch {

            /** Properties of a Batch. */
            interface $Properties {

                /** Batch spans */
                spans?: (jaeger.api_v2.Span.$Properties[]|null);

                /** Batch process */
                process?: (jaeger.api_v2.Process.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Batch. */
            type $Shape = jaeger.api_v2.Batch.$Properties;
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: (number|Long);

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|Long|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }

        /**
         * Properties of a Duration.
         * @deprecated Use google.protobuf.Duration.$Properties instead.
         */
        interface IDuration extends google.protobuf.Duration.$Properties {
        }

        /** Represents a Duration. */
        class Duration {

            /**
             * Constructs a new Duration.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Duration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Duration seconds. */
            seconds: (number|Long);

            /** Duration nanos. */
            nanos: number;

            /**
             * Creates a new Duration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Duration instance
             */
            static create(properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
            static create(properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Duration & google.protobuf.Duration.$Shape;

            /**
             * Gets the type url for Duration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Duration {

            /** Properties of a Duration. */
            interface $Properties {

                /** Duration seconds */
                seconds?: (number|Long|null);

                /** Duration nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Duration. */
            type $Shape = google.protobuf.Duration.$Properties;
        }
    }
}
