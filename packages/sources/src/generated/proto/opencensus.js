/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

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
                         * @typedef {Object} opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Properties
                         * @property {opencensus.proto.agent.common.v1.Node.$Properties|null} [node] ExportTraceServiceRequest node
                         * @property {Array.<opencensus.proto.trace.v1.Span.$Properties>|null} [spans] ExportTraceServiceRequest spans
                         * @property {opencensus.proto.resource.v1.Resource.$Properties|null} [resource] ExportTraceServiceRequest resource
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportTraceServiceRequest.
                         * @memberof opencensus.proto.agent.trace.v1
                         * @interface IExportTraceServiceRequest
                         * @augments opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Properties
                         * @deprecated Use opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Properties instead.
                         */

                        /**
                         * Shape of an ExportTraceServiceRequest.
                         * @typedef {{
                         *   node?: opencensus.proto.agent.common.v1.Node.$Shape|null;
                         *   spans?: Array.<opencensus.proto.trace.v1.Span.$Shape>|null;
                         *   resource?: opencensus.proto.resource.v1.Resource.$Shape|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Shape
                         */

                        /**
                         * Constructs a new ExportTraceServiceRequest.
                         * @memberof opencensus.proto.agent.trace.v1
                         * @classdesc Represents an ExportTraceServiceRequest.
                         * @constructor
                         * @param {opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ExportTraceServiceRequest = function (properties) {
                            this.spans = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * ExportTraceServiceRequest node.
                         * @member {opencensus.proto.agent.common.v1.Node.$Properties|null|undefined} node
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @instance
                         */
                        ExportTraceServiceRequest.prototype.node = null;

                        /**
                         * ExportTraceServiceRequest spans.
                         * @member {Array.<opencensus.proto.trace.v1.Span.$Properties>} spans
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @instance
                         */
                        ExportTraceServiceRequest.prototype.spans = $util.emptyArray;

                        /**
                         * ExportTraceServiceRequest resource.
                         * @member {opencensus.proto.resource.v1.Resource.$Properties|null|undefined} resource
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @instance
                         */
                        ExportTraceServiceRequest.prototype.resource = null;

                        /**
                         * Creates a new ExportTraceServiceRequest instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.agent.trace.v1.ExportTraceServiceRequest} ExportTraceServiceRequest instance
                         * @type {{
                         *   (properties: opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Shape): opencensus.proto.agent.trace.v1.ExportTraceServiceRequest & opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Shape;
                         *   (properties?: opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Properties): opencensus.proto.agent.trace.v1.ExportTraceServiceRequest;
                         * }}
                         */
                        ExportTraceServiceRequest.create = function(properties) {
                            return new ExportTraceServiceRequest(properties);
                        };

                        /**
                         * Encodes the specified ExportTraceServiceRequest message. Does not implicitly {@link opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Properties} message ExportTraceServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTraceServiceRequest.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                                $root.opencensus.proto.agent.common.v1.Node.encode(message.node, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.spans != null && message.spans.length)
                                for (let i = 0; i < message.spans.length; ++i)
                                    $root.opencensus.proto.trace.v1.Span.encode(message.spans[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                            if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                                $root.opencensus.proto.resource.v1.Resource.encode(message.resource, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes an ExportTraceServiceRequest message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.trace.v1.ExportTraceServiceRequest & opencensus.proto.agent.trace.v1.ExportTraceServiceRequest.$Shape} ExportTraceServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTraceServiceRequest.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.agent.trace.v1.ExportTraceServiceRequest();
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
                                        message.node = $root.opencensus.proto.agent.common.v1.Node.decode(reader, reader.size(), $undefined, _depth + 1, message.node);
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 2)
                                            break;
                                        if (!(message.spans && message.spans.length))
                                            message.spans = [];
                                        message.spans.push($root.opencensus.proto.trace.v1.Span.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 2)
                                            break;
                                        message.resource = $root.opencensus.proto.resource.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1, message.resource);
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
                         * Gets the type url for ExportTraceServiceRequest
                         * @function getTypeUrl
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportTraceServiceRequest.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.agent.trace.v1.ExportTraceServiceRequest";
                        };

                        return ExportTraceServiceRequest;
                    })();

                    v1.ExportTraceServiceResponse = (function() {

                        /**
                         * Properties of an ExportTraceServiceResponse.
                         * @typedef {Object} opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportTraceServiceResponse.
                         * @memberof opencensus.proto.agent.trace.v1
                         * @interface IExportTraceServiceResponse
                         * @augments opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties
                         * @deprecated Use opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties instead.
                         */

                        /**
                         * Shape of an ExportTraceServiceResponse.
                         * @typedef {opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties} opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Shape
                         */

                        /**
                         * Constructs a new ExportTraceServiceResponse.
                         * @memberof opencensus.proto.agent.trace.v1
                         * @classdesc Represents an ExportTraceServiceResponse.
                         * @constructor
                         * @param {opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ExportTraceServiceResponse = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Creates a new ExportTraceServiceResponse instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.agent.trace.v1.ExportTraceServiceResponse} ExportTraceServiceResponse instance
                         * @type {{
                         *   (properties: opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Shape): opencensus.proto.agent.trace.v1.ExportTraceServiceResponse & opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Shape;
                         *   (properties?: opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties): opencensus.proto.agent.trace.v1.ExportTraceServiceResponse;
                         * }}
                         */
                        ExportTraceServiceResponse.create = function(properties) {
                            return new ExportTraceServiceResponse(properties);
                        };

                        /**
                         * Encodes the specified ExportTraceServiceResponse message. Does not implicitly {@link opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Properties} message ExportTraceServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTraceServiceResponse.encode = function (message, writer, _depth) {
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
                         * Decodes an ExportTraceServiceResponse message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.trace.v1.ExportTraceServiceResponse & opencensus.proto.agent.trace.v1.ExportTraceServiceResponse.$Shape} ExportTraceServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTraceServiceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.agent.trace.v1.ExportTraceServiceResponse();
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
                         * Gets the type url for ExportTraceServiceResponse
                         * @function getTypeUrl
                         * @memberof opencensus.proto.agent.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportTraceServiceResponse.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.agent.trace.v1.ExportTraceServiceResponse";
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
                         * @typedef {Object} opencensus.proto.agent.common.v1.Node.$Properties
                         * @property {opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties|null} [identifier] Node identifier
                         * @property {opencensus.proto.agent.common.v1.LibraryInfo.$Properties|null} [libraryInfo] Node libraryInfo
                         * @property {opencensus.proto.agent.common.v1.ServiceInfo.$Properties|null} [serviceInfo] Node serviceInfo
                         * @property {Object.<string,string>|null} [attributes] Node attributes
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Node.
                         * @memberof opencensus.proto.agent.common.v1
                         * @interface INode
                         * @augments opencensus.proto.agent.common.v1.Node.$Properties
                         * @deprecated Use opencensus.proto.agent.common.v1.Node.$Properties instead.
                         */

                        /**
                         * Shape of a Node.
                         * @typedef {opencensus.proto.agent.common.v1.Node.$Properties} opencensus.proto.agent.common.v1.Node.$Shape
                         */

                        /**
                         * Constructs a new Node.
                         * @memberof opencensus.proto.agent.common.v1
                         * @classdesc Represents a Node.
                         * @constructor
                         * @param {opencensus.proto.agent.common.v1.Node.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Node = function (properties) {
                            this.attributes = {};
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Node identifier.
                         * @member {opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties|null|undefined} identifier
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @instance
                         */
                        Node.prototype.identifier = null;

                        /**
                         * Node libraryInfo.
                         * @member {opencensus.proto.agent.common.v1.LibraryInfo.$Properties|null|undefined} libraryInfo
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @instance
                         */
                        Node.prototype.libraryInfo = null;

                        /**
                         * Node serviceInfo.
                         * @member {opencensus.proto.agent.common.v1.ServiceInfo.$Properties|null|undefined} serviceInfo
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
                         * @param {opencensus.proto.agent.common.v1.Node.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.agent.common.v1.Node} Node instance
                         * @type {{
                         *   (properties: opencensus.proto.agent.common.v1.Node.$Shape): opencensus.proto.agent.common.v1.Node & opencensus.proto.agent.common.v1.Node.$Shape;
                         *   (properties?: opencensus.proto.agent.common.v1.Node.$Properties): opencensus.proto.agent.common.v1.Node;
                         * }}
                         */
                        Node.create = function(properties) {
                            return new Node(properties);
                        };

                        /**
                         * Encodes the specified Node message. Does not implicitly {@link opencensus.proto.agent.common.v1.Node.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @static
                         * @param {opencensus.proto.agent.common.v1.Node.$Properties} message Node message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Node.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                                $root.opencensus.proto.agent.common.v1.ProcessIdentifier.encode(message.identifier, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.libraryInfo != null && $Object.hasOwnProperty.call(message, "libraryInfo"))
                                $root.opencensus.proto.agent.common.v1.LibraryInfo.encode(message.libraryInfo, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                            if (message.serviceInfo != null && $Object.hasOwnProperty.call(message, "serviceInfo"))
                                $root.opencensus.proto.agent.common.v1.ServiceInfo.encode(message.serviceInfo, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                            if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                                for (let keys = $Object.keys(message.attributes), i = 0; i < keys.length; ++i)
                                    writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.attributes[keys[i]]).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes a Node message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.common.v1.Node & opencensus.proto.agent.common.v1.Node.$Shape} Node
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Node.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.agent.common.v1.Node();
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
                                        message.identifier = $root.opencensus.proto.agent.common.v1.ProcessIdentifier.decode(reader, reader.size(), $undefined, _depth + 1, message.identifier);
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 2)
                                            break;
                                        message.libraryInfo = $root.opencensus.proto.agent.common.v1.LibraryInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.libraryInfo);
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 2)
                                            break;
                                        message.serviceInfo = $root.opencensus.proto.agent.common.v1.ServiceInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceInfo);
                                        continue;
                                    }
                                case 4: {
                                        if (wireType !== 2)
                                            break;
                                        if (message.attributes === $util.emptyObject)
                                            message.attributes = {};
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
                                            $util.makeProp(message.attributes, key);
                                        message.attributes[key] = value;
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
                         * Gets the type url for Node
                         * @function getTypeUrl
                         * @memberof opencensus.proto.agent.common.v1.Node
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Node.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.agent.common.v1.Node";
                        };

                        return Node;
                    })();

                    v1.ProcessIdentifier = (function() {

                        /**
                         * Properties of a ProcessIdentifier.
                         * @typedef {Object} opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties
                         * @property {string|null} [hostName] ProcessIdentifier hostName
                         * @property {number|null} [pid] ProcessIdentifier pid
                         * @property {google.protobuf.Timestamp.$Properties|null} [startTimestamp] ProcessIdentifier startTimestamp
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a ProcessIdentifier.
                         * @memberof opencensus.proto.agent.common.v1
                         * @interface IProcessIdentifier
                         * @augments opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties
                         * @deprecated Use opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties instead.
                         */

                        /**
                         * Shape of a ProcessIdentifier.
                         * @typedef {opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties} opencensus.proto.agent.common.v1.ProcessIdentifier.$Shape
                         */

                        /**
                         * Constructs a new ProcessIdentifier.
                         * @memberof opencensus.proto.agent.common.v1
                         * @classdesc Represents a ProcessIdentifier.
                         * @constructor
                         * @param {opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ProcessIdentifier = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

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
                         * @member {google.protobuf.Timestamp.$Properties|null|undefined} startTimestamp
                         * @memberof opencensus.proto.agent.common.v1.ProcessIdentifier
                         * @instance
                         */
                        ProcessIdentifier.prototype.startTimestamp = null;

                        /**
                         * Creates a new ProcessIdentifier instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.agent.common.v1.ProcessIdentifier
                         * @static
                         * @param {opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.agent.common.v1.ProcessIdentifier} ProcessIdentifier instance
                         * @type {{
                         *   (properties: opencensus.proto.agent.common.v1.ProcessIdentifier.$Shape): opencensus.proto.agent.common.v1.ProcessIdentifier & opencensus.proto.agent.common.v1.ProcessIdentifier.$Shape;
                         *   (properties?: opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties): opencensus.proto.agent.common.v1.ProcessIdentifier;
                         * }}
                         */
                        ProcessIdentifier.create = function(properties) {
                            return new ProcessIdentifier(properties);
                        };

                        /**
                         * Encodes the specified ProcessIdentifier message. Does not implicitly {@link opencensus.proto.agent.common.v1.ProcessIdentifier.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.agent.common.v1.ProcessIdentifier
                         * @static
                         * @param {opencensus.proto.agent.common.v1.ProcessIdentifier.$Properties} message ProcessIdentifier message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ProcessIdentifier.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.hostName != null && $Object.hasOwnProperty.call(message, "hostName") && message.hostName !== "")
                                writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostName);
                            if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pid);
                            if (message.startTimestamp != null && $Object.hasOwnProperty.call(message, "startTimestamp"))
                                $root.google.protobuf.Timestamp.encode(message.startTimestamp, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes a ProcessIdentifier message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.agent.common.v1.ProcessIdentifier
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.common.v1.ProcessIdentifier & opencensus.proto.agent.common.v1.ProcessIdentifier.$Shape} ProcessIdentifier
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ProcessIdentifier.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.agent.common.v1.ProcessIdentifier();
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
                                            message.hostName = value;
                                        else
                                            delete message.hostName;
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.uint32())
                                            message.pid = value;
                                        else
                                            delete message.pid;
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 2)
                                            break;
                                        message.startTimestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.startTimestamp);
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
                         * Gets the type url for ProcessIdentifier
                         * @function getTypeUrl
                         * @memberof opencensus.proto.agent.common.v1.ProcessIdentifier
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ProcessIdentifier.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.agent.common.v1.ProcessIdentifier";
                        };

                        return ProcessIdentifier;
                    })();

                    v1.LibraryInfo = (function() {

                        /**
                         * Properties of a LibraryInfo.
                         * @typedef {Object} opencensus.proto.agent.common.v1.LibraryInfo.$Properties
                         * @property {opencensus.proto.agent.common.v1.LibraryInfo.Language|null} [language] LibraryInfo language
                         * @property {string|null} [exporterVersion] LibraryInfo exporterVersion
                         * @property {string|null} [coreLibraryVersion] LibraryInfo coreLibraryVersion
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a LibraryInfo.
                         * @memberof opencensus.proto.agent.common.v1
                         * @interface ILibraryInfo
                         * @augments opencensus.proto.agent.common.v1.LibraryInfo.$Properties
                         * @deprecated Use opencensus.proto.agent.common.v1.LibraryInfo.$Properties instead.
                         */

                        /**
                         * Shape of a LibraryInfo.
                         * @typedef {opencensus.proto.agent.common.v1.LibraryInfo.$Properties} opencensus.proto.agent.common.v1.LibraryInfo.$Shape
                         */

                        /**
                         * Constructs a new LibraryInfo.
                         * @memberof opencensus.proto.agent.common.v1
                         * @classdesc Represents a LibraryInfo.
                         * @constructor
                         * @param {opencensus.proto.agent.common.v1.LibraryInfo.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const LibraryInfo = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

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
                         * @param {opencensus.proto.agent.common.v1.LibraryInfo.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.agent.common.v1.LibraryInfo} LibraryInfo instance
                         * @type {{
                         *   (properties: opencensus.proto.agent.common.v1.LibraryInfo.$Shape): opencensus.proto.agent.common.v1.LibraryInfo & opencensus.proto.agent.common.v1.LibraryInfo.$Shape;
                         *   (properties?: opencensus.proto.agent.common.v1.LibraryInfo.$Properties): opencensus.proto.agent.common.v1.LibraryInfo;
                         * }}
                         */
                        LibraryInfo.create = function(properties) {
                            return new LibraryInfo(properties);
                        };

                        /**
                         * Encodes the specified LibraryInfo message. Does not implicitly {@link opencensus.proto.agent.common.v1.LibraryInfo.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.agent.common.v1.LibraryInfo
                         * @static
                         * @param {opencensus.proto.agent.common.v1.LibraryInfo.$Properties} message LibraryInfo message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        LibraryInfo.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.language != null && $Object.hasOwnProperty.call(message, "language") && message.language !== 0)
                                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.language);
                            if (message.exporterVersion != null && $Object.hasOwnProperty.call(message, "exporterVersion") && message.exporterVersion !== "")
                                writer.uint32(/* id 2, wireType 2 =*/18).string(message.exporterVersion);
                            if (message.coreLibraryVersion != null && $Object.hasOwnProperty.call(message, "coreLibraryVersion") && message.coreLibraryVersion !== "")
                                writer.uint32(/* id 3, wireType 2 =*/26).string(message.coreLibraryVersion);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes a LibraryInfo message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.agent.common.v1.LibraryInfo
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.common.v1.LibraryInfo & opencensus.proto.agent.common.v1.LibraryInfo.$Shape} LibraryInfo
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        LibraryInfo.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.agent.common.v1.LibraryInfo();
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
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.int32())
                                            message.language = value;
                                        else
                                            delete message.language;
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 2)
                                            break;
                                        if ((value = reader.stringVerify()).length)
                                            message.exporterVersion = value;
                                        else
                                            delete message.exporterVersion;
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 2)
                                            break;
                                        if ((value = reader.stringVerify()).length)
                                            message.coreLibraryVersion = value;
                                        else
                                            delete message.coreLibraryVersion;
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
                         * Gets the type url for LibraryInfo
                         * @function getTypeUrl
                         * @memberof opencensus.proto.agent.common.v1.LibraryInfo
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        LibraryInfo.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.agent.common.v1.LibraryInfo";
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
                            const valuesById = $Object.create(null), values = $Object.create(valuesById);
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
                         * @typedef {Object} opencensus.proto.agent.common.v1.ServiceInfo.$Properties
                         * @property {string|null} [name] ServiceInfo name
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a ServiceInfo.
                         * @memberof opencensus.proto.agent.common.v1
                         * @interface IServiceInfo
                         * @augments opencensus.proto.agent.common.v1.ServiceInfo.$Properties
                         * @deprecated Use opencensus.proto.agent.common.v1.ServiceInfo.$Properties instead.
                         */

                        /**
                         * Shape of a ServiceInfo.
                         * @typedef {opencensus.proto.agent.common.v1.ServiceInfo.$Properties} opencensus.proto.agent.common.v1.ServiceInfo.$Shape
                         */

                        /**
                         * Constructs a new ServiceInfo.
                         * @memberof opencensus.proto.agent.common.v1
                         * @classdesc Represents a ServiceInfo.
                         * @constructor
                         * @param {opencensus.proto.agent.common.v1.ServiceInfo.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ServiceInfo = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

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
                         * @param {opencensus.proto.agent.common.v1.ServiceInfo.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.agent.common.v1.ServiceInfo} ServiceInfo instance
                         * @type {{
                         *   (properties: opencensus.proto.agent.common.v1.ServiceInfo.$Shape): opencensus.proto.agent.common.v1.ServiceInfo & opencensus.proto.agent.common.v1.ServiceInfo.$Shape;
                         *   (properties?: opencensus.proto.agent.common.v1.ServiceInfo.$Properties): opencensus.proto.agent.common.v1.ServiceInfo;
                         * }}
                         */
                        ServiceInfo.create = function(properties) {
                            return new ServiceInfo(properties);
                        };

                        /**
                         * Encodes the specified ServiceInfo message. Does not implicitly {@link opencensus.proto.agent.common.v1.ServiceInfo.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.agent.common.v1.ServiceInfo
                         * @static
                         * @param {opencensus.proto.agent.common.v1.ServiceInfo.$Properties} message ServiceInfo message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ServiceInfo.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes a ServiceInfo message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.agent.common.v1.ServiceInfo
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.agent.common.v1.ServiceInfo & opencensus.proto.agent.common.v1.ServiceInfo.$Shape} ServiceInfo
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ServiceInfo.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.agent.common.v1.ServiceInfo();
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
                                            message.name = value;
                                        else
                                            delete message.name;
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
                         * Gets the type url for ServiceInfo
                         * @function getTypeUrl
                         * @memberof opencensus.proto.agent.common.v1.ServiceInfo
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ServiceInfo.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.agent.common.v1.ServiceInfo";
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
                     * @typedef {Object} opencensus.proto.resource.v1.Resource.$Properties
                     * @property {string|null} [type] Resource type
                     * @property {Object.<string,string>|null} [labels] Resource labels
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Resource.
                     * @memberof opencensus.proto.resource.v1
                     * @interface IResource
                     * @augments opencensus.proto.resource.v1.Resource.$Properties
                     * @deprecated Use opencensus.proto.resource.v1.Resource.$Properties instead.
                     */

                    /**
                     * Shape of a Resource.
                     * @typedef {opencensus.proto.resource.v1.Resource.$Properties} opencensus.proto.resource.v1.Resource.$Shape
                     */

                    /**
                     * Constructs a new Resource.
                     * @memberof opencensus.proto.resource.v1
                     * @classdesc Represents a Resource.
                     * @constructor
                     * @param {opencensus.proto.resource.v1.Resource.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Resource = function (properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @param {opencensus.proto.resource.v1.Resource.$Properties=} [properties] Properties to set
                     * @returns {opencensus.proto.resource.v1.Resource} Resource instance
                     * @type {{
                     *   (properties: opencensus.proto.resource.v1.Resource.$Shape): opencensus.proto.resource.v1.Resource & opencensus.proto.resource.v1.Resource.$Shape;
                     *   (properties?: opencensus.proto.resource.v1.Resource.$Properties): opencensus.proto.resource.v1.Resource;
                     * }}
                     */
                    Resource.create = function(properties) {
                        return new Resource(properties);
                    };

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link opencensus.proto.resource.v1.Resource.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.resource.v1.Resource
                     * @static
                     * @param {opencensus.proto.resource.v1.Resource.$Properties} message Resource message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Resource.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.resource.v1.Resource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.resource.v1.Resource & opencensus.proto.resource.v1.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Resource.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opencensus.proto.resource.v1.Resource();
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
                                        message.type = value;
                                    else
                                        delete message.type;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
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
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
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
                     * Gets the type url for Resource
                     * @function getTypeUrl
                     * @memberof opencensus.proto.resource.v1.Resource
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Resource.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opencensus.proto.resource.v1.Resource";
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
                     * @typedef {Object} opencensus.proto.trace.v1.Span.$Properties
                     * @property {Uint8Array|null} [traceId] Span traceId
                     * @property {Uint8Array|null} [spanId] Span spanId
                     * @property {opencensus.proto.trace.v1.Span.Tracestate.$Properties|null} [tracestate] Span tracestate
                     * @property {Uint8Array|null} [parentSpanId] Span parentSpanId
                     * @property {opencensus.proto.trace.v1.TruncatableString.$Properties|null} [name] Span name
                     * @property {opencensus.proto.trace.v1.Span.SpanKind|null} [kind] Span kind
                     * @property {google.protobuf.Timestamp.$Properties|null} [startTime] Span startTime
                     * @property {google.protobuf.Timestamp.$Properties|null} [endTime] Span endTime
                     * @property {opencensus.proto.trace.v1.Span.Attributes.$Properties|null} [attributes] Span attributes
                     * @property {opencensus.proto.trace.v1.StackTrace.$Properties|null} [stackTrace] Span stackTrace
                     * @property {opencensus.proto.trace.v1.Span.TimeEvents.$Properties|null} [timeEvents] Span timeEvents
                     * @property {opencensus.proto.trace.v1.Span.Links.$Properties|null} [links] Span links
                     * @property {opencensus.proto.trace.v1.Status.$Properties|null} [status] Span status
                     * @property {opencensus.proto.resource.v1.Resource.$Properties|null} [resource] Span resource
                     * @property {google.protobuf.BoolValue.$Properties|null} [sameProcessAsParentSpan] Span sameProcessAsParentSpan
                     * @property {google.protobuf.UInt32Value.$Properties|null} [childSpanCount] Span childSpanCount
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Span.
                     * @memberof opencensus.proto.trace.v1
                     * @interface ISpan
                     * @augments opencensus.proto.trace.v1.Span.$Properties
                     * @deprecated Use opencensus.proto.trace.v1.Span.$Properties instead.
                     */

                    /**
                     * Shape of a Span.
                     * @typedef {{
                     *   traceId?: Uint8Array|null;
                     *   spanId?: Uint8Array|null;
                     *   tracestate?: opencensus.proto.trace.v1.Span.Tracestate.$Shape|null;
                     *   parentSpanId?: Uint8Array|null;
                     *   name?: opencensus.proto.trace.v1.TruncatableString.$Shape|null;
                     *   kind?: opencensus.proto.trace.v1.Span.SpanKind|null;
                     *   startTime?: google.protobuf.Timestamp.$Shape|null;
                     *   endTime?: google.protobuf.Timestamp.$Shape|null;
                     *   attributes?: opencensus.proto.trace.v1.Span.Attributes.$Shape|null;
                     *   stackTrace?: opencensus.proto.trace.v1.StackTrace.$Shape|null;
                     *   timeEvents?: opencensus.proto.trace.v1.Span.TimeEvents.$Shape|null;
                     *   links?: opencensus.proto.trace.v1.Span.Links.$Shape|null;
                     *   status?: opencensus.proto.trace.v1.Status.$Shape|null;
                     *   resource?: opencensus.proto.resource.v1.Resource.$Shape|null;
                     *   sameProcessAsParentSpan?: google.protobuf.BoolValue.$Shape|null;
                     *   childSpanCount?: google.protobuf.UInt32Value.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opencensus.proto.trace.v1.Span.$Shape
                     */

                    /**
                     * Constructs a new Span.
                     * @memberof opencensus.proto.trace.v1
                     * @classdesc Represents a Span.
                     * @constructor
                     * @param {opencensus.proto.trace.v1.Span.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Span = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @member {opencensus.proto.trace.v1.Span.Tracestate.$Properties|null|undefined} tracestate
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
                     * @member {opencensus.proto.trace.v1.TruncatableString.$Properties|null|undefined} name
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
                     * @member {google.protobuf.Timestamp.$Properties|null|undefined} startTime
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.startTime = null;

                    /**
                     * Span endTime.
                     * @member {google.protobuf.Timestamp.$Properties|null|undefined} endTime
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.endTime = null;

                    /**
                     * Span attributes.
                     * @member {opencensus.proto.trace.v1.Span.Attributes.$Properties|null|undefined} attributes
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.attributes = null;

                    /**
                     * Span stackTrace.
                     * @member {opencensus.proto.trace.v1.StackTrace.$Properties|null|undefined} stackTrace
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.stackTrace = null;

                    /**
                     * Span timeEvents.
                     * @member {opencensus.proto.trace.v1.Span.TimeEvents.$Properties|null|undefined} timeEvents
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.timeEvents = null;

                    /**
                     * Span links.
                     * @member {opencensus.proto.trace.v1.Span.Links.$Properties|null|undefined} links
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.links = null;

                    /**
                     * Span status.
                     * @member {opencensus.proto.trace.v1.Status.$Properties|null|undefined} status
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.status = null;

                    /**
                     * Span resource.
                     * @member {opencensus.proto.resource.v1.Resource.$Properties|null|undefined} resource
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.resource = null;

                    /**
                     * Span sameProcessAsParentSpan.
                     * @member {google.protobuf.BoolValue.$Properties|null|undefined} sameProcessAsParentSpan
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.sameProcessAsParentSpan = null;

                    /**
                     * Span childSpanCount.
                     * @member {google.protobuf.UInt32Value.$Properties|null|undefined} childSpanCount
                     * @memberof opencensus.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.childSpanCount = null;

                    /**
                     * Creates a new Span instance using the specified properties.
                     * @function create
                     * @memberof opencensus.proto.trace.v1.Span
                     * @static
                     * @param {opencensus.proto.trace.v1.Span.$Properties=} [properties] Properties to set
                     * @returns {opencensus.proto.trace.v1.Span} Span instance
                     * @type {{
                     *   (properties: opencensus.proto.trace.v1.Span.$Shape): opencensus.proto.trace.v1.Span & opencensus.proto.trace.v1.Span.$Shape;
                     *   (properties?: opencensus.proto.trace.v1.Span.$Properties): opencensus.proto.trace.v1.Span;
                     * }}
                     */
                    Span.create = function(properties) {
                        return new Span(properties);
                    };

                    /**
                     * Encodes the specified Span message. Does not implicitly {@link opencensus.proto.trace.v1.Span.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.trace.v1.Span
                     * @static
                     * @param {opencensus.proto.trace.v1.Span.$Properties} message Span message or plain object to encode
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
                        if (message.spanId != null && $Object.hasOwnProperty.call(message, "spanId") && message.spanId.length)
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.spanId);
                        if (message.parentSpanId != null && $Object.hasOwnProperty.call(message, "parentSpanId") && message.parentSpanId.length)
                            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.parentSpanId);
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            $root.opencensus.proto.trace.v1.TruncatableString.encode(message.name, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                        if (message.startTime != null && $Object.hasOwnProperty.call(message, "startTime"))
                            $root.google.protobuf.Timestamp.encode(message.startTime, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                        if (message.endTime != null && $Object.hasOwnProperty.call(message, "endTime"))
                            $root.google.protobuf.Timestamp.encode(message.endTime, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                        if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                            $root.opencensus.proto.trace.v1.Span.Attributes.encode(message.attributes, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                        if (message.stackTrace != null && $Object.hasOwnProperty.call(message, "stackTrace"))
                            $root.opencensus.proto.trace.v1.StackTrace.encode(message.stackTrace, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                        if (message.timeEvents != null && $Object.hasOwnProperty.call(message, "timeEvents"))
                            $root.opencensus.proto.trace.v1.Span.TimeEvents.encode(message.timeEvents, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                        if (message.links != null && $Object.hasOwnProperty.call(message, "links"))
                            $root.opencensus.proto.trace.v1.Span.Links.encode(message.links, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                        if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                            $root.opencensus.proto.trace.v1.Status.encode(message.status, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                        if (message.sameProcessAsParentSpan != null && $Object.hasOwnProperty.call(message, "sameProcessAsParentSpan"))
                            $root.google.protobuf.BoolValue.encode(message.sameProcessAsParentSpan, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                        if (message.childSpanCount != null && $Object.hasOwnProperty.call(message, "childSpanCount"))
                            $root.google.protobuf.UInt32Value.encode(message.childSpanCount, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                            writer.uint32(/* id 14, wireType 0 =*/112).int32(message.kind);
                        if (message.tracestate != null && $Object.hasOwnProperty.call(message, "tracestate"))
                            $root.opencensus.proto.trace.v1.Span.Tracestate.encode(message.tracestate, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                        if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                            $root.opencensus.proto.resource.v1.Resource.encode(message.resource, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Span message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.trace.v1.Span
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.Span & opencensus.proto.trace.v1.Span.$Shape} Span
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
                        message = _target || new $root.opencensus.proto.trace.v1.Span();
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
                                        message.spanId = value;
                                    else
                                        delete message.spanId;
                                    continue;
                                }
                            case 15: {
                                    if (wireType !== 2)
                                        break;
                                    message.tracestate = $root.opencensus.proto.trace.v1.Span.Tracestate.decode(reader, reader.size(), $undefined, _depth + 1, message.tracestate);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.parentSpanId = value;
                                    else
                                        delete message.parentSpanId;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.name = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.size(), $undefined, _depth + 1, message.name);
                                    continue;
                                }
                            case 14: {
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
                                    message.startTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.startTime);
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    message.endTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.endTime);
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    message.attributes = $root.opencensus.proto.trace.v1.Span.Attributes.decode(reader, reader.size(), $undefined, _depth + 1, message.attributes);
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    message.stackTrace = $root.opencensus.proto.trace.v1.StackTrace.decode(reader, reader.size(), $undefined, _depth + 1, message.stackTrace);
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 2)
                                        break;
                                    message.timeEvents = $root.opencensus.proto.trace.v1.Span.TimeEvents.decode(reader, reader.size(), $undefined, _depth + 1, message.timeEvents);
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 2)
                                        break;
                                    message.links = $root.opencensus.proto.trace.v1.Span.Links.decode(reader, reader.size(), $undefined, _depth + 1, message.links);
                                    continue;
                                }
                            case 11: {
                                    if (wireType !== 2)
                                        break;
                                    message.status = $root.opencensus.proto.trace.v1.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                                    continue;
                                }
                            case 16: {
                                    if (wireType !== 2)
                                        break;
                                    message.resource = $root.opencensus.proto.resource.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1, message.resource);
                                    continue;
                                }
                            case 12: {
                                    if (wireType !== 2)
                                        break;
                                    message.sameProcessAsParentSpan = $root.google.protobuf.BoolValue.decode(reader, reader.size(), $undefined, _depth + 1, message.sameProcessAsParentSpan);
                                    continue;
                                }
                            case 13: {
                                    if (wireType !== 2)
                                        break;
                                    message.childSpanCount = $root.google.protobuf.UInt32Value.decode(reader, reader.size(), $undefined, _depth + 1, message.childSpanCount);
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
                     * @memberof opencensus.proto.trace.v1.Span
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Span.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opencensus.proto.trace.v1.Span";
                    };

                    Span.Tracestate = (function() {

                        /**
                         * Properties of a Tracestate.
                         * @typedef {Object} opencensus.proto.trace.v1.Span.Tracestate.$Properties
                         * @property {Array.<opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties>|null} [entries] Tracestate entries
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Tracestate.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @interface ITracestate
                         * @augments opencensus.proto.trace.v1.Span.Tracestate.$Properties
                         * @deprecated Use opencensus.proto.trace.v1.Span.Tracestate.$Properties instead.
                         */

                        /**
                         * Shape of a Tracestate.
                         * @typedef {opencensus.proto.trace.v1.Span.Tracestate.$Properties} opencensus.proto.trace.v1.Span.Tracestate.$Shape
                         */

                        /**
                         * Constructs a new Tracestate.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @classdesc Represents a Tracestate.
                         * @constructor
                         * @param {opencensus.proto.trace.v1.Span.Tracestate.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Tracestate = function (properties) {
                            this.entries = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Tracestate entries.
                         * @member {Array.<opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties>} entries
                         * @memberof opencensus.proto.trace.v1.Span.Tracestate
                         * @instance
                         */
                        Tracestate.prototype.entries = $util.emptyArray;

                        /**
                         * Creates a new Tracestate instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.trace.v1.Span.Tracestate
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.Tracestate.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.Span.Tracestate} Tracestate instance
                         * @type {{
                         *   (properties: opencensus.proto.trace.v1.Span.Tracestate.$Shape): opencensus.proto.trace.v1.Span.Tracestate & opencensus.proto.trace.v1.Span.Tracestate.$Shape;
                         *   (properties?: opencensus.proto.trace.v1.Span.Tracestate.$Properties): opencensus.proto.trace.v1.Span.Tracestate;
                         * }}
                         */
                        Tracestate.create = function(properties) {
                            return new Tracestate(properties);
                        };

                        /**
                         * Encodes the specified Tracestate message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Tracestate.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.Span.Tracestate
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.Tracestate.$Properties} message Tracestate message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Tracestate.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.entries != null && message.entries.length)
                                for (let i = 0; i < message.entries.length; ++i)
                                    $root.opencensus.proto.trace.v1.Span.Tracestate.Entry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes a Tracestate message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.Span.Tracestate
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.Tracestate & opencensus.proto.trace.v1.Span.Tracestate.$Shape} Tracestate
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Tracestate.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.trace.v1.Span.Tracestate();
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
                                        if (!(message.entries && message.entries.length))
                                            message.entries = [];
                                        message.entries.push($root.opencensus.proto.trace.v1.Span.Tracestate.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
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
                         * Gets the type url for Tracestate
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.Span.Tracestate
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Tracestate.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.trace.v1.Span.Tracestate";
                        };

                        Tracestate.Entry = (function() {

                            /**
                             * Properties of an Entry.
                             * @typedef {Object} opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties
                             * @property {string|null} [key] Entry key
                             * @property {string|null} [value] Entry value
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */

                            /**
                             * Properties of an Entry.
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate
                             * @interface IEntry
                             * @augments opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties
                             * @deprecated Use opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties instead.
                             */

                            /**
                             * Shape of an Entry.
                             * @typedef {opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties} opencensus.proto.trace.v1.Span.Tracestate.Entry.$Shape
                             */

                            /**
                             * Constructs a new Entry.
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate
                             * @classdesc Represents an Entry.
                             * @constructor
                             * @param {opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties=} [properties] Properties to set
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */
                            const Entry = function (properties) {
                                if (properties)
                                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                            this[keys[i]] = properties[keys[i]];
                            };

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
                             * @param {opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties=} [properties] Properties to set
                             * @returns {opencensus.proto.trace.v1.Span.Tracestate.Entry} Entry instance
                             * @type {{
                             *   (properties: opencensus.proto.trace.v1.Span.Tracestate.Entry.$Shape): opencensus.proto.trace.v1.Span.Tracestate.Entry & opencensus.proto.trace.v1.Span.Tracestate.Entry.$Shape;
                             *   (properties?: opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties): opencensus.proto.trace.v1.Span.Tracestate.Entry;
                             * }}
                             */
                            Entry.create = function(properties) {
                                return new Entry(properties);
                            };

                            /**
                             * Encodes the specified Entry message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Tracestate.Entry.verify|verify} messages.
                             * @function encode
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate.Entry
                             * @static
                             * @param {opencensus.proto.trace.v1.Span.Tracestate.Entry.$Properties} message Entry message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            Entry.encode = function (message, writer, _depth) {
                                if (!writer)
                                    writer = $Writer.create();
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                    for (let i = 0; i < message.$unknowns.length; ++i)
                                        writer.raw(message.$unknowns[i]);
                                return writer;
                            };

                            /**
                             * Decodes an Entry message from the specified reader or buffer.
                             * @function decode
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate.Entry
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @param {number} [length] Message length if known beforehand
                             * @returns {opencensus.proto.trace.v1.Span.Tracestate.Entry & opencensus.proto.trace.v1.Span.Tracestate.Entry.$Shape} Entry
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            Entry.decode = function (reader, length, _end, _depth, _target) {
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
                                message = _target || new $root.opencensus.proto.trace.v1.Span.Tracestate.Entry();
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
                                                message.key = value;
                                            else
                                                delete message.key;
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
                             * Gets the type url for Entry
                             * @function getTypeUrl
                             * @memberof opencensus.proto.trace.v1.Span.Tracestate.Entry
                             * @static
                             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                             * @returns {string} The type url
                             */
                            Entry.getTypeUrl = function(prefix) {
                                if (prefix === $undefined)
                                    prefix = "type.googleapis.com";
                                return prefix + "/opencensus.proto.trace.v1.Span.Tracestate.Entry";
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
                        const valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "SPAN_KIND_UNSPECIFIED"] = 0;
                        values[valuesById[1] = "SERVER"] = 1;
                        values[valuesById[2] = "CLIENT"] = 2;
                        return values;
                    })();

                    Span.Attributes = (function() {

                        /**
                         * Properties of an Attributes.
                         * @typedef {Object} opencensus.proto.trace.v1.Span.Attributes.$Properties
                         * @property {Object.<string,opencensus.proto.trace.v1.AttributeValue.$Properties>|null} [attributeMap] Attributes attributeMap
                         * @property {number|null} [droppedAttributesCount] Attributes droppedAttributesCount
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an Attributes.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @interface IAttributes
                         * @augments opencensus.proto.trace.v1.Span.Attributes.$Properties
                         * @deprecated Use opencensus.proto.trace.v1.Span.Attributes.$Properties instead.
                         */

                        /**
                         * Shape of an Attributes.
                         * @typedef {{
                         *   attributeMap?: Object.<string,opencensus.proto.trace.v1.AttributeValue.$Shape>|null;
                         *   droppedAttributesCount?: number|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opencensus.proto.trace.v1.Span.Attributes.$Shape
                         */

                        /**
                         * Constructs a new Attributes.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @classdesc Represents an Attributes.
                         * @constructor
                         * @param {opencensus.proto.trace.v1.Span.Attributes.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Attributes = function (properties) {
                            this.attributeMap = {};
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Attributes attributeMap.
                         * @member {Object.<string,opencensus.proto.trace.v1.AttributeValue.$Properties>} attributeMap
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
                         * @param {opencensus.proto.trace.v1.Span.Attributes.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.Span.Attributes} Attributes instance
                         * @type {{
                         *   (properties: opencensus.proto.trace.v1.Span.Attributes.$Shape): opencensus.proto.trace.v1.Span.Attributes & opencensus.proto.trace.v1.Span.Attributes.$Shape;
                         *   (properties?: opencensus.proto.trace.v1.Span.Attributes.$Properties): opencensus.proto.trace.v1.Span.Attributes;
                         * }}
                         */
                        Attributes.create = function(properties) {
                            return new Attributes(properties);
                        };

                        /**
                         * Encodes the specified Attributes message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Attributes.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.Span.Attributes
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.Attributes.$Properties} message Attributes message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Attributes.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.attributeMap != null && $Object.hasOwnProperty.call(message, "attributeMap"))
                                for (let keys = $Object.keys(message.attributeMap), i = 0; i < keys.length; ++i) {
                                    writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                                    $root.opencensus.proto.trace.v1.AttributeValue.encode(message.attributeMap[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                                }
                            if (message.droppedAttributesCount != null && $Object.hasOwnProperty.call(message, "droppedAttributesCount") && message.droppedAttributesCount !== 0)
                                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.droppedAttributesCount);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes an Attributes message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.Span.Attributes
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.Attributes & opencensus.proto.trace.v1.Span.Attributes.$Shape} Attributes
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Attributes.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.trace.v1.Span.Attributes();
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
                                        if (message.attributeMap === $util.emptyObject)
                                            message.attributeMap = {};
                                        let end2 = reader.size() + reader.pos;
                                        if (end2 > reader.len)
                                            throw $RangeError("index out of range");
                                        reader.len = end2;
                                        key = "";
                                        value = null;
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
                                                value = $root.opencensus.proto.trace.v1.AttributeValue.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                                continue;
                                            }
                                            reader.skipType(wireType, _depth, tag2);
                                        }
                                        if (reader.pos !== end2)
                                            throw $RangeError("index out of range");
                                        reader.len = end;
                                        if (key === "__proto__")
                                            $util.makeProp(message.attributeMap, key);
                                        message.attributeMap[key] = value || new $root.opencensus.proto.trace.v1.AttributeValue();
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.int32())
                                            message.droppedAttributesCount = value;
                                        else
                                            delete message.droppedAttributesCount;
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
                         * Gets the type url for Attributes
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.Span.Attributes
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Attributes.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.trace.v1.Span.Attributes";
                        };

                        return Attributes;
                    })();

                    Span.TimeEvent = (function() {

                        /**
                         * Properties of a TimeEvent.
                         * @typedef {Object} opencensus.proto.trace.v1.Span.TimeEvent.$Properties
                         * @property {google.protobuf.Timestamp.$Properties|null} [time] TimeEvent time
                         * @property {opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties|null} [annotation] TimeEvent annotation
                         * @property {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties|null} [messageEvent] TimeEvent messageEvent
                         * @property {"annotation"|"messageEvent"} [value] TimeEvent value
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a TimeEvent.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @interface ITimeEvent
                         * @augments opencensus.proto.trace.v1.Span.TimeEvent.$Properties
                         * @deprecated Use opencensus.proto.trace.v1.Span.TimeEvent.$Properties instead.
                         */

                        /**
                         * Narrowed shape of a TimeEvent.
                         * @typedef {{
                         *   time?: google.protobuf.Timestamp.$Shape|null;
                         *   annotation?: opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Shape|null;
                         *   messageEvent?: opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Shape|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * } & (
                         *   ({ value?: undefined; annotation?: null; messageEvent?: null }|{ value?: "annotation"; annotation: opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Shape; messageEvent?: null }|{ value?: "messageEvent"; annotation?: null; messageEvent: opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Shape })
                         * )} opencensus.proto.trace.v1.Span.TimeEvent.$Shape
                         */

                        /**
                         * Constructs a new TimeEvent.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @classdesc Represents a TimeEvent.
                         * @constructor
                         * @param {opencensus.proto.trace.v1.Span.TimeEvent.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const TimeEvent = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * TimeEvent time.
                         * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @instance
                         */
                        TimeEvent.prototype.time = null;

                        /**
                         * TimeEvent annotation.
                         * @member {opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties|null|undefined} annotation
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @instance
                         */
                        TimeEvent.prototype.annotation = null;

                        /**
                         * TimeEvent messageEvent.
                         * @member {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties|null|undefined} messageEvent
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
                        $Object.defineProperty(TimeEvent.prototype, "value", {
                            get: $util.oneOfGetter($oneOfFields = ["annotation", "messageEvent"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        /**
                         * Creates a new TimeEvent instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.TimeEvent.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.Span.TimeEvent} TimeEvent instance
                         * @type {{
                         *   (properties: opencensus.proto.trace.v1.Span.TimeEvent.$Shape): opencensus.proto.trace.v1.Span.TimeEvent & opencensus.proto.trace.v1.Span.TimeEvent.$Shape;
                         *   (properties?: opencensus.proto.trace.v1.Span.TimeEvent.$Properties): opencensus.proto.trace.v1.Span.TimeEvent;
                         * }}
                         */
                        TimeEvent.create = function(properties) {
                            return new TimeEvent(properties);
                        };

                        /**
                         * Encodes the specified TimeEvent message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvent.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.TimeEvent.$Properties} message TimeEvent message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        TimeEvent.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                                $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.annotation != null && $Object.hasOwnProperty.call(message, "annotation"))
                                $root.opencensus.proto.trace.v1.Span.TimeEvent.Annotation.encode(message.annotation, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                            if (message.messageEvent != null && $Object.hasOwnProperty.call(message, "messageEvent"))
                                $root.opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.encode(message.messageEvent, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes a TimeEvent message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.TimeEvent & opencensus.proto.trace.v1.Span.TimeEvent.$Shape} TimeEvent
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        TimeEvent.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.trace.v1.Span.TimeEvent();
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
                                        message.time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.time);
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 2)
                                            break;
                                        message.annotation = $root.opencensus.proto.trace.v1.Span.TimeEvent.Annotation.decode(reader, reader.size(), $undefined, _depth + 1, message.annotation);
                                        message.value = "annotation";
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 2)
                                            break;
                                        message.messageEvent = $root.opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.messageEvent);
                                        message.value = "messageEvent";
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
                         * Gets the type url for TimeEvent
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        TimeEvent.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.trace.v1.Span.TimeEvent";
                        };

                        TimeEvent.Annotation = (function() {

                            /**
                             * Properties of an Annotation.
                             * @typedef {Object} opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties
                             * @property {opencensus.proto.trace.v1.TruncatableString.$Properties|null} [description] Annotation description
                             * @property {opencensus.proto.trace.v1.Span.Attributes.$Properties|null} [attributes] Annotation attributes
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */

                            /**
                             * Properties of an Annotation.
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                             * @interface IAnnotation
                             * @augments opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties
                             * @deprecated Use opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties instead.
                             */

                            /**
                             * Shape of an Annotation.
                             * @typedef {{
                             *   description?: opencensus.proto.trace.v1.TruncatableString.$Shape|null;
                             *   attributes?: opencensus.proto.trace.v1.Span.Attributes.$Shape|null;
                             *   $unknowns?: Array.<Uint8Array>;
                             * }} opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Shape
                             */

                            /**
                             * Constructs a new Annotation.
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                             * @classdesc Represents an Annotation.
                             * @constructor
                             * @param {opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties=} [properties] Properties to set
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */
                            const Annotation = function (properties) {
                                if (properties)
                                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                            this[keys[i]] = properties[keys[i]];
                            };

                            /**
                             * Annotation description.
                             * @member {opencensus.proto.trace.v1.TruncatableString.$Properties|null|undefined} description
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.Annotation
                             * @instance
                             */
                            Annotation.prototype.description = null;

                            /**
                             * Annotation attributes.
                             * @member {opencensus.proto.trace.v1.Span.Attributes.$Properties|null|undefined} attributes
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.Annotation
                             * @instance
                             */
                            Annotation.prototype.attributes = null;

                            /**
                             * Creates a new Annotation instance using the specified properties.
                             * @function create
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.Annotation
                             * @static
                             * @param {opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties=} [properties] Properties to set
                             * @returns {opencensus.proto.trace.v1.Span.TimeEvent.Annotation} Annotation instance
                             * @type {{
                             *   (properties: opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Shape): opencensus.proto.trace.v1.Span.TimeEvent.Annotation & opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Shape;
                             *   (properties?: opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties): opencensus.proto.trace.v1.Span.TimeEvent.Annotation;
                             * }}
                             */
                            Annotation.create = function(properties) {
                                return new Annotation(properties);
                            };

                            /**
                             * Encodes the specified Annotation message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvent.Annotation.verify|verify} messages.
                             * @function encode
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.Annotation
                             * @static
                             * @param {opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Properties} message Annotation message or plain object to encode
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
                                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                                    $root.opencensus.proto.trace.v1.TruncatableString.encode(message.description, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                                    $root.opencensus.proto.trace.v1.Span.Attributes.encode(message.attributes, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                    for (let i = 0; i < message.$unknowns.length; ++i)
                                        writer.raw(message.$unknowns[i]);
                                return writer;
                            };

                            /**
                             * Decodes an Annotation message from the specified reader or buffer.
                             * @function decode
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.Annotation
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @param {number} [length] Message length if known beforehand
                             * @returns {opencensus.proto.trace.v1.Span.TimeEvent.Annotation & opencensus.proto.trace.v1.Span.TimeEvent.Annotation.$Shape} Annotation
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
                                message = _target || new $root.opencensus.proto.trace.v1.Span.TimeEvent.Annotation();
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
                                            message.description = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.size(), $undefined, _depth + 1, message.description);
                                            continue;
                                        }
                                    case 2: {
                                            if (wireType !== 2)
                                                break;
                                            message.attributes = $root.opencensus.proto.trace.v1.Span.Attributes.decode(reader, reader.size(), $undefined, _depth + 1, message.attributes);
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
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.Annotation
                             * @static
                             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                             * @returns {string} The type url
                             */
                            Annotation.getTypeUrl = function(prefix) {
                                if (prefix === $undefined)
                                    prefix = "type.googleapis.com";
                                return prefix + "/opencensus.proto.trace.v1.Span.TimeEvent.Annotation";
                            };

                            return Annotation;
                        })();

                        TimeEvent.MessageEvent = (function() {

                            /**
                             * Properties of a MessageEvent.
                             * @typedef {Object} opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties
                             * @property {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.Type|null} [type] MessageEvent type
                             * @property {number|Long|null} [id] MessageEvent id
                             * @property {number|Long|null} [uncompressedSize] MessageEvent uncompressedSize
                             * @property {number|Long|null} [compressedSize] MessageEvent compressedSize
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */

                            /**
                             * Properties of a MessageEvent.
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                             * @interface IMessageEvent
                             * @augments opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties
                             * @deprecated Use opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties instead.
                             */

                            /**
                             * Shape of a MessageEvent.
                             * @typedef {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties} opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Shape
                             */

                            /**
                             * Constructs a new MessageEvent.
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent
                             * @classdesc Represents a MessageEvent.
                             * @constructor
                             * @param {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties=} [properties] Properties to set
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */
                            const MessageEvent = function (properties) {
                                if (properties)
                                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                            this[keys[i]] = properties[keys[i]];
                            };

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
                             * @param {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties=} [properties] Properties to set
                             * @returns {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent} MessageEvent instance
                             * @type {{
                             *   (properties: opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Shape): opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent & opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Shape;
                             *   (properties?: opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties): opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent;
                             * }}
                             */
                            MessageEvent.create = function(properties) {
                                return new MessageEvent(properties);
                            };

                            /**
                             * Encodes the specified MessageEvent message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.verify|verify} messages.
                             * @function encode
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent
                             * @static
                             * @param {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Properties} message MessageEvent message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            MessageEvent.encode = function (message, writer, _depth) {
                                if (!writer)
                                    writer = $Writer.create();
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.id);
                                if (message.uncompressedSize != null && $Object.hasOwnProperty.call(message, "uncompressedSize") && (typeof message.uncompressedSize === "object" ? message.uncompressedSize.low || message.uncompressedSize.high : message.uncompressedSize !== 0))
                                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.uncompressedSize);
                                if (message.compressedSize != null && $Object.hasOwnProperty.call(message, "compressedSize") && (typeof message.compressedSize === "object" ? message.compressedSize.low || message.compressedSize.high : message.compressedSize !== 0))
                                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.compressedSize);
                                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                    for (let i = 0; i < message.$unknowns.length; ++i)
                                        writer.raw(message.$unknowns[i]);
                                return writer;
                            };

                            /**
                             * Decodes a MessageEvent message from the specified reader or buffer.
                             * @function decode
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @param {number} [length] Message length if known beforehand
                             * @returns {opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent & opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent.$Shape} MessageEvent
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            MessageEvent.decode = function (reader, length, _end, _depth, _target) {
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
                                message = _target || new $root.opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent();
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
                                            if (wireType !== 0)
                                                break;
                                            if (value = reader.int32())
                                                message.type = value;
                                            else
                                                delete message.type;
                                            continue;
                                        }
                                    case 2: {
                                            if (wireType !== 0)
                                                break;
                                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                                message.id = value;
                                            else
                                                delete message.id;
                                            continue;
                                        }
                                    case 3: {
                                            if (wireType !== 0)
                                                break;
                                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                                message.uncompressedSize = value;
                                            else
                                                delete message.uncompressedSize;
                                            continue;
                                        }
                                    case 4: {
                                            if (wireType !== 0)
                                                break;
                                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                                message.compressedSize = value;
                                            else
                                                delete message.compressedSize;
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
                             * Gets the type url for MessageEvent
                             * @function getTypeUrl
                             * @memberof opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent
                             * @static
                             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                             * @returns {string} The type url
                             */
                            MessageEvent.getTypeUrl = function(prefix) {
                                if (prefix === $undefined)
                                    prefix = "type.googleapis.com";
                                return prefix + "/opencensus.proto.trace.v1.Span.TimeEvent.MessageEvent";
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
                                const valuesById = $Object.create(null), values = $Object.create(valuesById);
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
                         * @typedef {Object} opencensus.proto.trace.v1.Span.TimeEvents.$Properties
                         * @property {Array.<opencensus.proto.trace.v1.Span.TimeEvent.$Properties>|null} [timeEvent] TimeEvents timeEvent
                         * @property {number|null} [droppedAnnotationsCount] TimeEvents droppedAnnotationsCount
                         * @property {number|null} [droppedMessageEventsCount] TimeEvents droppedMessageEventsCount
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a TimeEvents.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @interface ITimeEvents
                         * @augments opencensus.proto.trace.v1.Span.TimeEvents.$Properties
                         * @deprecated Use opencensus.proto.trace.v1.Span.TimeEvents.$Properties instead.
                         */

                        /**
                         * Shape of a TimeEvents.
                         * @typedef {{
                         *   timeEvent?: Array.<opencensus.proto.trace.v1.Span.TimeEvent.$Shape>|null;
                         *   droppedAnnotationsCount?: number|null;
                         *   droppedMessageEventsCount?: number|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opencensus.proto.trace.v1.Span.TimeEvents.$Shape
                         */

                        /**
                         * Constructs a new TimeEvents.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @classdesc Represents a TimeEvents.
                         * @constructor
                         * @param {opencensus.proto.trace.v1.Span.TimeEvents.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const TimeEvents = function (properties) {
                            this.timeEvent = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * TimeEvents timeEvent.
                         * @member {Array.<opencensus.proto.trace.v1.Span.TimeEvent.$Properties>} timeEvent
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
                         * @param {opencensus.proto.trace.v1.Span.TimeEvents.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.Span.TimeEvents} TimeEvents instance
                         * @type {{
                         *   (properties: opencensus.proto.trace.v1.Span.TimeEvents.$Shape): opencensus.proto.trace.v1.Span.TimeEvents & opencensus.proto.trace.v1.Span.TimeEvents.$Shape;
                         *   (properties?: opencensus.proto.trace.v1.Span.TimeEvents.$Properties): opencensus.proto.trace.v1.Span.TimeEvents;
                         * }}
                         */
                        TimeEvents.create = function(properties) {
                            return new TimeEvents(properties);
                        };

                        /**
                         * Encodes the specified TimeEvents message. Does not implicitly {@link opencensus.proto.trace.v1.Span.TimeEvents.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvents
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.TimeEvents.$Properties} message TimeEvents message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        TimeEvents.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.timeEvent != null && message.timeEvent.length)
                                for (let i = 0; i < message.timeEvent.length; ++i)
                                    $root.opencensus.proto.trace.v1.Span.TimeEvent.encode(message.timeEvent[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.droppedAnnotationsCount != null && $Object.hasOwnProperty.call(message, "droppedAnnotationsCount") && message.droppedAnnotationsCount !== 0)
                                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.droppedAnnotationsCount);
                            if (message.droppedMessageEventsCount != null && $Object.hasOwnProperty.call(message, "droppedMessageEventsCount") && message.droppedMessageEventsCount !== 0)
                                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.droppedMessageEventsCount);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes a TimeEvents message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvents
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.TimeEvents & opencensus.proto.trace.v1.Span.TimeEvents.$Shape} TimeEvents
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        TimeEvents.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.trace.v1.Span.TimeEvents();
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
                                        if (!(message.timeEvent && message.timeEvent.length))
                                            message.timeEvent = [];
                                        message.timeEvent.push($root.opencensus.proto.trace.v1.Span.TimeEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.int32())
                                            message.droppedAnnotationsCount = value;
                                        else
                                            delete message.droppedAnnotationsCount;
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.int32())
                                            message.droppedMessageEventsCount = value;
                                        else
                                            delete message.droppedMessageEventsCount;
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
                         * Gets the type url for TimeEvents
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.Span.TimeEvents
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        TimeEvents.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.trace.v1.Span.TimeEvents";
                        };

                        return TimeEvents;
                    })();

                    Span.Link = (function() {

                        /**
                         * Properties of a Link.
                         * @typedef {Object} opencensus.proto.trace.v1.Span.Link.$Properties
                         * @property {Uint8Array|null} [traceId] Link traceId
                         * @property {Uint8Array|null} [spanId] Link spanId
                         * @property {opencensus.proto.trace.v1.Span.Link.Type|null} [type] Link type
                         * @property {opencensus.proto.trace.v1.Span.Attributes.$Properties|null} [attributes] Link attributes
                         * @property {opencensus.proto.trace.v1.Span.Tracestate.$Properties|null} [tracestate] Link tracestate
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Link.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @interface ILink
                         * @augments opencensus.proto.trace.v1.Span.Link.$Properties
                         * @deprecated Use opencensus.proto.trace.v1.Span.Link.$Properties instead.
                         */

                        /**
                         * Shape of a Link.
                         * @typedef {{
                         *   traceId?: Uint8Array|null;
                         *   spanId?: Uint8Array|null;
                         *   type?: opencensus.proto.trace.v1.Span.Link.Type|null;
                         *   attributes?: opencensus.proto.trace.v1.Span.Attributes.$Shape|null;
                         *   tracestate?: opencensus.proto.trace.v1.Span.Tracestate.$Shape|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opencensus.proto.trace.v1.Span.Link.$Shape
                         */

                        /**
                         * Constructs a new Link.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @classdesc Represents a Link.
                         * @constructor
                         * @param {opencensus.proto.trace.v1.Span.Link.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Link = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

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
                         * @member {opencensus.proto.trace.v1.Span.Attributes.$Properties|null|undefined} attributes
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.attributes = null;

                        /**
                         * Link tracestate.
                         * @member {opencensus.proto.trace.v1.Span.Tracestate.$Properties|null|undefined} tracestate
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.tracestate = null;

                        /**
                         * Creates a new Link instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.Link.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.Span.Link} Link instance
                         * @type {{
                         *   (properties: opencensus.proto.trace.v1.Span.Link.$Shape): opencensus.proto.trace.v1.Span.Link & opencensus.proto.trace.v1.Span.Link.$Shape;
                         *   (properties?: opencensus.proto.trace.v1.Span.Link.$Properties): opencensus.proto.trace.v1.Span.Link;
                         * }}
                         */
                        Link.create = function(properties) {
                            return new Link(properties);
                        };

                        /**
                         * Encodes the specified Link message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Link.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.Link.$Properties} message Link message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Link.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.traceId != null && $Object.hasOwnProperty.call(message, "traceId") && message.traceId.length)
                                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.traceId);
                            if (message.spanId != null && $Object.hasOwnProperty.call(message, "spanId") && message.spanId.length)
                                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.spanId);
                            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
                            if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                                $root.opencensus.proto.trace.v1.Span.Attributes.encode(message.attributes, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                            if (message.tracestate != null && $Object.hasOwnProperty.call(message, "tracestate"))
                                $root.opencensus.proto.trace.v1.Span.Tracestate.encode(message.tracestate, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes a Link message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.Link & opencensus.proto.trace.v1.Span.Link.$Shape} Link
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Link.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.trace.v1.Span.Link();
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
                                            message.spanId = value;
                                        else
                                            delete message.spanId;
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.int32())
                                            message.type = value;
                                        else
                                            delete message.type;
                                        continue;
                                    }
                                case 4: {
                                        if (wireType !== 2)
                                            break;
                                        message.attributes = $root.opencensus.proto.trace.v1.Span.Attributes.decode(reader, reader.size(), $undefined, _depth + 1, message.attributes);
                                        continue;
                                    }
                                case 5: {
                                        if (wireType !== 2)
                                            break;
                                        message.tracestate = $root.opencensus.proto.trace.v1.Span.Tracestate.decode(reader, reader.size(), $undefined, _depth + 1, message.tracestate);
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
                         * Gets the type url for Link
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.Span.Link
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Link.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.trace.v1.Span.Link";
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
                            const valuesById = $Object.create(null), values = $Object.create(valuesById);
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
                         * @typedef {Object} opencensus.proto.trace.v1.Span.Links.$Properties
                         * @property {Array.<opencensus.proto.trace.v1.Span.Link.$Properties>|null} [link] Links link
                         * @property {number|null} [droppedLinksCount] Links droppedLinksCount
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Links.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @interface ILinks
                         * @augments opencensus.proto.trace.v1.Span.Links.$Properties
                         * @deprecated Use opencensus.proto.trace.v1.Span.Links.$Properties instead.
                         */

                        /**
                         * Shape of a Links.
                         * @typedef {{
                         *   link?: Array.<opencensus.proto.trace.v1.Span.Link.$Shape>|null;
                         *   droppedLinksCount?: number|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opencensus.proto.trace.v1.Span.Links.$Shape
                         */

                        /**
                         * Constructs a new Links.
                         * @memberof opencensus.proto.trace.v1.Span
                         * @classdesc Represents a Links.
                         * @constructor
                         * @param {opencensus.proto.trace.v1.Span.Links.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Links = function (properties) {
                            this.link = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Links link.
                         * @member {Array.<opencensus.proto.trace.v1.Span.Link.$Properties>} link
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
                         * @param {opencensus.proto.trace.v1.Span.Links.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.Span.Links} Links instance
                         * @type {{
                         *   (properties: opencensus.proto.trace.v1.Span.Links.$Shape): opencensus.proto.trace.v1.Span.Links & opencensus.proto.trace.v1.Span.Links.$Shape;
                         *   (properties?: opencensus.proto.trace.v1.Span.Links.$Properties): opencensus.proto.trace.v1.Span.Links;
                         * }}
                         */
                        Links.create = function(properties) {
                            return new Links(properties);
                        };

                        /**
                         * Encodes the specified Links message. Does not implicitly {@link opencensus.proto.trace.v1.Span.Links.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.Span.Links
                         * @static
                         * @param {opencensus.proto.trace.v1.Span.Links.$Properties} message Links message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Links.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.link != null && message.link.length)
                                for (let i = 0; i < message.link.length; ++i)
                                    $root.opencensus.proto.trace.v1.Span.Link.encode(message.link[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.droppedLinksCount != null && $Object.hasOwnProperty.call(message, "droppedLinksCount") && message.droppedLinksCount !== 0)
                                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.droppedLinksCount);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes a Links message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.Span.Links
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.Span.Links & opencensus.proto.trace.v1.Span.Links.$Shape} Links
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Links.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.trace.v1.Span.Links();
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
                                        if (!(message.link && message.link.length))
                                            message.link = [];
                                        message.link.push($root.opencensus.proto.trace.v1.Span.Link.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.int32())
                                            message.droppedLinksCount = value;
                                        else
                                            delete message.droppedLinksCount;
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
                         * Gets the type url for Links
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.Span.Links
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Links.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.trace.v1.Span.Links";
                        };

                        return Links;
                    })();

                    return Span;
                })();

                v1.Status = (function() {

                    /**
                     * Properties of a Status.
                     * @typedef {Object} opencensus.proto.trace.v1.Status.$Properties
                     * @property {number|null} [code] Status code
                     * @property {string|null} [message] Status message
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Status.
                     * @memberof opencensus.proto.trace.v1
                     * @interface IStatus
                     * @augments opencensus.proto.trace.v1.Status.$Properties
                     * @deprecated Use opencensus.proto.trace.v1.Status.$Properties instead.
                     */

                    /**
                     * Shape of a Status.
                     * @typedef {opencensus.proto.trace.v1.Status.$Properties} opencensus.proto.trace.v1.Status.$Shape
                     */

                    /**
                     * Constructs a new Status.
                     * @memberof opencensus.proto.trace.v1
                     * @classdesc Represents a Status.
                     * @constructor
                     * @param {opencensus.proto.trace.v1.Status.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Status = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @param {opencensus.proto.trace.v1.Status.$Properties=} [properties] Properties to set
                     * @returns {opencensus.proto.trace.v1.Status} Status instance
                     * @type {{
                     *   (properties: opencensus.proto.trace.v1.Status.$Shape): opencensus.proto.trace.v1.Status & opencensus.proto.trace.v1.Status.$Shape;
                     *   (properties?: opencensus.proto.trace.v1.Status.$Properties): opencensus.proto.trace.v1.Status;
                     * }}
                     */
                    Status.create = function(properties) {
                        return new Status(properties);
                    };

                    /**
                     * Encodes the specified Status message. Does not implicitly {@link opencensus.proto.trace.v1.Status.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.trace.v1.Status
                     * @static
                     * @param {opencensus.proto.trace.v1.Status.$Properties} message Status message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Status.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                        if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Status message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.trace.v1.Status
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.Status & opencensus.proto.trace.v1.Status.$Shape} Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Status.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opencensus.proto.trace.v1.Status();
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
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.code = value;
                                    else
                                        delete message.code;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.message = value;
                                    else
                                        delete message.message;
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
                     * Gets the type url for Status
                     * @function getTypeUrl
                     * @memberof opencensus.proto.trace.v1.Status
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Status.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opencensus.proto.trace.v1.Status";
                    };

                    return Status;
                })();

                v1.AttributeValue = (function() {

                    /**
                     * Properties of an AttributeValue.
                     * @typedef {Object} opencensus.proto.trace.v1.AttributeValue.$Properties
                     * @property {opencensus.proto.trace.v1.TruncatableString.$Properties|null} [stringValue] AttributeValue stringValue
                     * @property {number|Long|null} [intValue] AttributeValue intValue
                     * @property {boolean|null} [boolValue] AttributeValue boolValue
                     * @property {number|null} [doubleValue] AttributeValue doubleValue
                     * @property {"stringValue"|"intValue"|"boolValue"|"doubleValue"} [value] AttributeValue value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an AttributeValue.
                     * @memberof opencensus.proto.trace.v1
                     * @interface IAttributeValue
                     * @augments opencensus.proto.trace.v1.AttributeValue.$Properties
                     * @deprecated Use opencensus.proto.trace.v1.AttributeValue.$Properties instead.
                     */

                    /**
                     * Narrowed shape of an AttributeValue.
                     * @typedef {{
                     *   stringValue?: opencensus.proto.trace.v1.TruncatableString.$Shape|null;
                     *   intValue?: number|Long|null;
                     *   boolValue?: boolean|null;
                     *   doubleValue?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ value?: undefined; stringValue?: null; intValue?: null; boolValue?: null; doubleValue?: null }|{ value?: "stringValue"; stringValue: opencensus.proto.trace.v1.TruncatableString.$Shape; intValue?: null; boolValue?: null; doubleValue?: null }|{ value?: "intValue"; stringValue?: null; intValue: number|Long; boolValue?: null; doubleValue?: null }|{ value?: "boolValue"; stringValue?: null; intValue?: null; boolValue: boolean; doubleValue?: null }|{ value?: "doubleValue"; stringValue?: null; intValue?: null; boolValue?: null; doubleValue: number })
                     * )} opencensus.proto.trace.v1.AttributeValue.$Shape
                     */

                    /**
                     * Constructs a new AttributeValue.
                     * @memberof opencensus.proto.trace.v1
                     * @classdesc Represents an AttributeValue.
                     * @constructor
                     * @param {opencensus.proto.trace.v1.AttributeValue.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const AttributeValue = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * AttributeValue stringValue.
                     * @member {opencensus.proto.trace.v1.TruncatableString.$Properties|null|undefined} stringValue
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
                    $Object.defineProperty(AttributeValue.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["stringValue", "intValue", "boolValue", "doubleValue"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new AttributeValue instance using the specified properties.
                     * @function create
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @static
                     * @param {opencensus.proto.trace.v1.AttributeValue.$Properties=} [properties] Properties to set
                     * @returns {opencensus.proto.trace.v1.AttributeValue} AttributeValue instance
                     * @type {{
                     *   (properties: opencensus.proto.trace.v1.AttributeValue.$Shape): opencensus.proto.trace.v1.AttributeValue & opencensus.proto.trace.v1.AttributeValue.$Shape;
                     *   (properties?: opencensus.proto.trace.v1.AttributeValue.$Properties): opencensus.proto.trace.v1.AttributeValue;
                     * }}
                     */
                    AttributeValue.create = function(properties) {
                        return new AttributeValue(properties);
                    };

                    /**
                     * Encodes the specified AttributeValue message. Does not implicitly {@link opencensus.proto.trace.v1.AttributeValue.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @static
                     * @param {opencensus.proto.trace.v1.AttributeValue.$Properties} message AttributeValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    AttributeValue.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
                            $root.opencensus.proto.trace.v1.TruncatableString.encode(message.stringValue, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.intValue != null && $Object.hasOwnProperty.call(message, "intValue"))
                            writer.uint32(/* id 2, wireType 0 =*/16).int64(message.intValue);
                        if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
                            writer.uint32(/* id 3, wireType 0 =*/24).bool(message.boolValue);
                        if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue"))
                            writer.uint32(/* id 4, wireType 1 =*/33).double(message.doubleValue);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an AttributeValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.AttributeValue & opencensus.proto.trace.v1.AttributeValue.$Shape} AttributeValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    AttributeValue.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opencensus.proto.trace.v1.AttributeValue();
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
                                    message.stringValue = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.size(), $undefined, _depth + 1, message.stringValue);
                                    message.value = "stringValue";
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    message.intValue = reader.int64();
                                    message.value = "intValue";
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    message.boolValue = reader.bool();
                                    message.value = "boolValue";
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 1)
                                        break;
                                    message.doubleValue = reader.double();
                                    message.value = "doubleValue";
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
                     * Gets the type url for AttributeValue
                     * @function getTypeUrl
                     * @memberof opencensus.proto.trace.v1.AttributeValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    AttributeValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opencensus.proto.trace.v1.AttributeValue";
                    };

                    return AttributeValue;
                })();

                v1.StackTrace = (function() {

                    /**
                     * Properties of a StackTrace.
                     * @typedef {Object} opencensus.proto.trace.v1.StackTrace.$Properties
                     * @property {opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties|null} [stackFrames] StackTrace stackFrames
                     * @property {number|Long|null} [stackTraceHashId] StackTrace stackTraceHashId
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a StackTrace.
                     * @memberof opencensus.proto.trace.v1
                     * @interface IStackTrace
                     * @augments opencensus.proto.trace.v1.StackTrace.$Properties
                     * @deprecated Use opencensus.proto.trace.v1.StackTrace.$Properties instead.
                     */

                    /**
                     * Shape of a StackTrace.
                     * @typedef {opencensus.proto.trace.v1.StackTrace.$Properties} opencensus.proto.trace.v1.StackTrace.$Shape
                     */

                    /**
                     * Constructs a new StackTrace.
                     * @memberof opencensus.proto.trace.v1
                     * @classdesc Represents a StackTrace.
                     * @constructor
                     * @param {opencensus.proto.trace.v1.StackTrace.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const StackTrace = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * StackTrace stackFrames.
                     * @member {opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties|null|undefined} stackFrames
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
                     * @param {opencensus.proto.trace.v1.StackTrace.$Properties=} [properties] Properties to set
                     * @returns {opencensus.proto.trace.v1.StackTrace} StackTrace instance
                     * @type {{
                     *   (properties: opencensus.proto.trace.v1.StackTrace.$Shape): opencensus.proto.trace.v1.StackTrace & opencensus.proto.trace.v1.StackTrace.$Shape;
                     *   (properties?: opencensus.proto.trace.v1.StackTrace.$Properties): opencensus.proto.trace.v1.StackTrace;
                     * }}
                     */
                    StackTrace.create = function(properties) {
                        return new StackTrace(properties);
                    };

                    /**
                     * Encodes the specified StackTrace message. Does not implicitly {@link opencensus.proto.trace.v1.StackTrace.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.trace.v1.StackTrace
                     * @static
                     * @param {opencensus.proto.trace.v1.StackTrace.$Properties} message StackTrace message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    StackTrace.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.stackFrames != null && $Object.hasOwnProperty.call(message, "stackFrames"))
                            $root.opencensus.proto.trace.v1.StackTrace.StackFrames.encode(message.stackFrames, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.stackTraceHashId != null && $Object.hasOwnProperty.call(message, "stackTraceHashId") && (typeof message.stackTraceHashId === "object" ? message.stackTraceHashId.low || message.stackTraceHashId.high : message.stackTraceHashId !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.stackTraceHashId);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a StackTrace message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.trace.v1.StackTrace
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.StackTrace & opencensus.proto.trace.v1.StackTrace.$Shape} StackTrace
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    StackTrace.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opencensus.proto.trace.v1.StackTrace();
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
                                    message.stackFrames = $root.opencensus.proto.trace.v1.StackTrace.StackFrames.decode(reader, reader.size(), $undefined, _depth + 1, message.stackFrames);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.stackTraceHashId = value;
                                    else
                                        delete message.stackTraceHashId;
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
                     * Gets the type url for StackTrace
                     * @function getTypeUrl
                     * @memberof opencensus.proto.trace.v1.StackTrace
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    StackTrace.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opencensus.proto.trace.v1.StackTrace";
                    };

                    StackTrace.StackFrame = (function() {

                        /**
                         * Properties of a StackFrame.
                         * @typedef {Object} opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties
                         * @property {opencensus.proto.trace.v1.TruncatableString.$Properties|null} [functionName] StackFrame functionName
                         * @property {opencensus.proto.trace.v1.TruncatableString.$Properties|null} [originalFunctionName] StackFrame originalFunctionName
                         * @property {opencensus.proto.trace.v1.TruncatableString.$Properties|null} [fileName] StackFrame fileName
                         * @property {number|Long|null} [lineNumber] StackFrame lineNumber
                         * @property {number|Long|null} [columnNumber] StackFrame columnNumber
                         * @property {opencensus.proto.trace.v1.Module.$Properties|null} [loadModule] StackFrame loadModule
                         * @property {opencensus.proto.trace.v1.TruncatableString.$Properties|null} [sourceVersion] StackFrame sourceVersion
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a StackFrame.
                         * @memberof opencensus.proto.trace.v1.StackTrace
                         * @interface IStackFrame
                         * @augments opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties
                         * @deprecated Use opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties instead.
                         */

                        /**
                         * Shape of a StackFrame.
                         * @typedef {opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties} opencensus.proto.trace.v1.StackTrace.StackFrame.$Shape
                         */

                        /**
                         * Constructs a new StackFrame.
                         * @memberof opencensus.proto.trace.v1.StackTrace
                         * @classdesc Represents a StackFrame.
                         * @constructor
                         * @param {opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const StackFrame = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * StackFrame functionName.
                         * @member {opencensus.proto.trace.v1.TruncatableString.$Properties|null|undefined} functionName
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @instance
                         */
                        StackFrame.prototype.functionName = null;

                        /**
                         * StackFrame originalFunctionName.
                         * @member {opencensus.proto.trace.v1.TruncatableString.$Properties|null|undefined} originalFunctionName
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @instance
                         */
                        StackFrame.prototype.originalFunctionName = null;

                        /**
                         * StackFrame fileName.
                         * @member {opencensus.proto.trace.v1.TruncatableString.$Properties|null|undefined} fileName
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
                         * @member {opencensus.proto.trace.v1.Module.$Properties|null|undefined} loadModule
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @instance
                         */
                        StackFrame.prototype.loadModule = null;

                        /**
                         * StackFrame sourceVersion.
                         * @member {opencensus.proto.trace.v1.TruncatableString.$Properties|null|undefined} sourceVersion
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @instance
                         */
                        StackFrame.prototype.sourceVersion = null;

                        /**
                         * Creates a new StackFrame instance using the specified properties.
                         * @function create
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @static
                         * @param {opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.StackTrace.StackFrame} StackFrame instance
                         * @type {{
                         *   (properties: opencensus.proto.trace.v1.StackTrace.StackFrame.$Shape): opencensus.proto.trace.v1.StackTrace.StackFrame & opencensus.proto.trace.v1.StackTrace.StackFrame.$Shape;
                         *   (properties?: opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties): opencensus.proto.trace.v1.StackTrace.StackFrame;
                         * }}
                         */
                        StackFrame.create = function(properties) {
                            return new StackFrame(properties);
                        };

                        /**
                         * Encodes the specified StackFrame message. Does not implicitly {@link opencensus.proto.trace.v1.StackTrace.StackFrame.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @static
                         * @param {opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties} message StackFrame message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        StackFrame.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.functionName != null && $Object.hasOwnProperty.call(message, "functionName"))
                                $root.opencensus.proto.trace.v1.TruncatableString.encode(message.functionName, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.originalFunctionName != null && $Object.hasOwnProperty.call(message, "originalFunctionName"))
                                $root.opencensus.proto.trace.v1.TruncatableString.encode(message.originalFunctionName, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                            if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName"))
                                $root.opencensus.proto.trace.v1.TruncatableString.encode(message.fileName, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                            if (message.lineNumber != null && $Object.hasOwnProperty.call(message, "lineNumber") && (typeof message.lineNumber === "object" ? message.lineNumber.low || message.lineNumber.high : message.lineNumber !== 0))
                                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.lineNumber);
                            if (message.columnNumber != null && $Object.hasOwnProperty.call(message, "columnNumber") && (typeof message.columnNumber === "object" ? message.columnNumber.low || message.columnNumber.high : message.columnNumber !== 0))
                                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.columnNumber);
                            if (message.loadModule != null && $Object.hasOwnProperty.call(message, "loadModule"))
                                $root.opencensus.proto.trace.v1.Module.encode(message.loadModule, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                            if (message.sourceVersion != null && $Object.hasOwnProperty.call(message, "sourceVersion"))
                                $root.opencensus.proto.trace.v1.TruncatableString.encode(message.sourceVersion, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes a StackFrame message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.StackTrace.StackFrame & opencensus.proto.trace.v1.StackTrace.StackFrame.$Shape} StackFrame
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        StackFrame.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.trace.v1.StackTrace.StackFrame();
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
                                        message.functionName = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.size(), $undefined, _depth + 1, message.functionName);
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 2)
                                            break;
                                        message.originalFunctionName = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.size(), $undefined, _depth + 1, message.originalFunctionName);
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 2)
                                            break;
                                        message.fileName = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.size(), $undefined, _depth + 1, message.fileName);
                                        continue;
                                    }
                                case 4: {
                                        if (wireType !== 0)
                                            break;
                                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                            message.lineNumber = value;
                                        else
                                            delete message.lineNumber;
                                        continue;
                                    }
                                case 5: {
                                        if (wireType !== 0)
                                            break;
                                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                            message.columnNumber = value;
                                        else
                                            delete message.columnNumber;
                                        continue;
                                    }
                                case 6: {
                                        if (wireType !== 2)
                                            break;
                                        message.loadModule = $root.opencensus.proto.trace.v1.Module.decode(reader, reader.size(), $undefined, _depth + 1, message.loadModule);
                                        continue;
                                    }
                                case 7: {
                                        if (wireType !== 2)
                                            break;
                                        message.sourceVersion = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.size(), $undefined, _depth + 1, message.sourceVersion);
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
                         * Gets the type url for StackFrame
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrame
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        StackFrame.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.trace.v1.StackTrace.StackFrame";
                        };

                        return StackFrame;
                    })();

                    StackTrace.StackFrames = (function() {

                        /**
                         * Properties of a StackFrames.
                         * @typedef {Object} opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties
                         * @property {Array.<opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties>|null} [frame] StackFrames frame
                         * @property {number|null} [droppedFramesCount] StackFrames droppedFramesCount
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a StackFrames.
                         * @memberof opencensus.proto.trace.v1.StackTrace
                         * @interface IStackFrames
                         * @augments opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties
                         * @deprecated Use opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties instead.
                         */

                        /**
                         * Shape of a StackFrames.
                         * @typedef {opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties} opencensus.proto.trace.v1.StackTrace.StackFrames.$Shape
                         */

                        /**
                         * Constructs a new StackFrames.
                         * @memberof opencensus.proto.trace.v1.StackTrace
                         * @classdesc Represents a StackFrames.
                         * @constructor
                         * @param {opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const StackFrames = function (properties) {
                            this.frame = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * StackFrames frame.
                         * @member {Array.<opencensus.proto.trace.v1.StackTrace.StackFrame.$Properties>} frame
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
                         * @param {opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties=} [properties] Properties to set
                         * @returns {opencensus.proto.trace.v1.StackTrace.StackFrames} StackFrames instance
                         * @type {{
                         *   (properties: opencensus.proto.trace.v1.StackTrace.StackFrames.$Shape): opencensus.proto.trace.v1.StackTrace.StackFrames & opencensus.proto.trace.v1.StackTrace.StackFrames.$Shape;
                         *   (properties?: opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties): opencensus.proto.trace.v1.StackTrace.StackFrames;
                         * }}
                         */
                        StackFrames.create = function(properties) {
                            return new StackFrames(properties);
                        };

                        /**
                         * Encodes the specified StackFrames message. Does not implicitly {@link opencensus.proto.trace.v1.StackTrace.StackFrames.verify|verify} messages.
                         * @function encode
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrames
                         * @static
                         * @param {opencensus.proto.trace.v1.StackTrace.StackFrames.$Properties} message StackFrames message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        StackFrames.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.frame != null && message.frame.length)
                                for (let i = 0; i < message.frame.length; ++i)
                                    $root.opencensus.proto.trace.v1.StackTrace.StackFrame.encode(message.frame[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.droppedFramesCount != null && $Object.hasOwnProperty.call(message, "droppedFramesCount") && message.droppedFramesCount !== 0)
                                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.droppedFramesCount);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes a StackFrames message from the specified reader or buffer.
                         * @function decode
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrames
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opencensus.proto.trace.v1.StackTrace.StackFrames & opencensus.proto.trace.v1.StackTrace.StackFrames.$Shape} StackFrames
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        StackFrames.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opencensus.proto.trace.v1.StackTrace.StackFrames();
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
                                        if (!(message.frame && message.frame.length))
                                            message.frame = [];
                                        message.frame.push($root.opencensus.proto.trace.v1.StackTrace.StackFrame.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.int32())
                                            message.droppedFramesCount = value;
                                        else
                                            delete message.droppedFramesCount;
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
                         * Gets the type url for StackFrames
                         * @function getTypeUrl
                         * @memberof opencensus.proto.trace.v1.StackTrace.StackFrames
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        StackFrames.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opencensus.proto.trace.v1.StackTrace.StackFrames";
                        };

                        return StackFrames;
                    })();

                    return StackTrace;
                })();

                v1.Module = (function() {

                    /**
                     * Properties of a Module.
                     * @typedef {Object} opencensus.proto.trace.v1.Module.$Properties
                     * @property {opencensus.proto.trace.v1.TruncatableString.$Properties|null} [module] Module module
                     * @property {opencensus.proto.trace.v1.TruncatableString.$Properties|null} [buildId] Module buildId
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Module.
                     * @memberof opencensus.proto.trace.v1
                     * @interface IModule
                     * @augments opencensus.proto.trace.v1.Module.$Properties
                     * @deprecated Use opencensus.proto.trace.v1.Module.$Properties instead.
                     */

                    /**
                     * Shape of a Module.
                     * @typedef {opencensus.proto.trace.v1.Module.$Properties} opencensus.proto.trace.v1.Module.$Shape
                     */

                    /**
                     * Constructs a new Module.
                     * @memberof opencensus.proto.trace.v1
                     * @classdesc Represents a Module.
                     * @constructor
                     * @param {opencensus.proto.trace.v1.Module.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Module = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Module module.
                     * @member {opencensus.proto.trace.v1.TruncatableString.$Properties|null|undefined} module
                     * @memberof opencensus.proto.trace.v1.Module
                     * @instance
                     */
                    Module.prototype.module = null;

                    /**
                     * Module buildId.
                     * @member {opencensus.proto.trace.v1.TruncatableString.$Properties|null|undefined} buildId
                     * @memberof opencensus.proto.trace.v1.Module
                     * @instance
                     */
                    Module.prototype.buildId = null;

                    /**
                     * Creates a new Module instance using the specified properties.
                     * @function create
                     * @memberof opencensus.proto.trace.v1.Module
                     * @static
                     * @param {opencensus.proto.trace.v1.Module.$Properties=} [properties] Properties to set
                     * @returns {opencensus.proto.trace.v1.Module} Module instance
                     * @type {{
                     *   (properties: opencensus.proto.trace.v1.Module.$Shape): opencensus.proto.trace.v1.Module & opencensus.proto.trace.v1.Module.$Shape;
                     *   (properties?: opencensus.proto.trace.v1.Module.$Properties): opencensus.proto.trace.v1.Module;
                     * }}
                     */
                    Module.create = function(properties) {
                        return new Module(properties);
                    };

                    /**
                     * Encodes the specified Module message. Does not implicitly {@link opencensus.proto.trace.v1.Module.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.trace.v1.Module
                     * @static
                     * @param {opencensus.proto.trace.v1.Module.$Properties} message Module message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Module.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.module != null && $Object.hasOwnProperty.call(message, "module"))
                            $root.opencensus.proto.trace.v1.TruncatableString.encode(message.module, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.buildId != null && $Object.hasOwnProperty.call(message, "buildId"))
                            $root.opencensus.proto.trace.v1.TruncatableString.encode(message.buildId, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Module message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.trace.v1.Module
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.Module & opencensus.proto.trace.v1.Module.$Shape} Module
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Module.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opencensus.proto.trace.v1.Module();
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
                                    message.module = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.size(), $undefined, _depth + 1, message.module);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.buildId = $root.opencensus.proto.trace.v1.TruncatableString.decode(reader, reader.size(), $undefined, _depth + 1, message.buildId);
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
                     * Gets the type url for Module
                     * @function getTypeUrl
                     * @memberof opencensus.proto.trace.v1.Module
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Module.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opencensus.proto.trace.v1.Module";
                    };

                    return Module;
                })();

                v1.TruncatableString = (function() {

                    /**
                     * Properties of a TruncatableString.
                     * @typedef {Object} opencensus.proto.trace.v1.TruncatableString.$Properties
                     * @property {string|null} [value] TruncatableString value
                     * @property {number|null} [truncatedByteCount] TruncatableString truncatedByteCount
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a TruncatableString.
                     * @memberof opencensus.proto.trace.v1
                     * @interface ITruncatableString
                     * @augments opencensus.proto.trace.v1.TruncatableString.$Properties
                     * @deprecated Use opencensus.proto.trace.v1.TruncatableString.$Properties instead.
                     */

                    /**
                     * Shape of a TruncatableString.
                     * @typedef {opencensus.proto.trace.v1.TruncatableString.$Properties} opencensus.proto.trace.v1.TruncatableString.$Shape
                     */

                    /**
                     * Constructs a new TruncatableString.
                     * @memberof opencensus.proto.trace.v1
                     * @classdesc Represents a TruncatableString.
                     * @constructor
                     * @param {opencensus.proto.trace.v1.TruncatableString.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const TruncatableString = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @param {opencensus.proto.trace.v1.TruncatableString.$Properties=} [properties] Properties to set
                     * @returns {opencensus.proto.trace.v1.TruncatableString} TruncatableString instance
                     * @type {{
                     *   (properties: opencensus.proto.trace.v1.TruncatableString.$Shape): opencensus.proto.trace.v1.TruncatableString & opencensus.proto.trace.v1.TruncatableString.$Shape;
                     *   (properties?: opencensus.proto.trace.v1.TruncatableString.$Properties): opencensus.proto.trace.v1.TruncatableString;
                     * }}
                     */
                    TruncatableString.create = function(properties) {
                        return new TruncatableString(properties);
                    };

                    /**
                     * Encodes the specified TruncatableString message. Does not implicitly {@link opencensus.proto.trace.v1.TruncatableString.verify|verify} messages.
                     * @function encode
                     * @memberof opencensus.proto.trace.v1.TruncatableString
                     * @static
                     * @param {opencensus.proto.trace.v1.TruncatableString.$Properties} message TruncatableString message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TruncatableString.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                        if (message.truncatedByteCount != null && $Object.hasOwnProperty.call(message, "truncatedByteCount") && message.truncatedByteCount !== 0)
                            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.truncatedByteCount);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a TruncatableString message from the specified reader or buffer.
                     * @function decode
                     * @memberof opencensus.proto.trace.v1.TruncatableString
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opencensus.proto.trace.v1.TruncatableString & opencensus.proto.trace.v1.TruncatableString.$Shape} TruncatableString
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TruncatableString.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opencensus.proto.trace.v1.TruncatableString();
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
                                        message.value = value;
                                    else
                                        delete message.value;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.truncatedByteCount = value;
                                    else
                                        delete message.truncatedByteCount;
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
                     * Gets the type url for TruncatableString
                     * @function getTypeUrl
                     * @memberof opencensus.proto.trace.v1.TruncatableString
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    TruncatableString.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opencensus.proto.trace.v1.TruncatableString";
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
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|Long|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Timestamp();
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
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
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
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        protobuf.DoubleValue = (function() {

            /**
             * Properties of a DoubleValue.
             * @typedef {Object} google.protobuf.DoubleValue.$Properties
             * @property {number|null} [value] DoubleValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DoubleValue.
             * @memberof google.protobuf
             * @interface IDoubleValue
             * @augments google.protobuf.DoubleValue.$Properties
             * @deprecated Use google.protobuf.DoubleValue.$Properties instead.
             */

            /**
             * Shape of a DoubleValue.
             * @typedef {google.protobuf.DoubleValue.$Properties} google.protobuf.DoubleValue.$Shape
             */

            /**
             * Constructs a new DoubleValue.
             * @memberof google.protobuf
             * @classdesc Represents a DoubleValue.
             * @constructor
             * @param {google.protobuf.DoubleValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DoubleValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.DoubleValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.DoubleValue} DoubleValue instance
             * @type {{
             *   (properties: google.protobuf.DoubleValue.$Shape): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
             *   (properties?: google.protobuf.DoubleValue.$Properties): google.protobuf.DoubleValue;
             * }}
             */
            DoubleValue.create = function(properties) {
                return new DoubleValue(properties);
            };

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.DoubleValue.$Properties} message DoubleValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DoubleValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DoubleValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.DoubleValue();
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
                            if (!$Object.is(value = reader.double(), 0))
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
             * Gets the type url for DoubleValue
             * @function getTypeUrl
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DoubleValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.DoubleValue";
            };

            return DoubleValue;
        })();

        protobuf.FloatValue = (function() {

            /**
             * Properties of a FloatValue.
             * @typedef {Object} google.protobuf.FloatValue.$Properties
             * @property {number|null} [value] FloatValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FloatValue.
             * @memberof google.protobuf
             * @interface IFloatValue
             * @augments google.protobuf.FloatValue.$Properties
             * @deprecated Use google.protobuf.FloatValue.$Properties instead.
             */

            /**
             * Shape of a FloatValue.
             * @typedef {google.protobuf.FloatValue.$Properties} google.protobuf.FloatValue.$Shape
             */

            /**
             * Constructs a new FloatValue.
             * @memberof google.protobuf
             * @classdesc Represents a FloatValue.
             * @constructor
             * @param {google.protobuf.FloatValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FloatValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.FloatValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.FloatValue} FloatValue instance
             * @type {{
             *   (properties: google.protobuf.FloatValue.$Shape): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;
             *   (properties?: google.protobuf.FloatValue.$Properties): google.protobuf.FloatValue;
             * }}
             */
            FloatValue.create = function(properties) {
                return new FloatValue(properties);
            };

            /**
             * Encodes the specified FloatValue message. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {google.protobuf.FloatValue.$Properties} message FloatValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FloatValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FloatValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape} FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FloatValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.FloatValue();
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
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
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
             * Gets the type url for FloatValue
             * @function getTypeUrl
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FloatValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.FloatValue";
            };

            return FloatValue;
        })();

        protobuf.Int64Value = (function() {

            /**
             * Properties of an Int64Value.
             * @typedef {Object} google.protobuf.Int64Value.$Properties
             * @property {number|Long|null} [value] Int64Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Int64Value.
             * @memberof google.protobuf
             * @interface IInt64Value
             * @augments google.protobuf.Int64Value.$Properties
             * @deprecated Use google.protobuf.Int64Value.$Properties instead.
             */

            /**
             * Shape of an Int64Value.
             * @typedef {google.protobuf.Int64Value.$Properties} google.protobuf.Int64Value.$Shape
             */

            /**
             * Constructs a new Int64Value.
             * @memberof google.protobuf
             * @classdesc Represents an Int64Value.
             * @constructor
             * @param {google.protobuf.Int64Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Int64Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.Int64Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Int64Value} Int64Value instance
             * @type {{
             *   (properties: google.protobuf.Int64Value.$Shape): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
             *   (properties?: google.protobuf.Int64Value.$Properties): google.protobuf.Int64Value;
             * }}
             */
            Int64Value.create = function(properties) {
                return new Int64Value(properties);
            };

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.Int64Value.$Properties} message Int64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int64Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int64Value.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Int64Value();
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
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
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
             * Gets the type url for Int64Value
             * @function getTypeUrl
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Int64Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Int64Value";
            };

            return Int64Value;
        })();

        protobuf.UInt64Value = (function() {

            /**
             * Properties of a UInt64Value.
             * @typedef {Object} google.protobuf.UInt64Value.$Properties
             * @property {number|Long|null} [value] UInt64Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UInt64Value.
             * @memberof google.protobuf
             * @interface IUInt64Value
             * @augments google.protobuf.UInt64Value.$Properties
             * @deprecated Use google.protobuf.UInt64Value.$Properties instead.
             */

            /**
             * Shape of a UInt64Value.
             * @typedef {google.protobuf.UInt64Value.$Properties} google.protobuf.UInt64Value.$Shape
             */

            /**
             * Constructs a new UInt64Value.
             * @memberof google.protobuf
             * @classdesc Represents a UInt64Value.
             * @constructor
             * @param {google.protobuf.UInt64Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UInt64Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.UInt64Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.UInt64Value} UInt64Value instance
             * @type {{
             *   (properties: google.protobuf.UInt64Value.$Shape): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
             *   (properties?: google.protobuf.UInt64Value.$Properties): google.protobuf.UInt64Value;
             * }}
             */
            UInt64Value.create = function(properties) {
                return new UInt64Value(properties);
            };

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.UInt64Value.$Properties} message UInt64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt64Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt64Value.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.UInt64Value();
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
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
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
             * Gets the type url for UInt64Value
             * @function getTypeUrl
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UInt64Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.UInt64Value";
            };

            return UInt64Value;
        })();

        protobuf.Int32Value = (function() {

            /**
             * Properties of an Int32Value.
             * @typedef {Object} google.protobuf.Int32Value.$Properties
             * @property {number|null} [value] Int32Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Int32Value.
             * @memberof google.protobuf
             * @interface IInt32Value
             * @augments google.protobuf.Int32Value.$Properties
             * @deprecated Use google.protobuf.Int32Value.$Properties instead.
             */

            /**
             * Shape of an Int32Value.
             * @typedef {google.protobuf.Int32Value.$Properties} google.protobuf.Int32Value.$Shape
             */

            /**
             * Constructs a new Int32Value.
             * @memberof google.protobuf
             * @classdesc Represents an Int32Value.
             * @constructor
             * @param {google.protobuf.Int32Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Int32Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.Int32Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Int32Value} Int32Value instance
             * @type {{
             *   (properties: google.protobuf.Int32Value.$Shape): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;
             *   (properties?: google.protobuf.Int32Value.$Properties): google.protobuf.Int32Value;
             * }}
             */
            Int32Value.create = function(properties) {
                return new Int32Value(properties);
            };

            /**
             * Encodes the specified Int32Value message. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {google.protobuf.Int32Value.$Properties} message Int32Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int32Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Int32Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape} Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int32Value.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Int32Value();
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
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
             * Gets the type url for Int32Value
             * @function getTypeUrl
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Int32Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Int32Value";
            };

            return Int32Value;
        })();

        protobuf.UInt32Value = (function() {

            /**
             * Properties of a UInt32Value.
             * @typedef {Object} google.protobuf.UInt32Value.$Properties
             * @property {number|null} [value] UInt32Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UInt32Value.
             * @memberof google.protobuf
             * @interface IUInt32Value
             * @augments google.protobuf.UInt32Value.$Properties
             * @deprecated Use google.protobuf.UInt32Value.$Properties instead.
             */

            /**
             * Shape of a UInt32Value.
             * @typedef {google.protobuf.UInt32Value.$Properties} google.protobuf.UInt32Value.$Shape
             */

            /**
             * Constructs a new UInt32Value.
             * @memberof google.protobuf
             * @classdesc Represents a UInt32Value.
             * @constructor
             * @param {google.protobuf.UInt32Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UInt32Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.UInt32Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.UInt32Value} UInt32Value instance
             * @type {{
             *   (properties: google.protobuf.UInt32Value.$Shape): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;
             *   (properties?: google.protobuf.UInt32Value.$Properties): google.protobuf.UInt32Value;
             * }}
             */
            UInt32Value.create = function(properties) {
                return new UInt32Value(properties);
            };

            /**
             * Encodes the specified UInt32Value message. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {google.protobuf.UInt32Value.$Properties} message UInt32Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt32Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UInt32Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape} UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt32Value.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.UInt32Value();
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
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
             * Gets the type url for UInt32Value
             * @function getTypeUrl
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UInt32Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.UInt32Value";
            };

            return UInt32Value;
        })();

        protobuf.BoolValue = (function() {

            /**
             * Properties of a BoolValue.
             * @typedef {Object} google.protobuf.BoolValue.$Properties
             * @property {boolean|null} [value] BoolValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BoolValue.
             * @memberof google.protobuf
             * @interface IBoolValue
             * @augments google.protobuf.BoolValue.$Properties
             * @deprecated Use google.protobuf.BoolValue.$Properties instead.
             */

            /**
             * Shape of a BoolValue.
             * @typedef {google.protobuf.BoolValue.$Properties} google.protobuf.BoolValue.$Shape
             */

            /**
             * Constructs a new BoolValue.
             * @memberof google.protobuf
             * @classdesc Represents a BoolValue.
             * @constructor
             * @param {google.protobuf.BoolValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BoolValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.BoolValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.BoolValue} BoolValue instance
             * @type {{
             *   (properties: google.protobuf.BoolValue.$Shape): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
             *   (properties?: google.protobuf.BoolValue.$Properties): google.protobuf.BoolValue;
             * }}
             */
            BoolValue.create = function(properties) {
                return new BoolValue(properties);
            };

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.BoolValue.$Properties} message BoolValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BoolValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BoolValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.BoolValue();
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
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
             * Gets the type url for BoolValue
             * @function getTypeUrl
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BoolValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.BoolValue";
            };

            return BoolValue;
        })();

        protobuf.StringValue = (function() {

            /**
             * Properties of a StringValue.
             * @typedef {Object} google.protobuf.StringValue.$Properties
             * @property {string|null} [value] StringValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringValue.
             * @memberof google.protobuf
             * @interface IStringValue
             * @augments google.protobuf.StringValue.$Properties
             * @deprecated Use google.protobuf.StringValue.$Properties instead.
             */

            /**
             * Shape of a StringValue.
             * @typedef {google.protobuf.StringValue.$Properties} google.protobuf.StringValue.$Shape
             */

            /**
             * Constructs a new StringValue.
             * @memberof google.protobuf
             * @classdesc Represents a StringValue.
             * @constructor
             * @param {google.protobuf.StringValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StringValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.StringValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.StringValue} StringValue instance
             * @type {{
             *   (properties: google.protobuf.StringValue.$Shape): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
             *   (properties?: google.protobuf.StringValue.$Properties): google.protobuf.StringValue;
             * }}
             */
            StringValue.create = function(properties) {
                return new StringValue(properties);
            };

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.StringValue.$Properties} message StringValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.StringValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.StringValue();
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
             * Gets the type url for StringValue
             * @function getTypeUrl
             * @memberof google.protobuf.StringValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StringValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.StringValue";
            };

            return StringValue;
        })();

        protobuf.BytesValue = (function() {

            /**
             * Properties of a BytesValue.
             * @typedef {Object} google.protobuf.BytesValue.$Properties
             * @property {Uint8Array|null} [value] BytesValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BytesValue.
             * @memberof google.protobuf
             * @interface IBytesValue
             * @augments google.protobuf.BytesValue.$Properties
             * @deprecated Use google.protobuf.BytesValue.$Properties instead.
             */

            /**
             * Shape of a BytesValue.
             * @typedef {google.protobuf.BytesValue.$Properties} google.protobuf.BytesValue.$Shape
             */

            /**
             * Constructs a new BytesValue.
             * @memberof google.protobuf
             * @classdesc Represents a BytesValue.
             * @constructor
             * @param {google.protobuf.BytesValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BytesValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.BytesValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.BytesValue} BytesValue instance
             * @type {{
             *   (properties: google.protobuf.BytesValue.$Shape): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;
             *   (properties?: google.protobuf.BytesValue.$Properties): google.protobuf.BytesValue;
             * }}
             */
            BytesValue.create = function(properties) {
                return new BytesValue(properties);
            };

            /**
             * Encodes the specified BytesValue message. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {google.protobuf.BytesValue.$Properties} message BytesValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BytesValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BytesValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape} BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BytesValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.BytesValue();
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
             * Gets the type url for BytesValue
             * @function getTypeUrl
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BytesValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.BytesValue";
            };

            return BytesValue;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
