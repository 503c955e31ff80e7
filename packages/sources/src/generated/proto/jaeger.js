/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
// pbjs wrapper template (not JavaScript itself: pbjs fills in "protobufjs/minimal.js" and $OUTPUT) for Node ESM:
// protobufjs 7 is CommonJS, so its API is the default import (a namespace import would miss `roots`, `Reader`).
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["jaeger"] || ($protobuf.roots["jaeger"] = {});

export const jaeger = $root.jaeger = (() => {

    /**
     * Namespace jaeger.
     * @exports jaeger
     * @namespace
     */
    const jaeger = {};

    jaeger.api_v2 = (function() {

        /**
         * Namespace api_v2.
         * @memberof jaeger
         * @namespace
         */
        const api_v2 = {};

        api_v2.PostSpansRequest = (function() {

            /**
             * Properties of a PostSpansRequest.
             * @memberof jaeger.api_v2
             * @interface IPostSpansRequest
             * @property {jaeger.api_v2.IBatch|null} [batch] PostSpansRequest batch
             */

            /**
             * Constructs a new PostSpansRequest.
             * @memberof jaeger.api_v2
             * @classdesc Represents a PostSpansRequest.
             * @implements IPostSpansRequest
             * @constructor
             * @param {jaeger.api_v2.IPostSpansRequest=} [properties] Properties to set
             */
            function PostSpansRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PostSpansRequest batch.
             * @member {jaeger.api_v2.IBatch|null|undefined} batch
             * @memberof jaeger.api_v2.PostSpansRequest
             * @instance
             */
            PostSpansRequest.prototype.batch = null;

            /**
             * Creates a new PostSpansRequest instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {jaeger.api_v2.IPostSpansRequest=} [properties] Properties to set
             * @returns {jaeger.api_v2.PostSpansRequest} PostSpansRequest instance
             */
            PostSpansRequest.create = function create(properties) {
                return new PostSpansRequest(properties);
            };

            /**
             * Encodes the specified PostSpansRequest message. Does not implicitly {@link jaeger.api_v2.PostSpansRequest.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {jaeger.api_v2.IPostSpansRequest} message PostSpansRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PostSpansRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.batch != null && Object.hasOwnProperty.call(message, "batch"))
                    $root.jaeger.api_v2.Batch.encode(message.batch, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a PostSpansRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.PostSpansRequest} PostSpansRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PostSpansRequest.decode = function decode(reader, length, error, long) {
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
                message = new $root.jaeger.api_v2.PostSpansRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.batch = $root.jaeger.api_v2.Batch.decode(reader, reader.uint32(), undefined, long + 1);
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
             * Gets the default type url for PostSpansRequest
             * @function getTypeUrl
             * @memberof jaeger.api_v2.PostSpansRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PostSpansRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.PostSpansRequest";
            };

            return PostSpansRequest;
        })();

        api_v2.PostSpansResponse = (function() {

            /**
             * Properties of a PostSpansResponse.
             * @memberof jaeger.api_v2
             * @interface IPostSpansResponse
             */

            /**
             * Constructs a new PostSpansResponse.
             * @memberof jaeger.api_v2
             * @classdesc Represents a PostSpansResponse.
             * @implements IPostSpansResponse
             * @constructor
             * @param {jaeger.api_v2.IPostSpansResponse=} [properties] Properties to set
             */
            function PostSpansResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new PostSpansResponse instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {jaeger.api_v2.IPostSpansResponse=} [properties] Properties to set
             * @returns {jaeger.api_v2.PostSpansResponse} PostSpansResponse instance
             */
            PostSpansResponse.create = function create(properties) {
                return new PostSpansResponse(properties);
            };

            /**
             * Encodes the specified PostSpansResponse message. Does not implicitly {@link jaeger.api_v2.PostSpansResponse.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {jaeger.api_v2.IPostSpansResponse} message PostSpansResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PostSpansResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a PostSpansResponse message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.PostSpansResponse} PostSpansResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PostSpansResponse.decode = function decode(reader, length, error, long) {
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
                message = new $root.jaeger.api_v2.PostSpansResponse();
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
             * Gets the default type url for PostSpansResponse
             * @function getTypeUrl
             * @memberof jaeger.api_v2.PostSpansResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PostSpansResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.PostSpansResponse";
            };

            return PostSpansResponse;
        })();

        /**
         * ValueType enum.
         * @name jaeger.api_v2.ValueType
         * @enum {number}
         * @property {number} STRING=0 STRING value
         * @property {number} BOOL=1 BOOL value
         * @property {number} INT64=2 INT64 value
         * @property {number} FLOAT64=3 FLOAT64 value
         * @property {number} BINARY=4 BINARY value
         */
        api_v2.ValueType = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "STRING"] = 0;
            values[valuesById[1] = "BOOL"] = 1;
            values[valuesById[2] = "INT64"] = 2;
            values[valuesById[3] = "FLOAT64"] = 3;
            values[valuesById[4] = "BINARY"] = 4;
            return values;
        })();

        api_v2.KeyValue = (function() {

            /**
             * Properties of a KeyValue.
             * @memberof jaeger.api_v2
             * @interface IKeyValue
             * @property {string|null} [key] KeyValue key
             * @property {jaeger.api_v2.ValueType|null} [vType] KeyValue vType
             * @property {string|null} [vStr] KeyValue vStr
             * @property {boolean|null} [vBool] KeyValue vBool
             * @property {number|Long|null} [vInt64] KeyValue vInt64
             * @property {number|null} [vFloat64] KeyValue vFloat64
             * @property {Uint8Array|null} [vBinary] KeyValue vBinary
             */

            /**
             * Constructs a new KeyValue.
             * @memberof jaeger.api_v2
             * @classdesc Represents a KeyValue.
             * @implements IKeyValue
             * @constructor
             * @param {jaeger.api_v2.IKeyValue=} [properties] Properties to set
             */
            function KeyValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * KeyValue key.
             * @member {string} key
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.key = "";

            /**
             * KeyValue vType.
             * @member {jaeger.api_v2.ValueType} vType
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.vType = 0;

            /**
             * KeyValue vStr.
             * @member {string} vStr
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.vStr = "";

            /**
             * KeyValue vBool.
             * @member {boolean} vBool
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.vBool = false;

            /**
             * KeyValue vInt64.
             * @member {number|Long} vInt64
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.vInt64 = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * KeyValue vFloat64.
             * @member {number} vFloat64
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.vFloat64 = 0;

            /**
             * KeyValue vBinary.
             * @member {Uint8Array} vBinary
             * @memberof jaeger.api_v2.KeyValue
             * @instance
             */
            KeyValue.prototype.vBinary = $util.newBuffer([]);

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {jaeger.api_v2.IKeyValue=} [properties] Properties to set
             * @returns {jaeger.api_v2.KeyValue} KeyValue instance
             */
            KeyValue.create = function create(properties) {
                return new KeyValue(properties);
            };

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link jaeger.api_v2.KeyValue.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {jaeger.api_v2.IKeyValue} message KeyValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.vType != null && Object.hasOwnProperty.call(message, "vType"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.vType);
                if (message.vStr != null && Object.hasOwnProperty.call(message, "vStr"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.vStr);
                if (message.vBool != null && Object.hasOwnProperty.call(message, "vBool"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.vBool);
                if (message.vInt64 != null && Object.hasOwnProperty.call(message, "vInt64"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.vInt64);
                if (message.vFloat64 != null && Object.hasOwnProperty.call(message, "vFloat64"))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.vFloat64);
                if (message.vBinary != null && Object.hasOwnProperty.call(message, "vBinary"))
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.vBinary);
                return writer;
            };

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.KeyValue} KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyValue.decode = function decode(reader, length, error, long) {
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
                message = new $root.jaeger.api_v2.KeyValue();
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
                            message.vType = reader.int32();
                            break;
                        }
                    case 3: {
                            message.vStr = reader.string();
                            break;
                        }
                    case 4: {
                            message.vBool = reader.bool();
                            break;
                        }
                    case 5: {
                            message.vInt64 = reader.int64();
                            break;
                        }
                    case 6: {
                            message.vFloat64 = reader.double();
                            break;
                        }
                    case 7: {
                            message.vBinary = reader.bytes();
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
             * Gets the default type url for KeyValue
             * @function getTypeUrl
             * @memberof jaeger.api_v2.KeyValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            KeyValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.KeyValue";
            };

            return KeyValue;
        })();

        api_v2.Log = (function() {

            /**
             * Properties of a Log.
             * @memberof jaeger.api_v2
             * @interface ILog
             * @property {google.protobuf.ITimestamp|null} [timestamp] Log timestamp
             * @property {Array.<jaeger.api_v2.IKeyValue>|null} [fields] Log fields
             */

            /**
             * Constructs a new Log.
             * @memberof jaeger.api_v2
             * @classdesc Represents a Log.
             * @implements ILog
             * @constructor
             * @param {jaeger.api_v2.ILog=} [properties] Properties to set
             */
            function Log(properties) {
                this.fields = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Log timestamp.
             * @member {google.protobuf.ITimestamp|null|undefined} timestamp
             * @memberof jaeger.api_v2.Log
             * @instance
             */
            Log.prototype.timestamp = null;

            /**
             * Log fields.
             * @member {Array.<jaeger.api_v2.IKeyValue>} fields
             * @memberof jaeger.api_v2.Log
             * @instance
             */
            Log.prototype.fields = $util.emptyArray;

            /**
             * Creates a new Log instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {jaeger.api_v2.ILog=} [properties] Properties to set
             * @returns {jaeger.api_v2.Log} Log instance
             */
            Log.create = function create(properties) {
                return new Log(properties);
            };

            /**
             * Encodes the specified Log message. Does not implicitly {@link jaeger.api_v2.Log.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {jaeger.api_v2.ILog} message Log message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Log.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.timestamp != null && Object.hasOwnProperty.call(message, "timestamp"))
                    $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.fields != null && message.fields.length)
                    for (let i = 0; i < message.fields.length; ++i)
                        $root.jaeger.api_v2.KeyValue.encode(message.fields[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Log message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Log} Log
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Log.decode = function decode(reader, length, error, long) {
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
                message = new $root.jaeger.api_v2.Log();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.fields && message.fields.length))
                                message.fields = [];
                            message.fields.push($root.jaeger.api_v2.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Gets the default type url for Log
             * @function getTypeUrl
             * @memberof jaeger.api_v2.Log
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Log.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.Log";
            };

            return Log;
        })();

        /**
         * SpanRefType enum.
         * @name jaeger.api_v2.SpanRefType
         * @enum {number}
         * @property {number} CHILD_OF=0 CHILD_OF value
         * @property {number} FOLLOWS_FROM=1 FOLLOWS_FROM value
         */
        api_v2.SpanRefType = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "CHILD_OF"] = 0;
            values[valuesById[1] = "FOLLOWS_FROM"] = 1;
            return values;
        })();

        api_v2.SpanRef = (function() {

            /**
             * Properties of a SpanRef.
             * @memberof jaeger.api_v2
             * @interface ISpanRef
             * @property {Uint8Array|null} [traceId] SpanRef traceId
             * @property {Uint8Array|null} [spanId] SpanRef spanId
             * @property {jaeger.api_v2.SpanRefType|null} [refType] SpanRef refType
             */

            /**
             * Constructs a new SpanRef.
             * @memberof jaeger.api_v2
             * @classdesc Represents a SpanRef.
             * @implements ISpanRef
             * @constructor
             * @param {jaeger.api_v2.ISpanRef=} [properties] Properties to set
             */
            function SpanRef(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SpanRef traceId.
             * @member {Uint8Array} traceId
             * @memberof jaeger.api_v2.SpanRef
             * @instance
             */
            SpanRef.prototype.traceId = $util.newBuffer([]);

            /**
             * SpanRef spanId.
             * @member {Uint8Array} spanId
             * @memberof jaeger.api_v2.SpanRef
             * @instance
             */
            SpanRef.prototype.spanId = $util.newBuffer([]);

            /**
             * SpanRef refType.
             * @member {jaeger.api_v2.SpanRefType} refType
             * @memberof jaeger.api_v2.SpanRef
             * @instance
             */
            SpanRef.prototype.refType = 0;

            /**
             * Creates a new SpanRef instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {jaeger.api_v2.ISpanRef=} [properties] Properties to set
             * @returns {jaeger.api_v2.SpanRef} SpanRef instance
             */
            SpanRef.create = function create(properties) {
                return new SpanRef(properties);
            };

            /**
             * Encodes the specified SpanRef message. Does not implicitly {@link jaeger.api_v2.SpanRef.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {jaeger.api_v2.ISpanRef} message SpanRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpanRef.encode = function encode(message, writer, q) {
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
                if (message.refType != null && Object.hasOwnProperty.call(message, "refType"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.refType);
                return writer;
            };

            /**
             * Decodes a SpanRef message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.SpanRef} SpanRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpanRef.decode = function decode(reader, length, error, long) {
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
                message = new $root.jaeger.api_v2.SpanRef();
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
                            message.refType = reader.int32();
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
             * Gets the default type url for SpanRef
             * @function getTypeUrl
             * @memberof jaeger.api_v2.SpanRef
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SpanRef.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.SpanRef";
            };

            return SpanRef;
        })();

        api_v2.Process = (function() {

            /**
             * Properties of a Process.
             * @memberof jaeger.api_v2
             * @interface IProcess
             * @property {string|null} [serviceName] Process serviceName
             * @property {Array.<jaeger.api_v2.IKeyValue>|null} [tags] Process tags
             */

            /**
             * Constructs a new Process.
             * @memberof jaeger.api_v2
             * @classdesc Represents a Process.
             * @implements IProcess
             * @constructor
             * @param {jaeger.api_v2.IProcess=} [properties] Properties to set
             */
            function Process(properties) {
                this.tags = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Process serviceName.
             * @member {string} serviceName
             * @memberof jaeger.api_v2.Process
             * @instance
             */
            Process.prototype.serviceName = "";

            /**
             * Process tags.
             * @member {Array.<jaeger.api_v2.IKeyValue>} tags
             * @memberof jaeger.api_v2.Process
             * @instance
             */
            Process.prototype.tags = $util.emptyArray;

            /**
             * Creates a new Process instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {jaeger.api_v2.IProcess=} [properties] Properties to set
             * @returns {jaeger.api_v2.Process} Process instance
             */
            Process.create = function create(properties) {
                return new Process(properties);
            };

            /**
             * Encodes the specified Process message. Does not implicitly {@link jaeger.api_v2.Process.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {jaeger.api_v2.IProcess} message Process message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Process.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.serviceName != null && Object.hasOwnProperty.call(message, "serviceName"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.serviceName);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        $root.jaeger.api_v2.KeyValue.encode(message.tags[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Process message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Process} Process
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Process.decode = function decode(reader, length, error, long) {
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
                message = new $root.jaeger.api_v2.Process();
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
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push($root.jaeger.api_v2.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Gets the default type url for Process
             * @function getTypeUrl
             * @memberof jaeger.api_v2.Process
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Process.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.Process";
            };

            return Process;
        })();

        api_v2.Span = (function() {

            /**
             * Properties of a Span.
             * @memberof jaeger.api_v2
             * @interface ISpan
             * @property {Uint8Array|null} [traceId] Span traceId
             * @property {Uint8Array|null} [spanId] Span spanId
             * @property {string|null} [operationName] Span operationName
             * @property {Array.<jaeger.api_v2.ISpanRef>|null} [references] Span references
             * @property {number|null} [flags] Span flags
             * @property {google.protobuf.ITimestamp|null} [startTime] Span startTime
             * @property {google.protobuf.IDuration|null} [duration] Span duration
             * @property {Array.<jaeger.api_v2.IKeyValue>|null} [tags] Span tags
             * @property {Array.<jaeger.api_v2.ILog>|null} [logs] Span logs
             * @property {jaeger.api_v2.IProcess|null} [process] Span process
             * @property {string|null} [processId] Span processId
             * @property {Array.<string>|null} [warnings] Span warnings
             */

            /**
             * Constructs a new Span.
             * @memberof jaeger.api_v2
             * @classdesc Represents a Span.
             * @implements ISpan
             * @constructor
             * @param {jaeger.api_v2.ISpan=} [properties] Properties to set
             */
            function Span(properties) {
                this.references = [];
                this.tags = [];
                this.logs = [];
                this.warnings = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Span traceId.
             * @member {Uint8Array} traceId
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.traceId = $util.newBuffer([]);

            /**
             * Span spanId.
             * @member {Uint8Array} spanId
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.spanId = $util.newBuffer([]);

            /**
             * Span operationName.
             * @member {string} operationName
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.operationName = "";

            /**
             * Span references.
             * @member {Array.<jaeger.api_v2.ISpanRef>} references
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.references = $util.emptyArray;

            /**
             * Span flags.
             * @member {number} flags
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.flags = 0;

            /**
             * Span startTime.
             * @member {google.protobuf.ITimestamp|null|undefined} startTime
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.startTime = null;

            /**
             * Span duration.
             * @member {google.protobuf.IDuration|null|undefined} duration
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.duration = null;

            /**
             * Span tags.
             * @member {Array.<jaeger.api_v2.IKeyValue>} tags
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.tags = $util.emptyArray;

            /**
             * Span logs.
             * @member {Array.<jaeger.api_v2.ILog>} logs
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.logs = $util.emptyArray;

            /**
             * Span process.
             * @member {jaeger.api_v2.IProcess|null|undefined} process
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.process = null;

            /**
             * Span processId.
             * @member {string} processId
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.processId = "";

            /**
             * Span warnings.
             * @member {Array.<string>} warnings
             * @memberof jaeger.api_v2.Span
             * @instance
             */
            Span.prototype.warnings = $util.emptyArray;

            /**
             * Creates a new Span instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {jaeger.api_v2.ISpan=} [properties] Properties to set
             * @returns {jaeger.api_v2.Span} Span instance
             */
            Span.create = function create(properties) {
                return new Span(properties);
            };

            /**
             * Encodes the specified Span message. Does not implicitly {@link jaeger.api_v2.Span.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {jaeger.api_v2.ISpan} message Span message or plain object to encode
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
                if (message.operationName != null && Object.hasOwnProperty.call(message, "operationName"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.operationName);
                if (message.references != null && message.references.length)
                    for (let i = 0; i < message.references.length; ++i)
                        $root.jaeger.api_v2.SpanRef.encode(message.references[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.flags);
                if (message.startTime != null && Object.hasOwnProperty.call(message, "startTime"))
                    $root.google.protobuf.Timestamp.encode(message.startTime, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.duration != null && Object.hasOwnProperty.call(message, "duration"))
                    $root.google.protobuf.Duration.encode(message.duration, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        $root.jaeger.api_v2.KeyValue.encode(message.tags[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.logs != null && message.logs.length)
                    for (let i = 0; i < message.logs.length; ++i)
                        $root.jaeger.api_v2.Log.encode(message.logs[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                    $root.jaeger.api_v2.Process.encode(message.process, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.processId != null && Object.hasOwnProperty.call(message, "processId"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.processId);
                if (message.warnings != null && message.warnings.length)
                    for (let i = 0; i < message.warnings.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.warnings[i]);
                return writer;
            };

            /**
             * Decodes a Span message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Span} Span
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
                message = new $root.jaeger.api_v2.Span();
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
                            message.operationName = reader.string();
                            break;
                        }
                    case 4: {
                            if (!(message.references && message.references.length))
                                message.references = [];
                            message.references.push($root.jaeger.api_v2.SpanRef.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 5: {
                            message.flags = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.startTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.duration = $root.google.protobuf.Duration.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push($root.jaeger.api_v2.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 9: {
                            if (!(message.logs && message.logs.length))
                                message.logs = [];
                            message.logs.push($root.jaeger.api_v2.Log.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 10: {
                            message.process = $root.jaeger.api_v2.Process.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.processId = reader.string();
                            break;
                        }
                    case 12: {
                            if (!(message.warnings && message.warnings.length))
                                message.warnings = [];
                            message.warnings.push(reader.string());
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
             * @memberof jaeger.api_v2.Span
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Span.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.Span";
            };

            return Span;
        })();

        api_v2.Batch = (function() {

            /**
             * Properties of a Batch.
             * @memberof jaeger.api_v2
             * @interface IBatch
             * @property {Array.<jaeger.api_v2.ISpan>|null} [spans] Batch spans
             * @property {jaeger.api_v2.IProcess|null} [process] Batch process
             */

            /**
             * Constructs a new Batch.
             * @memberof jaeger.api_v2
             * @classdesc Represents a Batch.
             * @implements IBatch
             * @constructor
             * @param {jaeger.api_v2.IBatch=} [properties] Properties to set
             */
            function Batch(properties) {
                this.spans = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Batch spans.
             * @member {Array.<jaeger.api_v2.ISpan>} spans
             * @memberof jaeger.api_v2.Batch
             * @instance
             */
            Batch.prototype.spans = $util.emptyArray;

            /**
             * Batch process.
             * @member {jaeger.api_v2.IProcess|null|undefined} process
             * @memberof jaeger.api_v2.Batch
             * @instance
             */
            Batch.prototype.process = null;

            /**
             * Creates a new Batch instance using the specified properties.
             * @function create
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {jaeger.api_v2.IBatch=} [properties] Properties to set
             * @returns {jaeger.api_v2.Batch} Batch instance
             */
            Batch.create = function create(properties) {
                return new Batch(properties);
            };

            /**
             * Encodes the specified Batch message. Does not implicitly {@link jaeger.api_v2.Batch.verify|verify} messages.
             * @function encode
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {jaeger.api_v2.IBatch} message Batch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Batch.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.spans != null && message.spans.length)
                    for (let i = 0; i < message.spans.length; ++i)
                        $root.jaeger.api_v2.Span.encode(message.spans[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                    $root.jaeger.api_v2.Process.encode(message.process, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Batch message from the specified reader or buffer.
             * @function decode
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jaeger.api_v2.Batch} Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Batch.decode = function decode(reader, length, error, long) {
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
                message = new $root.jaeger.api_v2.Batch();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.spans && message.spans.length))
                                message.spans = [];
                            message.spans.push($root.jaeger.api_v2.Span.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.process = $root.jaeger.api_v2.Process.decode(reader, reader.uint32(), undefined, long + 1);
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
             * Gets the default type url for Batch
             * @function getTypeUrl
             * @memberof jaeger.api_v2.Batch
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Batch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/jaeger.api_v2.Batch";
            };

            return Batch;
        })();

        return api_v2;
    })();

    return jaeger;
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

        protobuf.Duration = (function() {

            /**
             * Properties of a Duration.
             * @memberof google.protobuf
             * @interface IDuration
             * @property {number|Long|null} [seconds] Duration seconds
             * @property {number|null} [nanos] Duration nanos
             */

            /**
             * Constructs a new Duration.
             * @memberof google.protobuf
             * @classdesc Represents a Duration.
             * @implements IDuration
             * @constructor
             * @param {google.protobuf.IDuration=} [properties] Properties to set
             */
            function Duration(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Duration seconds.
             * @member {number|Long} seconds
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Duration nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.nanos = 0;

            /**
             * Creates a new Duration instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.IDuration=} [properties] Properties to set
             * @returns {google.protobuf.Duration} Duration instance
             */
            Duration.create = function create(properties) {
                return new Duration(properties);
            };

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.IDuration} message Duration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Duration.encode = function encode(message, writer, q) {
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
             * Decodes a Duration message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Duration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Duration} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Duration.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.Duration();
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
             * Gets the default type url for Duration
             * @function getTypeUrl
             * @memberof google.protobuf.Duration
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Duration.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Duration";
            };

            return Duration;
        })();

        return protobuf;
    })();

    return google;
})();

export { $root as default };
