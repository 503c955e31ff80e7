import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace zipkin. */
export namespace zipkin {

    /** Namespace proto3. */
    namespace proto3 {

        /** Properties of a Span. */
        interface ISpan {

            /** Span traceId */
            traceId?: (Uint8Array|null);

            /** Span parentId */
            parentId?: (Uint8Array|null);

            /** Span id */
            id?: (Uint8Array|null);

            /** Span kind */
            kind?: (zipkin.proto3.Span.Kind|null);

            /** Span name */
            name?: (string|null);

            /** Span timestamp */
            timestamp?: (number|Long|null);

            /** Span duration */
            duration?: (number|Long|null);

            /** Span localEndpoint */
            localEndpoint?: (zipkin.proto3.IEndpoint|null);

            /** Span remoteEndpoint */
            remoteEndpoint?: (zipkin.proto3.IEndpoint|null);

            /** Span annotations */
            annotations?: (zipkin.proto3.IAnnotation[]|null);

            /** Span tags */
            tags?: ({ [k: string]: string }|null);

            /** Span debug */
            debug?: (boolean|null);

            /** Span shared */
            shared?: (boolean|null);
        }

        /** Represents a Span. */
        class Span implements ISpan {

            /**
             * Constructs a new Span.
             * @param [properties] Properties to set
             */
            constructor(properties?: zipkin.proto3.ISpan);

            /** Span traceId. */
            public traceId: Uint8Array;

            /** Span parentId. */
            public parentId: Uint8Array;

            /** Span id. */
            public id: Uint8Array;

            /** Span kind. */
            public kind: zipkin.proto3.Span.Kind;

            /** Span name. */
            public name: string;

            /** Span timestamp. */
            public timestamp: (number|Long);

            /** Span duration. */
            public duration: (number|Long);

            /** Span localEndpoint. */
            public localEndpoint?: (zipkin.proto3.IEndpoint|null);

            /** Span remoteEndpoint. */
            public remoteEndpoint?: (zipkin.proto3.IEndpoint|null);

            /** Span annotations. */
            public annotations: zipkin.proto3.IAnnotation[];

            /** Span tags. */
            public tags: { [k: string]: string };

            /** Span debug. */
            public debug: boolean;

            /** Span shared. */
            public shared: boolean;

            /**
             * Creates a new Span instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Span instance
             */
            public static create(properties?: zipkin.proto3.ISpan): zipkin.proto3.Span;

            /**
             * Encodes the specified Span message. Does not implicitly {@link zipkin.proto3.Span.verify|verify} messages.
             * @param message Span message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: zipkin.proto3.ISpan, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Span message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Span
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zipkin.proto3.Span;

            /**
             * Gets the default type url for Span
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace Span {

            /** Kind enum. */
            enum Kind {
                SPAN_KIND_UNSPECIFIED = 0,
                CLIENT = 1,
                SERVER = 2,
                PRODUCER = 3,
                CONSUMER = 4
            }
        }

        /** Properties of an Endpoint. */
        interface IEndpoint {

            /** Endpoint serviceName */
            serviceName?: (string|null);

            /** Endpoint ipv4 */
            ipv4?: (Uint8Array|null);

            /** Endpoint ipv6 */
            ipv6?: (Uint8Array|null);

            /** Endpoint port */
            port?: (number|null);
        }

        /** Represents an Endpoint. */
        class Endpoint implements IEndpoint {

            /**
             * Constructs a new Endpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: zipkin.proto3.IEndpoint);

            /** Endpoint serviceName. */
            public serviceName: string;

            /** Endpoint ipv4. */
            public ipv4: Uint8Array;

            /** Endpoint ipv6. */
            public ipv6: Uint8Array;

            /** Endpoint port. */
            public port: number;

            /**
             * Creates a new Endpoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Endpoint instance
             */
            public static create(properties?: zipkin.proto3.IEndpoint): zipkin.proto3.Endpoint;

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link zipkin.proto3.Endpoint.verify|verify} messages.
             * @param message Endpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: zipkin.proto3.IEndpoint, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zipkin.proto3.Endpoint;

            /**
             * Gets the default type url for Endpoint
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Annotation. */
        interface IAnnotation {

            /** Annotation timestamp */
            timestamp?: (number|Long|null);

            /** Annotation value */
            value?: (string|null);
        }

        /** Represents an Annotation. */
        class Annotation implements IAnnotation {

            /**
             * Constructs a new Annotation.
             * @param [properties] Properties to set
             */
            constructor(properties?: zipkin.proto3.IAnnotation);

            /** Annotation timestamp. */
            public timestamp: (number|Long);

            /** Annotation value. */
            public value: string;

            /**
             * Creates a new Annotation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Annotation instance
             */
            public static create(properties?: zipkin.proto3.IAnnotation): zipkin.proto3.Annotation;

            /**
             * Encodes the specified Annotation message. Does not implicitly {@link zipkin.proto3.Annotation.verify|verify} messages.
             * @param message Annotation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: zipkin.proto3.IAnnotation, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Annotation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Annotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zipkin.proto3.Annotation;

            /**
             * Gets the default type url for Annotation
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListOfSpans. */
        interface IListOfSpans {

            /** ListOfSpans spans */
            spans?: (zipkin.proto3.ISpan[]|null);
        }

        /** Represents a ListOfSpans. */
        class ListOfSpans implements IListOfSpans {

            /**
             * Constructs a new ListOfSpans.
             * @param [properties] Properties to set
             */
            constructor(properties?: zipkin.proto3.IListOfSpans);

            /** ListOfSpans spans. */
            public spans: zipkin.proto3.ISpan[];

            /**
             * Creates a new ListOfSpans instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListOfSpans instance
             */
            public static create(properties?: zipkin.proto3.IListOfSpans): zipkin.proto3.ListOfSpans;

            /**
             * Encodes the specified ListOfSpans message. Does not implicitly {@link zipkin.proto3.ListOfSpans.verify|verify} messages.
             * @param message ListOfSpans message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: zipkin.proto3.IListOfSpans, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListOfSpans message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListOfSpans
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zipkin.proto3.ListOfSpans;

            /**
             * Gets the default type url for ListOfSpans
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ReportResponse. */
        interface IReportResponse {
        }

        /** Represents a ReportResponse. */
        class ReportResponse implements IReportResponse {

            /**
             * Constructs a new ReportResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: zipkin.proto3.IReportResponse);

            /**
             * Creates a new ReportResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReportResponse instance
             */
            public static create(properties?: zipkin.proto3.IReportResponse): zipkin.proto3.ReportResponse;

            /**
             * Encodes the specified ReportResponse message. Does not implicitly {@link zipkin.proto3.ReportResponse.verify|verify} messages.
             * @param message ReportResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: zipkin.proto3.IReportResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReportResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ReportResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zipkin.proto3.ReportResponse;

            /**
             * Gets the default type url for ReportResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
