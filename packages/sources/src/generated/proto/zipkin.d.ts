import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace zipkin. */
export namespace zipkin {

    /** Namespace proto3. */
    namespace proto3 {

        /**
         * Properties of a Span.
         * @deprecated Use zipkin.proto3.Span.$Properties instead.
         */
        interface ISpan extends zipkin.proto3.Span.$Properties {
        }

        /** Represents a Span. */
        class Span {

            /**
             * Constructs a new Span.
             * @param [properties] Properties to set
             */
            constructor(properties?: zipkin.proto3.Span.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Span traceId. */
            traceId: Uint8Array;

            /** Span parentId. */
            parentId: Uint8Array;

            /** Span id. */
            id: Uint8Array;

            /** Span kind. */
            kind: zipkin.proto3.Span.Kind;

            /** Span name. */
            name: string;

            /** Span timestamp. */
            timestamp: (number|Long);

            /** Span duration. */
            duration: (number|Long);

            /** Span localEndpoint. */
            localEndpoint?: (zipkin.proto3.Endpoint.$Properties|null);

            /** Span remoteEndpoint. */
            remoteEndpoint?: (zipkin.proto3.Endpoint.$Properties|null);

            /** Span annotations. */
            annotations: zipkin.proto3.Annotation.$Properties[];

            /** Span tags. */
            tags: { [k: string]: string };

            /** Span debug. */
            debug: boolean;

            /** Span shared. */
            shared: boolean;

            /**
             * Creates a new Span instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Span instance
             */
            static create(properties: zipkin.proto3.Span.$Shape): zipkin.proto3.Span & zipkin.proto3.Span.$Shape;
            static create(properties?: zipkin.proto3.Span.$Properties): zipkin.proto3.Span;

            /**
             * Encodes the specified Span message. Does not implicitly {@link zipkin.proto3.Span.verify|verify} messages.
             * @param message Span message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zipkin.proto3.Span.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Span message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zipkin.proto3.Span & zipkin.proto3.Span.$Shape} Span
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zipkin.proto3.Span & zipkin.proto3.Span.$Shape;

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
                localEndpoint?: (zipkin.proto3.Endpoint.$Properties|null);

                /** Span remoteEndpoint */
                remoteEndpoint?: (zipkin.proto3.Endpoint.$Properties|null);

                /** Span annotations */
                annotations?: (zipkin.proto3.Annotation.$Properties[]|null);

                /** Span tags */
                tags?: ({ [k: string]: string }|null);

                /** Span debug */
                debug?: (boolean|null);

                /** Span shared */
                shared?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Span. */
            type $Shape = zipkin.proto3.Span.$Properties;

            /** Kind enum. */
            enum Kind {

                /** SPAN_KIND_UNSPECIFIED value */
                SPAN_KIND_UNSPECIFIED = 0,

                /** CLIENT value */
                CLIENT = 1,

                /** SERVER value */
                SERVER = 2,

                /** PRODUCER value */
                PRODUCER = 3,

                /** CONSUMER value */
                CONSUMER = 4
            }
        }

        /**
         * Properties of an Endpoint.
         * @deprecated Use zipkin.proto3.Endpoint.$Properties instead.
         */
        interface IEndpoint extends zipkin.proto3.Endpoint.$Properties {
        }

        /** Represents an Endpoint. */
        class Endpoint {

            /**
             * Constructs a new Endpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: zipkin.proto3.Endpoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Endpoint serviceName. */
            serviceName: string;

            /** Endpoint ipv4. */
            ipv4: Uint8Array;

            /** Endpoint ipv6. */
            ipv6: Uint8Array;

            /** Endpoint port. */
            port: number;

            /**
             * Creates a new Endpoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Endpoint instance
             */
            static create(properties: zipkin.proto3.Endpoint.$Shape): zipkin.proto3.Endpoint & zipkin.proto3.Endpoint.$Shape;
            static create(properties?: zipkin.proto3.Endpoint.$Properties): zipkin.proto3.Endpoint;

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link zipkin.proto3.Endpoint.verify|verify} messages.
             * @param message Endpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zipkin.proto3.Endpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zipkin.proto3.Endpoint & zipkin.proto3.Endpoint.$Shape} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zipkin.proto3.Endpoint & zipkin.proto3.Endpoint.$Shape;

            /**
             * Gets the type url for Endpoint
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Endpoint {

            /** Properties of an Endpoint. */
            interface $Properties {

                /** Endpoint serviceName */
                serviceName?: (string|null);

                /** Endpoint ipv4 */
                ipv4?: (Uint8Array|null);

                /** Endpoint ipv6 */
                ipv6?: (Uint8Array|null);

                /** Endpoint port */
                port?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Endpoint. */
            type $Shape = zipkin.proto3.Endpoint.$Properties;
        }

        /**
         * Properties of an Annotation.
         * @deprecated Use zipkin.proto3.Annotation.$Properties instead.
         */
        interface IAnnotation extends zipkin.proto3.Annotation.$Properties {
        }

        /** Represents an Annotation. */
        class Annotation {

            /**
             * Constructs a new Annotation.
             * @param [properties] Properties to set
             */
            constructor(properties?: zipkin.proto3.Annotation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Annotation timestamp. */
            timestamp: (number|Long);

            /** Annotation value. */
            value: string;

            /**
             * Creates a new Annotation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Annotation instance
             */
            static create(properties: zipkin.proto3.Annotation.$Shape): zipkin.proto3.Annotation & zipkin.proto3.Annotation.$Shape;
            static create(properties?: zipkin.proto3.Annotation.$Properties): zipkin.proto3.Annotation;

            /**
             * Encodes the specified Annotation message. Does not implicitly {@link zipkin.proto3.Annotation.verify|verify} messages.
             * @param message Annotation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zipkin.proto3.Annotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Annotation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zipkin.proto3.Annotation & zipkin.proto3.Annotation.$Shape} Annotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zipkin.proto3.Annotation & zipkin.proto3.Annotation.$Shape;

            /**
             * Gets the type url for Annotation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Annotation {

            /** Properties of an Annotation. */
            interface $Properties {

                /** Annotation timestamp */
                timestamp?: (number|Long|null);

                /** Annotation value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Annotation. */
            type $Shape = zipkin.proto3.Annotation.$Properties;
        }

        /**
         * Properties of a ListOfSpans.
         * @deprecated Use zipkin.proto3.ListOfSpans.$Properties instead.
         */
        interface IListOfSpans extends zipkin.proto3.ListOfSpans.$Properties {
        }

        /** Represents a ListOfSpans. */
        class ListOfSpans {

            /**
             * Constructs a new ListOfSpans.
             * @param [properties] Properties to set
             */
            constructor(properties?: zipkin.proto3.ListOfSpans.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListOfSpans spans. */
            spans: zipkin.proto3.Span.$Properties[];

            /**
             * Creates a new ListOfSpans instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListOfSpans instance
             */
            static create(properties: zipkin.proto3.ListOfSpans.$Shape): zipkin.proto3.ListOfSpans & zipkin.proto3.ListOfSpans.$Shape;
            static create(properties?: zipkin.proto3.ListOfSpans.$Properties): zipkin.proto3.ListOfSpans;

            /**
             * Encodes the specified ListOfSpans message. Does not implicitly {@link zipkin.proto3.ListOfSpans.verify|verify} messages.
             * @param message ListOfSpans message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zipkin.proto3.ListOfSpans.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListOfSpans message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zipkin.proto3.ListOfSpans & zipkin.proto3.ListOfSpans.$Shape} ListOfSpans
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zipkin.proto3.ListOfSpans & zipkin.proto3.ListOfSpans.$Shape;

            /**
             * Gets the type url for ListOfSpans
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListOfSpans {

            /** Properties of a ListOfSpans. */
            interface $Properties {

                /** ListOfSpans spans */
                spans?: (zipkin.proto3.Span.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListOfSpans. */
            type $Shape = zipkin.proto3.ListOfSpans.$Properties;
        }

        /**
         * Properties of a ReportResponse.
         * @deprecated Use zipkin.proto3.ReportResponse.$Properties instead.
         */
        interface IReportResponse extends zipkin.proto3.ReportResponse.$Properties {
        }

        /** Represents a ReportResponse. */
        class ReportResponse {

            /**
             * Constructs a new ReportResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: zipkin.proto3.ReportResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ReportResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReportResponse instance
             */
            static create(properties: zipkin.proto3.ReportResponse.$Shape): zipkin.proto3.ReportResponse & zipkin.proto3.ReportResponse.$Shape;
            static create(properties?: zipkin.proto3.ReportResponse.$Properties): zipkin.proto3.ReportResponse;

            /**
             * Encodes the specified ReportResponse message. Does not implicitly {@link zipkin.proto3.ReportResponse.verify|verify} messages.
             * @param message ReportResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zipkin.proto3.ReportResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReportResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zipkin.proto3.ReportResponse & zipkin.proto3.ReportResponse.$Shape} ReportResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zipkin.proto3.ReportResponse & zipkin.proto3.ReportResponse.$Shape;

            /**
             * Gets the type url for ReportResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReportResponse {

            /** Properties of a ReportResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReportResponse. */
            type $Shape = zipkin.proto3.ReportResponse.$Properties;
        }
    }
}
