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

                    /** Properties of an ExportTraceServiceRequest. */
                    interface IExportTraceServiceRequest {

                        /** ExportTraceServiceRequest node */
                        node?: (opencensus.proto.agent.common.v1.INode|null);

                        /** ExportTraceServiceRequest spans */
                        spans?: (opencensus.proto.trace.v1.ISpan[]|null);

                        /** ExportTraceServiceRequest resource */
                        resource?: (opencensus.proto.resource.v1.IResource|null);
                    }

                    /** Represents an ExportTraceServiceRequest. */
                    class ExportTraceServiceRequest implements IExportTraceServiceRequest {

                        /**
                         * Constructs a new ExportTraceServiceRequest.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.agent.trace.v1.IExportTraceServiceRequest);

                        /** ExportTraceServiceRequest node. */
                        public node?: (opencensus.proto.agent.common.v1.INode|null);

                        /** ExportTraceServiceRequest spans. */
                        public spans: opencensus.proto.trace.v1.ISpan[];

                        /** ExportTraceServiceRequest resource. */
                        public resource?: (opencensus.proto.resource.v1.IResource|null);

                        /**
                         * Creates a new ExportTraceServiceRequest instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportTraceServiceRequest instance
                         */
                        public static create(properties?: opencensus.proto.agent.trace.v1.IExportTraceServiceRequest): opencensus.proto.agent.trace.v1.ExportTraceServiceRequest;

                        /**
                         * Encodes the specified ExportTraceServiceRequest message. Does not implicitly {@link opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.verify|verify} messages.
                         * @param message ExportTraceServiceRequest message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.agent.trace.v1.IExportTraceServiceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportTraceServiceRequest message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns ExportTraceServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.agent.trace.v1.ExportTraceServiceRequest;

                        /**
                         * Gets the default type url for ExportTraceServiceRequest
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    /** Properties of an ExportTraceServiceResponse. */
                    interface IExportTraceServiceResponse {
                    }

                    /** Represents an ExportTraceServiceResponse. */
                    class ExportTraceServiceResponse implements IExportTraceServiceResponse {

                        /**
                         * Constructs a new ExportTraceServiceResponse.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.agent.trace.v1.IExportTraceServiceResponse);

                        /**
                         * Creates a new ExportTraceServiceResponse instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportTraceServiceResponse instance
                         */
                        public static create(properties?: opencensus.proto.agent.trace.v1.IExportTraceServiceResponse): opencensus.proto.agent.trace.v1.ExportTraceServiceResponse;

                        /**
                         * Encodes the specified ExportTraceServiceResponse message. Does not implicitly {@link opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.verify|verify} messages.
                         * @param message ExportTraceServiceResponse message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.agent.trace.v1.IExportTraceServiceResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportTraceServiceResponse message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns ExportTraceServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.agent.trace.v1.ExportTraceServiceResponse;

                        /**
                         * Gets the default type url for ExportTraceServiceResponse
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }
                }
            }

            /** Namespace common. */
            namespace common {

                /** Namespace v1. */
                namespace v1 {

                    /** Properties of a Node. */
                    interface INode {

                        /** Node identifier */
                        identifier?: (opencensus.proto.agent.common.v1.IProcessIdentifier|null);

                        /** Node libraryInfo */
                        libraryInfo?: (opencensus.proto.agent.common.v1.ILibraryInfo|null);

                        /** Node serviceInfo */
                        serviceInfo?: (opencensus.proto.agent.common.v1.IServiceInfo|null);

                        /** Node attributes */
                        attributes?: ({ [k: string]: string }|null);
                    }

                    /** Represents a Node. */
                    class Node implements INode {

                        /**
                         * Constructs a new Node.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.agent.common.v1.INode);

                        /** Node identifier. */
                        public identifier?: (opencensus.proto.agent.common.v1.IProcessIdentifier|null);

                        /** Node libraryInfo. */
                        public libraryInfo?: (opencensus.proto.agent.common.v1.ILibraryInfo|null);

                        /** Node serviceInfo. */
                        public serviceInfo?: (opencensus.proto.agent.common.v1.IServiceInfo|null);

                        /** Node attributes. */
                        public attributes: { [k: string]: string };

                        /**
                         * Creates a new Node instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Node instance
                         */
                        public static create(properties?: opencensus.proto.agent.common.v1.INode): opencensus.proto.agent.common.v1.Node;

                        /**
                         * Encodes the specified Node message. Does not implicitly {@link opencensus.proto.agent.common.v1.Node.verify|verify} messages.
                         * @param message Node message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.agent.common.v1.INode, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Node message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns Node
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.agent.common.v1.Node;

                        /**
                         * Gets the default type url for Node
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    /** Properties of a ProcessIdentifier. */
                    interface IProcessIdentifier {

                        /** ProcessIdentifier hostName */
                        hostName?: (string|null);

                        /** ProcessIdentifier pid */
                        pid?: (number|null);

                        /** ProcessIdentifier startTimestamp */
                        startTimestamp?: (google.protobuf.ITimestamp|null);
                    }

                    /** Represents a ProcessIdentifier. */
                    class ProcessIdentifier implements IProcessIdentifier {

                        /**
                         * Constructs a new ProcessIdentifier.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.agent.common.v1.IProcessIdentifier);

                        /** ProcessIdentifier hostName. */
                        public hostName: string;

                        /** ProcessIdentifier pid. */
                        public pid: number;

                        /** ProcessIdentifier startTimestamp. */
                        public startTimestamp?: (google.protobuf.ITimestamp|null);

                        /**
                         * Creates a new ProcessIdentifier instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ProcessIdentifier instance
                         */
                        public static create(properties?: opencensus.proto.agent.common.v1.IProcessIdentifier): opencensus.proto.agent.common.v1.ProcessIdentifier;

                        /**
                         * Encodes the specified ProcessIdentifier message. Does not implicitly {@link opencensus.proto.agent.common.v1.ProcessIdentifier.verify|verify} messages.
                         * @param message ProcessIdentifier message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.agent.common.v1.IProcessIdentifier, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a ProcessIdentifier message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns ProcessIdentifier
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.agent.common.v1.ProcessIdentifier;

                        /**
                         * Gets the default type url for ProcessIdentifier
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    /** Properties of a LibraryInfo. */
                    interface ILibraryInfo {

                        /** LibraryInfo language */
                        language?: (opencensus.proto.agent.common.v1.LibraryInfo.Language|null);

                        /** LibraryInfo exporterVersion */
                        exporterVersion?: (string|null);

                        /** LibraryInfo coreLibraryVersion */
                        coreLibraryVersion?: (string|null);
                    }

                    /** Represents a LibraryInfo. */
                    class LibraryInfo implements ILibraryInfo {

                        /**
                         * Constructs a new LibraryInfo.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.agent.common.v1.ILibraryInfo);

                        /** LibraryInfo language. */
                        public language: opencensus.proto.agent.common.v1.LibraryInfo.Language;

                        /** LibraryInfo exporterVersion. */
                        public exporterVersion: string;

                        /** LibraryInfo coreLibraryVersion. */
                        public coreLibraryVersion: string;

                        /**
                         * Creates a new LibraryInfo instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns LibraryInfo instance
                         */
                        public static create(properties?: opencensus.proto.agent.common.v1.ILibraryInfo): opencensus.proto.agent.common.v1.LibraryInfo;

                        /**
                         * Encodes the specified LibraryInfo message. Does not implicitly {@link opencensus.proto.agent.common.v1.LibraryInfo.verify|verify} messages.
                         * @param message LibraryInfo message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.agent.common.v1.ILibraryInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a LibraryInfo message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns LibraryInfo
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.agent.common.v1.LibraryInfo;

                        /**
                         * Gets the default type url for LibraryInfo
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    namespace LibraryInfo {

                        /** Language enum. */
                        enum Language {
                            LANGUAGE_UNSPECIFIED = 0,
                            CPP = 1,
                            C_SHARP = 2,
                            ERLANG = 3,
                            GO_LANG = 4,
                            JAVA = 5,
                            NODE_JS = 6,
                            PHP = 7,
                            PYTHON = 8,
                            RUBY = 9,
                            WEB_JS = 10
                        }
                    }

                    /** Properties of a ServiceInfo. */
                    interface IServiceInfo {

                        /** ServiceInfo name */
                        name?: (string|null);
                    }

                    /** Represents a ServiceInfo. */
                    class ServiceInfo implements IServiceInfo {

                        /**
                         * Constructs a new ServiceInfo.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.agent.common.v1.IServiceInfo);

                        /** ServiceInfo name. */
                        public name: string;

                        /**
                         * Creates a new ServiceInfo instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ServiceInfo instance
                         */
                        public static create(properties?: opencensus.proto.agent.common.v1.IServiceInfo): opencensus.proto.agent.common.v1.ServiceInfo;

                        /**
                         * Encodes the specified ServiceInfo message. Does not implicitly {@link opencensus.proto.agent.common.v1.ServiceInfo.verify|verify} messages.
                         * @param message ServiceInfo message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.agent.common.v1.IServiceInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a ServiceInfo message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns ServiceInfo
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.agent.common.v1.ServiceInfo;

                        /**
                         * Gets the default type url for ServiceInfo
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }
                }
            }
        }

        /** Namespace resource. */
        namespace resource {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a Resource. */
                interface IResource {

                    /** Resource type */
                    type?: (string|null);

                    /** Resource labels */
                    labels?: ({ [k: string]: string }|null);
                }

                /** Represents a Resource. */
                class Resource implements IResource {

                    /**
                     * Constructs a new Resource.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.resource.v1.IResource);

                    /** Resource type. */
                    public type: string;

                    /** Resource labels. */
                    public labels: { [k: string]: string };

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Resource instance
                     */
                    public static create(properties?: opencensus.proto.resource.v1.IResource): opencensus.proto.resource.v1.Resource;

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link opencensus.proto.resource.v1.Resource.verify|verify} messages.
                     * @param message Resource message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opencensus.proto.resource.v1.IResource, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.resource.v1.Resource;

                    /**
                     * Gets the default type url for Resource
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        /** Namespace trace. */
        namespace trace {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a Span. */
                interface ISpan {

                    /** Span traceId */
                    traceId?: (Uint8Array|null);

                    /** Span spanId */
                    spanId?: (Uint8Array|null);

                    /** Span tracestate */
                    tracestate?: (opencensus.proto.trace.v1.Span.ITracestate|null);

                    /** Span parentSpanId */
                    parentSpanId?: (Uint8Array|null);

                    /** Span name */
                    name?: (opencensus.proto.trace.v1.ITruncatableString|null);

                    /** Span kind */
                    kind?: (opencensus.proto.trace.v1.Span.SpanKind|null);

                    /** Span startTime */
                    startTime?: (google.protobuf.ITimestamp|null);

                    /** Span endTime */
                    endTime?: (google.protobuf.ITimestamp|null);

                    /** Span attributes */
                    attributes?: (opencensus.proto.trace.v1.Span.IAttributes|null);

                    /** Span stackTrace */
                    stackTrace?: (opencensus.proto.trace.v1.IStackTrace|null);

                    /** Span timeEvents */
                    timeEvents?: (opencensus.proto.trace.v1.Span.ITimeEvents|null);

                    /** Span links */
                    links?: (opencensus.proto.trace.v1.Span.ILinks|null);

                    /** Span status */
                    status?: (opencensus.proto.trace.v1.IStatus|null);

                    /** Span resource */
                    resource?: (opencensus.proto.resource.v1.IResource|null);

                    /** Span sameProcessAsParentSpan */
                    sameProcessAsParentSpan?: (google.protobuf.IBoolValue|null);

                    /** Span childSpanCount */
                    childSpanCount?: (google.protobuf.IUInt32Value|null);
                }

                /** Represents a Span. */
                class Span implements ISpan {

                    /**
                     * Constructs a new Span.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.trace.v1.ISpan);

                    /** Span traceId. */
                    public traceId: Uint8Array;

                    /** Span spanId. */
                    public spanId: Uint8Array;

                    /** Span tracestate. */
                    public tracestate?: (opencensus.proto.trace.v1.Span.ITracestate|null);

                    /** Span parentSpanId. */
                    public parentSpanId: Uint8Array;

                    /** Span name. */
                    public name?: (opencensus.proto.trace.v1.ITruncatableString|null);

                    /** Span kind. */
                    public kind: opencensus.proto.trace.v1.Span.SpanKind;

                    /** Span startTime. */
                    public startTime?: (google.protobuf.ITimestamp|null);

                    /** Span endTime. */
                    public endTime?: (google.protobuf.ITimestamp|null);

                    /** Span attributes. */
                    public attributes?: (opencensus.proto.trace.v1.Span.IAttributes|null);

                    /** Span stackTrace. */
                    public stackTrace?: (opencensus.proto.trace.v1.IStackTrace|null);

                    /** Span timeEvents. */
                    public timeEvents?: (opencensus.proto.trace.v1.Span.ITimeEvents|null);

                    /** Span links. */
                    public links?: (opencensus.proto.trace.v1.Span.ILinks|null);

                    /** Span status. */
                    public status?: (opencensus.proto.trace.v1.IStatus|null);

                    /** Span resource. */
                    public resource?: (opencensus.proto.resource.v1.IResource|null);

                    /** Span sameProcessAsParentSpan. */
                    public sameProcessAsParentSpan?: (google.protobuf.IBoolValue|null);

                    /** Span childSpanCount. */
                    public childSpanCount?: (google.protobuf.IUInt32Value|null);

                    /**
                     * Creates a new Span instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Span instance
                     */
                    public static create(properties?: opencensus.proto.trace.v1.ISpan): opencensus.proto.trace.v1.Span;

                    /**
                     * Encodes the specified Span message. Does not implicitly {@link opencensus.proto.trace.v1.Span.verify|verify} messages.
                     * @param message Span message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opencensus.proto.trace.v1.ISpan, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Span message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Span
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span;

                    /**
                     * Gets the default type url for Span
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                namespace Span {

                    /** Properties of a Tracestate. */
                    interface ITracestate {

                        /** Tracestate entries */
                        entries?: (opencensus.proto.trace.v1.Span.Tracestate.IEntry[]|null);
                    }

                    /** Represents a Tracestate. */
                    class Tracestate implements ITracestate {

                        /**
                         * Constructs a new Tracestate.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.Span.ITracestate);

                        /** Tracestate entries. */
                        public entries: opencensus.proto.trace.v1.Span.Tracestate.IEntry[];

                        /**
                         * Creates a new Tracestate instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Tracestate instance
                         */
                        public static create(properties?: opencensus.proto.trace.v1.Span.ITracestate): opencensus.proto.trace.v1.Span.Tracestate;

                        /**
                         * Encodes the specified Tracestate message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Tracestate.verify|verify} messages.
                         * @param message Tracestate message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.trace.v1.Span.ITracestate, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Tracestate message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns Tracestate
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.Tracestate;

                        /**
                         * Gets the default type url for Tracestate
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    namespace Tracestate {

                        /** Properties of an Entry. */
                        interface IEntry {

                            /** Entry key */
                            key?: (string|null);

                            /** Entry value */
                            value?: (string|null);
                        }

                        /** Represents an Entry. */
                        class Entry implements IEntry {

                            /**
                             * Constructs a new Entry.
                             * @param [properties] Properties to set
                             */
                            constructor(properties?: opencensus.proto.trace.v1.Span.Tracestate.IEntry);

                            /** Entry key. */
                            public key: string;

                            /** Entry value. */
                            public value: string;

                            /**
                             * Creates a new Entry instance using the specified properties.
                             * @param [properties] Properties to set
                             * @returns Entry instance
                             */
                            public static create(properties?: opencensus.proto.trace.v1.Span.Tracestate.IEntry): opencensus.proto.trace.v1.Span.Tracestate.Entry;

                            /**
                             * Encodes the specified Entry message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Tracestate.Entry.verify|verify} messages.
                             * @param message Entry message or plain object to encode
                             * @param [writer] Writer to encode to
                             * @returns Writer
                             */
                            public static encode(message: opencensus.proto.trace.v1.Span.Tracestate.IEntry, writer?: $protobuf.Writer): $protobuf.Writer;

                            /**
                             * Decodes an Entry message from the specified reader or buffer.
                             * @param reader Reader or buffer to decode from
                             * @param [length] Message length if known beforehand
                             * @returns Entry
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.Tracestate.Entry;

                            /**
                             * Gets the default type url for Entry
                             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                             * @returns The default type url
                             */
                            public static getTypeUrl(typeUrlPrefix?: string): string;
                        }
                    }

                    /** SpanKind enum. */
                    enum SpanKind {
                        SPAN_KIND_UNSPECIFIED = 0,
                        SERVER = 1,
                        CLIENT = 2
                    }

                    /** Properties of an Attributes. */
                    interface IAttributes {

                        /** Attributes attributeMap */
                        attributeMap?: ({ [k: string]: opencensus.proto.trace.v1.IAttributeValue }|null);

                        /** Attributes droppedAttributesCount */
                        droppedAttributesCount?: (number|null);
                    }

                    /** Represents an Attributes. */
                    class Attributes implements IAttributes {

                        /**
                         * Constructs a new Attributes.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.Span.IAttributes);

                        /** Attributes attributeMap. */
                        public attributeMap: { [k: string]: opencensus.proto.trace.v1.IAttributeValue };

                        /** Attributes droppedAttributesCount. */
                        public droppedAttributesCount: number;

                        /**
                         * Creates a new Attributes instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Attributes instance
                         */
                        public static create(properties?: opencensus.proto.trace.v1.Span.IAttributes): opencensus.proto.trace.v1.Span.Attributes;

                        /**
                         * Encodes the specified Attributes message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Attributes.verify|verify} messages.
                         * @param message Attributes message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.trace.v1.Span.IAttributes, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an Attributes message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns Attributes
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.Attributes;

                        /**
                         * Gets the default type url for Attributes
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    /** Properties of a TimeEvent. */
                    interface ITimeEvent {

                        /** TimeEvent time */
                        time?: (google.protobuf.ITimestamp|null);

                        /** TimeEvent annotation */
                        annotation?: (opencensus.proto.trace.v1.Span.TimeEvent.IAnnotation|null);

                        /** TimeEvent messageEvent */
                        messageEvent?: (opencensus.proto.trace.v1.Span.TimeEvent.IMessageEvent|null);
                    }

                    /** Represents a TimeEvent. */
                    class TimeEvent implements ITimeEvent {

                        /**
                         * Constructs a new TimeEvent.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.Span.ITimeEvent);

                        /** TimeEvent time. */
                        public time?: (google.protobuf.ITimestamp|null);

                        /** TimeEvent annotation. */
                        public annotation?: (opencensus.proto.trace.v1.Span.TimeEvent.IAnnotation|null);

                        /** TimeEvent messageEvent. */
                        public messageEvent?: (opencensus.proto.trace.v1.Span.TimeEvent.IMessageEvent|null);

                        /** TimeEvent value. */
                        public value?: ("annotation"|"messageEvent");

                        /**
                         * Creates a new TimeEvent instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns TimeEvent instance
                         */
                        public static create(properties?: opencensus.proto.trace.v1.Span.ITimeEvent): opencensus.proto.trace.v1.Span.TimeEvent;

                        /**
                         * Encodes the specified TimeEvent message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvent.verify|verify} messages.
                         * @param message TimeEvent message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.trace.v1.Span.ITimeEvent, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a TimeEvent message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns TimeEvent
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.TimeEvent;

                        /**
                         * Gets the default type url for TimeEvent
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    namespace TimeEvent {

                        /** Properties of an Annotation. */
                        interface IAnnotation {

                            /** Annotation description */
                            description?: (opencensus.proto.trace.v1.ITruncatableString|null);

                            /** Annotation attributes */
                            attributes?: (opencensus.proto.trace.v1.Span.IAttributes|null);
                        }

                        /** Represents an Annotation. */
                        class Annotation implements IAnnotation {

                            /**
                             * Constructs a new Annotation.
                             * @param [properties] Properties to set
                             */
                            constructor(properties?: opencensus.proto.trace.v1.Span.TimeEvent.IAnnotation);

                            /** Annotation description. */
                            public description?: (opencensus.proto.trace.v1.ITruncatableString|null);

                            /** Annotation attributes. */
                            public attributes?: (opencensus.proto.trace.v1.Span.IAttributes|null);

                            /**
                             * Creates a new Annotation instance using the specified properties.
                             * @param [properties] Properties to set
                             * @returns Annotation instance
                             */
                            public static create(properties?: opencensus.proto.trace.v1.Span.TimeEvent.IAnnotation): opencensus.proto.trace.v1.Span.TimeEvent.Annotation;

                            /**
                             * Encodes the specified Annotation message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvent.Annotation.verify|verify} messages.
                             * @param message Annotation message or plain object to encode
                             * @param [writer] Writer to encode to
                             * @returns Writer
                             */
                            public static encode(message: opencensus.proto.trace.v1.Span.TimeEvent.IAnnotation, writer?: $protobuf.Writer): $protobuf.Writer;

                            /**
                             * Decodes an Annotation message from the specified reader or buffer.
                             * @param reader Reader or buffer to decode from
                             * @param [length] Message length if known beforehand
                             * @returns Annotation
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.TimeEvent.Annotation;

                            /**
                             * Gets the default type url for Annotation
                             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                             * @returns The default type url
                             */
                            public static getTypeUrl(typeUrlPrefix?: string): string;
                        }

                        /** Properties of a MessageEvent. */
                        interface IMessageEvent {

                            /** MessageEvent type */
                            type?: (opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.Type|null);

                            /** MessageEvent id */
                            id?: (number|Long|null);

                            /** MessageEvent uncompressedSize */
                            uncompressedSize?: (number|Long|null);

                            /** MessageEvent compressedSize */
                            compressedSize?: (number|Long|null);
                        }

                        /** Represents a MessageEvent. */
                        class MessageEvent implements IMessageEvent {

                            /**
                             * Constructs a new MessageEvent.
                             * @param [properties] Properties to set
                             */
                            constructor(properties?: opencensus.proto.trace.v1.Span.TimeEvent.IMessageEvent);

                            /** MessageEvent type. */
                            public type: opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.Type;

                            /** MessageEvent id. */
                            public id: (number|Long);

                            /** MessageEvent uncompressedSize. */
                            public uncompressedSize: (number|Long);

                            /** MessageEvent compressedSize. */
                            public compressedSize: (number|Long);

                            /**
                             * Creates a new MessageEvent instance using the specified properties.
                             * @param [properties] Properties to set
                             * @returns MessageEvent instance
                             */
                            public static create(properties?: opencensus.proto.trace.v1.Span.TimeEvent.IMessageEvent): opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent;

                            /**
                             * Encodes the specified MessageEvent message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.verify|verify} messages.
                             * @param message MessageEvent message or plain object to encode
                             * @param [writer] Writer to encode to
                             * @returns Writer
                             */
                            public static encode(message: opencensus.proto.trace.v1.Span.TimeEvent.IMessageEvent, writer?: $protobuf.Writer): $protobuf.Writer;

                            /**
                             * Decodes a MessageEvent message from the specified reader or buffer.
                             * @param reader Reader or buffer to decode from
                             * @param [length] Message length if known beforehand
                             * @returns MessageEvent
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent;

                            /**
                             * Gets the default type url for MessageEvent
                             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                             * @returns The default type url
                             */
                            public static getTypeUrl(typeUrlPrefix?: string): string;
                        }

                        namespace MessageEvent {

                            /** Type enum. */
                            enum Type {
                                TYPE_UNSPECIFIED = 0,
                                SENT = 1,
                                RECEIVED = 2
                            }
                        }
                    }

                    /** Properties of a TimeEvents. */
                    interface ITimeEvents {

                        /** TimeEvents timeEvent */
                        timeEvent?: (opencensus.proto.trace.v1.Span.ITimeEvent[]|null);

                        /** TimeEvents droppedAnnotationsCount */
                        droppedAnnotationsCount?: (number|null);

                        /** TimeEvents droppedMessageEventsCount */
                        droppedMessageEventsCount?: (number|null);
                    }

                    /** Represents a TimeEvents. */
                    class TimeEvents implements ITimeEvents {

                        /**
                         * Constructs a new TimeEvents.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.Span.ITimeEvents);

                        /** TimeEvents timeEvent. */
                        public timeEvent: opencensus.proto.trace.v1.Span.ITimeEvent[];

                        /** TimeEvents droppedAnnotationsCount. */
                        public droppedAnnotationsCount: number;

                        /** TimeEvents droppedMessageEventsCount. */
                        public droppedMessageEventsCount: number;

                        /**
                         * Creates a new TimeEvents instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns TimeEvents instance
                         */
                        public static create(properties?: opencensus.proto.trace.v1.Span.ITimeEvents): opencensus.proto.trace.v1.Span.TimeEvents;

                        /**
                         * Encodes the specified TimeEvents message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvents.verify|verify} messages.
                         * @param message TimeEvents message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.trace.v1.Span.ITimeEvents, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a TimeEvents message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns TimeEvents
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.TimeEvents;

                        /**
                         * Gets the default type url for TimeEvents
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    /** Properties of a Link. */
                    interface ILink {

                        /** Link traceId */
                        traceId?: (Uint8Array|null);

                        /** Link spanId */
                        spanId?: (Uint8Array|null);

                        /** Link type */
                        type?: (opencensus.proto.trace.v1.Span.Link.Type|null);

                        /** Link attributes */
                        attributes?: (opencensus.proto.trace.v1.Span.IAttributes|null);

                        /** Link tracestate */
                        tracestate?: (opencensus.proto.trace.v1.Span.ITracestate|null);
                    }

                    /** Represents a Link. */
                    class Link implements ILink {

                        /**
                         * Constructs a new Link.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.Span.ILink);

                        /** Link traceId. */
                        public traceId: Uint8Array;

                        /** Link spanId. */
                        public spanId: Uint8Array;

                        /** Link type. */
                        public type: opencensus.proto.trace.v1.Span.Link.Type;

                        /** Link attributes. */
                        public attributes?: (opencensus.proto.trace.v1.Span.IAttributes|null);

                        /** Link tracestate. */
                        public tracestate?: (opencensus.proto.trace.v1.Span.ITracestate|null);

                        /**
                         * Creates a new Link instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Link instance
                         */
                        public static create(properties?: opencensus.proto.trace.v1.Span.ILink): opencensus.proto.trace.v1.Span.Link;

                        /**
                         * Encodes the specified Link message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Link.verify|verify} messages.
                         * @param message Link message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.trace.v1.Span.ILink, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Link message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns Link
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.Link;

                        /**
                         * Gets the default type url for Link
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    namespace Link {

                        /** Type enum. */
                        enum Type {
                            TYPE_UNSPECIFIED = 0,
                            CHILD_LINKED_SPAN = 1,
                            PARENT_LINKED_SPAN = 2
                        }
                    }

                    /** Properties of a Links. */
                    interface ILinks {

                        /** Links link */
                        link?: (opencensus.proto.trace.v1.Span.ILink[]|null);

                        /** Links droppedLinksCount */
                        droppedLinksCount?: (number|null);
                    }

                    /** Represents a Links. */
                    class Links implements ILinks {

                        /**
                         * Constructs a new Links.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.Span.ILinks);

                        /** Links link. */
                        public link: opencensus.proto.trace.v1.Span.ILink[];

                        /** Links droppedLinksCount. */
                        public droppedLinksCount: number;

                        /**
                         * Creates a new Links instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Links instance
                         */
                        public static create(properties?: opencensus.proto.trace.v1.Span.ILinks): opencensus.proto.trace.v1.Span.Links;

                        /**
                         * Encodes the specified Links message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Links.verify|verify} messages.
                         * @param message Links message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.trace.v1.Span.ILinks, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Links message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns Links
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Span.Links;

                        /**
                         * Gets the default type url for Links
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }
                }

                /** Properties of a Status. */
                interface IStatus {

                    /** Status code */
                    code?: (number|null);

                    /** Status message */
                    message?: (string|null);
                }

                /** Represents a Status. */
                class Status implements IStatus {

                    /**
                     * Constructs a new Status.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.trace.v1.IStatus);

                    /** Status code. */
                    public code: number;

                    /** Status message. */
                    public message: string;

                    /**
                     * Creates a new Status instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Status instance
                     */
                    public static create(properties?: opencensus.proto.trace.v1.IStatus): opencensus.proto.trace.v1.Status;

                    /**
                     * Encodes the specified Status message. Does not implicitly {@link opencensus.proto.trace.v1.Status.verify|verify} messages.
                     * @param message Status message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opencensus.proto.trace.v1.IStatus, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Status message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Status;

                    /**
                     * Gets the default type url for Status
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an AttributeValue. */
                interface IAttributeValue {

                    /** AttributeValue stringValue */
                    stringValue?: (opencensus.proto.trace.v1.ITruncatableString|null);

                    /** AttributeValue intValue */
                    intValue?: (number|Long|null);

                    /** AttributeValue boolValue */
                    boolValue?: (boolean|null);

                    /** AttributeValue doubleValue */
                    doubleValue?: (number|null);
                }

                /** Represents an AttributeValue. */
                class AttributeValue implements IAttributeValue {

                    /**
                     * Constructs a new AttributeValue.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.trace.v1.IAttributeValue);

                    /** AttributeValue stringValue. */
                    public stringValue?: (opencensus.proto.trace.v1.ITruncatableString|null);

                    /** AttributeValue intValue. */
                    public intValue?: (number|Long|null);

                    /** AttributeValue boolValue. */
                    public boolValue?: (boolean|null);

                    /** AttributeValue doubleValue. */
                    public doubleValue?: (number|null);

                    /** AttributeValue value. */
                    public value?: ("stringValue"|"intValue"|"boolValue"|"doubleValue");

                    /**
                     * Creates a new AttributeValue instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns AttributeValue instance
                     */
                    public static create(properties?: opencensus.proto.trace.v1.IAttributeValue): opencensus.proto.trace.v1.AttributeValue;

                    /**
                     * Encodes the specified AttributeValue message. Does not implicitly {@link opencensus.proto.trace.v1.AttributeValue.verify|verify} messages.
                     * @param message AttributeValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opencensus.proto.trace.v1.IAttributeValue, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an AttributeValue message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns AttributeValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.AttributeValue;

                    /**
                     * Gets the default type url for AttributeValue
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a StackTrace. */
                interface IStackTrace {

                    /** StackTrace stackFrames */
                    stackFrames?: (opencensus.proto.trace.v1.StackTrace.IStackFrames|null);

                    /** StackTrace stackTraceHashId */
                    stackTraceHashId?: (number|Long|null);
                }

                /** Represents a StackTrace. */
                class StackTrace implements IStackTrace {

                    /**
                     * Constructs a new StackTrace.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.trace.v1.IStackTrace);

                    /** StackTrace stackFrames. */
                    public stackFrames?: (opencensus.proto.trace.v1.StackTrace.IStackFrames|null);

                    /** StackTrace stackTraceHashId. */
                    public stackTraceHashId: (number|Long);

                    /**
                     * Creates a new StackTrace instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StackTrace instance
                     */
                    public static create(properties?: opencensus.proto.trace.v1.IStackTrace): opencensus.proto.trace.v1.StackTrace;

                    /**
                     * Encodes the specified StackTrace message. Does not implicitly {@link opencensus.proto.trace.v1.StackTrace.verify|verify} messages.
                     * @param message StackTrace message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opencensus.proto.trace.v1.IStackTrace, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StackTrace message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns StackTrace
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.StackTrace;

                    /**
                     * Gets the default type url for StackTrace
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                namespace StackTrace {

                    /** Properties of a StackFrame. */
                    interface IStackFrame {

                        /** StackFrame functionName */
                        functionName?: (opencensus.proto.trace.v1.ITruncatableString|null);

                        /** StackFrame originalFunctionName */
                        originalFunctionName?: (opencensus.proto.trace.v1.ITruncatableString|null);

                        /** StackFrame fileName */
                        fileName?: (opencensus.proto.trace.v1.ITruncatableString|null);

                        /** StackFrame lineNumber */
                        lineNumber?: (number|Long|null);

                        /** StackFrame columnNumber */
                        columnNumber?: (number|Long|null);

                        /** StackFrame loadModule */
                        loadModule?: (opencensus.proto.trace.v1.IModule|null);

                        /** StackFrame sourceVersion */
                        sourceVersion?: (opencensus.proto.trace.v1.ITruncatableString|null);
                    }

                    /** Represents a StackFrame. */
                    class StackFrame implements IStackFrame {

                        /**
                         * Constructs a new StackFrame.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.StackTrace.IStackFrame);

                        /** StackFrame functionName. */
                        public functionName?: (opencensus.proto.trace.v1.ITruncatableString|null);

                        /** StackFrame originalFunctionName. */
                        public originalFunctionName?: (opencensus.proto.trace.v1.ITruncatableString|null);

                        /** StackFrame fileName. */
                        public fileName?: (opencensus.proto.trace.v1.ITruncatableString|null);

                        /** StackFrame lineNumber. */
                        public lineNumber: (number|Long);

                        /** StackFrame columnNumber. */
                        public columnNumber: (number|Long);

                        /** StackFrame loadModule. */
                        public loadModule?: (opencensus.proto.trace.v1.IModule|null);

                        /** StackFrame sourceVersion. */
                        public sourceVersion?: (opencensus.proto.trace.v1.ITruncatableString|null);

                        /**
                         * Creates a new StackFrame instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns StackFrame instance
                         */
                        public static create(properties?: opencensus.proto.trace.v1.StackTrace.IStackFrame): opencensus.proto.trace.v1.StackTrace.StackFrame;

                        /**
                         * Encodes the specified StackFrame message. Does not implicitly {@link opencensus.proto.trace.v1.StackTrace.StackFrame.verify|verify} messages.
                         * @param message StackFrame message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.trace.v1.StackTrace.IStackFrame, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a StackFrame message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns StackFrame
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.StackTrace.StackFrame;

                        /**
                         * Gets the default type url for StackFrame
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    /** Properties of a StackFrames. */
                    interface IStackFrames {

                        /** StackFrames frame */
                        frame?: (opencensus.proto.trace.v1.StackTrace.IStackFrame[]|null);

                        /** StackFrames droppedFramesCount */
                        droppedFramesCount?: (number|null);
                    }

                    /** Represents a StackFrames. */
                    class StackFrames implements IStackFrames {

                        /**
                         * Constructs a new StackFrames.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opencensus.proto.trace.v1.StackTrace.IStackFrames);

                        /** StackFrames frame. */
                        public frame: opencensus.proto.trace.v1.StackTrace.IStackFrame[];

                        /** StackFrames droppedFramesCount. */
                        public droppedFramesCount: number;

                        /**
                         * Creates a new StackFrames instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns StackFrames instance
                         */
                        public static create(properties?: opencensus.proto.trace.v1.StackTrace.IStackFrames): opencensus.proto.trace.v1.StackTrace.StackFrames;

                        /**
                         * Encodes the specified StackFrames message. Does not implicitly {@link opencensus.proto.trace.v1.StackTrace.StackFrames.verify|verify} messages.
                         * @param message StackFrames message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: opencensus.proto.trace.v1.StackTrace.IStackFrames, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a StackFrames message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns StackFrames
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.StackTrace.StackFrames;

                        /**
                         * Gets the default type url for StackFrames
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }
                }

                /** Properties of a Module. */
                interface IModule {

                    /** Module module */
                    module?: (opencensus.proto.trace.v1.ITruncatableString|null);

                    /** Module buildId */
                    buildId?: (opencensus.proto.trace.v1.ITruncatableString|null);
                }

                /** Represents a Module. */
                class Module implements IModule {

                    /**
                     * Constructs a new Module.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.trace.v1.IModule);

                    /** Module module. */
                    public module?: (opencensus.proto.trace.v1.ITruncatableString|null);

                    /** Module buildId. */
                    public buildId?: (opencensus.proto.trace.v1.ITruncatableString|null);

                    /**
                     * Creates a new Module instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Module instance
                     */
                    public static create(properties?: opencensus.proto.trace.v1.IModule): opencensus.proto.trace.v1.Module;

                    /**
                     * Encodes the specified Module message. Does not implicitly {@link opencensus.proto.trace.v1.Module.verify|verify} messages.
                     * @param message Module message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opencensus.proto.trace.v1.IModule, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Module message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Module
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.Module;

                    /**
                     * Gets the default type url for Module
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a TruncatableString. */
                interface ITruncatableString {

                    /** TruncatableString value */
                    value?: (string|null);

                    /** TruncatableString truncatedByteCount */
                    truncatedByteCount?: (number|null);
                }

                /** Represents a TruncatableString. */
                class TruncatableString implements ITruncatableString {

                    /**
                     * Constructs a new TruncatableString.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opencensus.proto.trace.v1.ITruncatableString);

                    /** TruncatableString value. */
                    public value: string;

                    /** TruncatableString truncatedByteCount. */
                    public truncatedByteCount: number;

                    /**
                     * Creates a new TruncatableString instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns TruncatableString instance
                     */
                    public static create(properties?: opencensus.proto.trace.v1.ITruncatableString): opencensus.proto.trace.v1.TruncatableString;

                    /**
                     * Encodes the specified TruncatableString message. Does not implicitly {@link opencensus.proto.trace.v1.TruncatableString.verify|verify} messages.
                     * @param message TruncatableString message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: opencensus.proto.trace.v1.ITruncatableString, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a TruncatableString message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns TruncatableString
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opencensus.proto.trace.v1.TruncatableString;

                    /**
                     * Gets the default type url for TruncatableString
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
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

        /** Properties of a DoubleValue. */
        interface IDoubleValue {

            /** DoubleValue value */
            value?: (number|null);
        }

        /** Represents a DoubleValue. */
        class DoubleValue implements IDoubleValue {

            /**
             * Constructs a new DoubleValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IDoubleValue);

            /** DoubleValue value. */
            public value: number;

            /**
             * Creates a new DoubleValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DoubleValue instance
             */
            public static create(properties?: google.protobuf.IDoubleValue): google.protobuf.DoubleValue;

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @param message DoubleValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IDoubleValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.DoubleValue;

            /**
             * Gets the default type url for DoubleValue
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FloatValue. */
        interface IFloatValue {

            /** FloatValue value */
            value?: (number|null);
        }

        /** Represents a FloatValue. */
        class FloatValue implements IFloatValue {

            /**
             * Constructs a new FloatValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IFloatValue);

            /** FloatValue value. */
            public value: number;

            /**
             * Creates a new FloatValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FloatValue instance
             */
            public static create(properties?: google.protobuf.IFloatValue): google.protobuf.FloatValue;

            /**
             * Encodes the specified FloatValue message. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @param message FloatValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IFloatValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FloatValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.FloatValue;

            /**
             * Gets the default type url for FloatValue
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Int64Value. */
        interface IInt64Value {

            /** Int64Value value */
            value?: (number|Long|null);
        }

        /** Represents an Int64Value. */
        class Int64Value implements IInt64Value {

            /**
             * Constructs a new Int64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IInt64Value);

            /** Int64Value value. */
            public value: (number|Long);

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int64Value instance
             */
            public static create(properties?: google.protobuf.IInt64Value): google.protobuf.Int64Value;

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @param message Int64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IInt64Value, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int64Value;

            /**
             * Gets the default type url for Int64Value
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a UInt64Value. */
        interface IUInt64Value {

            /** UInt64Value value */
            value?: (number|Long|null);
        }

        /** Represents a UInt64Value. */
        class UInt64Value implements IUInt64Value {

            /**
             * Constructs a new UInt64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IUInt64Value);

            /** UInt64Value value. */
            public value: (number|Long);

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt64Value instance
             */
            public static create(properties?: google.protobuf.IUInt64Value): google.protobuf.UInt64Value;

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @param message UInt64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IUInt64Value, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt64Value;

            /**
             * Gets the default type url for UInt64Value
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Int32Value. */
        interface IInt32Value {

            /** Int32Value value */
            value?: (number|null);
        }

        /** Represents an Int32Value. */
        class Int32Value implements IInt32Value {

            /**
             * Constructs a new Int32Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IInt32Value);

            /** Int32Value value. */
            public value: number;

            /**
             * Creates a new Int32Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int32Value instance
             */
            public static create(properties?: google.protobuf.IInt32Value): google.protobuf.Int32Value;

            /**
             * Encodes the specified Int32Value message. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @param message Int32Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IInt32Value, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int32Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int32Value;

            /**
             * Gets the default type url for Int32Value
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a UInt32Value. */
        interface IUInt32Value {

            /** UInt32Value value */
            value?: (number|null);
        }

        /** Represents a UInt32Value. */
        class UInt32Value implements IUInt32Value {

            /**
             * Constructs a new UInt32Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IUInt32Value);

            /** UInt32Value value. */
            public value: number;

            /**
             * Creates a new UInt32Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt32Value instance
             */
            public static create(properties?: google.protobuf.IUInt32Value): google.protobuf.UInt32Value;

            /**
             * Encodes the specified UInt32Value message. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @param message UInt32Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IUInt32Value, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt32Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt32Value;

            /**
             * Gets the default type url for UInt32Value
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a BoolValue. */
        interface IBoolValue {

            /** BoolValue value */
            value?: (boolean|null);
        }

        /** Represents a BoolValue. */
        class BoolValue implements IBoolValue {

            /**
             * Constructs a new BoolValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IBoolValue);

            /** BoolValue value. */
            public value: boolean;

            /**
             * Creates a new BoolValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BoolValue instance
             */
            public static create(properties?: google.protobuf.IBoolValue): google.protobuf.BoolValue;

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @param message BoolValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IBoolValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BoolValue;

            /**
             * Gets the default type url for BoolValue
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StringValue. */
        interface IStringValue {

            /** StringValue value */
            value?: (string|null);
        }

        /** Represents a StringValue. */
        class StringValue implements IStringValue {

            /**
             * Constructs a new StringValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IStringValue);

            /** StringValue value. */
            public value: string;

            /**
             * Creates a new StringValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringValue instance
             */
            public static create(properties?: google.protobuf.IStringValue): google.protobuf.StringValue;

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @param message StringValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IStringValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.StringValue;

            /**
             * Gets the default type url for StringValue
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a BytesValue. */
        interface IBytesValue {

            /** BytesValue value */
            value?: (Uint8Array|null);
        }

        /** Represents a BytesValue. */
        class BytesValue implements IBytesValue {

            /**
             * Constructs a new BytesValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IBytesValue);

            /** BytesValue value. */
            public value: Uint8Array;

            /**
             * Creates a new BytesValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BytesValue instance
             */
            public static create(properties?: google.protobuf.IBytesValue): google.protobuf.BytesValue;

            /**
             * Encodes the specified BytesValue message. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @param message BytesValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IBytesValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BytesValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BytesValue;

            /**
             * Gets the default type url for BytesValue
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
