import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace kubepulse. */
export namespace kubepulse {

    /** Namespace v1. */
    namespace v1 {

        /** Represents an Ingest */
        class Ingest extends $protobuf.rpc.Service {

            /**
             * Constructs a new Ingest service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Ingest service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Ingest;

            /** Calls Stream. */
            stream: kubepulse.v1.Ingest.Stream;
        }

        namespace Ingest {

            /**
             * Callback as used by {@link kubepulse.v1.Ingest#stream}.
             * @param error Error, if any
             * @param [response] AggregatorMessage
             */
            type StreamCallback = (error: (Error|null), response?: kubepulse.v1.AggregatorMessage) => void;

            /** Calls Stream. */
            type Stream = {
              (request: kubepulse.v1.IAgentMessage, callback: kubepulse.v1.Ingest.StreamCallback): void;
              (request: kubepulse.v1.IAgentMessage): Promise<kubepulse.v1.AggregatorMessage>;
              readonly name: "Stream";
              readonly path: "/kubepulse.v1.Ingest/Stream";
              readonly requestType: "AgentMessage";
              readonly responseType: "AggregatorMessage";
              readonly requestStream: true;
              readonly responseStream: true;
            };
        }

        /**
         * Properties of an AgentMessage.
         * @deprecated Use kubepulse.v1.AgentMessage.$Properties instead.
         */
        interface IAgentMessage extends kubepulse.v1.AgentMessage.$Properties {
        }

        /** Represents an AgentMessage. */
        class AgentMessage {

            /**
             * Constructs a new AgentMessage.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.AgentMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentMessage hello. */
            hello?: (kubepulse.v1.Hello.$Properties|null);

            /** AgentMessage sample. */
            sample?: (kubepulse.v1.NodeSample.$Properties|null);

            /** AgentMessage kind. */
            kind?: ("hello"|"sample");

            /**
             * Creates a new AgentMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentMessage instance
             */
            static create(properties: kubepulse.v1.AgentMessage.$Shape): kubepulse.v1.AgentMessage & kubepulse.v1.AgentMessage.$Shape;
            static create(properties?: kubepulse.v1.AgentMessage.$Properties): kubepulse.v1.AgentMessage;

            /**
             * Encodes the specified AgentMessage message. Does not implicitly {@link kubepulse.v1.AgentMessage.verify|verify} messages.
             * @param m AgentMessage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.AgentMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentMessage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.AgentMessage & kubepulse.v1.AgentMessage.$Shape} AgentMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.AgentMessage & kubepulse.v1.AgentMessage.$Shape;

            /**
             * Creates an AgentMessage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AgentMessage
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.AgentMessage;

            /**
             * Creates a plain object from an AgentMessage message. Also converts values to other types if specified.
             * @param m AgentMessage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.AgentMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentMessage {

            /** Properties of an AgentMessage. */
            interface $Properties {

                /** AgentMessage hello */
                hello?: (kubepulse.v1.Hello.$Properties|null);

                /** AgentMessage sample */
                sample?: (kubepulse.v1.NodeSample.$Properties|null);

                /** AgentMessage kind */
                kind?: ("hello"|"sample");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AgentMessage. */
            type $Shape = {
              hello?: kubepulse.v1.Hello.$Shape|null;
              sample?: kubepulse.v1.NodeSample.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; hello?: null; sample?: null }|{ kind?: "hello"; hello: kubepulse.v1.Hello.$Shape; sample?: null }|{ kind?: "sample"; hello?: null; sample: kubepulse.v1.NodeSample.$Shape })
            );
        }

        /**
         * Properties of a Hello.
         * @deprecated Use kubepulse.v1.Hello.$Properties instead.
         */
        interface IHello extends kubepulse.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello nodeName. */
            nodeName: string;

            /** Hello agentVersion. */
            agentVersion: string;

            /** Hello bootId. */
            bootId: string;

            /** Hello capabilities. */
            capabilities: string[];

            /** Hello agentStartTimeUnixNano. */
            agentStartTimeUnixNano: (number|Long);

            /** Hello intervalNs. */
            intervalNs: (number|Long);

            /** Hello nodeLabels. */
            nodeLabels: { [k: string]: string };

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: kubepulse.v1.Hello.$Shape): kubepulse.v1.Hello & kubepulse.v1.Hello.$Shape;
            static create(properties?: kubepulse.v1.Hello.$Properties): kubepulse.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link kubepulse.v1.Hello.verify|verify} messages.
             * @param m Hello message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.Hello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.Hello & kubepulse.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.Hello & kubepulse.v1.Hello.$Shape;

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Hello
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param m Hello
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.Hello, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Hello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello nodeName */
                nodeName?: (string|null);

                /** Hello agentVersion */
                agentVersion?: (string|null);

                /** Hello bootId */
                bootId?: (string|null);

                /** Hello capabilities */
                capabilities?: (string[]|null);

                /** Hello agentStartTimeUnixNano */
                agentStartTimeUnixNano?: (number|Long|null);

                /** Hello intervalNs */
                intervalNs?: (number|Long|null);

                /** Hello nodeLabels */
                nodeLabels?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = kubepulse.v1.Hello.$Properties;
        }

        /**
         * Properties of a NodeSample.
         * @deprecated Use kubepulse.v1.NodeSample.$Properties instead.
         */
        interface INodeSample extends kubepulse.v1.NodeSample.$Properties {
        }

        /** Represents a NodeSample. */
        class NodeSample {

            /**
             * Constructs a new NodeSample.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.NodeSample.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeSample sequence. */
            sequence: (number|Long);

            /** NodeSample collectedUnixNano. */
            collectedUnixNano: (number|Long);

            /** NodeSample node. */
            node?: (kubepulse.v1.NodeStats.$Properties|null);

            /** NodeSample pods. */
            pods: kubepulse.v1.PodSample.$Properties[];

            /**
             * Creates a new NodeSample instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeSample instance
             */
            static create(properties: kubepulse.v1.NodeSample.$Shape): kubepulse.v1.NodeSample & kubepulse.v1.NodeSample.$Shape;
            static create(properties?: kubepulse.v1.NodeSample.$Properties): kubepulse.v1.NodeSample;

            /**
             * Encodes the specified NodeSample message. Does not implicitly {@link kubepulse.v1.NodeSample.verify|verify} messages.
             * @param m NodeSample message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.NodeSample.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeSample message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.NodeSample & kubepulse.v1.NodeSample.$Shape} NodeSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.NodeSample & kubepulse.v1.NodeSample.$Shape;

            /**
             * Creates a NodeSample message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns NodeSample
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.NodeSample;

            /**
             * Creates a plain object from a NodeSample message. Also converts values to other types if specified.
             * @param m NodeSample
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.NodeSample, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeSample to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeSample
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeSample {

            /** Properties of a NodeSample. */
            interface $Properties {

                /** NodeSample sequence */
                sequence?: (number|Long|null);

                /** NodeSample collectedUnixNano */
                collectedUnixNano?: (number|Long|null);

                /** NodeSample node */
                node?: (kubepulse.v1.NodeStats.$Properties|null);

                /** NodeSample pods */
                pods?: (kubepulse.v1.PodSample.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeSample. */
            type $Shape = kubepulse.v1.NodeSample.$Properties;
        }

        /**
         * Properties of a PsiLine.
         * @deprecated Use kubepulse.v1.PsiLine.$Properties instead.
         */
        interface IPsiLine extends kubepulse.v1.PsiLine.$Properties {
        }

        /** Represents a PsiLine. */
        class PsiLine {

            /**
             * Constructs a new PsiLine.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.PsiLine.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PsiLine totalNs. */
            totalNs: (number|Long);

            /** PsiLine avg10. */
            avg10: number;

            /** PsiLine avg60. */
            avg60: number;

            /** PsiLine avg300. */
            avg300: number;

            /**
             * Creates a new PsiLine instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PsiLine instance
             */
            static create(properties: kubepulse.v1.PsiLine.$Shape): kubepulse.v1.PsiLine & kubepulse.v1.PsiLine.$Shape;
            static create(properties?: kubepulse.v1.PsiLine.$Properties): kubepulse.v1.PsiLine;

            /**
             * Encodes the specified PsiLine message. Does not implicitly {@link kubepulse.v1.PsiLine.verify|verify} messages.
             * @param m PsiLine message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.PsiLine.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PsiLine message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.PsiLine & kubepulse.v1.PsiLine.$Shape} PsiLine
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.PsiLine & kubepulse.v1.PsiLine.$Shape;

            /**
             * Creates a PsiLine message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PsiLine
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.PsiLine;

            /**
             * Creates a plain object from a PsiLine message. Also converts values to other types if specified.
             * @param m PsiLine
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.PsiLine, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PsiLine to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PsiLine
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PsiLine {

            /** Properties of a PsiLine. */
            interface $Properties {

                /** PsiLine totalNs */
                totalNs?: (number|Long|null);

                /** PsiLine avg10 */
                avg10?: (number|null);

                /** PsiLine avg60 */
                avg60?: (number|null);

                /** PsiLine avg300 */
                avg300?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PsiLine. */
            type $Shape = kubepulse.v1.PsiLine.$Properties;
        }

        /**
         * Properties of a Psi.
         * @deprecated Use kubepulse.v1.Psi.$Properties instead.
         */
        interface IPsi extends kubepulse.v1.Psi.$Properties {
        }

        /** Represents a Psi. */
        class Psi {

            /**
             * Constructs a new Psi.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.Psi.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Psi some. */
            some?: (kubepulse.v1.PsiLine.$Properties|null);

            /** Psi full. */
            full?: (kubepulse.v1.PsiLine.$Properties|null);

            /**
             * Creates a new Psi instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Psi instance
             */
            static create(properties: kubepulse.v1.Psi.$Shape): kubepulse.v1.Psi & kubepulse.v1.Psi.$Shape;
            static create(properties?: kubepulse.v1.Psi.$Properties): kubepulse.v1.Psi;

            /**
             * Encodes the specified Psi message. Does not implicitly {@link kubepulse.v1.Psi.verify|verify} messages.
             * @param m Psi message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.Psi.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Psi message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.Psi & kubepulse.v1.Psi.$Shape} Psi
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.Psi & kubepulse.v1.Psi.$Shape;

            /**
             * Creates a Psi message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Psi
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.Psi;

            /**
             * Creates a plain object from a Psi message. Also converts values to other types if specified.
             * @param m Psi
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.Psi, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Psi to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Psi
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Psi {

            /** Properties of a Psi. */
            interface $Properties {

                /** Psi some */
                some?: (kubepulse.v1.PsiLine.$Properties|null);

                /** Psi full */
                full?: (kubepulse.v1.PsiLine.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Psi. */
            type $Shape = kubepulse.v1.Psi.$Properties;
        }

        /**
         * Properties of a CpuCounters.
         * @deprecated Use kubepulse.v1.CpuCounters.$Properties instead.
         */
        interface ICpuCounters extends kubepulse.v1.CpuCounters.$Properties {
        }

        /** Represents a CpuCounters. */
        class CpuCounters {

            /**
             * Constructs a new CpuCounters.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.CpuCounters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CpuCounters timeUnixNano. */
            timeUnixNano: (number|Long);

            /** CpuCounters usageNs. */
            usageNs: (number|Long);

            /** CpuCounters userNs. */
            userNs?: (number|Long|null);

            /** CpuCounters systemNs. */
            systemNs?: (number|Long|null);

            /** CpuCounters nrPeriods. */
            nrPeriods?: (number|Long|null);

            /** CpuCounters nrThrottled. */
            nrThrottled?: (number|Long|null);

            /** CpuCounters throttledNs. */
            throttledNs?: (number|Long|null);

            /** CpuCounters psi. */
            psi?: (kubepulse.v1.Psi.$Properties|null);

            /**
             * Creates a new CpuCounters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CpuCounters instance
             */
            static create(properties: kubepulse.v1.CpuCounters.$Shape): kubepulse.v1.CpuCounters & kubepulse.v1.CpuCounters.$Shape;
            static create(properties?: kubepulse.v1.CpuCounters.$Properties): kubepulse.v1.CpuCounters;

            /**
             * Encodes the specified CpuCounters message. Does not implicitly {@link kubepulse.v1.CpuCounters.verify|verify} messages.
             * @param m CpuCounters message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.CpuCounters.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CpuCounters message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.CpuCounters & kubepulse.v1.CpuCounters.$Shape} CpuCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.CpuCounters & kubepulse.v1.CpuCounters.$Shape;

            /**
             * Creates a CpuCounters message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CpuCounters
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.CpuCounters;

            /**
             * Creates a plain object from a CpuCounters message. Also converts values to other types if specified.
             * @param m CpuCounters
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.CpuCounters, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CpuCounters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CpuCounters
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CpuCounters {

            /** Properties of a CpuCounters. */
            interface $Properties {

                /** CpuCounters timeUnixNano */
                timeUnixNano?: (number|Long|null);

                /** CpuCounters usageNs */
                usageNs?: (number|Long|null);

                /** CpuCounters userNs */
                userNs?: (number|Long|null);

                /** CpuCounters systemNs */
                systemNs?: (number|Long|null);

                /** CpuCounters nrPeriods */
                nrPeriods?: (number|Long|null);

                /** CpuCounters nrThrottled */
                nrThrottled?: (number|Long|null);

                /** CpuCounters throttledNs */
                throttledNs?: (number|Long|null);

                /** CpuCounters psi */
                psi?: (kubepulse.v1.Psi.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CpuCounters. */
            type $Shape = kubepulse.v1.CpuCounters.$Properties;
        }

        /**
         * Properties of a MemoryCounters.
         * @deprecated Use kubepulse.v1.MemoryCounters.$Properties instead.
         */
        interface IMemoryCounters extends kubepulse.v1.MemoryCounters.$Properties {
        }

        /** Represents a MemoryCounters. */
        class MemoryCounters {

            /**
             * Constructs a new MemoryCounters.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.MemoryCounters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemoryCounters timeUnixNano. */
            timeUnixNano: (number|Long);

            /** MemoryCounters usageBytes. */
            usageBytes: (number|Long);

            /** MemoryCounters workingSetBytes. */
            workingSetBytes: (number|Long);

            /** MemoryCounters rssBytes. */
            rssBytes?: (number|Long|null);

            /** MemoryCounters pageFaults. */
            pageFaults?: (number|Long|null);

            /** MemoryCounters majorPageFaults. */
            majorPageFaults?: (number|Long|null);

            /** MemoryCounters limitBytes. */
            limitBytes?: (number|Long|null);

            /** MemoryCounters swapUsageBytes. */
            swapUsageBytes?: (number|Long|null);

            /** MemoryCounters swapLimitBytes. */
            swapLimitBytes?: (number|Long|null);

            /** MemoryCounters psi. */
            psi?: (kubepulse.v1.Psi.$Properties|null);

            /**
             * Creates a new MemoryCounters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemoryCounters instance
             */
            static create(properties: kubepulse.v1.MemoryCounters.$Shape): kubepulse.v1.MemoryCounters & kubepulse.v1.MemoryCounters.$Shape;
            static create(properties?: kubepulse.v1.MemoryCounters.$Properties): kubepulse.v1.MemoryCounters;

            /**
             * Encodes the specified MemoryCounters message. Does not implicitly {@link kubepulse.v1.MemoryCounters.verify|verify} messages.
             * @param m MemoryCounters message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.MemoryCounters.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemoryCounters message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.MemoryCounters & kubepulse.v1.MemoryCounters.$Shape} MemoryCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.MemoryCounters & kubepulse.v1.MemoryCounters.$Shape;

            /**
             * Creates a MemoryCounters message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns MemoryCounters
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.MemoryCounters;

            /**
             * Creates a plain object from a MemoryCounters message. Also converts values to other types if specified.
             * @param m MemoryCounters
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.MemoryCounters, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemoryCounters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemoryCounters
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemoryCounters {

            /** Properties of a MemoryCounters. */
            interface $Properties {

                /** MemoryCounters timeUnixNano */
                timeUnixNano?: (number|Long|null);

                /** MemoryCounters usageBytes */
                usageBytes?: (number|Long|null);

                /** MemoryCounters workingSetBytes */
                workingSetBytes?: (number|Long|null);

                /** MemoryCounters rssBytes */
                rssBytes?: (number|Long|null);

                /** MemoryCounters pageFaults */
                pageFaults?: (number|Long|null);

                /** MemoryCounters majorPageFaults */
                majorPageFaults?: (number|Long|null);

                /** MemoryCounters limitBytes */
                limitBytes?: (number|Long|null);

                /** MemoryCounters swapUsageBytes */
                swapUsageBytes?: (number|Long|null);

                /** MemoryCounters swapLimitBytes */
                swapLimitBytes?: (number|Long|null);

                /** MemoryCounters psi */
                psi?: (kubepulse.v1.Psi.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemoryCounters. */
            type $Shape = kubepulse.v1.MemoryCounters.$Properties;
        }

        /**
         * Properties of an InterfaceCounters.
         * @deprecated Use kubepulse.v1.InterfaceCounters.$Properties instead.
         */
        interface IInterfaceCounters extends kubepulse.v1.InterfaceCounters.$Properties {
        }

        /** Represents an InterfaceCounters. */
        class InterfaceCounters {

            /**
             * Constructs a new InterfaceCounters.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.InterfaceCounters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InterfaceCounters name. */
            name: string;

            /** InterfaceCounters rxBytes. */
            rxBytes: (number|Long);

            /** InterfaceCounters rxErrors. */
            rxErrors: (number|Long);

            /** InterfaceCounters txBytes. */
            txBytes: (number|Long);

            /** InterfaceCounters txErrors. */
            txErrors: (number|Long);

            /**
             * Creates a new InterfaceCounters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InterfaceCounters instance
             */
            static create(properties: kubepulse.v1.InterfaceCounters.$Shape): kubepulse.v1.InterfaceCounters & kubepulse.v1.InterfaceCounters.$Shape;
            static create(properties?: kubepulse.v1.InterfaceCounters.$Properties): kubepulse.v1.InterfaceCounters;

            /**
             * Encodes the specified InterfaceCounters message. Does not implicitly {@link kubepulse.v1.InterfaceCounters.verify|verify} messages.
             * @param m InterfaceCounters message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.InterfaceCounters.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InterfaceCounters message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.InterfaceCounters & kubepulse.v1.InterfaceCounters.$Shape} InterfaceCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.InterfaceCounters & kubepulse.v1.InterfaceCounters.$Shape;

            /**
             * Creates an InterfaceCounters message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns InterfaceCounters
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.InterfaceCounters;

            /**
             * Creates a plain object from an InterfaceCounters message. Also converts values to other types if specified.
             * @param m InterfaceCounters
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.InterfaceCounters, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InterfaceCounters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InterfaceCounters
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InterfaceCounters {

            /** Properties of an InterfaceCounters. */
            interface $Properties {

                /** InterfaceCounters name */
                name?: (string|null);

                /** InterfaceCounters rxBytes */
                rxBytes?: (number|Long|null);

                /** InterfaceCounters rxErrors */
                rxErrors?: (number|Long|null);

                /** InterfaceCounters txBytes */
                txBytes?: (number|Long|null);

                /** InterfaceCounters txErrors */
                txErrors?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InterfaceCounters. */
            type $Shape = kubepulse.v1.InterfaceCounters.$Properties;
        }

        /**
         * Properties of a NetworkCounters.
         * @deprecated Use kubepulse.v1.NetworkCounters.$Properties instead.
         */
        interface INetworkCounters extends kubepulse.v1.NetworkCounters.$Properties {
        }

        /** Represents a NetworkCounters. */
        class NetworkCounters {

            /**
             * Constructs a new NetworkCounters.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.NetworkCounters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkCounters timeUnixNano. */
            timeUnixNano: (number|Long);

            /** NetworkCounters interfaces. */
            interfaces: kubepulse.v1.InterfaceCounters.$Properties[];

            /**
             * Creates a new NetworkCounters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkCounters instance
             */
            static create(properties: kubepulse.v1.NetworkCounters.$Shape): kubepulse.v1.NetworkCounters & kubepulse.v1.NetworkCounters.$Shape;
            static create(properties?: kubepulse.v1.NetworkCounters.$Properties): kubepulse.v1.NetworkCounters;

            /**
             * Encodes the specified NetworkCounters message. Does not implicitly {@link kubepulse.v1.NetworkCounters.verify|verify} messages.
             * @param m NetworkCounters message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.NetworkCounters.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkCounters message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.NetworkCounters & kubepulse.v1.NetworkCounters.$Shape} NetworkCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.NetworkCounters & kubepulse.v1.NetworkCounters.$Shape;

            /**
             * Creates a NetworkCounters message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns NetworkCounters
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.NetworkCounters;

            /**
             * Creates a plain object from a NetworkCounters message. Also converts values to other types if specified.
             * @param m NetworkCounters
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.NetworkCounters, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkCounters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkCounters
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkCounters {

            /** Properties of a NetworkCounters. */
            interface $Properties {

                /** NetworkCounters timeUnixNano */
                timeUnixNano?: (number|Long|null);

                /** NetworkCounters interfaces */
                interfaces?: (kubepulse.v1.InterfaceCounters.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkCounters. */
            type $Shape = kubepulse.v1.NetworkCounters.$Properties;
        }

        /**
         * Properties of a FsStats.
         * @deprecated Use kubepulse.v1.FsStats.$Properties instead.
         */
        interface IFsStats extends kubepulse.v1.FsStats.$Properties {
        }

        /** Represents a FsStats. */
        class FsStats {

            /**
             * Constructs a new FsStats.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.FsStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FsStats timeUnixNano. */
            timeUnixNano: (number|Long);

            /** FsStats capacityBytes. */
            capacityBytes: (number|Long);

            /** FsStats availableBytes. */
            availableBytes: (number|Long);

            /** FsStats usedBytes. */
            usedBytes: (number|Long);

            /** FsStats inodes. */
            inodes: (number|Long);

            /** FsStats inodesFree. */
            inodesFree: (number|Long);

            /** FsStats inodesUsed. */
            inodesUsed: (number|Long);

            /**
             * Creates a new FsStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FsStats instance
             */
            static create(properties: kubepulse.v1.FsStats.$Shape): kubepulse.v1.FsStats & kubepulse.v1.FsStats.$Shape;
            static create(properties?: kubepulse.v1.FsStats.$Properties): kubepulse.v1.FsStats;

            /**
             * Encodes the specified FsStats message. Does not implicitly {@link kubepulse.v1.FsStats.verify|verify} messages.
             * @param m FsStats message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.FsStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FsStats message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.FsStats & kubepulse.v1.FsStats.$Shape} FsStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.FsStats & kubepulse.v1.FsStats.$Shape;

            /**
             * Creates a FsStats message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FsStats
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.FsStats;

            /**
             * Creates a plain object from a FsStats message. Also converts values to other types if specified.
             * @param m FsStats
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.FsStats, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FsStats to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FsStats
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FsStats {

            /** Properties of a FsStats. */
            interface $Properties {

                /** FsStats timeUnixNano */
                timeUnixNano?: (number|Long|null);

                /** FsStats capacityBytes */
                capacityBytes?: (number|Long|null);

                /** FsStats availableBytes */
                availableBytes?: (number|Long|null);

                /** FsStats usedBytes */
                usedBytes?: (number|Long|null);

                /** FsStats inodes */
                inodes?: (number|Long|null);

                /** FsStats inodesFree */
                inodesFree?: (number|Long|null);

                /** FsStats inodesUsed */
                inodesUsed?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FsStats. */
            type $Shape = kubepulse.v1.FsStats.$Properties;
        }

        /**
         * Properties of a NodeStats.
         * @deprecated Use kubepulse.v1.NodeStats.$Properties instead.
         */
        interface INodeStats extends kubepulse.v1.NodeStats.$Properties {
        }

        /** Represents a NodeStats. */
        class NodeStats {

            /**
             * Constructs a new NodeStats.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.NodeStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeStats startTimeUnixNano. */
            startTimeUnixNano: (number|Long);

            /** NodeStats cpu. */
            cpu?: (kubepulse.v1.CpuCounters.$Properties|null);

            /** NodeStats memory. */
            memory?: (kubepulse.v1.MemoryCounters.$Properties|null);

            /** NodeStats network. */
            network?: (kubepulse.v1.NetworkCounters.$Properties|null);

            /** NodeStats fs. */
            fs?: (kubepulse.v1.FsStats.$Properties|null);

            /** NodeStats memoryCapacityBytes. */
            memoryCapacityBytes: (number|Long);

            /** NodeStats cpuCapacityMillis. */
            cpuCapacityMillis: (number|Long);

            /** NodeStats ioPsi. */
            ioPsi?: (kubepulse.v1.Psi.$Properties|null);

            /** NodeStats maxPid. */
            maxPid?: (number|Long|null);

            /** NodeStats curProc. */
            curProc?: (number|Long|null);

            /**
             * Creates a new NodeStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeStats instance
             */
            static create(properties: kubepulse.v1.NodeStats.$Shape): kubepulse.v1.NodeStats & kubepulse.v1.NodeStats.$Shape;
            static create(properties?: kubepulse.v1.NodeStats.$Properties): kubepulse.v1.NodeStats;

            /**
             * Encodes the specified NodeStats message. Does not implicitly {@link kubepulse.v1.NodeStats.verify|verify} messages.
             * @param m NodeStats message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.NodeStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeStats message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.NodeStats & kubepulse.v1.NodeStats.$Shape} NodeStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.NodeStats & kubepulse.v1.NodeStats.$Shape;

            /**
             * Creates a NodeStats message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns NodeStats
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.NodeStats;

            /**
             * Creates a plain object from a NodeStats message. Also converts values to other types if specified.
             * @param m NodeStats
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.NodeStats, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeStats to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeStats
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeStats {

            /** Properties of a NodeStats. */
            interface $Properties {

                /** NodeStats startTimeUnixNano */
                startTimeUnixNano?: (number|Long|null);

                /** NodeStats cpu */
                cpu?: (kubepulse.v1.CpuCounters.$Properties|null);

                /** NodeStats memory */
                memory?: (kubepulse.v1.MemoryCounters.$Properties|null);

                /** NodeStats network */
                network?: (kubepulse.v1.NetworkCounters.$Properties|null);

                /** NodeStats fs */
                fs?: (kubepulse.v1.FsStats.$Properties|null);

                /** NodeStats memoryCapacityBytes */
                memoryCapacityBytes?: (number|Long|null);

                /** NodeStats cpuCapacityMillis */
                cpuCapacityMillis?: (number|Long|null);

                /** NodeStats ioPsi */
                ioPsi?: (kubepulse.v1.Psi.$Properties|null);

                /** NodeStats maxPid */
                maxPid?: (number|Long|null);

                /** NodeStats curProc */
                curProc?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeStats. */
            type $Shape = kubepulse.v1.NodeStats.$Properties;
        }

        /**
         * Properties of a PodSample.
         * @deprecated Use kubepulse.v1.PodSample.$Properties instead.
         */
        interface IPodSample extends kubepulse.v1.PodSample.$Properties {
        }

        /** Represents a PodSample. */
        class PodSample {

            /**
             * Constructs a new PodSample.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.PodSample.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodSample uid. */
            uid: string;

            /** PodSample name. */
            name: string;

            /** PodSample namespace. */
            namespace: string;

            /** PodSample labels. */
            labels: { [k: string]: string };

            /** PodSample startTimeUnixNano. */
            startTimeUnixNano: (number|Long);

            /** PodSample qosClass. */
            qosClass: string;

            /** PodSample cpu. */
            cpu?: (kubepulse.v1.CpuCounters.$Properties|null);

            /** PodSample memory. */
            memory?: (kubepulse.v1.MemoryCounters.$Properties|null);

            /** PodSample network. */
            network?: (kubepulse.v1.NetworkCounters.$Properties|null);

            /** PodSample containers. */
            containers: kubepulse.v1.ContainerSample.$Properties[];

            /** PodSample ioPsi. */
            ioPsi?: (kubepulse.v1.Psi.$Properties|null);

            /** PodSample processCount. */
            processCount?: (number|Long|null);

            /**
             * Creates a new PodSample instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSample instance
             */
            static create(properties: kubepulse.v1.PodSample.$Shape): kubepulse.v1.PodSample & kubepulse.v1.PodSample.$Shape;
            static create(properties?: kubepulse.v1.PodSample.$Properties): kubepulse.v1.PodSample;

            /**
             * Encodes the specified PodSample message. Does not implicitly {@link kubepulse.v1.PodSample.verify|verify} messages.
             * @param m PodSample message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.PodSample.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSample message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.PodSample & kubepulse.v1.PodSample.$Shape} PodSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.PodSample & kubepulse.v1.PodSample.$Shape;

            /**
             * Creates a PodSample message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PodSample
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.PodSample;

            /**
             * Creates a plain object from a PodSample message. Also converts values to other types if specified.
             * @param m PodSample
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.PodSample, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PodSample to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PodSample
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodSample {

            /** Properties of a PodSample. */
            interface $Properties {

                /** PodSample uid */
                uid?: (string|null);

                /** PodSample name */
                name?: (string|null);

                /** PodSample namespace */
                namespace?: (string|null);

                /** PodSample labels */
                labels?: ({ [k: string]: string }|null);

                /** PodSample startTimeUnixNano */
                startTimeUnixNano?: (number|Long|null);

                /** PodSample qosClass */
                qosClass?: (string|null);

                /** PodSample cpu */
                cpu?: (kubepulse.v1.CpuCounters.$Properties|null);

                /** PodSample memory */
                memory?: (kubepulse.v1.MemoryCounters.$Properties|null);

                /** PodSample network */
                network?: (kubepulse.v1.NetworkCounters.$Properties|null);

                /** PodSample containers */
                containers?: (kubepulse.v1.ContainerSample.$Properties[]|null);

                /** PodSample ioPsi */
                ioPsi?: (kubepulse.v1.Psi.$Properties|null);

                /** PodSample processCount */
                processCount?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodSample. */
            type $Shape = kubepulse.v1.PodSample.$Properties;
        }

        /**
         * Properties of a ContainerSample.
         * @deprecated Use kubepulse.v1.ContainerSample.$Properties instead.
         */
        interface IContainerSample extends kubepulse.v1.ContainerSample.$Properties {
        }

        /** Represents a ContainerSample. */
        class ContainerSample {

            /**
             * Constructs a new ContainerSample.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.ContainerSample.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerSample name. */
            name: string;

            /** ContainerSample id. */
            id: string;

            /** ContainerSample startTimeUnixNano. */
            startTimeUnixNano: (number|Long);

            /** ContainerSample cpu. */
            cpu?: (kubepulse.v1.CpuCounters.$Properties|null);

            /** ContainerSample memory. */
            memory?: (kubepulse.v1.MemoryCounters.$Properties|null);

            /** ContainerSample ioPsi. */
            ioPsi?: (kubepulse.v1.Psi.$Properties|null);

            /** ContainerSample attempt. */
            attempt: number;

            /**
             * Creates a new ContainerSample instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerSample instance
             */
            static create(properties: kubepulse.v1.ContainerSample.$Shape): kubepulse.v1.ContainerSample & kubepulse.v1.ContainerSample.$Shape;
            static create(properties?: kubepulse.v1.ContainerSample.$Properties): kubepulse.v1.ContainerSample;

            /**
             * Encodes the specified ContainerSample message. Does not implicitly {@link kubepulse.v1.ContainerSample.verify|verify} messages.
             * @param m ContainerSample message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.ContainerSample.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerSample message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.ContainerSample & kubepulse.v1.ContainerSample.$Shape} ContainerSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.ContainerSample & kubepulse.v1.ContainerSample.$Shape;

            /**
             * Creates a ContainerSample message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContainerSample
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.ContainerSample;

            /**
             * Creates a plain object from a ContainerSample message. Also converts values to other types if specified.
             * @param m ContainerSample
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.ContainerSample, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerSample to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerSample
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerSample {

            /** Properties of a ContainerSample. */
            interface $Properties {

                /** ContainerSample name */
                name?: (string|null);

                /** ContainerSample id */
                id?: (string|null);

                /** ContainerSample startTimeUnixNano */
                startTimeUnixNano?: (number|Long|null);

                /** ContainerSample cpu */
                cpu?: (kubepulse.v1.CpuCounters.$Properties|null);

                /** ContainerSample memory */
                memory?: (kubepulse.v1.MemoryCounters.$Properties|null);

                /** ContainerSample ioPsi */
                ioPsi?: (kubepulse.v1.Psi.$Properties|null);

                /** ContainerSample attempt */
                attempt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerSample. */
            type $Shape = kubepulse.v1.ContainerSample.$Properties;
        }

        /**
         * Properties of an AggregatorMessage.
         * @deprecated Use kubepulse.v1.AggregatorMessage.$Properties instead.
         */
        interface IAggregatorMessage extends kubepulse.v1.AggregatorMessage.$Properties {
        }

        /** Represents an AggregatorMessage. */
        class AggregatorMessage {

            /**
             * Constructs a new AggregatorMessage.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.AggregatorMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AggregatorMessage settings. */
            settings?: (kubepulse.v1.Settings.$Properties|null);

            /** AggregatorMessage ack. */
            ack?: (kubepulse.v1.Ack.$Properties|null);

            /** AggregatorMessage kind. */
            kind?: ("settings"|"ack");

            /**
             * Creates a new AggregatorMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AggregatorMessage instance
             */
            static create(properties: kubepulse.v1.AggregatorMessage.$Shape): kubepulse.v1.AggregatorMessage & kubepulse.v1.AggregatorMessage.$Shape;
            static create(properties?: kubepulse.v1.AggregatorMessage.$Properties): kubepulse.v1.AggregatorMessage;

            /**
             * Encodes the specified AggregatorMessage message. Does not implicitly {@link kubepulse.v1.AggregatorMessage.verify|verify} messages.
             * @param m AggregatorMessage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.AggregatorMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AggregatorMessage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.AggregatorMessage & kubepulse.v1.AggregatorMessage.$Shape} AggregatorMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.AggregatorMessage & kubepulse.v1.AggregatorMessage.$Shape;

            /**
             * Creates an AggregatorMessage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AggregatorMessage
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.AggregatorMessage;

            /**
             * Creates a plain object from an AggregatorMessage message. Also converts values to other types if specified.
             * @param m AggregatorMessage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.AggregatorMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AggregatorMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AggregatorMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AggregatorMessage {

            /** Properties of an AggregatorMessage. */
            interface $Properties {

                /** AggregatorMessage settings */
                settings?: (kubepulse.v1.Settings.$Properties|null);

                /** AggregatorMessage ack */
                ack?: (kubepulse.v1.Ack.$Properties|null);

                /** AggregatorMessage kind */
                kind?: ("settings"|"ack");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AggregatorMessage. */
            type $Shape = {
              settings?: kubepulse.v1.Settings.$Shape|null;
              ack?: kubepulse.v1.Ack.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; settings?: null; ack?: null }|{ kind?: "settings"; settings: kubepulse.v1.Settings.$Shape; ack?: null }|{ kind?: "ack"; settings?: null; ack: kubepulse.v1.Ack.$Shape })
            );
        }

        /**
         * Properties of a Settings.
         * @deprecated Use kubepulse.v1.Settings.$Properties instead.
         */
        interface ISettings extends kubepulse.v1.Settings.$Properties {
        }

        /** Represents a Settings. */
        class Settings {

            /**
             * Constructs a new Settings.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.Settings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Settings resolutionNs. */
            resolutionNs: (number|Long);

            /** Settings maxPods. */
            maxPods: number;

            /** Settings maxContainersPerPod. */
            maxContainersPerPod: number;

            /** Settings maxMessageBytes. */
            maxMessageBytes: number;

            /** Settings aggregatorVersion. */
            aggregatorVersion: string;

            /** Settings replicaId. */
            replicaId: string;

            /**
             * Creates a new Settings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Settings instance
             */
            static create(properties: kubepulse.v1.Settings.$Shape): kubepulse.v1.Settings & kubepulse.v1.Settings.$Shape;
            static create(properties?: kubepulse.v1.Settings.$Properties): kubepulse.v1.Settings;

            /**
             * Encodes the specified Settings message. Does not implicitly {@link kubepulse.v1.Settings.verify|verify} messages.
             * @param m Settings message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.Settings.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Settings message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.Settings & kubepulse.v1.Settings.$Shape} Settings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.Settings & kubepulse.v1.Settings.$Shape;

            /**
             * Creates a Settings message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Settings
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.Settings;

            /**
             * Creates a plain object from a Settings message. Also converts values to other types if specified.
             * @param m Settings
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.Settings, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Settings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Settings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Settings {

            /** Properties of a Settings. */
            interface $Properties {

                /** Settings resolutionNs */
                resolutionNs?: (number|Long|null);

                /** Settings maxPods */
                maxPods?: (number|null);

                /** Settings maxContainersPerPod */
                maxContainersPerPod?: (number|null);

                /** Settings maxMessageBytes */
                maxMessageBytes?: (number|null);

                /** Settings aggregatorVersion */
                aggregatorVersion?: (string|null);

                /** Settings replicaId */
                replicaId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Settings. */
            type $Shape = kubepulse.v1.Settings.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use kubepulse.v1.Ack.$Properties instead.
         */
        interface IAck extends kubepulse.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [p] Properties to set
             */
            constructor(p?: kubepulse.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack sequence. */
            sequence: (number|Long);

            /** Ack receivedUnixNano. */
            receivedUnixNano: (number|Long);

            /** Ack podsAccepted. */
            podsAccepted: number;

            /** Ack podsRejected. */
            podsRejected: number;

            /** Ack warnings. */
            warnings: string[];

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: kubepulse.v1.Ack.$Shape): kubepulse.v1.Ack & kubepulse.v1.Ack.$Shape;
            static create(properties?: kubepulse.v1.Ack.$Properties): kubepulse.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link kubepulse.v1.Ack.verify|verify} messages.
             * @param m Ack message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: kubepulse.v1.Ack.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {kubepulse.v1.Ack & kubepulse.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): kubepulse.v1.Ack & kubepulse.v1.Ack.$Shape;

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Ack
             */
            static fromObject(d: { [k: string]: any }): kubepulse.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param m Ack
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: kubepulse.v1.Ack, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack sequence */
                sequence?: (number|Long|null);

                /** Ack receivedUnixNano */
                receivedUnixNano?: (number|Long|null);

                /** Ack podsAccepted */
                podsAccepted?: (number|null);

                /** Ack podsRejected */
                podsRejected?: (number|null);

                /** Ack warnings */
                warnings?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = kubepulse.v1.Ack.$Properties;
        }
    }
}
