/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const kubepulse = $root.kubepulse = (() => {

    /**
     * Namespace kubepulse.
     * @exports kubepulse
     * @namespace
     */
    const kubepulse = {};

    kubepulse.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof kubepulse
         * @namespace
         */
        const v1 = {};

        v1.Ingest = (function() {

            /**
             * Constructs a new Ingest service.
             * @memberof kubepulse.v1
             * @classdesc Represents an Ingest
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const Ingest = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Ingest.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Ingest, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new Ingest service using the specified rpc implementation.
             * @function create
             * @memberof kubepulse.v1.Ingest
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Ingest} RPC service. Useful where requests and/or responses are streamed.
             */
            Ingest.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link kubepulse.v1.Ingest#stream}.
             * @memberof kubepulse.v1.Ingest
             * @typedef StreamCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {kubepulse.v1.AggregatorMessage} [response] AggregatorMessage
             */

            /**
             * Calls Stream.
             * @memberof kubepulse.v1.Ingest
             * @typedef Stream
             * @type {{
             *   (request: kubepulse.v1.IAgentMessage, callback: kubepulse.v1.Ingest.StreamCallback): void;
             *   (request: kubepulse.v1.IAgentMessage): Promise<kubepulse.v1.AggregatorMessage>;
             *   readonly name: "Stream";
             *   readonly path: "/kubepulse.v1.Ingest/Stream";
             *   readonly requestType: "AgentMessage";
             *   readonly responseType: "AggregatorMessage";
             *   readonly requestStream: true;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls Stream.
             * @name kubepulse.v1.Ingest#stream
             * @type {kubepulse.v1.Ingest.Stream}
             */
            $Object.defineProperties(Ingest.prototype.stream = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Ingest.prototype.stream, $root.kubepulse.v1.AgentMessage, $root.kubepulse.v1.AggregatorMessage, request, callback);
            }, {
                name: { value: "Stream" },
                path: { value: "/kubepulse.v1.Ingest/Stream" },
                requestType: { value: "AgentMessage" },
                responseType: { value: "AggregatorMessage" },
                requestStream: { value: true },
                responseStream: { value: true }
            });

            return Ingest;
        })();

        v1.AgentMessage = (function() {

            /**
             * Properties of an AgentMessage.
             * @typedef {Object} kubepulse.v1.AgentMessage.$Properties
             * @property {kubepulse.v1.Hello.$Properties|null} [hello] AgentMessage hello
             * @property {kubepulse.v1.NodeSample.$Properties|null} [sample] AgentMessage sample
             * @property {"hello"|"sample"} [kind] AgentMessage kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentMessage.
             * @memberof kubepulse.v1
             * @interface IAgentMessage
             * @augments kubepulse.v1.AgentMessage.$Properties
             * @deprecated Use kubepulse.v1.AgentMessage.$Properties instead.
             */

            /**
             * Narrowed shape of an AgentMessage.
             * @typedef {{
             *   hello?: kubepulse.v1.Hello.$Shape|null;
             *   sample?: kubepulse.v1.NodeSample.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; hello?: null; sample?: null }|{ kind?: "hello"; hello: kubepulse.v1.Hello.$Shape; sample?: null }|{ kind?: "sample"; hello?: null; sample: kubepulse.v1.NodeSample.$Shape })
             * )} kubepulse.v1.AgentMessage.$Shape
             */

            /**
             * Constructs a new AgentMessage.
             * @memberof kubepulse.v1
             * @classdesc Represents an AgentMessage.
             * @constructor
             * @param {kubepulse.v1.AgentMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgentMessage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AgentMessage hello.
             * @member {kubepulse.v1.Hello.$Properties|null|undefined} hello
             * @memberof kubepulse.v1.AgentMessage
             * @instance
             */
            AgentMessage.prototype.hello = null;

            /**
             * AgentMessage sample.
             * @member {kubepulse.v1.NodeSample.$Properties|null|undefined} sample
             * @memberof kubepulse.v1.AgentMessage
             * @instance
             */
            AgentMessage.prototype.sample = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AgentMessage kind.
             * @member {"hello"|"sample"|undefined} kind
             * @memberof kubepulse.v1.AgentMessage
             * @instance
             */
            $Object.defineProperty(AgentMessage.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "sample"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AgentMessage instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.AgentMessage
             * @static
             * @param {kubepulse.v1.AgentMessage.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.AgentMessage} AgentMessage instance
             * @type {{
             *   (properties: kubepulse.v1.AgentMessage.$Shape): kubepulse.v1.AgentMessage & kubepulse.v1.AgentMessage.$Shape;
             *   (properties?: kubepulse.v1.AgentMessage.$Properties): kubepulse.v1.AgentMessage;
             * }}
             */
            AgentMessage.create = function(properties) {
                return new AgentMessage(properties);
            };

            /**
             * Encodes the specified AgentMessage message. Does not implicitly {@link kubepulse.v1.AgentMessage.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.AgentMessage
             * @static
             * @param {kubepulse.v1.AgentMessage.$Properties} m AgentMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello"))
                    $root.kubepulse.v1.Hello.encode(m.hello, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.sample != null && $Object.hasOwnProperty.call(m, "sample"))
                    $root.kubepulse.v1.NodeSample.encode(m.sample, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AgentMessage message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.AgentMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.AgentMessage & kubepulse.v1.AgentMessage.$Shape} AgentMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentMessage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.AgentMessage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.hello = $root.kubepulse.v1.Hello.decode(r, r.size(), $undefined, q + 1, m.hello);
                            m.kind = "hello";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.sample = $root.kubepulse.v1.NodeSample.decode(r, r.size(), $undefined, q + 1, m.sample);
                            m.kind = "sample";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AgentMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.AgentMessage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.AgentMessage} AgentMessage
             */
            AgentMessage.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.AgentMessage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.AgentMessage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.AgentMessage();
                if (d.hello != null) {
                    if (!$util.isObject(d.hello))
                        throw $TypeError(".kubepulse.v1.AgentMessage.hello: object expected");
                    m.hello = $root.kubepulse.v1.Hello.fromObject(d.hello, q + 1);
                }
                if (d.sample != null) {
                    if (!$util.isObject(d.sample))
                        throw $TypeError(".kubepulse.v1.AgentMessage.sample: object expected");
                    m.sample = $root.kubepulse.v1.NodeSample.fromObject(d.sample, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an AgentMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.AgentMessage
             * @static
             * @param {kubepulse.v1.AgentMessage} m AgentMessage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentMessage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello")) {
                    d.hello = $root.kubepulse.v1.Hello.toObject(m.hello, o, q + 1);
                    if (o.oneofs)
                        d.kind = "hello";
                }
                if (m.sample != null && $Object.hasOwnProperty.call(m, "sample")) {
                    d.sample = $root.kubepulse.v1.NodeSample.toObject(m.sample, o, q + 1);
                    if (o.oneofs)
                        d.kind = "sample";
                }
                return d;
            };

            /**
             * Converts this AgentMessage to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.AgentMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentMessage.prototype.toJSON = function() {
                return AgentMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentMessage
             * @function getTypeUrl
             * @memberof kubepulse.v1.AgentMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.AgentMessage";
            };

            return AgentMessage;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} kubepulse.v1.Hello.$Properties
             * @property {string|null} [nodeName] Hello nodeName
             * @property {string|null} [agentVersion] Hello agentVersion
             * @property {string|null} [bootId] Hello bootId
             * @property {Array.<string>|null} [capabilities] Hello capabilities
             * @property {number|Long|null} [agentStartTimeUnixNano] Hello agentStartTimeUnixNano
             * @property {number|Long|null} [intervalNs] Hello intervalNs
             * @property {Object.<string,string>|null} [nodeLabels] Hello nodeLabels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof kubepulse.v1
             * @interface IHello
             * @augments kubepulse.v1.Hello.$Properties
             * @deprecated Use kubepulse.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {kubepulse.v1.Hello.$Properties} kubepulse.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof kubepulse.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {kubepulse.v1.Hello.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (p) {
                this.capabilities = [];
                this.nodeLabels = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Hello nodeName.
             * @member {string} nodeName
             * @memberof kubepulse.v1.Hello
             * @instance
             */
            Hello.prototype.nodeName = "";

            /**
             * Hello agentVersion.
             * @member {string} agentVersion
             * @memberof kubepulse.v1.Hello
             * @instance
             */
            Hello.prototype.agentVersion = "";

            /**
             * Hello bootId.
             * @member {string} bootId
             * @memberof kubepulse.v1.Hello
             * @instance
             */
            Hello.prototype.bootId = "";

            /**
             * Hello capabilities.
             * @member {Array.<string>} capabilities
             * @memberof kubepulse.v1.Hello
             * @instance
             */
            Hello.prototype.capabilities = $util.emptyArray;

            /**
             * Hello agentStartTimeUnixNano.
             * @member {number|Long} agentStartTimeUnixNano
             * @memberof kubepulse.v1.Hello
             * @instance
             */
            Hello.prototype.agentStartTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Hello intervalNs.
             * @member {number|Long} intervalNs
             * @memberof kubepulse.v1.Hello
             * @instance
             */
            Hello.prototype.intervalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hello nodeLabels.
             * @member {Object.<string,string>} nodeLabels
             * @memberof kubepulse.v1.Hello
             * @instance
             */
            Hello.prototype.nodeLabels = $util.emptyObject;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.Hello
             * @static
             * @param {kubepulse.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.Hello} Hello instance
             * @type {{
             *   (properties: kubepulse.v1.Hello.$Shape): kubepulse.v1.Hello & kubepulse.v1.Hello.$Shape;
             *   (properties?: kubepulse.v1.Hello.$Properties): kubepulse.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link kubepulse.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.Hello
             * @static
             * @param {kubepulse.v1.Hello.$Properties} m Hello message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeName != null && $Object.hasOwnProperty.call(m, "nodeName") && m.nodeName !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeName);
                if (m.agentVersion != null && $Object.hasOwnProperty.call(m, "agentVersion") && m.agentVersion !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.agentVersion);
                if (m.bootId != null && $Object.hasOwnProperty.call(m, "bootId") && m.bootId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.bootId);
                if (m.capabilities != null && m.capabilities.length) {
                    for (var i = 0; i < m.capabilities.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.capabilities[i]);
                }
                if (m.agentStartTimeUnixNano != null && $Object.hasOwnProperty.call(m, "agentStartTimeUnixNano") && (typeof m.agentStartTimeUnixNano === "object" ? m.agentStartTimeUnixNano.low || m.agentStartTimeUnixNano.high : m.agentStartTimeUnixNano !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.agentStartTimeUnixNano);
                if (m.intervalNs != null && $Object.hasOwnProperty.call(m, "intervalNs") && (typeof m.intervalNs === "object" ? m.intervalNs.low || m.intervalNs.high : m.intervalNs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.intervalNs);
                if (m.nodeLabels != null && $Object.hasOwnProperty.call(m, "nodeLabels")) {
                    for (var ks = $Object.keys(m.nodeLabels), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.nodeLabels[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.Hello & kubepulse.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.Hello();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeName = v;
                            else
                                delete m.nodeName;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentVersion = v;
                            else
                                delete m.agentVersion;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.bootId = v;
                            else
                                delete m.bootId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.capabilities && m.capabilities.length))
                                m.capabilities = [];
                            m.capabilities.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.agentStartTimeUnixNano = v;
                            else
                                delete m.agentStartTimeUnixNano;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.intervalNs = v;
                            else
                                delete m.intervalNs;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (m.nodeLabels === $util.emptyObject)
                                m.nodeLabels = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.nodeLabels, k);
                            m.nodeLabels[k] = v;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.Hello
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.Hello} Hello
             */
            Hello.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.Hello)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.Hello: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.Hello();
                if (d.nodeName != null) {
                    if (typeof d.nodeName !== "string" || d.nodeName.length) {
                        m.nodeName = $String(d.nodeName);
                    }
                }
                if (d.agentVersion != null) {
                    if (typeof d.agentVersion !== "string" || d.agentVersion.length) {
                        m.agentVersion = $String(d.agentVersion);
                    }
                }
                if (d.bootId != null) {
                    if (typeof d.bootId !== "string" || d.bootId.length) {
                        m.bootId = $String(d.bootId);
                    }
                }
                if (d.capabilities) {
                    if (!$Array.isArray(d.capabilities))
                        throw $TypeError(".kubepulse.v1.Hello.capabilities: array expected");
                    m.capabilities = $Array(d.capabilities.length);
                    for (var i = 0; i < d.capabilities.length; ++i) {
                        m.capabilities[i] = $String(d.capabilities[i]);
                    }
                }
                if (d.agentStartTimeUnixNano != null) {
                    if (typeof d.agentStartTimeUnixNano === "object" ? d.agentStartTimeUnixNano.low || d.agentStartTimeUnixNano.high : $Number(d.agentStartTimeUnixNano) !== 0) {
                        if ($util.Long)
                            m.agentStartTimeUnixNano = $util.Long.fromValue(d.agentStartTimeUnixNano, false);
                        else if (typeof d.agentStartTimeUnixNano === "string")
                            m.agentStartTimeUnixNano = $parseInt(d.agentStartTimeUnixNano, 10);
                        else if (typeof d.agentStartTimeUnixNano === "number")
                            m.agentStartTimeUnixNano = d.agentStartTimeUnixNano;
                        else if (typeof d.agentStartTimeUnixNano === "object")
                            m.agentStartTimeUnixNano = new $util.LongBits(d.agentStartTimeUnixNano.low >>> 0, d.agentStartTimeUnixNano.high >>> 0).toNumber();
                    }
                }
                if (d.intervalNs != null) {
                    if (typeof d.intervalNs === "object" ? d.intervalNs.low || d.intervalNs.high : $Number(d.intervalNs) !== 0) {
                        if ($util.Long)
                            m.intervalNs = $util.Long.fromValue(d.intervalNs, true);
                        else if (typeof d.intervalNs === "string")
                            m.intervalNs = $parseInt(d.intervalNs, 10);
                        else if (typeof d.intervalNs === "number")
                            m.intervalNs = d.intervalNs;
                        else if (typeof d.intervalNs === "object")
                            m.intervalNs = new $util.LongBits(d.intervalNs.low >>> 0, d.intervalNs.high >>> 0).toNumber(true);
                    }
                }
                if (d.nodeLabels) {
                    if (!$util.isObject(d.nodeLabels))
                        throw $TypeError(".kubepulse.v1.Hello.nodeLabels: object expected");
                    m.nodeLabels = {};
                    for (var ks = $Object.keys(d.nodeLabels), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.nodeLabels, ks[i]);
                        m.nodeLabels[ks[i]] = $String(d.nodeLabels[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.Hello
             * @static
             * @param {kubepulse.v1.Hello} m Hello
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.capabilities = [];
                }
                if (o.objects || o.defaults) {
                    d.nodeLabels = {};
                }
                if (o.defaults) {
                    d.nodeName = "";
                    d.agentVersion = "";
                    d.bootId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.agentStartTimeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.agentStartTimeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.intervalNs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.intervalNs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.nodeName != null && $Object.hasOwnProperty.call(m, "nodeName")) {
                    d.nodeName = m.nodeName;
                }
                if (m.agentVersion != null && $Object.hasOwnProperty.call(m, "agentVersion")) {
                    d.agentVersion = m.agentVersion;
                }
                if (m.bootId != null && $Object.hasOwnProperty.call(m, "bootId")) {
                    d.bootId = m.bootId;
                }
                if (m.capabilities && m.capabilities.length) {
                    d.capabilities = $Array(m.capabilities.length);
                    for (var j = 0; j < m.capabilities.length; ++j) {
                        d.capabilities[j] = m.capabilities[j];
                    }
                }
                if (m.agentStartTimeUnixNano != null && $Object.hasOwnProperty.call(m, "agentStartTimeUnixNano")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.agentStartTimeUnixNano = typeof m.agentStartTimeUnixNano === "number" ? $BigInt(m.agentStartTimeUnixNano) : $util.Long.fromBits(m.agentStartTimeUnixNano.low >>> 0, m.agentStartTimeUnixNano.high >>> 0, false).toBigInt();
                    else if (typeof m.agentStartTimeUnixNano === "number")
                        d.agentStartTimeUnixNano = o.longs === $String ? $String(m.agentStartTimeUnixNano) : m.agentStartTimeUnixNano;
                    else
                        d.agentStartTimeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.agentStartTimeUnixNano) : o.longs === $Number ? new $util.LongBits(m.agentStartTimeUnixNano.low >>> 0, m.agentStartTimeUnixNano.high >>> 0).toNumber() : m.agentStartTimeUnixNano;
                }
                if (m.intervalNs != null && $Object.hasOwnProperty.call(m, "intervalNs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.intervalNs = typeof m.intervalNs === "number" ? $BigInt(m.intervalNs) : $util.Long.fromBits(m.intervalNs.low >>> 0, m.intervalNs.high >>> 0, true).toBigInt();
                    else if (typeof m.intervalNs === "number")
                        d.intervalNs = o.longs === $String ? $String(m.intervalNs) : m.intervalNs;
                    else
                        d.intervalNs = o.longs === $String ? $util.Long.prototype.toString.call(m.intervalNs) : o.longs === $Number ? new $util.LongBits(m.intervalNs.low >>> 0, m.intervalNs.high >>> 0).toNumber(true) : m.intervalNs;
                }
                var ks2;
                if (m.nodeLabels && (ks2 = $Object.keys(m.nodeLabels)).length) {
                    d.nodeLabels = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.nodeLabels, ks2[j]);
                        d.nodeLabels[ks2[j]] = m.nodeLabels[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof kubepulse.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.Hello";
            };

            return Hello;
        })();

        v1.NodeSample = (function() {

            /**
             * Properties of a NodeSample.
             * @typedef {Object} kubepulse.v1.NodeSample.$Properties
             * @property {number|Long|null} [sequence] NodeSample sequence
             * @property {number|Long|null} [collectedUnixNano] NodeSample collectedUnixNano
             * @property {kubepulse.v1.NodeStats.$Properties|null} [node] NodeSample node
             * @property {Array.<kubepulse.v1.PodSample.$Properties>|null} [pods] NodeSample pods
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeSample.
             * @memberof kubepulse.v1
             * @interface INodeSample
             * @augments kubepulse.v1.NodeSample.$Properties
             * @deprecated Use kubepulse.v1.NodeSample.$Properties instead.
             */

            /**
             * Shape of a NodeSample.
             * @typedef {kubepulse.v1.NodeSample.$Properties} kubepulse.v1.NodeSample.$Shape
             */

            /**
             * Constructs a new NodeSample.
             * @memberof kubepulse.v1
             * @classdesc Represents a NodeSample.
             * @constructor
             * @param {kubepulse.v1.NodeSample.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeSample = function (p) {
                this.pods = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NodeSample sequence.
             * @member {number|Long} sequence
             * @memberof kubepulse.v1.NodeSample
             * @instance
             */
            NodeSample.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeSample collectedUnixNano.
             * @member {number|Long} collectedUnixNano
             * @memberof kubepulse.v1.NodeSample
             * @instance
             */
            NodeSample.prototype.collectedUnixNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NodeSample node.
             * @member {kubepulse.v1.NodeStats.$Properties|null|undefined} node
             * @memberof kubepulse.v1.NodeSample
             * @instance
             */
            NodeSample.prototype.node = null;

            /**
             * NodeSample pods.
             * @member {Array.<kubepulse.v1.PodSample.$Properties>} pods
             * @memberof kubepulse.v1.NodeSample
             * @instance
             */
            NodeSample.prototype.pods = $util.emptyArray;

            /**
             * Creates a new NodeSample instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.NodeSample
             * @static
             * @param {kubepulse.v1.NodeSample.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.NodeSample} NodeSample instance
             * @type {{
             *   (properties: kubepulse.v1.NodeSample.$Shape): kubepulse.v1.NodeSample & kubepulse.v1.NodeSample.$Shape;
             *   (properties?: kubepulse.v1.NodeSample.$Properties): kubepulse.v1.NodeSample;
             * }}
             */
            NodeSample.create = function(properties) {
                return new NodeSample(properties);
            };

            /**
             * Encodes the specified NodeSample message. Does not implicitly {@link kubepulse.v1.NodeSample.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.NodeSample
             * @static
             * @param {kubepulse.v1.NodeSample.$Properties} m NodeSample message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeSample.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence") && (typeof m.sequence === "object" ? m.sequence.low || m.sequence.high : m.sequence !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.sequence);
                if (m.collectedUnixNano != null && $Object.hasOwnProperty.call(m, "collectedUnixNano") && (typeof m.collectedUnixNano === "object" ? m.collectedUnixNano.low || m.collectedUnixNano.high : m.collectedUnixNano !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.collectedUnixNano);
                if (m.node != null && $Object.hasOwnProperty.call(m, "node"))
                    $root.kubepulse.v1.NodeStats.encode(m.node, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.pods != null && m.pods.length) {
                    for (var i = 0; i < m.pods.length; ++i)
                        $root.kubepulse.v1.PodSample.encode(m.pods[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NodeSample message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.NodeSample
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.NodeSample & kubepulse.v1.NodeSample.$Shape} NodeSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeSample.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.NodeSample();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sequence = v;
                            else
                                delete m.sequence;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.collectedUnixNano = v;
                            else
                                delete m.collectedUnixNano;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.node = $root.kubepulse.v1.NodeStats.decode(r, r.size(), $undefined, q + 1, m.node);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.pods && m.pods.length))
                                m.pods = [];
                            m.pods.push($root.kubepulse.v1.PodSample.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a NodeSample message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.NodeSample
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.NodeSample} NodeSample
             */
            NodeSample.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.NodeSample)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.NodeSample: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.NodeSample();
                if (d.sequence != null) {
                    if (typeof d.sequence === "object" ? d.sequence.low || d.sequence.high : $Number(d.sequence) !== 0) {
                        if ($util.Long)
                            m.sequence = $util.Long.fromValue(d.sequence, true);
                        else if (typeof d.sequence === "string")
                            m.sequence = $parseInt(d.sequence, 10);
                        else if (typeof d.sequence === "number")
                            m.sequence = d.sequence;
                        else if (typeof d.sequence === "object")
                            m.sequence = new $util.LongBits(d.sequence.low >>> 0, d.sequence.high >>> 0).toNumber(true);
                    }
                }
                if (d.collectedUnixNano != null) {
                    if (typeof d.collectedUnixNano === "object" ? d.collectedUnixNano.low || d.collectedUnixNano.high : $Number(d.collectedUnixNano) !== 0) {
                        if ($util.Long)
                            m.collectedUnixNano = $util.Long.fromValue(d.collectedUnixNano, false);
                        else if (typeof d.collectedUnixNano === "string")
                            m.collectedUnixNano = $parseInt(d.collectedUnixNano, 10);
                        else if (typeof d.collectedUnixNano === "number")
                            m.collectedUnixNano = d.collectedUnixNano;
                        else if (typeof d.collectedUnixNano === "object")
                            m.collectedUnixNano = new $util.LongBits(d.collectedUnixNano.low >>> 0, d.collectedUnixNano.high >>> 0).toNumber();
                    }
                }
                if (d.node != null) {
                    if (!$util.isObject(d.node))
                        throw $TypeError(".kubepulse.v1.NodeSample.node: object expected");
                    m.node = $root.kubepulse.v1.NodeStats.fromObject(d.node, q + 1);
                }
                if (d.pods) {
                    if (!$Array.isArray(d.pods))
                        throw $TypeError(".kubepulse.v1.NodeSample.pods: array expected");
                    m.pods = $Array(d.pods.length);
                    for (var i = 0; i < d.pods.length; ++i) {
                        if (!$util.isObject(d.pods[i]))
                            throw $TypeError(".kubepulse.v1.NodeSample.pods: object expected");
                        m.pods[i] = $root.kubepulse.v1.PodSample.fromObject(d.pods[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NodeSample message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.NodeSample
             * @static
             * @param {kubepulse.v1.NodeSample} m NodeSample
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeSample.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.pods = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sequence = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sequence = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.collectedUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.collectedUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.node = null;
                }
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sequence = typeof m.sequence === "number" ? $BigInt(m.sequence) : $util.Long.fromBits(m.sequence.low >>> 0, m.sequence.high >>> 0, true).toBigInt();
                    else if (typeof m.sequence === "number")
                        d.sequence = o.longs === $String ? $String(m.sequence) : m.sequence;
                    else
                        d.sequence = o.longs === $String ? $util.Long.prototype.toString.call(m.sequence) : o.longs === $Number ? new $util.LongBits(m.sequence.low >>> 0, m.sequence.high >>> 0).toNumber(true) : m.sequence;
                }
                if (m.collectedUnixNano != null && $Object.hasOwnProperty.call(m, "collectedUnixNano")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.collectedUnixNano = typeof m.collectedUnixNano === "number" ? $BigInt(m.collectedUnixNano) : $util.Long.fromBits(m.collectedUnixNano.low >>> 0, m.collectedUnixNano.high >>> 0, false).toBigInt();
                    else if (typeof m.collectedUnixNano === "number")
                        d.collectedUnixNano = o.longs === $String ? $String(m.collectedUnixNano) : m.collectedUnixNano;
                    else
                        d.collectedUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.collectedUnixNano) : o.longs === $Number ? new $util.LongBits(m.collectedUnixNano.low >>> 0, m.collectedUnixNano.high >>> 0).toNumber() : m.collectedUnixNano;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = $root.kubepulse.v1.NodeStats.toObject(m.node, o, q + 1);
                }
                if (m.pods && m.pods.length) {
                    d.pods = $Array(m.pods.length);
                    for (var j = 0; j < m.pods.length; ++j) {
                        d.pods[j] = $root.kubepulse.v1.PodSample.toObject(m.pods[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this NodeSample to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.NodeSample
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeSample.prototype.toJSON = function() {
                return NodeSample.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeSample
             * @function getTypeUrl
             * @memberof kubepulse.v1.NodeSample
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeSample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.NodeSample";
            };

            return NodeSample;
        })();

        v1.PsiLine = (function() {

            /**
             * Properties of a PsiLine.
             * @typedef {Object} kubepulse.v1.PsiLine.$Properties
             * @property {number|Long|null} [totalNs] PsiLine totalNs
             * @property {number|null} [avg10] PsiLine avg10
             * @property {number|null} [avg60] PsiLine avg60
             * @property {number|null} [avg300] PsiLine avg300
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PsiLine.
             * @memberof kubepulse.v1
             * @interface IPsiLine
             * @augments kubepulse.v1.PsiLine.$Properties
             * @deprecated Use kubepulse.v1.PsiLine.$Properties instead.
             */

            /**
             * Shape of a PsiLine.
             * @typedef {kubepulse.v1.PsiLine.$Properties} kubepulse.v1.PsiLine.$Shape
             */

            /**
             * Constructs a new PsiLine.
             * @memberof kubepulse.v1
             * @classdesc Represents a PsiLine.
             * @constructor
             * @param {kubepulse.v1.PsiLine.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PsiLine = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PsiLine totalNs.
             * @member {number|Long} totalNs
             * @memberof kubepulse.v1.PsiLine
             * @instance
             */
            PsiLine.prototype.totalNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PsiLine avg10.
             * @member {number} avg10
             * @memberof kubepulse.v1.PsiLine
             * @instance
             */
            PsiLine.prototype.avg10 = 0;

            /**
             * PsiLine avg60.
             * @member {number} avg60
             * @memberof kubepulse.v1.PsiLine
             * @instance
             */
            PsiLine.prototype.avg60 = 0;

            /**
             * PsiLine avg300.
             * @member {number} avg300
             * @memberof kubepulse.v1.PsiLine
             * @instance
             */
            PsiLine.prototype.avg300 = 0;

            /**
             * Creates a new PsiLine instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.PsiLine
             * @static
             * @param {kubepulse.v1.PsiLine.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.PsiLine} PsiLine instance
             * @type {{
             *   (properties: kubepulse.v1.PsiLine.$Shape): kubepulse.v1.PsiLine & kubepulse.v1.PsiLine.$Shape;
             *   (properties?: kubepulse.v1.PsiLine.$Properties): kubepulse.v1.PsiLine;
             * }}
             */
            PsiLine.create = function(properties) {
                return new PsiLine(properties);
            };

            /**
             * Encodes the specified PsiLine message. Does not implicitly {@link kubepulse.v1.PsiLine.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.PsiLine
             * @static
             * @param {kubepulse.v1.PsiLine.$Properties} m PsiLine message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PsiLine.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.totalNs != null && $Object.hasOwnProperty.call(m, "totalNs") && (typeof m.totalNs === "object" ? m.totalNs.low || m.totalNs.high : m.totalNs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.totalNs);
                if (m.avg10 != null && $Object.hasOwnProperty.call(m, "avg10") && !$Object.is(m.avg10, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.avg10);
                if (m.avg60 != null && $Object.hasOwnProperty.call(m, "avg60") && !$Object.is(m.avg60, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.avg60);
                if (m.avg300 != null && $Object.hasOwnProperty.call(m, "avg300") && !$Object.is(m.avg300, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.avg300);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PsiLine message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.PsiLine
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.PsiLine & kubepulse.v1.PsiLine.$Shape} PsiLine
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PsiLine.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.PsiLine();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.totalNs = v;
                            else
                                delete m.totalNs;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.avg10 = v;
                            else
                                delete m.avg10;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.avg60 = v;
                            else
                                delete m.avg60;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.avg300 = v;
                            else
                                delete m.avg300;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a PsiLine message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.PsiLine
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.PsiLine} PsiLine
             */
            PsiLine.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.PsiLine)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.PsiLine: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.PsiLine();
                if (d.totalNs != null) {
                    if (typeof d.totalNs === "object" ? d.totalNs.low || d.totalNs.high : $Number(d.totalNs) !== 0) {
                        if ($util.Long)
                            m.totalNs = $util.Long.fromValue(d.totalNs, true);
                        else if (typeof d.totalNs === "string")
                            m.totalNs = $parseInt(d.totalNs, 10);
                        else if (typeof d.totalNs === "number")
                            m.totalNs = d.totalNs;
                        else if (typeof d.totalNs === "object")
                            m.totalNs = new $util.LongBits(d.totalNs.low >>> 0, d.totalNs.high >>> 0).toNumber(true);
                    }
                }
                if (d.avg10 != null) {
                    if (!$Object.is($Number(d.avg10), 0)) {
                        m.avg10 = $Number(d.avg10);
                    }
                }
                if (d.avg60 != null) {
                    if (!$Object.is($Number(d.avg60), 0)) {
                        m.avg60 = $Number(d.avg60);
                    }
                }
                if (d.avg300 != null) {
                    if (!$Object.is($Number(d.avg300), 0)) {
                        m.avg300 = $Number(d.avg300);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PsiLine message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.PsiLine
             * @static
             * @param {kubepulse.v1.PsiLine} m PsiLine
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PsiLine.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.totalNs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.totalNs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.avg10 = 0;
                    d.avg60 = 0;
                    d.avg300 = 0;
                }
                if (m.totalNs != null && $Object.hasOwnProperty.call(m, "totalNs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.totalNs = typeof m.totalNs === "number" ? $BigInt(m.totalNs) : $util.Long.fromBits(m.totalNs.low >>> 0, m.totalNs.high >>> 0, true).toBigInt();
                    else if (typeof m.totalNs === "number")
                        d.totalNs = o.longs === $String ? $String(m.totalNs) : m.totalNs;
                    else
                        d.totalNs = o.longs === $String ? $util.Long.prototype.toString.call(m.totalNs) : o.longs === $Number ? new $util.LongBits(m.totalNs.low >>> 0, m.totalNs.high >>> 0).toNumber(true) : m.totalNs;
                }
                if (m.avg10 != null && $Object.hasOwnProperty.call(m, "avg10")) {
                    d.avg10 = o.json && !$isFinite(m.avg10) ? $String(m.avg10) : m.avg10;
                }
                if (m.avg60 != null && $Object.hasOwnProperty.call(m, "avg60")) {
                    d.avg60 = o.json && !$isFinite(m.avg60) ? $String(m.avg60) : m.avg60;
                }
                if (m.avg300 != null && $Object.hasOwnProperty.call(m, "avg300")) {
                    d.avg300 = o.json && !$isFinite(m.avg300) ? $String(m.avg300) : m.avg300;
                }
                return d;
            };

            /**
             * Converts this PsiLine to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.PsiLine
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PsiLine.prototype.toJSON = function() {
                return PsiLine.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PsiLine
             * @function getTypeUrl
             * @memberof kubepulse.v1.PsiLine
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PsiLine.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.PsiLine";
            };

            return PsiLine;
        })();

        v1.Psi = (function() {

            /**
             * Properties of a Psi.
             * @typedef {Object} kubepulse.v1.Psi.$Properties
             * @property {kubepulse.v1.PsiLine.$Properties|null} [some] Psi some
             * @property {kubepulse.v1.PsiLine.$Properties|null} [full] Psi full
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Psi.
             * @memberof kubepulse.v1
             * @interface IPsi
             * @augments kubepulse.v1.Psi.$Properties
             * @deprecated Use kubepulse.v1.Psi.$Properties instead.
             */

            /**
             * Shape of a Psi.
             * @typedef {kubepulse.v1.Psi.$Properties} kubepulse.v1.Psi.$Shape
             */

            /**
             * Constructs a new Psi.
             * @memberof kubepulse.v1
             * @classdesc Represents a Psi.
             * @constructor
             * @param {kubepulse.v1.Psi.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Psi = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Psi some.
             * @member {kubepulse.v1.PsiLine.$Properties|null|undefined} some
             * @memberof kubepulse.v1.Psi
             * @instance
             */
            Psi.prototype.some = null;

            /**
             * Psi full.
             * @member {kubepulse.v1.PsiLine.$Properties|null|undefined} full
             * @memberof kubepulse.v1.Psi
             * @instance
             */
            Psi.prototype.full = null;

            /**
             * Creates a new Psi instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.Psi
             * @static
             * @param {kubepulse.v1.Psi.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.Psi} Psi instance
             * @type {{
             *   (properties: kubepulse.v1.Psi.$Shape): kubepulse.v1.Psi & kubepulse.v1.Psi.$Shape;
             *   (properties?: kubepulse.v1.Psi.$Properties): kubepulse.v1.Psi;
             * }}
             */
            Psi.create = function(properties) {
                return new Psi(properties);
            };

            /**
             * Encodes the specified Psi message. Does not implicitly {@link kubepulse.v1.Psi.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.Psi
             * @static
             * @param {kubepulse.v1.Psi.$Properties} m Psi message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Psi.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.some != null && $Object.hasOwnProperty.call(m, "some"))
                    $root.kubepulse.v1.PsiLine.encode(m.some, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.full != null && $Object.hasOwnProperty.call(m, "full"))
                    $root.kubepulse.v1.PsiLine.encode(m.full, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Psi message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.Psi
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.Psi & kubepulse.v1.Psi.$Shape} Psi
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Psi.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.Psi();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.some = $root.kubepulse.v1.PsiLine.decode(r, r.size(), $undefined, q + 1, m.some);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.full = $root.kubepulse.v1.PsiLine.decode(r, r.size(), $undefined, q + 1, m.full);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Psi message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.Psi
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.Psi} Psi
             */
            Psi.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.Psi)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.Psi: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.Psi();
                if (d.some != null) {
                    if (!$util.isObject(d.some))
                        throw $TypeError(".kubepulse.v1.Psi.some: object expected");
                    m.some = $root.kubepulse.v1.PsiLine.fromObject(d.some, q + 1);
                }
                if (d.full != null) {
                    if (!$util.isObject(d.full))
                        throw $TypeError(".kubepulse.v1.Psi.full: object expected");
                    m.full = $root.kubepulse.v1.PsiLine.fromObject(d.full, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Psi message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.Psi
             * @static
             * @param {kubepulse.v1.Psi} m Psi
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Psi.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.some = null;
                    d.full = null;
                }
                if (m.some != null && $Object.hasOwnProperty.call(m, "some")) {
                    d.some = $root.kubepulse.v1.PsiLine.toObject(m.some, o, q + 1);
                }
                if (m.full != null && $Object.hasOwnProperty.call(m, "full")) {
                    d.full = $root.kubepulse.v1.PsiLine.toObject(m.full, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this Psi to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.Psi
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Psi.prototype.toJSON = function() {
                return Psi.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Psi
             * @function getTypeUrl
             * @memberof kubepulse.v1.Psi
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Psi.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.Psi";
            };

            return Psi;
        })();

        v1.CpuCounters = (function() {

            /**
             * Properties of a CpuCounters.
             * @typedef {Object} kubepulse.v1.CpuCounters.$Properties
             * @property {number|Long|null} [timeUnixNano] CpuCounters timeUnixNano
             * @property {number|Long|null} [usageNs] CpuCounters usageNs
             * @property {number|Long|null} [userNs] CpuCounters userNs
             * @property {number|Long|null} [systemNs] CpuCounters systemNs
             * @property {number|Long|null} [nrPeriods] CpuCounters nrPeriods
             * @property {number|Long|null} [nrThrottled] CpuCounters nrThrottled
             * @property {number|Long|null} [throttledNs] CpuCounters throttledNs
             * @property {kubepulse.v1.Psi.$Properties|null} [psi] CpuCounters psi
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CpuCounters.
             * @memberof kubepulse.v1
             * @interface ICpuCounters
             * @augments kubepulse.v1.CpuCounters.$Properties
             * @deprecated Use kubepulse.v1.CpuCounters.$Properties instead.
             */

            /**
             * Shape of a CpuCounters.
             * @typedef {kubepulse.v1.CpuCounters.$Properties} kubepulse.v1.CpuCounters.$Shape
             */

            /**
             * Constructs a new CpuCounters.
             * @memberof kubepulse.v1
             * @classdesc Represents a CpuCounters.
             * @constructor
             * @param {kubepulse.v1.CpuCounters.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CpuCounters = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CpuCounters timeUnixNano.
             * @member {number|Long} timeUnixNano
             * @memberof kubepulse.v1.CpuCounters
             * @instance
             */
            CpuCounters.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CpuCounters usageNs.
             * @member {number|Long} usageNs
             * @memberof kubepulse.v1.CpuCounters
             * @instance
             */
            CpuCounters.prototype.usageNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CpuCounters userNs.
             * @member {number|Long|null|undefined} userNs
             * @memberof kubepulse.v1.CpuCounters
             * @instance
             */
            CpuCounters.prototype.userNs = null;

            /**
             * CpuCounters systemNs.
             * @member {number|Long|null|undefined} systemNs
             * @memberof kubepulse.v1.CpuCounters
             * @instance
             */
            CpuCounters.prototype.systemNs = null;

            /**
             * CpuCounters nrPeriods.
             * @member {number|Long|null|undefined} nrPeriods
             * @memberof kubepulse.v1.CpuCounters
             * @instance
             */
            CpuCounters.prototype.nrPeriods = null;

            /**
             * CpuCounters nrThrottled.
             * @member {number|Long|null|undefined} nrThrottled
             * @memberof kubepulse.v1.CpuCounters
             * @instance
             */
            CpuCounters.prototype.nrThrottled = null;

            /**
             * CpuCounters throttledNs.
             * @member {number|Long|null|undefined} throttledNs
             * @memberof kubepulse.v1.CpuCounters
             * @instance
             */
            CpuCounters.prototype.throttledNs = null;

            /**
             * CpuCounters psi.
             * @member {kubepulse.v1.Psi.$Properties|null|undefined} psi
             * @memberof kubepulse.v1.CpuCounters
             * @instance
             */
            CpuCounters.prototype.psi = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CpuCounters.prototype, "_userNs", {
                get: $util.oneOfGetter($oneOfFields = ["userNs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CpuCounters.prototype, "_systemNs", {
                get: $util.oneOfGetter($oneOfFields = ["systemNs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CpuCounters.prototype, "_nrPeriods", {
                get: $util.oneOfGetter($oneOfFields = ["nrPeriods"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CpuCounters.prototype, "_nrThrottled", {
                get: $util.oneOfGetter($oneOfFields = ["nrThrottled"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CpuCounters.prototype, "_throttledNs", {
                get: $util.oneOfGetter($oneOfFields = ["throttledNs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CpuCounters instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.CpuCounters
             * @static
             * @param {kubepulse.v1.CpuCounters.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.CpuCounters} CpuCounters instance
             * @type {{
             *   (properties: kubepulse.v1.CpuCounters.$Shape): kubepulse.v1.CpuCounters & kubepulse.v1.CpuCounters.$Shape;
             *   (properties?: kubepulse.v1.CpuCounters.$Properties): kubepulse.v1.CpuCounters;
             * }}
             */
            CpuCounters.create = function(properties) {
                return new CpuCounters(properties);
            };

            /**
             * Encodes the specified CpuCounters message. Does not implicitly {@link kubepulse.v1.CpuCounters.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.CpuCounters
             * @static
             * @param {kubepulse.v1.CpuCounters.$Properties} m CpuCounters message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CpuCounters.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timeUnixNano);
                if (m.usageNs != null && $Object.hasOwnProperty.call(m, "usageNs") && (typeof m.usageNs === "object" ? m.usageNs.low || m.usageNs.high : m.usageNs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.usageNs);
                if (m.userNs != null && $Object.hasOwnProperty.call(m, "userNs"))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.userNs);
                if (m.systemNs != null && $Object.hasOwnProperty.call(m, "systemNs"))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.systemNs);
                if (m.nrPeriods != null && $Object.hasOwnProperty.call(m, "nrPeriods"))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.nrPeriods);
                if (m.nrThrottled != null && $Object.hasOwnProperty.call(m, "nrThrottled"))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.nrThrottled);
                if (m.throttledNs != null && $Object.hasOwnProperty.call(m, "throttledNs"))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.throttledNs);
                if (m.psi != null && $Object.hasOwnProperty.call(m, "psi"))
                    $root.kubepulse.v1.Psi.encode(m.psi, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CpuCounters message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.CpuCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.CpuCounters & kubepulse.v1.CpuCounters.$Shape} CpuCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CpuCounters.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.CpuCounters();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeUnixNano = v;
                            else
                                delete m.timeUnixNano;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.usageNs = v;
                            else
                                delete m.usageNs;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.userNs = r.uint64();
                            m._userNs = "userNs";
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            m.systemNs = r.uint64();
                            m._systemNs = "systemNs";
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            m.nrPeriods = r.uint64();
                            m._nrPeriods = "nrPeriods";
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            m.nrThrottled = r.uint64();
                            m._nrThrottled = "nrThrottled";
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            m.throttledNs = r.uint64();
                            m._throttledNs = "throttledNs";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.psi = $root.kubepulse.v1.Psi.decode(r, r.size(), $undefined, q + 1, m.psi);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a CpuCounters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.CpuCounters
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.CpuCounters} CpuCounters
             */
            CpuCounters.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.CpuCounters)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.CpuCounters: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.CpuCounters();
                if (d.timeUnixNano != null) {
                    if (typeof d.timeUnixNano === "object" ? d.timeUnixNano.low || d.timeUnixNano.high : $Number(d.timeUnixNano) !== 0) {
                        if ($util.Long)
                            m.timeUnixNano = $util.Long.fromValue(d.timeUnixNano, false);
                        else if (typeof d.timeUnixNano === "string")
                            m.timeUnixNano = $parseInt(d.timeUnixNano, 10);
                        else if (typeof d.timeUnixNano === "number")
                            m.timeUnixNano = d.timeUnixNano;
                        else if (typeof d.timeUnixNano === "object")
                            m.timeUnixNano = new $util.LongBits(d.timeUnixNano.low >>> 0, d.timeUnixNano.high >>> 0).toNumber();
                    }
                }
                if (d.usageNs != null) {
                    if (typeof d.usageNs === "object" ? d.usageNs.low || d.usageNs.high : $Number(d.usageNs) !== 0) {
                        if ($util.Long)
                            m.usageNs = $util.Long.fromValue(d.usageNs, true);
                        else if (typeof d.usageNs === "string")
                            m.usageNs = $parseInt(d.usageNs, 10);
                        else if (typeof d.usageNs === "number")
                            m.usageNs = d.usageNs;
                        else if (typeof d.usageNs === "object")
                            m.usageNs = new $util.LongBits(d.usageNs.low >>> 0, d.usageNs.high >>> 0).toNumber(true);
                    }
                }
                if (d.userNs != null) {
                    if ($util.Long)
                        m.userNs = $util.Long.fromValue(d.userNs, true);
                    else if (typeof d.userNs === "string")
                        m.userNs = $parseInt(d.userNs, 10);
                    else if (typeof d.userNs === "number")
                        m.userNs = d.userNs;
                    else if (typeof d.userNs === "object")
                        m.userNs = new $util.LongBits(d.userNs.low >>> 0, d.userNs.high >>> 0).toNumber(true);
                }
                if (d.systemNs != null) {
                    if ($util.Long)
                        m.systemNs = $util.Long.fromValue(d.systemNs, true);
                    else if (typeof d.systemNs === "string")
                        m.systemNs = $parseInt(d.systemNs, 10);
                    else if (typeof d.systemNs === "number")
                        m.systemNs = d.systemNs;
                    else if (typeof d.systemNs === "object")
                        m.systemNs = new $util.LongBits(d.systemNs.low >>> 0, d.systemNs.high >>> 0).toNumber(true);
                }
                if (d.nrPeriods != null) {
                    if ($util.Long)
                        m.nrPeriods = $util.Long.fromValue(d.nrPeriods, true);
                    else if (typeof d.nrPeriods === "string")
                        m.nrPeriods = $parseInt(d.nrPeriods, 10);
                    else if (typeof d.nrPeriods === "number")
                        m.nrPeriods = d.nrPeriods;
                    else if (typeof d.nrPeriods === "object")
                        m.nrPeriods = new $util.LongBits(d.nrPeriods.low >>> 0, d.nrPeriods.high >>> 0).toNumber(true);
                }
                if (d.nrThrottled != null) {
                    if ($util.Long)
                        m.nrThrottled = $util.Long.fromValue(d.nrThrottled, true);
                    else if (typeof d.nrThrottled === "string")
                        m.nrThrottled = $parseInt(d.nrThrottled, 10);
                    else if (typeof d.nrThrottled === "number")
                        m.nrThrottled = d.nrThrottled;
                    else if (typeof d.nrThrottled === "object")
                        m.nrThrottled = new $util.LongBits(d.nrThrottled.low >>> 0, d.nrThrottled.high >>> 0).toNumber(true);
                }
                if (d.throttledNs != null) {
                    if ($util.Long)
                        m.throttledNs = $util.Long.fromValue(d.throttledNs, true);
                    else if (typeof d.throttledNs === "string")
                        m.throttledNs = $parseInt(d.throttledNs, 10);
                    else if (typeof d.throttledNs === "number")
                        m.throttledNs = d.throttledNs;
                    else if (typeof d.throttledNs === "object")
                        m.throttledNs = new $util.LongBits(d.throttledNs.low >>> 0, d.throttledNs.high >>> 0).toNumber(true);
                }
                if (d.psi != null) {
                    if (!$util.isObject(d.psi))
                        throw $TypeError(".kubepulse.v1.CpuCounters.psi: object expected");
                    m.psi = $root.kubepulse.v1.Psi.fromObject(d.psi, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a CpuCounters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.CpuCounters
             * @static
             * @param {kubepulse.v1.CpuCounters} m CpuCounters
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CpuCounters.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.usageNs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.usageNs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.psi = null;
                }
                if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeUnixNano = typeof m.timeUnixNano === "number" ? $BigInt(m.timeUnixNano) : $util.Long.fromBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0, false).toBigInt();
                    else if (typeof m.timeUnixNano === "number")
                        d.timeUnixNano = o.longs === $String ? $String(m.timeUnixNano) : m.timeUnixNano;
                    else
                        d.timeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.timeUnixNano) : o.longs === $Number ? new $util.LongBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0).toNumber() : m.timeUnixNano;
                }
                if (m.usageNs != null && $Object.hasOwnProperty.call(m, "usageNs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.usageNs = typeof m.usageNs === "number" ? $BigInt(m.usageNs) : $util.Long.fromBits(m.usageNs.low >>> 0, m.usageNs.high >>> 0, true).toBigInt();
                    else if (typeof m.usageNs === "number")
                        d.usageNs = o.longs === $String ? $String(m.usageNs) : m.usageNs;
                    else
                        d.usageNs = o.longs === $String ? $util.Long.prototype.toString.call(m.usageNs) : o.longs === $Number ? new $util.LongBits(m.usageNs.low >>> 0, m.usageNs.high >>> 0).toNumber(true) : m.usageNs;
                }
                if (m.userNs != null && $Object.hasOwnProperty.call(m, "userNs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.userNs = typeof m.userNs === "number" ? $BigInt(m.userNs) : $util.Long.fromBits(m.userNs.low >>> 0, m.userNs.high >>> 0, true).toBigInt();
                    else if (typeof m.userNs === "number")
                        d.userNs = o.longs === $String ? $String(m.userNs) : m.userNs;
                    else
                        d.userNs = o.longs === $String ? $util.Long.prototype.toString.call(m.userNs) : o.longs === $Number ? new $util.LongBits(m.userNs.low >>> 0, m.userNs.high >>> 0).toNumber(true) : m.userNs;
                }
                if (m.systemNs != null && $Object.hasOwnProperty.call(m, "systemNs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.systemNs = typeof m.systemNs === "number" ? $BigInt(m.systemNs) : $util.Long.fromBits(m.systemNs.low >>> 0, m.systemNs.high >>> 0, true).toBigInt();
                    else if (typeof m.systemNs === "number")
                        d.systemNs = o.longs === $String ? $String(m.systemNs) : m.systemNs;
                    else
                        d.systemNs = o.longs === $String ? $util.Long.prototype.toString.call(m.systemNs) : o.longs === $Number ? new $util.LongBits(m.systemNs.low >>> 0, m.systemNs.high >>> 0).toNumber(true) : m.systemNs;
                }
                if (m.nrPeriods != null && $Object.hasOwnProperty.call(m, "nrPeriods")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.nrPeriods = typeof m.nrPeriods === "number" ? $BigInt(m.nrPeriods) : $util.Long.fromBits(m.nrPeriods.low >>> 0, m.nrPeriods.high >>> 0, true).toBigInt();
                    else if (typeof m.nrPeriods === "number")
                        d.nrPeriods = o.longs === $String ? $String(m.nrPeriods) : m.nrPeriods;
                    else
                        d.nrPeriods = o.longs === $String ? $util.Long.prototype.toString.call(m.nrPeriods) : o.longs === $Number ? new $util.LongBits(m.nrPeriods.low >>> 0, m.nrPeriods.high >>> 0).toNumber(true) : m.nrPeriods;
                }
                if (m.nrThrottled != null && $Object.hasOwnProperty.call(m, "nrThrottled")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.nrThrottled = typeof m.nrThrottled === "number" ? $BigInt(m.nrThrottled) : $util.Long.fromBits(m.nrThrottled.low >>> 0, m.nrThrottled.high >>> 0, true).toBigInt();
                    else if (typeof m.nrThrottled === "number")
                        d.nrThrottled = o.longs === $String ? $String(m.nrThrottled) : m.nrThrottled;
                    else
                        d.nrThrottled = o.longs === $String ? $util.Long.prototype.toString.call(m.nrThrottled) : o.longs === $Number ? new $util.LongBits(m.nrThrottled.low >>> 0, m.nrThrottled.high >>> 0).toNumber(true) : m.nrThrottled;
                }
                if (m.throttledNs != null && $Object.hasOwnProperty.call(m, "throttledNs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.throttledNs = typeof m.throttledNs === "number" ? $BigInt(m.throttledNs) : $util.Long.fromBits(m.throttledNs.low >>> 0, m.throttledNs.high >>> 0, true).toBigInt();
                    else if (typeof m.throttledNs === "number")
                        d.throttledNs = o.longs === $String ? $String(m.throttledNs) : m.throttledNs;
                    else
                        d.throttledNs = o.longs === $String ? $util.Long.prototype.toString.call(m.throttledNs) : o.longs === $Number ? new $util.LongBits(m.throttledNs.low >>> 0, m.throttledNs.high >>> 0).toNumber(true) : m.throttledNs;
                }
                if (m.psi != null && $Object.hasOwnProperty.call(m, "psi")) {
                    d.psi = $root.kubepulse.v1.Psi.toObject(m.psi, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this CpuCounters to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.CpuCounters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CpuCounters.prototype.toJSON = function() {
                return CpuCounters.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CpuCounters
             * @function getTypeUrl
             * @memberof kubepulse.v1.CpuCounters
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CpuCounters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.CpuCounters";
            };

            return CpuCounters;
        })();

        v1.MemoryCounters = (function() {

            /**
             * Properties of a MemoryCounters.
             * @typedef {Object} kubepulse.v1.MemoryCounters.$Properties
             * @property {number|Long|null} [timeUnixNano] MemoryCounters timeUnixNano
             * @property {number|Long|null} [usageBytes] MemoryCounters usageBytes
             * @property {number|Long|null} [workingSetBytes] MemoryCounters workingSetBytes
             * @property {number|Long|null} [rssBytes] MemoryCounters rssBytes
             * @property {number|Long|null} [pageFaults] MemoryCounters pageFaults
             * @property {number|Long|null} [majorPageFaults] MemoryCounters majorPageFaults
             * @property {number|Long|null} [limitBytes] MemoryCounters limitBytes
             * @property {number|Long|null} [swapUsageBytes] MemoryCounters swapUsageBytes
             * @property {number|Long|null} [swapLimitBytes] MemoryCounters swapLimitBytes
             * @property {kubepulse.v1.Psi.$Properties|null} [psi] MemoryCounters psi
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemoryCounters.
             * @memberof kubepulse.v1
             * @interface IMemoryCounters
             * @augments kubepulse.v1.MemoryCounters.$Properties
             * @deprecated Use kubepulse.v1.MemoryCounters.$Properties instead.
             */

            /**
             * Shape of a MemoryCounters.
             * @typedef {kubepulse.v1.MemoryCounters.$Properties} kubepulse.v1.MemoryCounters.$Shape
             */

            /**
             * Constructs a new MemoryCounters.
             * @memberof kubepulse.v1
             * @classdesc Represents a MemoryCounters.
             * @constructor
             * @param {kubepulse.v1.MemoryCounters.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemoryCounters = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MemoryCounters timeUnixNano.
             * @member {number|Long} timeUnixNano
             * @memberof kubepulse.v1.MemoryCounters
             * @instance
             */
            MemoryCounters.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MemoryCounters usageBytes.
             * @member {number|Long} usageBytes
             * @memberof kubepulse.v1.MemoryCounters
             * @instance
             */
            MemoryCounters.prototype.usageBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MemoryCounters workingSetBytes.
             * @member {number|Long} workingSetBytes
             * @memberof kubepulse.v1.MemoryCounters
             * @instance
             */
            MemoryCounters.prototype.workingSetBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MemoryCounters rssBytes.
             * @member {number|Long|null|undefined} rssBytes
             * @memberof kubepulse.v1.MemoryCounters
             * @instance
             */
            MemoryCounters.prototype.rssBytes = null;

            /**
             * MemoryCounters pageFaults.
             * @member {number|Long|null|undefined} pageFaults
             * @memberof kubepulse.v1.MemoryCounters
             * @instance
             */
            MemoryCounters.prototype.pageFaults = null;

            /**
             * MemoryCounters majorPageFaults.
             * @member {number|Long|null|undefined} majorPageFaults
             * @memberof kubepulse.v1.MemoryCounters
             * @instance
             */
            MemoryCounters.prototype.majorPageFaults = null;

            /**
             * MemoryCounters limitBytes.
             * @member {number|Long|null|undefined} limitBytes
             * @memberof kubepulse.v1.MemoryCounters
             * @instance
             */
            MemoryCounters.prototype.limitBytes = null;

            /**
             * MemoryCounters swapUsageBytes.
             * @member {number|Long|null|undefined} swapUsageBytes
             * @memberof kubepulse.v1.MemoryCounters
             * @instance
             */
            MemoryCounters.prototype.swapUsageBytes = null;

            /**
             * MemoryCounters swapLimitBytes.
             * @member {number|Long|null|undefined} swapLimitBytes
             * @memberof kubepulse.v1.MemoryCounters
             * @instance
             */
            MemoryCounters.prototype.swapLimitBytes = null;

            /**
             * MemoryCounters psi.
             * @member {kubepulse.v1.Psi.$Properties|null|undefined} psi
             * @memberof kubepulse.v1.MemoryCounters
             * @instance
             */
            MemoryCounters.prototype.psi = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(MemoryCounters.prototype, "_rssBytes", {
                get: $util.oneOfGetter($oneOfFields = ["rssBytes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(MemoryCounters.prototype, "_pageFaults", {
                get: $util.oneOfGetter($oneOfFields = ["pageFaults"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(MemoryCounters.prototype, "_majorPageFaults", {
                get: $util.oneOfGetter($oneOfFields = ["majorPageFaults"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(MemoryCounters.prototype, "_limitBytes", {
                get: $util.oneOfGetter($oneOfFields = ["limitBytes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(MemoryCounters.prototype, "_swapUsageBytes", {
                get: $util.oneOfGetter($oneOfFields = ["swapUsageBytes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(MemoryCounters.prototype, "_swapLimitBytes", {
                get: $util.oneOfGetter($oneOfFields = ["swapLimitBytes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new MemoryCounters instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.MemoryCounters
             * @static
             * @param {kubepulse.v1.MemoryCounters.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.MemoryCounters} MemoryCounters instance
             * @type {{
             *   (properties: kubepulse.v1.MemoryCounters.$Shape): kubepulse.v1.MemoryCounters & kubepulse.v1.MemoryCounters.$Shape;
             *   (properties?: kubepulse.v1.MemoryCounters.$Properties): kubepulse.v1.MemoryCounters;
             * }}
             */
            MemoryCounters.create = function(properties) {
                return new MemoryCounters(properties);
            };

            /**
             * Encodes the specified MemoryCounters message. Does not implicitly {@link kubepulse.v1.MemoryCounters.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.MemoryCounters
             * @static
             * @param {kubepulse.v1.MemoryCounters.$Properties} m MemoryCounters message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemoryCounters.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timeUnixNano);
                if (m.usageBytes != null && $Object.hasOwnProperty.call(m, "usageBytes") && (typeof m.usageBytes === "object" ? m.usageBytes.low || m.usageBytes.high : m.usageBytes !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.usageBytes);
                if (m.workingSetBytes != null && $Object.hasOwnProperty.call(m, "workingSetBytes") && (typeof m.workingSetBytes === "object" ? m.workingSetBytes.low || m.workingSetBytes.high : m.workingSetBytes !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.workingSetBytes);
                if (m.rssBytes != null && $Object.hasOwnProperty.call(m, "rssBytes"))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.rssBytes);
                if (m.pageFaults != null && $Object.hasOwnProperty.call(m, "pageFaults"))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.pageFaults);
                if (m.majorPageFaults != null && $Object.hasOwnProperty.call(m, "majorPageFaults"))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.majorPageFaults);
                if (m.limitBytes != null && $Object.hasOwnProperty.call(m, "limitBytes"))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.limitBytes);
                if (m.swapUsageBytes != null && $Object.hasOwnProperty.call(m, "swapUsageBytes"))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.swapUsageBytes);
                if (m.swapLimitBytes != null && $Object.hasOwnProperty.call(m, "swapLimitBytes"))
                    w.uint32(/* id 9, wireType 0 =*/72).uint64(m.swapLimitBytes);
                if (m.psi != null && $Object.hasOwnProperty.call(m, "psi"))
                    $root.kubepulse.v1.Psi.encode(m.psi, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a MemoryCounters message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.MemoryCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.MemoryCounters & kubepulse.v1.MemoryCounters.$Shape} MemoryCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemoryCounters.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.MemoryCounters();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeUnixNano = v;
                            else
                                delete m.timeUnixNano;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.usageBytes = v;
                            else
                                delete m.usageBytes;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.workingSetBytes = v;
                            else
                                delete m.workingSetBytes;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            m.rssBytes = r.uint64();
                            m._rssBytes = "rssBytes";
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            m.pageFaults = r.uint64();
                            m._pageFaults = "pageFaults";
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            m.majorPageFaults = r.uint64();
                            m._majorPageFaults = "majorPageFaults";
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            m.limitBytes = r.uint64();
                            m._limitBytes = "limitBytes";
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            m.swapUsageBytes = r.uint64();
                            m._swapUsageBytes = "swapUsageBytes";
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            m.swapLimitBytes = r.uint64();
                            m._swapLimitBytes = "swapLimitBytes";
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.psi = $root.kubepulse.v1.Psi.decode(r, r.size(), $undefined, q + 1, m.psi);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a MemoryCounters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.MemoryCounters
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.MemoryCounters} MemoryCounters
             */
            MemoryCounters.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.MemoryCounters)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.MemoryCounters: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.MemoryCounters();
                if (d.timeUnixNano != null) {
                    if (typeof d.timeUnixNano === "object" ? d.timeUnixNano.low || d.timeUnixNano.high : $Number(d.timeUnixNano) !== 0) {
                        if ($util.Long)
                            m.timeUnixNano = $util.Long.fromValue(d.timeUnixNano, false);
                        else if (typeof d.timeUnixNano === "string")
                            m.timeUnixNano = $parseInt(d.timeUnixNano, 10);
                        else if (typeof d.timeUnixNano === "number")
                            m.timeUnixNano = d.timeUnixNano;
                        else if (typeof d.timeUnixNano === "object")
                            m.timeUnixNano = new $util.LongBits(d.timeUnixNano.low >>> 0, d.timeUnixNano.high >>> 0).toNumber();
                    }
                }
                if (d.usageBytes != null) {
                    if (typeof d.usageBytes === "object" ? d.usageBytes.low || d.usageBytes.high : $Number(d.usageBytes) !== 0) {
                        if ($util.Long)
                            m.usageBytes = $util.Long.fromValue(d.usageBytes, true);
                        else if (typeof d.usageBytes === "string")
                            m.usageBytes = $parseInt(d.usageBytes, 10);
                        else if (typeof d.usageBytes === "number")
                            m.usageBytes = d.usageBytes;
                        else if (typeof d.usageBytes === "object")
                            m.usageBytes = new $util.LongBits(d.usageBytes.low >>> 0, d.usageBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.workingSetBytes != null) {
                    if (typeof d.workingSetBytes === "object" ? d.workingSetBytes.low || d.workingSetBytes.high : $Number(d.workingSetBytes) !== 0) {
                        if ($util.Long)
                            m.workingSetBytes = $util.Long.fromValue(d.workingSetBytes, true);
                        else if (typeof d.workingSetBytes === "string")
                            m.workingSetBytes = $parseInt(d.workingSetBytes, 10);
                        else if (typeof d.workingSetBytes === "number")
                            m.workingSetBytes = d.workingSetBytes;
                        else if (typeof d.workingSetBytes === "object")
                            m.workingSetBytes = new $util.LongBits(d.workingSetBytes.low >>> 0, d.workingSetBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.rssBytes != null) {
                    if ($util.Long)
                        m.rssBytes = $util.Long.fromValue(d.rssBytes, true);
                    else if (typeof d.rssBytes === "string")
                        m.rssBytes = $parseInt(d.rssBytes, 10);
                    else if (typeof d.rssBytes === "number")
                        m.rssBytes = d.rssBytes;
                    else if (typeof d.rssBytes === "object")
                        m.rssBytes = new $util.LongBits(d.rssBytes.low >>> 0, d.rssBytes.high >>> 0).toNumber(true);
                }
                if (d.pageFaults != null) {
                    if ($util.Long)
                        m.pageFaults = $util.Long.fromValue(d.pageFaults, true);
                    else if (typeof d.pageFaults === "string")
                        m.pageFaults = $parseInt(d.pageFaults, 10);
                    else if (typeof d.pageFaults === "number")
                        m.pageFaults = d.pageFaults;
                    else if (typeof d.pageFaults === "object")
                        m.pageFaults = new $util.LongBits(d.pageFaults.low >>> 0, d.pageFaults.high >>> 0).toNumber(true);
                }
                if (d.majorPageFaults != null) {
                    if ($util.Long)
                        m.majorPageFaults = $util.Long.fromValue(d.majorPageFaults, true);
                    else if (typeof d.majorPageFaults === "string")
                        m.majorPageFaults = $parseInt(d.majorPageFaults, 10);
                    else if (typeof d.majorPageFaults === "number")
                        m.majorPageFaults = d.majorPageFaults;
                    else if (typeof d.majorPageFaults === "object")
                        m.majorPageFaults = new $util.LongBits(d.majorPageFaults.low >>> 0, d.majorPageFaults.high >>> 0).toNumber(true);
                }
                if (d.limitBytes != null) {
                    if ($util.Long)
                        m.limitBytes = $util.Long.fromValue(d.limitBytes, true);
                    else if (typeof d.limitBytes === "string")
                        m.limitBytes = $parseInt(d.limitBytes, 10);
                    else if (typeof d.limitBytes === "number")
                        m.limitBytes = d.limitBytes;
                    else if (typeof d.limitBytes === "object")
                        m.limitBytes = new $util.LongBits(d.limitBytes.low >>> 0, d.limitBytes.high >>> 0).toNumber(true);
                }
                if (d.swapUsageBytes != null) {
                    if ($util.Long)
                        m.swapUsageBytes = $util.Long.fromValue(d.swapUsageBytes, true);
                    else if (typeof d.swapUsageBytes === "string")
                        m.swapUsageBytes = $parseInt(d.swapUsageBytes, 10);
                    else if (typeof d.swapUsageBytes === "number")
                        m.swapUsageBytes = d.swapUsageBytes;
                    else if (typeof d.swapUsageBytes === "object")
                        m.swapUsageBytes = new $util.LongBits(d.swapUsageBytes.low >>> 0, d.swapUsageBytes.high >>> 0).toNumber(true);
                }
                if (d.swapLimitBytes != null) {
                    if ($util.Long)
                        m.swapLimitBytes = $util.Long.fromValue(d.swapLimitBytes, true);
                    else if (typeof d.swapLimitBytes === "string")
                        m.swapLimitBytes = $parseInt(d.swapLimitBytes, 10);
                    else if (typeof d.swapLimitBytes === "number")
                        m.swapLimitBytes = d.swapLimitBytes;
                    else if (typeof d.swapLimitBytes === "object")
                        m.swapLimitBytes = new $util.LongBits(d.swapLimitBytes.low >>> 0, d.swapLimitBytes.high >>> 0).toNumber(true);
                }
                if (d.psi != null) {
                    if (!$util.isObject(d.psi))
                        throw $TypeError(".kubepulse.v1.MemoryCounters.psi: object expected");
                    m.psi = $root.kubepulse.v1.Psi.fromObject(d.psi, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a MemoryCounters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.MemoryCounters
             * @static
             * @param {kubepulse.v1.MemoryCounters} m MemoryCounters
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemoryCounters.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.usageBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.usageBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.workingSetBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.workingSetBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.psi = null;
                }
                if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeUnixNano = typeof m.timeUnixNano === "number" ? $BigInt(m.timeUnixNano) : $util.Long.fromBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0, false).toBigInt();
                    else if (typeof m.timeUnixNano === "number")
                        d.timeUnixNano = o.longs === $String ? $String(m.timeUnixNano) : m.timeUnixNano;
                    else
                        d.timeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.timeUnixNano) : o.longs === $Number ? new $util.LongBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0).toNumber() : m.timeUnixNano;
                }
                if (m.usageBytes != null && $Object.hasOwnProperty.call(m, "usageBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.usageBytes = typeof m.usageBytes === "number" ? $BigInt(m.usageBytes) : $util.Long.fromBits(m.usageBytes.low >>> 0, m.usageBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.usageBytes === "number")
                        d.usageBytes = o.longs === $String ? $String(m.usageBytes) : m.usageBytes;
                    else
                        d.usageBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.usageBytes) : o.longs === $Number ? new $util.LongBits(m.usageBytes.low >>> 0, m.usageBytes.high >>> 0).toNumber(true) : m.usageBytes;
                }
                if (m.workingSetBytes != null && $Object.hasOwnProperty.call(m, "workingSetBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.workingSetBytes = typeof m.workingSetBytes === "number" ? $BigInt(m.workingSetBytes) : $util.Long.fromBits(m.workingSetBytes.low >>> 0, m.workingSetBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.workingSetBytes === "number")
                        d.workingSetBytes = o.longs === $String ? $String(m.workingSetBytes) : m.workingSetBytes;
                    else
                        d.workingSetBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.workingSetBytes) : o.longs === $Number ? new $util.LongBits(m.workingSetBytes.low >>> 0, m.workingSetBytes.high >>> 0).toNumber(true) : m.workingSetBytes;
                }
                if (m.rssBytes != null && $Object.hasOwnProperty.call(m, "rssBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.rssBytes = typeof m.rssBytes === "number" ? $BigInt(m.rssBytes) : $util.Long.fromBits(m.rssBytes.low >>> 0, m.rssBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.rssBytes === "number")
                        d.rssBytes = o.longs === $String ? $String(m.rssBytes) : m.rssBytes;
                    else
                        d.rssBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.rssBytes) : o.longs === $Number ? new $util.LongBits(m.rssBytes.low >>> 0, m.rssBytes.high >>> 0).toNumber(true) : m.rssBytes;
                }
                if (m.pageFaults != null && $Object.hasOwnProperty.call(m, "pageFaults")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.pageFaults = typeof m.pageFaults === "number" ? $BigInt(m.pageFaults) : $util.Long.fromBits(m.pageFaults.low >>> 0, m.pageFaults.high >>> 0, true).toBigInt();
                    else if (typeof m.pageFaults === "number")
                        d.pageFaults = o.longs === $String ? $String(m.pageFaults) : m.pageFaults;
                    else
                        d.pageFaults = o.longs === $String ? $util.Long.prototype.toString.call(m.pageFaults) : o.longs === $Number ? new $util.LongBits(m.pageFaults.low >>> 0, m.pageFaults.high >>> 0).toNumber(true) : m.pageFaults;
                }
                if (m.majorPageFaults != null && $Object.hasOwnProperty.call(m, "majorPageFaults")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.majorPageFaults = typeof m.majorPageFaults === "number" ? $BigInt(m.majorPageFaults) : $util.Long.fromBits(m.majorPageFaults.low >>> 0, m.majorPageFaults.high >>> 0, true).toBigInt();
                    else if (typeof m.majorPageFaults === "number")
                        d.majorPageFaults = o.longs === $String ? $String(m.majorPageFaults) : m.majorPageFaults;
                    else
                        d.majorPageFaults = o.longs === $String ? $util.Long.prototype.toString.call(m.majorPageFaults) : o.longs === $Number ? new $util.LongBits(m.majorPageFaults.low >>> 0, m.majorPageFaults.high >>> 0).toNumber(true) : m.majorPageFaults;
                }
                if (m.limitBytes != null && $Object.hasOwnProperty.call(m, "limitBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.limitBytes = typeof m.limitBytes === "number" ? $BigInt(m.limitBytes) : $util.Long.fromBits(m.limitBytes.low >>> 0, m.limitBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.limitBytes === "number")
                        d.limitBytes = o.longs === $String ? $String(m.limitBytes) : m.limitBytes;
                    else
                        d.limitBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.limitBytes) : o.longs === $Number ? new $util.LongBits(m.limitBytes.low >>> 0, m.limitBytes.high >>> 0).toNumber(true) : m.limitBytes;
                }
                if (m.swapUsageBytes != null && $Object.hasOwnProperty.call(m, "swapUsageBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.swapUsageBytes = typeof m.swapUsageBytes === "number" ? $BigInt(m.swapUsageBytes) : $util.Long.fromBits(m.swapUsageBytes.low >>> 0, m.swapUsageBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.swapUsageBytes === "number")
                        d.swapUsageBytes = o.longs === $String ? $String(m.swapUsageBytes) : m.swapUsageBytes;
                    else
                        d.swapUsageBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.swapUsageBytes) : o.longs === $Number ? new $util.LongBits(m.swapUsageBytes.low >>> 0, m.swapUsageBytes.high >>> 0).toNumber(true) : m.swapUsageBytes;
                }
                if (m.swapLimitBytes != null && $Object.hasOwnProperty.call(m, "swapLimitBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.swapLimitBytes = typeof m.swapLimitBytes === "number" ? $BigInt(m.swapLimitBytes) : $util.Long.fromBits(m.swapLimitBytes.low >>> 0, m.swapLimitBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.swapLimitBytes === "number")
                        d.swapLimitBytes = o.longs === $String ? $String(m.swapLimitBytes) : m.swapLimitBytes;
                    else
                        d.swapLimitBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.swapLimitBytes) : o.longs === $Number ? new $util.LongBits(m.swapLimitBytes.low >>> 0, m.swapLimitBytes.high >>> 0).toNumber(true) : m.swapLimitBytes;
                }
                if (m.psi != null && $Object.hasOwnProperty.call(m, "psi")) {
                    d.psi = $root.kubepulse.v1.Psi.toObject(m.psi, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this MemoryCounters to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.MemoryCounters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemoryCounters.prototype.toJSON = function() {
                return MemoryCounters.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemoryCounters
             * @function getTypeUrl
             * @memberof kubepulse.v1.MemoryCounters
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemoryCounters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.MemoryCounters";
            };

            return MemoryCounters;
        })();

        v1.InterfaceCounters = (function() {

            /**
             * Properties of an InterfaceCounters.
             * @typedef {Object} kubepulse.v1.InterfaceCounters.$Properties
             * @property {string|null} [name] InterfaceCounters name
             * @property {number|Long|null} [rxBytes] InterfaceCounters rxBytes
             * @property {number|Long|null} [rxErrors] InterfaceCounters rxErrors
             * @property {number|Long|null} [txBytes] InterfaceCounters txBytes
             * @property {number|Long|null} [txErrors] InterfaceCounters txErrors
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InterfaceCounters.
             * @memberof kubepulse.v1
             * @interface IInterfaceCounters
             * @augments kubepulse.v1.InterfaceCounters.$Properties
             * @deprecated Use kubepulse.v1.InterfaceCounters.$Properties instead.
             */

            /**
             * Shape of an InterfaceCounters.
             * @typedef {kubepulse.v1.InterfaceCounters.$Properties} kubepulse.v1.InterfaceCounters.$Shape
             */

            /**
             * Constructs a new InterfaceCounters.
             * @memberof kubepulse.v1
             * @classdesc Represents an InterfaceCounters.
             * @constructor
             * @param {kubepulse.v1.InterfaceCounters.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InterfaceCounters = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * InterfaceCounters name.
             * @member {string} name
             * @memberof kubepulse.v1.InterfaceCounters
             * @instance
             */
            InterfaceCounters.prototype.name = "";

            /**
             * InterfaceCounters rxBytes.
             * @member {number|Long} rxBytes
             * @memberof kubepulse.v1.InterfaceCounters
             * @instance
             */
            InterfaceCounters.prototype.rxBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InterfaceCounters rxErrors.
             * @member {number|Long} rxErrors
             * @memberof kubepulse.v1.InterfaceCounters
             * @instance
             */
            InterfaceCounters.prototype.rxErrors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InterfaceCounters txBytes.
             * @member {number|Long} txBytes
             * @memberof kubepulse.v1.InterfaceCounters
             * @instance
             */
            InterfaceCounters.prototype.txBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InterfaceCounters txErrors.
             * @member {number|Long} txErrors
             * @memberof kubepulse.v1.InterfaceCounters
             * @instance
             */
            InterfaceCounters.prototype.txErrors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new InterfaceCounters instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.InterfaceCounters
             * @static
             * @param {kubepulse.v1.InterfaceCounters.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.InterfaceCounters} InterfaceCounters instance
             * @type {{
             *   (properties: kubepulse.v1.InterfaceCounters.$Shape): kubepulse.v1.InterfaceCounters & kubepulse.v1.InterfaceCounters.$Shape;
             *   (properties?: kubepulse.v1.InterfaceCounters.$Properties): kubepulse.v1.InterfaceCounters;
             * }}
             */
            InterfaceCounters.create = function(properties) {
                return new InterfaceCounters(properties);
            };

            /**
             * Encodes the specified InterfaceCounters message. Does not implicitly {@link kubepulse.v1.InterfaceCounters.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.InterfaceCounters
             * @static
             * @param {kubepulse.v1.InterfaceCounters.$Properties} m InterfaceCounters message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InterfaceCounters.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.rxBytes != null && $Object.hasOwnProperty.call(m, "rxBytes") && (typeof m.rxBytes === "object" ? m.rxBytes.low || m.rxBytes.high : m.rxBytes !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.rxBytes);
                if (m.rxErrors != null && $Object.hasOwnProperty.call(m, "rxErrors") && (typeof m.rxErrors === "object" ? m.rxErrors.low || m.rxErrors.high : m.rxErrors !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.rxErrors);
                if (m.txBytes != null && $Object.hasOwnProperty.call(m, "txBytes") && (typeof m.txBytes === "object" ? m.txBytes.low || m.txBytes.high : m.txBytes !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.txBytes);
                if (m.txErrors != null && $Object.hasOwnProperty.call(m, "txErrors") && (typeof m.txErrors === "object" ? m.txErrors.low || m.txErrors.high : m.txErrors !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.txErrors);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an InterfaceCounters message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.InterfaceCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.InterfaceCounters & kubepulse.v1.InterfaceCounters.$Shape} InterfaceCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InterfaceCounters.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.InterfaceCounters();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.rxBytes = v;
                            else
                                delete m.rxBytes;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.rxErrors = v;
                            else
                                delete m.rxErrors;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.txBytes = v;
                            else
                                delete m.txBytes;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.txErrors = v;
                            else
                                delete m.txErrors;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an InterfaceCounters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.InterfaceCounters
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.InterfaceCounters} InterfaceCounters
             */
            InterfaceCounters.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.InterfaceCounters)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.InterfaceCounters: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.InterfaceCounters();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.rxBytes != null) {
                    if (typeof d.rxBytes === "object" ? d.rxBytes.low || d.rxBytes.high : $Number(d.rxBytes) !== 0) {
                        if ($util.Long)
                            m.rxBytes = $util.Long.fromValue(d.rxBytes, true);
                        else if (typeof d.rxBytes === "string")
                            m.rxBytes = $parseInt(d.rxBytes, 10);
                        else if (typeof d.rxBytes === "number")
                            m.rxBytes = d.rxBytes;
                        else if (typeof d.rxBytes === "object")
                            m.rxBytes = new $util.LongBits(d.rxBytes.low >>> 0, d.rxBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.rxErrors != null) {
                    if (typeof d.rxErrors === "object" ? d.rxErrors.low || d.rxErrors.high : $Number(d.rxErrors) !== 0) {
                        if ($util.Long)
                            m.rxErrors = $util.Long.fromValue(d.rxErrors, true);
                        else if (typeof d.rxErrors === "string")
                            m.rxErrors = $parseInt(d.rxErrors, 10);
                        else if (typeof d.rxErrors === "number")
                            m.rxErrors = d.rxErrors;
                        else if (typeof d.rxErrors === "object")
                            m.rxErrors = new $util.LongBits(d.rxErrors.low >>> 0, d.rxErrors.high >>> 0).toNumber(true);
                    }
                }
                if (d.txBytes != null) {
                    if (typeof d.txBytes === "object" ? d.txBytes.low || d.txBytes.high : $Number(d.txBytes) !== 0) {
                        if ($util.Long)
                            m.txBytes = $util.Long.fromValue(d.txBytes, true);
                        else if (typeof d.txBytes === "string")
                            m.txBytes = $parseInt(d.txBytes, 10);
                        else if (typeof d.txBytes === "number")
                            m.txBytes = d.txBytes;
                        else if (typeof d.txBytes === "object")
                            m.txBytes = new $util.LongBits(d.txBytes.low >>> 0, d.txBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.txErrors != null) {
                    if (typeof d.txErrors === "object" ? d.txErrors.low || d.txErrors.high : $Number(d.txErrors) !== 0) {
                        if ($util.Long)
                            m.txErrors = $util.Long.fromValue(d.txErrors, true);
                        else if (typeof d.txErrors === "string")
                            m.txErrors = $parseInt(d.txErrors, 10);
                        else if (typeof d.txErrors === "number")
                            m.txErrors = d.txErrors;
                        else if (typeof d.txErrors === "object")
                            m.txErrors = new $util.LongBits(d.txErrors.low >>> 0, d.txErrors.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an InterfaceCounters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.InterfaceCounters
             * @static
             * @param {kubepulse.v1.InterfaceCounters} m InterfaceCounters
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InterfaceCounters.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.rxBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.rxBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.rxErrors = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.rxErrors = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.txBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.txBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.txErrors = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.txErrors = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.rxBytes != null && $Object.hasOwnProperty.call(m, "rxBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.rxBytes = typeof m.rxBytes === "number" ? $BigInt(m.rxBytes) : $util.Long.fromBits(m.rxBytes.low >>> 0, m.rxBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.rxBytes === "number")
                        d.rxBytes = o.longs === $String ? $String(m.rxBytes) : m.rxBytes;
                    else
                        d.rxBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.rxBytes) : o.longs === $Number ? new $util.LongBits(m.rxBytes.low >>> 0, m.rxBytes.high >>> 0).toNumber(true) : m.rxBytes;
                }
                if (m.rxErrors != null && $Object.hasOwnProperty.call(m, "rxErrors")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.rxErrors = typeof m.rxErrors === "number" ? $BigInt(m.rxErrors) : $util.Long.fromBits(m.rxErrors.low >>> 0, m.rxErrors.high >>> 0, true).toBigInt();
                    else if (typeof m.rxErrors === "number")
                        d.rxErrors = o.longs === $String ? $String(m.rxErrors) : m.rxErrors;
                    else
                        d.rxErrors = o.longs === $String ? $util.Long.prototype.toString.call(m.rxErrors) : o.longs === $Number ? new $util.LongBits(m.rxErrors.low >>> 0, m.rxErrors.high >>> 0).toNumber(true) : m.rxErrors;
                }
                if (m.txBytes != null && $Object.hasOwnProperty.call(m, "txBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.txBytes = typeof m.txBytes === "number" ? $BigInt(m.txBytes) : $util.Long.fromBits(m.txBytes.low >>> 0, m.txBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.txBytes === "number")
                        d.txBytes = o.longs === $String ? $String(m.txBytes) : m.txBytes;
                    else
                        d.txBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.txBytes) : o.longs === $Number ? new $util.LongBits(m.txBytes.low >>> 0, m.txBytes.high >>> 0).toNumber(true) : m.txBytes;
                }
                if (m.txErrors != null && $Object.hasOwnProperty.call(m, "txErrors")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.txErrors = typeof m.txErrors === "number" ? $BigInt(m.txErrors) : $util.Long.fromBits(m.txErrors.low >>> 0, m.txErrors.high >>> 0, true).toBigInt();
                    else if (typeof m.txErrors === "number")
                        d.txErrors = o.longs === $String ? $String(m.txErrors) : m.txErrors;
                    else
                        d.txErrors = o.longs === $String ? $util.Long.prototype.toString.call(m.txErrors) : o.longs === $Number ? new $util.LongBits(m.txErrors.low >>> 0, m.txErrors.high >>> 0).toNumber(true) : m.txErrors;
                }
                return d;
            };

            /**
             * Converts this InterfaceCounters to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.InterfaceCounters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InterfaceCounters.prototype.toJSON = function() {
                return InterfaceCounters.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InterfaceCounters
             * @function getTypeUrl
             * @memberof kubepulse.v1.InterfaceCounters
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InterfaceCounters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.InterfaceCounters";
            };

            return InterfaceCounters;
        })();

        v1.NetworkCounters = (function() {

            /**
             * Properties of a NetworkCounters.
             * @typedef {Object} kubepulse.v1.NetworkCounters.$Properties
             * @property {number|Long|null} [timeUnixNano] NetworkCounters timeUnixNano
             * @property {Array.<kubepulse.v1.InterfaceCounters.$Properties>|null} [interfaces] NetworkCounters interfaces
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkCounters.
             * @memberof kubepulse.v1
             * @interface INetworkCounters
             * @augments kubepulse.v1.NetworkCounters.$Properties
             * @deprecated Use kubepulse.v1.NetworkCounters.$Properties instead.
             */

            /**
             * Shape of a NetworkCounters.
             * @typedef {kubepulse.v1.NetworkCounters.$Properties} kubepulse.v1.NetworkCounters.$Shape
             */

            /**
             * Constructs a new NetworkCounters.
             * @memberof kubepulse.v1
             * @classdesc Represents a NetworkCounters.
             * @constructor
             * @param {kubepulse.v1.NetworkCounters.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkCounters = function (p) {
                this.interfaces = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetworkCounters timeUnixNano.
             * @member {number|Long} timeUnixNano
             * @memberof kubepulse.v1.NetworkCounters
             * @instance
             */
            NetworkCounters.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NetworkCounters interfaces.
             * @member {Array.<kubepulse.v1.InterfaceCounters.$Properties>} interfaces
             * @memberof kubepulse.v1.NetworkCounters
             * @instance
             */
            NetworkCounters.prototype.interfaces = $util.emptyArray;

            /**
             * Creates a new NetworkCounters instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.NetworkCounters
             * @static
             * @param {kubepulse.v1.NetworkCounters.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.NetworkCounters} NetworkCounters instance
             * @type {{
             *   (properties: kubepulse.v1.NetworkCounters.$Shape): kubepulse.v1.NetworkCounters & kubepulse.v1.NetworkCounters.$Shape;
             *   (properties?: kubepulse.v1.NetworkCounters.$Properties): kubepulse.v1.NetworkCounters;
             * }}
             */
            NetworkCounters.create = function(properties) {
                return new NetworkCounters(properties);
            };

            /**
             * Encodes the specified NetworkCounters message. Does not implicitly {@link kubepulse.v1.NetworkCounters.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.NetworkCounters
             * @static
             * @param {kubepulse.v1.NetworkCounters.$Properties} m NetworkCounters message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkCounters.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timeUnixNano);
                if (m.interfaces != null && m.interfaces.length) {
                    for (var i = 0; i < m.interfaces.length; ++i)
                        $root.kubepulse.v1.InterfaceCounters.encode(m.interfaces[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NetworkCounters message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.NetworkCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.NetworkCounters & kubepulse.v1.NetworkCounters.$Shape} NetworkCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkCounters.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.NetworkCounters();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeUnixNano = v;
                            else
                                delete m.timeUnixNano;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.interfaces && m.interfaces.length))
                                m.interfaces = [];
                            m.interfaces.push($root.kubepulse.v1.InterfaceCounters.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a NetworkCounters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.NetworkCounters
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.NetworkCounters} NetworkCounters
             */
            NetworkCounters.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.NetworkCounters)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.NetworkCounters: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.NetworkCounters();
                if (d.timeUnixNano != null) {
                    if (typeof d.timeUnixNano === "object" ? d.timeUnixNano.low || d.timeUnixNano.high : $Number(d.timeUnixNano) !== 0) {
                        if ($util.Long)
                            m.timeUnixNano = $util.Long.fromValue(d.timeUnixNano, false);
                        else if (typeof d.timeUnixNano === "string")
                            m.timeUnixNano = $parseInt(d.timeUnixNano, 10);
                        else if (typeof d.timeUnixNano === "number")
                            m.timeUnixNano = d.timeUnixNano;
                        else if (typeof d.timeUnixNano === "object")
                            m.timeUnixNano = new $util.LongBits(d.timeUnixNano.low >>> 0, d.timeUnixNano.high >>> 0).toNumber();
                    }
                }
                if (d.interfaces) {
                    if (!$Array.isArray(d.interfaces))
                        throw $TypeError(".kubepulse.v1.NetworkCounters.interfaces: array expected");
                    m.interfaces = $Array(d.interfaces.length);
                    for (var i = 0; i < d.interfaces.length; ++i) {
                        if (!$util.isObject(d.interfaces[i]))
                            throw $TypeError(".kubepulse.v1.NetworkCounters.interfaces: object expected");
                        m.interfaces[i] = $root.kubepulse.v1.InterfaceCounters.fromObject(d.interfaces[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NetworkCounters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.NetworkCounters
             * @static
             * @param {kubepulse.v1.NetworkCounters} m NetworkCounters
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkCounters.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.interfaces = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeUnixNano = typeof m.timeUnixNano === "number" ? $BigInt(m.timeUnixNano) : $util.Long.fromBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0, false).toBigInt();
                    else if (typeof m.timeUnixNano === "number")
                        d.timeUnixNano = o.longs === $String ? $String(m.timeUnixNano) : m.timeUnixNano;
                    else
                        d.timeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.timeUnixNano) : o.longs === $Number ? new $util.LongBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0).toNumber() : m.timeUnixNano;
                }
                if (m.interfaces && m.interfaces.length) {
                    d.interfaces = $Array(m.interfaces.length);
                    for (var j = 0; j < m.interfaces.length; ++j) {
                        d.interfaces[j] = $root.kubepulse.v1.InterfaceCounters.toObject(m.interfaces[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this NetworkCounters to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.NetworkCounters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkCounters.prototype.toJSON = function() {
                return NetworkCounters.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkCounters
             * @function getTypeUrl
             * @memberof kubepulse.v1.NetworkCounters
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkCounters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.NetworkCounters";
            };

            return NetworkCounters;
        })();

        v1.FsStats = (function() {

            /**
             * Properties of a FsStats.
             * @typedef {Object} kubepulse.v1.FsStats.$Properties
             * @property {number|Long|null} [timeUnixNano] FsStats timeUnixNano
             * @property {number|Long|null} [capacityBytes] FsStats capacityBytes
             * @property {number|Long|null} [availableBytes] FsStats availableBytes
             * @property {number|Long|null} [usedBytes] FsStats usedBytes
             * @property {number|Long|null} [inodes] FsStats inodes
             * @property {number|Long|null} [inodesFree] FsStats inodesFree
             * @property {number|Long|null} [inodesUsed] FsStats inodesUsed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FsStats.
             * @memberof kubepulse.v1
             * @interface IFsStats
             * @augments kubepulse.v1.FsStats.$Properties
             * @deprecated Use kubepulse.v1.FsStats.$Properties instead.
             */

            /**
             * Shape of a FsStats.
             * @typedef {kubepulse.v1.FsStats.$Properties} kubepulse.v1.FsStats.$Shape
             */

            /**
             * Constructs a new FsStats.
             * @memberof kubepulse.v1
             * @classdesc Represents a FsStats.
             * @constructor
             * @param {kubepulse.v1.FsStats.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FsStats = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FsStats timeUnixNano.
             * @member {number|Long} timeUnixNano
             * @memberof kubepulse.v1.FsStats
             * @instance
             */
            FsStats.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FsStats capacityBytes.
             * @member {number|Long} capacityBytes
             * @memberof kubepulse.v1.FsStats
             * @instance
             */
            FsStats.prototype.capacityBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FsStats availableBytes.
             * @member {number|Long} availableBytes
             * @memberof kubepulse.v1.FsStats
             * @instance
             */
            FsStats.prototype.availableBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FsStats usedBytes.
             * @member {number|Long} usedBytes
             * @memberof kubepulse.v1.FsStats
             * @instance
             */
            FsStats.prototype.usedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FsStats inodes.
             * @member {number|Long} inodes
             * @memberof kubepulse.v1.FsStats
             * @instance
             */
            FsStats.prototype.inodes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FsStats inodesFree.
             * @member {number|Long} inodesFree
             * @memberof kubepulse.v1.FsStats
             * @instance
             */
            FsStats.prototype.inodesFree = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FsStats inodesUsed.
             * @member {number|Long} inodesUsed
             * @memberof kubepulse.v1.FsStats
             * @instance
             */
            FsStats.prototype.inodesUsed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new FsStats instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.FsStats
             * @static
             * @param {kubepulse.v1.FsStats.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.FsStats} FsStats instance
             * @type {{
             *   (properties: kubepulse.v1.FsStats.$Shape): kubepulse.v1.FsStats & kubepulse.v1.FsStats.$Shape;
             *   (properties?: kubepulse.v1.FsStats.$Properties): kubepulse.v1.FsStats;
             * }}
             */
            FsStats.create = function(properties) {
                return new FsStats(properties);
            };

            /**
             * Encodes the specified FsStats message. Does not implicitly {@link kubepulse.v1.FsStats.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.FsStats
             * @static
             * @param {kubepulse.v1.FsStats.$Properties} m FsStats message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FsStats.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timeUnixNano);
                if (m.capacityBytes != null && $Object.hasOwnProperty.call(m, "capacityBytes") && (typeof m.capacityBytes === "object" ? m.capacityBytes.low || m.capacityBytes.high : m.capacityBytes !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.capacityBytes);
                if (m.availableBytes != null && $Object.hasOwnProperty.call(m, "availableBytes") && (typeof m.availableBytes === "object" ? m.availableBytes.low || m.availableBytes.high : m.availableBytes !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.availableBytes);
                if (m.usedBytes != null && $Object.hasOwnProperty.call(m, "usedBytes") && (typeof m.usedBytes === "object" ? m.usedBytes.low || m.usedBytes.high : m.usedBytes !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.usedBytes);
                if (m.inodes != null && $Object.hasOwnProperty.call(m, "inodes") && (typeof m.inodes === "object" ? m.inodes.low || m.inodes.high : m.inodes !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.inodes);
                if (m.inodesFree != null && $Object.hasOwnProperty.call(m, "inodesFree") && (typeof m.inodesFree === "object" ? m.inodesFree.low || m.inodesFree.high : m.inodesFree !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.inodesFree);
                if (m.inodesUsed != null && $Object.hasOwnProperty.call(m, "inodesUsed") && (typeof m.inodesUsed === "object" ? m.inodesUsed.low || m.inodesUsed.high : m.inodesUsed !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.inodesUsed);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FsStats message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.FsStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.FsStats & kubepulse.v1.FsStats.$Shape} FsStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FsStats.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.FsStats();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeUnixNano = v;
                            else
                                delete m.timeUnixNano;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.capacityBytes = v;
                            else
                                delete m.capacityBytes;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.availableBytes = v;
                            else
                                delete m.availableBytes;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.usedBytes = v;
                            else
                                delete m.usedBytes;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.inodes = v;
                            else
                                delete m.inodes;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.inodesFree = v;
                            else
                                delete m.inodesFree;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.inodesUsed = v;
                            else
                                delete m.inodesUsed;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a FsStats message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.FsStats
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.FsStats} FsStats
             */
            FsStats.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.FsStats)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.FsStats: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.FsStats();
                if (d.timeUnixNano != null) {
                    if (typeof d.timeUnixNano === "object" ? d.timeUnixNano.low || d.timeUnixNano.high : $Number(d.timeUnixNano) !== 0) {
                        if ($util.Long)
                            m.timeUnixNano = $util.Long.fromValue(d.timeUnixNano, false);
                        else if (typeof d.timeUnixNano === "string")
                            m.timeUnixNano = $parseInt(d.timeUnixNano, 10);
                        else if (typeof d.timeUnixNano === "number")
                            m.timeUnixNano = d.timeUnixNano;
                        else if (typeof d.timeUnixNano === "object")
                            m.timeUnixNano = new $util.LongBits(d.timeUnixNano.low >>> 0, d.timeUnixNano.high >>> 0).toNumber();
                    }
                }
                if (d.capacityBytes != null) {
                    if (typeof d.capacityBytes === "object" ? d.capacityBytes.low || d.capacityBytes.high : $Number(d.capacityBytes) !== 0) {
                        if ($util.Long)
                            m.capacityBytes = $util.Long.fromValue(d.capacityBytes, true);
                        else if (typeof d.capacityBytes === "string")
                            m.capacityBytes = $parseInt(d.capacityBytes, 10);
                        else if (typeof d.capacityBytes === "number")
                            m.capacityBytes = d.capacityBytes;
                        else if (typeof d.capacityBytes === "object")
                            m.capacityBytes = new $util.LongBits(d.capacityBytes.low >>> 0, d.capacityBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.availableBytes != null) {
                    if (typeof d.availableBytes === "object" ? d.availableBytes.low || d.availableBytes.high : $Number(d.availableBytes) !== 0) {
                        if ($util.Long)
                            m.availableBytes = $util.Long.fromValue(d.availableBytes, true);
                        else if (typeof d.availableBytes === "string")
                            m.availableBytes = $parseInt(d.availableBytes, 10);
                        else if (typeof d.availableBytes === "number")
                            m.availableBytes = d.availableBytes;
                        else if (typeof d.availableBytes === "object")
                            m.availableBytes = new $util.LongBits(d.availableBytes.low >>> 0, d.availableBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.usedBytes != null) {
                    if (typeof d.usedBytes === "object" ? d.usedBytes.low || d.usedBytes.high : $Number(d.usedBytes) !== 0) {
                        if ($util.Long)
                            m.usedBytes = $util.Long.fromValue(d.usedBytes, true);
                        else if (typeof d.usedBytes === "string")
                            m.usedBytes = $parseInt(d.usedBytes, 10);
                        else if (typeof d.usedBytes === "number")
                            m.usedBytes = d.usedBytes;
                        else if (typeof d.usedBytes === "object")
                            m.usedBytes = new $util.LongBits(d.usedBytes.low >>> 0, d.usedBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.inodes != null) {
                    if (typeof d.inodes === "object" ? d.inodes.low || d.inodes.high : $Number(d.inodes) !== 0) {
                        if ($util.Long)
                            m.inodes = $util.Long.fromValue(d.inodes, true);
                        else if (typeof d.inodes === "string")
                            m.inodes = $parseInt(d.inodes, 10);
                        else if (typeof d.inodes === "number")
                            m.inodes = d.inodes;
                        else if (typeof d.inodes === "object")
                            m.inodes = new $util.LongBits(d.inodes.low >>> 0, d.inodes.high >>> 0).toNumber(true);
                    }
                }
                if (d.inodesFree != null) {
                    if (typeof d.inodesFree === "object" ? d.inodesFree.low || d.inodesFree.high : $Number(d.inodesFree) !== 0) {
                        if ($util.Long)
                            m.inodesFree = $util.Long.fromValue(d.inodesFree, true);
                        else if (typeof d.inodesFree === "string")
                            m.inodesFree = $parseInt(d.inodesFree, 10);
                        else if (typeof d.inodesFree === "number")
                            m.inodesFree = d.inodesFree;
                        else if (typeof d.inodesFree === "object")
                            m.inodesFree = new $util.LongBits(d.inodesFree.low >>> 0, d.inodesFree.high >>> 0).toNumber(true);
                    }
                }
                if (d.inodesUsed != null) {
                    if (typeof d.inodesUsed === "object" ? d.inodesUsed.low || d.inodesUsed.high : $Number(d.inodesUsed) !== 0) {
                        if ($util.Long)
                            m.inodesUsed = $util.Long.fromValue(d.inodesUsed, true);
                        else if (typeof d.inodesUsed === "string")
                            m.inodesUsed = $parseInt(d.inodesUsed, 10);
                        else if (typeof d.inodesUsed === "number")
                            m.inodesUsed = d.inodesUsed;
                        else if (typeof d.inodesUsed === "object")
                            m.inodesUsed = new $util.LongBits(d.inodesUsed.low >>> 0, d.inodesUsed.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FsStats message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.FsStats
             * @static
             * @param {kubepulse.v1.FsStats} m FsStats
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FsStats.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.capacityBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.capacityBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.availableBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.availableBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.usedBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.usedBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.inodes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.inodes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.inodesFree = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.inodesFree = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.inodesUsed = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.inodesUsed = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeUnixNano = typeof m.timeUnixNano === "number" ? $BigInt(m.timeUnixNano) : $util.Long.fromBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0, false).toBigInt();
                    else if (typeof m.timeUnixNano === "number")
                        d.timeUnixNano = o.longs === $String ? $String(m.timeUnixNano) : m.timeUnixNano;
                    else
                        d.timeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.timeUnixNano) : o.longs === $Number ? new $util.LongBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0).toNumber() : m.timeUnixNano;
                }
                if (m.capacityBytes != null && $Object.hasOwnProperty.call(m, "capacityBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.capacityBytes = typeof m.capacityBytes === "number" ? $BigInt(m.capacityBytes) : $util.Long.fromBits(m.capacityBytes.low >>> 0, m.capacityBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.capacityBytes === "number")
                        d.capacityBytes = o.longs === $String ? $String(m.capacityBytes) : m.capacityBytes;
                    else
                        d.capacityBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.capacityBytes) : o.longs === $Number ? new $util.LongBits(m.capacityBytes.low >>> 0, m.capacityBytes.high >>> 0).toNumber(true) : m.capacityBytes;
                }
                if (m.availableBytes != null && $Object.hasOwnProperty.call(m, "availableBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.availableBytes = typeof m.availableBytes === "number" ? $BigInt(m.availableBytes) : $util.Long.fromBits(m.availableBytes.low >>> 0, m.availableBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.availableBytes === "number")
                        d.availableBytes = o.longs === $String ? $String(m.availableBytes) : m.availableBytes;
                    else
                        d.availableBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.availableBytes) : o.longs === $Number ? new $util.LongBits(m.availableBytes.low >>> 0, m.availableBytes.high >>> 0).toNumber(true) : m.availableBytes;
                }
                if (m.usedBytes != null && $Object.hasOwnProperty.call(m, "usedBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.usedBytes = typeof m.usedBytes === "number" ? $BigInt(m.usedBytes) : $util.Long.fromBits(m.usedBytes.low >>> 0, m.usedBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.usedBytes === "number")
                        d.usedBytes = o.longs === $String ? $String(m.usedBytes) : m.usedBytes;
                    else
                        d.usedBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.usedBytes) : o.longs === $Number ? new $util.LongBits(m.usedBytes.low >>> 0, m.usedBytes.high >>> 0).toNumber(true) : m.usedBytes;
                }
                if (m.inodes != null && $Object.hasOwnProperty.call(m, "inodes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.inodes = typeof m.inodes === "number" ? $BigInt(m.inodes) : $util.Long.fromBits(m.inodes.low >>> 0, m.inodes.high >>> 0, true).toBigInt();
                    else if (typeof m.inodes === "number")
                        d.inodes = o.longs === $String ? $String(m.inodes) : m.inodes;
                    else
                        d.inodes = o.longs === $String ? $util.Long.prototype.toString.call(m.inodes) : o.longs === $Number ? new $util.LongBits(m.inodes.low >>> 0, m.inodes.high >>> 0).toNumber(true) : m.inodes;
                }
                if (m.inodesFree != null && $Object.hasOwnProperty.call(m, "inodesFree")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.inodesFree = typeof m.inodesFree === "number" ? $BigInt(m.inodesFree) : $util.Long.fromBits(m.inodesFree.low >>> 0, m.inodesFree.high >>> 0, true).toBigInt();
                    else if (typeof m.inodesFree === "number")
                        d.inodesFree = o.longs === $String ? $String(m.inodesFree) : m.inodesFree;
                    else
                        d.inodesFree = o.longs === $String ? $util.Long.prototype.toString.call(m.inodesFree) : o.longs === $Number ? new $util.LongBits(m.inodesFree.low >>> 0, m.inodesFree.high >>> 0).toNumber(true) : m.inodesFree;
                }
                if (m.inodesUsed != null && $Object.hasOwnProperty.call(m, "inodesUsed")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.inodesUsed = typeof m.inodesUsed === "number" ? $BigInt(m.inodesUsed) : $util.Long.fromBits(m.inodesUsed.low >>> 0, m.inodesUsed.high >>> 0, true).toBigInt();
                    else if (typeof m.inodesUsed === "number")
                        d.inodesUsed = o.longs === $String ? $String(m.inodesUsed) : m.inodesUsed;
                    else
                        d.inodesUsed = o.longs === $String ? $util.Long.prototype.toString.call(m.inodesUsed) : o.longs === $Number ? new $util.LongBits(m.inodesUsed.low >>> 0, m.inodesUsed.high >>> 0).toNumber(true) : m.inodesUsed;
                }
                return d;
            };

            /**
             * Converts this FsStats to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.FsStats
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FsStats.prototype.toJSON = function() {
                return FsStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FsStats
             * @function getTypeUrl
             * @memberof kubepulse.v1.FsStats
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FsStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.FsStats";
            };

            return FsStats;
        })();

        v1.NodeStats = (function() {

            /**
             * Properties of a NodeStats.
             * @typedef {Object} kubepulse.v1.NodeStats.$Properties
             * @property {number|Long|null} [startTimeUnixNano] NodeStats startTimeUnixNano
             * @property {kubepulse.v1.CpuCounters.$Properties|null} [cpu] NodeStats cpu
             * @property {kubepulse.v1.MemoryCounters.$Properties|null} [memory] NodeStats memory
             * @property {kubepulse.v1.NetworkCounters.$Properties|null} [network] NodeStats network
             * @property {kubepulse.v1.FsStats.$Properties|null} [fs] NodeStats fs
             * @property {number|Long|null} [memoryCapacityBytes] NodeStats memoryCapacityBytes
             * @property {number|Long|null} [cpuCapacityMillis] NodeStats cpuCapacityMillis
             * @property {kubepulse.v1.Psi.$Properties|null} [ioPsi] NodeStats ioPsi
             * @property {number|Long|null} [maxPid] NodeStats maxPid
             * @property {number|Long|null} [curProc] NodeStats curProc
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeStats.
             * @memberof kubepulse.v1
             * @interface INodeStats
             * @augments kubepulse.v1.NodeStats.$Properties
             * @deprecated Use kubepulse.v1.NodeStats.$Properties instead.
             */

            /**
             * Shape of a NodeStats.
             * @typedef {kubepulse.v1.NodeStats.$Properties} kubepulse.v1.NodeStats.$Shape
             */

            /**
             * Constructs a new NodeStats.
             * @memberof kubepulse.v1
             * @classdesc Represents a NodeStats.
             * @constructor
             * @param {kubepulse.v1.NodeStats.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeStats = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NodeStats startTimeUnixNano.
             * @member {number|Long} startTimeUnixNano
             * @memberof kubepulse.v1.NodeStats
             * @instance
             */
            NodeStats.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NodeStats cpu.
             * @member {kubepulse.v1.CpuCounters.$Properties|null|undefined} cpu
             * @memberof kubepulse.v1.NodeStats
             * @instance
             */
            NodeStats.prototype.cpu = null;

            /**
             * NodeStats memory.
             * @member {kubepulse.v1.MemoryCounters.$Properties|null|undefined} memory
             * @memberof kubepulse.v1.NodeStats
             * @instance
             */
            NodeStats.prototype.memory = null;

            /**
             * NodeStats network.
             * @member {kubepulse.v1.NetworkCounters.$Properties|null|undefined} network
             * @memberof kubepulse.v1.NodeStats
             * @instance
             */
            NodeStats.prototype.network = null;

            /**
             * NodeStats fs.
             * @member {kubepulse.v1.FsStats.$Properties|null|undefined} fs
             * @memberof kubepulse.v1.NodeStats
             * @instance
             */
            NodeStats.prototype.fs = null;

            /**
             * NodeStats memoryCapacityBytes.
             * @member {number|Long} memoryCapacityBytes
             * @memberof kubepulse.v1.NodeStats
             * @instance
             */
            NodeStats.prototype.memoryCapacityBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats cpuCapacityMillis.
             * @member {number|Long} cpuCapacityMillis
             * @memberof kubepulse.v1.NodeStats
             * @instance
             */
            NodeStats.prototype.cpuCapacityMillis = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats ioPsi.
             * @member {kubepulse.v1.Psi.$Properties|null|undefined} ioPsi
             * @memberof kubepulse.v1.NodeStats
             * @instance
             */
            NodeStats.prototype.ioPsi = null;

            /**
             * NodeStats maxPid.
             * @member {number|Long|null|undefined} maxPid
             * @memberof kubepulse.v1.NodeStats
             * @instance
             */
            NodeStats.prototype.maxPid = null;

            /**
             * NodeStats curProc.
             * @member {number|Long|null|undefined} curProc
             * @memberof kubepulse.v1.NodeStats
             * @instance
             */
            NodeStats.prototype.curProc = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(NodeStats.prototype, "_maxPid", {
                get: $util.oneOfGetter($oneOfFields = ["maxPid"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(NodeStats.prototype, "_curProc", {
                get: $util.oneOfGetter($oneOfFields = ["curProc"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NodeStats instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.NodeStats
             * @static
             * @param {kubepulse.v1.NodeStats.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.NodeStats} NodeStats instance
             * @type {{
             *   (properties: kubepulse.v1.NodeStats.$Shape): kubepulse.v1.NodeStats & kubepulse.v1.NodeStats.$Shape;
             *   (properties?: kubepulse.v1.NodeStats.$Properties): kubepulse.v1.NodeStats;
             * }}
             */
            NodeStats.create = function(properties) {
                return new NodeStats(properties);
            };

            /**
             * Encodes the specified NodeStats message. Does not implicitly {@link kubepulse.v1.NodeStats.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.NodeStats
             * @static
             * @param {kubepulse.v1.NodeStats.$Properties} m NodeStats message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeStats.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano") && (typeof m.startTimeUnixNano === "object" ? m.startTimeUnixNano.low || m.startTimeUnixNano.high : m.startTimeUnixNano !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.startTimeUnixNano);
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu"))
                    $root.kubepulse.v1.CpuCounters.encode(m.cpu, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory"))
                    $root.kubepulse.v1.MemoryCounters.encode(m.memory, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.network != null && $Object.hasOwnProperty.call(m, "network"))
                    $root.kubepulse.v1.NetworkCounters.encode(m.network, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.fs != null && $Object.hasOwnProperty.call(m, "fs"))
                    $root.kubepulse.v1.FsStats.encode(m.fs, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.memoryCapacityBytes != null && $Object.hasOwnProperty.call(m, "memoryCapacityBytes") && (typeof m.memoryCapacityBytes === "object" ? m.memoryCapacityBytes.low || m.memoryCapacityBytes.high : m.memoryCapacityBytes !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.memoryCapacityBytes);
                if (m.cpuCapacityMillis != null && $Object.hasOwnProperty.call(m, "cpuCapacityMillis") && (typeof m.cpuCapacityMillis === "object" ? m.cpuCapacityMillis.low || m.cpuCapacityMillis.high : m.cpuCapacityMillis !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.cpuCapacityMillis);
                if (m.ioPsi != null && $Object.hasOwnProperty.call(m, "ioPsi"))
                    $root.kubepulse.v1.Psi.encode(m.ioPsi, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.maxPid != null && $Object.hasOwnProperty.call(m, "maxPid"))
                    w.uint32(/* id 9, wireType 0 =*/72).uint64(m.maxPid);
                if (m.curProc != null && $Object.hasOwnProperty.call(m, "curProc"))
                    w.uint32(/* id 10, wireType 0 =*/80).uint64(m.curProc);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NodeStats message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.NodeStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.NodeStats & kubepulse.v1.NodeStats.$Shape} NodeStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeStats.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.NodeStats();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.startTimeUnixNano = v;
                            else
                                delete m.startTimeUnixNano;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.cpu = $root.kubepulse.v1.CpuCounters.decode(r, r.size(), $undefined, q + 1, m.cpu);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.memory = $root.kubepulse.v1.MemoryCounters.decode(r, r.size(), $undefined, q + 1, m.memory);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.network = $root.kubepulse.v1.NetworkCounters.decode(r, r.size(), $undefined, q + 1, m.network);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.fs = $root.kubepulse.v1.FsStats.decode(r, r.size(), $undefined, q + 1, m.fs);
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.memoryCapacityBytes = v;
                            else
                                delete m.memoryCapacityBytes;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.cpuCapacityMillis = v;
                            else
                                delete m.cpuCapacityMillis;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.ioPsi = $root.kubepulse.v1.Psi.decode(r, r.size(), $undefined, q + 1, m.ioPsi);
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            m.maxPid = r.uint64();
                            m._maxPid = "maxPid";
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            m.curProc = r.uint64();
                            m._curProc = "curProc";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a NodeStats message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.NodeStats
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.NodeStats} NodeStats
             */
            NodeStats.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.NodeStats)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.NodeStats: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.NodeStats();
                if (d.startTimeUnixNano != null) {
                    if (typeof d.startTimeUnixNano === "object" ? d.startTimeUnixNano.low || d.startTimeUnixNano.high : $Number(d.startTimeUnixNano) !== 0) {
                        if ($util.Long)
                            m.startTimeUnixNano = $util.Long.fromValue(d.startTimeUnixNano, false);
                        else if (typeof d.startTimeUnixNano === "string")
                            m.startTimeUnixNano = $parseInt(d.startTimeUnixNano, 10);
                        else if (typeof d.startTimeUnixNano === "number")
                            m.startTimeUnixNano = d.startTimeUnixNano;
                        else if (typeof d.startTimeUnixNano === "object")
                            m.startTimeUnixNano = new $util.LongBits(d.startTimeUnixNano.low >>> 0, d.startTimeUnixNano.high >>> 0).toNumber();
                    }
                }
                if (d.cpu != null) {
                    if (!$util.isObject(d.cpu))
                        throw $TypeError(".kubepulse.v1.NodeStats.cpu: object expected");
                    m.cpu = $root.kubepulse.v1.CpuCounters.fromObject(d.cpu, q + 1);
                }
                if (d.memory != null) {
                    if (!$util.isObject(d.memory))
                        throw $TypeError(".kubepulse.v1.NodeStats.memory: object expected");
                    m.memory = $root.kubepulse.v1.MemoryCounters.fromObject(d.memory, q + 1);
                }
                if (d.network != null) {
                    if (!$util.isObject(d.network))
                        throw $TypeError(".kubepulse.v1.NodeStats.network: object expected");
                    m.network = $root.kubepulse.v1.NetworkCounters.fromObject(d.network, q + 1);
                }
                if (d.fs != null) {
                    if (!$util.isObject(d.fs))
                        throw $TypeError(".kubepulse.v1.NodeStats.fs: object expected");
                    m.fs = $root.kubepulse.v1.FsStats.fromObject(d.fs, q + 1);
                }
                if (d.memoryCapacityBytes != null) {
                    if (typeof d.memoryCapacityBytes === "object" ? d.memoryCapacityBytes.low || d.memoryCapacityBytes.high : $Number(d.memoryCapacityBytes) !== 0) {
                        if ($util.Long)
                            m.memoryCapacityBytes = $util.Long.fromValue(d.memoryCapacityBytes, true);
                        else if (typeof d.memoryCapacityBytes === "string")
                            m.memoryCapacityBytes = $parseInt(d.memoryCapacityBytes, 10);
                        else if (typeof d.memoryCapacityBytes === "number")
                            m.memoryCapacityBytes = d.memoryCapacityBytes;
                        else if (typeof d.memoryCapacityBytes === "object")
                            m.memoryCapacityBytes = new $util.LongBits(d.memoryCapacityBytes.low >>> 0, d.memoryCapacityBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.cpuCapacityMillis != null) {
                    if (typeof d.cpuCapacityMillis === "object" ? d.cpuCapacityMillis.low || d.cpuCapacityMillis.high : $Number(d.cpuCapacityMillis) !== 0) {
                        if ($util.Long)
                            m.cpuCapacityMillis = $util.Long.fromValue(d.cpuCapacityMillis, true);
                        else if (typeof d.cpuCapacityMillis === "string")
                            m.cpuCapacityMillis = $parseInt(d.cpuCapacityMillis, 10);
                        else if (typeof d.cpuCapacityMillis === "number")
                            m.cpuCapacityMillis = d.cpuCapacityMillis;
                        else if (typeof d.cpuCapacityMillis === "object")
                            m.cpuCapacityMillis = new $util.LongBits(d.cpuCapacityMillis.low >>> 0, d.cpuCapacityMillis.high >>> 0).toNumber(true);
                    }
                }
                if (d.ioPsi != null) {
                    if (!$util.isObject(d.ioPsi))
                        throw $TypeError(".kubepulse.v1.NodeStats.ioPsi: object expected");
                    m.ioPsi = $root.kubepulse.v1.Psi.fromObject(d.ioPsi, q + 1);
                }
                if (d.maxPid != null) {
                    if ($util.Long)
                        m.maxPid = $util.Long.fromValue(d.maxPid, true);
                    else if (typeof d.maxPid === "string")
                        m.maxPid = $parseInt(d.maxPid, 10);
                    else if (typeof d.maxPid === "number")
                        m.maxPid = d.maxPid;
                    else if (typeof d.maxPid === "object")
                        m.maxPid = new $util.LongBits(d.maxPid.low >>> 0, d.maxPid.high >>> 0).toNumber(true);
                }
                if (d.curProc != null) {
                    if ($util.Long)
                        m.curProc = $util.Long.fromValue(d.curProc, true);
                    else if (typeof d.curProc === "string")
                        m.curProc = $parseInt(d.curProc, 10);
                    else if (typeof d.curProc === "number")
                        m.curProc = d.curProc;
                    else if (typeof d.curProc === "object")
                        m.curProc = new $util.LongBits(d.curProc.low >>> 0, d.curProc.high >>> 0).toNumber(true);
                }
                return m;
            };

            /**
             * Creates a plain object from a NodeStats message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.NodeStats
             * @static
             * @param {kubepulse.v1.NodeStats} m NodeStats
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeStats.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.startTimeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.startTimeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.cpu = null;
                    d.memory = null;
                    d.network = null;
                    d.fs = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.memoryCapacityBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.memoryCapacityBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.cpuCapacityMillis = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.cpuCapacityMillis = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.ioPsi = null;
                }
                if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.startTimeUnixNano = typeof m.startTimeUnixNano === "number" ? $BigInt(m.startTimeUnixNano) : $util.Long.fromBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0, false).toBigInt();
                    else if (typeof m.startTimeUnixNano === "number")
                        d.startTimeUnixNano = o.longs === $String ? $String(m.startTimeUnixNano) : m.startTimeUnixNano;
                    else
                        d.startTimeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.startTimeUnixNano) : o.longs === $Number ? new $util.LongBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0).toNumber() : m.startTimeUnixNano;
                }
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    d.cpu = $root.kubepulse.v1.CpuCounters.toObject(m.cpu, o, q + 1);
                }
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory")) {
                    d.memory = $root.kubepulse.v1.MemoryCounters.toObject(m.memory, o, q + 1);
                }
                if (m.network != null && $Object.hasOwnProperty.call(m, "network")) {
                    d.network = $root.kubepulse.v1.NetworkCounters.toObject(m.network, o, q + 1);
                }
                if (m.fs != null && $Object.hasOwnProperty.call(m, "fs")) {
                    d.fs = $root.kubepulse.v1.FsStats.toObject(m.fs, o, q + 1);
                }
                if (m.memoryCapacityBytes != null && $Object.hasOwnProperty.call(m, "memoryCapacityBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.memoryCapacityBytes = typeof m.memoryCapacityBytes === "number" ? $BigInt(m.memoryCapacityBytes) : $util.Long.fromBits(m.memoryCapacityBytes.low >>> 0, m.memoryCapacityBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.memoryCapacityBytes === "number")
                        d.memoryCapacityBytes = o.longs === $String ? $String(m.memoryCapacityBytes) : m.memoryCapacityBytes;
                    else
                        d.memoryCapacityBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.memoryCapacityBytes) : o.longs === $Number ? new $util.LongBits(m.memoryCapacityBytes.low >>> 0, m.memoryCapacityBytes.high >>> 0).toNumber(true) : m.memoryCapacityBytes;
                }
                if (m.cpuCapacityMillis != null && $Object.hasOwnProperty.call(m, "cpuCapacityMillis")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.cpuCapacityMillis = typeof m.cpuCapacityMillis === "number" ? $BigInt(m.cpuCapacityMillis) : $util.Long.fromBits(m.cpuCapacityMillis.low >>> 0, m.cpuCapacityMillis.high >>> 0, true).toBigInt();
                    else if (typeof m.cpuCapacityMillis === "number")
                        d.cpuCapacityMillis = o.longs === $String ? $String(m.cpuCapacityMillis) : m.cpuCapacityMillis;
                    else
                        d.cpuCapacityMillis = o.longs === $String ? $util.Long.prototype.toString.call(m.cpuCapacityMillis) : o.longs === $Number ? new $util.LongBits(m.cpuCapacityMillis.low >>> 0, m.cpuCapacityMillis.high >>> 0).toNumber(true) : m.cpuCapacityMillis;
                }
                if (m.ioPsi != null && $Object.hasOwnProperty.call(m, "ioPsi")) {
                    d.ioPsi = $root.kubepulse.v1.Psi.toObject(m.ioPsi, o, q + 1);
                }
                if (m.maxPid != null && $Object.hasOwnProperty.call(m, "maxPid")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.maxPid = typeof m.maxPid === "number" ? $BigInt(m.maxPid) : $util.Long.fromBits(m.maxPid.low >>> 0, m.maxPid.high >>> 0, true).toBigInt();
                    else if (typeof m.maxPid === "number")
                        d.maxPid = o.longs === $String ? $String(m.maxPid) : m.maxPid;
                    else
                        d.maxPid = o.longs === $String ? $util.Long.prototype.toString.call(m.maxPid) : o.longs === $Number ? new $util.LongBits(m.maxPid.low >>> 0, m.maxPid.high >>> 0).toNumber(true) : m.maxPid;
                }
                if (m.curProc != null && $Object.hasOwnProperty.call(m, "curProc")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.curProc = typeof m.curProc === "number" ? $BigInt(m.curProc) : $util.Long.fromBits(m.curProc.low >>> 0, m.curProc.high >>> 0, true).toBigInt();
                    else if (typeof m.curProc === "number")
                        d.curProc = o.longs === $String ? $String(m.curProc) : m.curProc;
                    else
                        d.curProc = o.longs === $String ? $util.Long.prototype.toString.call(m.curProc) : o.longs === $Number ? new $util.LongBits(m.curProc.low >>> 0, m.curProc.high >>> 0).toNumber(true) : m.curProc;
                }
                return d;
            };

            /**
             * Converts this NodeStats to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.NodeStats
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeStats.prototype.toJSON = function() {
                return NodeStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeStats
             * @function getTypeUrl
             * @memberof kubepulse.v1.NodeStats
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.NodeStats";
            };

            return NodeStats;
        })();

        v1.PodSample = (function() {

            /**
             * Properties of a PodSample.
             * @typedef {Object} kubepulse.v1.PodSample.$Properties
             * @property {string|null} [uid] PodSample uid
             * @property {string|null} [name] PodSample name
             * @property {string|null} [namespace] PodSample namespace
             * @property {Object.<string,string>|null} [labels] PodSample labels
             * @property {number|Long|null} [startTimeUnixNano] PodSample startTimeUnixNano
             * @property {string|null} [qosClass] PodSample qosClass
             * @property {kubepulse.v1.CpuCounters.$Properties|null} [cpu] PodSample cpu
             * @property {kubepulse.v1.MemoryCounters.$Properties|null} [memory] PodSample memory
             * @property {kubepulse.v1.NetworkCounters.$Properties|null} [network] PodSample network
             * @property {Array.<kubepulse.v1.ContainerSample.$Properties>|null} [containers] PodSample containers
             * @property {kubepulse.v1.Psi.$Properties|null} [ioPsi] PodSample ioPsi
             * @property {number|Long|null} [processCount] PodSample processCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PodSample.
             * @memberof kubepulse.v1
             * @interface IPodSample
             * @augments kubepulse.v1.PodSample.$Properties
             * @deprecated Use kubepulse.v1.PodSample.$Properties instead.
             */

            /**
             * Shape of a PodSample.
             * @typedef {kubepulse.v1.PodSample.$Properties} kubepulse.v1.PodSample.$Shape
             */

            /**
             * Constructs a new PodSample.
             * @memberof kubepulse.v1
             * @classdesc Represents a PodSample.
             * @constructor
             * @param {kubepulse.v1.PodSample.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PodSample = function (p) {
                this.labels = {};
                this.containers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PodSample uid.
             * @member {string} uid
             * @memberof kubepulse.v1.PodSample
             * @instance
             */
            PodSample.prototype.uid = "";

            /**
             * PodSample name.
             * @member {string} name
             * @memberof kubepulse.v1.PodSample
             * @instance
             */
            PodSample.prototype.name = "";

            /**
             * PodSample namespace.
             * @member {string} namespace
             * @memberof kubepulse.v1.PodSample
             * @instance
             */
            PodSample.prototype.namespace = "";

            /**
             * PodSample labels.
             * @member {Object.<string,string>} labels
             * @memberof kubepulse.v1.PodSample
             * @instance
             */
            PodSample.prototype.labels = $util.emptyObject;

            /**
             * PodSample startTimeUnixNano.
             * @member {number|Long} startTimeUnixNano
             * @memberof kubepulse.v1.PodSample
             * @instance
             */
            PodSample.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PodSample qosClass.
             * @member {string} qosClass
             * @memberof kubepulse.v1.PodSample
             * @instance
             */
            PodSample.prototype.qosClass = "";

            /**
             * PodSample cpu.
             * @member {kubepulse.v1.CpuCounters.$Properties|null|undefined} cpu
             * @memberof kubepulse.v1.PodSample
             * @instance
             */
            PodSample.prototype.cpu = null;

            /**
             * PodSample memory.
             * @member {kubepulse.v1.MemoryCounters.$Properties|null|undefined} memory
             * @memberof kubepulse.v1.PodSample
             * @instance
             */
            PodSample.prototype.memory = null;

            /**
             * PodSample network.
             * @member {kubepulse.v1.NetworkCounters.$Properties|null|undefined} network
             * @memberof kubepulse.v1.PodSample
             * @instance
             */
            PodSample.prototype.network = null;

            /**
             * PodSample containers.
             * @member {Array.<kubepulse.v1.ContainerSample.$Properties>} containers
             * @memberof kubepulse.v1.PodSample
             * @instance
             */
            PodSample.prototype.containers = $util.emptyArray;

            /**
             * PodSample ioPsi.
             * @member {kubepulse.v1.Psi.$Properties|null|undefined} ioPsi
             * @memberof kubepulse.v1.PodSample
             * @instance
             */
            PodSample.prototype.ioPsi = null;

            /**
             * PodSample processCount.
             * @member {number|Long|null|undefined} processCount
             * @memberof kubepulse.v1.PodSample
             * @instance
             */
            PodSample.prototype.processCount = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PodSample.prototype, "_processCount", {
                get: $util.oneOfGetter($oneOfFields = ["processCount"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PodSample instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.PodSample
             * @static
             * @param {kubepulse.v1.PodSample.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.PodSample} PodSample instance
             * @type {{
             *   (properties: kubepulse.v1.PodSample.$Shape): kubepulse.v1.PodSample & kubepulse.v1.PodSample.$Shape;
             *   (properties?: kubepulse.v1.PodSample.$Properties): kubepulse.v1.PodSample;
             * }}
             */
            PodSample.create = function(properties) {
                return new PodSample(properties);
            };

            /**
             * Encodes the specified PodSample message. Does not implicitly {@link kubepulse.v1.PodSample.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.PodSample
             * @static
             * @param {kubepulse.v1.PodSample.$Properties} m PodSample message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSample.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid") && m.uid !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.uid);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.namespace != null && $Object.hasOwnProperty.call(m, "namespace") && m.namespace !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.namespace);
                if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                    for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labels[ks[i]]).ldelim();
                    }
                }
                if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano") && (typeof m.startTimeUnixNano === "object" ? m.startTimeUnixNano.low || m.startTimeUnixNano.high : m.startTimeUnixNano !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.startTimeUnixNano);
                if (m.qosClass != null && $Object.hasOwnProperty.call(m, "qosClass") && m.qosClass !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.qosClass);
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu"))
                    $root.kubepulse.v1.CpuCounters.encode(m.cpu, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory"))
                    $root.kubepulse.v1.MemoryCounters.encode(m.memory, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.network != null && $Object.hasOwnProperty.call(m, "network"))
                    $root.kubepulse.v1.NetworkCounters.encode(m.network, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.containers != null && m.containers.length) {
                    for (var i = 0; i < m.containers.length; ++i)
                        $root.kubepulse.v1.ContainerSample.encode(m.containers[i], w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                }
                if (m.ioPsi != null && $Object.hasOwnProperty.call(m, "ioPsi"))
                    $root.kubepulse.v1.Psi.encode(m.ioPsi, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.processCount != null && $Object.hasOwnProperty.call(m, "processCount"))
                    w.uint32(/* id 12, wireType 0 =*/96).uint64(m.processCount);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PodSample message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.PodSample
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.PodSample & kubepulse.v1.PodSample.$Shape} PodSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSample.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.PodSample();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.uid = v;
                            else
                                delete m.uid;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.namespace = v;
                            else
                                delete m.namespace;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (m.labels === $util.emptyObject)
                                m.labels = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.labels, k);
                            m.labels[k] = v;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.startTimeUnixNano = v;
                            else
                                delete m.startTimeUnixNano;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.qosClass = v;
                            else
                                delete m.qosClass;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.cpu = $root.kubepulse.v1.CpuCounters.decode(r, r.size(), $undefined, q + 1, m.cpu);
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.memory = $root.kubepulse.v1.MemoryCounters.decode(r, r.size(), $undefined, q + 1, m.memory);
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.network = $root.kubepulse.v1.NetworkCounters.decode(r, r.size(), $undefined, q + 1, m.network);
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.containers && m.containers.length))
                                m.containers = [];
                            m.containers.push($root.kubepulse.v1.ContainerSample.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.ioPsi = $root.kubepulse.v1.Psi.decode(r, r.size(), $undefined, q + 1, m.ioPsi);
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            m.processCount = r.uint64();
                            m._processCount = "processCount";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a PodSample message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.PodSample
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.PodSample} PodSample
             */
            PodSample.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.PodSample)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.PodSample: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.PodSample();
                if (d.uid != null) {
                    if (typeof d.uid !== "string" || d.uid.length) {
                        m.uid = $String(d.uid);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.namespace != null) {
                    if (typeof d.namespace !== "string" || d.namespace.length) {
                        m.namespace = $String(d.namespace);
                    }
                }
                if (d.labels) {
                    if (!$util.isObject(d.labels))
                        throw $TypeError(".kubepulse.v1.PodSample.labels: object expected");
                    m.labels = {};
                    for (var ks = $Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labels, ks[i]);
                        m.labels[ks[i]] = $String(d.labels[ks[i]]);
                    }
                }
                if (d.startTimeUnixNano != null) {
                    if (typeof d.startTimeUnixNano === "object" ? d.startTimeUnixNano.low || d.startTimeUnixNano.high : $Number(d.startTimeUnixNano) !== 0) {
                        if ($util.Long)
                            m.startTimeUnixNano = $util.Long.fromValue(d.startTimeUnixNano, false);
                        else if (typeof d.startTimeUnixNano === "string")
                            m.startTimeUnixNano = $parseInt(d.startTimeUnixNano, 10);
                        else if (typeof d.startTimeUnixNano === "number")
                            m.startTimeUnixNano = d.startTimeUnixNano;
                        else if (typeof d.startTimeUnixNano === "object")
                            m.startTimeUnixNano = new $util.LongBits(d.startTimeUnixNano.low >>> 0, d.startTimeUnixNano.high >>> 0).toNumber();
                    }
                }
                if (d.qosClass != null) {
                    if (typeof d.qosClass !== "string" || d.qosClass.length) {
                        m.qosClass = $String(d.qosClass);
                    }
                }
                if (d.cpu != null) {
                    if (!$util.isObject(d.cpu))
                        throw $TypeError(".kubepulse.v1.PodSample.cpu: object expected");
                    m.cpu = $root.kubepulse.v1.CpuCounters.fromObject(d.cpu, q + 1);
                }
                if (d.memory != null) {
                    if (!$util.isObject(d.memory))
                        throw $TypeError(".kubepulse.v1.PodSample.memory: object expected");
                    m.memory = $root.kubepulse.v1.MemoryCounters.fromObject(d.memory, q + 1);
                }
                if (d.network != null) {
                    if (!$util.isObject(d.network))
                        throw $TypeError(".kubepulse.v1.PodSample.network: object expected");
                    m.network = $root.kubepulse.v1.NetworkCounters.fromObject(d.network, q + 1);
                }
                if (d.containers) {
                    if (!$Array.isArray(d.containers))
                        throw $TypeError(".kubepulse.v1.PodSample.containers: array expected");
                    m.containers = $Array(d.containers.length);
                    for (var i = 0; i < d.containers.length; ++i) {
                        if (!$util.isObject(d.containers[i]))
                            throw $TypeError(".kubepulse.v1.PodSample.containers: object expected");
                        m.containers[i] = $root.kubepulse.v1.ContainerSample.fromObject(d.containers[i], q + 1);
                    }
                }
                if (d.ioPsi != null) {
                    if (!$util.isObject(d.ioPsi))
                        throw $TypeError(".kubepulse.v1.PodSample.ioPsi: object expected");
                    m.ioPsi = $root.kubepulse.v1.Psi.fromObject(d.ioPsi, q + 1);
                }
                if (d.processCount != null) {
                    if ($util.Long)
                        m.processCount = $util.Long.fromValue(d.processCount, true);
                    else if (typeof d.processCount === "string")
                        m.processCount = $parseInt(d.processCount, 10);
                    else if (typeof d.processCount === "number")
                        m.processCount = d.processCount;
                    else if (typeof d.processCount === "object")
                        m.processCount = new $util.LongBits(d.processCount.low >>> 0, d.processCount.high >>> 0).toNumber(true);
                }
                return m;
            };

            /**
             * Creates a plain object from a PodSample message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.PodSample
             * @static
             * @param {kubepulse.v1.PodSample} m PodSample
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PodSample.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.containers = [];
                }
                if (o.objects || o.defaults) {
                    d.labels = {};
                }
                if (o.defaults) {
                    d.uid = "";
                    d.name = "";
                    d.namespace = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.startTimeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.startTimeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.qosClass = "";
                    d.cpu = null;
                    d.memory = null;
                    d.network = null;
                    d.ioPsi = null;
                }
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid")) {
                    d.uid = m.uid;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.namespace != null && $Object.hasOwnProperty.call(m, "namespace")) {
                    d.namespace = m.namespace;
                }
                var ks2;
                if (m.labels && (ks2 = $Object.keys(m.labels)).length) {
                    d.labels = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.labels, ks2[j]);
                        d.labels[ks2[j]] = m.labels[ks2[j]];
                    }
                }
                if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.startTimeUnixNano = typeof m.startTimeUnixNano === "number" ? $BigInt(m.startTimeUnixNano) : $util.Long.fromBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0, false).toBigInt();
                    else if (typeof m.startTimeUnixNano === "number")
                        d.startTimeUnixNano = o.longs === $String ? $String(m.startTimeUnixNano) : m.startTimeUnixNano;
                    else
                        d.startTimeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.startTimeUnixNano) : o.longs === $Number ? new $util.LongBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0).toNumber() : m.startTimeUnixNano;
                }
                if (m.qosClass != null && $Object.hasOwnProperty.call(m, "qosClass")) {
                    d.qosClass = m.qosClass;
                }
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    d.cpu = $root.kubepulse.v1.CpuCounters.toObject(m.cpu, o, q + 1);
                }
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory")) {
                    d.memory = $root.kubepulse.v1.MemoryCounters.toObject(m.memory, o, q + 1);
                }
                if (m.network != null && $Object.hasOwnProperty.call(m, "network")) {
                    d.network = $root.kubepulse.v1.NetworkCounters.toObject(m.network, o, q + 1);
                }
                if (m.containers && m.containers.length) {
                    d.containers = $Array(m.containers.length);
                    for (var j = 0; j < m.containers.length; ++j) {
                        d.containers[j] = $root.kubepulse.v1.ContainerSample.toObject(m.containers[j], o, q + 1);
                    }
                }
                if (m.ioPsi != null && $Object.hasOwnProperty.call(m, "ioPsi")) {
                    d.ioPsi = $root.kubepulse.v1.Psi.toObject(m.ioPsi, o, q + 1);
                }
                if (m.processCount != null && $Object.hasOwnProperty.call(m, "processCount")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.processCount = typeof m.processCount === "number" ? $BigInt(m.processCount) : $util.Long.fromBits(m.processCount.low >>> 0, m.processCount.high >>> 0, true).toBigInt();
                    else if (typeof m.processCount === "number")
                        d.processCount = o.longs === $String ? $String(m.processCount) : m.processCount;
                    else
                        d.processCount = o.longs === $String ? $util.Long.prototype.toString.call(m.processCount) : o.longs === $Number ? new $util.LongBits(m.processCount.low >>> 0, m.processCount.high >>> 0).toNumber(true) : m.processCount;
                }
                return d;
            };

            /**
             * Converts this PodSample to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.PodSample
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PodSample.prototype.toJSON = function() {
                return PodSample.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PodSample
             * @function getTypeUrl
             * @memberof kubepulse.v1.PodSample
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PodSample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.PodSample";
            };

            return PodSample;
        })();

        v1.ContainerSample = (function() {

            /**
             * Properties of a ContainerSample.
             * @typedef {Object} kubepulse.v1.ContainerSample.$Properties
             * @property {string|null} [name] ContainerSample name
             * @property {string|null} [id] ContainerSample id
             * @property {number|Long|null} [startTimeUnixNano] ContainerSample startTimeUnixNano
             * @property {kubepulse.v1.CpuCounters.$Properties|null} [cpu] ContainerSample cpu
             * @property {kubepulse.v1.MemoryCounters.$Properties|null} [memory] ContainerSample memory
             * @property {kubepulse.v1.Psi.$Properties|null} [ioPsi] ContainerSample ioPsi
             * @property {number|null} [attempt] ContainerSample attempt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerSample.
             * @memberof kubepulse.v1
             * @interface IContainerSample
             * @augments kubepulse.v1.ContainerSample.$Properties
             * @deprecated Use kubepulse.v1.ContainerSample.$Properties instead.
             */

            /**
             * Shape of a ContainerSample.
             * @typedef {kubepulse.v1.ContainerSample.$Properties} kubepulse.v1.ContainerSample.$Shape
             */

            /**
             * Constructs a new ContainerSample.
             * @memberof kubepulse.v1
             * @classdesc Represents a ContainerSample.
             * @constructor
             * @param {kubepulse.v1.ContainerSample.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContainerSample = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ContainerSample name.
             * @member {string} name
             * @memberof kubepulse.v1.ContainerSample
             * @instance
             */
            ContainerSample.prototype.name = "";

            /**
             * ContainerSample id.
             * @member {string} id
             * @memberof kubepulse.v1.ContainerSample
             * @instance
             */
            ContainerSample.prototype.id = "";

            /**
             * ContainerSample startTimeUnixNano.
             * @member {number|Long} startTimeUnixNano
             * @memberof kubepulse.v1.ContainerSample
             * @instance
             */
            ContainerSample.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ContainerSample cpu.
             * @member {kubepulse.v1.CpuCounters.$Properties|null|undefined} cpu
             * @memberof kubepulse.v1.ContainerSample
             * @instance
             */
            ContainerSample.prototype.cpu = null;

            /**
             * ContainerSample memory.
             * @member {kubepulse.v1.MemoryCounters.$Properties|null|undefined} memory
             * @memberof kubepulse.v1.ContainerSample
             * @instance
             */
            ContainerSample.prototype.memory = null;

            /**
             * ContainerSample ioPsi.
             * @member {kubepulse.v1.Psi.$Properties|null|undefined} ioPsi
             * @memberof kubepulse.v1.ContainerSample
             * @instance
             */
            ContainerSample.prototype.ioPsi = null;

            /**
             * ContainerSample attempt.
             * @member {number} attempt
             * @memberof kubepulse.v1.ContainerSample
             * @instance
             */
            ContainerSample.prototype.attempt = 0;

            /**
             * Creates a new ContainerSample instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.ContainerSample
             * @static
             * @param {kubepulse.v1.ContainerSample.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.ContainerSample} ContainerSample instance
             * @type {{
             *   (properties: kubepulse.v1.ContainerSample.$Shape): kubepulse.v1.ContainerSample & kubepulse.v1.ContainerSample.$Shape;
             *   (properties?: kubepulse.v1.ContainerSample.$Properties): kubepulse.v1.ContainerSample;
             * }}
             */
            ContainerSample.create = function(properties) {
                return new ContainerSample(properties);
            };

            /**
             * Encodes the specified ContainerSample message. Does not implicitly {@link kubepulse.v1.ContainerSample.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.ContainerSample
             * @static
             * @param {kubepulse.v1.ContainerSample.$Properties} m ContainerSample message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerSample.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.id);
                if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano") && (typeof m.startTimeUnixNano === "object" ? m.startTimeUnixNano.low || m.startTimeUnixNano.high : m.startTimeUnixNano !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.startTimeUnixNano);
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu"))
                    $root.kubepulse.v1.CpuCounters.encode(m.cpu, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory"))
                    $root.kubepulse.v1.MemoryCounters.encode(m.memory, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.ioPsi != null && $Object.hasOwnProperty.call(m, "ioPsi"))
                    $root.kubepulse.v1.Psi.encode(m.ioPsi, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt") && m.attempt !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.attempt);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ContainerSample message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.ContainerSample
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.ContainerSample & kubepulse.v1.ContainerSample.$Shape} ContainerSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerSample.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.ContainerSample();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.startTimeUnixNano = v;
                            else
                                delete m.startTimeUnixNano;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.cpu = $root.kubepulse.v1.CpuCounters.decode(r, r.size(), $undefined, q + 1, m.cpu);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.memory = $root.kubepulse.v1.MemoryCounters.decode(r, r.size(), $undefined, q + 1, m.memory);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.ioPsi = $root.kubepulse.v1.Psi.decode(r, r.size(), $undefined, q + 1, m.ioPsi);
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.attempt = v;
                            else
                                delete m.attempt;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ContainerSample message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.ContainerSample
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.ContainerSample} ContainerSample
             */
            ContainerSample.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.ContainerSample)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.ContainerSample: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.ContainerSample();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.startTimeUnixNano != null) {
                    if (typeof d.startTimeUnixNano === "object" ? d.startTimeUnixNano.low || d.startTimeUnixNano.high : $Number(d.startTimeUnixNano) !== 0) {
                        if ($util.Long)
                            m.startTimeUnixNano = $util.Long.fromValue(d.startTimeUnixNano, false);
                        else if (typeof d.startTimeUnixNano === "string")
                            m.startTimeUnixNano = $parseInt(d.startTimeUnixNano, 10);
                        else if (typeof d.startTimeUnixNano === "number")
                            m.startTimeUnixNano = d.startTimeUnixNano;
                        else if (typeof d.startTimeUnixNano === "object")
                            m.startTimeUnixNano = new $util.LongBits(d.startTimeUnixNano.low >>> 0, d.startTimeUnixNano.high >>> 0).toNumber();
                    }
                }
                if (d.cpu != null) {
                    if (!$util.isObject(d.cpu))
                        throw $TypeError(".kubepulse.v1.ContainerSample.cpu: object expected");
                    m.cpu = $root.kubepulse.v1.CpuCounters.fromObject(d.cpu, q + 1);
                }
                if (d.memory != null) {
                    if (!$util.isObject(d.memory))
                        throw $TypeError(".kubepulse.v1.ContainerSample.memory: object expected");
                    m.memory = $root.kubepulse.v1.MemoryCounters.fromObject(d.memory, q + 1);
                }
                if (d.ioPsi != null) {
                    if (!$util.isObject(d.ioPsi))
                        throw $TypeError(".kubepulse.v1.ContainerSample.ioPsi: object expected");
                    m.ioPsi = $root.kubepulse.v1.Psi.fromObject(d.ioPsi, q + 1);
                }
                if (d.attempt != null) {
                    if ($Number(d.attempt) !== 0) {
                        m.attempt = d.attempt >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ContainerSample message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.ContainerSample
             * @static
             * @param {kubepulse.v1.ContainerSample} m ContainerSample
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerSample.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.id = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.startTimeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.startTimeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.cpu = null;
                    d.memory = null;
                    d.ioPsi = null;
                    d.attempt = 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.startTimeUnixNano = typeof m.startTimeUnixNano === "number" ? $BigInt(m.startTimeUnixNano) : $util.Long.fromBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0, false).toBigInt();
                    else if (typeof m.startTimeUnixNano === "number")
                        d.startTimeUnixNano = o.longs === $String ? $String(m.startTimeUnixNano) : m.startTimeUnixNano;
                    else
                        d.startTimeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.startTimeUnixNano) : o.longs === $Number ? new $util.LongBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0).toNumber() : m.startTimeUnixNano;
                }
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    d.cpu = $root.kubepulse.v1.CpuCounters.toObject(m.cpu, o, q + 1);
                }
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory")) {
                    d.memory = $root.kubepulse.v1.MemoryCounters.toObject(m.memory, o, q + 1);
                }
                if (m.ioPsi != null && $Object.hasOwnProperty.call(m, "ioPsi")) {
                    d.ioPsi = $root.kubepulse.v1.Psi.toObject(m.ioPsi, o, q + 1);
                }
                if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt")) {
                    d.attempt = m.attempt;
                }
                return d;
            };

            /**
             * Converts this ContainerSample to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.ContainerSample
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerSample.prototype.toJSON = function() {
                return ContainerSample.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerSample
             * @function getTypeUrl
             * @memberof kubepulse.v1.ContainerSample
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerSample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.ContainerSample";
            };

            return ContainerSample;
        })();

        v1.AggregatorMessage = (function() {

            /**
             * Properties of an AggregatorMessage.
             * @typedef {Object} kubepulse.v1.AggregatorMessage.$Properties
             * @property {kubepulse.v1.Settings.$Properties|null} [settings] AggregatorMessage settings
             * @property {kubepulse.v1.Ack.$Properties|null} [ack] AggregatorMessage ack
             * @property {"settings"|"ack"} [kind] AggregatorMessage kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AggregatorMessage.
             * @memberof kubepulse.v1
             * @interface IAggregatorMessage
             * @augments kubepulse.v1.AggregatorMessage.$Properties
             * @deprecated Use kubepulse.v1.AggregatorMessage.$Properties instead.
             */

            /**
             * Narrowed shape of an AggregatorMessage.
             * @typedef {{
             *   settings?: kubepulse.v1.Settings.$Shape|null;
             *   ack?: kubepulse.v1.Ack.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; settings?: null; ack?: null }|{ kind?: "settings"; settings: kubepulse.v1.Settings.$Shape; ack?: null }|{ kind?: "ack"; settings?: null; ack: kubepulse.v1.Ack.$Shape })
             * )} kubepulse.v1.AggregatorMessage.$Shape
             */

            /**
             * Constructs a new AggregatorMessage.
             * @memberof kubepulse.v1
             * @classdesc Represents an AggregatorMessage.
             * @constructor
             * @param {kubepulse.v1.AggregatorMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AggregatorMessage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AggregatorMessage settings.
             * @member {kubepulse.v1.Settings.$Properties|null|undefined} settings
             * @memberof kubepulse.v1.AggregatorMessage
             * @instance
             */
            AggregatorMessage.prototype.settings = null;

            /**
             * AggregatorMessage ack.
             * @member {kubepulse.v1.Ack.$Properties|null|undefined} ack
             * @memberof kubepulse.v1.AggregatorMessage
             * @instance
             */
            AggregatorMessage.prototype.ack = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AggregatorMessage kind.
             * @member {"settings"|"ack"|undefined} kind
             * @memberof kubepulse.v1.AggregatorMessage
             * @instance
             */
            $Object.defineProperty(AggregatorMessage.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["settings", "ack"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AggregatorMessage instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.AggregatorMessage
             * @static
             * @param {kubepulse.v1.AggregatorMessage.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.AggregatorMessage} AggregatorMessage instance
             * @type {{
             *   (properties: kubepulse.v1.AggregatorMessage.$Shape): kubepulse.v1.AggregatorMessage & kubepulse.v1.AggregatorMessage.$Shape;
             *   (properties?: kubepulse.v1.AggregatorMessage.$Properties): kubepulse.v1.AggregatorMessage;
             * }}
             */
            AggregatorMessage.create = function(properties) {
                return new AggregatorMessage(properties);
            };

            /**
             * Encodes the specified AggregatorMessage message. Does not implicitly {@link kubepulse.v1.AggregatorMessage.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.AggregatorMessage
             * @static
             * @param {kubepulse.v1.AggregatorMessage.$Properties} m AggregatorMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AggregatorMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.settings != null && $Object.hasOwnProperty.call(m, "settings"))
                    $root.kubepulse.v1.Settings.encode(m.settings, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack"))
                    $root.kubepulse.v1.Ack.encode(m.ack, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AggregatorMessage message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.AggregatorMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.AggregatorMessage & kubepulse.v1.AggregatorMessage.$Shape} AggregatorMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AggregatorMessage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.AggregatorMessage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.settings = $root.kubepulse.v1.Settings.decode(r, r.size(), $undefined, q + 1, m.settings);
                            m.kind = "settings";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.ack = $root.kubepulse.v1.Ack.decode(r, r.size(), $undefined, q + 1, m.ack);
                            m.kind = "ack";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AggregatorMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.AggregatorMessage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.AggregatorMessage} AggregatorMessage
             */
            AggregatorMessage.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.AggregatorMessage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.AggregatorMessage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.AggregatorMessage();
                if (d.settings != null) {
                    if (!$util.isObject(d.settings))
                        throw $TypeError(".kubepulse.v1.AggregatorMessage.settings: object expected");
                    m.settings = $root.kubepulse.v1.Settings.fromObject(d.settings, q + 1);
                }
                if (d.ack != null) {
                    if (!$util.isObject(d.ack))
                        throw $TypeError(".kubepulse.v1.AggregatorMessage.ack: object expected");
                    m.ack = $root.kubepulse.v1.Ack.fromObject(d.ack, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an AggregatorMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.AggregatorMessage
             * @static
             * @param {kubepulse.v1.AggregatorMessage} m AggregatorMessage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AggregatorMessage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.settings != null && $Object.hasOwnProperty.call(m, "settings")) {
                    d.settings = $root.kubepulse.v1.Settings.toObject(m.settings, o, q + 1);
                    if (o.oneofs)
                        d.kind = "settings";
                }
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                    d.ack = $root.kubepulse.v1.Ack.toObject(m.ack, o, q + 1);
                    if (o.oneofs)
                        d.kind = "ack";
                }
                return d;
            };

            /**
             * Converts this AggregatorMessage to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.AggregatorMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AggregatorMessage.prototype.toJSON = function() {
                return AggregatorMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AggregatorMessage
             * @function getTypeUrl
             * @memberof kubepulse.v1.AggregatorMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AggregatorMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.AggregatorMessage";
            };

            return AggregatorMessage;
        })();

        v1.Settings = (function() {

            /**
             * Properties of a Settings.
             * @typedef {Object} kubepulse.v1.Settings.$Properties
             * @property {number|Long|null} [resolutionNs] Settings resolutionNs
             * @property {number|null} [maxPods] Settings maxPods
             * @property {number|null} [maxContainersPerPod] Settings maxContainersPerPod
             * @property {number|null} [maxMessageBytes] Settings maxMessageBytes
             * @property {string|null} [aggregatorVersion] Settings aggregatorVersion
             * @property {string|null} [replicaId] Settings replicaId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Settings.
             * @memberof kubepulse.v1
             * @interface ISettings
             * @augments kubepulse.v1.Settings.$Properties
             * @deprecated Use kubepulse.v1.Settings.$Properties instead.
             */

            /**
             * Shape of a Settings.
             * @typedef {kubepulse.v1.Settings.$Properties} kubepulse.v1.Settings.$Shape
             */

            /**
             * Constructs a new Settings.
             * @memberof kubepulse.v1
             * @classdesc Represents a Settings.
             * @constructor
             * @param {kubepulse.v1.Settings.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Settings = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Settings resolutionNs.
             * @member {number|Long} resolutionNs
             * @memberof kubepulse.v1.Settings
             * @instance
             */
            Settings.prototype.resolutionNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Settings maxPods.
             * @member {number} maxPods
             * @memberof kubepulse.v1.Settings
             * @instance
             */
            Settings.prototype.maxPods = 0;

            /**
             * Settings maxContainersPerPod.
             * @member {number} maxContainersPerPod
             * @memberof kubepulse.v1.Settings
             * @instance
             */
            Settings.prototype.maxContainersPerPod = 0;

            /**
             * Settings maxMessageBytes.
             * @member {number} maxMessageBytes
             * @memberof kubepulse.v1.Settings
             * @instance
             */
            Settings.prototype.maxMessageBytes = 0;

            /**
             * Settings aggregatorVersion.
             * @member {string} aggregatorVersion
             * @memberof kubepulse.v1.Settings
             * @instance
             */
            Settings.prototype.aggregatorVersion = "";

            /**
             * Settings replicaId.
             * @member {string} replicaId
             * @memberof kubepulse.v1.Settings
             * @instance
             */
            Settings.prototype.replicaId = "";

            /**
             * Creates a new Settings instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.Settings
             * @static
             * @param {kubepulse.v1.Settings.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.Settings} Settings instance
             * @type {{
             *   (properties: kubepulse.v1.Settings.$Shape): kubepulse.v1.Settings & kubepulse.v1.Settings.$Shape;
             *   (properties?: kubepulse.v1.Settings.$Properties): kubepulse.v1.Settings;
             * }}
             */
            Settings.create = function(properties) {
                return new Settings(properties);
            };

            /**
             * Encodes the specified Settings message. Does not implicitly {@link kubepulse.v1.Settings.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.Settings
             * @static
             * @param {kubepulse.v1.Settings.$Properties} m Settings message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Settings.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.resolutionNs != null && $Object.hasOwnProperty.call(m, "resolutionNs") && (typeof m.resolutionNs === "object" ? m.resolutionNs.low || m.resolutionNs.high : m.resolutionNs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.resolutionNs);
                if (m.maxPods != null && $Object.hasOwnProperty.call(m, "maxPods") && m.maxPods !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.maxPods);
                if (m.maxContainersPerPod != null && $Object.hasOwnProperty.call(m, "maxContainersPerPod") && m.maxContainersPerPod !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.maxContainersPerPod);
                if (m.maxMessageBytes != null && $Object.hasOwnProperty.call(m, "maxMessageBytes") && m.maxMessageBytes !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.maxMessageBytes);
                if (m.aggregatorVersion != null && $Object.hasOwnProperty.call(m, "aggregatorVersion") && m.aggregatorVersion !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.aggregatorVersion);
                if (m.replicaId != null && $Object.hasOwnProperty.call(m, "replicaId") && m.replicaId !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.replicaId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Settings message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.Settings
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.Settings & kubepulse.v1.Settings.$Shape} Settings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Settings.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.Settings();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.resolutionNs = v;
                            else
                                delete m.resolutionNs;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxPods = v;
                            else
                                delete m.maxPods;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxContainersPerPod = v;
                            else
                                delete m.maxContainersPerPod;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxMessageBytes = v;
                            else
                                delete m.maxMessageBytes;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.aggregatorVersion = v;
                            else
                                delete m.aggregatorVersion;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.replicaId = v;
                            else
                                delete m.replicaId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Settings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.Settings
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.Settings} Settings
             */
            Settings.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.Settings)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.Settings: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.Settings();
                if (d.resolutionNs != null) {
                    if (typeof d.resolutionNs === "object" ? d.resolutionNs.low || d.resolutionNs.high : $Number(d.resolutionNs) !== 0) {
                        if ($util.Long)
                            m.resolutionNs = $util.Long.fromValue(d.resolutionNs, true);
                        else if (typeof d.resolutionNs === "string")
                            m.resolutionNs = $parseInt(d.resolutionNs, 10);
                        else if (typeof d.resolutionNs === "number")
                            m.resolutionNs = d.resolutionNs;
                        else if (typeof d.resolutionNs === "object")
                            m.resolutionNs = new $util.LongBits(d.resolutionNs.low >>> 0, d.resolutionNs.high >>> 0).toNumber(true);
                    }
                }
                if (d.maxPods != null) {
                    if ($Number(d.maxPods) !== 0) {
                        m.maxPods = d.maxPods >>> 0;
                    }
                }
                if (d.maxContainersPerPod != null) {
                    if ($Number(d.maxContainersPerPod) !== 0) {
                        m.maxContainersPerPod = d.maxContainersPerPod >>> 0;
                    }
                }
                if (d.maxMessageBytes != null) {
                    if ($Number(d.maxMessageBytes) !== 0) {
                        m.maxMessageBytes = d.maxMessageBytes >>> 0;
                    }
                }
                if (d.aggregatorVersion != null) {
                    if (typeof d.aggregatorVersion !== "string" || d.aggregatorVersion.length) {
                        m.aggregatorVersion = $String(d.aggregatorVersion);
                    }
                }
                if (d.replicaId != null) {
                    if (typeof d.replicaId !== "string" || d.replicaId.length) {
                        m.replicaId = $String(d.replicaId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Settings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.Settings
             * @static
             * @param {kubepulse.v1.Settings} m Settings
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Settings.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.resolutionNs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.resolutionNs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.maxPods = 0;
                    d.maxContainersPerPod = 0;
                    d.maxMessageBytes = 0;
                    d.aggregatorVersion = "";
                    d.replicaId = "";
                }
                if (m.resolutionNs != null && $Object.hasOwnProperty.call(m, "resolutionNs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.resolutionNs = typeof m.resolutionNs === "number" ? $BigInt(m.resolutionNs) : $util.Long.fromBits(m.resolutionNs.low >>> 0, m.resolutionNs.high >>> 0, true).toBigInt();
                    else if (typeof m.resolutionNs === "number")
                        d.resolutionNs = o.longs === $String ? $String(m.resolutionNs) : m.resolutionNs;
                    else
                        d.resolutionNs = o.longs === $String ? $util.Long.prototype.toString.call(m.resolutionNs) : o.longs === $Number ? new $util.LongBits(m.resolutionNs.low >>> 0, m.resolutionNs.high >>> 0).toNumber(true) : m.resolutionNs;
                }
                if (m.maxPods != null && $Object.hasOwnProperty.call(m, "maxPods")) {
                    d.maxPods = m.maxPods;
                }
                if (m.maxContainersPerPod != null && $Object.hasOwnProperty.call(m, "maxContainersPerPod")) {
                    d.maxContainersPerPod = m.maxContainersPerPod;
                }
                if (m.maxMessageBytes != null && $Object.hasOwnProperty.call(m, "maxMessageBytes")) {
                    d.maxMessageBytes = m.maxMessageBytes;
                }
                if (m.aggregatorVersion != null && $Object.hasOwnProperty.call(m, "aggregatorVersion")) {
                    d.aggregatorVersion = m.aggregatorVersion;
                }
                if (m.replicaId != null && $Object.hasOwnProperty.call(m, "replicaId")) {
                    d.replicaId = m.replicaId;
                }
                return d;
            };

            /**
             * Converts this Settings to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.Settings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Settings.prototype.toJSON = function() {
                return Settings.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Settings
             * @function getTypeUrl
             * @memberof kubepulse.v1.Settings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Settings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.Settings";
            };

            return Settings;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} kubepulse.v1.Ack.$Properties
             * @property {number|Long|null} [sequence] Ack sequence
             * @property {number|Long|null} [receivedUnixNano] Ack receivedUnixNano
             * @property {number|null} [podsAccepted] Ack podsAccepted
             * @property {number|null} [podsRejected] Ack podsRejected
             * @property {Array.<string>|null} [warnings] Ack warnings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof kubepulse.v1
             * @interface IAck
             * @augments kubepulse.v1.Ack.$Properties
             * @deprecated Use kubepulse.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {kubepulse.v1.Ack.$Properties} kubepulse.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof kubepulse.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {kubepulse.v1.Ack.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (p) {
                this.warnings = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ack sequence.
             * @member {number|Long} sequence
             * @memberof kubepulse.v1.Ack
             * @instance
             */
            Ack.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ack receivedUnixNano.
             * @member {number|Long} receivedUnixNano
             * @memberof kubepulse.v1.Ack
             * @instance
             */
            Ack.prototype.receivedUnixNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Ack podsAccepted.
             * @member {number} podsAccepted
             * @memberof kubepulse.v1.Ack
             * @instance
             */
            Ack.prototype.podsAccepted = 0;

            /**
             * Ack podsRejected.
             * @member {number} podsRejected
             * @memberof kubepulse.v1.Ack
             * @instance
             */
            Ack.prototype.podsRejected = 0;

            /**
             * Ack warnings.
             * @member {Array.<string>} warnings
             * @memberof kubepulse.v1.Ack
             * @instance
             */
            Ack.prototype.warnings = $util.emptyArray;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof kubepulse.v1.Ack
             * @static
             * @param {kubepulse.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {kubepulse.v1.Ack} Ack instance
             * @type {{
             *   (properties: kubepulse.v1.Ack.$Shape): kubepulse.v1.Ack & kubepulse.v1.Ack.$Shape;
             *   (properties?: kubepulse.v1.Ack.$Properties): kubepulse.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link kubepulse.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof kubepulse.v1.Ack
             * @static
             * @param {kubepulse.v1.Ack.$Properties} m Ack message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence") && (typeof m.sequence === "object" ? m.sequence.low || m.sequence.high : m.sequence !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.sequence);
                if (m.receivedUnixNano != null && $Object.hasOwnProperty.call(m, "receivedUnixNano") && (typeof m.receivedUnixNano === "object" ? m.receivedUnixNano.low || m.receivedUnixNano.high : m.receivedUnixNano !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.receivedUnixNano);
                if (m.podsAccepted != null && $Object.hasOwnProperty.call(m, "podsAccepted") && m.podsAccepted !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.podsAccepted);
                if (m.podsRejected != null && $Object.hasOwnProperty.call(m, "podsRejected") && m.podsRejected !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.podsRejected);
                if (m.warnings != null && m.warnings.length) {
                    for (var i = 0; i < m.warnings.length; ++i)
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.warnings[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof kubepulse.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {kubepulse.v1.Ack & kubepulse.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.kubepulse.v1.Ack();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sequence = v;
                            else
                                delete m.sequence;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.receivedUnixNano = v;
                            else
                                delete m.receivedUnixNano;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.podsAccepted = v;
                            else
                                delete m.podsAccepted;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.podsRejected = v;
                            else
                                delete m.podsRejected;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.warnings && m.warnings.length))
                                m.warnings = [];
                            m.warnings.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kubepulse.v1.Ack
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {kubepulse.v1.Ack} Ack
             */
            Ack.fromObject = function (d, q) {
                if (d instanceof $root.kubepulse.v1.Ack)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".kubepulse.v1.Ack: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.kubepulse.v1.Ack();
                if (d.sequence != null) {
                    if (typeof d.sequence === "object" ? d.sequence.low || d.sequence.high : $Number(d.sequence) !== 0) {
                        if ($util.Long)
                            m.sequence = $util.Long.fromValue(d.sequence, true);
                        else if (typeof d.sequence === "string")
                            m.sequence = $parseInt(d.sequence, 10);
                        else if (typeof d.sequence === "number")
                            m.sequence = d.sequence;
                        else if (typeof d.sequence === "object")
                            m.sequence = new $util.LongBits(d.sequence.low >>> 0, d.sequence.high >>> 0).toNumber(true);
                    }
                }
                if (d.receivedUnixNano != null) {
                    if (typeof d.receivedUnixNano === "object" ? d.receivedUnixNano.low || d.receivedUnixNano.high : $Number(d.receivedUnixNano) !== 0) {
                        if ($util.Long)
                            m.receivedUnixNano = $util.Long.fromValue(d.receivedUnixNano, false);
                        else if (typeof d.receivedUnixNano === "string")
                            m.receivedUnixNano = $parseInt(d.receivedUnixNano, 10);
                        else if (typeof d.receivedUnixNano === "number")
                            m.receivedUnixNano = d.receivedUnixNano;
                        else if (typeof d.receivedUnixNano === "object")
                            m.receivedUnixNano = new $util.LongBits(d.receivedUnixNano.low >>> 0, d.receivedUnixNano.high >>> 0).toNumber();
                    }
                }
                if (d.podsAccepted != null) {
                    if ($Number(d.podsAccepted) !== 0) {
                        m.podsAccepted = d.podsAccepted >>> 0;
                    }
                }
                if (d.podsRejected != null) {
                    if ($Number(d.podsRejected) !== 0) {
                        m.podsRejected = d.podsRejected >>> 0;
                    }
                }
                if (d.warnings) {
                    if (!$Array.isArray(d.warnings))
                        throw $TypeError(".kubepulse.v1.Ack.warnings: array expected");
                    m.warnings = $Array(d.warnings.length);
                    for (var i = 0; i < d.warnings.length; ++i) {
                        m.warnings[i] = $String(d.warnings[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kubepulse.v1.Ack
             * @static
             * @param {kubepulse.v1.Ack} m Ack
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.warnings = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sequence = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sequence = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.receivedUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.receivedUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.podsAccepted = 0;
                    d.podsRejected = 0;
                }
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sequence = typeof m.sequence === "number" ? $BigInt(m.sequence) : $util.Long.fromBits(m.sequence.low >>> 0, m.sequence.high >>> 0, true).toBigInt();
                    else if (typeof m.sequence === "number")
                        d.sequence = o.longs === $String ? $String(m.sequence) : m.sequence;
                    else
                        d.sequence = o.longs === $String ? $util.Long.prototype.toString.call(m.sequence) : o.longs === $Number ? new $util.LongBits(m.sequence.low >>> 0, m.sequence.high >>> 0).toNumber(true) : m.sequence;
                }
                if (m.receivedUnixNano != null && $Object.hasOwnProperty.call(m, "receivedUnixNano")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.receivedUnixNano = typeof m.receivedUnixNano === "number" ? $BigInt(m.receivedUnixNano) : $util.Long.fromBits(m.receivedUnixNano.low >>> 0, m.receivedUnixNano.high >>> 0, false).toBigInt();
                    else if (typeof m.receivedUnixNano === "number")
                        d.receivedUnixNano = o.longs === $String ? $String(m.receivedUnixNano) : m.receivedUnixNano;
                    else
                        d.receivedUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.receivedUnixNano) : o.longs === $Number ? new $util.LongBits(m.receivedUnixNano.low >>> 0, m.receivedUnixNano.high >>> 0).toNumber() : m.receivedUnixNano;
                }
                if (m.podsAccepted != null && $Object.hasOwnProperty.call(m, "podsAccepted")) {
                    d.podsAccepted = m.podsAccepted;
                }
                if (m.podsRejected != null && $Object.hasOwnProperty.call(m, "podsRejected")) {
                    d.podsRejected = m.podsRejected;
                }
                if (m.warnings && m.warnings.length) {
                    d.warnings = $Array(m.warnings.length);
                    for (var j = 0; j < m.warnings.length; ++j) {
                        d.warnings[j] = m.warnings[j];
                    }
                }
                return d;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof kubepulse.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof kubepulse.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kubepulse.v1.Ack";
            };

            return Ack;
        })();

        return v1;
    })();

    return kubepulse;
})();

export {
  $root as default
};
