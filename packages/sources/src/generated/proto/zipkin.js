/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

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
             * @typedef {Object} zipkin.proto3.Span.$Properties
             * @property {Uint8Array|null} [traceId] Span traceId
             * @property {Uint8Array|null} [parentId] Span parentId
             * @property {Uint8Array|null} [id] Span id
             * @property {zipkin.proto3.Span.Kind|null} [kind] Span kind
             * @property {string|null} [name] Span name
             * @property {number|Long|null} [timestamp] Span timestamp
             * @property {number|Long|null} [duration] Span duration
             * @property {zipkin.proto3.Endpoint.$Properties|null} [localEndpoint] Span localEndpoint
             * @property {zipkin.proto3.Endpoint.$Properties|null} [remoteEndpoint] Span remoteEndpoint
             * @property {Array.<zipkin.proto3.Annotation.$Properties>|null} [annotations] Span annotations
             * @property {Object.<string,string>|null} [tags] Span tags
             * @property {boolean|null} [debug] Span debug
             * @property {boolean|null} [shared] Span shared
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Span.
             * @memberof zipkin.proto3
             * @interface ISpan
             * @augments zipkin.proto3.Span.$Properties
             * @deprecated Use zipkin.proto3.Span.$Properties instead.
             */

            /**
             * Shape of a Span.
             * @typedef {zipkin.proto3.Span.$Properties} zipkin.proto3.Span.$Shape
             */

            /**
             * Constructs a new Span.
             * @memberof zipkin.proto3
             * @classdesc Represents a Span.
             * @constructor
             * @param {zipkin.proto3.Span.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Span = function (properties) {
                this.annotations = [];
                this.tags = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @member {zipkin.proto3.Endpoint.$Properties|null|undefined} localEndpoint
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.localEndpoint = null;

            /**
             * Span remoteEndpoint.
             * @member {zipkin.proto3.Endpoint.$Properties|null|undefined} remoteEndpoint
             * @memberof zipkin.proto3.Span
             * @instance
             */
            Span.prototype.remoteEndpoint = null;

            /**
             * Span annotations.
             * @member {Array.<zipkin.proto3.Annotation.$Properties>} annotations
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
             * @param {zipkin.proto3.Span.$Properties=} [properties] Properties to set
             * @returns {zipkin.proto3.Span} Span instance
             * @type {{
             *   (properties: zipkin.proto3.Span.$Shape): zipkin.proto3.Span & zipkin.proto3.Span.$Shape;
             *   (properties?: zipkin.proto3.Span.$Properties): zipkin.proto3.Span;
             * }}
             */
            Span.create = function(properties) {
                return new Span(properties);
            };

            /**
             * Encodes the specified Span message. Does not implicitly {@link zipkin.proto3.Span.verify|verify} messages.
             * @function encode
             * @memberof zipkin.proto3.Span
             * @static
             * @param {zipkin.proto3.Span.$Properties} message Span message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Span.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.traceId != null && $Object.hasOwnProperty.call(message, "traceId") && message.traceId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.traceId);
                if (message.parentId != null && $Object.hasOwnProperty.call(message, "parentId") && message.parentId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.parentId);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.id);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.kind);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.name);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).fixed64(message.timestamp);
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration") && (typeof message.duration === "object" ? message.duration.low || message.duration.high : message.duration !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.duration);
                if (message.localEndpoint != null && $Object.hasOwnProperty.call(message, "localEndpoint"))
                    $root.zipkin.proto3.Endpoint.encode(message.localEndpoint, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.remoteEndpoint != null && $Object.hasOwnProperty.call(message, "remoteEndpoint"))
                    $root.zipkin.proto3.Endpoint.encode(message.remoteEndpoint, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.annotations != null && message.annotations.length)
                    for (let i = 0; i < message.annotations.length; ++i)
                        $root.zipkin.proto3.Annotation.encode(message.annotations[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
                    for (let keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
                if (message.debug != null && $Object.hasOwnProperty.call(message, "debug") && message.debug !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.debug);
                if (message.shared != null && $Object.hasOwnProperty.call(message, "shared") && message.shared !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.shared);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Span message from the specified reader or buffer.
             * @function decode
             * @memberof zipkin.proto3.Span
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zipkin.proto3.Span & zipkin.proto3.Span.$Shape} Span
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Span.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zipkin.proto3.Span();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.traceId = value;
                            else
                                delete message.traceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.parentId = value;
                            else
                                delete message.parentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.duration = value;
                            else
                                delete message.duration;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.localEndpoint = $root.zipkin.proto3.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1, message.localEndpoint);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.remoteEndpoint = $root.zipkin.proto3.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1, message.remoteEndpoint);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.annotations && message.annotations.length))
                                message.annotations = [];
                            message.annotations.push($root.zipkin.proto3.Annotation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (message.tags === $util.emptyObject)
                                message.tags = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.tags, key);
                            message.tags[key] = value;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.debug = value;
                            else
                                delete message.debug;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.shared = value;
                            else
                                delete message.shared;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Span
             * @function getTypeUrl
             * @memberof zipkin.proto3.Span
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Span.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zipkin.proto3.Span";
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
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
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
             * @typedef {Object} zipkin.proto3.Endpoint.$Properties
             * @property {string|null} [serviceName] Endpoint serviceName
             * @property {Uint8Array|null} [ipv4] Endpoint ipv4
             * @property {Uint8Array|null} [ipv6] Endpoint ipv6
             * @property {number|null} [port] Endpoint port
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Endpoint.
             * @memberof zipkin.proto3
             * @interface IEndpoint
             * @augments zipkin.proto3.Endpoint.$Properties
             * @deprecated Use zipkin.proto3.Endpoint.$Properties instead.
             */

            /**
             * Shape of an Endpoint.
             * @typedef {zipkin.proto3.Endpoint.$Properties} zipkin.proto3.Endpoint.$Shape
             */

            /**
             * Constructs a new Endpoint.
             * @memberof zipkin.proto3
             * @classdesc Represents an Endpoint.
             * @constructor
             * @param {zipkin.proto3.Endpoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Endpoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {zipkin.proto3.Endpoint.$Properties=} [properties] Properties to set
             * @returns {zipkin.proto3.Endpoint} Endpoint instance
             * @type {{
             *   (properties: zipkin.proto3.Endpoint.$Shape): zipkin.proto3.Endpoint & zipkin.proto3.Endpoint.$Shape;
             *   (properties?: zipkin.proto3.Endpoint.$Properties): zipkin.proto3.Endpoint;
             * }}
             */
            Endpoint.create = function(properties) {
                return new Endpoint(properties);
            };

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link zipkin.proto3.Endpoint.verify|verify} messages.
             * @function encode
             * @memberof zipkin.proto3.Endpoint
             * @static
             * @param {zipkin.proto3.Endpoint.$Properties} message Endpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Endpoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.serviceName != null && $Object.hasOwnProperty.call(message, "serviceName") && message.serviceName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.serviceName);
                if (message.ipv4 != null && $Object.hasOwnProperty.call(message, "ipv4") && message.ipv4.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ipv4);
                if (message.ipv6 != null && $Object.hasOwnProperty.call(message, "ipv6") && message.ipv6.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ipv6);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.port);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @function decode
             * @memberof zipkin.proto3.Endpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zipkin.proto3.Endpoint & zipkin.proto3.Endpoint.$Shape} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Endpoint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zipkin.proto3.Endpoint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serviceName = value;
                            else
                                delete message.serviceName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ipv4 = value;
                            else
                                delete message.ipv4;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ipv6 = value;
                            else
                                delete message.ipv6;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Endpoint
             * @function getTypeUrl
             * @memberof zipkin.proto3.Endpoint
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Endpoint.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zipkin.proto3.Endpoint";
            };

            return Endpoint;
        })();

        proto3.Annotation = (function() {

            /**
             * Properties of an Annotation.
             * @typedef {Object} zipkin.proto3.Annotation.$Properties
             * @property {number|Long|null} [timestamp] Annotation timestamp
             * @property {string|null} [value] Annotation value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Annotation.
             * @memberof zipkin.proto3
             * @interface IAnnotation
             * @augments zipkin.proto3.Annotation.$Properties
             * @deprecated Use zipkin.proto3.Annotation.$Properties instead.
             */

            /**
             * Shape of an Annotation.
             * @typedef {zipkin.proto3.Annotation.$Properties} zipkin.proto3.Annotation.$Shape
             */

            /**
             * Constructs a new Annotation.
             * @memberof zipkin.proto3
             * @classdesc Represents an Annotation.
             * @constructor
             * @param {zipkin.proto3.Annotation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Annotation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {zipkin.proto3.Annotation.$Properties=} [properties] Properties to set
             * @returns {zipkin.proto3.Annotation} Annotation instance
             * @type {{
             *   (properties: zipkin.proto3.Annotation.$Shape): zipkin.proto3.Annotation & zipkin.proto3.Annotation.$Shape;
             *   (properties?: zipkin.proto3.Annotation.$Properties): zipkin.proto3.Annotation;
             * }}
             */
            Annotation.create = function(properties) {
                return new Annotation(properties);
            };

            /**
             * Encodes the specified Annotation message. Does not implicitly {@link zipkin.proto3.Annotation.verify|verify} messages.
             * @function encode
             * @memberof zipkin.proto3.Annotation
             * @static
             * @param {zipkin.proto3.Annotation.$Properties} message Annotation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Annotation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).fixed64(message.timestamp);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Annotation message from the specified reader or buffer.
             * @function decode
             * @memberof zipkin.proto3.Annotation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zipkin.proto3.Annotation & zipkin.proto3.Annotation.$Shape} Annotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Annotation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zipkin.proto3.Annotation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Annotation
             * @function getTypeUrl
             * @memberof zipkin.proto3.Annotation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Annotation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zipkin.proto3.Annotation";
            };

            return Annotation;
        })();

        proto3.ListOfSpans = (function() {

            /**
             * Properties of a ListOfSpans.
             * @typedef {Object} zipkin.proto3.ListOfSpans.$Properties
             * @property {Array.<zipkin.proto3.Span.$Properties>|null} [spans] ListOfSpans spans
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOfSpans.
             * @memberof zipkin.proto3
             * @interface IListOfSpans
             * @augments zipkin.proto3.ListOfSpans.$Properties
             * @deprecated Use zipkin.proto3.ListOfSpans.$Properties instead.
             */

            /**
             * Shape of a ListOfSpans.
             * @typedef {zipkin.proto3.ListOfSpans.$Properties} zipkin.proto3.ListOfSpans.$Shape
             */

            /**
             * Constructs a new ListOfSpans.
             * @memberof zipkin.proto3
             * @classdesc Represents a ListOfSpans.
             * @constructor
             * @param {zipkin.proto3.ListOfSpans.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOfSpans = function (properties) {
                this.spans = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOfSpans spans.
             * @member {Array.<zipkin.proto3.Span.$Properties>} spans
             * @memberof zipkin.proto3.ListOfSpans
             * @instance
             */
            ListOfSpans.prototype.spans = $util.emptyArray;

            /**
             * Creates a new ListOfSpans instance using the specified properties.
             * @function create
             * @memberof zipkin.proto3.ListOfSpans
             * @static
             * @param {zipkin.proto3.ListOfSpans.$Properties=} [properties] Properties to set
             * @returns {zipkin.proto3.ListOfSpans} ListOfSpans instance
             * @type {{
             *   (properties: zipkin.proto3.ListOfSpans.$Shape): zipkin.proto3.ListOfSpans & zipkin.proto3.ListOfSpans.$Shape;
             *   (properties?: zipkin.proto3.ListOfSpans.$Properties): zipkin.proto3.ListOfSpans;
             * }}
             */
            ListOfSpans.create = function(properties) {
                return new ListOfSpans(properties);
            };

            /**
             * Encodes the specified ListOfSpans message. Does not implicitly {@link zipkin.proto3.ListOfSpans.verify|verify} messages.
             * @function encode
             * @memberof zipkin.proto3.ListOfSpans
             * @static
             * @param {zipkin.proto3.ListOfSpans.$Properties} message ListOfSpans message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOfSpans.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spans != null && message.spans.length)
                    for (let i = 0; i < message.spans.length; ++i)
                        $root.zipkin.proto3.Span.encode(message.spans[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOfSpans message from the specified reader or buffer.
             * @function decode
             * @memberof zipkin.proto3.ListOfSpans
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zipkin.proto3.ListOfSpans & zipkin.proto3.ListOfSpans.$Shape} ListOfSpans
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOfSpans.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zipkin.proto3.ListOfSpans();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.spans && message.spans.length))
                                message.spans = [];
                            message.spans.push($root.zipkin.proto3.Span.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ListOfSpans
             * @function getTypeUrl
             * @memberof zipkin.proto3.ListOfSpans
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListOfSpans.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zipkin.proto3.ListOfSpans";
            };

            return ListOfSpans;
        })();

        proto3.ReportResponse = (function() {

            /**
             * Properties of a ReportResponse.
             * @typedef {Object} zipkin.proto3.ReportResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReportResponse.
             * @memberof zipkin.proto3
             * @interface IReportResponse
             * @augments zipkin.proto3.ReportResponse.$Properties
             * @deprecated Use zipkin.proto3.ReportResponse.$Properties instead.
             */

            /**
             * Shape of a ReportResponse.
             * @typedef {zipkin.proto3.ReportResponse.$Properties} zipkin.proto3.ReportResponse.$Shape
             */

            /**
             * Constructs a new ReportResponse.
             * @memberof zipkin.proto3
             * @classdesc Represents a ReportResponse.
             * @constructor
             * @param {zipkin.proto3.ReportResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReportResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ReportResponse instance using the specified properties.
             * @function create
             * @memberof zipkin.proto3.ReportResponse
             * @static
             * @param {zipkin.proto3.ReportResponse.$Properties=} [properties] Properties to set
             * @returns {zipkin.proto3.ReportResponse} ReportResponse instance
             * @type {{
             *   (properties: zipkin.proto3.ReportResponse.$Shape): zipkin.proto3.ReportResponse & zipkin.proto3.ReportResponse.$Shape;
             *   (properties?: zipkin.proto3.ReportResponse.$Properties): zipkin.proto3.ReportResponse;
             * }}
             */
            ReportResponse.create = function(properties) {
                return new ReportResponse(properties);
            };

            /**
             * Encodes the specified ReportResponse message. Does not implicitly {@link zipkin.proto3.ReportResponse.verify|verify} messages.
             * @function encode
             * @memberof zipkin.proto3.ReportResponse
             * @static
             * @param {zipkin.proto3.ReportResponse.$Properties} message ReportResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReportResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReportResponse message from the specified reader or buffer.
             * @function decode
             * @memberof zipkin.proto3.ReportResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zipkin.proto3.ReportResponse & zipkin.proto3.ReportResponse.$Shape} ReportResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReportResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zipkin.proto3.ReportResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ReportResponse
             * @function getTypeUrl
             * @memberof zipkin.proto3.ReportResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReportResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zipkin.proto3.ReportResponse";
            };

            return ReportResponse;
        })();

        return proto3;
    })();

    return zipkin;
})();

export {
  $root as default
};
