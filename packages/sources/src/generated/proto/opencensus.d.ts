import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace opencensus. */
export namespace opencensus {

    /** Namespace proto. */
    namespace proto {

        /** Namespace agent. */
        namespace agent {

            /** Namespace trace. */
            namespace trace {

                /** Namespace v1. */
                namespace v1 {

                    /**
                     * Properties of an ExportTraceServiceRequest.
                     * @deprecated Use opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Properties instead.
                     */
                    interface IExportTraceServiceRequest extends opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Properties {
                    }

                    /** Represents an ExportTraceServiceRequest. */
                    class ExportTraceServiceRequest {

                        /**
                         * Constructs a new ExportTraceServiceRequest.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ExportTraceServiceRequest node. */
                        node?: (opencensus.proto.agent.common.v1.Node.$Properties|null);

                        /** ExportTraceServiceRequest spans. */
                        spans: opencensus.proto.trace.v1.Span.$Properties[];

                        /** ExportTraceServiceRequest resource. */
                        resource?: (opencensus.proto.resource.v1.Resource.$Properties|null);

                        /**
                         * Creates a new ExportTraceServiceRequest instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportTraceServiceRequest instance
                         */
                        static create(properties: opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Shape): opencensus.proto.agent.trace.v1.ExportTraceServiceRequest & opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Shape;
                        static create(properties?: opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Properties): opencensus.proto.agent.trace.v1.ExportTraceServiceRequest;

                        /**
                         * Encodes the specified ExportTraceServiceRequest message. Does not implicitly {@link opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.verify|verify} messages.
                         * @param message ExportTraceServiceRequest message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportTraceServiceRequest message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.trace.v1.ExportTraceServiceRequest & opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Shape} ExportTraceServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.agent.trace.v1.ExportTraceServiceRequest & opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Shape;

                        /**
                         * Gets the type url for ExportTraceServiceRequest
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportTraceServiceRequest {

                        /** Properties of an ExportTraceServiceRequest. */
                        interface $Properties {

                            /** ExportTraceServiceRequest node */
                            node?: (opencensus.proto.agent.common.v1.Node.$Properties|null);

                            /** ExportTraceServiceRequest spans */
                            spans?: (opencensus.proto.trace.v1.Span.$Properties[]|null);

                            /** ExportTraceServiceRequest resource */
                            resource?: (opencensus.proto.resource.v1.Resource.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ExportTraceServiceRequest. */
                        type $Shape = {
                          node?: opencensus.proto.agent.common.v1.Node.$Shape|null;
                          spans?: opencensus.proto.trace.v1.Span.$Shape[]|null;
                          resource?: opencensus.proto.resource.v1.Resource.$Shape|null;
                          $unknowns?: Uint8Array[];
                        };
                    }

                    /**
                     * Properties of an ExportTraceServiceResponse.
                     * @deprecated Use opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties instead.
                     */
                    interface IExportTraceServiceResponse extends opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties {
                    }

                    /** Represents an ExportTraceServiceResponse. */
                    class ExportTraceServiceResponse {

                        /**
                         * Constructs a new ExportTraceServiceResponse.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new ExportTraceServiceResponse instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportTraceServiceResponse instance
                         */
                        static create(properties: opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Shape): opencensus.proto.agent.trace.v1.ExportTraceServiceResponse & opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Shape;
                        static create(properties?: opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties): opencensus.proto.agent.trace.v1.ExportTraceServiceResponse;

                        /**
                         * Encodes the specified ExportTraceServiceResponse message. Does not implicitly {@link opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.verify|verify} messages.
                         * @param message ExportTraceServiceResponse message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportTraceServiceResponse message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.trace.v1.ExportTraceServiceResponse & opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Shape} ExportTraceServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.agent.trace.v1.ExportTraceServiceResponse & opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Shape;

                        /**
                         * Gets the type url for ExportTraceServiceResponse
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportTraceServiceResponse {

                        /** Properties of an ExportTraceServiceResponse. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ExportTraceServiceResponse. */
                        type $Shape = opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties;
                    }
                }
            }

            /** Namespace common. */
            namespace common {

                /** Namespace v1. */
                namespace v1 {

                    /**
                     * Properties of a Node.
                     * @deprecated Use opencensus.proto.agent.common.v1.Node.$Properties instead.
                     */
                    interface INode extends opencensus.proto.agent.common.v1.Node.$Properties {
                    }

                    /** Represents a Node. */
                    class Node {

                        /**
                         * Constructs a new Node.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.agent.common.v1.Node.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Node identifier. */
                        identifier?: (opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties|null);

                        /** Node libraryInfo. */
                        libraryInfo?: (opencensus.proto.agent.common.v1.LibraryInfo.$Properties|null);

                        /** Node serviceInfo. */
                        serviceInfo?: (opencensus.proto.agent.common.v1.ServiceInfo.$Properties|null);

                        /** Node attributes. */
                        attributes: { [k: string]: string };

                        /**
                         * Creates a new Node instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Node instance
                         */
                        static create(properties: opencensus.proto.agent.common.v1.Node.$Shape): opencensus.proto.agent.common.v1.Node & opencensus.proto.agent.common.v1.Node.$Shape;
                        static create(properties?: opencensus.proto.agent.common.v1.Node.$Properties): opencensus.proto.agent.common.v1.Node;

                        /**
                         * Encodes the specified Node message. Does not implicitly {@link opencensus.proto.agent.common.v1.Node.verify|verify} messages.
                         * @param message Node message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.agent.common.v1.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Node message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.common.v1.Node & opencensus.proto.agent.common.v1.Node.$Shape} Node
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.agent.common.v1.Node & opencensus.proto.agent.common.v1.Node.$Shape;

                        /**
                         * Gets the type url for Node
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Node {

                        /** Properties of a Node. */
                        interface $Properties {

                            /** Node identifier */
                            identifier?: (opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties|null);

                            /** Node libraryInfo */
                            libraryInfo?: (opencensus.proto.agent.common.v1.LibraryInfo.$Properties|null);

                            /** Node serviceInfo */
                            serviceInfo?: (opencensus.proto.agent.common.v1.ServiceInfo.$Properties|null);

                            /** Node attributes */
                            attributes?: ({ [k: string]: string }|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a Node. */
                        type $Shape = opencensus.proto.agent.common.v1.Node.$Properties;
                    }

                    /**
                     * Properties of a ProcessIdentifier.
                     * @deprecated Use opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties instead.
                     */
                    interface IProcessIdentifier extends opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties {
                    }

                    /** Represents a ProcessIdentifier. */
                    class ProcessIdentifier {

                        /**
                         * Constructs a new ProcessIdentifier.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ProcessIdentifier hostName. */
                        hostName: string;

                        /** ProcessIdentifier pid. */
                        pid: number;

                        /** ProcessIdentifier startTimestamp. */
                        startTimestamp?: (google.protobuf.Timestamp.$Properties|null);

                        /**
                         * Creates a new ProcessIdentifier instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ProcessIdentifier instance
                         */
                        static create(properties: opencensus.proto.agent.common.v1.ProcessIdentifier.$Shape): opencensus.proto.agent.common.v1.ProcessIdentifier & opencensus.proto.agent.common.v1.ProcessIdentifier.$Shape;
                        static create(properties?: opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties): opencensus.proto.agent.common.v1.ProcessIdentifier;

                        /**
                         * Encodes the specified ProcessIdentifier message. Does not implicitly {@link opencensus.proto.agent.common.v1.ProcessIdentifier.verify|verify} messages.
                         * @param message ProcessIdentifier message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a ProcessIdentifier message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.common.v1.ProcessIdentifier & opencensus.proto.agent.common.v1.ProcessIdentifier.$Shape} ProcessIdentifier
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.agent.common.v1.ProcessIdentifier & opencensus.proto.agent.common.v1.ProcessIdentifier.$Shape;

                        /**
                         * Gets the type url for ProcessIdentifier
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ProcessIdentifier {

                        /** Properties of a ProcessIdentifier. */
                        interface $Properties {

                            /** ProcessIdentifier hostName */
                            hostName?: (string|null);

                            /** ProcessIdentifier pid */
                            pid?: (number|null);

                            /** ProcessIdentifier startTimestamp */
                            startTimestamp?: (google.protobuf.Timestamp.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a ProcessIdentifier. */
                        type $Shape = opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties;
                    }

                    /**
                     * Properties of a LibraryInfo.
                     * @deprecated Use opencensus.proto.agent.common.v1.LibraryInfo.$Properties instead.
                     */
                    interface ILibraryInfo extends opencensus.proto.agent.common.v1.LibraryInfo.$Properties {
                    }

                    /** Represents a LibraryInfo. */
                    class LibraryInfo {

                        /**
                         * Constructs a new LibraryInfo.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.agent.common.v1.LibraryInfo.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** LibraryInfo language. */
                        language: opencensus.proto.agent.common.v1.LibraryInfo.Language;

                        /** LibraryInfo exporterVersion. */
                        exporterVersion: string;

                        /** LibraryInfo coreLibraryVersion. */
                        coreLibraryVersion: string;

                        /**
                         * Creates a new LibraryInfo instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns LibraryInfo instance
                         */
                        static create(properties: opencensus.proto.agent.common.v1.LibraryInfo.$Shape): opencensus.proto.agent.common.v1.LibraryInfo & opencensus.proto.agent.common.v1.LibraryInfo.$Shape;
                        static create(properties?: opencensus.proto.agent.common.v1.LibraryInfo.$Properties): opencensus.proto.agent.common.v1.LibraryInfo;

                        /**
                         * Encodes the specified LibraryInfo message. Does not implicitly {@link opencensus.proto.agent.common.v1.LibraryInfo.verify|verify} messages.
                         * @param message LibraryInfo message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.agent.common.v1.LibraryInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a LibraryInfo message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.common.v1.LibraryInfo & opencensus.proto.agent.common.v1.LibraryInfo.$Shape} LibraryInfo
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.agent.common.v1.LibraryInfo & opencensus.proto.agent.common.v1.LibraryInfo.$Shape;

                        /**
                         * Gets the type url for LibraryInfo
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace LibraryInfo {

                        /** Properties of a LibraryInfo. */
                        interface $Properties {

                            /** LibraryInfo language */
                            language?: (opencensus.proto.agent.common.v1.LibraryInfo.Language|null);

                            /** LibraryInfo exporterVersion */
                            exporterVersion?: (string|null);

                            /** LibraryInfo coreLibraryVersion */
                            coreLibraryVersion?: (string|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a LibraryInfo. */
                        type $Shape = opencensus.proto.agent.common.v1.LibraryInfo.$Properties;

                        /** Language enum. */
                        enum Language {

                            /** LANGUAGE_UNSPECIFIED value */
                            LANGUAGE_UNSPECIFIED = 0,

                            /** CPP value */
                            CPP = 1,

                            /** C_SHARP value */
                            C_SHARP = 2,

                            /** ERLANG value */
                            ERLANG = 3,

                            /** GO_LANG value */
                            GO_LANG = 4,

                            /** JAVA value */
                            JAVA = 5,

                            /** NODE_JS value */
                            NODE_JS = 6,

                            /** PHP value */
                            PHP = 7,

                            /** PYTHON value */
                            PYTHON = 8,

                            /** RUBY value */
                            RUBY = 9,

                            /** WEB_JS value */
                            WEB_JS = 10
                        }
                    }

                    /**
                     * Properties of a ServiceInfo.
                     * @deprecated Use opencensus.proto.agent.common.v1.ServiceInfo.$Properties instead.
                     */
                    interface IServiceInfo extends opencensus.proto.agent.common.v1.ServiceInfo.$Properties {
                    }

                    /** Represents a ServiceInfo. */
                    class ServiceInfo {

                        /**
                         * Constructs a new ServiceInfo.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.agent.common.v1.ServiceInfo.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ServiceInfo name. */
                        name: string;

                        /**
                         * Creates a new ServiceInfo instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ServiceInfo instance
                         */
                        static create(properties: opencensus.proto.agent.common.v1.ServiceInfo.$Shape): opencensus.proto.agent.common.v1.ServiceInfo & opencensus.proto.agent.common.v1.ServiceInfo.$Shape;
                        static create(properties?: opencensus.proto.agent.common.v1.ServiceInfo.$Properties): opencensus.proto.agent.common.v1.ServiceInfo;

                        /**
                         * Encodes the specified ServiceInfo message. Does not implicitly {@link opencensus.proto.agent.common.v1.ServiceInfo.verify|verify} messages.
                         * @param message ServiceInfo message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.agent.common.v1.ServiceInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a ServiceInfo message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.common.v1.ServiceInfo & opencensus.proto.agent.common.v1.ServiceInfo.$Shape} ServiceInfo
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.agent.common.v1.ServiceInfo & opencensus.proto.agent.common.v1.ServiceInfo.$Shape;

                        /**
                         * Gets the type url for ServiceInfo
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ServiceInfo {

                        /** Properties of a ServiceInfo. */
                        interface $Properties {

                            /** ServiceInfo name */
                            name?: (string|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a ServiceInfo. */
                        type $Shape = opencensus.proto.agent.common.v1.ServiceInfo.$Properties;
                    }
                }
            }
        }

        /** Namespace resource. */
        namespace resource {

            /** Namespace v1. */
            namespace v1 {

                /**
                 * Properties of a Resource.
                 * @deprecated Use opencensus.proto.resource.v1.Resource.$Properties instead.
                 */
                interface IResource extends opencensus.proto.resource.v1.Resource.$Properties {
                }

                /** Represents a Resource. */
                class Resource {

                    /**
                     * Constructs a new Resource.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.resource.v1.Resource.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Resource type. */
                    type: string;

                    /** Resource labels. */
                    labels: { [k: string]: string };

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Resource instance
                     */
                    static create(properties: opencensus.proto.resource.v1.Resource.$Shape): opencensus.proto.resource.v1.Resource & opencensus.proto.resource.v1.Resource.$Shape;
                    static create(properties?: opencensus.proto.resource.v1.Resource.$Properties): opencensus.proto.resource.v1.Resource;

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link opencensus.proto.resource.v1.Resource.verify|verify} messages.
                     * @param message Resource message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opencensus.proto.resource.v1.Resource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opencensus.proto.resource.v1.Resource & opencensus.proto.resource.v1.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.resource.v1.Resource & opencensus.proto.resource.v1.Resource.$Shape;

                    /**
                     * Gets the type url for Resource
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Resource {

                    /** Properties of a Resource. */
                    interface $Properties {

                        /** Resource type */
                        type?: (string|null);

                        /** Resource labels */
                        labels?: ({ [k: string]: string }|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Resource. */
                    type $Shape = opencensus.proto.resource.v1.Resource.$Properties;
                }
            }
        }

        /** Namespace trace. */
        namespace trace {

            /** Namespace v1. */
            namespace v1 {

                /**
                 * Properties of a Span.
                 * @deprecated Use opencensus.proto.trace.v1.Span.$Properties instead.
                 */
                interface ISpan extends opencensus.proto.trace.v1.Span.$Properties {
                }

                /** Represents a Span. */
                class Span {

                    /**
                     * Constructs a new Span.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.trace.v1.Span.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Span traceId. */
                    traceId: Uint8Array;

                    /** Span spanId. */
                    spanId: Uint8Array;

                    /** Span tracestate. */
                    tracestate?: (opencensus.proto.trace.v1.Span.Tracestate.$Properties|null);

                    /** Span parentSpanId. */
                    parentSpanId: Uint8Array;

                    /** Span name. */
                    name?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                    /** Span kind. */
                    kind: opencensus.proto.trace.v1.Span.SpanKind;

                    /** Span startTime. */
                    startTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** Span endTime. */
                    endTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** Span attributes. */
                    attributes?: (opencensus.proto.trace.v1.Span.Attributes.$Properties|null);

                    /** Span stackTrace. */
                    stackTrace?: (opencensus.proto.trace.v1.StackTrace.$Properties|null);

                    /** Span timeEvents. */
                    timeEvents?: (opencensus.proto.trace.v1.Span.TimeEvents.$Properties|null);

                    /** Span links. */
                    links?: (opencensus.proto.trace.v1.Span.Links.$Properties|null);

                    /** Span status. */
                    status?: (opencensus.proto.trace.v1.Status.$Properties|null);

                    /** Span resource. */
                    resource?: (opencensus.proto.resource.v1.Resource.$Properties|null);

                    /** Span sameProcessAsParentSpan. */
                    sameProcessAsParentSpan?: (google.protobuf.BoolValue.$Properties|null);

                    /** Span childSpanCount. */
                    childSpanCount?: (google.protobuf.UInt32Value.$Properties|null);

                    /**
                     * Creates a new Span instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Span instance
                     */
                    static create(properties: opencensus.proto.trace.v1.Span.$Shape): opencensus.proto.trace.v1.Span & opencensus.proto.trace.v1.Span.$Shape;
                    static create(properties?: opencensus.proto.trace.v1.Span.$Properties): opencensus.proto.trace.v1.Span;

                    /**
                     * Encodes the specified Span message. Does not implicitly {@link opencensus.proto.trace.v1.Span.verify|verify} messages.
                     * @param message Span message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opencensus.proto.trace.v1.Span.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Span message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.Span & opencensus.proto.trace.v1.Span.$Shape} Span
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span & opencensus.proto.trace.v1.Span.$Shape;

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

                        /** Span tracestate */
                        tracestate?: (opencensus.proto.trace.v1.Span.Tracestate.$Properties|null);

                        /** Span parentSpanId */
                        parentSpanId?: (Uint8Array|null);

                        /** Span name */
                        name?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                        /** Span kind */
                        kind?: (opencensus.proto.trace.v1.Span.SpanKind|null);

                        /** Span startTime */
                        startTime?: (google.protobuf.Timestamp.$Properties|null);

                        /** Span endTime */
                        endTime?: (google.protobuf.Timestamp.$Properties|null);

                        /** Span attributes */
                        attributes?: (opencensus.proto.trace.v1.Span.Attributes.$Properties|null);

                        /** Span stackTrace */
                        stackTrace?: (opencensus.proto.trace.v1.StackTrace.$Properties|null);

                        /** Span timeEvents */
                        timeEvents?: (opencensus.proto.trace.v1.Span.TimeEvents.$Properties|null);

                        /** Span links */
                        links?: (opencensus.proto.trace.v1.Span.Links.$Properties|null);

                        /** Span status */
                        status?: (opencensus.proto.trace.v1.Status.$Properties|null);

                        /** Span resource */
                        resource?: (opencensus.proto.resource.v1.Resource.$Properties|null);

                        /** Span sameProcessAsParentSpan */
                        sameProcessAsParentSpan?: (google.protobuf.BoolValue.$Properties|null);

                        /** Span childSpanCount */
                        childSpanCount?: (google.protobuf.UInt32Value.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Span. */
                    type $Shape = {
                      traceId?: Uint8Array|null;
                      spanId?: Uint8Array|null;
                      tracestate?: opencensus.proto.trace.v1.Span.Tracestate.$Shape|null;
                      parentSpanId?: Uint8Array|null;
                      name?: opencensus.proto.trace.v1.TruncatableString.$Shape|null;
                      kind?: opencensus.proto.trace.v1.Span.SpanKind|null;
                      startTime?: google.protobuf.Timestamp.$Shape|null;
                      endTime?: google.protobuf.Timestamp.$Shape|null;
                      attributes?: opencensus.proto.trace.v1.Span.Attributes.$Shape|null;
                      stackTrace?: opencensus.proto.trace.v1.StackTrace.$Shape|null;
                      timeEvents?: opencensus.proto.trace.v1.Span.TimeEvents.$Shape|null;
                      links?: opencensus.proto.trace.v1.Span.Links.$Shape|null;
                      status?: opencensus.proto.trace.v1.Status.$Shape|null;
                      resource?: opencensus.proto.resource.v1.Resource.$Shape|null;
                      sameProcessAsParentSpan?: google.protobuf.BoolValue.$Shape|null;
                      childSpanCount?: google.protobuf.UInt32Value.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };

                    /**
                     * Properties of a Tracestate.
                     * @deprecated Use opencensus.proto.trace.v1.Span.Tracestate.$Properties instead.
                     */
                    interface ITracestate extends opencensus.proto.trace.v1.Span.Tracestate.$Properties {
                    }

                    /** Represents a Tracestate. */
                    class Tracestate {

                        /**
                         * Constructs a new Tracestate.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.Span.Tracestate.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Tracestate entries. */
                        entries: opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties[];

                        /**
                         * Creates a new Tracestate instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Tracestate instance
                         */
                        static create(properties: opencensus.proto.trace.v1.Span.Tracestate.$Shape): opencensus.proto.trace.v1.Span.Tracestate & opencensus.proto.trace.v1.Span.Tracestate.$Shape;
                        static create(properties?: opencensus.proto.trace.v1.Span.Tracestate.$Properties): opencensus.proto.trace.v1.Span.Tracestate;

                        /**
                         * Encodes the specified Tracestate message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Tracestate.verify|verify} messages.
                         * @param message Tracestate message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.trace.v1.Span.Tracestate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Tracestate message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.Tracestate & opencensus.proto.trace.v1.Span.Tracestate.$Shape} Tracestate
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.Tracestate & opencensus.proto.trace.v1.Span.Tracestate.$Shape;

                        /**
                         * Gets the type url for Tracestate
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Tracestate {

                        /** Properties of a Tracestate. */
                        interface $Properties {

                            /** Tracestate entries */
                            entries?: (opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties[]|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a Tracestate. */
                        type $Shape = opencensus.proto.trace.v1.Span.Tracestate.$Properties;

                        /**
                         * Properties of an Entry.
                         * @deprecated Use opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties instead.
                         */
                        interface IEntry extends opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties {
                        }

                        /** Represents an Entry. */
                        class Entry {

                            /**
                             * Constructs a new Entry.
                             * @param [properties] Properties to set
                             */
                            constructor(properties?: opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];

                            /** Entry key. */
                            key: string;

                            /** Entry value. */
                            value: string;

                            /**
                             * Creates a new Entry instance using the specified properties.
                             * @param [properties] Properties to set
                             * @returns Entry instance
                             */
                            static create(properties: opencensus.proto.trace.v1.Span.Tracestate.Entry.$Shape): opencensus.proto.trace.v1.Span.Tracestate.Entry & opencensus.proto.trace.v1.Span.Tracestate.Entry.$Shape;
                            static create(properties?: opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties): opencensus.proto.trace.v1.Span.Tracestate.Entry;

                            /**
                             * Encodes the specified Entry message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Tracestate.Entry.verify|verify} messages.
                             * @param message Entry message or plain object to encode
                             * @param [writer] Writer to encode to
                             * @returns Writer
                             */
                            static encode(message: opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                            /**
                             * Decodes an Entry message from the specified reader or buffer.
                             * @param reader Reader or buffer to decode from
                             * @param [length] Message length if known beforehand
                             * @returns {opencensus.proto.trace.v1.Span.Tracestate.Entry & opencensus.proto.trace.v1.Span.Tracestate.Entry.$Shape} Entry
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.Tracestate.Entry & opencensus.proto.trace.v1.Span.Tracestate.Entry.$Shape;

                            /**
                             * Gets the type url for Entry
                             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                             * @returns The type url
                             */
                            static getTypeUrl(prefix?: string): string;
                        }

                        namespace Entry {

                            /** Properties of an Entry. */
                            interface $Properties {

                                /** Entry key */
                                key?: (string|null);

                                /** Entry value */
                                value?: (string|null);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];
                            }

                            /** Shape of an Entry. */
                            type $Shape = opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties;
                        }
                    }

                    /** SpanKind enum. */
                    enum SpanKind {

                        /** SPAN_KIND_UNSPECIFIED value */
                        SPAN_KIND_UNSPECIFIED = 0,

                        /** SERVER value */
                        SERVER = 1,

                        /** CLIENT value */
                        CLIENT = 2
                    }

                    /**
                     * Properties of an Attributes.
                     * @deprecated Use opencensus.proto.trace.v1.Span.Attributes.$Properties instead.
                     */
                    interface IAttributes extends opencensus.proto.trace.v1.Span.Attributes.$Properties {
                    }

                    /** Represents an Attributes. */
                    class Attributes {

                        /**
                         * Constructs a new Attributes.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.Span.Attributes.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Attributes attributeMap. */
                        attributeMap: { [k: string]: opencensus.proto.trace.v1.AttributeValue.$Properties };

                        /** Attributes droppedAttributesCount. */
                        droppedAttributesCount: number;

                        /**
                         * Creates a new Attributes instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Attributes instance
                         */
                        static create(properties: opencensus.proto.trace.v1.Span.Attributes.$Shape): opencensus.proto.trace.v1.Span.Attributes & opencensus.proto.trace.v1.Span.Attributes.$Shape;
                        static create(properties?: opencensus.proto.trace.v1.Span.Attributes.$Properties): opencensus.proto.trace.v1.Span.Attributes;

                        /**
                         * Encodes the specified Attributes message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Attributes.verify|verify} messages.
                         * @param message Attributes message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.trace.v1.Span.Attributes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an Attributes message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.Attributes & opencensus.proto.trace.v1.Span.Attributes.$Shape} Attributes
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.Attributes & opencensus.proto.trace.v1.Span.Attributes.$Shape;

                        /**
                         * Gets the type url for Attributes
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Attributes {

                        /** Properties of an Attributes. */
                        interface $Properties {

                            /** Attributes attributeMap */
                            attributeMap?: ({ [k: string]: opencensus.proto.trace.v1.AttributeValue.$Properties }|null);

                            /** Attributes droppedAttributesCount */
                            droppedAttributesCount?: (number|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an Attributes. */
                        type $Shape = {
                          attributeMap?: { [k: string]: opencensus.proto.trace.v1.AttributeValue.$Shape }|null;
                          droppedAttributesCount?: number|null;
                          $unknowns?: Uint8Array[];
                        };
                    }

                    /**
                     * Properties of a TimeEvent.
                     * @deprecated Use opencensus.proto.trace.v1.Span.TimeEvent.$Properties instead.
                     */
                    interface ITimeEvent extends opencensus.proto.trace.v1.Span.TimeEvent.$Properties {
                    }

                    /** Represents a TimeEvent. */
                    class TimeEvent {

                        /**
                         * Constructs a new TimeEvent.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.Span.TimeEvent.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** TimeEvent time. */
                        time?: (google.protobuf.Timestamp.$Properties|null);

                        /** TimeEvent annotation. */
                        annotation?: (opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties|null);

                        /** TimeEvent messageEvent. */
                        messageEvent?: (opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties|null);

                        /** TimeEvent value. */
                        value?: ("annotation"|"messageEvent");

                        /**
                         * Creates a new TimeEvent instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns TimeEvent instance
                         */
                        static create(properties: opencensus.proto.trace.v1.Span.TimeEvent.$Shape): opencensus.proto.trace.v1.Span.TimeEvent & opencensus.proto.trace.v1.Span.TimeEvent.$Shape;
                        static create(properties?: opencensus.proto.trace.v1.Span.TimeEvent.$Properties): opencensus.proto.trace.v1.Span.TimeEvent;

                        /**
                         * Encodes the specified TimeEvent message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvent.verify|verify} messages.
                         * @param message TimeEvent message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.trace.v1.Span.TimeEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a TimeEvent message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.TimeEvent & opencensus.proto.trace.v1.Span.TimeEvent.$Shape} TimeEvent
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.TimeEvent & opencensus.proto.trace.v1.Span.TimeEvent.$Shape;

                        /**
                         * Gets the type url for TimeEvent
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace TimeEvent {

                        /** Properties of a TimeEvent. */
                        interface $Properties {

                            /** TimeEvent time */
                            time?: (google.protobuf.Timestamp.$Properties|null);

                            /** TimeEvent annotation */
                            annotation?: (opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties|null);

                            /** TimeEvent messageEvent */
                            messageEvent?: (opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties|null);

                            /** TimeEvent value */
                            value?: ("annotation"|"messageEvent");

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Narrowed shape of a TimeEvent. */
                        type $Shape = {
                          time?: google.protobuf.Timestamp.$Shape|null;
                          annotation?: opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Shape|null;
                          messageEvent?: opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Shape|null;
                          $unknowns?: Uint8Array[];
                        } & (
                          ({ value?: undefined; annotation?: null; messageEvent?: null }|{ value?: "annotation"; annotation: opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Shape; messageEvent?: null }|{ value?: "messageEvent"; annotation?: null; messageEvent: opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Shape })
                        );

                        /**
                         * Properties of an Annotation.
                         * @deprecated Use opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties instead.
                         */
                        interface IAnnotation extends opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties {
                        }

                        /** Represents an Annotation. */
                        class Annotation {

                            /**
                             * Constructs a new Annotation.
                             * @param [properties] Properties to set
                             */
                            constructor(properties?: opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];

                            /** Annotation description. */
                            description?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                            /** Annotation attributes. */
                            attributes?: (opencensus.proto.trace.v1.Span.Attributes.$Properties|null);

                            /**
                             * Creates a new Annotation instance using the specified properties.
                             * @param [properties] Properties to set
                             * @returns Annotation instance
                             */
                            static create(properties: opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Shape): opencensus.proto.trace.v1.Span.TimeEvent.Annotation & opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Shape;
                            static create(properties?: opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties): opencensus.proto.trace.v1.Span.TimeEvent.Annotation;

                            /**
                             * Encodes the specified Annotation message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvent.Annotation.verify|verify} messages.
                             * @param message Annotation message or plain object to encode
                             * @param [writer] Writer to encode to
                             * @returns Writer
                             */
                            static encode(message: opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                            /**
                             * Decodes an Annotation message from the specified reader or buffer.
                             * @param reader Reader or buffer to decode from
                             * @param [length] Message length if known beforehand
                             * @returns {opencensus.proto.trace.v1.Span.TimeEvent.Annotation & opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Shape} Annotation
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.TimeEvent.Annotation & opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Shape;

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

                                /** Annotation description */
                                description?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                                /** Annotation attributes */
                                attributes?: (opencensus.proto.trace.v1.Span.Attributes.$Properties|null);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];
                            }

                            /** Shape of an Annotation. */
                            type $Shape = {
                              description?: opencensus.proto.trace.v1.TruncatableString.$Shape|null;
                              attributes?: opencensus.proto.trace.v1.Span.Attributes.$Shape|null;
                              $unknowns?: Uint8Array[];
                            };
                        }

                        /**
                         * Properties of a MessageEvent.
                         * @deprecated Use opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties instead.
                         */
                        interface IMessageEvent extends opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties {
                        }

                        /** Represents a MessageEvent. */
                        class MessageEvent {

                            /**
                             * Constructs a new MessageEvent.
                             * @param [properties] Properties to set
                             */
                            constructor(properties?: opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];

                            /** MessageEvent type. */
                            type: opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.Type;

                            /** MessageEvent id. */
                            id: (number|Long);

                            /** MessageEvent uncompressedSize. */
                            uncompressedSize: (number|Long);

                            /** MessageEvent compressedSize. */
                            compressedSize: (number|Long);

                            /**
                             * Creates a new MessageEvent instance using the specified properties.
                             * @param [properties] Properties to set
                             * @returns MessageEvent instance
                             */
                            static create(properties: opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Shape): opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent & opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Shape;
                            static create(properties?: opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties): opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent;

                            /**
                             * Encodes the specified MessageEvent message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.verify|verify} messages.
                             * @param message MessageEvent message or plain object to encode
                             * @param [writer] Writer to encode to
                             * @returns Writer
                             */
                            static encode(message: opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                            /**
                             * Decodes a MessageEvent message from the specified reader or buffer.
                             * @param reader Reader or buffer to decode from
                             * @param [length] Message length if known beforehand
                             * @returns {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent & opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Shape} MessageEvent
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent & opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Shape;

                            /**
                             * Gets the type url for MessageEvent
                             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                             * @returns The type url
                             */
                            static getTypeUrl(prefix?: string): string;
                        }

                        namespace MessageEvent {

                            /** Properties of a MessageEvent. */
                            interface $Properties {

                                /** MessageEvent type */
                                type?: (opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.Type|null);

                                /** MessageEvent id */
                                id?: (number|Long|null);

                                /** MessageEvent uncompressedSize */
                                uncompressedSize?: (number|Long|null);

                                /** MessageEvent compressedSize */
                                compressedSize?: (number|Long|null);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];
                            }

                            /** Shape of a MessageEvent. */
                            type $Shape = opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties;

                            /** Type enum. */
                            enum Type {

                                /** TYPE_UNSPECIFIED value */
                                TYPE_UNSPECIFIED = 0,

                                /** SENT value */
                                SENT = 1,

                                /** RECEIVED value */
                                RECEIVED = 2
                            }
                        }
                    }

                    /**
                     * Properties of a TimeEvents.
                     * @deprecated Use opencensus.proto.trace.v1.Span.TimeEvents.$Properties instead.
                     */
                    interface ITimeEvents extends opencensus.proto.trace.v1.Span.TimeEvents.$Properties {
                    }

                    /** Represents a TimeEvents. */
                    class TimeEvents {

                        /**
                         * Constructs a new TimeEvents.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.Span.TimeEvents.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** TimeEvents timeEvent. */
                        timeEvent: opencensus.proto.trace.v1.Span.TimeEvent.$Properties[];

                        /** TimeEvents droppedAnnotationsCount. */
                        droppedAnnotationsCount: number;

                        /** TimeEvents droppedMessageEventsCount. */
                        droppedMessageEventsCount: number;

                        /**
                         * Creates a new TimeEvents instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns TimeEvents instance
                         */
                        static create(properties: opencensus.proto.trace.v1.Span.TimeEvents.$Shape): opencensus.proto.trace.v1.Span.TimeEvents & opencensus.proto.trace.v1.Span.TimeEvents.$Shape;
                        static create(properties?: opencensus.proto.trace.v1.Span.TimeEvents.$Properties): opencensus.proto.trace.v1.Span.TimeEvents;

                        /**
                         * Encodes the specified TimeEvents message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvents.verify|verify} messages.
                         * @param message TimeEvents message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.trace.v1.Span.TimeEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a TimeEvents message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.TimeEvents & opencensus.proto.trace.v1.Span.TimeEvents.$Shape} TimeEvents
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.TimeEvents & opencensus.proto.trace.v1.Span.TimeEvents.$Shape;

                        /**
                         * Gets the type url for TimeEvents
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace TimeEvents {

                        /** Properties of a TimeEvents. */
                        interface $Properties {

                            /** TimeEvents timeEvent */
                            timeEvent?: (opencensus.proto.trace.v1.Span.TimeEvent.$Properties[]|null);

                            /** TimeEvents droppedAnnotationsCount */
                            droppedAnnotationsCount?: (number|null);

                            /** TimeEvents droppedMessageEventsCount */
                            droppedMessageEventsCount?: (number|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a TimeEvents. */
                        type $Shape = {
                          timeEvent?: opencensus.proto.trace.v1.Span.TimeEvent.$Shape[]|null;
                          droppedAnnotationsCount?: number|null;
                          droppedMessageEventsCount?: number|null;
                          $unknowns?: Uint8Array[];
                        };
                    }

                    /**
                     * Properties of a Link.
                     * @deprecated Use opencensus.proto.trace.v1.Span.Link.$Properties instead.
                     */
                    interface ILink extends opencensus.proto.trace.v1.Span.Link.$Properties {
                    }

                    /** Represents a Link. */
                    class Link {

                        /**
                         * Constructs a new Link.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.Span.Link.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Link traceId. */
                        traceId: Uint8Array;

                        /** Link spanId. */
                        spanId: Uint8Array;

                        /** Link type. */
                        type: opencensus.proto.trace.v1.Span.Link.Type;

                        /** Link attributes. */
                        attributes?: (opencensus.proto.trace.v1.Span.Attributes.$Properties|null);

                        /** Link tracestate. */
                        tracestate?: (opencensus.proto.trace.v1.Span.Tracestate.$Properties|null);

                        /**
                         * Creates a new Link instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Link instance
                         */
                        static create(properties: opencensus.proto.trace.v1.Span.Link.$Shape): opencensus.proto.trace.v1.Span.Link & opencensus.proto.trace.v1.Span.Link.$Shape;
                        static create(properties?: opencensus.proto.trace.v1.Span.Link.$Properties): opencensus.proto.trace.v1.Span.Link;

                        /**
                         * Encodes the specified Link message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Link.verify|verify} messages.
                         * @param message Link message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.trace.v1.Span.Link.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Link message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.Link & opencensus.proto.trace.v1.Span.Link.$Shape} Link
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.Link & opencensus.proto.trace.v1.Span.Link.$Shape;

                        /**
                         * Gets the type url for Link
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Link {

                        /** Properties of a Link. */
                        interface $Properties {

                            /** Link traceId */
                            traceId?: (Uint8Array|null);

                            /** Link spanId */
                            spanId?: (Uint8Array|null);

                            /** Link type */
                            type?: (opencensus.proto.trace.v1.Span.Link.Type|null);

                            /** Link attributes */
                            attributes?: (opencensus.proto.trace.v1.Span.Attributes.$Properties|null);

                            /** Link tracestate */
                            tracestate?: (opencensus.proto.trace.v1.Span.Tracestate.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a Link. */
                        type $Shape = {
                          traceId?: Uint8Array|null;
                          spanId?: Uint8Array|null;
                          type?: opencensus.proto.trace.v1.Span.Link.Type|null;
                          attributes?: opencensus.proto.trace.v1.Span.Attributes.$Shape|null;
                          tracestate?: opencensus.proto.trace.v1.Span.Tracestate.$Shape|null;
                          $unknowns?: Uint8Array[];
                        };

                        /** Type enum. */
                        enum Type {

                            /** TYPE_UNSPECIFIED value */
                            TYPE_UNSPECIFIED = 0,

                            /** CHILD_LINKED_SPAN value */
                            CHILD_LINKED_SPAN = 1,

                            /** PARENT_LINKED_SPAN value */
                            PARENT_LINKED_SPAN = 2
                        }
                    }

                    /**
                     * Properties of a Links.
                     * @deprecated Use opencensus.proto.trace.v1.Span.Links.$Properties instead.
                     */
                    interface ILinks extends opencensus.proto.trace.v1.Span.Links.$Properties {
                    }

                    /** Represents a Links. */
                    class Links {

                        /**
                         * Constructs a new Links.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.Span.Links.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Links link. */
                        link: opencensus.proto.trace.v1.Span.Link.$Properties[];

                        /** Links droppedLinksCount. */
                        droppedLinksCount: number;

                        /**
                         * Creates a new Links instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Links instance
                         */
                        static create(properties: opencensus.proto.trace.v1.Span.Links.$Shape): opencensus.proto.trace.v1.Span.Links & opencensus.proto.trace.v1.Span.Links.$Shape;
                        static create(properties?: opencensus.proto.trace.v1.Span.Links.$Properties): opencensus.proto.trace.v1.Span.Links;

                        /**
                         * Encodes the specified Links message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Links.verify|verify} messages.
                         * @param message Links message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.trace.v1.Span.Links.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Links message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.Links & opencensus.proto.trace.v1.Span.Links.$Shape} Links
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.Links & opencensus.proto.trace.v1.Span.Links.$Shape;

                        /**
                         * Gets the type url for Links
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Links {

                        /** Properties of a Links. */
                        interface $Properties {

                            /** Links link */
                            link?: (opencensus.proto.trace.v1.Span.Link.$Properties[]|null);

                            /** Links droppedLinksCount */
                            droppedLinksCount?: (number|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a Links. */
                        type $Shape = {
                          link?: opencensus.proto.trace.v1.Span.Link.$Shape[]|null;
                          droppedLinksCount?: number|null;
                          $unknowns?: Uint8Array[];
                        };
                    }
                }

                /**
                 * Properties of a Status.
                 * @deprecated Use opencensus.proto.trace.v1.Status.$Properties instead.
                 */
                interface IStatus extends opencensus.proto.trace.v1.Status.$Properties {
                }

                /** Represents a Status. */
                class Status {

                    /**
                     * Constructs a new Status.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.trace.v1.Status.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Status code. */
                    code: number;

                    /** Status message. */
                    message: string;

                    /**
                     * Creates a new Status instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Status instance
                     */
                    static create(properties: opencensus.proto.trace.v1.Status.$Shape): opencensus.proto.trace.v1.Status & opencensus.proto.trace.v1.Status.$Shape;
                    static create(properties?: opencensus.proto.trace.v1.Status.$Properties): opencensus.proto.trace.v1.Status;

                    /**
                     * Encodes the specified Status message. Does not implicitly {@link opencensus.proto.trace.v1.Status.verify|verify} messages.
                     * @param message Status message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opencensus.proto.trace.v1.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Status message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.Status & opencensus.proto.trace.v1.Status.$Shape} Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Status & opencensus.proto.trace.v1.Status.$Shape;

                    /**
                     * Gets the type url for Status
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Status {

                    /** Properties of a Status. */
                    interface $Properties {

                        /** Status code */
                        code?: (number|null);

                        /** Status message */
                        message?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Status. */
                    type $Shape = opencensus.proto.trace.v1.Status.$Properties;
                }

                /**
                 * Properties of an AttributeValue.
                 * @deprecated Use opencensus.proto.trace.v1.AttributeValue.$Properties instead.
                 */
                interface IAttributeValue extends opencensus.proto.trace.v1.AttributeValue.$Properties {
                }

                /** Represents an AttributeValue. */
                class AttributeValue {

                    /**
                     * Constructs a new AttributeValue.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.trace.v1.AttributeValue.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** AttributeValue stringValue. */
                    stringValue?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                    /** AttributeValue intValue. */
                    intValue?: (number|Long|null);

                    /** AttributeValue boolValue. */
                    boolValue?: (boolean|null);

                    /** AttributeValue doubleValue. */
                    doubleValue?: (number|null);

                    /** AttributeValue value. */
                    value?: ("stringValue"|"intValue"|"boolValue"|"doubleValue");

                    /**
                     * Creates a new AttributeValue instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns AttributeValue instance
                     */
                    static create(properties: opencensus.proto.trace.v1.AttributeValue.$Shape): opencensus.proto.trace.v1.AttributeValue & opencensus.proto.trace.v1.AttributeValue.$Shape;
                    static create(properties?: opencensus.proto.trace.v1.AttributeValue.$Properties): opencensus.proto.trace.v1.AttributeValue;

                    /**
                     * Encodes the specified AttributeValue message. Does not implicitly {@link opencensus.proto.trace.v1.AttributeValue.verify|verify} messages.
                     * @param message AttributeValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opencensus.proto.trace.v1.AttributeValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an AttributeValue message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.AttributeValue & opencensus.proto.trace.v1.AttributeValue.$Shape} AttributeValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.AttributeValue & opencensus.proto.trace.v1.AttributeValue.$Shape;

                    /**
                     * Gets the type url for AttributeValue
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace AttributeValue {

                    /** Properties of an AttributeValue. */
                    interface $Properties {

                        /** AttributeValue stringValue */
                        stringValue?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                        /** AttributeValue intValue */
                        intValue?: (number|Long|null);

                        /** AttributeValue boolValue */
                        boolValue?: (boolean|null);

                        /** AttributeValue doubleValue */
                        doubleValue?: (number|null);

                        /** AttributeValue value */
                        value?: ("stringValue"|"intValue"|"boolValue"|"doubleValue");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of an AttributeValue. */
                    type $Shape = {
                      stringValue?: opencensus.proto.trace.v1.TruncatableString.$Shape|null;
                      intValue?: number|Long|null;
                      boolValue?: boolean|null;
                      doubleValue?: number|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ value?: undefined; stringValue?: null; intValue?: null; boolValue?: null; doubleValue?: null }|{ value?: "stringValue"; stringValue: opencensus.proto.trace.v1.TruncatableString.$Shape; intValue?: null; boolValue?: null; doubleValue?: null }|{ value?: "intValue"; stringValue?: null; intValue: number|Long; boolValue?: null; doubleValue?: null }|{ value?: "boolValue"; stringValue?: null; intValue?: null; boolValue: boolean; doubleValue?: null }|{ value?: "doubleValue"; stringValue?: null; intValue?: null; boolValue?: null; doubleValue: number })
                    );
                }

                /**
                 * Properties of a StackTrace.
                 * @deprecated Use opencensus.proto.trace.v1.StackTrace.$Properties instead.
                 */
                interface IStackTrace extends opencensus.proto.trace.v1.StackTrace.$Properties {
                }

                /** Represents a StackTrace. */
                class StackTrace {

                    /**
                     * Constructs a new StackTrace.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.trace.v1.StackTrace.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** StackTrace stackFrames. */
                    stackFrames?: (opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties|null);

                    /** StackTrace stackTraceHashId. */
                    stackTraceHashId: (number|Long);

                    /**
                     * Creates a new StackTrace instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StackTrace instance
                     */
                    static create(properties: opencensus.proto.trace.v1.StackTrace.$Shape): opencensus.proto.trace.v1.StackTrace & opencensus.proto.trace.v1.StackTrace.$Shape;
                    static create(properties?: opencensus.proto.trace.v1.StackTrace.$Properties): opencensus.proto.trace.v1.StackTrace;

                    /**
                     * Encodes the specified StackTrace message. Does not implicitly {@link opencensus.proto.trace.v1.StackTrace.verify|verify} messages.
                     * @param message StackTrace message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opencensus.proto.trace.v1.StackTrace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StackTrace message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.StackTrace & opencensus.proto.trace.v1.StackTrace.$Shape} StackTrace
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.StackTrace & opencensus.proto.trace.v1.StackTrace.$Shape;

                    /**
                     * Gets the type url for StackTrace
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace StackTrace {

                    /** Properties of a StackTrace. */
                    interface $Properties {

                        /** StackTrace stackFrames */
                        stackFrames?: (opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties|null);

                        /** StackTrace stackTraceHashId */
                        stackTraceHashId?: (number|Long|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a StackTrace. */
                    type $Shape = opencensus.proto.trace.v1.StackTrace.$Properties;

                    /**
                     * Properties of a StackFrame.
                     * @deprecated Use opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties instead.
                     */
                    interface IStackFrame extends opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties {
                    }

                    /** Represents a StackFrame. */
                    class StackFrame {

                        /**
                         * Constructs a new StackFrame.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** StackFrame functionName. */
                        functionName?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                        /** StackFrame originalFunctionName. */
                        originalFunctionName?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                        /** StackFrame fileName. */
                        fileName?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                        /** StackFrame lineNumber. */
                        lineNumber: (number|Long);

                        /** StackFrame columnNumber. */
                        columnNumber: (number|Long);

                        /** StackFrame loadModule. */
                        loadModule?: (opencensus.proto.trace.v1.Module.$Properties|null);

                        /** StackFrame sourceVersion. */
                        sourceVersion?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                        /**
                         * Creates a new StackFrame instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns StackFrame instance
                         */
                        static create(properties: opencensus.proto.trace.v1.StackTrace.StackFrame.$Shape): opencensus.proto.trace.v1.StackTrace.StackFrame & opencensus.proto.trace.v1.StackTrace.StackFrame.$Shape;
                        static create(properties?: opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties): opencensus.proto.trace.v1.StackTrace.StackFrame;

                        /**
                         * Encodes the specified StackFrame message. Does not implicitly {@link opencensus.proto.trace.v1.StackTrace.StackFrame.verify|verify} messages.
                         * @param message StackFrame message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a StackFrame message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.StackTrace.StackFrame & opencensus.proto.trace.v1.StackTrace.StackFrame.$Shape} StackFrame
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.StackTrace.StackFrame & opencensus.proto.trace.v1.StackTrace.StackFrame.$Shape;

                        /**
                         * Gets the type url for StackFrame
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace StackFrame {

                        /** Properties of a StackFrame. */
                        interface $Properties {

                            /** StackFrame functionName */
                            functionName?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                            /** StackFrame originalFunctionName */
                            originalFunctionName?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                            /** StackFrame fileName */
                            fileName?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                            /** StackFrame lineNumber */
                            lineNumber?: (number|Long|null);

                            /** StackFrame columnNumber */
                            columnNumber?: (number|Long|null);

                            /** StackFrame loadModule */
                            loadModule?: (opencensus.proto.trace.v1.Module.$Properties|null);

                            /** StackFrame sourceVersion */
                            sourceVersion?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a StackFrame. */
                        type $Shape = opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties;
                    }

                    /**
                     * Properties of a StackFrames.
                     * @deprecated Use opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties instead.
                     */
                    interface IStackFrames extends opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties {
                    }

                    /** Represents a StackFrames. */
                    class StackFrames {

                        /**
                         * Constructs a new StackFrames.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** StackFrames frame. */
                        frame: opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties[];

                        /** StackFrames droppedFramesCount. */
                        droppedFramesCount: number;

                        /**
                         * Creates a new StackFrames instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns StackFrames instance
                         */
                        static create(properties: opencensus.proto.trace.v1.StackTrace.StackFrames.$Shape): opencensus.proto.trace.v1.StackTrace.StackFrames & opencensus.proto.trace.v1.StackTrace.StackFrames.$Shape;
                        static create(properties?: opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties): opencensus.proto.trace.v1.StackTrace.StackFrames;

                        /**
                         * Encodes the specified StackFrames message. Does not implicitly {@link opencensus.proto.trace.v1.StackTrace.StackFrames.verify|verify} messages.
                         * @param message StackFrames message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a StackFrames message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.StackTrace.StackFrames & opencensus.proto.trace.v1.StackTrace.StackFrames.$Shape} StackFrames
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.StackTrace.StackFrames & opencensus.proto.trace.v1.StackTrace.StackFrames.$Shape;

                        /**
                         * Gets the type url for StackFrames
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace StackFrames {

                        /** Properties of a StackFrames. */
                        interface $Properties {

                            /** StackFrames frame */
                            frame?: (opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties[]|null);

                            /** StackFrames droppedFramesCount */
                            droppedFramesCount?: (number|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a StackFrames. */
                        type $Shape = opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties;
                    }
                }

                /**
                 * Properties of a Module.
                 * @deprecated Use opencensus.proto.trace.v1.Module.$Properties instead.
                 */
                interface IModule extends opencensus.proto.trace.v1.Module.$Properties {
                }

                /** Represents a Module. */
                class Module {

                    /**
                     * Constructs a new Module.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.trace.v1.Module.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Module module. */
                    module?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                    /** Module buildId. */
                    buildId?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                    /**
                     * Creates a new Module instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Module instance
                     */
                    static create(properties: opencensus.proto.trace.v1.Module.$Shape): opencensus.proto.trace.v1.Module & opencensus.proto.trace.v1.Module.$Shape;
                    static create(properties?: opencensus.proto.trace.v1.Module.$Properties): opencensus.proto.trace.v1.Module;

                    /**
                     * Encodes the specified Module message. Does not implicitly {@link opencensus.proto.trace.v1.Module.verify|verify} messages.
                     * @param message Module message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opencensus.proto.trace.v1.Module.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Module message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.Module & opencensus.proto.trace.v1.Module.$Shape} Module
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Module & opencensus.proto.trace.v1.Module.$Shape;

                    /**
                     * Gets the type url for Module
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Module {

                    /** Properties of a Module. */
                    interface $Properties {

                        /** Module module */
                        module?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                        /** Module buildId */
                        buildId?: (opencensus.proto.trace.v1.TruncatableString.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Module. */
                    type $Shape = opencensus.proto.trace.v1.Module.$Properties;
                }

                /**
                 * Properties of a TruncatableString.
                 * @deprecated Use opencensus.proto.trace.v1.TruncatableString.$Properties instead.
                 */
                interface ITruncatableString extends opencensus.proto.trace.v1.TruncatableString.$Properties {
                }

                /** Represents a TruncatableString. */
                class TruncatableString {

                    /**
                     * Constructs a new TruncatableString.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.trace.v1.TruncatableString.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** TruncatableString value. */
                    value: string;

                    /** TruncatableString truncatedByteCount. */
                    truncatedByteCount: number;

                    /**
                     * Creates a new TruncatableString instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns TruncatableString instance
                     */
                    static create(properties: opencensus.proto.trace.v1.TruncatableString.$Shape): opencensus.proto.trace.v1.TruncatableString & opencensus.proto.trace.v1.TruncatableString.$Shape;
                    static create(properties?: opencensus.proto.trace.v1.TruncatableString.$Properties): opencensus.proto.trace.v1.TruncatableString;

                    /**
                     * Encodes the specified TruncatableString message. Does not implicitly {@link opencensus.proto.trace.v1.TruncatableString.verify|verify} messages.
                     * @param message TruncatableString message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opencensus.proto.trace.v1.TruncatableString.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a TruncatableString message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.TruncatableString & opencensus.proto.trace.v1.TruncatableString.$Shape} TruncatableString
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.TruncatableString & opencensus.proto.trace.v1.TruncatableString.$Shape;

                    /**
                     * Gets the type url for TruncatableString
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace TruncatableString {

                    /** Properties of a TruncatableString. */
                    interface $Properties {

                        /** TruncatableString value */
                        value?: (string|null);

                        /** TruncatableString truncatedByteCount */
                        truncatedByteCount?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a TruncatableString. */
                    type $Shape = opencensus.proto.trace.v1.TruncatableString.$Properties;
                }
            }
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
         * Properties of a DoubleValue.
         * @deprecated Use google.protobuf.DoubleValue.$Properties instead.
         */
        interface IDoubleValue extends google.protobuf.DoubleValue.$Properties {
        }

        /** Represents a DoubleValue. */
        class DoubleValue {

            /**
             * Constructs a new DoubleValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.DoubleValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DoubleValue value. */
            value: number;

            /**
             * Creates a new DoubleValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DoubleValue instance
             */
            static create(properties: google.protobuf.DoubleValue.$Shape): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
            static create(properties?: google.protobuf.DoubleValue.$Properties): google.protobuf.DoubleValue;

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @param message DoubleValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.DoubleValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;

            /**
             * Gets the type url for DoubleValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DoubleValue {

            /** Properties of a DoubleValue. */
            interface $Properties {

                /** DoubleValue value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DoubleValue. */
            type $Shape = google.protobuf.DoubleValue.$Properties;
        }

        /**
         * Properties of a FloatValue.
         * @deprecated Use google.protobuf.FloatValue.$Properties instead.
         */
        interface IFloatValue extends google.protobuf.FloatValue.$Properties {
        }

        /** Represents a FloatValue. */
        class FloatValue {

            /**
             * Constructs a new FloatValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.FloatValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FloatValue value. */
            value: number;

            /**
             * Creates a new FloatValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FloatValue instance
             */
            static create(properties: google.protobuf.FloatValue.$Shape): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;
            static create(properties?: google.protobuf.FloatValue.$Properties): google.protobuf.FloatValue;

            /**
             * Encodes the specified FloatValue message. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @param message FloatValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.FloatValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FloatValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape} FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;

            /**
             * Gets the type url for FloatValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FloatValue {

            /** Properties of a FloatValue. */
            interface $Properties {

                /** FloatValue value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FloatValue. */
            type $Shape = google.protobuf.FloatValue.$Properties;
        }

        /**
         * Properties of an Int64Value.
         * @deprecated Use google.protobuf.Int64Value.$Properties instead.
         */
        interface IInt64Value extends google.protobuf.Int64Value.$Properties {
        }

        /** Represents an Int64Value. */
        class Int64Value {

            /**
             * Constructs a new Int64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Int64Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int64Value value. */
            value: (number|Long);

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int64Value instance
             */
            static create(properties: google.protobuf.Int64Value.$Shape): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
            static create(properties?: google.protobuf.Int64Value.$Properties): google.protobuf.Int64Value;

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @param message Int64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Int64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;

            /**
             * Gets the type url for Int64Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Int64Value {

            /** Properties of an Int64Value. */
            interface $Properties {

                /** Int64Value value */
                value?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Int64Value. */
            type $Shape = google.protobuf.Int64Value.$Properties;
        }

        /**
         * Properties of a UInt64Value.
         * @deprecated Use google.protobuf.UInt64Value.$Properties instead.
         */
        interface IUInt64Value extends google.protobuf.UInt64Value.$Properties {
        }

        /** Represents a UInt64Value. */
        class UInt64Value {

            /**
             * Constructs a new UInt64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.UInt64Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UInt64Value value. */
            value: (number|Long);

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt64Value instance
             */
            static create(properties: google.protobuf.UInt64Value.$Shape): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
            static create(properties?: google.protobuf.UInt64Value.$Properties): google.protobuf.UInt64Value;

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @param message UInt64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.UInt64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;

            /**
             * Gets the type url for UInt64Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UInt64Value {

            /** Properties of a UInt64Value. */
            interface $Properties {

                /** UInt64Value value */
                value?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UInt64Value. */
            type $Shape = google.protobuf.UInt64Value.$Properties;
        }

        /**
         * Properties of an Int32Value.
         * @deprecated Use google.protobuf.Int32Value.$Properties instead.
         */
        interface IInt32Value extends google.protobuf.Int32Value.$Properties {
        }

        /** Represents an Int32Value. */
        class Int32Value {

            /**
             * Constructs a new Int32Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Int32Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int32Value value. */
            value: number;

            /**
             * Creates a new Int32Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int32Value instance
             */
            static create(properties: google.protobuf.Int32Value.$Shape): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;
            static create(properties?: google.protobuf.Int32Value.$Properties): google.protobuf.Int32Value;

            /**
             * Encodes the specified Int32Value message. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @param message Int32Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Int32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int32Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape} Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;

            /**
             * Gets the type url for Int32Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Int32Value {

            /** Properties of an Int32Value. */
            interface $Properties {

                /** Int32Value value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Int32Value. */
            type $Shape = google.protobuf.Int32Value.$Properties;
        }

        /**
         * Properties of a UInt32Value.
         * @deprecated Use google.protobuf.UInt32Value.$Properties instead.
         */
        interface IUInt32Value extends google.protobuf.UInt32Value.$Properties {
        }

        /** Represents a UInt32Value. */
        class UInt32Value {

            /**
             * Constructs a new UInt32Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.UInt32Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UInt32Value value. */
            value: number;

            /**
             * Creates a new UInt32Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt32Value instance
             */
            static create(properties: google.protobuf.UInt32Value.$Shape): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;
            static create(properties?: google.protobuf.UInt32Value.$Properties): google.protobuf.UInt32Value;

            /**
             * Encodes the specified UInt32Value message. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @param message UInt32Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.UInt32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt32Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape} UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;

            /**
             * Gets the type url for UInt32Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UInt32Value {

            /** Properties of a UInt32Value. */
            interface $Properties {

                /** UInt32Value value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UInt32Value. */
            type $Shape = google.protobuf.UInt32Value.$Properties;
        }

        /**
         * Properties of a BoolValue.
         * @deprecated Use google.protobuf.BoolValue.$Properties instead.
         */
        interface IBoolValue extends google.protobuf.BoolValue.$Properties {
        }

        /** Represents a BoolValue. */
        class BoolValue {

            /**
             * Constructs a new BoolValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.BoolValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BoolValue value. */
            value: boolean;

            /**
             * Creates a new BoolValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BoolValue instance
             */
            static create(properties: google.protobuf.BoolValue.$Shape): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
            static create(properties?: google.protobuf.BoolValue.$Properties): google.protobuf.BoolValue;

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @param message BoolValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.BoolValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;

            /**
             * Gets the type url for BoolValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BoolValue {

            /** Properties of a BoolValue. */
            interface $Properties {

                /** BoolValue value */
                value?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BoolValue. */
            type $Shape = google.protobuf.BoolValue.$Properties;
        }

        /**
         * Properties of a StringValue.
         * @deprecated Use google.protobuf.StringValue.$Properties instead.
         */
        interface IStringValue extends google.protobuf.StringValue.$Properties {
        }

        /** Represents a StringValue. */
        class StringValue {

            /**
             * Constructs a new StringValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.StringValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringValue value. */
            value: string;

            /**
             * Creates a new StringValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringValue instance
             */
            static create(properties: google.protobuf.StringValue.$Shape): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
            static create(properties?: google.protobuf.StringValue.$Properties): google.protobuf.StringValue;

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @param message StringValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.StringValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;

            /**
             * Gets the type url for StringValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StringValue {

            /** Properties of a StringValue. */
            interface $Properties {

                /** StringValue value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StringValue. */
            type $Shape = google.protobuf.StringValue.$Properties;
        }

        /**
         * Properties of a BytesValue.
         * @deprecated Use google.protobuf.BytesValue.$Properties instead.
         */
        interface IBytesValue extends google.protobuf.BytesValue.$Properties {
        }

        /** Represents a BytesValue. */
        class BytesValue {

            /**
             * Constructs a new BytesValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.BytesValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BytesValue value. */
            value: Uint8Array;

            /**
             * Creates a new BytesValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BytesValue instance
             */
            static create(properties: google.protobuf.BytesValue.$Shape): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;
            static create(properties?: google.protobuf.BytesValue.$Properties): google.protobuf.BytesValue;

            /**
             * Encodes the specified BytesValue message. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @param message BytesValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.BytesValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BytesValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape} BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;

            /**
             * Gets the type url for BytesValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BytesValue {

            /** Properties of a BytesValue. */
            interface $Properties {

                /** BytesValue value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BytesValue. */
            type $Shape = google.protobuf.BytesValue.$Properties;
        }
    }
}
