/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
// pbjs wrapper template (not JavaScript itself: pbjs fills in "protobufjs/minimal.js" and $OUTPUT) for Node ESM:
// protobufjs 7 is CommonJS, so its API is the default import (a namespace import would miss `roots`, `Reader`).
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["opencensus"] || ($protobuf.roots["opencensus"] = {});

export const opencensus = $root.opencensus = (() => {

    /**
     * Namespace opencensus.
     * @exports opencensus
     * @namespace
     */
    const opencensus = {};

    opencensus.proto = (function() {

        /**
         * Namespace proto.
         * @memberof opencensus
         * @namespace
         */
        const proto = {};

        proto.agent = (function() {

            /**
             * Namespace agent.
             * @memberof opencensus.proto
             * @namespace
             */
            const agent = {};

            agent.trace = (function() {

                /**
                 * Namespace trace.
                 * @memberof opencensus.proto.agent
                 * @namespace
                 */
                const trace = {};

                trace.v1 = (function() {

                    /**
                     * Namespace v1.
                     * @memberof opencensus.proto.agent.trace
                     * @namespace
                     */
                    const v1 = {};

                    v1.ExportTraceServiceRequest = (function() {

                        /**
                         * Properties of an ExportTraceServiceRequest.
                         * @memberof opencensus.proto.agent.trace.v1
                         * @interface IExportTraceServiceRequest
                         * @property {opencensus.proto.agent.common.v1.INode|null} [node] ExportTraceServiceRequest node
                         * @property {Array.<opencensus.proto.trace.v1.ISpan>|null} [spans] ExportTraceServiceRequest spans
                         * @property {opencensus.proto.resource.v1.IResource|null} [resource] ExportTraceServiceRequest resource
                         */

                        /**
                         * Constructs a new ExportTraceServiceRequest.
                         * @memberof opencensus.proto.agent.trace.v1
                         * @classdesc Represents an ExportTraceServiceRequest.
                         * @implements IExportTraceServiceRequest
                         * @constructor
                         * @param {opencensus.proto.agent.trace.v1.IExportTraceServiceRequest=} [properties] Properties to set
                         */
                        function ExportTraceServiceRequest(properties) {
                            this.spans = [];
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * ExportTraceServiceRequest node.
                         * @member {opencensus.proto.agent.common.v1.INode|null|undefined} node
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @instance
                         */
                        ExportTraceServiceRequest.prototype.node = null;

                        /**
                         * ExportTraceServiceRequest spans.
                         * @member {Array.<opencensus.proto.trace.v1.ISpan>} spans
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @instance
                         */
                        ExportTraceServiceRequest.prototype.spans = $util.emptyArray;

                        /**
                         * ExportTraceServiceRequest resource.
                         * @member {opencensus.proto.resource.v1.IResource|null|undefined} resource
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @instance
                         */
                        ExportTraceServiceRequest.prototype.resource = null;

                        /**
                         * Creates a new ExportTraceServiceRequest instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {opencensus.proto.agent.trace.v1.IExportTraceServiceRequest=} [properties] Properties to set
                         * @returns {opencensus.proto.agent.trace.v1.ExportTraceServiceRequest} ExportTraceServiceRequest instance
                         */
                        ExportTraceServiceRequest.create = function create(properties) {
                            return new ExportTraceServiceRequest(properties);
                        };

                        /**
                         * Encodes the specified ExportTraceServiceRequest message. Does not implicitly {@link opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {opencensus.proto.agent.trace.v1.IExportTraceServiceRequest} message ExportTraceServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTraceServiceRequest.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                                $root.opencensus.proto.agent.common.v1.Node.encode(message.node, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            if (message.spans != null && message.spans.length)
                                for (let i = 0; i < message.spans.length; ++i)
                                    $root.opencensus.proto.trace.v1.Span.encode(message.spans[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                            if (message.resource != null && Object.hasOwnProperty.call(message, "resource"))
                                $root.opencensus.proto.resource.v1.Resource.encode(message.resource, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                            return writer;
                        };

                        /**
                         * Decodes an ExportTraceServiceRequest message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.trace.v1.ExportTraceServiceRequest} ExportTraceServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTraceServiceRequest.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.agent.trace.v1.ExportTraceServiceRequest();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.node = $root.opencensus.proto.agent.common.v1.Node.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                case 2: {
                                        if (!(message.spans && message.spans.length))
                                            message.spans = [];
                                        message.spans.push($root.opencensus.proto.trace.v1.Span.decode(reader, reader.uint32(), undefined, long + 1));
                                        break;
                                    }
                                case 3: {
                                        message.resource = $root.opencensus.proto.resource.v1.Resource.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for ExportTraceServiceRequest
                         * @function getTypeUrl
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        ExportTraceServiceRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.agent.trace.v1.ExportTraceServiceRequest";
                        };

                        return ExportTraceServiceRequest;
                    })();

                    v1.ExportTraceServiceResponse = (function() {

                        /**
                         * Properties of an ExportTraceServiceResponse.
                         * @memberof opencensus.proto.agent.trace.v1
                         * @interface IExportTraceServiceResponse
                         */

                        /**
                         * Constructs a new ExportTraceServiceResponse.
                         * @memberof opencensus.proto.agent.trace.v1
                         * @classdesc Represents an ExportTraceServiceResponse.
                         * @implements IExportTraceServiceResponse
                         * @constructor
                         * @param {opencensus.proto.agent.trace.v1.IExportTraceServiceResponse=} [properties] Properties to set
                         */
                        function ExportTraceServiceResponse(properties) {
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * Creates a new ExportTraceServiceResponse instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {opencensus.proto.agent.trace.v1.IExportTraceServiceResponse=} [properties] Properties to set
                         * @returns {opencensus.proto.agent.trace.v1.ExportTraceServiceResponse} ExportTraceServiceResponse instance
                         */
                        ExportTraceServiceResponse.create = function create(properties) {
                            return new ExportTraceServiceResponse(properties);
                        };

                        /**
                         * Encodes the specified ExportTraceServiceResponse message. Does not implicitly {@link opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {opencensus.proto.agent.trace.v1.IExportTraceServiceResponse} message ExportTraceServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTraceServiceResponse.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            return writer;
                        };

                        /**
                         * Decodes an ExportTraceServiceResponse message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.trace.v1.ExportTraceServiceResponse} ExportTraceServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTraceServiceResponse.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.agent.trace.v1.ExportTraceServiceResponse();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for ExportTraceServiceResponse
                         * @function getTypeUrl
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        ExportTraceServiceResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.agent.trace.v1.ExportTraceServiceResponse";
                        };

                        return ExportTraceServiceResponse;
                    })();

                    return v1;
                })();

                return trace;
            })();

            agent.common = (function() {

                /**
                 * Namespace common.
                 * @memberof opencensus.proto.agent
                 * @namespace
                 */
                const common = {};

                common.v1 = (function() {

                    /**
                     * Namespace v1.
                     * @memberof opencensus.proto.agent.common
                     * @namespace
                     */
                    const v1 = {};

                    v1.Node = (function() {

                        /**
                         * Properties of a Node.
                         * @memberof opencensus.proto.agent.common.v1
                         * @interface INode
                         * @property {opencensus.proto.agent.common.v1.IProcessIdentifier|null} [identifier] Node identifier
                         * @property {opencensus.proto.agent.common.v1.ILibraryInfo|null} [libraryInfo] Node libraryInfo
                         * @property {opencensus.proto.agent.common.v1.IServiceInfo|null} [serviceInfo] Node serviceInfo
                         * @property {Object.<string,string>|null} [attributes] Node attributes
                         */

                        /**
                         * Constructs a new Node.
                         * @memberof opencensus.proto.agent.common.v1
                         * @classdesc Represents a Node.
                         * @implements INode
                         * @constructor
                         * @param {opencensus.proto.agent.common.v1.INode=} [properties] Properties to set
                         */
                        function Node(properties) {
                            this.attributes = {};
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * Node identifier.
                         * @member {opencensus.proto.agent.common.v1.IProcessIdentifier|null|undefined} identifier
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @instance
                         */
                        Node.prototype.identifier = null;

                        /**
                         * Node libraryInfo.
                         * @member {opencensus.proto.agent.common.v1.ILibraryInfo|null|undefined} libraryInfo
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @instance
                         */
                        Node.prototype.libraryInfo = null;

                        /**
                         * Node serviceInfo.
                         * @member {opencensus.proto.agent.common.v1.IServiceInfo|null|undefined} serviceInfo
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @instance
                         */
                        Node.prototype.serviceInfo = null;

                        /**
                         * Node attributes.
                         * @member {Object.<string,string>} attributes
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @instance
                         */
                        Node.prototype.attributes = $util.emptyObject;

                        /**
                         * Creates a new Node instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @static
                         * @param {opencensus.proto.agent.common.v1.INode=} [properties] Properties to set
                         * @returns {opencensus.proto.agent.common.v1.Node} Node instance
                         */
                        Node.create = function create(properties) {
                            return new Node(properties);
                        };

                        /**
                         * Encodes the specified Node message. Does not implicitly {@link opencensus.proto.agent.common.v1.Node.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @static
                         * @param {opencensus.proto.agent.common.v1.INode} message Node message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Node.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.identifier != null && Object.hasOwnProperty.call(message, "identifier"))
                                $root.opencensus.proto.agent.common.v1.ProcessIdentifier.encode(message.identifier, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            if (message.libraryInfo != null && Object.hasOwnProperty.call(message, "libraryInfo"))
                                $root.opencensus.proto.agent.common.v1.LibraryInfo.encode(message.libraryInfo, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                            if (message.serviceInfo != null && Object.hasOwnProperty.call(message, "serviceInfo"))
                                $root.opencensus.proto.agent.common.v1.ServiceInfo.encode(message.serviceInfo, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                            if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes"))
                                for (let keys = Object.keys(message.attributes), i = 0; i < keys.length; ++i)
                                    writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.attributes[keys[i]]).ldelim();
                            return writer;
                        };

                        /**
                         * Decodes a Node message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.common.v1.Node} Node
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Node.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message, key, value;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.agent.common.v1.Node();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.identifier = $root.opencensus.proto.agent.common.v1.ProcessIdentifier.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                case 2: {
                                        message.libraryInfo = $root.opencensus.proto.agent.common.v1.LibraryInfo.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                case 3: {
                                        message.serviceInfo = $root.opencensus.proto.agent.common.v1.ServiceInfo.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                case 4: {
                                        if (message.attributes === $util.emptyObject)
                                            message.attributes = {};
                                        let end2 = reader.uint32() + reader.pos;
                                        if (end2 > reader.len)
                                            throw RangeError("index out of range");
                                        reader.len = end2;
                                        key = "";
                                        value = "";
                                        while (reader.pos < end2) {
                                            let tag2 = reader.uint32();
                                            switch (tag2 >>> 3) {
                                            case 1:
                                                key = reader.string();
                                                break;
                                            case 2:
                                                value = reader.string();
                                                break;
                                            default:
                                                reader.skipType(tag2 & 7, long);
                                                break;
                                            }
                                        }
                                        if (reader.pos !== end2)
                                            throw RangeError("index out of range");
                                        reader.len = end;
                                        if (key === "__proto__")
                                            $util.makeProp(message.attributes, key);
                                        message.attributes[key] = value;
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for Node
                         * @function getTypeUrl
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        Node.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.agent.common.v1.Node";
                        };

                        return Node;
                    })();

                    v1.ProcessIdentifier = (function() {

                        /**
                         * Properties of a ProcessIdentifier.
                         * @memberof opencensus.proto.agent.common.v1
                         * @interface IProcessIdentifier
                         * @property {string|null} [hostName] ProcessIdentifier hostName
                         * @property {number|null} [pid] ProcessIdentifier pid
                         * @property {google.protobuf.ITimestamp|null} [startTimestamp] ProcessIdentifier startTimestamp
                         */

                        /**
                         * Constructs a new ProcessIdentifier.
                         * @memberof opencensus.proto.agent.common.v1
                         * @classdesc Represents a ProcessIdentifier.
                         * @implements IProcessIdentifier
                         * @constructor
                         * @param {opencensus.proto.agent.common.v1.IProcessIdentifier=} [properties] Properties to set
                         */
                        function ProcessIdentifier(properties) {
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * ProcessIdentifier hostName.
                         * @member {string} hostName
                         * @memberof opencensus.proto.agent.common.v1.ProcessIdentifier
                         * @instance
                         */
                        ProcessIdentifier.prototype.hostName = "";

                        /**
                         * ProcessIdentifier pid.
                         * @member {number} pid
                         * @memberof opencensus.proto.agent.common.v1.ProcessIdentifier
                         * @instance
                         */
                        ProcessIdentifier.prototype.pid = 0;

                        /**
                         * ProcessIdentifier startTimestamp.
                         * @member {google.protobuf.ITimestamp|null|undefined} startTimestamp
                         * @memberof opencensus.proto.agent.common.v1.ProcessIdentifier
                         * @instance
                         */
                        ProcessIdentifier.prototype.startTimestamp = null;

                        /**
                         * Creates a new ProcessIdentifier instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.agent.common.v1.ProcessIdentifier
                         * @static
                         * @param {opencensus.proto.agent.common.v1.IProcessIdentifier=} [properties] Properties to set
                         * @returns {opencensus.proto.agent.common.v1.ProcessIdentifier} ProcessIdentifier instance
                         */
                        ProcessIdentifier.create = function create(properties) {
                            return new ProcessIdentifier(properties);
                        };

                        /**
                         * Encodes the specified ProcessIdentifier message. Does not implicitly {@link opencensus.proto.agent.common.v1.ProcessIdentifier.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.agent.common.v1.ProcessIdentifier
                         * @static
                         * @param {opencensus.proto.agent.common.v1.IProcessIdentifier} message ProcessIdentifier message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ProcessIdentifier.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.hostName != null && Object.hasOwnProperty.call(message, "hostName"))
                                writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostName);
                            if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pid);
                            if (message.startTimestamp != null && Object.hasOwnProperty.call(message, "startTimestamp"))
                                $root.google.protobuf.Timestamp.encode(message.startTimestamp, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                            return writer;
                        };

                        /**
                         * Decodes a ProcessIdentifier message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.agent.common.v1.ProcessIdentifier
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.common.v1.ProcessIdentifier} ProcessIdentifier
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ProcessIdentifier.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.agent.common.v1.ProcessIdentifier();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.hostName = reader.string();
                                        break;
                                    }
                                case 2: {
                                        message.pid = reader.uint32();
                                        break;
                                    }
                                case 3: {
                                        message.startTimestamp = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for ProcessIdentifier
                         * @function getTypeUrl
                         * @memberof opencensus.proto.agent.common.v1.ProcessIdentifier
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        ProcessIdentifier.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.agent.common.v1.ProcessIdentifier";
                        };

                        return ProcessIdentifier;
                    })();

                    v1.LibraryInfo = (function() {

                        /**
                         * Properties of a LibraryInfo.
                         * @memberof opencensus.proto.agent.common.v1
                         * @interface ILibraryInfo
                         * @property {opencensus.proto.agent.common.v1.LibraryInfo.Language|null} [language] LibraryInfo language
                         * @property {string|null} [exporterVersion] LibraryInfo exporterVersion
                         * @property {string|null} [coreLibraryVersion] LibraryInfo coreLibraryVersion
                         */

                        /**
                         * Constructs a new LibraryInfo.
                         * @memberof opencensus.proto.agent.common.v1
                         * @classdesc Represents a LibraryInfo.
                         * @implements ILibraryInfo
                         * @constructor
                         * @param {opencensus.proto.agent.common.v1.ILibraryInfo=} [properties] Properties to set
                         */
                        function LibraryInfo(properties) {
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * LibraryInfo language.
                         * @member {opencensus.proto.agent.common.v1.LibraryInfo.Language} language
                         * @memberof opencensus.proto.agent.common.v1.LibraryInfo
                         * @instance
                         */
                        LibraryInfo.prototype.language = 0;

                        /**
                         * LibraryInfo exporterVersion.
                         * @member {string} exporterVersion
                         * @memberof opencensus.proto.agent.common.v1.LibraryInfo
                         * @instance
                         */
                        LibraryInfo.prototype.exporterVersion = "";

                        /**
                         * LibraryInfo coreLibraryVersion.
                         * @member {string} coreLibraryVersion
                         * @memberof opencensus.proto.agent.common.v1.LibraryInfo
                         * @instance
                         */
                        LibraryInfo.prototype.coreLibraryVersion = "";

                        /**
                         * Creates a new LibraryInfo instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.agent.common.v1.LibraryInfo
                         * @static
                         * @param {opencensus.proto.agent.common.v1.ILibraryInfo=} [properties] Properties to set
                         * @returns {opencensus.proto.agent.common.v1.LibraryInfo} LibraryInfo instance
                         */
                        LibraryInfo.create = function create(properties) {
                            return new LibraryInfo(properties);
                        };

                        /**
                         * Encodes the specified LibraryInfo message. Does not implicitly {@link opencensus.proto.agent.common.v1.LibraryInfo.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.agent.common.v1.LibraryInfo
                         * @static
                         * @param {opencensus.proto.agent.common.v1.ILibraryInfo} message LibraryInfo message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        LibraryInfo.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.language != null && Object.hasOwnProperty.call(message, "language"))
                                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.language);
                            if (message.exporterVersion != null && Object.hasOwnProperty.call(message, "exporterVersion"))
                                writer.uint32(/* id 2, wireType 2 =*/18).string(message.exporterVersion);
                            if (message.coreLibraryVersion != null && Object.hasOwnProperty.call(message, "coreLibraryVersion"))
                                writer.uint32(/* id 3, wireType 2 =*/26).string(message.coreLibraryVersion);
                            return writer;
                        };

                        /**
                         * Decodes a LibraryInfo message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.agent.common.v1.LibraryInfo
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.common.v1.LibraryInfo} LibraryInfo
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        LibraryInfo.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.agent.common.v1.LibraryInfo();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.language = reader.int32();
                                        break;
                                    }
                                case 2: {
                                        message.exporterVersion = reader.string();
                                        break;
                                    }
                                case 3: {
                                        message.coreLibraryVersion = reader.string();
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for LibraryInfo
                         * @function getTypeUrl
                         * @memberof opencensus.proto.agent.common.v1.LibraryInfo
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        LibraryInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.agent.common.v1.LibraryInfo";
                        };

                        /**
                         * Language enum.
                         * @name opencensus.proto.agent.common.v1.LibraryInfo.Language
                         * @enum {number}
                         * @property {number} LANGUAGE_UNSPECIFIED=0 LANGUAGE_UNSPECIFIED value
                         * @property {number} CPP=1 CPP value
                         * @property {number} C_SHARP=2 C_SHARP value
                         * @property {number} ERLANG=3 ERLANG value
                         * @property {number} GO_LANG=4 GO_LANG value
                         * @property {number} JAVA=5 JAVA value
                         * @property {number} NODE_JS=6 NODE_JS value
                         * @property {number} PHP=7 PHP value
                         * @property {number} PYTHON=8 PYTHON value
                         * @property {number} RUBY=9 RUBY value
                         * @property {number} WEB_JS=10 WEB_JS value
                         */
                        LibraryInfo.Language = (function() {
                            const valuesById = {}, values = Object.create(valuesById);
                            values[valuesById[0] = "LANGUAGE_UNSPECIFIED"] = 0;
                            values[valuesById[1] = "CPP"] = 1;
                            values[valuesById[2] = "C_SHARP"] = 2;
                            values[valuesById[3] = "ERLANG"] = 3;
                            values[valuesById[4] = "GO_LANG"] = 4;
                            values[valuesById[5] = "JAVA"] = 5;
                            values[valuesById[6] = "NODE_JS"] = 6;
                            values[valuesById[7] = "PHP"] = 7;
                            values[valuesById[8] = "PYTHON"] = 8;
                            values[valuesById[9] = "RUBY"] = 9;
                            values[valuesById[10] = "WEB_JS"] = 10;
                            return values;
                        })();

                        return LibraryInfo;
                    })();

                    v1.ServiceInfo = (function() {

                        /**
                         * Properties of a ServiceInfo.
                         * @memberof opencensus.proto.agent.common.v1
                         * @interface IServiceInfo
                         * @property {string|null} [name] ServiceInfo name
                         */

                        /**
                         * Constructs a new ServiceInfo.
                         * @memberof opencensus.proto.agent.common.v1
                         * @classdesc Represents a ServiceInfo.
                         * @implements IServiceInfo
                         * @constructor
                         * @param {opencensus.proto.agent.common.v1.IServiceInfo=} [properties] Properties to set
                         */
                        function ServiceInfo(properties) {
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * ServiceInfo name.
                         * @member {string} name
                         * @memberof opencensus.proto.agent.common.v1.ServiceInfo
                         * @instance
                         */
                        ServiceInfo.prototype.name = "";

                        /**
                         * Creates a new ServiceInfo instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.agent.common.v1.ServiceInfo
                         * @static
                         * @param {opencensus.proto.agent.common.v1.IServiceInfo=} [properties] Properties to set
                         * @returns {opencensus.proto.agent.common.v1.ServiceInfo} ServiceInfo instance
                         */
                        ServiceInfo.create = function create(properties) {
                            return new ServiceInfo(properties);
                        };

                        /**
                         * Encodes the specified ServiceInfo message. Does not implicitly {@link opencensus.proto.agent.common.v1.ServiceInfo.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.agent.common.v1.ServiceInfo
                         * @static
                         * @param {opencensus.proto.agent.common.v1.IServiceInfo} message ServiceInfo message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ServiceInfo.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                            return writer;
                        };

                        /**
                         * Decodes a ServiceInfo message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.agent.common.v1.ServiceInfo
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.common.v1.ServiceInfo} ServiceInfo
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ServiceInfo.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.agent.common.v1.ServiceInfo();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.name = reader.string();
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for ServiceInfo
                         * @function getTypeUrl
                         * @memberof opencensus.proto.agent.common.v1.ServiceInfo
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        ServiceInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.agent.common.v1.ServiceInfo";
                        };

                        return ServiceInfo;
                    })();

                    return v1;
                })();

                return common;
            })();

            return agent;
        })();

        proto.resource = (function() {

            /**
             * Namespace resource.
             * @memberof opencensus.proto
             * @namespace
             */
            const resource = {};

            resource.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opencensus.proto.resource
                 * @namespace
                 */
                const v1 = {};

                v1.Resource = (function() {

                    /**
                     * Properties of a Resource.
                     * @memberof opencensus.proto.resource.v1
                     * @interface IResource
                     * @property {string|null} [type] Resource type
                     * @property {Object.<string,string>|null} [labels] Resource labels
                     */

                    /**
                     * Constructs a new Resource.
                     * @memberof opencensus.proto.resource.v1
                     * @classdesc Represents a Resource.
                     * @implements IResource
                     * @constructor
                     * @param {opencensus.proto.resource.v1.IResource=} [properties] Properties to set
                     */
                    function Resource(properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Resource type.
                     * @member {string} type
                     * @memberof opencensus.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.type = "";

                    /**
                     * Resource labels.
                     * @member {Object.<string,string>} labels
                     * @memberof opencensus.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.labels = $util.emptyObject;

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @function create
                     * @memberof opencensus.proto.resource.v1.Resource
                     * @static
                     * @param {opencensus.proto.resource.v1.IResource=} [properties] Properties to set
                     * @returns {opencensus.proto.resource.v1.Resource} Resource instance
                     */
                    Resource.create = function create(properties) {
                        return new Resource(properties);
                    };

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link opencensus.proto.resource.v1.Resource.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.resource.v1.Resource
                     * @static
                     * @param {opencensus.proto.resource.v1.IResource} message Resource message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Resource.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                        if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.resource.v1.Resource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.resource.v1.Resource} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Resource.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opencensus.proto.resource.v1.Resource();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.type = reader.string();
                                    break;
                                }
                            case 2: {
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = reader.string();
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for Resource
                     * @function getTypeUrl
                     * @memberof opencensus.proto.resource.v1.Resource
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Resource.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opencensus.proto.resource.v1.Resource";
                    };

                    return Resource;
                })();

                return v1;
            })();

            return resource;
        })();

        proto.trace = (function() {

            /**
             * Namespace trace.
             * @memberof opencensus.proto
             * @namespace
             */
            const trace = {};

            trace.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opencensus.proto.trace
                 * @namespace
                 */
                const v1 = {};

                v1.Span = (function() {

                    /**
                     * Properties of a Span.
                     * @memberof opencensus.proto.trace.v1
                     * @interface ISpan
                     * @property {Uint8Array|null} [traceId] Span traceId
                     * @property {Uint8Array|null} [spanId] Span spanId
                     * @property {opencensus.proto.trace.v1.Span.ITracestate|null} [tracestate] Span tracestate
                     * @property {Uint8Array|null} [parentSpanId] Span parentSpanId
                     * @property {opencensus.proto.trace.v1.ITruncatableString|null} [name] Span name
                     * @property {opencensus.proto.trace.v1.Span.SpanKind|null} [kind] Span kind
                     * @property {google.protobuf.ITimestamp|null} [startTime] Span startTime
                     * @property {google.protobuf.ITimestamp|null} [endTime] Span endTime
                     * @property {opencensus.proto.trace.v1.Span.IAttributes|null} [attributes] Span attributes
                     * @property {opencensus.proto.trace.v1.IStackTrace|null} [stackTrace] Span stackTrace
                     * @property {opencensus.proto.trace.v1.Span.ITimeEvents|null} [timeEvents] Span timeEvents
                     * @property {opencensus.proto.trace.v1.Span.ILinks|null} [links] Span links
                     * @property {opencensus.proto.trace.v1.IStatus|null} [status] Span status
                     * @property {opencensus.proto.resource.v1.IResource|null} [resource] Span resource
                     * @property {google.protobuf.IBoolValue|null} [sameProcessAsParentSpan] Span sameProcessAsParentSpan
                     * @property {google.protobuf.IUInt32Value|null} [childSpanCount] Span childSpanCount
                     */

                    /**
                     * Constructs a new Span.
                     * @memberof opencensus.proto.trace.v1
                     * @classdesc Represents a Span.
                     * @implements ISpan
                     * @constructor
                     * @param {opencensus.proto.trace.v1.ISpan=} [properties] Properties to set
                     */
                    function Span(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Span traceId.
                     * @member {Uint8Array} traceId
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.traceId = $util.newBuffer([]);

                    /**
                     * Span spanId.
                     * @member {Uint8Array} spanId
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.spanId = $util.newBuffer([]);

                    /**
                     * Span tracestate.
                     * @member {opencensus.proto.trace.v1.Span.ITracestate|null|undefined} tracestate
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.tracestate = null;

                    /**
                     * Span parentSpanId.
                     * @member {Uint8Array} parentSpanId
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.parentSpanId = $util.newBuffer([]);

                    /**
                     * Span name.
                     * @member {opencensus.proto.trace.v1.ITruncatableString|null|undefined} name
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.name = null;

                    /**
                     * Span kind.
                     * @member {opencensus.proto.trace.v1.Span.SpanKind} kind
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.kind = 0;

                    /**
                     * Span startTime.
                     * @member {google.protobuf.ITimestamp|null|undefined} startTime
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.startTime = null;

                    /**
                     * Span endTime.
                     * @member {google.protobuf.ITimestamp|null|undefined} endTime
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.endTime = null;

                    /**
                     * Span attributes.
                     * @member {opencensus.proto.trace.v1.Span.IAttributes|null|undefined} attributes
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.attributes = null;

                    /**
                     * Span stackTrace.
                     * @member {opencensus.proto.trace.v1.IStackTrace|null|undefined} stackTrace
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.stackTrace = null;

                    /**
                     * Span timeEvents.
                     * @member {opencensus.proto.trace.v1.Span.ITimeEvents|null|undefined} timeEvents
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.timeEvents = null;

                    /**
                     * Span links.
                     * @member {opencensus.proto.trace.v1.Span.ILinks|null|undefined} links
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.links = null;

                    /**
                     * Span status.
                     * @member {opencensus.proto.trace.v1.IStatus|null|undefined} status
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.status = null;

                    /**
                     * Span resource.
                     * @member {opencensus.proto.resource.v1.IResource|null|undefined} resource
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.resource = null;

                    /**
                     * Span sameProcessAsParentSpan.
                     * @member {google.protobuf.IBoolValue|null|undefined} sameProcessAsParentSpan
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.sameProcessAsParentSpan = null;

                    /**
                     * Span childSpanCount.
                     * @member {google.protobuf.IUInt32Value|null|undefined} childSpanCount
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.childSpanCount = null;

                    /**
                     * Creates a new Span instance using the specified properties.
                     * @function create
                     * @memberof opencensus.proto.trace.v1.Span
                     * @static
                     * @param {opencensus.proto.trace.v1.ISpan=} [properties] Properties to set
                     * @returns {opencensus.proto.trace.v1.Span} Span instance
                     */
                    Span.create = function create(properties) {
                        return new Span(properties);
                    };

                    /**
                     * Encodes the specified Span message. Does not implicitly {@link opencensus.proto.trace.v1.Span.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.trace.v1.Span
                     * @static
                     * @param {opencensus.proto.trace.v1.ISpan} message Span message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Span.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.traceId);
                        if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.spanId);
                        if (message.parentSpanId != null && Object.hasOwnProperty.call(message, "parentSpanId"))
                            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.parentSpanId);
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            $root.opencensus.proto.trace.v1.TruncatableString.encode(message.name, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                        if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime"))
                            $root.google.protobuf.Timestamp.encode(message.startTime, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        if (message.endTime != null && Object.hasOwnProperty.call(message, "endTime"))
                            $root.google.protobuf.Timestamp.encode(message.endTime, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                        if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes"))
                            $root.opencensus.proto.trace.v1.Span.Attributes.encode(message.attributes, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                        if (message.stackTrace != null && Object.hasOwnProperty.call(message, "stackTrace"))
                            $root.opencensus.proto.trace.v1.StackTrace.encode(message.stackTrace, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                        if (message.timeEvents != null && Object.hasOwnProperty.call(message, "timeEvents"))
                            $root.opencensus.proto.trace.v1.Span.TimeEvents.encode(message.timeEvents, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                        if (message.links != null && Object.hasOwnProperty.call(message, "links"))
                            $root.opencensus.proto.trace.v1.Span.Links.encode(message.links, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                        if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                            $root.opencensus.proto.trace.v1.Status.encode(message.status, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                        if (message.sameProcessAsParentSpan != null && Object.hasOwnProperty.call(message, "sameProcessAsParentSpan"))
                            $root.google.protobuf.BoolValue.encode(message.sameProcessAsParentSpan, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                        if (message.childSpanCount != null && Object.hasOwnProperty.call(message, "childSpanCount"))
                            $root.google.protobuf.UInt32Value.encode(message.childSpanCount, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                        if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                            writer.uint32(/* id 14, wireType 0 =*/112).int32(message.kind);
                        if (message.tracestate != null && Object.hasOwnProperty.call(message, "tracestate"))
                            $root.opencensus.proto.trace.v1.Span.Tracestate.encode(message.tracestate, writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                        if (message.resource != null && Object.hasOwnProperty.call(message, "resource"))
                            $root.opencensus.proto.resource.v1.Resource.encode(message.resource, writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a Span message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.trace.v1.Span
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.Span} Span
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Span.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opencensus.proto.trace.v1.Span();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.traceId = reader.bytes();
                                    break;
                                }
                            case 2: {
                                    message.spanId = reader.bytes();
                                    break;
                                }
                            case 15: {
                                    message.tracestate = $root.opencensus.proto.trace.v1.Span.Tracestate.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 3: {
                                    message.parentSpanId = reader.bytes();
                                    break;
                                }
                            case 4: {
                                    message.name = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 14: {
                                    message.kind = reader.int32();
                                    break;
                                }
                            case 5: {
                                    message.startTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 6: {
                                    message.endTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 7: {
                                    message.attributes = $root.opencensus.proto.trace.v1.Span.Attributes.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 8: {
                                    message.stackTrace = $root.opencensus.proto.trace.v1.StackTrace.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 9: {
                                    message.timeEvents = $root.opencensus.proto.trace.v1.Span.TimeEvents.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 10: {
                                    message.links = $root.opencensus.proto.trace.v1.Span.Links.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 11: {
                                    message.status = $root.opencensus.proto.trace.v1.Status.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 16: {
                                    message.resource = $root.opencensus.proto.resource.v1.Resource.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 12: {
                                    message.sameProcessAsParentSpan = $root.google.protobuf.BoolValue.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 13: {
                                    message.childSpanCount = $root.google.protobuf.UInt32Value.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for Span
                     * @function getTypeUrl
                     * @memberof opencensus.proto.trace.v1.Span
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Span.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opencensus.proto.trace.v1.Span";
                    };

                    Span.Tracestate = (function() {

                        /**
                         * Properties of a Tracestate.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @interface ITracestate
                         * @property {Array.<opencensus.proto.trace.v1.Span.Tracestate.IEntry>|null} [entries] Tracestate entries
                         */

                        /**
                         * Constructs a new Tracestate.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @classdesc Represents a Tracestate.
                         * @implements ITracestate
                         * @constructor
                         * @param {opencensus.proto.trace.v1.Span.ITracestate=} [properties] Properties to set
                         */
                        function Tracestate(properties) {
                            this.entries = [];
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * Tracestate entries.
                         * @member {Array.<opencensus.proto.trace.v1.Span.Tracestate.IEntry>} entries
                         * @memberof opencensus.proto.trace.v1.Span.Tracestate
                         * @instance
                         */
                        Tracestate.prototype.entries = $util.emptyArray;

                        /**
                         * Creates a new Tracestate instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.trace.v1.Span.Tracestate
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.ITracestate=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.Span.Tracestate} Tracestate instance
                         */
                        Tracestate.create = function create(properties) {
                            return new Tracestate(properties);
                        };

                        /**
                         * Encodes the specified Tracestate message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Tracestate.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.Span.Tracestate
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.ITracestate} message Tracestate message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Tracestate.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.entries != null && message.entries.length)
                                for (let i = 0; i < message.entries.length; ++i)
                                    $root.opencensus.proto.trace.v1.Span.Tracestate.Entry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            return writer;
                        };

                        /**
                         * Decodes a Tracestate message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.Span.Tracestate
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.Tracestate} Tracestate
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Tracestate.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.trace.v1.Span.Tracestate();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        if (!(message.entries && message.entries.length))
                                            message.entries = [];
                                        message.entries.push($root.opencensus.proto.trace.v1.Span.Tracestate.Entry.decode(reader, reader.uint32(), undefined, long + 1));
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for Tracestate
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.Span.Tracestate
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        Tracestate.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.trace.v1.Span.Tracestate";
                        };

                        Tracestate.Entry = (function() {

                            /**
                             * Properties of an Entry.
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate
                             * @interface IEntry
                             * @property {string|null} [key] Entry key
                             * @property {string|null} [value] Entry value
                             */

                            /**
                             * Constructs a new Entry.
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate
                             * @classdesc Represents an Entry.
                             * @implements IEntry
                             * @constructor
                             * @param {opencensus.proto.trace.v1.Span.Tracestate.IEntry=} [properties] Properties to set
                             */
                            function Entry(properties) {
                                if (properties)
                                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                            this[keys[i]] = properties[keys[i]];
                            }

                            /**
                             * Entry key.
                             * @member {string} key
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate.Entry
                             * @instance
                             */
                            Entry.prototype.key = "";

                            /**
                             * Entry value.
                             * @member {string} value
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate.Entry
                             * @instance
                             */
                            Entry.prototype.value = "";

                            /**
                             * Creates a new Entry instance using the specified properties.
                             * @function create
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate.Entry
                             * @static
                             * @param {opencensus.proto.trace.v1.Span.Tracestate.IEntry=} [properties] Properties to set
                             * @returns {opencensus.proto.trace.v1.Span.Tracestate.Entry} Entry instance
                             */
                            Entry.create = function create(properties) {
                                return new Entry(properties);
                            };

                            /**
                             * Encodes the specified Entry message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Tracestate.Entry.verify|verify} messages.
                             * @function encode
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate.Entry
                             * @static
                             * @param {opencensus.proto.trace.v1.Span.Tracestate.IEntry} message Entry message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            Entry.encode = function encode(message, writer, q) {
                                if (!writer)
                                    writer = $Writer.create();
                                if (q === undefined)
                                    q = 0;
                                if (q > $util.recursionLimit)
                                    throw Error("max depth exceeded");
                                if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                                return writer;
                            };

                            /**
                             * Decodes an Entry message from the specified reader or buffer.
                             * @function decode
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate.Entry
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @param {number} [length] Message length if known beforehand
                             * @returns {opencensus.proto.trace.v1.Span.Tracestate.Entry} Entry
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            Entry.decode = function decode(reader, length, error, long) {
                                if (!(reader instanceof $Reader))
                                    reader = $Reader.create(reader);
                                if (long === undefined)
                                    long = 0;
                                if (long > $Reader.recursionLimit)
                                    throw Error("maximum nesting depth exceeded");
                                let end, message;
                                if (length === undefined)
                                    end = reader.len;
                                else {
                                    end = reader.pos + length;
                                    if (end > reader.len)
                                        throw RangeError("index out of range");
                                    length = reader.len;
                                    reader.len = end;
                                }
                                message = new $root.opencensus.proto.trace.v1.Span.Tracestate.Entry();
                                while (reader.pos < end) {
                                    let tag = reader.uint32();
                                    if (tag === error)
                                        break;
                                    switch (tag >>> 3) {
                                    case 1: {
                                            message.key = reader.string();
                                            break;
                                        }
                                    case 2: {
                                            message.value = reader.string();
                                            break;
                                        }
                                    default:
                                        reader.skipType(tag & 7, long);
                                        break;
                                    }
                                }
                                if (length !== undefined) {
                                    if (reader.pos !== end)
                                        throw RangeError("index out of range");
                                    reader.len = length;
                                }
                                return message;
                            };

                            /**
                             * Gets the default type url for Entry
                             * @function getTypeUrl
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate.Entry
                             * @static
                             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                             * @returns {string} The default type url
                             */
                            Entry.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                                if (typeUrlPrefix === undefined) {
                                    typeUrlPrefix = "type.googleapis.com";
                                }
                                return typeUrlPrefix + "/opencensus.proto.trace.v1.Span.Tracestate.Entry";
                            };

                            return Entry;
                        })();

                        return Tracestate;
                    })();

                    /**
                     * SpanKind enum.
                     * @name opencensus.proto.trace.v1.Span.SpanKind
                     * @enum {number}
                     * @property {number} SPAN_KIND_UNSPECIFIED=0 SPAN_KIND_UNSPECIFIED value
                     * @property {number} SERVER=1 SERVER value
                     * @property {number} CLIENT=2 CLIENT value
                     */
                    Span.SpanKind = (function() {
                        const valuesById = {}, values = Object.create(valuesById);
                        values[valuesById[0] = "SPAN_KIND_UNSPECIFIED"] = 0;
                        values[valuesById[1] = "SERVER"] = 1;
                        values[valuesById[2] = "CLIENT"] = 2;
                        return values;
                    })();

                    Span.Attributes = (function() {

                        /**
                         * Properties of an Attributes.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @interface IAttributes
                         * @property {Object.<string,opencensus.proto.trace.v1.IAttributeValue>|null} [attributeMap] Attributes attributeMap
                         * @property {number|null} [droppedAttributesCount] Attributes droppedAttributesCount
                         */

                        /**
                         * Constructs a new Attributes.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @classdesc Represents an Attributes.
                         * @implements IAttributes
                         * @constructor
                         * @param {opencensus.proto.trace.v1.Span.IAttributes=} [properties] Properties to set
                         */
                        function Attributes(properties) {
                            this.attributeMap = {};
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * Attributes attributeMap.
                         * @member {Object.<string,opencensus.proto.trace.v1.IAttributeValue>} attributeMap
                         * @memberof opencensus.proto.trace.v1.Span.Attributes
                         * @instance
                         */
                        Attributes.prototype.attributeMap = $util.emptyObject;

                        /**
                         * Attributes droppedAttributesCount.
                         * @member {number} droppedAttributesCount
                         * @memberof opencensus.proto.trace.v1.Span.Attributes
                         * @instance
                         */
                        Attributes.prototype.droppedAttributesCount = 0;

                        /**
                         * Creates a new Attributes instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.trace.v1.Span.Attributes
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.IAttributes=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.Span.Attributes} Attributes instance
                         */
                        Attributes.create = function create(properties) {
                            return new Attributes(properties);
                        };

                        /**
                         * Encodes the specified Attributes message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Attributes.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.Span.Attributes
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.IAttributes} message Attributes message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Attributes.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.attributeMap != null && Object.hasOwnProperty.call(message, "attributeMap"))
                                for (let keys = Object.keys(message.attributeMap), i = 0; i < keys.length; ++i) {
                                    writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                                    $root.opencensus.proto.trace.v1.AttributeValue.encode(message.attributeMap[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim().ldelim();
                                }
                            if (message.droppedAttributesCount != null && Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.droppedAttributesCount);
                            return writer;
                        };

                        /**
                         * Decodes an Attributes message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.Span.Attributes
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.Attributes} Attributes
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Attributes.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message, key, value;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.trace.v1.Span.Attributes();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        if (message.attributeMap === $util.emptyObject)
                                            message.attributeMap = {};
                                        let end2 = reader.uint32() + reader.pos;
                                        if (end2 > reader.len)
                                            throw RangeError("index out of range");
                                        reader.len = end2;
                                        key = "";
                                        value = null;
                                        while (reader.pos < end2) {
                                            let tag2 = reader.uint32();
                                            switch (tag2 >>> 3) {
                                            case 1:
                                                key = reader.string();
                                                break;
                                            case 2:
                                                value = $root.opencensus.proto.trace.v1.AttributeValue.decode(reader, reader.uint32(), undefined, long + 1);
                                                break;
                                            default:
                                                reader.skipType(tag2 & 7, long);
                                                break;
                                            }
                                        }
                                        if (reader.pos !== end2)
                                            throw RangeError("index out of range");
                                        reader.len = end;
                                        if (key === "__proto__")
                                            $util.makeProp(message.attributeMap, key);
                                        message.attributeMap[key] = value;
                                        break;
                                    }
                                case 2: {
                                        message.droppedAttributesCount = reader.int32();
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for Attributes
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.Span.Attributes
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        Attributes.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.trace.v1.Span.Attributes";
                        };

                        return Attributes;
                    })();

                    Span.TimeEvent = (function() {

                        /**
                         * Properties of a TimeEvent.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @interface ITimeEvent
                         * @property {google.protobuf.ITimestamp|null} [time] TimeEvent time
                         * @property {opencensus.proto.trace.v1.Span.TimeEvent.IAnnotation|null} [annotation] TimeEvent annotation
                         * @property {opencensus.proto.trace.v1.Span.TimeEvent.IMessageEvent|null} [messageEvent] TimeEvent messageEvent
                         */

                        /**
                         * Constructs a new TimeEvent.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @classdesc Represents a TimeEvent.
                         * @implements ITimeEvent
                         * @constructor
                         * @param {opencensus.proto.trace.v1.Span.ITimeEvent=} [properties] Properties to set
                         */
                        function TimeEvent(properties) {
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * TimeEvent time.
                         * @member {google.protobuf.ITimestamp|null|undefined} time
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @instance
                         */
                        TimeEvent.prototype.time = null;

                        /**
                         * TimeEvent annotation.
                         * @member {opencensus.proto.trace.v1.Span.TimeEvent.IAnnotation|null|undefined} annotation
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @instance
                         */
                        TimeEvent.prototype.annotation = null;

                        /**
                         * TimeEvent messageEvent.
                         * @member {opencensus.proto.trace.v1.Span.TimeEvent.IMessageEvent|null|undefined} messageEvent
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @instance
                         */
                        TimeEvent.prototype.messageEvent = null;

                        // OneOf field names bound to virtual getters and setters
                        let $oneOfFields;

                        /**
                         * TimeEvent value.
                         * @member {"annotation"|"messageEvent"|undefined} value
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @instance
                         */
                        Object.defineProperty(TimeEvent.prototype, "value", {
                            get: $util.oneOfGetter($oneOfFields = ["annotation", "messageEvent"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        /**
                         * Creates a new TimeEvent instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.ITimeEvent=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.Span.TimeEvent} TimeEvent instance
                         */
                        TimeEvent.create = function create(properties) {
                            return new TimeEvent(properties);
                        };

                        /**
                         * Encodes the specified TimeEvent message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvent.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.ITimeEvent} message TimeEvent message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        TimeEvent.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.time != null && Object.hasOwnProperty.call(message, "time"))
                                $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            if (message.annotation != null && Object.hasOwnProperty.call(message, "annotation"))
                                $root.opencensus.proto.trace.v1.Span.TimeEvent.Annotation.encode(message.annotation, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                            if (message.messageEvent != null && Object.hasOwnProperty.call(message, "messageEvent"))
                                $root.opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.encode(message.messageEvent, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                            return writer;
                        };

                        /**
                         * Decodes a TimeEvent message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.TimeEvent} TimeEvent
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        TimeEvent.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.trace.v1.Span.TimeEvent();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.time = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                case 2: {
                                        message.annotation = $root.opencensus.proto.trace.v1.Span.TimeEvent.Annotation.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                case 3: {
                                        message.messageEvent = $root.opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for TimeEvent
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        TimeEvent.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.trace.v1.Span.TimeEvent";
                        };

                        TimeEvent.Annotation = (function() {

                            /**
                             * Properties of an Annotation.
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                             * @interface IAnnotation
                             * @property {opencensus.proto.trace.v1.ITruncatableString|null} [description] Annotation description
                             * @property {opencensus.proto.trace.v1.Span.IAttributes|null} [attributes] Annotation attributes
                             */

                            /**
                             * Constructs a new Annotation.
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                             * @classdesc Represents an Annotation.
                             * @implements IAnnotation
                             * @constructor
                             * @param {opencensus.proto.trace.v1.Span.TimeEvent.IAnnotation=} [properties] Properties to set
                             */
                            function Annotation(properties) {
                                if (properties)
                                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                            this[keys[i]] = properties[keys[i]];
                            }

                            /**
                             * Annotation description.
                             * @member {opencensus.proto.trace.v1.ITruncatableString|null|undefined} description
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.Annotation
                             * @instance
                             */
                            Annotation.prototype.description = null;

                            /**
                             * Annotation attributes.
                             * @member {opencensus.proto.trace.v1.Span.IAttributes|null|undefined} attributes
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.Annotation
                             * @instance
                             */
                            Annotation.prototype.attributes = null;

                            /**
                             * Creates a new Annotation instance using the specified properties.
                             * @function create
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.Annotation
                             * @static
                             * @param {opencensus.proto.trace.v1.Span.TimeEvent.IAnnotation=} [properties] Properties to set
                             * @returns {opencensus.proto.trace.v1.Span.TimeEvent.Annotation} Annotation instance
                             */
                            Annotation.create = function create(properties) {
                                return new Annotation(properties);
                            };

                            /**
                             * Encodes the specified Annotation message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvent.Annotation.verify|verify} messages.
                             * @function encode
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.Annotation
                             * @static
                             * @param {opencensus.proto.trace.v1.Span.TimeEvent.IAnnotation} message Annotation message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            Annotation.encode = function encode(message, writer, q) {
                                if (!writer)
                                    writer = $Writer.create();
                                if (q === undefined)
                                    q = 0;
                                if (q > $util.recursionLimit)
                                    throw Error("max depth exceeded");
                                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                                    $root.opencensus.proto.trace.v1.TruncatableString.encode(message.description, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                                if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes"))
                                    $root.opencensus.proto.trace.v1.Span.Attributes.encode(message.attributes, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                                return writer;
                            };

                            /**
                             * Decodes an Annotation message from the specified reader or buffer.
                             * @function decode
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.Annotation
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @param {number} [length] Message length if known beforehand
                             * @returns {opencensus.proto.trace.v1.Span.TimeEvent.Annotation} Annotation
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            Annotation.decode = function decode(reader, length, error, long) {
                                if (!(reader instanceof $Reader))
                                    reader = $Reader.create(reader);
                                if (long === undefined)
                                    long = 0;
                                if (long > $Reader.recursionLimit)
                                    throw Error("maximum nesting depth exceeded");
                                let end, message;
                                if (length === undefined)
                                    end = reader.len;
                                else {
                                    end = reader.pos + length;
                                    if (end > reader.len)
                                        throw RangeError("index out of range");
                                    length = reader.len;
                                    reader.len = end;
                                }
                                message = new $root.opencensus.proto.trace.v1.Span.TimeEvent.Annotation();
                                while (reader.pos < end) {
                                    let tag = reader.uint32();
                                    if (tag === error)
                                        break;
                                    switch (tag >>> 3) {
                                    case 1: {
                                            message.description = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.uint32(), undefined, long + 1);
                                            break;
                                        }
                                    case 2: {
                                            message.attributes = $root.opencensus.proto.trace.v1.Span.Attributes.decode(reader, reader.uint32(), undefined, long + 1);
                                            break;
                                        }
                                    default:
                                        reader.skipType(tag & 7, long);
                                        break;
                                    }
                                }
                                if (length !== undefined) {
                                    if (reader.pos !== end)
                                        throw RangeError("index out of range");
                                    reader.len = length;
                                }
                                return message;
                            };

                            /**
                             * Gets the default type url for Annotation
                             * @function getTypeUrl
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.Annotation
                             * @static
                             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                             * @returns {string} The default type url
                             */
                            Annotation.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                                if (typeUrlPrefix === undefined) {
                                    typeUrlPrefix = "type.googleapis.com";
                                }
                                return typeUrlPrefix + "/opencensus.proto.trace.v1.Span.TimeEvent.Annotation";
                            };

                            return Annotation;
                        })();

                        TimeEvent.MessageEvent = (function() {

                            /**
                             * Properties of a MessageEvent.
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                             * @interface IMessageEvent
                             * @property {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.Type|null} [type] MessageEvent type
                             * @property {number|Long|null} [id] MessageEvent id
                             * @property {number|Long|null} [uncompressedSize] MessageEvent uncompressedSize
                             * @property {number|Long|null} [compressedSize] MessageEvent compressedSize
                             */

                            /**
                             * Constructs a new MessageEvent.
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                             * @classdesc Represents a MessageEvent.
                             * @implements IMessageEvent
                             * @constructor
                             * @param {opencensus.proto.trace.v1.Span.TimeEvent.IMessageEvent=} [properties] Properties to set
                             */
                            function MessageEvent(properties) {
                                if (properties)
                                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                            this[keys[i]] = properties[keys[i]];
                            }

                            /**
                             * MessageEvent type.
                             * @member {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.Type} type
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent
                             * @instance
                             */
                            MessageEvent.prototype.type = 0;

                            /**
                             * MessageEvent id.
                             * @member {number|Long} id
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent
                             * @instance
                             */
                            MessageEvent.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                            /**
                             * MessageEvent uncompressedSize.
                             * @member {number|Long} uncompressedSize
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent
                             * @instance
                             */
                            MessageEvent.prototype.uncompressedSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                            /**
                             * MessageEvent compressedSize.
                             * @member {number|Long} compressedSize
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent
                             * @instance
                             */
                            MessageEvent.prototype.compressedSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                            /**
                             * Creates a new MessageEvent instance using the specified properties.
                             * @function create
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent
                             * @static
                             * @param {opencensus.proto.trace.v1.Span.TimeEvent.IMessageEvent=} [properties] Properties to set
                             * @returns {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent} MessageEvent instance
                             */
                            MessageEvent.create = function create(properties) {
                                return new MessageEvent(properties);
                            };

                            /**
                             * Encodes the specified MessageEvent message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.verify|verify} messages.
                             * @function encode
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent
                             * @static
                             * @param {opencensus.proto.trace.v1.Span.TimeEvent.IMessageEvent} message MessageEvent message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            MessageEvent.encode = function encode(message, writer, q) {
                                if (!writer)
                                    writer = $Writer.create();
                                if (q === undefined)
                                    q = 0;
                                if (q > $util.recursionLimit)
                                    throw Error("max depth exceeded");
                                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.id);
                                if (message.uncompressedSize != null && Object.hasOwnProperty.call(message, "uncompressedSize"))
                                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.uncompressedSize);
                                if (message.compressedSize != null && Object.hasOwnProperty.call(message, "compressedSize"))
                                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.compressedSize);
                                return writer;
                            };

                            /**
                             * Decodes a MessageEvent message from the specified reader or buffer.
                             * @function decode
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @param {number} [length] Message length if known beforehand
                             * @returns {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent} MessageEvent
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            MessageEvent.decode = function decode(reader, length, error, long) {
                                if (!(reader instanceof $Reader))
                                    reader = $Reader.create(reader);
                                if (long === undefined)
                                    long = 0;
                                if (long > $Reader.recursionLimit)
                                    throw Error("maximum nesting depth exceeded");
                                let end, message;
                                if (length === undefined)
                                    end = reader.len;
                                else {
                                    end = reader.pos + length;
                                    if (end > reader.len)
                                        throw RangeError("index out of range");
                                    length = reader.len;
                                    reader.len = end;
                                }
                                message = new $root.opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent();
                                while (reader.pos < end) {
                                    let tag = reader.uint32();
                                    if (tag === error)
                                        break;
                                    switch (tag >>> 3) {
                                    case 1: {
                                            message.type = reader.int32();
                                            break;
                                        }
                                    case 2: {
                                            message.id = reader.uint64();
                                            break;
                                        }
                                    case 3: {
                                            message.uncompressedSize = reader.uint64();
                                            break;
                                        }
                                    case 4: {
                                            message.compressedSize = reader.uint64();
                                            break;
                                        }
                                    default:
                                        reader.skipType(tag & 7, long);
                                        break;
                                    }
                                }
                                if (length !== undefined) {
                                    if (reader.pos !== end)
                                        throw RangeError("index out of range");
                                    reader.len = length;
                                }
                                return message;
                            };

                            /**
                             * Gets the default type url for MessageEvent
                             * @function getTypeUrl
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent
                             * @static
                             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                             * @returns {string} The default type url
                             */
                            MessageEvent.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                                if (typeUrlPrefix === undefined) {
                                    typeUrlPrefix = "type.googleapis.com";
                                }
                                return typeUrlPrefix + "/opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent";
                            };

                            /**
                             * Type enum.
                             * @name opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.Type
                             * @enum {number}
                             * @property {number} TYPE_UNSPECIFIED=0 TYPE_UNSPECIFIED value
                             * @property {number} SENT=1 SENT value
                             * @property {number} RECEIVED=2 RECEIVED value
                             */
                            MessageEvent.Type = (function() {
                                const valuesById = {}, values = Object.create(valuesById);
                                values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                                values[valuesById[1] = "SENT"] = 1;
                                values[valuesById[2] = "RECEIVED"] = 2;
                                return values;
                            })();

                            return MessageEvent;
                        })();

                        return TimeEvent;
                    })();

                    Span.TimeEvents = (function() {

                        /**
                         * Properties of a TimeEvents.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @interface ITimeEvents
                         * @property {Array.<opencensus.proto.trace.v1.Span.ITimeEvent>|null} [timeEvent] TimeEvents timeEvent
                         * @property {number|null} [droppedAnnotationsCount] TimeEvents droppedAnnotationsCount
                         * @property {number|null} [droppedMessageEventsCount] TimeEvents droppedMessageEventsCount
                         */

                        /**
                         * Constructs a new TimeEvents.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @classdesc Represents a TimeEvents.
                         * @implements ITimeEvents
                         * @constructor
                         * @param {opencensus.proto.trace.v1.Span.ITimeEvents=} [properties] Properties to set
                         */
                        function TimeEvents(properties) {
                            this.timeEvent = [];
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * TimeEvents timeEvent.
                         * @member {Array.<opencensus.proto.trace.v1.Span.ITimeEvent>} timeEvent
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvents
                         * @instance
                         */
                        TimeEvents.prototype.timeEvent = $util.emptyArray;

                        /**
                         * TimeEvents droppedAnnotationsCount.
                         * @member {number} droppedAnnotationsCount
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvents
                         * @instance
                         */
                        TimeEvents.prototype.droppedAnnotationsCount = 0;

                        /**
                         * TimeEvents droppedMessageEventsCount.
                         * @member {number} droppedMessageEventsCount
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvents
                         * @instance
                         */
                        TimeEvents.prototype.droppedMessageEventsCount = 0;

                        /**
                         * Creates a new TimeEvents instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvents
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.ITimeEvents=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.Span.TimeEvents} TimeEvents instance
                         */
                        TimeEvents.create = function create(properties) {
                            return new TimeEvents(properties);
                        };

                        /**
                         * Encodes the specified TimeEvents message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvents.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvents
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.ITimeEvents} message TimeEvents message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        TimeEvents.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.timeEvent != null && message.timeEvent.length)
                                for (let i = 0; i < message.timeEvent.length; ++i)
                                    $root.opencensus.proto.trace.v1.Span.TimeEvent.encode(message.timeEvent[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            if (message.droppedAnnotationsCount != null && Object.hasOwnProperty.call(message, "droppedAnnotationsCount"))
                                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.droppedAnnotationsCount);
                            if (message.droppedMessageEventsCount != null && Object.hasOwnProperty.call(message, "droppedMessageEventsCount"))
                                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.droppedMessageEventsCount);
                            return writer;
                        };

                        /**
                         * Decodes a TimeEvents message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvents
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.TimeEvents} TimeEvents
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        TimeEvents.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.trace.v1.Span.TimeEvents();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        if (!(message.timeEvent && message.timeEvent.length))
                                            message.timeEvent = [];
                                        message.timeEvent.push($root.opencensus.proto.trace.v1.Span.TimeEvent.decode(reader, reader.uint32(), undefined, long + 1));
                                        break;
                                    }
                                case 2: {
                                        message.droppedAnnotationsCount = reader.int32();
                                        break;
                                    }
                                case 3: {
                                        message.droppedMessageEventsCount = reader.int32();
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for TimeEvents
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvents
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        TimeEvents.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.trace.v1.Span.TimeEvents";
                        };

                        return TimeEvents;
                    })();

                    Span.Link = (function() {

                        /**
                         * Properties of a Link.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @interface ILink
                         * @property {Uint8Array|null} [traceId] Link traceId
                         * @property {Uint8Array|null} [spanId] Link spanId
                         * @property {opencensus.proto.trace.v1.Span.Link.Type|null} [type] Link type
                         * @property {opencensus.proto.trace.v1.Span.IAttributes|null} [attributes] Link attributes
                         * @property {opencensus.proto.trace.v1.Span.ITracestate|null} [tracestate] Link tracestate
                         */

                        /**
                         * Constructs a new Link.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @classdesc Represents a Link.
                         * @implements ILink
                         * @constructor
                         * @param {opencensus.proto.trace.v1.Span.ILink=} [properties] Properties to set
                         */
                        function Link(properties) {
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * Link traceId.
                         * @member {Uint8Array} traceId
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.traceId = $util.newBuffer([]);

                        /**
                         * Link spanId.
                         * @member {Uint8Array} spanId
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.spanId = $util.newBuffer([]);

                        /**
                         * Link type.
                         * @member {opencensus.proto.trace.v1.Span.Link.Type} type
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.type = 0;

                        /**
                         * Link attributes.
                         * @member {opencensus.proto.trace.v1.Span.IAttributes|null|undefined} attributes
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.attributes = null;

                        /**
                         * Link tracestate.
                         * @member {opencensus.proto.trace.v1.Span.ITracestate|null|undefined} tracestate
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.tracestate = null;

                        /**
                         * Creates a new Link instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.ILink=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.Span.Link} Link instance
                         */
                        Link.create = function create(properties) {
                            return new Link(properties);
                        };

                        /**
                         * Encodes the specified Link message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Link.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.ILink} message Link message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Link.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.traceId);
                            if (message.spanId != null && Object.hasOwnProperty.call(message, "spanId"))
                                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.spanId);
                            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
                            if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes"))
                                $root.opencensus.proto.trace.v1.Span.Attributes.encode(message.attributes, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                            if (message.tracestate != null && Object.hasOwnProperty.call(message, "tracestate"))
                                $root.opencensus.proto.trace.v1.Span.Tracestate.encode(message.tracestate, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                            return writer;
                        };

                        /**
                         * Decodes a Link message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.Link} Link
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Link.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.trace.v1.Span.Link();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.traceId = reader.bytes();
                                        break;
                                    }
                                case 2: {
                                        message.spanId = reader.bytes();
                                        break;
                                    }
                                case 3: {
                                        message.type = reader.int32();
                                        break;
                                    }
                                case 4: {
                                        message.attributes = $root.opencensus.proto.trace.v1.Span.Attributes.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                case 5: {
                                        message.tracestate = $root.opencensus.proto.trace.v1.Span.Tracestate.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for Link
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        Link.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.trace.v1.Span.Link";
                        };

                        /**
                         * Type enum.
                         * @name opencensus.proto.trace.v1.Span.Link.Type
                         * @enum {number}
                         * @property {number} TYPE_UNSPECIFIED=0 TYPE_UNSPECIFIED value
                         * @property {number} CHILD_LINKED_SPAN=1 CHILD_LINKED_SPAN value
                         * @property {number} PARENT_LINKED_SPAN=2 PARENT_LINKED_SPAN value
                         */
                        Link.Type = (function() {
                            const valuesById = {}, values = Object.create(valuesById);
                            values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                            values[valuesById[1] = "CHILD_LINKED_SPAN"] = 1;
                            values[valuesById[2] = "PARENT_LINKED_SPAN"] = 2;
                            return values;
                        })();

                        return Link;
                    })();

                    Span.Links = (function() {

                        /**
                         * Properties of a Links.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @interface ILinks
                         * @property {Array.<opencensus.proto.trace.v1.Span.ILink>|null} [link] Links link
                         * @property {number|null} [droppedLinksCount] Links droppedLinksCount
                         */

                        /**
                         * Constructs a new Links.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @classdesc Represents a Links.
                         * @implements ILinks
                         * @constructor
                         * @param {opencensus.proto.trace.v1.Span.ILinks=} [properties] Properties to set
                         */
                        function Links(properties) {
                            this.link = [];
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * Links link.
                         * @member {Array.<opencensus.proto.trace.v1.Span.ILink>} link
                         * @memberof opencensus.proto.trace.v1.Span.Links
                         * @instance
                         */
                        Links.prototype.link = $util.emptyArray;

                        /**
                         * Links droppedLinksCount.
                         * @member {number} droppedLinksCount
                         * @memberof opencensus.proto.trace.v1.Span.Links
                         * @instance
                         */
                        Links.prototype.droppedLinksCount = 0;

                        /**
                         * Creates a new Links instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.trace.v1.Span.Links
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.ILinks=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.Span.Links} Links instance
                         */
                        Links.create = function create(properties) {
                            return new Links(properties);
                        };

                        /**
                         * Encodes the specified Links message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Links.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.Span.Links
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.ILinks} message Links message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Links.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.link != null && message.link.length)
                                for (let i = 0; i < message.link.length; ++i)
                                    $root.opencensus.proto.trace.v1.Span.Link.encode(message.link[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            if (message.droppedLinksCount != null && Object.hasOwnProperty.call(message, "droppedLinksCount"))
                                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.droppedLinksCount);
                            return writer;
                        };

                        /**
                         * Decodes a Links message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.Span.Links
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.Links} Links
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Links.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.trace.v1.Span.Links();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        if (!(message.link && message.link.length))
                                            message.link = [];
                                        message.link.push($root.opencensus.proto.trace.v1.Span.Link.decode(reader, reader.uint32(), undefined, long + 1));
                                        break;
                                    }
                                case 2: {
                                        message.droppedLinksCount = reader.int32();
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for Links
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.Span.Links
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        Links.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.trace.v1.Span.Links";
                        };

                        return Links;
                    })();

                    return Span;
                })();

                v1.Status = (function() {

                    /**
                     * Properties of a Status.
                     * @memberof opencensus.proto.trace.v1
                     * @interface IStatus
                     * @property {number|null} [code] Status code
                     * @property {string|null} [message] Status message
                     */

                    /**
                     * Constructs a new Status.
                     * @memberof opencensus.proto.trace.v1
                     * @classdesc Represents a Status.
                     * @implements IStatus
                     * @constructor
                     * @param {opencensus.proto.trace.v1.IStatus=} [properties] Properties to set
                     */
                    function Status(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Status code.
                     * @member {number} code
                     * @memberof opencensus.proto.trace.v1.Status
                     * @instance
                     */
                    Status.prototype.code = 0;

                    /**
                     * Status message.
                     * @member {string} message
                     * @memberof opencensus.proto.trace.v1.Status
                     * @instance
                     */
                    Status.prototype.message = "";

                    /**
                     * Creates a new Status instance using the specified properties.
                     * @function create
                     * @memberof opencensus.proto.trace.v1.Status
                     * @static
                     * @param {opencensus.proto.trace.v1.IStatus=} [properties] Properties to set
                     * @returns {opencensus.proto.trace.v1.Status} Status instance
                     */
                    Status.create = function create(properties) {
                        return new Status(properties);
                    };

                    /**
                     * Encodes the specified Status message. Does not implicitly {@link opencensus.proto.trace.v1.Status.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.trace.v1.Status
                     * @static
                     * @param {opencensus.proto.trace.v1.IStatus} message Status message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Status.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                        if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                        return writer;
                    };

                    /**
                     * Decodes a Status message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.trace.v1.Status
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.Status} Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Status.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opencensus.proto.trace.v1.Status();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.code = reader.int32();
                                    break;
                                }
                            case 2: {
                                    message.message = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for Status
                     * @function getTypeUrl
                     * @memberof opencensus.proto.trace.v1.Status
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Status.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opencensus.proto.trace.v1.Status";
                    };

                    return Status;
                })();

                v1.AttributeValue = (function() {

                    /**
                     * Properties of an AttributeValue.
                     * @memberof opencensus.proto.trace.v1
                     * @interface IAttributeValue
                     * @property {opencensus.proto.trace.v1.ITruncatableString|null} [stringValue] AttributeValue stringValue
                     * @property {number|Long|null} [intValue] AttributeValue intValue
                     * @property {boolean|null} [boolValue] AttributeValue boolValue
                     * @property {number|null} [doubleValue] AttributeValue doubleValue
                     */

                    /**
                     * Constructs a new AttributeValue.
                     * @memberof opencensus.proto.trace.v1
                     * @classdesc Represents an AttributeValue.
                     * @implements IAttributeValue
                     * @constructor
                     * @param {opencensus.proto.trace.v1.IAttributeValue=} [properties] Properties to set
                     */
                    function AttributeValue(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * AttributeValue stringValue.
                     * @member {opencensus.proto.trace.v1.ITruncatableString|null|undefined} stringValue
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @instance
                     */
                    AttributeValue.prototype.stringValue = null;

                    /**
                     * AttributeValue intValue.
                     * @member {number|Long|null|undefined} intValue
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @instance
                     */
                    AttributeValue.prototype.intValue = null;

                    /**
                     * AttributeValue boolValue.
                     * @member {boolean|null|undefined} boolValue
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @instance
                     */
                    AttributeValue.prototype.boolValue = null;

                    /**
                     * AttributeValue doubleValue.
                     * @member {number|null|undefined} doubleValue
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @instance
                     */
                    AttributeValue.prototype.doubleValue = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * AttributeValue value.
                     * @member {"stringValue"|"intValue"|"boolValue"|"doubleValue"|undefined} value
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @instance
                     */
                    Object.defineProperty(AttributeValue.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["stringValue", "intValue", "boolValue", "doubleValue"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new AttributeValue instance using the specified properties.
                     * @function create
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @static
                     * @param {opencensus.proto.trace.v1.IAttributeValue=} [properties] Properties to set
                     * @returns {opencensus.proto.trace.v1.AttributeValue} AttributeValue instance
                     */
                    AttributeValue.create = function create(properties) {
                        return new AttributeValue(properties);
                    };

                    /**
                     * Encodes the specified AttributeValue message. Does not implicitly {@link opencensus.proto.trace.v1.AttributeValue.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @static
                     * @param {opencensus.proto.trace.v1.IAttributeValue} message AttributeValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    AttributeValue.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.stringValue != null && Object.hasOwnProperty.call(message, "stringValue"))
                            $root.opencensus.proto.trace.v1.TruncatableString.encode(message.stringValue, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.intValue != null && Object.hasOwnProperty.call(message, "intValue"))
                            writer.uint32(/* id 2, wireType 0 =*/16).int64(message.intValue);
                        if (message.boolValue != null && Object.hasOwnProperty.call(message, "boolValue"))
                            writer.uint32(/* id 3, wireType 0 =*/24).bool(message.boolValue);
                        if (message.doubleValue != null && Object.hasOwnProperty.call(message, "doubleValue"))
                            writer.uint32(/* id 4, wireType 1 =*/33).double(message.doubleValue);
                        return writer;
                    };

                    /**
                     * Decodes an AttributeValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.AttributeValue} AttributeValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    AttributeValue.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opencensus.proto.trace.v1.AttributeValue();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.stringValue = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 2: {
                                    message.intValue = reader.int64();
                                    break;
                                }
                            case 3: {
                                    message.boolValue = reader.bool();
                                    break;
                                }
                            case 4: {
                                    message.doubleValue = reader.double();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for AttributeValue
                     * @function getTypeUrl
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    AttributeValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opencensus.proto.trace.v1.AttributeValue";
                    };

                    return AttributeValue;
                })();

                v1.StackTrace = (function() {

                    /**
                     * Properties of a StackTrace.
                     * @memberof opencensus.proto.trace.v1
                     * @interface IStackTrace
                     * @property {opencensus.proto.trace.v1.StackTrace.IStackFrames|null} [stackFrames] StackTrace stackFrames
                     * @property {number|Long|null} [stackTraceHashId] StackTrace stackTraceHashId
                     */

                    /**
                     * Constructs a new StackTrace.
                     * @memberof opencensus.proto.trace.v1
                     * @classdesc Represents a StackTrace.
                     * @implements IStackTrace
                     * @constructor
                     * @param {opencensus.proto.trace.v1.IStackTrace=} [properties] Properties to set
                     */
                    function StackTrace(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * StackTrace stackFrames.
                     * @member {opencensus.proto.trace.v1.StackTrace.IStackFrames|null|undefined} stackFrames
                     * @memberof opencensus.proto.trace.v1.StackTrace
                     * @instance
                     */
                    StackTrace.prototype.stackFrames = null;

                    /**
                     * StackTrace stackTraceHashId.
                     * @member {number|Long} stackTraceHashId
                     * @memberof opencensus.proto.trace.v1.StackTrace
                     * @instance
                     */
                    StackTrace.prototype.stackTraceHashId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new StackTrace instance using the specified properties.
                     * @function create
                     * @memberof opencensus.proto.trace.v1.StackTrace
                     * @static
                     * @param {opencensus.proto.trace.v1.IStackTrace=} [properties] Properties to set
                     * @returns {opencensus.proto.trace.v1.StackTrace} StackTrace instance
                     */
                    StackTrace.create = function create(properties) {
                        return new StackTrace(properties);
                    };

                    /**
                     * Encodes the specified StackTrace message. Does not implicitly {@link opencensus.proto.trace.v1.StackTrace.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.trace.v1.StackTrace
                     * @static
                     * @param {opencensus.proto.trace.v1.IStackTrace} message StackTrace message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    StackTrace.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.stackFrames != null && Object.hasOwnProperty.call(message, "stackFrames"))
                            $root.opencensus.proto.trace.v1.StackTrace.StackFrames.encode(message.stackFrames, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.stackTraceHashId != null && Object.hasOwnProperty.call(message, "stackTraceHashId"))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.stackTraceHashId);
                        return writer;
                    };

                    /**
                     * Decodes a StackTrace message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.trace.v1.StackTrace
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.StackTrace} StackTrace
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    StackTrace.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opencensus.proto.trace.v1.StackTrace();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.stackFrames = $root.opencensus.proto.trace.v1.StackTrace.StackFrames.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 2: {
                                    message.stackTraceHashId = reader.uint64();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for StackTrace
                     * @function getTypeUrl
                     * @memberof opencensus.proto.trace.v1.StackTrace
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    StackTrace.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opencensus.proto.trace.v1.StackTrace";
                    };

                    StackTrace.StackFrame = (function() {

                        /**
                         * Properties of a StackFrame.
                         * @memberof opencensus.proto.trace.v1.StackTrace
                         * @interface IStackFrame
                         * @property {opencensus.proto.trace.v1.ITruncatableString|null} [functionName] StackFrame functionName
                         * @property {opencensus.proto.trace.v1.ITruncatableString|null} [originalFunctionName] StackFrame originalFunctionName
                         * @property {opencensus.proto.trace.v1.ITruncatableString|null} [fileName] StackFrame fileName
                         * @property {number|Long|null} [lineNumber] StackFrame lineNumber
                         * @property {number|Long|null} [columnNumber] StackFrame columnNumber
                         * @property {opencensus.proto.trace.v1.IModule|null} [loadModule] StackFrame loadModule
                         * @property {opencensus.proto.trace.v1.ITruncatableString|null} [sourceVersion] StackFrame sourceVersion
                         */

                        /**
                         * Constructs a new StackFrame.
                         * @memberof opencensus.proto.trace.v1.StackTrace
                         * @classdesc Represents a StackFrame.
                         * @implements IStackFrame
                         * @constructor
                         * @param {opencensus.proto.trace.v1.StackTrace.IStackFrame=} [properties] Properties to set
                         */
                        function StackFrame(properties) {
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * StackFrame functionName.
                         * @member {opencensus.proto.trace.v1.ITruncatableString|null|undefined} functionName
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @instance
                         */
                        StackFrame.prototype.functionName = null;

                        /**
                         * StackFrame originalFunctionName.
                         * @member {opencensus.proto.trace.v1.ITruncatableString|null|undefined} originalFunctionName
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @instance
                         */
                        StackFrame.prototype.originalFunctionName = null;

                        /**
                         * StackFrame fileName.
                         * @member {opencensus.proto.trace.v1.ITruncatableString|null|undefined} fileName
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @instance
                         */
                        StackFrame.prototype.fileName = null;

                        /**
                         * StackFrame lineNumber.
                         * @member {number|Long} lineNumber
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @instance
                         */
                        StackFrame.prototype.lineNumber = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                        /**
                         * StackFrame columnNumber.
                         * @member {number|Long} columnNumber
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @instance
                         */
                        StackFrame.prototype.columnNumber = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                        /**
                         * StackFrame loadModule.
                         * @member {opencensus.proto.trace.v1.IModule|null|undefined} loadModule
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @instance
                         */
                        StackFrame.prototype.loadModule = null;

                        /**
                         * StackFrame sourceVersion.
                         * @member {opencensus.proto.trace.v1.ITruncatableString|null|undefined} sourceVersion
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @instance
                         */
                        StackFrame.prototype.sourceVersion = null;

                        /**
                         * Creates a new StackFrame instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @static
                         * @param {opencensus.proto.trace.v1.StackTrace.IStackFrame=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.StackTrace.StackFrame} StackFrame instance
                         */
                        StackFrame.create = function create(properties) {
                            return new StackFrame(properties);
                        };

                        /**
                         * Encodes the specified StackFrame message. Does not implicitly {@link opencensus.proto.trace.v1.StackTrace.StackFrame.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @static
                         * @param {opencensus.proto.trace.v1.StackTrace.IStackFrame} message StackFrame message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        StackFrame.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.functionName != null && Object.hasOwnProperty.call(message, "functionName"))
                                $root.opencensus.proto.trace.v1.TruncatableString.encode(message.functionName, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            if (message.originalFunctionName != null && Object.hasOwnProperty.call(message, "originalFunctionName"))
                                $root.opencensus.proto.trace.v1.TruncatableString.encode(message.originalFunctionName, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                            if (message.fileName != null && Object.hasOwnProperty.call(message, "fileName"))
                                $root.opencensus.proto.trace.v1.TruncatableString.encode(message.fileName, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                            if (message.lineNumber != null && Object.hasOwnProperty.call(message, "lineNumber"))
                                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.lineNumber);
                            if (message.columnNumber != null && Object.hasOwnProperty.call(message, "columnNumber"))
                                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.columnNumber);
                            if (message.loadModule != null && Object.hasOwnProperty.call(message, "loadModule"))
                                $root.opencensus.proto.trace.v1.Module.encode(message.loadModule, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                            if (message.sourceVersion != null && Object.hasOwnProperty.call(message, "sourceVersion"))
                                $root.opencensus.proto.trace.v1.TruncatableString.encode(message.sourceVersion, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                            return writer;
                        };

                        /**
                         * Decodes a StackFrame message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.StackTrace.StackFrame} StackFrame
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        StackFrame.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.trace.v1.StackTrace.StackFrame();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.functionName = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                case 2: {
                                        message.originalFunctionName = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                case 3: {
                                        message.fileName = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                case 4: {
                                        message.lineNumber = reader.int64();
                                        break;
                                    }
                                case 5: {
                                        message.columnNumber = reader.int64();
                                        break;
                                    }
                                case 6: {
                                        message.loadModule = $root.opencensus.proto.trace.v1.Module.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                case 7: {
                                        message.sourceVersion = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for StackFrame
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        StackFrame.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.trace.v1.StackTrace.StackFrame";
                        };

                        return StackFrame;
                    })();

                    StackTrace.StackFrames = (function() {

                        /**
                         * Properties of a StackFrames.
                         * @memberof opencensus.proto.trace.v1.StackTrace
                         * @interface IStackFrames
                         * @property {Array.<opencensus.proto.trace.v1.StackTrace.IStackFrame>|null} [frame] StackFrames frame
                         * @property {number|null} [droppedFramesCount] StackFrames droppedFramesCount
                         */

                        /**
                         * Constructs a new StackFrames.
                         * @memberof opencensus.proto.trace.v1.StackTrace
                         * @classdesc Represents a StackFrames.
                         * @implements IStackFrames
                         * @constructor
                         * @param {opencensus.proto.trace.v1.StackTrace.IStackFrames=} [properties] Properties to set
                         */
                        function StackFrames(properties) {
                            this.frame = [];
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * StackFrames frame.
                         * @member {Array.<opencensus.proto.trace.v1.StackTrace.IStackFrame>} frame
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrames
                         * @instance
                         */
                        StackFrames.prototype.frame = $util.emptyArray;

                        /**
                         * StackFrames droppedFramesCount.
                         * @member {number} droppedFramesCount
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrames
                         * @instance
                         */
                        StackFrames.prototype.droppedFramesCount = 0;

                        /**
                         * Creates a new StackFrames instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrames
                         * @static
                         * @param {opencensus.proto.trace.v1.StackTrace.IStackFrames=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.StackTrace.StackFrames} StackFrames instance
                         */
                        StackFrames.create = function create(properties) {
                            return new StackFrames(properties);
                        };

                        /**
                         * Encodes the specified StackFrames message. Does not implicitly {@link opencensus.proto.trace.v1.StackTrace.StackFrames.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrames
                         * @static
                         * @param {opencensus.proto.trace.v1.StackTrace.IStackFrames} message StackFrames message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        StackFrames.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.frame != null && message.frame.length)
                                for (let i = 0; i < message.frame.length; ++i)
                                    $root.opencensus.proto.trace.v1.StackTrace.StackFrame.encode(message.frame[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            if (message.droppedFramesCount != null && Object.hasOwnProperty.call(message, "droppedFramesCount"))
                                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.droppedFramesCount);
                            return writer;
                        };

                        /**
                         * Decodes a StackFrames message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrames
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.StackTrace.StackFrames} StackFrames
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        StackFrames.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.opencensus.proto.trace.v1.StackTrace.StackFrames();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        if (!(message.frame && message.frame.length))
                                            message.frame = [];
                                        message.frame.push($root.opencensus.proto.trace.v1.StackTrace.StackFrame.decode(reader, reader.uint32(), undefined, long + 1));
                                        break;
                                    }
                                case 2: {
                                        message.droppedFramesCount = reader.int32();
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for StackFrames
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrames
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        StackFrames.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/opencensus.proto.trace.v1.StackTrace.StackFrames";
                        };

                        return StackFrames;
                    })();

                    return StackTrace;
                })();

                v1.Module = (function() {

                    /**
                     * Properties of a Module.
                     * @memberof opencensus.proto.trace.v1
                     * @interface IModule
                     * @property {opencensus.proto.trace.v1.ITruncatableString|null} [module] Module module
                     * @property {opencensus.proto.trace.v1.ITruncatableString|null} [buildId] Module buildId
                     */

                    /**
                     * Constructs a new Module.
                     * @memberof opencensus.proto.trace.v1
                     * @classdesc Represents a Module.
                     * @implements IModule
                     * @constructor
                     * @param {opencensus.proto.trace.v1.IModule=} [properties] Properties to set
                     */
                    function Module(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Module module.
                     * @member {opencensus.proto.trace.v1.ITruncatableString|null|undefined} module
                     * @memberof opencensus.proto.trace.v1.Module
                     * @instance
                     */
                    Module.prototype.module = null;

                    /**
                     * Module buildId.
                     * @member {opencensus.proto.trace.v1.ITruncatableString|null|undefined} buildId
                     * @memberof opencensus.proto.trace.v1.Module
                     * @instance
                     */
                    Module.prototype.buildId = null;

                    /**
                     * Creates a new Module instance using the specified properties.
                     * @function create
                     * @memberof opencensus.proto.trace.v1.Module
                     * @static
                     * @param {opencensus.proto.trace.v1.IModule=} [properties] Properties to set
                     * @returns {opencensus.proto.trace.v1.Module} Module instance
                     */
                    Module.create = function create(properties) {
                        return new Module(properties);
                    };

                    /**
                     * Encodes the specified Module message. Does not implicitly {@link opencensus.proto.trace.v1.Module.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.trace.v1.Module
                     * @static
                     * @param {opencensus.proto.trace.v1.IModule} message Module message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Module.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.module != null && Object.hasOwnProperty.call(message, "module"))
                            $root.opencensus.proto.trace.v1.TruncatableString.encode(message.module, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.buildId != null && Object.hasOwnProperty.call(message, "buildId"))
                            $root.opencensus.proto.trace.v1.TruncatableString.encode(message.buildId, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a Module message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.trace.v1.Module
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.Module} Module
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Module.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opencensus.proto.trace.v1.Module();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.module = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 2: {
                                    message.buildId = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for Module
                     * @function getTypeUrl
                     * @memberof opencensus.proto.trace.v1.Module
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Module.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opencensus.proto.trace.v1.Module";
                    };

                    return Module;
                })();

                v1.TruncatableString = (function() {

                    /**
                     * Properties of a TruncatableString.
                     * @memberof opencensus.proto.trace.v1
                     * @interface ITruncatableString
                     * @property {string|null} [value] TruncatableString value
                     * @property {number|null} [truncatedByteCount] TruncatableString truncatedByteCount
                     */

                    /**
                     * Constructs a new TruncatableString.
                     * @memberof opencensus.proto.trace.v1
                     * @classdesc Represents a TruncatableString.
                     * @implements ITruncatableString
                     * @constructor
                     * @param {opencensus.proto.trace.v1.ITruncatableString=} [properties] Properties to set
                     */
                    function TruncatableString(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * TruncatableString value.
                     * @member {string} value
                     * @memberof opencensus.proto.trace.v1.TruncatableString
                     * @instance
                     */
                    TruncatableString.prototype.value = "";

                    /**
                     * TruncatableString truncatedByteCount.
                     * @member {number} truncatedByteCount
                     * @memberof opencensus.proto.trace.v1.TruncatableString
                     * @instance
                     */
                    TruncatableString.prototype.truncatedByteCount = 0;

                    /**
                     * Creates a new TruncatableString instance using the specified properties.
                     * @function create
                     * @memberof opencensus.proto.trace.v1.TruncatableString
                     * @static
                     * @param {opencensus.proto.trace.v1.ITruncatableString=} [properties] Properties to set
                     * @returns {opencensus.proto.trace.v1.TruncatableString} TruncatableString instance
                     */
                    TruncatableString.create = function create(properties) {
                        return new TruncatableString(properties);
                    };

                    /**
                     * Encodes the specified TruncatableString message. Does not implicitly {@link opencensus.proto.trace.v1.TruncatableString.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.trace.v1.TruncatableString
                     * @static
                     * @param {opencensus.proto.trace.v1.ITruncatableString} message TruncatableString message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TruncatableString.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                        if (message.truncatedByteCount != null && Object.hasOwnProperty.call(message, "truncatedByteCount"))
                            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.truncatedByteCount);
                        return writer;
                    };

                    /**
                     * Decodes a TruncatableString message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.trace.v1.TruncatableString
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.TruncatableString} TruncatableString
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TruncatableString.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.opencensus.proto.trace.v1.TruncatableString();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.value = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.truncatedByteCount = reader.int32();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for TruncatableString
                     * @function getTypeUrl
                     * @memberof opencensus.proto.trace.v1.TruncatableString
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    TruncatableString.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/opencensus.proto.trace.v1.TruncatableString";
                    };

                    return TruncatableString;
                })();

                return v1;
            })();

            return trace;
        })();

        return proto;
    })();

    return opencensus;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @property {number|Long|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @implements ITimestamp
             * @constructor
             * @param {google.protobuf.ITimestamp=} [properties] Properties to set
             */
            function Timestamp(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Timestamp seconds.
             * @member {number|Long} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.ITimestamp=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             */
            Timestamp.create = function create(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.ITimestamp} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seconds != null && Object.hasOwnProperty.call(message, "seconds"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && Object.hasOwnProperty.call(message, "nanos"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seconds = reader.int64();
                            break;
                        }
                    case 2: {
                            message.nanos = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Timestamp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        protobuf.DoubleValue = (function() {

            /**
             * Properties of a DoubleValue.
             * @memberof google.protobuf
             * @interface IDoubleValue
             * @property {number|null} [value] DoubleValue value
             */

            /**
             * Constructs a new DoubleValue.
             * @memberof google.protobuf
             * @classdesc Represents a DoubleValue.
             * @implements IDoubleValue
             * @constructor
             * @param {google.protobuf.IDoubleValue=} [properties] Properties to set
             */
            function DoubleValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DoubleValue value.
             * @member {number} value
             * @memberof google.protobuf.DoubleValue
             * @instance
             */
            DoubleValue.prototype.value = 0;

            /**
             * Creates a new DoubleValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.IDoubleValue=} [properties] Properties to set
             * @returns {google.protobuf.DoubleValue} DoubleValue instance
             */
            DoubleValue.create = function create(properties) {
                return new DoubleValue(properties);
            };

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.IDoubleValue} message DoubleValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DoubleValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.value);
                return writer;
            };

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.DoubleValue} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DoubleValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.DoubleValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.double();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for DoubleValue
             * @function getTypeUrl
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            DoubleValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.DoubleValue";
            };

            return DoubleValue;
        })();

        protobuf.FloatValue = (function() {

            /**
             * Properties of a FloatValue.
             * @memberof google.protobuf
             * @interface IFloatValue
             * @property {number|null} [value] FloatValue value
             */

            /**
             * Constructs a new FloatValue.
             * @memberof google.protobuf
             * @classdesc Represents a FloatValue.
             * @implements IFloatValue
             * @constructor
             * @param {google.protobuf.IFloatValue=} [properties] Properties to set
             */
            function FloatValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FloatValue value.
             * @member {number} value
             * @memberof google.protobuf.FloatValue
             * @instance
             */
            FloatValue.prototype.value = 0;

            /**
             * Creates a new FloatValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {google.protobuf.IFloatValue=} [properties] Properties to set
             * @returns {google.protobuf.FloatValue} FloatValue instance
             */
            FloatValue.create = function create(properties) {
                return new FloatValue(properties);
            };

            /**
             * Encodes the specified FloatValue message. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {google.protobuf.IFloatValue} message FloatValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FloatValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.value);
                return writer;
            };

            /**
             * Decodes a FloatValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.FloatValue} FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FloatValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.FloatValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.float();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for FloatValue
             * @function getTypeUrl
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FloatValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.FloatValue";
            };

            return FloatValue;
        })();

        protobuf.Int64Value = (function() {

            /**
             * Properties of an Int64Value.
             * @memberof google.protobuf
             * @interface IInt64Value
             * @property {number|Long|null} [value] Int64Value value
             */

            /**
             * Constructs a new Int64Value.
             * @memberof google.protobuf
             * @classdesc Represents an Int64Value.
             * @implements IInt64Value
             * @constructor
             * @param {google.protobuf.IInt64Value=} [properties] Properties to set
             */
            function Int64Value(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Int64Value value.
             * @member {number|Long} value
             * @memberof google.protobuf.Int64Value
             * @instance
             */
            Int64Value.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.IInt64Value=} [properties] Properties to set
             * @returns {google.protobuf.Int64Value} Int64Value instance
             */
            Int64Value.create = function create(properties) {
                return new Int64Value(properties);
            };

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.IInt64Value} message Int64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int64Value.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.value);
                return writer;
            };

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Int64Value} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int64Value.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Int64Value();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Int64Value
             * @function getTypeUrl
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Int64Value.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Int64Value";
            };

            return Int64Value;
        })();

        protobuf.UInt64Value = (function() {

            /**
             * Properties of a UInt64Value.
             * @memberof google.protobuf
             * @interface IUInt64Value
             * @property {number|Long|null} [value] UInt64Value value
             */

            /**
             * Constructs a new UInt64Value.
             * @memberof google.protobuf
             * @classdesc Represents a UInt64Value.
             * @implements IUInt64Value
             * @constructor
             * @param {google.protobuf.IUInt64Value=} [properties] Properties to set
             */
            function UInt64Value(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * UInt64Value value.
             * @member {number|Long} value
             * @memberof google.protobuf.UInt64Value
             * @instance
             */
            UInt64Value.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.IUInt64Value=} [properties] Properties to set
             * @returns {google.protobuf.UInt64Value} UInt64Value instance
             */
            UInt64Value.create = function create(properties) {
                return new UInt64Value(properties);
            };

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.IUInt64Value} message UInt64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt64Value.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.value);
                return writer;
            };

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.UInt64Value} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt64Value.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.UInt64Value();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for UInt64Value
             * @function getTypeUrl
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            UInt64Value.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.UInt64Value";
            };

            return UInt64Value;
        })();

        protobuf.Int32Value = (function() {

            /**
             * Properties of an Int32Value.
             * @memberof google.protobuf
             * @interface IInt32Value
             * @property {number|null} [value] Int32Value value
             */

            /**
             * Constructs a new Int32Value.
             * @memberof google.protobuf
             * @classdesc Represents an Int32Value.
             * @implements IInt32Value
             * @constructor
             * @param {google.protobuf.IInt32Value=} [properties] Properties to set
             */
            function Int32Value(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Int32Value value.
             * @member {number} value
             * @memberof google.protobuf.Int32Value
             * @instance
             */
            Int32Value.prototype.value = 0;

            /**
             * Creates a new Int32Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {google.protobuf.IInt32Value=} [properties] Properties to set
             * @returns {google.protobuf.Int32Value} Int32Value instance
             */
            Int32Value.create = function create(properties) {
                return new Int32Value(properties);
            };

            /**
             * Encodes the specified Int32Value message. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {google.protobuf.IInt32Value} message Int32Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int32Value.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.value);
                return writer;
            };

            /**
             * Decodes an Int32Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Int32Value} Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int32Value.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Int32Value();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Int32Value
             * @function getTypeUrl
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Int32Value.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Int32Value";
            };

            return Int32Value;
        })();

        protobuf.UInt32Value = (function() {

            /**
             * Properties of a UInt32Value.
             * @memberof google.protobuf
             * @interface IUInt32Value
             * @property {number|null} [value] UInt32Value value
             */

            /**
             * Constructs a new UInt32Value.
             * @memberof google.protobuf
             * @classdesc Represents a UInt32Value.
             * @implements IUInt32Value
             * @constructor
             * @param {google.protobuf.IUInt32Value=} [properties] Properties to set
             */
            function UInt32Value(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * UInt32Value value.
             * @member {number} value
             * @memberof google.protobuf.UInt32Value
             * @instance
             */
            UInt32Value.prototype.value = 0;

            /**
             * Creates a new UInt32Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {google.protobuf.IUInt32Value=} [properties] Properties to set
             * @returns {google.protobuf.UInt32Value} UInt32Value instance
             */
            UInt32Value.create = function create(properties) {
                return new UInt32Value(properties);
            };

            /**
             * Encodes the specified UInt32Value message. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {google.protobuf.IUInt32Value} message UInt32Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt32Value.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.value);
                return writer;
            };

            /**
             * Decodes a UInt32Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.UInt32Value} UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt32Value.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.UInt32Value();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for UInt32Value
             * @function getTypeUrl
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            UInt32Value.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.UInt32Value";
            };

            return UInt32Value;
        })();

        protobuf.BoolValue = (function() {

            /**
             * Properties of a BoolValue.
             * @memberof google.protobuf
             * @interface IBoolValue
             * @property {boolean|null} [value] BoolValue value
             */

            /**
             * Constructs a new BoolValue.
             * @memberof google.protobuf
             * @classdesc Represents a BoolValue.
             * @implements IBoolValue
             * @constructor
             * @param {google.protobuf.IBoolValue=} [properties] Properties to set
             */
            function BoolValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * BoolValue value.
             * @member {boolean} value
             * @memberof google.protobuf.BoolValue
             * @instance
             */
            BoolValue.prototype.value = false;

            /**
             * Creates a new BoolValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.IBoolValue=} [properties] Properties to set
             * @returns {google.protobuf.BoolValue} BoolValue instance
             */
            BoolValue.create = function create(properties) {
                return new BoolValue(properties);
            };

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.IBoolValue} message BoolValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BoolValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.value);
                return writer;
            };

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.BoolValue} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BoolValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.BoolValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for BoolValue
             * @function getTypeUrl
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            BoolValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.BoolValue";
            };

            return BoolValue;
        })();

        protobuf.StringValue = (function() {

            /**
             * Properties of a StringValue.
             * @memberof google.protobuf
             * @interface IStringValue
             * @property {string|null} [value] StringValue value
             */

            /**
             * Constructs a new StringValue.
             * @memberof google.protobuf
             * @classdesc Represents a StringValue.
             * @implements IStringValue
             * @constructor
             * @param {google.protobuf.IStringValue=} [properties] Properties to set
             */
            function StringValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StringValue value.
             * @member {string} value
             * @memberof google.protobuf.StringValue
             * @instance
             */
            StringValue.prototype.value = "";

            /**
             * Creates a new StringValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.IStringValue=} [properties] Properties to set
             * @returns {google.protobuf.StringValue} StringValue instance
             */
            StringValue.create = function create(properties) {
                return new StringValue(properties);
            };

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.IStringValue} message StringValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                return writer;
            };

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.StringValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.StringValue} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.StringValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for StringValue
             * @function getTypeUrl
             * @memberof google.protobuf.StringValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StringValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.StringValue";
            };

            return StringValue;
        })();

        protobuf.BytesValue = (function() {

            /**
             * Properties of a BytesValue.
             * @memberof google.protobuf
             * @interface IBytesValue
             * @property {Uint8Array|null} [value] BytesValue value
             */

            /**
             * Constructs a new BytesValue.
             * @memberof google.protobuf
             * @classdesc Represents a BytesValue.
             * @implements IBytesValue
             * @constructor
             * @param {google.protobuf.IBytesValue=} [properties] Properties to set
             */
            function BytesValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * BytesValue value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.BytesValue
             * @instance
             */
            BytesValue.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new BytesValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {google.protobuf.IBytesValue=} [properties] Properties to set
             * @returns {google.protobuf.BytesValue} BytesValue instance
             */
            BytesValue.create = function create(properties) {
                return new BytesValue(properties);
            };

            /**
             * Encodes the specified BytesValue message. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {google.protobuf.IBytesValue} message BytesValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BytesValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.value);
                return writer;
            };

            /**
             * Decodes a BytesValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.BytesValue} BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BytesValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.BytesValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for BytesValue
             * @function getTypeUrl
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            BytesValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.BytesValue";
            };

            return BytesValue;
        })();

        return protobuf;
    })();

    return google;
})();

export { $root as default };
