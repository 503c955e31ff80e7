/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
// pbjs wrapper template (not JavaScript itself: pbjs fills in "protobufjs/minimal.js" and $OUTPUT) for Node ESM:
// protobufjs 7 is CommonJS, so its API is the default import (a namespace import would miss `roots`, `Reader`).
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["zipkin"] || ($protobuf.roots["zipkin"] = {});

export const zipkin = $root.zipkin = (() => {

    /**
     * Namespace zipkin.
     * @exports zipkin
     * @namespace
     */
    const zipkin = {};

    zipkin.proto3 = (function() {

        /**
         * Namespace proto3.
         * @memberof zipkin
         * @namespace
         */
        const proto3 = {};

        proto3.Span = (function() {

            /**
             * Properties of a Span.
             * @memberof zipkin.proto3
             * @interface ISpan
             * @property {Uint8Array|null} [traceId] Span traceId
             * @property {Uint8Array|null} [parentId] Span parentId
             * @property {Uint8Array|null} [id] Span id
             * @property {zipkin.proto3.Span.Kind|null} [kind] Span kind
             * @property {string|null} [name] Span name
             * @property {number|Long|null} [timestamp] Span timestamp
             * @property {number|Long|null} [duration] Span duration
             * @property {zipkin.proto3.IEndpoint|null} [localEndpoint] Span localEndpoint
             * @property {zipkin.proto3.IEndpoint|null} [remoteEndpoint] Span remoteEndpoint
             * @property {Array.<zipkin.proto3.IAnnotation>|null} [annotations] Span annotations
             * @property {Object.<string,string>|null} [tags] Span tags
             * @property {boolean|null} [debug] Span debug
             * @property {boolean|null} [shared] Span shared
             */

            /**
             * Constructs a new Span.
             * @memberof zipkin.proto3
             * @classdesc Represents a Span.
             * @implements ISpan
             * @constructor
             * @param {zipkin.proto3.ISpan=} [properties] Properties to set
             */
            function Span(properties) {
                this.annotations = [];
                this.tags = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Span traceId.
             * @member {Uint8Array} traceId
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.traceId = $util.newBuffer([]);

            /**
             * Span parentId.
             * @member {Uint8Array} parentId
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.parentId = $util.newBuffer([]);

            /**
             * Span id.
             * @member {Uint8Array} id
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.id = $util.newBuffer([]);

            /**
             * Span kind.
             * @member {zipkin.proto3.Span.Kind} kind
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.kind = 0;

            /**
             * Span name.
             * @member {string} name
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.name = "";

            /**
             * Span timestamp.
             * @member {number|Long} timestamp
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Span duration.
             * @member {number|Long} duration
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.duration = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Span localEndpoint.
             * @member {zipkin.proto3.IEndpoint|null|undefined} localEndpoint
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.localEndpoint = null;

            /**
             * Span remoteEndpoint.
             * @member {zipkin.proto3.IEndpoint|null|undefined} remoteEndpoint
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.remoteEndpoint = null;

            /**
             * Span annotations.
             * @member {Array.<zipkin.proto3.IAnnotation>} annotations
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.annotations = $util.emptyArray;

            /**
             * Span tags.
             * @member {Object.<string,string>} tags
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.tags = $util.emptyObject;

            /**
             * Span debug.
             * @member {boolean} debug
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.debug = false;

            /**
             * Span shared.
             * @member {boolean} shared
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.shared = false;

            /**
             * Creates a new Span instance using the specified properties.
             * @function create
             * @memberof zipkin.proto3.Span
             * @static
             * @param {zipkin.proto3.ISpan=} [properties] Properties to set
             * @returns {zipkin.proto3.Span} Span instance
             */
            Span.create = function create(properties) {
                return new Span(properties);
            };

            /**
             * Encodes the specified Span message. Does not implicitly {@link zipkin.proto3.Span.verify|verify} messages.
             * @function encode
             * @memberof zipkin.proto3.Span
             * @static
             * @param {zipkin.proto3.ISpan} message Span message or plain object to encode
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
                if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.parentId);
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.id);
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.kind);
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.name);
                if (message.timestamp != null && Object.hasOwnProperty.call(message, "timestamp"))
                    writer.uint32(/* id 6, wireType 1 =*/49).fixed64(message.timestamp);
                if (message.duration != null && Object.hasOwnProperty.call(message, "duration"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.duration);
                if (message.localEndpoint != null && Object.hasOwnProperty.call(message, "localEndpoint"))
                    $root.zipkin.proto3.Endpoint.encode(message.localEndpoint, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.remoteEndpoint != null && Object.hasOwnProperty.call(message, "remoteEndpoint"))
                    $root.zipkin.proto3.Endpoint.encode(message.remoteEndpoint, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.annotations != null && message.annotations.length)
                    for (let i = 0; i < message.annotations.length; ++i)
                        $root.zipkin.proto3.Annotation.encode(message.annotations[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.tags != null && Object.hasOwnProperty.call(message, "tags"))
                    for (let keys = Object.keys(message.tags), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
                if (message.debug != null && Object.hasOwnProperty.call(message, "debug"))
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.debug);
                if (message.shared != null && Object.hasOwnProperty.call(message, "shared"))
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.shared);
                return writer;
            };

            /**
             * Decodes a Span message from the specified reader or buffer.
             * @function decode
             * @memberof zipkin.proto3.Span
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zipkin.proto3.Span} Span
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
                message = new $root.zipkin.proto3.Span();
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
                            message.parentId = reader.bytes();
                            break;
                        }
                    case 3: {
                            message.id = reader.bytes();
                            break;
                        }
                    case 4: {
                            message.kind = reader.int32();
                            break;
                        }
                    case 5: {
                            message.name = reader.string();
                            break;
                        }
                    case 6: {
                            message.timestamp = reader.fixed64();
                            break;
                        }
                    case 7: {
                            message.duration = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.localEndpoint = $root.zipkin.proto3.Endpoint.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 9: {
                            message.remoteEndpoint = $root.zipkin.proto3.Endpoint.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 10: {
                            if (!(message.annotations && message.annotations.length))
                                message.annotations = [];
                            message.annotations.push($root.zipkin.proto3.Annotation.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 11: {
                            if (message.tags === $util.emptyObject)
                                message.tags = {};
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
                                $util.makeProp(message.tags, key);
                            message.tags[key] = value;
                            break;
                        }
                    case 12: {
                            message.debug = reader.bool();
                            break;
                        }
                    case 13: {
                            message.shared = reader.bool();
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
             * @memberof zipkin.proto3.Span
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Span.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/zipkin.proto3.Span";
            };

            /**
             * Kind enum.
             * @name zipkin.proto3.Span.Kind
             * @enum {number}
             * @property {number} SPAN_KIND_UNSPECIFIED=0 SPAN_KIND_UNSPECIFIED value
             * @property {number} CLIENT=1 CLIENT value
             * @property {number} SERVER=2 SERVER value
             * @property {number} PRODUCER=3 PRODUCER value
             * @property {number} CONSUMER=4 CONSUMER value
             */
            Span.Kind = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "SPAN_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CLIENT"] = 1;
                values[valuesById[2] = "SERVER"] = 2;
                values[valuesById[3] = "PRODUCER"] = 3;
                values[valuesById[4] = "CONSUMER"] = 4;
                return values;
            })();

            return Span;
        })();

        proto3.Endpoint = (function() {

            /**
             * Properties of an Endpoint.
             * @memberof zipkin.proto3
             * @interface IEndpoint
             * @property {string|null} [serviceName] Endpoint serviceName
             * @property {Uint8Array|null} [ipv4] Endpoint ipv4
             * @property {Uint8Array|null} [ipv6] Endpoint ipv6
             * @property {number|null} [port] Endpoint port
             */

            /**
             * Constructs a new Endpoint.
             * @memberof zipkin.proto3
             * @classdesc Represents an Endpoint.
             * @implements IEndpoint
             * @constructor
             * @param {zipkin.proto3.IEndpoint=} [properties] Properties to set
             */
            function Endpoint(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Endpoint serviceName.
             * @member {string} serviceName
             * @memberof zipkin.proto3.Endpoint
             * @instance
             */
            Endpoint.prototype.serviceName = "";

            /**
             * Endpoint ipv4.
             * @member {Uint8Array} ipv4
             * @memberof zipkin.proto3.Endpoint
             * @instance
             */
            Endpoint.prototype.ipv4 = $util.newBuffer([]);

            /**
             * Endpoint ipv6.
             * @member {Uint8Array} ipv6
             * @memberof zipkin.proto3.Endpoint
             * @instance
             */
            Endpoint.prototype.ipv6 = $util.newBuffer([]);

            /**
             * Endpoint port.
             * @member {number} port
             * @memberof zipkin.proto3.Endpoint
             * @instance
             */
            Endpoint.prototype.port = 0;

            /**
             * Creates a new Endpoint instance using the specified properties.
             * @function create
             * @memberof zipkin.proto3.Endpoint
             * @static
             * @param {zipkin.proto3.IEndpoint=} [properties] Properties to set
             * @returns {zipkin.proto3.Endpoint} Endpoint instance
             */
            Endpoint.create = function create(properties) {
                return new Endpoint(properties);
            };

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link zipkin.proto3.Endpoint.verify|verify} messages.
             * @function encode
             * @memberof zipkin.proto3.Endpoint
             * @static
             * @param {zipkin.proto3.IEndpoint} message Endpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Endpoint.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.serviceName);
                if (message.ipv4 != null && Object.hasOwnProperty.call(message, "ipv4"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ipv4);
                if (message.ipv6 != null && Object.hasOwnProperty.call(message, "ipv6"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ipv6);
                if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.port);
                return writer;
            };

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @function decode
             * @memberof zipkin.proto3.Endpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zipkin.proto3.Endpoint} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Endpoint.decode = function decode(reader, length, error, long) {
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
                message = new $root.zipkin.proto3.Endpoint();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.serviceName = reader.string();
                            break;
                        }
                    case 2: {
                            message.ipv4 = reader.bytes();
                            break;
                        }
                    case 3: {
                            message.ipv6 = reader.bytes();
                            break;
                        }
                    case 4: {
                            message.port = reader.int32();
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
             * Gets the default type url for Endpoint
             * @function getTypeUrl
             * @memberof zipkin.proto3.Endpoint
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Endpoint.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/zipkin.proto3.Endpoint";
            };

            return Endpoint;
        })();

        proto3.Annotation = (function() {

            /**
             * Properties of an Annotation.
             * @memberof zipkin.proto3
             * @interface IAnnotation
             * @property {number|Long|null} [timestamp] Annotation timestamp
             * @property {string|null} [value] Annotation value
             */

            /**
             * Constructs a new Annotation.
             * @memberof zipkin.proto3
             * @classdesc Represents an Annotation.
             * @implements IAnnotation
             * @constructor
             * @param {zipkin.proto3.IAnnotation=} [properties] Properties to set
             */
            function Annotation(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Annotation timestamp.
             * @member {number|Long} timestamp
             * @memberof zipkin.proto3.Annotation
             * @instance
             */
            Annotation.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Annotation value.
             * @member {string} value
             * @memberof zipkin.proto3.Annotation
             * @instance
             */
            Annotation.prototype.value = "";

            /**
             * Creates a new Annotation instance using the specified properties.
             * @function create
             * @memberof zipkin.proto3.Annotation
             * @static
             * @param {zipkin.proto3.IAnnotation=} [properties] Properties to set
             * @returns {zipkin.proto3.Annotation} Annotation instance
             */
            Annotation.create = function create(properties) {
                return new Annotation(properties);
            };

            /**
             * Encodes the specified Annotation message. Does not implicitly {@link zipkin.proto3.Annotation.verify|verify} messages.
             * @function encode
             * @memberof zipkin.proto3.Annotation
             * @static
             * @param {zipkin.proto3.IAnnotation} message Annotation message or plain object to encode
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
                if (message.timestamp != null && Object.hasOwnProperty.call(message, "timestamp"))
                    writer.uint32(/* id 1, wireType 1 =*/9).fixed64(message.timestamp);
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                return writer;
            };

            /**
             * Decodes an Annotation message from the specified reader or buffer.
             * @function decode
             * @memberof zipkin.proto3.Annotation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zipkin.proto3.Annotation} Annotation
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
                message = new $root.zipkin.proto3.Annotation();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.timestamp = reader.fixed64();
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
             * Gets the default type url for Annotation
             * @function getTypeUrl
             * @memberof zipkin.proto3.Annotation
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Annotation.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/zipkin.proto3.Annotation";
            };

            return Annotation;
        })();

        proto3.ListOfSpans = (function() {

            /**
             * Properties of a ListOfSpans.
             * @memberof zipkin.proto3
             * @interface IListOfSpans
             * @property {Array.<zipkin.proto3.ISpan>|null} [spans] ListOfSpans spans
             */

            /**
             * Constructs a new ListOfSpans.
             * @memberof zipkin.proto3
             * @classdesc Represents a ListOfSpans.
             * @implements IListOfSpans
             * @constructor
             * @param {zipkin.proto3.IListOfSpans=} [properties] Properties to set
             */
            function ListOfSpans(properties) {
                this.spans = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListOfSpans spans.
             * @member {Array.<zipkin.proto3.ISpan>} spans
             * @memberof zipkin.proto3.ListOfSpans
             * @instance
             */
            ListOfSpans.prototype.spans = $util.emptyArray;

            /**
             * Creates a new ListOfSpans instance using the specified properties.
             * @function create
             * @memberof zipkin.proto3.ListOfSpans
             * @static
             * @param {zipkin.proto3.IListOfSpans=} [properties] Properties to set
             * @returns {zipkin.proto3.ListOfSpans} ListOfSpans instance
             */
            ListOfSpans.create = function create(properties) {
                return new ListOfSpans(properties);
            };

            /**
             * Encodes the specified ListOfSpans message. Does not implicitly {@link zipkin.proto3.ListOfSpans.verify|verify} messages.
             * @function encode
             * @memberof zipkin.proto3.ListOfSpans
             * @static
             * @param {zipkin.proto3.IListOfSpans} message ListOfSpans message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOfSpans.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.spans != null && message.spans.length)
                    for (let i = 0; i < message.spans.length; ++i)
                        $root.zipkin.proto3.Span.encode(message.spans[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListOfSpans message from the specified reader or buffer.
             * @function decode
             * @memberof zipkin.proto3.ListOfSpans
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zipkin.proto3.ListOfSpans} ListOfSpans
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOfSpans.decode = function decode(reader, length, error, long) {
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
                message = new $root.zipkin.proto3.ListOfSpans();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.spans && message.spans.length))
                                message.spans = [];
                            message.spans.push($root.zipkin.proto3.Span.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Gets the default type url for ListOfSpans
             * @function getTypeUrl
             * @memberof zipkin.proto3.ListOfSpans
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListOfSpans.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/zipkin.proto3.ListOfSpans";
            };

            return ListOfSpans;
        })();

        proto3.ReportResponse = (function() {

            /**
             * Properties of a ReportResponse.
             * @memberof zipkin.proto3
             * @interface IReportResponse
             */

            /**
             * Constructs a new ReportResponse.
             * @memberof zipkin.proto3
             * @classdesc Represents a ReportResponse.
             * @implements IReportResponse
             * @constructor
             * @param {zipkin.proto3.IReportResponse=} [properties] Properties to set
             */
            function ReportResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new ReportResponse instance using the specified properties.
             * @function create
             * @memberof zipkin.proto3.ReportResponse
             * @static
             * @param {zipkin.proto3.IReportResponse=} [properties] Properties to set
             * @returns {zipkin.proto3.ReportResponse} ReportResponse instance
             */
            ReportResponse.create = function create(properties) {
                return new ReportResponse(properties);
            };

            /**
             * Encodes the specified ReportResponse message. Does not implicitly {@link zipkin.proto3.ReportResponse.verify|verify} messages.
             * @function encode
             * @memberof zipkin.proto3.ReportResponse
             * @static
             * @param {zipkin.proto3.IReportResponse} message ReportResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReportResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a ReportResponse message from the specified reader or buffer.
             * @function decode
             * @memberof zipkin.proto3.ReportResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zipkin.proto3.ReportResponse} ReportResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReportResponse.decode = function decode(reader, length, error, long) {
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
                message = new $root.zipkin.proto3.ReportResponse();
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
             * Gets the default type url for ReportResponse
             * @function getTypeUrl
             * @memberof zipkin.proto3.ReportResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ReportResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/zipkin.proto3.ReportResponse";
            };

            return ReportResponse;
        })();

        return proto3;
    })();

    return zipkin;
})();

export { $root as default };
