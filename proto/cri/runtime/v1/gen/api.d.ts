import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace runtime. */
export namespace runtime {

    /** Namespace v1. */
    namespace v1 {

        /** Represents a RuntimeService */
        class RuntimeService extends $protobuf.rpc.Service {

            /**
             * Constructs a new RuntimeService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new RuntimeService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): RuntimeService;

            /** Calls Version. */
            version: runtime.v1.RuntimeService.Version;

            /** Calls RunPodSandbox. */
            runPodSandbox: runtime.v1.RuntimeService.RunPodSandbox;

            /** Calls StopPodSandbox. */
            stopPodSandbox: runtime.v1.RuntimeService.StopPodSandbox;

            /** Calls RemovePodSandbox. */
            removePodSandbox: runtime.v1.RuntimeService.RemovePodSandbox;

            /** Calls ListPodSandbox. */
            listPodSandbox: runtime.v1.RuntimeService.ListPodSandbox;

            /** Calls CreateContainer. */
            createContainer: runtime.v1.RuntimeService.CreateContainer;

            /** Calls StartContainer. */
            startContainer: runtime.v1.RuntimeService.StartContainer;

            /** Calls StopContainer. */
            stopContainer: runtime.v1.RuntimeService.StopContainer;

            /** Calls RemoveContainer. */
            removeContainer: runtime.v1.RuntimeService.RemoveContainer;

            /** Calls ListContainers. */
            listContainers: runtime.v1.RuntimeService.ListContainers;

            /** Calls ContainerStatus. */
            containerStatus: runtime.v1.RuntimeService.ContainerStatus;

            /** Calls ListContainerStats. */
            listContainerStats: runtime.v1.RuntimeService.ListContainerStats;

            /** Calls ListPodSandboxStats. */
            listPodSandboxStats: runtime.v1.RuntimeService.ListPodSandboxStats;
        }

        namespace RuntimeService {

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#version}.
             * @param error Error, if any
             * @param [response] VersionResponse
             */
            type VersionCallback = (error: (Error|null), response?: runtime.v1.VersionResponse) => void;

            /** Calls Version. */
            type Version = {
              (request: runtime.v1.IVersionRequest, callback: runtime.v1.RuntimeService.VersionCallback): void;
              (request: runtime.v1.IVersionRequest): Promise<runtime.v1.VersionResponse>;
              readonly name: "Version";
              readonly path: "/runtime.v1.RuntimeService/Version";
              readonly requestType: "VersionRequest";
              readonly responseType: "VersionResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#runPodSandbox}.
             * @param error Error, if any
             * @param [response] RunPodSandboxResponse
             */
            type RunPodSandboxCallback = (error: (Error|null), response?: runtime.v1.RunPodSandboxResponse) => void;

            /** Calls RunPodSandbox. */
            type RunPodSandbox = {
              (request: runtime.v1.IRunPodSandboxRequest, callback: runtime.v1.RuntimeService.RunPodSandboxCallback): void;
              (request: runtime.v1.IRunPodSandboxRequest): Promise<runtime.v1.RunPodSandboxResponse>;
              readonly name: "RunPodSandbox";
              readonly path: "/runtime.v1.RuntimeService/RunPodSandbox";
              readonly requestType: "RunPodSandboxRequest";
              readonly responseType: "RunPodSandboxResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#stopPodSandbox}.
             * @param error Error, if any
             * @param [response] StopPodSandboxResponse
             */
            type StopPodSandboxCallback = (error: (Error|null), response?: runtime.v1.StopPodSandboxResponse) => void;

            /** Calls StopPodSandbox. */
            type StopPodSandbox = {
              (request: runtime.v1.IStopPodSandboxRequest, callback: runtime.v1.RuntimeService.StopPodSandboxCallback): void;
              (request: runtime.v1.IStopPodSandboxRequest): Promise<runtime.v1.StopPodSandboxResponse>;
              readonly name: "StopPodSandbox";
              readonly path: "/runtime.v1.RuntimeService/StopPodSandbox";
              readonly requestType: "StopPodSandboxRequest";
              readonly responseType: "StopPodSandboxResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#removePodSandbox}.
             * @param error Error, if any
             * @param [response] RemovePodSandboxResponse
             */
            type RemovePodSandboxCallback = (error: (Error|null), response?: runtime.v1.RemovePodSandboxResponse) => void;

            /** Calls RemovePodSandbox. */
            type RemovePodSandbox = {
              (request: runtime.v1.IRemovePodSandboxRequest, callback: runtime.v1.RuntimeService.RemovePodSandboxCallback): void;
              (request: runtime.v1.IRemovePodSandboxRequest): Promise<runtime.v1.RemovePodSandboxResponse>;
              readonly name: "RemovePodSandbox";
              readonly path: "/runtime.v1.RuntimeService/RemovePodSandbox";
              readonly requestType: "RemovePodSandboxRequest";
              readonly responseType: "RemovePodSandboxResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listPodSandbox}.
             * @param error Error, if any
             * @param [response] ListPodSandboxResponse
             */
            type ListPodSandboxCallback = (error: (Error|null), response?: runtime.v1.ListPodSandboxResponse) => void;

            /** Calls ListPodSandbox. */
            type ListPodSandbox = {
              (request: runtime.v1.IListPodSandboxRequest, callback: runtime.v1.RuntimeService.ListPodSandboxCallback): void;
              (request: runtime.v1.IListPodSandboxRequest): Promise<runtime.v1.ListPodSandboxResponse>;
              readonly name: "ListPodSandbox";
              readonly path: "/runtime.v1.RuntimeService/ListPodSandbox";
              readonly requestType: "ListPodSandboxRequest";
              readonly responseType: "ListPodSandboxResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#createContainer}.
             * @param error Error, if any
             * @param [response] CreateContainerResponse
             */
            type CreateContainerCallback = (error: (Error|null), response?: runtime.v1.CreateContainerResponse) => void;

            /** Calls CreateContainer. */
            type CreateContainer = {
              (request: runtime.v1.ICreateContainerRequest, callback: runtime.v1.RuntimeService.CreateContainerCallback): void;
              (request: runtime.v1.ICreateContainerRequest): Promise<runtime.v1.CreateContainerResponse>;
              readonly name: "CreateContainer";
              readonly path: "/runtime.v1.RuntimeService/CreateContainer";
              readonly requestType: "CreateContainerRequest";
              readonly responseType: "CreateContainerResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#startContainer}.
             * @param error Error, if any
             * @param [response] StartContainerResponse
             */
            type StartContainerCallback = (error: (Error|null), response?: runtime.v1.StartContainerResponse) => void;

            /** Calls StartContainer. */
            type StartContainer = {
              (request: runtime.v1.IStartContainerRequest, callback: runtime.v1.RuntimeService.StartContainerCallback): void;
              (request: runtime.v1.IStartContainerRequest): Promise<runtime.v1.StartContainerResponse>;
              readonly name: "StartContainer";
              readonly path: "/runtime.v1.RuntimeService/StartContainer";
              readonly requestType: "StartContainerRequest";
              readonly responseType: "StartContainerResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#stopContainer}.
             * @param error Error, if any
             * @param [response] StopContainerResponse
             */
            type StopContainerCallback = (error: (Error|null), response?: runtime.v1.StopContainerResponse) => void;

            /** Calls StopContainer. */
            type StopContainer = {
              (request: runtime.v1.IStopContainerRequest, callback: runtime.v1.RuntimeService.StopContainerCallback): void;
              (request: runtime.v1.IStopContainerRequest): Promise<runtime.v1.StopContainerResponse>;
              readonly name: "StopContainer";
              readonly path: "/runtime.v1.RuntimeService/StopContainer";
              readonly requestType: "StopContainerRequest";
              readonly responseType: "StopContainerResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#removeContainer}.
             * @param error Error, if any
             * @param [response] RemoveContainerResponse
             */
            type RemoveContainerCallback = (error: (Error|null), response?: runtime.v1.RemoveContainerResponse) => void;

            /** Calls RemoveContainer. */
            type RemoveContainer = {
              (request: runtime.v1.IRemoveContainerRequest, callback: runtime.v1.RuntimeService.RemoveContainerCallback): void;
              (request: runtime.v1.IRemoveContainerRequest): Promise<runtime.v1.RemoveContainerResponse>;
              readonly name: "RemoveContainer";
              readonly path: "/runtime.v1.RuntimeService/RemoveContainer";
              readonly requestType: "RemoveContainerRequest";
              readonly responseType: "RemoveContainerResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listContainers}.
             * @param error Error, if any
             * @param [response] ListContainersResponse
             */
            type ListContainersCallback = (error: (Error|null), response?: runtime.v1.ListContainersResponse) => void;

            /** Calls ListContainers. */
            type ListContainers = {
              (request: runtime.v1.IListContainersRequest, callback: runtime.v1.RuntimeService.ListContainersCallback): void;
              (request: runtime.v1.IListContainersRequest): Promise<runtime.v1.ListContainersResponse>;
              readonly name: "ListContainers";
              readonly path: "/runtime.v1.RuntimeService/ListContainers";
              readonly requestType: "ListContainersRequest";
              readonly responseType: "ListContainersResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#containerStatus}.
             * @param error Error, if any
             * @param [response] ContainerStatusResponse
             */
            type ContainerStatusCallback = (error: (Error|null), response?: runtime.v1.ContainerStatusResponse) => void;

            /** Calls ContainerStatus. */
            type ContainerStatus = {
              (request: runtime.v1.IContainerStatusRequest, callback: runtime.v1.RuntimeService.ContainerStatusCallback): void;
              (request: runtime.v1.IContainerStatusRequest): Promise<runtime.v1.ContainerStatusResponse>;
              readonly name: "ContainerStatus";
              readonly path: "/runtime.v1.RuntimeService/ContainerStatus";
              readonly requestType: "ContainerStatusRequest";
              readonly responseType: "ContainerStatusResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listContainerStats}.
             * @param error Error, if any
             * @param [response] ListContainerStatsResponse
             */
            type ListContainerStatsCallback = (error: (Error|null), response?: runtime.v1.ListContainerStatsResponse) => void;

            /** Calls ListContainerStats. */
            type ListContainerStats = {
              (request: runtime.v1.IListContainerStatsRequest, callback: runtime.v1.RuntimeService.ListContainerStatsCallback): void;
              (request: runtime.v1.IListContainerStatsRequest): Promise<runtime.v1.ListContainerStatsResponse>;
              readonly name: "ListContainerStats";
              readonly path: "/runtime.v1.RuntimeService/ListContainerStats";
              readonly requestType: "ListContainerStatsRequest";
              readonly responseType: "ListContainerStatsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listPodSandboxStats}.
             * @param error Error, if any
             * @param [response] ListPodSandboxStatsResponse
             */
            type ListPodSandboxStatsCallback = (error: (Error|null), response?: runtime.v1.ListPodSandboxStatsResponse) => void;

            /** Calls ListPodSandboxStats. */
            type ListPodSandboxStats = {
              (request: runtime.v1.IListPodSandboxStatsRequest, callback: runtime.v1.RuntimeService.ListPodSandboxStatsCallback): void;
              (request: runtime.v1.IListPodSandboxStatsRequest): Promise<runtime.v1.ListPodSandboxStatsResponse>;
              readonly name: "ListPodSandboxStats";
              readonly path: "/runtime.v1.RuntimeService/ListPodSandboxStats";
              readonly requestType: "ListPodSandboxStatsRequest";
              readonly responseType: "ListPodSandboxStatsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        /** Represents an ImageService */
        class ImageService extends $protobuf.rpc.Service {

            /**
             * Constructs a new ImageService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new ImageService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): ImageService;

            /** Calls ListImages. */
            listImages: runtime.v1.ImageService.ListImages;
        }

        namespace ImageService {

            /**
             * Callback as used by {@link runtime.v1.ImageService#listImages}.
             * @param error Error, if any
             * @param [response] ListImagesResponse
             */
            type ListImagesCallback = (error: (Error|null), response?: runtime.v1.ListImagesResponse) => void;

            /** Calls ListImages. */
            type ListImages = {
              (request: runtime.v1.IListImagesRequest, callback: runtime.v1.ImageService.ListImagesCallback): void;
              (request: runtime.v1.IListImagesRequest): Promise<runtime.v1.ListImagesResponse>;
              readonly name: "ListImages";
              readonly path: "/runtime.v1.ImageService/ListImages";
              readonly requestType: "ListImagesRequest";
              readonly responseType: "ListImagesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        /**
         * Properties of a VersionRequest.
         * @deprecated Use runtime.v1.VersionRequest.$Properties instead.
         */
        interface IVersionRequest extends runtime.v1.VersionRequest.$Properties {
        }

        /** Represents a VersionRequest. */
        class VersionRequest {

            /**
             * Constructs a new VersionRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.VersionRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VersionRequest version. */
            version: string;

            /**
             * Creates a new VersionRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VersionRequest instance
             */
            static create(properties: runtime.v1.VersionRequest.$Shape): runtime.v1.VersionRequest & runtime.v1.VersionRequest.$Shape;
            static create(properties?: runtime.v1.VersionRequest.$Properties): runtime.v1.VersionRequest;

            /**
             * Encodes the specified VersionRequest message. Does not implicitly {@link runtime.v1.VersionRequest.verify|verify} messages.
             * @param m VersionRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.VersionRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VersionRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.VersionRequest & runtime.v1.VersionRequest.$Shape} VersionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.VersionRequest & runtime.v1.VersionRequest.$Shape;

            /**
             * Creates a VersionRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns VersionRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.VersionRequest;

            /**
             * Creates a plain object from a VersionRequest message. Also converts values to other types if specified.
             * @param m VersionRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.VersionRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VersionRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VersionRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionRequest {

            /** Properties of a VersionRequest. */
            interface $Properties {

                /** VersionRequest version */
                version?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VersionRequest. */
            type $Shape = runtime.v1.VersionRequest.$Properties;
        }

        /**
         * Properties of a VersionResponse.
         * @deprecated Use runtime.v1.VersionResponse.$Properties instead.
         */
        interface IVersionResponse extends runtime.v1.VersionResponse.$Properties {
        }

        /** Represents a VersionResponse. */
        class VersionResponse {

            /**
             * Constructs a new VersionResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.VersionResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VersionResponse version. */
            version: string;

            /** VersionResponse runtimeName. */
            runtimeName: string;

            /** VersionResponse runtimeVersion. */
            runtimeVersion: string;

            /** VersionResponse runtimeApiVersion. */
            runtimeApiVersion: string;

            /**
             * Creates a new VersionResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VersionResponse instance
             */
            static create(properties: runtime.v1.VersionResponse.$Shape): runtime.v1.VersionResponse & runtime.v1.VersionResponse.$Shape;
            static create(properties?: runtime.v1.VersionResponse.$Properties): runtime.v1.VersionResponse;

            /**
             * Encodes the specified VersionResponse message. Does not implicitly {@link runtime.v1.VersionResponse.verify|verify} messages.
             * @param m VersionResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.VersionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VersionResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.VersionResponse & runtime.v1.VersionResponse.$Shape} VersionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.VersionResponse & runtime.v1.VersionResponse.$Shape;

            /**
             * Creates a VersionResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns VersionResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.VersionResponse;

            /**
             * Creates a plain object from a VersionResponse message. Also converts values to other types if specified.
             * @param m VersionResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.VersionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VersionResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VersionResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionResponse {

            /** Properties of a VersionResponse. */
            interface $Properties {

                /** VersionResponse version */
                version?: (string|null);

                /** VersionResponse runtimeName */
                runtimeName?: (string|null);

                /** VersionResponse runtimeVersion */
                runtimeVersion?: (string|null);

                /** VersionResponse runtimeApiVersion */
                runtimeApiVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VersionResponse. */
            type $Shape = runtime.v1.VersionResponse.$Properties;
        }

        /**
         * Properties of a DNSConfig.
         * @deprecated Use runtime.v1.DNSConfig.$Properties instead.
         */
        interface IDNSConfig extends runtime.v1.DNSConfig.$Properties {
        }

        /** Represents a DNSConfig. */
        class DNSConfig {

            /**
             * Constructs a new DNSConfig.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.DNSConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DNSConfig servers. */
            servers: string[];

            /** DNSConfig searches. */
            searches: string[];

            /** DNSConfig options. */
            options: string[];

            /**
             * Creates a new DNSConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DNSConfig instance
             */
            static create(properties: runtime.v1.DNSConfig.$Shape): runtime.v1.DNSConfig & runtime.v1.DNSConfig.$Shape;
            static create(properties?: runtime.v1.DNSConfig.$Properties): runtime.v1.DNSConfig;

            /**
             * Encodes the specified DNSConfig message. Does not implicitly {@link runtime.v1.DNSConfig.verify|verify} messages.
             * @param m DNSConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.DNSConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DNSConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.DNSConfig & runtime.v1.DNSConfig.$Shape} DNSConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.DNSConfig & runtime.v1.DNSConfig.$Shape;

            /**
             * Creates a DNSConfig message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DNSConfig
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.DNSConfig;

            /**
             * Creates a plain object from a DNSConfig message. Also converts values to other types if specified.
             * @param m DNSConfig
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.DNSConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DNSConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DNSConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DNSConfig {

            /** Properties of a DNSConfig. */
            interface $Properties {

                /** DNSConfig servers */
                servers?: (string[]|null);

                /** DNSConfig searches */
                searches?: (string[]|null);

                /** DNSConfig options */
                options?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DNSConfig. */
            type $Shape = runtime.v1.DNSConfig.$Properties;
        }

        /** NamespaceMode enum. */
        enum NamespaceMode {

            /** POD value */
            POD = 0,

            /** CONTAINER value */
            CONTAINER = 1,

            /** NODE value */
            NODE = 2,

            /** TARGET value */
            TARGET = 3
        }

        /**
         * Properties of a NamespaceOption.
         * @deprecated Use runtime.v1.NamespaceOption.$Properties instead.
         */
        interface INamespaceOption extends runtime.v1.NamespaceOption.$Properties {
        }

        /** Represents a NamespaceOption. */
        class NamespaceOption {

            /**
             * Constructs a new NamespaceOption.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.NamespaceOption.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamespaceOption network. */
            network: runtime.v1.NamespaceMode;

            /** NamespaceOption pid. */
            pid: runtime.v1.NamespaceMode;

            /** NamespaceOption ipc. */
            ipc: runtime.v1.NamespaceMode;

            /** NamespaceOption targetId. */
            targetId: string;

            /**
             * Creates a new NamespaceOption instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NamespaceOption instance
             */
            static create(properties: runtime.v1.NamespaceOption.$Shape): runtime.v1.NamespaceOption & runtime.v1.NamespaceOption.$Shape;
            static create(properties?: runtime.v1.NamespaceOption.$Properties): runtime.v1.NamespaceOption;

            /**
             * Encodes the specified NamespaceOption message. Does not implicitly {@link runtime.v1.NamespaceOption.verify|verify} messages.
             * @param m NamespaceOption message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.NamespaceOption.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamespaceOption message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.NamespaceOption & runtime.v1.NamespaceOption.$Shape} NamespaceOption
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.NamespaceOption & runtime.v1.NamespaceOption.$Shape;

            /**
             * Creates a NamespaceOption message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns NamespaceOption
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.NamespaceOption;

            /**
             * Creates a plain object from a NamespaceOption message. Also converts values to other types if specified.
             * @param m NamespaceOption
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.NamespaceOption, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NamespaceOption to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NamespaceOption
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NamespaceOption {

            /** Properties of a NamespaceOption. */
            interface $Properties {

                /** NamespaceOption network */
                network?: (runtime.v1.NamespaceMode|null);

                /** NamespaceOption pid */
                pid?: (runtime.v1.NamespaceMode|null);

                /** NamespaceOption ipc */
                ipc?: (runtime.v1.NamespaceMode|null);

                /** NamespaceOption targetId */
                targetId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamespaceOption. */
            type $Shape = runtime.v1.NamespaceOption.$Properties;
        }

        /**
         * Properties of an Int64Value.
         * @deprecated Use runtime.v1.Int64Value.$Properties instead.
         */
        interface IInt64Value extends runtime.v1.Int64Value.$Properties {
        }

        /** Represents an Int64Value. */
        class Int64Value {

            /**
             * Constructs a new Int64Value.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.Int64Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int64Value value. */
            value: (number|Long);

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int64Value instance
             */
            static create(properties: runtime.v1.Int64Value.$Shape): runtime.v1.Int64Value & runtime.v1.Int64Value.$Shape;
            static create(properties?: runtime.v1.Int64Value.$Properties): runtime.v1.Int64Value;

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link runtime.v1.Int64Value.verify|verify} messages.
             * @param m Int64Value message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.Int64Value.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.Int64Value & runtime.v1.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.Int64Value & runtime.v1.Int64Value.$Shape;

            /**
             * Creates an Int64Value message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Int64Value
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.Int64Value;

            /**
             * Creates a plain object from an Int64Value message. Also converts values to other types if specified.
             * @param m Int64Value
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.Int64Value, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Int64Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

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
            type $Shape = runtime.v1.Int64Value.$Properties;
        }

        /**
         * Properties of a UInt64Value.
         * @deprecated Use runtime.v1.UInt64Value.$Properties instead.
         */
        interface IUInt64Value extends runtime.v1.UInt64Value.$Properties {
        }

        /** Represents a UInt64Value. */
        class UInt64Value {

            /**
             * Constructs a new UInt64Value.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.UInt64Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UInt64Value value. */
            value: (number|Long);

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt64Value instance
             */
            static create(properties: runtime.v1.UInt64Value.$Shape): runtime.v1.UInt64Value & runtime.v1.UInt64Value.$Shape;
            static create(properties?: runtime.v1.UInt64Value.$Properties): runtime.v1.UInt64Value;

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link runtime.v1.UInt64Value.verify|verify} messages.
             * @param m UInt64Value message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.UInt64Value.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.UInt64Value & runtime.v1.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.UInt64Value & runtime.v1.UInt64Value.$Shape;

            /**
             * Creates a UInt64Value message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns UInt64Value
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.UInt64Value;

            /**
             * Creates a plain object from a UInt64Value message. Also converts values to other types if specified.
             * @param m UInt64Value
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.UInt64Value, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UInt64Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

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
            type $Shape = runtime.v1.UInt64Value.$Properties;
        }

        /**
         * Properties of a LinuxSandboxSecurityContext.
         * @deprecated Use runtime.v1.LinuxSandboxSecurityContext.$Properties instead.
         */
        interface ILinuxSandboxSecurityContext extends runtime.v1.LinuxSandboxSecurityContext.$Properties {
        }

        /** Represents a LinuxSandboxSecurityContext. */
        class LinuxSandboxSecurityContext {

            /**
             * Constructs a new LinuxSandboxSecurityContext.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.LinuxSandboxSecurityContext.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LinuxSandboxSecurityContext namespaceOptions. */
            namespaceOptions?: (runtime.v1.NamespaceOption.$Properties|null);

            /** LinuxSandboxSecurityContext runAsUser. */
            runAsUser?: (runtime.v1.Int64Value.$Properties|null);

            /** LinuxSandboxSecurityContext readonlyRootfs. */
            readonlyRootfs: boolean;

            /** LinuxSandboxSecurityContext supplementalGroups. */
            supplementalGroups: (number|Long)[];

            /** LinuxSandboxSecurityContext privileged. */
            privileged: boolean;

            /** LinuxSandboxSecurityContext runAsGroup. */
            runAsGroup?: (runtime.v1.Int64Value.$Properties|null);

            /**
             * Creates a new LinuxSandboxSecurityContext instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinuxSandboxSecurityContext instance
             */
            static create(properties: runtime.v1.LinuxSandboxSecurityContext.$Shape): runtime.v1.LinuxSandboxSecurityContext & runtime.v1.LinuxSandboxSecurityContext.$Shape;
            static create(properties?: runtime.v1.LinuxSandboxSecurityContext.$Properties): runtime.v1.LinuxSandboxSecurityContext;

            /**
             * Encodes the specified LinuxSandboxSecurityContext message. Does not implicitly {@link runtime.v1.LinuxSandboxSecurityContext.verify|verify} messages.
             * @param m LinuxSandboxSecurityContext message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.LinuxSandboxSecurityContext.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinuxSandboxSecurityContext message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.LinuxSandboxSecurityContext & runtime.v1.LinuxSandboxSecurityContext.$Shape} LinuxSandboxSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.LinuxSandboxSecurityContext & runtime.v1.LinuxSandboxSecurityContext.$Shape;

            /**
             * Creates a LinuxSandboxSecurityContext message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LinuxSandboxSecurityContext
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.LinuxSandboxSecurityContext;

            /**
             * Creates a plain object from a LinuxSandboxSecurityContext message. Also converts values to other types if specified.
             * @param m LinuxSandboxSecurityContext
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.LinuxSandboxSecurityContext, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LinuxSandboxSecurityContext to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LinuxSandboxSecurityContext
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LinuxSandboxSecurityContext {

            /** Properties of a LinuxSandboxSecurityContext. */
            interface $Properties {

                /** LinuxSandboxSecurityContext namespaceOptions */
                namespaceOptions?: (runtime.v1.NamespaceOption.$Properties|null);

                /** LinuxSandboxSecurityContext runAsUser */
                runAsUser?: (runtime.v1.Int64Value.$Properties|null);

                /** LinuxSandboxSecurityContext readonlyRootfs */
                readonlyRootfs?: (boolean|null);

                /** LinuxSandboxSecurityContext supplementalGroups */
                supplementalGroups?: ((number|Long)[]|null);

                /** LinuxSandboxSecurityContext privileged */
                privileged?: (boolean|null);

                /** LinuxSandboxSecurityContext runAsGroup */
                runAsGroup?: (runtime.v1.Int64Value.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LinuxSandboxSecurityContext. */
            type $Shape = runtime.v1.LinuxSandboxSecurityContext.$Properties;
        }

        /**
         * Properties of a LinuxPodSandboxConfig.
         * @deprecated Use runtime.v1.LinuxPodSandboxConfig.$Properties instead.
         */
        interface ILinuxPodSandboxConfig extends runtime.v1.LinuxPodSandboxConfig.$Properties {
        }

        /** Represents a LinuxPodSandboxConfig. */
        class LinuxPodSandboxConfig {

            /**
             * Constructs a new LinuxPodSandboxConfig.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.LinuxPodSandboxConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LinuxPodSandboxConfig cgroupParent. */
            cgroupParent: string;

            /** LinuxPodSandboxConfig securityContext. */
            securityContext?: (runtime.v1.LinuxSandboxSecurityContext.$Properties|null);

            /** LinuxPodSandboxConfig sysctls. */
            sysctls: { [k: string]: string };

            /** LinuxPodSandboxConfig overhead. */
            overhead?: (runtime.v1.LinuxContainerResources.$Properties|null);

            /** LinuxPodSandboxConfig resources. */
            resources?: (runtime.v1.LinuxContainerResources.$Properties|null);

            /**
             * Creates a new LinuxPodSandboxConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinuxPodSandboxConfig instance
             */
            static create(properties: runtime.v1.LinuxPodSandboxConfig.$Shape): runtime.v1.LinuxPodSandboxConfig & runtime.v1.LinuxPodSandboxConfig.$Shape;
            static create(properties?: runtime.v1.LinuxPodSandboxConfig.$Properties): runtime.v1.LinuxPodSandboxConfig;

            /**
             * Encodes the specified LinuxPodSandboxConfig message. Does not implicitly {@link runtime.v1.LinuxPodSandboxConfig.verify|verify} messages.
             * @param m LinuxPodSandboxConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.LinuxPodSandboxConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinuxPodSandboxConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.LinuxPodSandboxConfig & runtime.v1.LinuxPodSandboxConfig.$Shape} LinuxPodSandboxConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.LinuxPodSandboxConfig & runtime.v1.LinuxPodSandboxConfig.$Shape;

            /**
             * Creates a LinuxPodSandboxConfig message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LinuxPodSandboxConfig
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.LinuxPodSandboxConfig;

            /**
             * Creates a plain object from a LinuxPodSandboxConfig message. Also converts values to other types if specified.
             * @param m LinuxPodSandboxConfig
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.LinuxPodSandboxConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LinuxPodSandboxConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LinuxPodSandboxConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LinuxPodSandboxConfig {

            /** Properties of a LinuxPodSandboxConfig. */
            interface $Properties {

                /** LinuxPodSandboxConfig cgroupParent */
                cgroupParent?: (string|null);

                /** LinuxPodSandboxConfig securityContext */
                securityContext?: (runtime.v1.LinuxSandboxSecurityContext.$Properties|null);

                /** LinuxPodSandboxConfig sysctls */
                sysctls?: ({ [k: string]: string }|null);

                /** LinuxPodSandboxConfig overhead */
                overhead?: (runtime.v1.LinuxContainerResources.$Properties|null);

                /** LinuxPodSandboxConfig resources */
                resources?: (runtime.v1.LinuxContainerResources.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LinuxPodSandboxConfig. */
            type $Shape = runtime.v1.LinuxPodSandboxConfig.$Properties;
        }

        /**
         * Properties of a PodSandboxMetadata.
         * @deprecated Use runtime.v1.PodSandboxMetadata.$Properties instead.
         */
        interface IPodSandboxMetadata extends runtime.v1.PodSandboxMetadata.$Properties {
        }

        /** Represents a PodSandboxMetadata. */
        class PodSandboxMetadata {

            /**
             * Constructs a new PodSandboxMetadata.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.PodSandboxMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodSandboxMetadata name. */
            name: string;

            /** PodSandboxMetadata uid. */
            uid: string;

            /** PodSandboxMetadata namespace. */
            namespace: string;

            /** PodSandboxMetadata attempt. */
            attempt: number;

            /**
             * Creates a new PodSandboxMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxMetadata instance
             */
            static create(properties: runtime.v1.PodSandboxMetadata.$Shape): runtime.v1.PodSandboxMetadata & runtime.v1.PodSandboxMetadata.$Shape;
            static create(properties?: runtime.v1.PodSandboxMetadata.$Properties): runtime.v1.PodSandboxMetadata;

            /**
             * Encodes the specified PodSandboxMetadata message. Does not implicitly {@link runtime.v1.PodSandboxMetadata.verify|verify} messages.
             * @param m PodSandboxMetadata message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.PodSandboxMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxMetadata message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxMetadata & runtime.v1.PodSandboxMetadata.$Shape} PodSandboxMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.PodSandboxMetadata & runtime.v1.PodSandboxMetadata.$Shape;

            /**
             * Creates a PodSandboxMetadata message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PodSandboxMetadata
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.PodSandboxMetadata;

            /**
             * Creates a plain object from a PodSandboxMetadata message. Also converts values to other types if specified.
             * @param m PodSandboxMetadata
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.PodSandboxMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PodSandboxMetadata to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PodSandboxMetadata
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodSandboxMetadata {

            /** Properties of a PodSandboxMetadata. */
            interface $Properties {

                /** PodSandboxMetadata name */
                name?: (string|null);

                /** PodSandboxMetadata uid */
                uid?: (string|null);

                /** PodSandboxMetadata namespace */
                namespace?: (string|null);

                /** PodSandboxMetadata attempt */
                attempt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodSandboxMetadata. */
            type $Shape = runtime.v1.PodSandboxMetadata.$Properties;
        }

        /**
         * Properties of a PodSandboxConfig.
         * @deprecated Use runtime.v1.PodSandboxConfig.$Properties instead.
         */
        interface IPodSandboxConfig extends runtime.v1.PodSandboxConfig.$Properties {
        }

        /** Represents a PodSandboxConfig. */
        class PodSandboxConfig {

            /**
             * Constructs a new PodSandboxConfig.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.PodSandboxConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodSandboxConfig metadata. */
            metadata?: (runtime.v1.PodSandboxMetadata.$Properties|null);

            /** PodSandboxConfig hostname. */
            hostname: string;

            /** PodSandboxConfig logDirectory. */
            logDirectory: string;

            /** PodSandboxConfig dnsConfig. */
            dnsConfig?: (runtime.v1.DNSConfig.$Properties|null);

            /** PodSandboxConfig labels. */
            labels: { [k: string]: string };

            /** PodSandboxConfig annotations. */
            annotations: { [k: string]: string };

            /** PodSandboxConfig linux. */
            linux?: (runtime.v1.LinuxPodSandboxConfig.$Properties|null);

            /**
             * Creates a new PodSandboxConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxConfig instance
             */
            static create(properties: runtime.v1.PodSandboxConfig.$Shape): runtime.v1.PodSandboxConfig & runtime.v1.PodSandboxConfig.$Shape;
            static create(properties?: runtime.v1.PodSandboxConfig.$Properties): runtime.v1.PodSandboxConfig;

            /**
             * Encodes the specified PodSandboxConfig message. Does not implicitly {@link runtime.v1.PodSandboxConfig.verify|verify} messages.
             * @param m PodSandboxConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.PodSandboxConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxConfig & runtime.v1.PodSandboxConfig.$Shape} PodSandboxConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.PodSandboxConfig & runtime.v1.PodSandboxConfig.$Shape;

            /**
             * Creates a PodSandboxConfig message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PodSandboxConfig
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.PodSandboxConfig;

            /**
             * Creates a plain object from a PodSandboxConfig message. Also converts values to other types if specified.
             * @param m PodSandboxConfig
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.PodSandboxConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PodSandboxConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PodSandboxConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodSandboxConfig {

            /** Properties of a PodSandboxConfig. */
            interface $Properties {

                /** PodSandboxConfig metadata */
                metadata?: (runtime.v1.PodSandboxMetadata.$Properties|null);

                /** PodSandboxConfig hostname */
                hostname?: (string|null);

                /** PodSandboxConfig logDirectory */
                logDirectory?: (string|null);

                /** PodSandboxConfig dnsConfig */
                dnsConfig?: (runtime.v1.DNSConfig.$Properties|null);

                /** PodSandboxConfig labels */
                labels?: ({ [k: string]: string }|null);

                /** PodSandboxConfig annotations */
                annotations?: ({ [k: string]: string }|null);

                /** PodSandboxConfig linux */
                linux?: (runtime.v1.LinuxPodSandboxConfig.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodSandboxConfig. */
            type $Shape = runtime.v1.PodSandboxConfig.$Properties;
        }

        /**
         * Properties of a RunPodSandboxRequest.
         * @deprecated Use runtime.v1.RunPodSandboxRequest.$Properties instead.
         */
        interface IRunPodSandboxRequest extends runtime.v1.RunPodSandboxRequest.$Properties {
        }

        /** Represents a RunPodSandboxRequest. */
        class RunPodSandboxRequest {

            /**
             * Constructs a new RunPodSandboxRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.RunPodSandboxRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunPodSandboxRequest config. */
            config?: (runtime.v1.PodSandboxConfig.$Properties|null);

            /** RunPodSandboxRequest runtimeHandler. */
            runtimeHandler: string;

            /**
             * Creates a new RunPodSandboxRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunPodSandboxRequest instance
             */
            static create(properties: runtime.v1.RunPodSandboxRequest.$Shape): runtime.v1.RunPodSandboxRequest & runtime.v1.RunPodSandboxRequest.$Shape;
            static create(properties?: runtime.v1.RunPodSandboxRequest.$Properties): runtime.v1.RunPodSandboxRequest;

            /**
             * Encodes the specified RunPodSandboxRequest message. Does not implicitly {@link runtime.v1.RunPodSandboxRequest.verify|verify} messages.
             * @param m RunPodSandboxRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.RunPodSandboxRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunPodSandboxRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.RunPodSandboxRequest & runtime.v1.RunPodSandboxRequest.$Shape} RunPodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.RunPodSandboxRequest & runtime.v1.RunPodSandboxRequest.$Shape;

            /**
             * Creates a RunPodSandboxRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RunPodSandboxRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.RunPodSandboxRequest;

            /**
             * Creates a plain object from a RunPodSandboxRequest message. Also converts values to other types if specified.
             * @param m RunPodSandboxRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.RunPodSandboxRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunPodSandboxRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunPodSandboxRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunPodSandboxRequest {

            /** Properties of a RunPodSandboxRequest. */
            interface $Properties {

                /** RunPodSandboxRequest config */
                config?: (runtime.v1.PodSandboxConfig.$Properties|null);

                /** RunPodSandboxRequest runtimeHandler */
                runtimeHandler?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunPodSandboxRequest. */
            type $Shape = runtime.v1.RunPodSandboxRequest.$Properties;
        }

        /**
         * Properties of a RunPodSandboxResponse.
         * @deprecated Use runtime.v1.RunPodSandboxResponse.$Properties instead.
         */
        interface IRunPodSandboxResponse extends runtime.v1.RunPodSandboxResponse.$Properties {
        }

        /** Represents a RunPodSandboxResponse. */
        class RunPodSandboxResponse {

            /**
             * Constructs a new RunPodSandboxResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.RunPodSandboxResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunPodSandboxResponse podSandboxId. */
            podSandboxId: string;

            /**
             * Creates a new RunPodSandboxResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunPodSandboxResponse instance
             */
            static create(properties: runtime.v1.RunPodSandboxResponse.$Shape): runtime.v1.RunPodSandboxResponse & runtime.v1.RunPodSandboxResponse.$Shape;
            static create(properties?: runtime.v1.RunPodSandboxResponse.$Properties): runtime.v1.RunPodSandboxResponse;

            /**
             * Encodes the specified RunPodSandboxResponse message. Does not implicitly {@link runtime.v1.RunPodSandboxResponse.verify|verify} messages.
             * @param m RunPodSandboxResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.RunPodSandboxResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunPodSandboxResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.RunPodSandboxResponse & runtime.v1.RunPodSandboxResponse.$Shape} RunPodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.RunPodSandboxResponse & runtime.v1.RunPodSandboxResponse.$Shape;

            /**
             * Creates a RunPodSandboxResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RunPodSandboxResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.RunPodSandboxResponse;

            /**
             * Creates a plain object from a RunPodSandboxResponse message. Also converts values to other types if specified.
             * @param m RunPodSandboxResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.RunPodSandboxResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunPodSandboxResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunPodSandboxResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunPodSandboxResponse {

            /** Properties of a RunPodSandboxResponse. */
            interface $Properties {

                /** RunPodSandboxResponse podSandboxId */
                podSandboxId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunPodSandboxResponse. */
            type $Shape = runtime.v1.RunPodSandboxResponse.$Properties;
        }

        /**
         * Properties of a StopPodSandboxRequest.
         * @deprecated Use runtime.v1.StopPodSandboxRequest.$Properties instead.
         */
        interface IStopPodSandboxRequest extends runtime.v1.StopPodSandboxRequest.$Properties {
        }

        /** Represents a StopPodSandboxRequest. */
        class StopPodSandboxRequest {

            /**
             * Constructs a new StopPodSandboxRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.StopPodSandboxRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StopPodSandboxRequest podSandboxId. */
            podSandboxId: string;

            /**
             * Creates a new StopPodSandboxRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopPodSandboxRequest instance
             */
            static create(properties: runtime.v1.StopPodSandboxRequest.$Shape): runtime.v1.StopPodSandboxRequest & runtime.v1.StopPodSandboxRequest.$Shape;
            static create(properties?: runtime.v1.StopPodSandboxRequest.$Properties): runtime.v1.StopPodSandboxRequest;

            /**
             * Encodes the specified StopPodSandboxRequest message. Does not implicitly {@link runtime.v1.StopPodSandboxRequest.verify|verify} messages.
             * @param m StopPodSandboxRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.StopPodSandboxRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopPodSandboxRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.StopPodSandboxRequest & runtime.v1.StopPodSandboxRequest.$Shape} StopPodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.StopPodSandboxRequest & runtime.v1.StopPodSandboxRequest.$Shape;

            /**
             * Creates a StopPodSandboxRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns StopPodSandboxRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.StopPodSandboxRequest;

            /**
             * Creates a plain object from a StopPodSandboxRequest message. Also converts values to other types if specified.
             * @param m StopPodSandboxRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.StopPodSandboxRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopPodSandboxRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopPodSandboxRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopPodSandboxRequest {

            /** Properties of a StopPodSandboxRequest. */
            interface $Properties {

                /** StopPodSandboxRequest podSandboxId */
                podSandboxId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopPodSandboxRequest. */
            type $Shape = runtime.v1.StopPodSandboxRequest.$Properties;
        }

        /**
         * Properties of a StopPodSandboxResponse.
         * @deprecated Use runtime.v1.StopPodSandboxResponse.$Properties instead.
         */
        interface IStopPodSandboxResponse extends runtime.v1.StopPodSandboxResponse.$Properties {
        }

        /** Represents a StopPodSandboxResponse. */
        class StopPodSandboxResponse {

            /**
             * Constructs a new StopPodSandboxResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.StopPodSandboxResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StopPodSandboxResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopPodSandboxResponse instance
             */
            static create(properties: runtime.v1.StopPodSandboxResponse.$Shape): runtime.v1.StopPodSandboxResponse & runtime.v1.StopPodSandboxResponse.$Shape;
            static create(properties?: runtime.v1.StopPodSandboxResponse.$Properties): runtime.v1.StopPodSandboxResponse;

            /**
             * Encodes the specified StopPodSandboxResponse message. Does not implicitly {@link runtime.v1.StopPodSandboxResponse.verify|verify} messages.
             * @param m StopPodSandboxResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.StopPodSandboxResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopPodSandboxResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.StopPodSandboxResponse & runtime.v1.StopPodSandboxResponse.$Shape} StopPodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.StopPodSandboxResponse & runtime.v1.StopPodSandboxResponse.$Shape;

            /**
             * Creates a StopPodSandboxResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns StopPodSandboxResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.StopPodSandboxResponse;

            /**
             * Creates a plain object from a StopPodSandboxResponse message. Also converts values to other types if specified.
             * @param m StopPodSandboxResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.StopPodSandboxResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopPodSandboxResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopPodSandboxResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopPodSandboxResponse {

            /** Properties of a StopPodSandboxResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopPodSandboxResponse. */
            type $Shape = runtime.v1.StopPodSandboxResponse.$Properties;
        }

        /**
         * Properties of a RemovePodSandboxRequest.
         * @deprecated Use runtime.v1.RemovePodSandboxRequest.$Properties instead.
         */
        interface IRemovePodSandboxRequest extends runtime.v1.RemovePodSandboxRequest.$Properties {
        }

        /** Represents a RemovePodSandboxRequest. */
        class RemovePodSandboxRequest {

            /**
             * Constructs a new RemovePodSandboxRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.RemovePodSandboxRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemovePodSandboxRequest podSandboxId. */
            podSandboxId: string;

            /**
             * Creates a new RemovePodSandboxRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemovePodSandboxRequest instance
             */
            static create(properties: runtime.v1.RemovePodSandboxRequest.$Shape): runtime.v1.RemovePodSandboxRequest & runtime.v1.RemovePodSandboxRequest.$Shape;
            static create(properties?: runtime.v1.RemovePodSandboxRequest.$Properties): runtime.v1.RemovePodSandboxRequest;

            /**
             * Encodes the specified RemovePodSandboxRequest message. Does not implicitly {@link runtime.v1.RemovePodSandboxRequest.verify|verify} messages.
             * @param m RemovePodSandboxRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.RemovePodSandboxRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemovePodSandboxRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.RemovePodSandboxRequest & runtime.v1.RemovePodSandboxRequest.$Shape} RemovePodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.RemovePodSandboxRequest & runtime.v1.RemovePodSandboxRequest.$Shape;

            /**
             * Creates a RemovePodSandboxRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RemovePodSandboxRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.RemovePodSandboxRequest;

            /**
             * Creates a plain object from a RemovePodSandboxRequest message. Also converts values to other types if specified.
             * @param m RemovePodSandboxRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.RemovePodSandboxRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RemovePodSandboxRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RemovePodSandboxRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemovePodSandboxRequest {

            /** Properties of a RemovePodSandboxRequest. */
            interface $Properties {

                /** RemovePodSandboxRequest podSandboxId */
                podSandboxId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemovePodSandboxRequest. */
            type $Shape = runtime.v1.RemovePodSandboxRequest.$Properties;
        }

        /**
         * Properties of a RemovePodSandboxResponse.
         * @deprecated Use runtime.v1.RemovePodSandboxResponse.$Properties instead.
         */
        interface IRemovePodSandboxResponse extends runtime.v1.RemovePodSandboxResponse.$Properties {
        }

        /** Represents a RemovePodSandboxResponse. */
        class RemovePodSandboxResponse {

            /**
             * Constructs a new RemovePodSandboxResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.RemovePodSandboxResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RemovePodSandboxResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemovePodSandboxResponse instance
             */
            static create(properties: runtime.v1.RemovePodSandboxResponse.$Shape): runtime.v1.RemovePodSandboxResponse & runtime.v1.RemovePodSandboxResponse.$Shape;
            static create(properties?: runtime.v1.RemovePodSandboxResponse.$Properties): runtime.v1.RemovePodSandboxResponse;

            /**
             * Encodes the specified RemovePodSandboxResponse message. Does not implicitly {@link runtime.v1.RemovePodSandboxResponse.verify|verify} messages.
             * @param m RemovePodSandboxResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.RemovePodSandboxResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemovePodSandboxResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.RemovePodSandboxResponse & runtime.v1.RemovePodSandboxResponse.$Shape} RemovePodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.RemovePodSandboxResponse & runtime.v1.RemovePodSandboxResponse.$Shape;

            /**
             * Creates a RemovePodSandboxResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RemovePodSandboxResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.RemovePodSandboxResponse;

            /**
             * Creates a plain object from a RemovePodSandboxResponse message. Also converts values to other types if specified.
             * @param m RemovePodSandboxResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.RemovePodSandboxResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RemovePodSandboxResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RemovePodSandboxResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemovePodSandboxResponse {

            /** Properties of a RemovePodSandboxResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemovePodSandboxResponse. */
            type $Shape = runtime.v1.RemovePodSandboxResponse.$Properties;
        }

        /** PodSandboxState enum. */
        enum PodSandboxState {

            /** SANDBOX_READY value */
            SANDBOX_READY = 0,

            /** SANDBOX_NOTREADY value */
            SANDBOX_NOTREADY = 1
        }

        /**
         * Properties of a PodSandboxStateValue.
         * @deprecated Use runtime.v1.PodSandboxStateValue.$Properties instead.
         */
        interface IPodSandboxStateValue extends runtime.v1.PodSandboxStateValue.$Properties {
        }

        /** Represents a PodSandboxStateValue. */
        class PodSandboxStateValue {

            /**
             * Constructs a new PodSandboxStateValue.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.PodSandboxStateValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodSandboxStateValue state. */
            state: runtime.v1.PodSandboxState;

            /**
             * Creates a new PodSandboxStateValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxStateValue instance
             */
            static create(properties: runtime.v1.PodSandboxStateValue.$Shape): runtime.v1.PodSandboxStateValue & runtime.v1.PodSandboxStateValue.$Shape;
            static create(properties?: runtime.v1.PodSandboxStateValue.$Properties): runtime.v1.PodSandboxStateValue;

            /**
             * Encodes the specified PodSandboxStateValue message. Does not implicitly {@link runtime.v1.PodSandboxStateValue.verify|verify} messages.
             * @param m PodSandboxStateValue message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.PodSandboxStateValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxStateValue message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxStateValue & runtime.v1.PodSandboxStateValue.$Shape} PodSandboxStateValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.PodSandboxStateValue & runtime.v1.PodSandboxStateValue.$Shape;

            /**
             * Creates a PodSandboxStateValue message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PodSandboxStateValue
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.PodSandboxStateValue;

            /**
             * Creates a plain object from a PodSandboxStateValue message. Also converts values to other types if specified.
             * @param m PodSandboxStateValue
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.PodSandboxStateValue, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PodSandboxStateValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PodSandboxStateValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodSandboxStateValue {

            /** Properties of a PodSandboxStateValue. */
            interface $Properties {

                /** PodSandboxStateValue state */
                state?: (runtime.v1.PodSandboxState|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodSandboxStateValue. */
            type $Shape = runtime.v1.PodSandboxStateValue.$Properties;
        }

        /**
         * Properties of a PodSandboxFilter.
         * @deprecated Use runtime.v1.PodSandboxFilter.$Properties instead.
         */
        interface IPodSandboxFilter extends runtime.v1.PodSandboxFilter.$Properties {
        }

        /** Represents a PodSandboxFilter. */
        class PodSandboxFilter {

            /**
             * Constructs a new PodSandboxFilter.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.PodSandboxFilter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodSandboxFilter id. */
            id: string;

            /** PodSandboxFilter state. */
            state?: (runtime.v1.PodSandboxStateValue.$Properties|null);

            /** PodSandboxFilter labelSelector. */
            labelSelector: { [k: string]: string };

            /**
             * Creates a new PodSandboxFilter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxFilter instance
             */
            static create(properties: runtime.v1.PodSandboxFilter.$Shape): runtime.v1.PodSandboxFilter & runtime.v1.PodSandboxFilter.$Shape;
            static create(properties?: runtime.v1.PodSandboxFilter.$Properties): runtime.v1.PodSandboxFilter;

            /**
             * Encodes the specified PodSandboxFilter message. Does not implicitly {@link runtime.v1.PodSandboxFilter.verify|verify} messages.
             * @param m PodSandboxFilter message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.PodSandboxFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxFilter message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxFilter & runtime.v1.PodSandboxFilter.$Shape} PodSandboxFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.PodSandboxFilter & runtime.v1.PodSandboxFilter.$Shape;

            /**
             * Creates a PodSandboxFilter message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PodSandboxFilter
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.PodSandboxFilter;

            /**
             * Creates a plain object from a PodSandboxFilter message. Also converts values to other types if specified.
             * @param m PodSandboxFilter
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.PodSandboxFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PodSandboxFilter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PodSandboxFilter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodSandboxFilter {

            /** Properties of a PodSandboxFilter. */
            interface $Properties {

                /** PodSandboxFilter id */
                id?: (string|null);

                /** PodSandboxFilter state */
                state?: (runtime.v1.PodSandboxStateValue.$Properties|null);

                /** PodSandboxFilter labelSelector */
                labelSelector?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodSandboxFilter. */
            type $Shape = runtime.v1.PodSandboxFilter.$Properties;
        }

        /**
         * Properties of a ListPodSandboxRequest.
         * @deprecated Use runtime.v1.ListPodSandboxRequest.$Properties instead.
         */
        interface IListPodSandboxRequest extends runtime.v1.ListPodSandboxRequest.$Properties {
        }

        /** Represents a ListPodSandboxRequest. */
        class ListPodSandboxRequest {

            /**
             * Constructs a new ListPodSandboxRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ListPodSandboxRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListPodSandboxRequest filter. */
            filter?: (runtime.v1.PodSandboxFilter.$Properties|null);

            /**
             * Creates a new ListPodSandboxRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListPodSandboxRequest instance
             */
            static create(properties: runtime.v1.ListPodSandboxRequest.$Shape): runtime.v1.ListPodSandboxRequest & runtime.v1.ListPodSandboxRequest.$Shape;
            static create(properties?: runtime.v1.ListPodSandboxRequest.$Properties): runtime.v1.ListPodSandboxRequest;

            /**
             * Encodes the specified ListPodSandboxRequest message. Does not implicitly {@link runtime.v1.ListPodSandboxRequest.verify|verify} messages.
             * @param m ListPodSandboxRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ListPodSandboxRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListPodSandboxRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ListPodSandboxRequest & runtime.v1.ListPodSandboxRequest.$Shape} ListPodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ListPodSandboxRequest & runtime.v1.ListPodSandboxRequest.$Shape;

            /**
             * Creates a ListPodSandboxRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListPodSandboxRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ListPodSandboxRequest;

            /**
             * Creates a plain object from a ListPodSandboxRequest message. Also converts values to other types if specified.
             * @param m ListPodSandboxRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ListPodSandboxRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListPodSandboxRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListPodSandboxRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListPodSandboxRequest {

            /** Properties of a ListPodSandboxRequest. */
            interface $Properties {

                /** ListPodSandboxRequest filter */
                filter?: (runtime.v1.PodSandboxFilter.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListPodSandboxRequest. */
            type $Shape = runtime.v1.ListPodSandboxRequest.$Properties;
        }

        /**
         * Properties of a PodSandbox.
         * @deprecated Use runtime.v1.PodSandbox.$Properties instead.
         */
        interface IPodSandbox extends runtime.v1.PodSandbox.$Properties {
        }

        /** Represents a PodSandbox. */
        class PodSandbox {

            /**
             * Constructs a new PodSandbox.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.PodSandbox.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodSandbox id. */
            id: string;

            /** PodSandbox metadata. */
            metadata?: (runtime.v1.PodSandboxMetadata.$Properties|null);

            /** PodSandbox state. */
            state: runtime.v1.PodSandboxState;

            /** PodSandbox createdAt. */
            createdAt: (number|Long);

            /** PodSandbox labels. */
            labels: { [k: string]: string };

            /** PodSandbox annotations. */
            annotations: { [k: string]: string };

            /** PodSandbox runtimeHandler. */
            runtimeHandler: string;

            /**
             * Creates a new PodSandbox instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandbox instance
             */
            static create(properties: runtime.v1.PodSandbox.$Shape): runtime.v1.PodSandbox & runtime.v1.PodSandbox.$Shape;
            static create(properties?: runtime.v1.PodSandbox.$Properties): runtime.v1.PodSandbox;

            /**
             * Encodes the specified PodSandbox message. Does not implicitly {@link runtime.v1.PodSandbox.verify|verify} messages.
             * @param m PodSandbox message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.PodSandbox.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandbox message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandbox & runtime.v1.PodSandbox.$Shape} PodSandbox
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.PodSandbox & runtime.v1.PodSandbox.$Shape;

            /**
             * Creates a PodSandbox message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PodSandbox
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.PodSandbox;

            /**
             * Creates a plain object from a PodSandbox message. Also converts values to other types if specified.
             * @param m PodSandbox
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.PodSandbox, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PodSandbox to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PodSandbox
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodSandbox {

            /** Properties of a PodSandbox. */
            interface $Properties {

                /** PodSandbox id */
                id?: (string|null);

                /** PodSandbox metadata */
                metadata?: (runtime.v1.PodSandboxMetadata.$Properties|null);

                /** PodSandbox state */
                state?: (runtime.v1.PodSandboxState|null);

                /** PodSandbox createdAt */
                createdAt?: (number|Long|null);

                /** PodSandbox labels */
                labels?: ({ [k: string]: string }|null);

                /** PodSandbox annotations */
                annotations?: ({ [k: string]: string }|null);

                /** PodSandbox runtimeHandler */
                runtimeHandler?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodSandbox. */
            type $Shape = runtime.v1.PodSandbox.$Properties;
        }

        /**
         * Properties of a ListPodSandboxResponse.
         * @deprecated Use runtime.v1.ListPodSandboxResponse.$Properties instead.
         */
        interface IListPodSandboxResponse extends runtime.v1.ListPodSandboxResponse.$Properties {
        }

        /** Represents a ListPodSandboxResponse. */
        class ListPodSandboxResponse {

            /**
             * Constructs a new ListPodSandboxResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ListPodSandboxResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListPodSandboxResponse items. */
            items: runtime.v1.PodSandbox.$Properties[];

            /**
             * Creates a new ListPodSandboxResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListPodSandboxResponse instance
             */
            static create(properties: runtime.v1.ListPodSandboxResponse.$Shape): runtime.v1.ListPodSandboxResponse & runtime.v1.ListPodSandboxResponse.$Shape;
            static create(properties?: runtime.v1.ListPodSandboxResponse.$Properties): runtime.v1.ListPodSandboxResponse;

            /**
             * Encodes the specified ListPodSandboxResponse message. Does not implicitly {@link runtime.v1.ListPodSandboxResponse.verify|verify} messages.
             * @param m ListPodSandboxResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ListPodSandboxResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListPodSandboxResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ListPodSandboxResponse & runtime.v1.ListPodSandboxResponse.$Shape} ListPodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ListPodSandboxResponse & runtime.v1.ListPodSandboxResponse.$Shape;

            /**
             * Creates a ListPodSandboxResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListPodSandboxResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ListPodSandboxResponse;

            /**
             * Creates a plain object from a ListPodSandboxResponse message. Also converts values to other types if specified.
             * @param m ListPodSandboxResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ListPodSandboxResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListPodSandboxResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListPodSandboxResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListPodSandboxResponse {

            /** Properties of a ListPodSandboxResponse. */
            interface $Properties {

                /** ListPodSandboxResponse items */
                items?: (runtime.v1.PodSandbox.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListPodSandboxResponse. */
            type $Shape = runtime.v1.ListPodSandboxResponse.$Properties;
        }

        /**
         * Properties of an ImageSpec.
         * @deprecated Use runtime.v1.ImageSpec.$Properties instead.
         */
        interface IImageSpec extends runtime.v1.ImageSpec.$Properties {
        }

        /** Represents an ImageSpec. */
        class ImageSpec {

            /**
             * Constructs a new ImageSpec.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ImageSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ImageSpec image. */
            image: string;

            /** ImageSpec annotations. */
            annotations: { [k: string]: string };

            /**
             * Creates a new ImageSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ImageSpec instance
             */
            static create(properties: runtime.v1.ImageSpec.$Shape): runtime.v1.ImageSpec & runtime.v1.ImageSpec.$Shape;
            static create(properties?: runtime.v1.ImageSpec.$Properties): runtime.v1.ImageSpec;

            /**
             * Encodes the specified ImageSpec message. Does not implicitly {@link runtime.v1.ImageSpec.verify|verify} messages.
             * @param m ImageSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ImageSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImageSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ImageSpec & runtime.v1.ImageSpec.$Shape} ImageSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ImageSpec & runtime.v1.ImageSpec.$Shape;

            /**
             * Creates an ImageSpec message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ImageSpec
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ImageSpec;

            /**
             * Creates a plain object from an ImageSpec message. Also converts values to other types if specified.
             * @param m ImageSpec
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ImageSpec, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ImageSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ImageSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageSpec {

            /** Properties of an ImageSpec. */
            interface $Properties {

                /** ImageSpec image */
                image?: (string|null);

                /** ImageSpec annotations */
                annotations?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ImageSpec. */
            type $Shape = runtime.v1.ImageSpec.$Properties;
        }

        /**
         * Properties of a KeyValue.
         * @deprecated Use runtime.v1.KeyValue.$Properties instead.
         */
        interface IKeyValue extends runtime.v1.KeyValue.$Properties {
        }

        /** Represents a KeyValue. */
        class KeyValue {

            /**
             * Constructs a new KeyValue.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.KeyValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyValue key. */
            key: string;

            /** KeyValue value. */
            value: string;

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyValue instance
             */
            static create(properties: runtime.v1.KeyValue.$Shape): runtime.v1.KeyValue & runtime.v1.KeyValue.$Shape;
            static create(properties?: runtime.v1.KeyValue.$Properties): runtime.v1.KeyValue;

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link runtime.v1.KeyValue.verify|verify} messages.
             * @param m KeyValue message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.KeyValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.KeyValue & runtime.v1.KeyValue.$Shape} KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.KeyValue & runtime.v1.KeyValue.$Shape;

            /**
             * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns KeyValue
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.KeyValue;

            /**
             * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
             * @param m KeyValue
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.KeyValue, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KeyValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KeyValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyValue {

            /** Properties of a KeyValue. */
            interface $Properties {

                /** KeyValue key */
                key?: (string|null);

                /** KeyValue value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyValue. */
            type $Shape = runtime.v1.KeyValue.$Properties;
        }

        /**
         * Properties of a LinuxContainerResources.
         * @deprecated Use runtime.v1.LinuxContainerResources.$Properties instead.
         */
        interface ILinuxContainerResources extends runtime.v1.LinuxContainerResources.$Properties {
        }

        /** Represents a LinuxContainerResources. */
        class LinuxContainerResources {

            /**
             * Constructs a new LinuxContainerResources.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.LinuxContainerResources.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LinuxContainerResources cpuPeriod. */
            cpuPeriod: (number|Long);

            /** LinuxContainerResources cpuQuota. */
            cpuQuota: (number|Long);

            /** LinuxContainerResources cpuShares. */
            cpuShares: (number|Long);

            /** LinuxContainerResources memoryLimitInBytes. */
            memoryLimitInBytes: (number|Long);

            /** LinuxContainerResources oomScoreAdj. */
            oomScoreAdj: (number|Long);

            /** LinuxContainerResources cpusetCpus. */
            cpusetCpus: string;

            /** LinuxContainerResources cpusetMems. */
            cpusetMems: string;

            /** LinuxContainerResources unified. */
            unified: { [k: string]: string };

            /** LinuxContainerResources memorySwapLimitInBytes. */
            memorySwapLimitInBytes: (number|Long);

            /**
             * Creates a new LinuxContainerResources instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinuxContainerResources instance
             */
            static create(properties: runtime.v1.LinuxContainerResources.$Shape): runtime.v1.LinuxContainerResources & runtime.v1.LinuxContainerResources.$Shape;
            static create(properties?: runtime.v1.LinuxContainerResources.$Properties): runtime.v1.LinuxContainerResources;

            /**
             * Encodes the specified LinuxContainerResources message. Does not implicitly {@link runtime.v1.LinuxContainerResources.verify|verify} messages.
             * @param m LinuxContainerResources message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.LinuxContainerResources.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinuxContainerResources message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.LinuxContainerResources & runtime.v1.LinuxContainerResources.$Shape} LinuxContainerResources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.LinuxContainerResources & runtime.v1.LinuxContainerResources.$Shape;

            /**
             * Creates a LinuxContainerResources message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LinuxContainerResources
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.LinuxContainerResources;

            /**
             * Creates a plain object from a LinuxContainerResources message. Also converts values to other types if specified.
             * @param m LinuxContainerResources
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.LinuxContainerResources, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LinuxContainerResources to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LinuxContainerResources
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LinuxContainerResources {

            /** Properties of a LinuxContainerResources. */
            interface $Properties {

                /** LinuxContainerResources cpuPeriod */
                cpuPeriod?: (number|Long|null);

                /** LinuxContainerResources cpuQuota */
                cpuQuota?: (number|Long|null);

                /** LinuxContainerResources cpuShares */
                cpuShares?: (number|Long|null);

                /** LinuxContainerResources memoryLimitInBytes */
                memoryLimitInBytes?: (number|Long|null);

                /** LinuxContainerResources oomScoreAdj */
                oomScoreAdj?: (number|Long|null);

                /** LinuxContainerResources cpusetCpus */
                cpusetCpus?: (string|null);

                /** LinuxContainerResources cpusetMems */
                cpusetMems?: (string|null);

                /** LinuxContainerResources unified */
                unified?: ({ [k: string]: string }|null);

                /** LinuxContainerResources memorySwapLimitInBytes */
                memorySwapLimitInBytes?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LinuxContainerResources. */
            type $Shape = runtime.v1.LinuxContainerResources.$Properties;
        }

        /**
         * Properties of a Capability.
         * @deprecated Use runtime.v1.Capability.$Properties instead.
         */
        interface ICapability extends runtime.v1.Capability.$Properties {
        }

        /** Represents a Capability. */
        class Capability {

            /**
             * Constructs a new Capability.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.Capability.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Capability addCapabilities. */
            addCapabilities: string[];

            /** Capability dropCapabilities. */
            dropCapabilities: string[];

            /**
             * Creates a new Capability instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Capability instance
             */
            static create(properties: runtime.v1.Capability.$Shape): runtime.v1.Capability & runtime.v1.Capability.$Shape;
            static create(properties?: runtime.v1.Capability.$Properties): runtime.v1.Capability;

            /**
             * Encodes the specified Capability message. Does not implicitly {@link runtime.v1.Capability.verify|verify} messages.
             * @param m Capability message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.Capability.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Capability message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.Capability & runtime.v1.Capability.$Shape} Capability
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.Capability & runtime.v1.Capability.$Shape;

            /**
             * Creates a Capability message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Capability
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.Capability;

            /**
             * Creates a plain object from a Capability message. Also converts values to other types if specified.
             * @param m Capability
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.Capability, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Capability to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Capability
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Capability {

            /** Properties of a Capability. */
            interface $Properties {

                /** Capability addCapabilities */
                addCapabilities?: (string[]|null);

                /** Capability dropCapabilities */
                dropCapabilities?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Capability. */
            type $Shape = runtime.v1.Capability.$Properties;
        }

        /**
         * Properties of a SecurityProfile.
         * @deprecated Use runtime.v1.SecurityProfile.$Properties instead.
         */
        interface ISecurityProfile extends runtime.v1.SecurityProfile.$Properties {
        }

        /** Represents a SecurityProfile. */
        class SecurityProfile {

            /**
             * Constructs a new SecurityProfile.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.SecurityProfile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecurityProfile profileType. */
            profileType: runtime.v1.SecurityProfile.ProfileType;

            /** SecurityProfile localhostRef. */
            localhostRef: string;

            /**
             * Creates a new SecurityProfile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecurityProfile instance
             */
            static create(properties: runtime.v1.SecurityProfile.$Shape): runtime.v1.SecurityProfile & runtime.v1.SecurityProfile.$Shape;
            static create(properties?: runtime.v1.SecurityProfile.$Properties): runtime.v1.SecurityProfile;

            /**
             * Encodes the specified SecurityProfile message. Does not implicitly {@link runtime.v1.SecurityProfile.verify|verify} messages.
             * @param m SecurityProfile message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.SecurityProfile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecurityProfile message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.SecurityProfile & runtime.v1.SecurityProfile.$Shape} SecurityProfile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.SecurityProfile & runtime.v1.SecurityProfile.$Shape;

            /**
             * Creates a SecurityProfile message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SecurityProfile
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.SecurityProfile;

            /**
             * Creates a plain object from a SecurityProfile message. Also converts values to other types if specified.
             * @param m SecurityProfile
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.SecurityProfile, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SecurityProfile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SecurityProfile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SecurityProfile {

            /** Properties of a SecurityProfile. */
            interface $Properties {

                /** SecurityProfile profileType */
                profileType?: (runtime.v1.SecurityProfile.ProfileType|null);

                /** SecurityProfile localhostRef */
                localhostRef?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SecurityProfile. */
            type $Shape = runtime.v1.SecurityProfile.$Properties;

            /** ProfileType enum. */
            enum ProfileType {

                /** RuntimeDefault value */
                RuntimeDefault = 0,

                /** Unconfined value */
                Unconfined = 1,

                /** Localhost value */
                Localhost = 2
            }
        }

        /**
         * Properties of a LinuxContainerSecurityContext.
         * @deprecated Use runtime.v1.LinuxContainerSecurityContext.$Properties instead.
         */
        interface ILinuxContainerSecurityContext extends runtime.v1.LinuxContainerSecurityContext.$Properties {
        }

        /** Represents a LinuxContainerSecurityContext. */
        class LinuxContainerSecurityContext {

            /**
             * Constructs a new LinuxContainerSecurityContext.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.LinuxContainerSecurityContext.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LinuxContainerSecurityContext capabilities. */
            capabilities?: (runtime.v1.Capability.$Properties|null);

            /** LinuxContainerSecurityContext privileged. */
            privileged: boolean;

            /** LinuxContainerSecurityContext namespaceOptions. */
            namespaceOptions?: (runtime.v1.NamespaceOption.$Properties|null);

            /** LinuxContainerSecurityContext runAsUser. */
            runAsUser?: (runtime.v1.Int64Value.$Properties|null);

            /** LinuxContainerSecurityContext runAsUsername. */
            runAsUsername: string;

            /** LinuxContainerSecurityContext readonlyRootfs. */
            readonlyRootfs: boolean;

            /** LinuxContainerSecurityContext supplementalGroups. */
            supplementalGroups: (number|Long)[];

            /** LinuxContainerSecurityContext seccompProfilePath. */
            seccompProfilePath: string;

            /** LinuxContainerSecurityContext noNewPrivs. */
            noNewPrivs: boolean;

            /** LinuxContainerSecurityContext runAsGroup. */
            runAsGroup?: (runtime.v1.Int64Value.$Properties|null);

            /** LinuxContainerSecurityContext maskedPaths. */
            maskedPaths: string[];

            /** LinuxContainerSecurityContext readonlyPaths. */
            readonlyPaths: string[];

            /** LinuxContainerSecurityContext seccomp. */
            seccomp?: (runtime.v1.SecurityProfile.$Properties|null);

            /**
             * Creates a new LinuxContainerSecurityContext instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinuxContainerSecurityContext instance
             */
            static create(properties: runtime.v1.LinuxContainerSecurityContext.$Shape): runtime.v1.LinuxContainerSecurityContext & runtime.v1.LinuxContainerSecurityContext.$Shape;
            static create(properties?: runtime.v1.LinuxContainerSecurityContext.$Properties): runtime.v1.LinuxContainerSecurityContext;

            /**
             * Encodes the specified LinuxContainerSecurityContext message. Does not implicitly {@link runtime.v1.LinuxContainerSecurityContext.verify|verify} messages.
             * @param m LinuxContainerSecurityContext message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.LinuxContainerSecurityContext.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinuxContainerSecurityContext message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.LinuxContainerSecurityContext & runtime.v1.LinuxContainerSecurityContext.$Shape} LinuxContainerSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.LinuxContainerSecurityContext & runtime.v1.LinuxContainerSecurityContext.$Shape;

            /**
             * Creates a LinuxContainerSecurityContext message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LinuxContainerSecurityContext
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.LinuxContainerSecurityContext;

            /**
             * Creates a plain object from a LinuxContainerSecurityContext message. Also converts values to other types if specified.
             * @param m LinuxContainerSecurityContext
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.LinuxContainerSecurityContext, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LinuxContainerSecurityContext to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LinuxContainerSecurityContext
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LinuxContainerSecurityContext {

            /** Properties of a LinuxContainerSecurityContext. */
            interface $Properties {

                /** LinuxContainerSecurityContext capabilities */
                capabilities?: (runtime.v1.Capability.$Properties|null);

                /** LinuxContainerSecurityContext privileged */
                privileged?: (boolean|null);

                /** LinuxContainerSecurityContext namespaceOptions */
                namespaceOptions?: (runtime.v1.NamespaceOption.$Properties|null);

                /** LinuxContainerSecurityContext runAsUser */
                runAsUser?: (runtime.v1.Int64Value.$Properties|null);

                /** LinuxContainerSecurityContext runAsUsername */
                runAsUsername?: (string|null);

                /** LinuxContainerSecurityContext readonlyRootfs */
                readonlyRootfs?: (boolean|null);

                /** LinuxContainerSecurityContext supplementalGroups */
                supplementalGroups?: ((number|Long)[]|null);

                /** LinuxContainerSecurityContext seccompProfilePath */
                seccompProfilePath?: (string|null);

                /** LinuxContainerSecurityContext noNewPrivs */
                noNewPrivs?: (boolean|null);

                /** LinuxContainerSecurityContext runAsGroup */
                runAsGroup?: (runtime.v1.Int64Value.$Properties|null);

                /** LinuxContainerSecurityContext maskedPaths */
                maskedPaths?: (string[]|null);

                /** LinuxContainerSecurityContext readonlyPaths */
                readonlyPaths?: (string[]|null);

                /** LinuxContainerSecurityContext seccomp */
                seccomp?: (runtime.v1.SecurityProfile.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LinuxContainerSecurityContext. */
            type $Shape = runtime.v1.LinuxContainerSecurityContext.$Properties;
        }

        /**
         * Properties of a LinuxContainerConfig.
         * @deprecated Use runtime.v1.LinuxContainerConfig.$Properties instead.
         */
        interface ILinuxContainerConfig extends runtime.v1.LinuxContainerConfig.$Properties {
        }

        /** Represents a LinuxContainerConfig. */
        class LinuxContainerConfig {

            /**
             * Constructs a new LinuxContainerConfig.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.LinuxContainerConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LinuxContainerConfig resources. */
            resources?: (runtime.v1.LinuxContainerResources.$Properties|null);

            /** LinuxContainerConfig securityContext. */
            securityContext?: (runtime.v1.LinuxContainerSecurityContext.$Properties|null);

            /**
             * Creates a new LinuxContainerConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinuxContainerConfig instance
             */
            static create(properties: runtime.v1.LinuxContainerConfig.$Shape): runtime.v1.LinuxContainerConfig & runtime.v1.LinuxContainerConfig.$Shape;
            static create(properties?: runtime.v1.LinuxContainerConfig.$Properties): runtime.v1.LinuxContainerConfig;

            /**
             * Encodes the specified LinuxContainerConfig message. Does not implicitly {@link runtime.v1.LinuxContainerConfig.verify|verify} messages.
             * @param m LinuxContainerConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.LinuxContainerConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinuxContainerConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.LinuxContainerConfig & runtime.v1.LinuxContainerConfig.$Shape} LinuxContainerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.LinuxContainerConfig & runtime.v1.LinuxContainerConfig.$Shape;

            /**
             * Creates a LinuxContainerConfig message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LinuxContainerConfig
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.LinuxContainerConfig;

            /**
             * Creates a plain object from a LinuxContainerConfig message. Also converts values to other types if specified.
             * @param m LinuxContainerConfig
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.LinuxContainerConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LinuxContainerConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LinuxContainerConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LinuxContainerConfig {

            /** Properties of a LinuxContainerConfig. */
            interface $Properties {

                /** LinuxContainerConfig resources */
                resources?: (runtime.v1.LinuxContainerResources.$Properties|null);

                /** LinuxContainerConfig securityContext */
                securityContext?: (runtime.v1.LinuxContainerSecurityContext.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LinuxContainerConfig. */
            type $Shape = runtime.v1.LinuxContainerConfig.$Properties;
        }

        /**
         * Properties of a ContainerMetadata.
         * @deprecated Use runtime.v1.ContainerMetadata.$Properties instead.
         */
        interface IContainerMetadata extends runtime.v1.ContainerMetadata.$Properties {
        }

        /** Represents a ContainerMetadata. */
        class ContainerMetadata {

            /**
             * Constructs a new ContainerMetadata.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ContainerMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerMetadata name. */
            name: string;

            /** ContainerMetadata attempt. */
            attempt: number;

            /**
             * Creates a new ContainerMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerMetadata instance
             */
            static create(properties: runtime.v1.ContainerMetadata.$Shape): runtime.v1.ContainerMetadata & runtime.v1.ContainerMetadata.$Shape;
            static create(properties?: runtime.v1.ContainerMetadata.$Properties): runtime.v1.ContainerMetadata;

            /**
             * Encodes the specified ContainerMetadata message. Does not implicitly {@link runtime.v1.ContainerMetadata.verify|verify} messages.
             * @param m ContainerMetadata message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ContainerMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerMetadata message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerMetadata & runtime.v1.ContainerMetadata.$Shape} ContainerMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ContainerMetadata & runtime.v1.ContainerMetadata.$Shape;

            /**
             * Creates a ContainerMetadata message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContainerMetadata
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ContainerMetadata;

            /**
             * Creates a plain object from a ContainerMetadata message. Also converts values to other types if specified.
             * @param m ContainerMetadata
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ContainerMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerMetadata to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerMetadata
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerMetadata {

            /** Properties of a ContainerMetadata. */
            interface $Properties {

                /** ContainerMetadata name */
                name?: (string|null);

                /** ContainerMetadata attempt */
                attempt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerMetadata. */
            type $Shape = runtime.v1.ContainerMetadata.$Properties;
        }

        /**
         * Properties of a Mount.
         * @deprecated Use runtime.v1.Mount.$Properties instead.
         */
        interface IMount extends runtime.v1.Mount.$Properties {
        }

        /** Represents a Mount. */
        class Mount {

            /**
             * Constructs a new Mount.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.Mount.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Mount containerPath. */
            containerPath: string;

            /** Mount hostPath. */
            hostPath: string;

            /** Mount readonly. */
            readonly: boolean;

            /**
             * Creates a new Mount instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Mount instance
             */
            static create(properties: runtime.v1.Mount.$Shape): runtime.v1.Mount & runtime.v1.Mount.$Shape;
            static create(properties?: runtime.v1.Mount.$Properties): runtime.v1.Mount;

            /**
             * Encodes the specified Mount message. Does not implicitly {@link runtime.v1.Mount.verify|verify} messages.
             * @param m Mount message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.Mount.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Mount message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.Mount & runtime.v1.Mount.$Shape} Mount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.Mount & runtime.v1.Mount.$Shape;

            /**
             * Creates a Mount message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Mount
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.Mount;

            /**
             * Creates a plain object from a Mount message. Also converts values to other types if specified.
             * @param m Mount
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.Mount, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Mount to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Mount
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Mount {

            /** Properties of a Mount. */
            interface $Properties {

                /** Mount containerPath */
                containerPath?: (string|null);

                /** Mount hostPath */
                hostPath?: (string|null);

                /** Mount readonly */
                readonly?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Mount. */
            type $Shape = runtime.v1.Mount.$Properties;
        }

        /**
         * Properties of a ContainerConfig.
         * @deprecated Use runtime.v1.ContainerConfig.$Properties instead.
         */
        interface IContainerConfig extends runtime.v1.ContainerConfig.$Properties {
        }

        /** Represents a ContainerConfig. */
        class ContainerConfig {

            /**
             * Constructs a new ContainerConfig.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ContainerConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerConfig metadata. */
            metadata?: (runtime.v1.ContainerMetadata.$Properties|null);

            /** ContainerConfig image. */
            image?: (runtime.v1.ImageSpec.$Properties|null);

            /** ContainerConfig command. */
            command: string[];

            /** ContainerConfig args. */
            args: string[];

            /** ContainerConfig workingDir. */
            workingDir: string;

            /** ContainerConfig envs. */
            envs: runtime.v1.KeyValue.$Properties[];

            /** ContainerConfig mounts. */
            mounts: runtime.v1.Mount.$Properties[];

            /** ContainerConfig labels. */
            labels: { [k: string]: string };

            /** ContainerConfig annotations. */
            annotations: { [k: string]: string };

            /** ContainerConfig logPath. */
            logPath: string;

            /** ContainerConfig linux. */
            linux?: (runtime.v1.LinuxContainerConfig.$Properties|null);

            /**
             * Creates a new ContainerConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerConfig instance
             */
            static create(properties: runtime.v1.ContainerConfig.$Shape): runtime.v1.ContainerConfig & runtime.v1.ContainerConfig.$Shape;
            static create(properties?: runtime.v1.ContainerConfig.$Properties): runtime.v1.ContainerConfig;

            /**
             * Encodes the specified ContainerConfig message. Does not implicitly {@link runtime.v1.ContainerConfig.verify|verify} messages.
             * @param m ContainerConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ContainerConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerConfig & runtime.v1.ContainerConfig.$Shape} ContainerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ContainerConfig & runtime.v1.ContainerConfig.$Shape;

            /**
             * Creates a ContainerConfig message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContainerConfig
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ContainerConfig;

            /**
             * Creates a plain object from a ContainerConfig message. Also converts values to other types if specified.
             * @param m ContainerConfig
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ContainerConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerConfig {

            /** Properties of a ContainerConfig. */
            interface $Properties {

                /** ContainerConfig metadata */
                metadata?: (runtime.v1.ContainerMetadata.$Properties|null);

                /** ContainerConfig image */
                image?: (runtime.v1.ImageSpec.$Properties|null);

                /** ContainerConfig command */
                command?: (string[]|null);

                /** ContainerConfig args */
                args?: (string[]|null);

                /** ContainerConfig workingDir */
                workingDir?: (string|null);

                /** ContainerConfig envs */
                envs?: (runtime.v1.KeyValue.$Properties[]|null);

                /** ContainerConfig mounts */
                mounts?: (runtime.v1.Mount.$Properties[]|null);

                /** ContainerConfig labels */
                labels?: ({ [k: string]: string }|null);

                /** ContainerConfig annotations */
                annotations?: ({ [k: string]: string }|null);

                /** ContainerConfig logPath */
                logPath?: (string|null);

                /** ContainerConfig linux */
                linux?: (runtime.v1.LinuxContainerConfig.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerConfig. */
            type $Shape = runtime.v1.ContainerConfig.$Properties;
        }

        /**
         * Properties of a CreateContainerRequest.
         * @deprecated Use runtime.v1.CreateContainerRequest.$Properties instead.
         */
        interface ICreateContainerRequest extends runtime.v1.CreateContainerRequest.$Properties {
        }

        /** Represents a CreateContainerRequest. */
        class CreateContainerRequest {

            /**
             * Constructs a new CreateContainerRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.CreateContainerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateContainerRequest podSandboxId. */
            podSandboxId: string;

            /** CreateContainerRequest config. */
            config?: (runtime.v1.ContainerConfig.$Properties|null);

            /** CreateContainerRequest sandboxConfig. */
            sandboxConfig?: (runtime.v1.PodSandboxConfig.$Properties|null);

            /**
             * Creates a new CreateContainerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateContainerRequest instance
             */
            static create(properties: runtime.v1.CreateContainerRequest.$Shape): runtime.v1.CreateContainerRequest & runtime.v1.CreateContainerRequest.$Shape;
            static create(properties?: runtime.v1.CreateContainerRequest.$Properties): runtime.v1.CreateContainerRequest;

            /**
             * Encodes the specified CreateContainerRequest message. Does not implicitly {@link runtime.v1.CreateContainerRequest.verify|verify} messages.
             * @param m CreateContainerRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.CreateContainerRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateContainerRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.CreateContainerRequest & runtime.v1.CreateContainerRequest.$Shape} CreateContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.CreateContainerRequest & runtime.v1.CreateContainerRequest.$Shape;

            /**
             * Creates a CreateContainerRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CreateContainerRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.CreateContainerRequest;

            /**
             * Creates a plain object from a CreateContainerRequest message. Also converts values to other types if specified.
             * @param m CreateContainerRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.CreateContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateContainerRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateContainerRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateContainerRequest {

            /** Properties of a CreateContainerRequest. */
            interface $Properties {

                /** CreateContainerRequest podSandboxId */
                podSandboxId?: (string|null);

                /** CreateContainerRequest config */
                config?: (runtime.v1.ContainerConfig.$Properties|null);

                /** CreateContainerRequest sandboxConfig */
                sandboxConfig?: (runtime.v1.PodSandboxConfig.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateContainerRequest. */
            type $Shape = runtime.v1.CreateContainerRequest.$Properties;
        }

        /**
         * Properties of a CreateContainerResponse.
         * @deprecated Use runtime.v1.CreateContainerResponse.$Properties instead.
         */
        interface ICreateContainerResponse extends runtime.v1.CreateContainerResponse.$Properties {
        }

        /** Represents a CreateContainerResponse. */
        class CreateContainerResponse {

            /**
             * Constructs a new CreateContainerResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.CreateContainerResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateContainerResponse containerId. */
            containerId: string;

            /**
             * Creates a new CreateContainerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateContainerResponse instance
             */
            static create(properties: runtime.v1.CreateContainerResponse.$Shape): runtime.v1.CreateContainerResponse & runtime.v1.CreateContainerResponse.$Shape;
            static create(properties?: runtime.v1.CreateContainerResponse.$Properties): runtime.v1.CreateContainerResponse;

            /**
             * Encodes the specified CreateContainerResponse message. Does not implicitly {@link runtime.v1.CreateContainerResponse.verify|verify} messages.
             * @param m CreateContainerResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.CreateContainerResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateContainerResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.CreateContainerResponse & runtime.v1.CreateContainerResponse.$Shape} CreateContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.CreateContainerResponse & runtime.v1.CreateContainerResponse.$Shape;

            /**
             * Creates a CreateContainerResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CreateContainerResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.CreateContainerResponse;

            /**
             * Creates a plain object from a CreateContainerResponse message. Also converts values to other types if specified.
             * @param m CreateContainerResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.CreateContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateContainerResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateContainerResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateContainerResponse {

            /** Properties of a CreateContainerResponse. */
            interface $Properties {

                /** CreateContainerResponse containerId */
                containerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateContainerResponse. */
            type $Shape = runtime.v1.CreateContainerResponse.$Properties;
        }

        /**
         * Properties of a StartContainerRequest.
         * @deprecated Use runtime.v1.StartContainerRequest.$Properties instead.
         */
        interface IStartContainerRequest extends runtime.v1.StartContainerRequest.$Properties {
        }

        /** Represents a StartContainerRequest. */
        class StartContainerRequest {

            /**
             * Constructs a new StartContainerRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.StartContainerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartContainerRequest containerId. */
            containerId: string;

            /**
             * Creates a new StartContainerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartContainerRequest instance
             */
            static create(properties: runtime.v1.StartContainerRequest.$Shape): runtime.v1.StartContainerRequest & runtime.v1.StartContainerRequest.$Shape;
            static create(properties?: runtime.v1.StartContainerRequest.$Properties): runtime.v1.StartContainerRequest;

            /**
             * Encodes the specified StartContainerRequest message. Does not implicitly {@link runtime.v1.StartContainerRequest.verify|verify} messages.
             * @param m StartContainerRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.StartContainerRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartContainerRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.StartContainerRequest & runtime.v1.StartContainerRequest.$Shape} StartContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.StartContainerRequest & runtime.v1.StartContainerRequest.$Shape;

            /**
             * Creates a StartContainerRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns StartContainerRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.StartContainerRequest;

            /**
             * Creates a plain object from a StartContainerRequest message. Also converts values to other types if specified.
             * @param m StartContainerRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.StartContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartContainerRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartContainerRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartContainerRequest {

            /** Properties of a StartContainerRequest. */
            interface $Properties {

                /** StartContainerRequest containerId */
                containerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartContainerRequest. */
            type $Shape = runtime.v1.StartContainerRequest.$Properties;
        }

        /**
         * Properties of a StartContainerResponse.
         * @deprecated Use runtime.v1.StartContainerResponse.$Properties instead.
         */
        interface IStartContainerResponse extends runtime.v1.StartContainerResponse.$Properties {
        }

        /** Represents a StartContainerResponse. */
        class StartContainerResponse {

            /**
             * Constructs a new StartContainerResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.StartContainerResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StartContainerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartContainerResponse instance
             */
            static create(properties: runtime.v1.StartContainerResponse.$Shape): runtime.v1.StartContainerResponse & runtime.v1.StartContainerResponse.$Shape;
            static create(properties?: runtime.v1.StartContainerResponse.$Properties): runtime.v1.StartContainerResponse;

            /**
             * Encodes the specified StartContainerResponse message. Does not implicitly {@link runtime.v1.StartContainerResponse.verify|verify} messages.
             * @param m StartContainerResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.StartContainerResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartContainerResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.StartContainerResponse & runtime.v1.StartContainerResponse.$Shape} StartContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.StartContainerResponse & runtime.v1.StartContainerResponse.$Shape;

            /**
             * Creates a StartContainerResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns StartContainerResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.StartContainerResponse;

            /**
             * Creates a plain object from a StartContainerResponse message. Also converts values to other types if specified.
             * @param m StartContainerResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.StartContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartContainerResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartContainerResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartContainerResponse {

            /** Properties of a StartContainerResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartContainerResponse. */
            type $Shape = runtime.v1.StartContainerResponse.$Properties;
        }

        /**
         * Properties of a StopContainerRequest.
         * @deprecated Use runtime.v1.StopContainerRequest.$Properties instead.
         */
        interface IStopContainerRequest extends runtime.v1.StopContainerRequest.$Properties {
        }

        /** Represents a StopContainerRequest. */
        class StopContainerRequest {

            /**
             * Constructs a new StopContainerRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.StopContainerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StopContainerRequest containerId. */
            containerId: string;

            /** StopContainerRequest timeout. */
            timeout: (number|Long);

            /**
             * Creates a new StopContainerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopContainerRequest instance
             */
            static create(properties: runtime.v1.StopContainerRequest.$Shape): runtime.v1.StopContainerRequest & runtime.v1.StopContainerRequest.$Shape;
            static create(properties?: runtime.v1.StopContainerRequest.$Properties): runtime.v1.StopContainerRequest;

            /**
             * Encodes the specified StopContainerRequest message. Does not implicitly {@link runtime.v1.StopContainerRequest.verify|verify} messages.
             * @param m StopContainerRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.StopContainerRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopContainerRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.StopContainerRequest & runtime.v1.StopContainerRequest.$Shape} StopContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.StopContainerRequest & runtime.v1.StopContainerRequest.$Shape;

            /**
             * Creates a StopContainerRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns StopContainerRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.StopContainerRequest;

            /**
             * Creates a plain object from a StopContainerRequest message. Also converts values to other types if specified.
             * @param m StopContainerRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.StopContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopContainerRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopContainerRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopContainerRequest {

            /** Properties of a StopContainerRequest. */
            interface $Properties {

                /** StopContainerRequest containerId */
                containerId?: (string|null);

                /** StopContainerRequest timeout */
                timeout?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopContainerRequest. */
            type $Shape = runtime.v1.StopContainerRequest.$Properties;
        }

        /**
         * Properties of a StopContainerResponse.
         * @deprecated Use runtime.v1.StopContainerResponse.$Properties instead.
         */
        interface IStopContainerResponse extends runtime.v1.StopContainerResponse.$Properties {
        }

        /** Represents a StopContainerResponse. */
        class StopContainerResponse {

            /**
             * Constructs a new StopContainerResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.StopContainerResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StopContainerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopContainerResponse instance
             */
            static create(properties: runtime.v1.StopContainerResponse.$Shape): runtime.v1.StopContainerResponse & runtime.v1.StopContainerResponse.$Shape;
            static create(properties?: runtime.v1.StopContainerResponse.$Properties): runtime.v1.StopContainerResponse;

            /**
             * Encodes the specified StopContainerResponse message. Does not implicitly {@link runtime.v1.StopContainerResponse.verify|verify} messages.
             * @param m StopContainerResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.StopContainerResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopContainerResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.StopContainerResponse & runtime.v1.StopContainerResponse.$Shape} StopContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.StopContainerResponse & runtime.v1.StopContainerResponse.$Shape;

            /**
             * Creates a StopContainerResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns StopContainerResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.StopContainerResponse;

            /**
             * Creates a plain object from a StopContainerResponse message. Also converts values to other types if specified.
             * @param m StopContainerResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.StopContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopContainerResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopContainerResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopContainerResponse {

            /** Properties of a StopContainerResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopContainerResponse. */
            type $Shape = runtime.v1.StopContainerResponse.$Properties;
        }

        /**
         * Properties of a RemoveContainerRequest.
         * @deprecated Use runtime.v1.RemoveContainerRequest.$Properties instead.
         */
        interface IRemoveContainerRequest extends runtime.v1.RemoveContainerRequest.$Properties {
        }

        /** Represents a RemoveContainerRequest. */
        class RemoveContainerRequest {

            /**
             * Constructs a new RemoveContainerRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.RemoveContainerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoveContainerRequest containerId. */
            containerId: string;

            /**
             * Creates a new RemoveContainerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveContainerRequest instance
             */
            static create(properties: runtime.v1.RemoveContainerRequest.$Shape): runtime.v1.RemoveContainerRequest & runtime.v1.RemoveContainerRequest.$Shape;
            static create(properties?: runtime.v1.RemoveContainerRequest.$Properties): runtime.v1.RemoveContainerRequest;

            /**
             * Encodes the specified RemoveContainerRequest message. Does not implicitly {@link runtime.v1.RemoveContainerRequest.verify|verify} messages.
             * @param m RemoveContainerRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.RemoveContainerRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveContainerRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.RemoveContainerRequest & runtime.v1.RemoveContainerRequest.$Shape} RemoveContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.RemoveContainerRequest & runtime.v1.RemoveContainerRequest.$Shape;

            /**
             * Creates a RemoveContainerRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RemoveContainerRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.RemoveContainerRequest;

            /**
             * Creates a plain object from a RemoveContainerRequest message. Also converts values to other types if specified.
             * @param m RemoveContainerRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.RemoveContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RemoveContainerRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RemoveContainerRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveContainerRequest {

            /** Properties of a RemoveContainerRequest. */
            interface $Properties {

                /** RemoveContainerRequest containerId */
                containerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveContainerRequest. */
            type $Shape = runtime.v1.RemoveContainerRequest.$Properties;
        }

        /**
         * Properties of a RemoveContainerResponse.
         * @deprecated Use runtime.v1.RemoveContainerResponse.$Properties instead.
         */
        interface IRemoveContainerResponse extends runtime.v1.RemoveContainerResponse.$Properties {
        }

        /** Represents a RemoveContainerResponse. */
        class RemoveContainerResponse {

            /**
             * Constructs a new RemoveContainerResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.RemoveContainerResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RemoveContainerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveContainerResponse instance
             */
            static create(properties: runtime.v1.RemoveContainerResponse.$Shape): runtime.v1.RemoveContainerResponse & runtime.v1.RemoveContainerResponse.$Shape;
            static create(properties?: runtime.v1.RemoveContainerResponse.$Properties): runtime.v1.RemoveContainerResponse;

            /**
             * Encodes the specified RemoveContainerResponse message. Does not implicitly {@link runtime.v1.RemoveContainerResponse.verify|verify} messages.
             * @param m RemoveContainerResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.RemoveContainerResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveContainerResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.RemoveContainerResponse & runtime.v1.RemoveContainerResponse.$Shape} RemoveContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.RemoveContainerResponse & runtime.v1.RemoveContainerResponse.$Shape;

            /**
             * Creates a RemoveContainerResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RemoveContainerResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.RemoveContainerResponse;

            /**
             * Creates a plain object from a RemoveContainerResponse message. Also converts values to other types if specified.
             * @param m RemoveContainerResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.RemoveContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RemoveContainerResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RemoveContainerResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveContainerResponse {

            /** Properties of a RemoveContainerResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveContainerResponse. */
            type $Shape = runtime.v1.RemoveContainerResponse.$Properties;
        }

        /** ContainerState enum. */
        enum ContainerState {

            /** CONTAINER_CREATED value */
            CONTAINER_CREATED = 0,

            /** CONTAINER_RUNNING value */
            CONTAINER_RUNNING = 1,

            /** CONTAINER_EXITED value */
            CONTAINER_EXITED = 2,

            /** CONTAINER_UNKNOWN value */
            CONTAINER_UNKNOWN = 3
        }

        /**
         * Properties of a ContainerStateValue.
         * @deprecated Use runtime.v1.ContainerStateValue.$Properties instead.
         */
        interface IContainerStateValue extends runtime.v1.ContainerStateValue.$Properties {
        }

        /** Represents a ContainerStateValue. */
        class ContainerStateValue {

            /**
             * Constructs a new ContainerStateValue.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ContainerStateValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerStateValue state. */
            state: runtime.v1.ContainerState;

            /**
             * Creates a new ContainerStateValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStateValue instance
             */
            static create(properties: runtime.v1.ContainerStateValue.$Shape): runtime.v1.ContainerStateValue & runtime.v1.ContainerStateValue.$Shape;
            static create(properties?: runtime.v1.ContainerStateValue.$Properties): runtime.v1.ContainerStateValue;

            /**
             * Encodes the specified ContainerStateValue message. Does not implicitly {@link runtime.v1.ContainerStateValue.verify|verify} messages.
             * @param m ContainerStateValue message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ContainerStateValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStateValue message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerStateValue & runtime.v1.ContainerStateValue.$Shape} ContainerStateValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ContainerStateValue & runtime.v1.ContainerStateValue.$Shape;

            /**
             * Creates a ContainerStateValue message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContainerStateValue
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ContainerStateValue;

            /**
             * Creates a plain object from a ContainerStateValue message. Also converts values to other types if specified.
             * @param m ContainerStateValue
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ContainerStateValue, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerStateValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerStateValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStateValue {

            /** Properties of a ContainerStateValue. */
            interface $Properties {

                /** ContainerStateValue state */
                state?: (runtime.v1.ContainerState|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerStateValue. */
            type $Shape = runtime.v1.ContainerStateValue.$Properties;
        }

        /**
         * Properties of a ContainerFilter.
         * @deprecated Use runtime.v1.ContainerFilter.$Properties instead.
         */
        interface IContainerFilter extends runtime.v1.ContainerFilter.$Properties {
        }

        /** Represents a ContainerFilter. */
        class ContainerFilter {

            /**
             * Constructs a new ContainerFilter.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ContainerFilter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerFilter id. */
            id: string;

            /** ContainerFilter state. */
            state?: (runtime.v1.ContainerStateValue.$Properties|null);

            /** ContainerFilter podSandboxId. */
            podSandboxId: string;

            /** ContainerFilter labelSelector. */
            labelSelector: { [k: string]: string };

            /**
             * Creates a new ContainerFilter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerFilter instance
             */
            static create(properties: runtime.v1.ContainerFilter.$Shape): runtime.v1.ContainerFilter & runtime.v1.ContainerFilter.$Shape;
            static create(properties?: runtime.v1.ContainerFilter.$Properties): runtime.v1.ContainerFilter;

            /**
             * Encodes the specified ContainerFilter message. Does not implicitly {@link runtime.v1.ContainerFilter.verify|verify} messages.
             * @param m ContainerFilter message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ContainerFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerFilter message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerFilter & runtime.v1.ContainerFilter.$Shape} ContainerFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ContainerFilter & runtime.v1.ContainerFilter.$Shape;

            /**
             * Creates a ContainerFilter message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContainerFilter
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ContainerFilter;

            /**
             * Creates a plain object from a ContainerFilter message. Also converts values to other types if specified.
             * @param m ContainerFilter
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ContainerFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerFilter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerFilter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerFilter {

            /** Properties of a ContainerFilter. */
            interface $Properties {

                /** ContainerFilter id */
                id?: (string|null);

                /** ContainerFilter state */
                state?: (runtime.v1.ContainerStateValue.$Properties|null);

                /** ContainerFilter podSandboxId */
                podSandboxId?: (string|null);

                /** ContainerFilter labelSelector */
                labelSelector?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerFilter. */
            type $Shape = runtime.v1.ContainerFilter.$Properties;
        }

        /**
         * Properties of a ListContainersRequest.
         * @deprecated Use runtime.v1.ListContainersRequest.$Properties instead.
         */
        interface IListContainersRequest extends runtime.v1.ListContainersRequest.$Properties {
        }

        /** Represents a ListContainersRequest. */
        class ListContainersRequest {

            /**
             * Constructs a new ListContainersRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ListContainersRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListContainersRequest filter. */
            filter?: (runtime.v1.ContainerFilter.$Properties|null);

            /**
             * Creates a new ListContainersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListContainersRequest instance
             */
            static create(properties: runtime.v1.ListContainersRequest.$Shape): runtime.v1.ListContainersRequest & runtime.v1.ListContainersRequest.$Shape;
            static create(properties?: runtime.v1.ListContainersRequest.$Properties): runtime.v1.ListContainersRequest;

            /**
             * Encodes the specified ListContainersRequest message. Does not implicitly {@link runtime.v1.ListContainersRequest.verify|verify} messages.
             * @param m ListContainersRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ListContainersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListContainersRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ListContainersRequest & runtime.v1.ListContainersRequest.$Shape} ListContainersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ListContainersRequest & runtime.v1.ListContainersRequest.$Shape;

            /**
             * Creates a ListContainersRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListContainersRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ListContainersRequest;

            /**
             * Creates a plain object from a ListContainersRequest message. Also converts values to other types if specified.
             * @param m ListContainersRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ListContainersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListContainersRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListContainersRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainersRequest {

            /** Properties of a ListContainersRequest. */
            interface $Properties {

                /** ListContainersRequest filter */
                filter?: (runtime.v1.ContainerFilter.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListContainersRequest. */
            type $Shape = runtime.v1.ListContainersRequest.$Properties;
        }

        /**
         * Properties of a Container.
         * @deprecated Use runtime.v1.Container.$Properties instead.
         */
        interface IContainer extends runtime.v1.Container.$Properties {
        }

        /** Represents a Container. */
        class Container {

            /**
             * Constructs a new Container.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.Container.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Container id. */
            id: string;

            /** Container podSandboxId. */
            podSandboxId: string;

            /** Container metadata. */
            metadata?: (runtime.v1.ContainerMetadata.$Properties|null);

            /** Container image. */
            image?: (runtime.v1.ImageSpec.$Properties|null);

            /** Container imageRef. */
            imageRef: string;

            /** Container state. */
            state: runtime.v1.ContainerState;

            /** Container createdAt. */
            createdAt: (number|Long);

            /** Container labels. */
            labels: { [k: string]: string };

            /** Container annotations. */
            annotations: { [k: string]: string };

            /**
             * Creates a new Container instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Container instance
             */
            static create(properties: runtime.v1.Container.$Shape): runtime.v1.Container & runtime.v1.Container.$Shape;
            static create(properties?: runtime.v1.Container.$Properties): runtime.v1.Container;

            /**
             * Encodes the specified Container message. Does not implicitly {@link runtime.v1.Container.verify|verify} messages.
             * @param m Container message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.Container.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Container message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.Container & runtime.v1.Container.$Shape} Container
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.Container & runtime.v1.Container.$Shape;

            /**
             * Creates a Container message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Container
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.Container;

            /**
             * Creates a plain object from a Container message. Also converts values to other types if specified.
             * @param m Container
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.Container, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Container to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Container
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Container {

            /** Properties of a Container. */
            interface $Properties {

                /** Container id */
                id?: (string|null);

                /** Container podSandboxId */
                podSandboxId?: (string|null);

                /** Container metadata */
                metadata?: (runtime.v1.ContainerMetadata.$Properties|null);

                /** Container image */
                image?: (runtime.v1.ImageSpec.$Properties|null);

                /** Container imageRef */
                imageRef?: (string|null);

                /** Container state */
                state?: (runtime.v1.ContainerState|null);

                /** Container createdAt */
                createdAt?: (number|Long|null);

                /** Container labels */
                labels?: ({ [k: string]: string }|null);

                /** Container annotations */
                annotations?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Container. */
            type $Shape = runtime.v1.Container.$Properties;
        }

        /**
         * Properties of a ListContainersResponse.
         * @deprecated Use runtime.v1.ListContainersResponse.$Properties instead.
         */
        interface IListContainersResponse extends runtime.v1.ListContainersResponse.$Properties {
        }

        /** Represents a ListContainersResponse. */
        class ListContainersResponse {

            /**
             * Constructs a new ListContainersResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ListContainersResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListContainersResponse containers. */
            containers: runtime.v1.Container.$Properties[];

            /**
             * Creates a new ListContainersResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListContainersResponse instance
             */
            static create(properties: runtime.v1.ListContainersResponse.$Shape): runtime.v1.ListContainersResponse & runtime.v1.ListContainersResponse.$Shape;
            static create(properties?: runtime.v1.ListContainersResponse.$Properties): runtime.v1.ListContainersResponse;

            /**
             * Encodes the specified ListContainersResponse message. Does not implicitly {@link runtime.v1.ListContainersResponse.verify|verify} messages.
             * @param m ListContainersResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ListContainersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListContainersResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ListContainersResponse & runtime.v1.ListContainersResponse.$Shape} ListContainersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ListContainersResponse & runtime.v1.ListContainersResponse.$Shape;

            /**
             * Creates a ListContainersResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListContainersResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ListContainersResponse;

            /**
             * Creates a plain object from a ListContainersResponse message. Also converts values to other types if specified.
             * @param m ListContainersResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ListContainersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListContainersResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListContainersResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainersResponse {

            /** Properties of a ListContainersResponse. */
            interface $Properties {

                /** ListContainersResponse containers */
                containers?: (runtime.v1.Container.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListContainersResponse. */
            type $Shape = runtime.v1.ListContainersResponse.$Properties;
        }

        /**
         * Properties of a PodSandboxNames.
         * @deprecated Use runtime.v1.PodSandboxNames.$Properties instead.
         */
        interface IPodSandboxNames extends runtime.v1.PodSandboxNames.$Properties {
        }

        /** Represents a PodSandboxNames. */
        class PodSandboxNames {

            /**
             * Constructs a new PodSandboxNames.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.PodSandboxNames.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodSandboxNames id. */
            id: string;

            /** PodSandboxNames metadata. */
            metadata?: (runtime.v1.PodSandboxMetadata.$Properties|null);

            /** PodSandboxNames state. */
            state: runtime.v1.PodSandboxState;

            /** PodSandboxNames createdAt. */
            createdAt: (number|Long);

            /** PodSandboxNames labels. */
            labels: { [k: string]: string };

            /**
             * Creates a new PodSandboxNames instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxNames instance
             */
            static create(properties: runtime.v1.PodSandboxNames.$Shape): runtime.v1.PodSandboxNames & runtime.v1.PodSandboxNames.$Shape;
            static create(properties?: runtime.v1.PodSandboxNames.$Properties): runtime.v1.PodSandboxNames;

            /**
             * Encodes the specified PodSandboxNames message. Does not implicitly {@link runtime.v1.PodSandboxNames.verify|verify} messages.
             * @param m PodSandboxNames message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.PodSandboxNames.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxNames message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxNames & runtime.v1.PodSandboxNames.$Shape} PodSandboxNames
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.PodSandboxNames & runtime.v1.PodSandboxNames.$Shape;

            /**
             * Creates a PodSandboxNames message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PodSandboxNames
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.PodSandboxNames;

            /**
             * Creates a plain object from a PodSandboxNames message. Also converts values to other types if specified.
             * @param m PodSandboxNames
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.PodSandboxNames, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PodSandboxNames to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PodSandboxNames
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodSandboxNames {

            /** Properties of a PodSandboxNames. */
            interface $Properties {

                /** PodSandboxNames id */
                id?: (string|null);

                /** PodSandboxNames metadata */
                metadata?: (runtime.v1.PodSandboxMetadata.$Properties|null);

                /** PodSandboxNames state */
                state?: (runtime.v1.PodSandboxState|null);

                /** PodSandboxNames createdAt */
                createdAt?: (number|Long|null);

                /** PodSandboxNames labels */
                labels?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodSandboxNames. */
            type $Shape = runtime.v1.PodSandboxNames.$Properties;
        }

        /**
         * Properties of a ListPodSandboxNames.
         * @deprecated Use runtime.v1.ListPodSandboxNames.$Properties instead.
         */
        interface IListPodSandboxNames extends runtime.v1.ListPodSandboxNames.$Properties {
        }

        /** Represents a ListPodSandboxNames. */
        class ListPodSandboxNames {

            /**
             * Constructs a new ListPodSandboxNames.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ListPodSandboxNames.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListPodSandboxNames items. */
            items: runtime.v1.PodSandboxNames.$Properties[];

            /**
             * Creates a new ListPodSandboxNames instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListPodSandboxNames instance
             */
            static create(properties: runtime.v1.ListPodSandboxNames.$Shape): runtime.v1.ListPodSandboxNames & runtime.v1.ListPodSandboxNames.$Shape;
            static create(properties?: runtime.v1.ListPodSandboxNames.$Properties): runtime.v1.ListPodSandboxNames;

            /**
             * Encodes the specified ListPodSandboxNames message. Does not implicitly {@link runtime.v1.ListPodSandboxNames.verify|verify} messages.
             * @param m ListPodSandboxNames message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ListPodSandboxNames.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListPodSandboxNames message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ListPodSandboxNames & runtime.v1.ListPodSandboxNames.$Shape} ListPodSandboxNames
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ListPodSandboxNames & runtime.v1.ListPodSandboxNames.$Shape;

            /**
             * Creates a ListPodSandboxNames message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListPodSandboxNames
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ListPodSandboxNames;

            /**
             * Creates a plain object from a ListPodSandboxNames message. Also converts values to other types if specified.
             * @param m ListPodSandboxNames
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ListPodSandboxNames, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListPodSandboxNames to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListPodSandboxNames
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListPodSandboxNames {

            /** Properties of a ListPodSandboxNames. */
            interface $Properties {

                /** ListPodSandboxNames items */
                items?: (runtime.v1.PodSandboxNames.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListPodSandboxNames. */
            type $Shape = runtime.v1.ListPodSandboxNames.$Properties;
        }

        /**
         * Properties of a ContainerNames.
         * @deprecated Use runtime.v1.ContainerNames.$Properties instead.
         */
        interface IContainerNames extends runtime.v1.ContainerNames.$Properties {
        }

        /** Represents a ContainerNames. */
        class ContainerNames {

            /**
             * Constructs a new ContainerNames.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ContainerNames.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerNames id. */
            id: string;

            /** ContainerNames podSandboxId. */
            podSandboxId: string;

            /** ContainerNames metadata. */
            metadata?: (runtime.v1.ContainerMetadata.$Properties|null);

            /** ContainerNames state. */
            state: runtime.v1.ContainerState;

            /** ContainerNames createdAt. */
            createdAt: (number|Long);

            /**
             * Creates a new ContainerNames instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerNames instance
             */
            static create(properties: runtime.v1.ContainerNames.$Shape): runtime.v1.ContainerNames & runtime.v1.ContainerNames.$Shape;
            static create(properties?: runtime.v1.ContainerNames.$Properties): runtime.v1.ContainerNames;

            /**
             * Encodes the specified ContainerNames message. Does not implicitly {@link runtime.v1.ContainerNames.verify|verify} messages.
             * @param m ContainerNames message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ContainerNames.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerNames message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerNames & runtime.v1.ContainerNames.$Shape} ContainerNames
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ContainerNames & runtime.v1.ContainerNames.$Shape;

            /**
             * Creates a ContainerNames message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContainerNames
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ContainerNames;

            /**
             * Creates a plain object from a ContainerNames message. Also converts values to other types if specified.
             * @param m ContainerNames
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ContainerNames, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerNames to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerNames
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerNames {

            /** Properties of a ContainerNames. */
            interface $Properties {

                /** ContainerNames id */
                id?: (string|null);

                /** ContainerNames podSandboxId */
                podSandboxId?: (string|null);

                /** ContainerNames metadata */
                metadata?: (runtime.v1.ContainerMetadata.$Properties|null);

                /** ContainerNames state */
                state?: (runtime.v1.ContainerState|null);

                /** ContainerNames createdAt */
                createdAt?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerNames. */
            type $Shape = runtime.v1.ContainerNames.$Properties;
        }

        /**
         * Properties of a ListContainerNames.
         * @deprecated Use runtime.v1.ListContainerNames.$Properties instead.
         */
        interface IListContainerNames extends runtime.v1.ListContainerNames.$Properties {
        }

        /** Represents a ListContainerNames. */
        class ListContainerNames {

            /**
             * Constructs a new ListContainerNames.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ListContainerNames.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListContainerNames containers. */
            containers: runtime.v1.ContainerNames.$Properties[];

            /**
             * Creates a new ListContainerNames instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListContainerNames instance
             */
            static create(properties: runtime.v1.ListContainerNames.$Shape): runtime.v1.ListContainerNames & runtime.v1.ListContainerNames.$Shape;
            static create(properties?: runtime.v1.ListContainerNames.$Properties): runtime.v1.ListContainerNames;

            /**
             * Encodes the specified ListContainerNames message. Does not implicitly {@link runtime.v1.ListContainerNames.verify|verify} messages.
             * @param m ListContainerNames message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ListContainerNames.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListContainerNames message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ListContainerNames & runtime.v1.ListContainerNames.$Shape} ListContainerNames
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ListContainerNames & runtime.v1.ListContainerNames.$Shape;

            /**
             * Creates a ListContainerNames message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListContainerNames
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ListContainerNames;

            /**
             * Creates a plain object from a ListContainerNames message. Also converts values to other types if specified.
             * @param m ListContainerNames
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ListContainerNames, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListContainerNames to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListContainerNames
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainerNames {

            /** Properties of a ListContainerNames. */
            interface $Properties {

                /** ListContainerNames containers */
                containers?: (runtime.v1.ContainerNames.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListContainerNames. */
            type $Shape = runtime.v1.ListContainerNames.$Properties;
        }

        /**
         * Properties of a ContainerStatusRequest.
         * @deprecated Use runtime.v1.ContainerStatusRequest.$Properties instead.
         */
        interface IContainerStatusRequest extends runtime.v1.ContainerStatusRequest.$Properties {
        }

        /** Represents a ContainerStatusRequest. */
        class ContainerStatusRequest {

            /**
             * Constructs a new ContainerStatusRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ContainerStatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerStatusRequest containerId. */
            containerId: string;

            /** ContainerStatusRequest verbose. */
            verbose: boolean;

            /**
             * Creates a new ContainerStatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatusRequest instance
             */
            static create(properties: runtime.v1.ContainerStatusRequest.$Shape): runtime.v1.ContainerStatusRequest & runtime.v1.ContainerStatusRequest.$Shape;
            static create(properties?: runtime.v1.ContainerStatusRequest.$Properties): runtime.v1.ContainerStatusRequest;

            /**
             * Encodes the specified ContainerStatusRequest message. Does not implicitly {@link runtime.v1.ContainerStatusRequest.verify|verify} messages.
             * @param m ContainerStatusRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ContainerStatusRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatusRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatusRequest & runtime.v1.ContainerStatusRequest.$Shape} ContainerStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ContainerStatusRequest & runtime.v1.ContainerStatusRequest.$Shape;

            /**
             * Creates a ContainerStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContainerStatusRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ContainerStatusRequest;

            /**
             * Creates a plain object from a ContainerStatusRequest message. Also converts values to other types if specified.
             * @param m ContainerStatusRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ContainerStatusRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerStatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerStatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatusRequest {

            /** Properties of a ContainerStatusRequest. */
            interface $Properties {

                /** ContainerStatusRequest containerId */
                containerId?: (string|null);

                /** ContainerStatusRequest verbose */
                verbose?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerStatusRequest. */
            type $Shape = runtime.v1.ContainerStatusRequest.$Properties;
        }

        /**
         * Properties of a ContainerStatus.
         * @deprecated Use runtime.v1.ContainerStatus.$Properties instead.
         */
        interface IContainerStatus extends runtime.v1.ContainerStatus.$Properties {
        }

        /** Represents a ContainerStatus. */
        class ContainerStatus {

            /**
             * Constructs a new ContainerStatus.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ContainerStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerStatus id. */
            id: string;

            /** ContainerStatus metadata. */
            metadata?: (runtime.v1.ContainerMetadata.$Properties|null);

            /** ContainerStatus state. */
            state: runtime.v1.ContainerState;

            /** ContainerStatus createdAt. */
            createdAt: (number|Long);

            /** ContainerStatus startedAt. */
            startedAt: (number|Long);

            /** ContainerStatus finishedAt. */
            finishedAt: (number|Long);

            /** ContainerStatus exitCode. */
            exitCode: number;

            /** ContainerStatus image. */
            image?: (runtime.v1.ImageSpec.$Properties|null);

            /** ContainerStatus imageRef. */
            imageRef: string;

            /** ContainerStatus reason. */
            reason: string;

            /** ContainerStatus message. */
            message: string;

            /** ContainerStatus labels. */
            labels: { [k: string]: string };

            /** ContainerStatus annotations. */
            annotations: { [k: string]: string };

            /** ContainerStatus logPath. */
            logPath: string;

            /**
             * Creates a new ContainerStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatus instance
             */
            static create(properties: runtime.v1.ContainerStatus.$Shape): runtime.v1.ContainerStatus & runtime.v1.ContainerStatus.$Shape;
            static create(properties?: runtime.v1.ContainerStatus.$Properties): runtime.v1.ContainerStatus;

            /**
             * Encodes the specified ContainerStatus message. Does not implicitly {@link runtime.v1.ContainerStatus.verify|verify} messages.
             * @param m ContainerStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ContainerStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatus & runtime.v1.ContainerStatus.$Shape} ContainerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ContainerStatus & runtime.v1.ContainerStatus.$Shape;

            /**
             * Creates a ContainerStatus message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContainerStatus
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ContainerStatus;

            /**
             * Creates a plain object from a ContainerStatus message. Also converts values to other types if specified.
             * @param m ContainerStatus
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ContainerStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatus {

            /** Properties of a ContainerStatus. */
            interface $Properties {

                /** ContainerStatus id */
                id?: (string|null);

                /** ContainerStatus metadata */
                metadata?: (runtime.v1.ContainerMetadata.$Properties|null);

                /** ContainerStatus state */
                state?: (runtime.v1.ContainerState|null);

                /** ContainerStatus createdAt */
                createdAt?: (number|Long|null);

                /** ContainerStatus startedAt */
                startedAt?: (number|Long|null);

                /** ContainerStatus finishedAt */
                finishedAt?: (number|Long|null);

                /** ContainerStatus exitCode */
                exitCode?: (number|null);

                /** ContainerStatus image */
                image?: (runtime.v1.ImageSpec.$Properties|null);

                /** ContainerStatus imageRef */
                imageRef?: (string|null);

                /** ContainerStatus reason */
                reason?: (string|null);

                /** ContainerStatus message */
                message?: (string|null);

                /** ContainerStatus labels */
                labels?: ({ [k: string]: string }|null);

                /** ContainerStatus annotations */
                annotations?: ({ [k: string]: string }|null);

                /** ContainerStatus logPath */
                logPath?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerStatus. */
            type $Shape = runtime.v1.ContainerStatus.$Properties;
        }

        /**
         * Properties of a ContainerStatusResponse.
         * @deprecated Use runtime.v1.ContainerStatusResponse.$Properties instead.
         */
        interface IContainerStatusResponse extends runtime.v1.ContainerStatusResponse.$Properties {
        }

        /** Represents a ContainerStatusResponse. */
        class ContainerStatusResponse {

            /**
             * Constructs a new ContainerStatusResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ContainerStatusResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerStatusResponse status. */
            status?: (runtime.v1.ContainerStatus.$Properties|null);

            /** ContainerStatusResponse info. */
            info: { [k: string]: string };

            /**
             * Creates a new ContainerStatusResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatusResponse instance
             */
            static create(properties: runtime.v1.ContainerStatusResponse.$Shape): runtime.v1.ContainerStatusResponse & runtime.v1.ContainerStatusResponse.$Shape;
            static create(properties?: runtime.v1.ContainerStatusResponse.$Properties): runtime.v1.ContainerStatusResponse;

            /**
             * Encodes the specified ContainerStatusResponse message. Does not implicitly {@link runtime.v1.ContainerStatusResponse.verify|verify} messages.
             * @param m ContainerStatusResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ContainerStatusResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatusResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatusResponse & runtime.v1.ContainerStatusResponse.$Shape} ContainerStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ContainerStatusResponse & runtime.v1.ContainerStatusResponse.$Shape;

            /**
             * Creates a ContainerStatusResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContainerStatusResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ContainerStatusResponse;

            /**
             * Creates a plain object from a ContainerStatusResponse message. Also converts values to other types if specified.
             * @param m ContainerStatusResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ContainerStatusResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerStatusResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerStatusResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatusResponse {

            /** Properties of a ContainerStatusResponse. */
            interface $Properties {

                /** ContainerStatusResponse status */
                status?: (runtime.v1.ContainerStatus.$Properties|null);

                /** ContainerStatusResponse info */
                info?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerStatusResponse. */
            type $Shape = runtime.v1.ContainerStatusResponse.$Properties;
        }

        /**
         * Properties of a ContainerStatsFilter.
         * @deprecated Use runtime.v1.ContainerStatsFilter.$Properties instead.
         */
        interface IContainerStatsFilter extends runtime.v1.ContainerStatsFilter.$Properties {
        }

        /** Represents a ContainerStatsFilter. */
        class ContainerStatsFilter {

            /**
             * Constructs a new ContainerStatsFilter.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ContainerStatsFilter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerStatsFilter id. */
            id: string;

            /** ContainerStatsFilter podSandboxId. */
            podSandboxId: string;

            /** ContainerStatsFilter labelSelector. */
            labelSelector: { [k: string]: string };

            /**
             * Creates a new ContainerStatsFilter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatsFilter instance
             */
            static create(properties: runtime.v1.ContainerStatsFilter.$Shape): runtime.v1.ContainerStatsFilter & runtime.v1.ContainerStatsFilter.$Shape;
            static create(properties?: runtime.v1.ContainerStatsFilter.$Properties): runtime.v1.ContainerStatsFilter;

            /**
             * Encodes the specified ContainerStatsFilter message. Does not implicitly {@link runtime.v1.ContainerStatsFilter.verify|verify} messages.
             * @param m ContainerStatsFilter message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ContainerStatsFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatsFilter message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatsFilter & runtime.v1.ContainerStatsFilter.$Shape} ContainerStatsFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ContainerStatsFilter & runtime.v1.ContainerStatsFilter.$Shape;

            /**
             * Creates a ContainerStatsFilter message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContainerStatsFilter
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ContainerStatsFilter;

            /**
             * Creates a plain object from a ContainerStatsFilter message. Also converts values to other types if specified.
             * @param m ContainerStatsFilter
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ContainerStatsFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerStatsFilter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerStatsFilter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatsFilter {

            /** Properties of a ContainerStatsFilter. */
            interface $Properties {

                /** ContainerStatsFilter id */
                id?: (string|null);

                /** ContainerStatsFilter podSandboxId */
                podSandboxId?: (string|null);

                /** ContainerStatsFilter labelSelector */
                labelSelector?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerStatsFilter. */
            type $Shape = runtime.v1.ContainerStatsFilter.$Properties;
        }

        /**
         * Properties of a ListContainerStatsRequest.
         * @deprecated Use runtime.v1.ListContainerStatsRequest.$Properties instead.
         */
        interface IListContainerStatsRequest extends runtime.v1.ListContainerStatsRequest.$Properties {
        }

        /** Represents a ListContainerStatsRequest. */
        class ListContainerStatsRequest {

            /**
             * Constructs a new ListContainerStatsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ListContainerStatsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListContainerStatsRequest filter. */
            filter?: (runtime.v1.ContainerStatsFilter.$Properties|null);

            /**
             * Creates a new ListContainerStatsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListContainerStatsRequest instance
             */
            static create(properties: runtime.v1.ListContainerStatsRequest.$Shape): runtime.v1.ListContainerStatsRequest & runtime.v1.ListContainerStatsRequest.$Shape;
            static create(properties?: runtime.v1.ListContainerStatsRequest.$Properties): runtime.v1.ListContainerStatsRequest;

            /**
             * Encodes the specified ListContainerStatsRequest message. Does not implicitly {@link runtime.v1.ListContainerStatsRequest.verify|verify} messages.
             * @param m ListContainerStatsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ListContainerStatsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListContainerStatsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ListContainerStatsRequest & runtime.v1.ListContainerStatsRequest.$Shape} ListContainerStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ListContainerStatsRequest & runtime.v1.ListContainerStatsRequest.$Shape;

            /**
             * Creates a ListContainerStatsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListContainerStatsRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ListContainerStatsRequest;

            /**
             * Creates a plain object from a ListContainerStatsRequest message. Also converts values to other types if specified.
             * @param m ListContainerStatsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ListContainerStatsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListContainerStatsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListContainerStatsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainerStatsRequest {

            /** Properties of a ListContainerStatsRequest. */
            interface $Properties {

                /** ListContainerStatsRequest filter */
                filter?: (runtime.v1.ContainerStatsFilter.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListContainerStatsRequest. */
            type $Shape = runtime.v1.ListContainerStatsRequest.$Properties;
        }

        /**
         * Properties of a ContainerAttributes.
         * @deprecated Use runtime.v1.ContainerAttributes.$Properties instead.
         */
        interface IContainerAttributes extends runtime.v1.ContainerAttributes.$Properties {
        }

        /** Represents a ContainerAttributes. */
        class ContainerAttributes {

            /**
             * Constructs a new ContainerAttributes.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ContainerAttributes.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerAttributes id. */
            id: string;

            /** ContainerAttributes metadata. */
            metadata?: (runtime.v1.ContainerMetadata.$Properties|null);

            /** ContainerAttributes labels. */
            labels: { [k: string]: string };

            /** ContainerAttributes annotations. */
            annotations: { [k: string]: string };

            /**
             * Creates a new ContainerAttributes instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerAttributes instance
             */
            static create(properties: runtime.v1.ContainerAttributes.$Shape): runtime.v1.ContainerAttributes & runtime.v1.ContainerAttributes.$Shape;
            static create(properties?: runtime.v1.ContainerAttributes.$Properties): runtime.v1.ContainerAttributes;

            /**
             * Encodes the specified ContainerAttributes message. Does not implicitly {@link runtime.v1.ContainerAttributes.verify|verify} messages.
             * @param m ContainerAttributes message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ContainerAttributes.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerAttributes message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerAttributes & runtime.v1.ContainerAttributes.$Shape} ContainerAttributes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ContainerAttributes & runtime.v1.ContainerAttributes.$Shape;

            /**
             * Creates a ContainerAttributes message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContainerAttributes
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ContainerAttributes;

            /**
             * Creates a plain object from a ContainerAttributes message. Also converts values to other types if specified.
             * @param m ContainerAttributes
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ContainerAttributes, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerAttributes to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerAttributes
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerAttributes {

            /** Properties of a ContainerAttributes. */
            interface $Properties {

                /** ContainerAttributes id */
                id?: (string|null);

                /** ContainerAttributes metadata */
                metadata?: (runtime.v1.ContainerMetadata.$Properties|null);

                /** ContainerAttributes labels */
                labels?: ({ [k: string]: string }|null);

                /** ContainerAttributes annotations */
                annotations?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerAttributes. */
            type $Shape = runtime.v1.ContainerAttributes.$Properties;
        }

        /**
         * Properties of a CpuUsage.
         * @deprecated Use runtime.v1.CpuUsage.$Properties instead.
         */
        interface ICpuUsage extends runtime.v1.CpuUsage.$Properties {
        }

        /** Represents a CpuUsage. */
        class CpuUsage {

            /**
             * Constructs a new CpuUsage.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.CpuUsage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CpuUsage timestamp. */
            timestamp: (number|Long);

            /** CpuUsage usageCoreNanoSeconds. */
            usageCoreNanoSeconds?: (runtime.v1.UInt64Value.$Properties|null);

            /** CpuUsage usageNanoCores. */
            usageNanoCores?: (runtime.v1.UInt64Value.$Properties|null);

            /**
             * Creates a new CpuUsage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CpuUsage instance
             */
            static create(properties: runtime.v1.CpuUsage.$Shape): runtime.v1.CpuUsage & runtime.v1.CpuUsage.$Shape;
            static create(properties?: runtime.v1.CpuUsage.$Properties): runtime.v1.CpuUsage;

            /**
             * Encodes the specified CpuUsage message. Does not implicitly {@link runtime.v1.CpuUsage.verify|verify} messages.
             * @param m CpuUsage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.CpuUsage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CpuUsage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.CpuUsage & runtime.v1.CpuUsage.$Shape} CpuUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.CpuUsage & runtime.v1.CpuUsage.$Shape;

            /**
             * Creates a CpuUsage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CpuUsage
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.CpuUsage;

            /**
             * Creates a plain object from a CpuUsage message. Also converts values to other types if specified.
             * @param m CpuUsage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.CpuUsage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CpuUsage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CpuUsage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CpuUsage {

            /** Properties of a CpuUsage. */
            interface $Properties {

                /** CpuUsage timestamp */
                timestamp?: (number|Long|null);

                /** CpuUsage usageCoreNanoSeconds */
                usageCoreNanoSeconds?: (runtime.v1.UInt64Value.$Properties|null);

                /** CpuUsage usageNanoCores */
                usageNanoCores?: (runtime.v1.UInt64Value.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CpuUsage. */
            type $Shape = runtime.v1.CpuUsage.$Properties;
        }

        /**
         * Properties of a MemoryUsage.
         * @deprecated Use runtime.v1.MemoryUsage.$Properties instead.
         */
        interface IMemoryUsage extends runtime.v1.MemoryUsage.$Properties {
        }

        /** Represents a MemoryUsage. */
        class MemoryUsage {

            /**
             * Constructs a new MemoryUsage.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.MemoryUsage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemoryUsage timestamp. */
            timestamp: (number|Long);

            /** MemoryUsage workingSetBytes. */
            workingSetBytes?: (runtime.v1.UInt64Value.$Properties|null);

            /** MemoryUsage availableBytes. */
            availableBytes?: (runtime.v1.UInt64Value.$Properties|null);

            /** MemoryUsage usageBytes. */
            usageBytes?: (runtime.v1.UInt64Value.$Properties|null);

            /** MemoryUsage rssBytes. */
            rssBytes?: (runtime.v1.UInt64Value.$Properties|null);

            /** MemoryUsage pageFaults. */
            pageFaults?: (runtime.v1.UInt64Value.$Properties|null);

            /** MemoryUsage majorPageFaults. */
            majorPageFaults?: (runtime.v1.UInt64Value.$Properties|null);

            /**
             * Creates a new MemoryUsage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemoryUsage instance
             */
            static create(properties: runtime.v1.MemoryUsage.$Shape): runtime.v1.MemoryUsage & runtime.v1.MemoryUsage.$Shape;
            static create(properties?: runtime.v1.MemoryUsage.$Properties): runtime.v1.MemoryUsage;

            /**
             * Encodes the specified MemoryUsage message. Does not implicitly {@link runtime.v1.MemoryUsage.verify|verify} messages.
             * @param m MemoryUsage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.MemoryUsage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemoryUsage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.MemoryUsage & runtime.v1.MemoryUsage.$Shape} MemoryUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.MemoryUsage & runtime.v1.MemoryUsage.$Shape;

            /**
             * Creates a MemoryUsage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns MemoryUsage
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.MemoryUsage;

            /**
             * Creates a plain object from a MemoryUsage message. Also converts values to other types if specified.
             * @param m MemoryUsage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.MemoryUsage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemoryUsage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemoryUsage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemoryUsage {

            /** Properties of a MemoryUsage. */
            interface $Properties {

                /** MemoryUsage timestamp */
                timestamp?: (number|Long|null);

                /** MemoryUsage workingSetBytes */
                workingSetBytes?: (runtime.v1.UInt64Value.$Properties|null);

                /** MemoryUsage availableBytes */
                availableBytes?: (runtime.v1.UInt64Value.$Properties|null);

                /** MemoryUsage usageBytes */
                usageBytes?: (runtime.v1.UInt64Value.$Properties|null);

                /** MemoryUsage rssBytes */
                rssBytes?: (runtime.v1.UInt64Value.$Properties|null);

                /** MemoryUsage pageFaults */
                pageFaults?: (runtime.v1.UInt64Value.$Properties|null);

                /** MemoryUsage majorPageFaults */
                majorPageFaults?: (runtime.v1.UInt64Value.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemoryUsage. */
            type $Shape = runtime.v1.MemoryUsage.$Properties;
        }

        /**
         * Properties of a FilesystemIdentifier.
         * @deprecated Use runtime.v1.FilesystemIdentifier.$Properties instead.
         */
        interface IFilesystemIdentifier extends runtime.v1.FilesystemIdentifier.$Properties {
        }

        /** Represents a FilesystemIdentifier. */
        class FilesystemIdentifier {

            /**
             * Constructs a new FilesystemIdentifier.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.FilesystemIdentifier.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FilesystemIdentifier mountpoint. */
            mountpoint: string;

            /**
             * Creates a new FilesystemIdentifier instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilesystemIdentifier instance
             */
            static create(properties: runtime.v1.FilesystemIdentifier.$Shape): runtime.v1.FilesystemIdentifier & runtime.v1.FilesystemIdentifier.$Shape;
            static create(properties?: runtime.v1.FilesystemIdentifier.$Properties): runtime.v1.FilesystemIdentifier;

            /**
             * Encodes the specified FilesystemIdentifier message. Does not implicitly {@link runtime.v1.FilesystemIdentifier.verify|verify} messages.
             * @param m FilesystemIdentifier message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.FilesystemIdentifier.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilesystemIdentifier message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.FilesystemIdentifier & runtime.v1.FilesystemIdentifier.$Shape} FilesystemIdentifier
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.FilesystemIdentifier & runtime.v1.FilesystemIdentifier.$Shape;

            /**
             * Creates a FilesystemIdentifier message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FilesystemIdentifier
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.FilesystemIdentifier;

            /**
             * Creates a plain object from a FilesystemIdentifier message. Also converts values to other types if specified.
             * @param m FilesystemIdentifier
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.FilesystemIdentifier, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FilesystemIdentifier to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FilesystemIdentifier
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FilesystemIdentifier {

            /** Properties of a FilesystemIdentifier. */
            interface $Properties {

                /** FilesystemIdentifier mountpoint */
                mountpoint?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FilesystemIdentifier. */
            type $Shape = runtime.v1.FilesystemIdentifier.$Properties;
        }

        /**
         * Properties of a FilesystemUsage.
         * @deprecated Use runtime.v1.FilesystemUsage.$Properties instead.
         */
        interface IFilesystemUsage extends runtime.v1.FilesystemUsage.$Properties {
        }

        /** Represents a FilesystemUsage. */
        class FilesystemUsage {

            /**
             * Constructs a new FilesystemUsage.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.FilesystemUsage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FilesystemUsage timestamp. */
            timestamp: (number|Long);

            /** FilesystemUsage fsId. */
            fsId?: (runtime.v1.FilesystemIdentifier.$Properties|null);

            /** FilesystemUsage usedBytes. */
            usedBytes?: (runtime.v1.UInt64Value.$Properties|null);

            /** FilesystemUsage inodesUsed. */
            inodesUsed?: (runtime.v1.UInt64Value.$Properties|null);

            /**
             * Creates a new FilesystemUsage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilesystemUsage instance
             */
            static create(properties: runtime.v1.FilesystemUsage.$Shape): runtime.v1.FilesystemUsage & runtime.v1.FilesystemUsage.$Shape;
            static create(properties?: runtime.v1.FilesystemUsage.$Properties): runtime.v1.FilesystemUsage;

            /**
             * Encodes the specified FilesystemUsage message. Does not implicitly {@link runtime.v1.FilesystemUsage.verify|verify} messages.
             * @param m FilesystemUsage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.FilesystemUsage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilesystemUsage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.FilesystemUsage & runtime.v1.FilesystemUsage.$Shape} FilesystemUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.FilesystemUsage & runtime.v1.FilesystemUsage.$Shape;

            /**
             * Creates a FilesystemUsage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FilesystemUsage
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.FilesystemUsage;

            /**
             * Creates a plain object from a FilesystemUsage message. Also converts values to other types if specified.
             * @param m FilesystemUsage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.FilesystemUsage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FilesystemUsage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FilesystemUsage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FilesystemUsage {

            /** Properties of a FilesystemUsage. */
            interface $Properties {

                /** FilesystemUsage timestamp */
                timestamp?: (number|Long|null);

                /** FilesystemUsage fsId */
                fsId?: (runtime.v1.FilesystemIdentifier.$Properties|null);

                /** FilesystemUsage usedBytes */
                usedBytes?: (runtime.v1.UInt64Value.$Properties|null);

                /** FilesystemUsage inodesUsed */
                inodesUsed?: (runtime.v1.UInt64Value.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FilesystemUsage. */
            type $Shape = runtime.v1.FilesystemUsage.$Properties;
        }

        /**
         * Properties of a ContainerStats.
         * @deprecated Use runtime.v1.ContainerStats.$Properties instead.
         */
        interface IContainerStats extends runtime.v1.ContainerStats.$Properties {
        }

        /** Represents a ContainerStats. */
        class ContainerStats {

            /**
             * Constructs a new ContainerStats.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ContainerStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerStats attributes. */
            attributes?: (runtime.v1.ContainerAttributes.$Properties|null);

            /** ContainerStats cpu. */
            cpu?: (runtime.v1.CpuUsage.$Properties|null);

            /** ContainerStats memory. */
            memory?: (runtime.v1.MemoryUsage.$Properties|null);

            /** ContainerStats writableLayer. */
            writableLayer?: (runtime.v1.FilesystemUsage.$Properties|null);

            /**
             * Creates a new ContainerStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStats instance
             */
            static create(properties: runtime.v1.ContainerStats.$Shape): runtime.v1.ContainerStats & runtime.v1.ContainerStats.$Shape;
            static create(properties?: runtime.v1.ContainerStats.$Properties): runtime.v1.ContainerStats;

            /**
             * Encodes the specified ContainerStats message. Does not implicitly {@link runtime.v1.ContainerStats.verify|verify} messages.
             * @param m ContainerStats message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ContainerStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStats message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerStats & runtime.v1.ContainerStats.$Shape} ContainerStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ContainerStats & runtime.v1.ContainerStats.$Shape;

            /**
             * Creates a ContainerStats message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContainerStats
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ContainerStats;

            /**
             * Creates a plain object from a ContainerStats message. Also converts values to other types if specified.
             * @param m ContainerStats
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ContainerStats, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerStats to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerStats
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStats {

            /** Properties of a ContainerStats. */
            interface $Properties {

                /** ContainerStats attributes */
                attributes?: (runtime.v1.ContainerAttributes.$Properties|null);

                /** ContainerStats cpu */
                cpu?: (runtime.v1.CpuUsage.$Properties|null);

                /** ContainerStats memory */
                memory?: (runtime.v1.MemoryUsage.$Properties|null);

                /** ContainerStats writableLayer */
                writableLayer?: (runtime.v1.FilesystemUsage.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerStats. */
            type $Shape = runtime.v1.ContainerStats.$Properties;
        }

        /**
         * Properties of a ListContainerStatsResponse.
         * @deprecated Use runtime.v1.ListContainerStatsResponse.$Properties instead.
         */
        interface IListContainerStatsResponse extends runtime.v1.ListContainerStatsResponse.$Properties {
        }

        /** Represents a ListContainerStatsResponse. */
        class ListContainerStatsResponse {

            /**
             * Constructs a new ListContainerStatsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ListContainerStatsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListContainerStatsResponse stats. */
            stats: runtime.v1.ContainerStats.$Properties[];

            /**
             * Creates a new ListContainerStatsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListContainerStatsResponse instance
             */
            static create(properties: runtime.v1.ListContainerStatsResponse.$Shape): runtime.v1.ListContainerStatsResponse & runtime.v1.ListContainerStatsResponse.$Shape;
            static create(properties?: runtime.v1.ListContainerStatsResponse.$Properties): runtime.v1.ListContainerStatsResponse;

            /**
             * Encodes the specified ListContainerStatsResponse message. Does not implicitly {@link runtime.v1.ListContainerStatsResponse.verify|verify} messages.
             * @param m ListContainerStatsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ListContainerStatsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListContainerStatsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ListContainerStatsResponse & runtime.v1.ListContainerStatsResponse.$Shape} ListContainerStatsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ListContainerStatsResponse & runtime.v1.ListContainerStatsResponse.$Shape;

            /**
             * Creates a ListContainerStatsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListContainerStatsResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ListContainerStatsResponse;

            /**
             * Creates a plain object from a ListContainerStatsResponse message. Also converts values to other types if specified.
             * @param m ListContainerStatsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ListContainerStatsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListContainerStatsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListContainerStatsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainerStatsResponse {

            /** Properties of a ListContainerStatsResponse. */
            interface $Properties {

                /** ListContainerStatsResponse stats */
                stats?: (runtime.v1.ContainerStats.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListContainerStatsResponse. */
            type $Shape = runtime.v1.ListContainerStatsResponse.$Properties;
        }

        /**
         * Properties of a PodSandboxStatsFilter.
         * @deprecated Use runtime.v1.PodSandboxStatsFilter.$Properties instead.
         */
        interface IPodSandboxStatsFilter extends runtime.v1.PodSandboxStatsFilter.$Properties {
        }

        /** Represents a PodSandboxStatsFilter. */
        class PodSandboxStatsFilter {

            /**
             * Constructs a new PodSandboxStatsFilter.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.PodSandboxStatsFilter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodSandboxStatsFilter id. */
            id: string;

            /** PodSandboxStatsFilter labelSelector. */
            labelSelector: { [k: string]: string };

            /**
             * Creates a new PodSandboxStatsFilter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxStatsFilter instance
             */
            static create(properties: runtime.v1.PodSandboxStatsFilter.$Shape): runtime.v1.PodSandboxStatsFilter & runtime.v1.PodSandboxStatsFilter.$Shape;
            static create(properties?: runtime.v1.PodSandboxStatsFilter.$Properties): runtime.v1.PodSandboxStatsFilter;

            /**
             * Encodes the specified PodSandboxStatsFilter message. Does not implicitly {@link runtime.v1.PodSandboxStatsFilter.verify|verify} messages.
             * @param m PodSandboxStatsFilter message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.PodSandboxStatsFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxStatsFilter message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxStatsFilter & runtime.v1.PodSandboxStatsFilter.$Shape} PodSandboxStatsFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.PodSandboxStatsFilter & runtime.v1.PodSandboxStatsFilter.$Shape;

            /**
             * Creates a PodSandboxStatsFilter message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PodSandboxStatsFilter
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.PodSandboxStatsFilter;

            /**
             * Creates a plain object from a PodSandboxStatsFilter message. Also converts values to other types if specified.
             * @param m PodSandboxStatsFilter
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.PodSandboxStatsFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PodSandboxStatsFilter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PodSandboxStatsFilter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodSandboxStatsFilter {

            /** Properties of a PodSandboxStatsFilter. */
            interface $Properties {

                /** PodSandboxStatsFilter id */
                id?: (string|null);

                /** PodSandboxStatsFilter labelSelector */
                labelSelector?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodSandboxStatsFilter. */
            type $Shape = runtime.v1.PodSandboxStatsFilter.$Properties;
        }

        /**
         * Properties of a ListPodSandboxStatsRequest.
         * @deprecated Use runtime.v1.ListPodSandboxStatsRequest.$Properties instead.
         */
        interface IListPodSandboxStatsRequest extends runtime.v1.ListPodSandboxStatsRequest.$Properties {
        }

        /** Represents a ListPodSandboxStatsRequest. */
        class ListPodSandboxStatsRequest {

            /**
             * Constructs a new ListPodSandboxStatsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ListPodSandboxStatsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListPodSandboxStatsRequest filter. */
            filter?: (runtime.v1.PodSandboxStatsFilter.$Properties|null);

            /**
             * Creates a new ListPodSandboxStatsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListPodSandboxStatsRequest instance
             */
            static create(properties: runtime.v1.ListPodSandboxStatsRequest.$Shape): runtime.v1.ListPodSandboxStatsRequest & runtime.v1.ListPodSandboxStatsRequest.$Shape;
            static create(properties?: runtime.v1.ListPodSandboxStatsRequest.$Properties): runtime.v1.ListPodSandboxStatsRequest;

            /**
             * Encodes the specified ListPodSandboxStatsRequest message. Does not implicitly {@link runtime.v1.ListPodSandboxStatsRequest.verify|verify} messages.
             * @param m ListPodSandboxStatsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ListPodSandboxStatsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListPodSandboxStatsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ListPodSandboxStatsRequest & runtime.v1.ListPodSandboxStatsRequest.$Shape} ListPodSandboxStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ListPodSandboxStatsRequest & runtime.v1.ListPodSandboxStatsRequest.$Shape;

            /**
             * Creates a ListPodSandboxStatsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListPodSandboxStatsRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ListPodSandboxStatsRequest;

            /**
             * Creates a plain object from a ListPodSandboxStatsRequest message. Also converts values to other types if specified.
             * @param m ListPodSandboxStatsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ListPodSandboxStatsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListPodSandboxStatsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListPodSandboxStatsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListPodSandboxStatsRequest {

            /** Properties of a ListPodSandboxStatsRequest. */
            interface $Properties {

                /** ListPodSandboxStatsRequest filter */
                filter?: (runtime.v1.PodSandboxStatsFilter.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListPodSandboxStatsRequest. */
            type $Shape = runtime.v1.ListPodSandboxStatsRequest.$Properties;
        }

        /**
         * Properties of a PodSandboxAttributes.
         * @deprecated Use runtime.v1.PodSandboxAttributes.$Properties instead.
         */
        interface IPodSandboxAttributes extends runtime.v1.PodSandboxAttributes.$Properties {
        }

        /** Represents a PodSandboxAttributes. */
        class PodSandboxAttributes {

            /**
             * Constructs a new PodSandboxAttributes.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.PodSandboxAttributes.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodSandboxAttributes id. */
            id: string;

            /** PodSandboxAttributes metadata. */
            metadata?: (runtime.v1.PodSandboxMetadata.$Properties|null);

            /** PodSandboxAttributes labels. */
            labels: { [k: string]: string };

            /** PodSandboxAttributes annotations. */
            annotations: { [k: string]: string };

            /**
             * Creates a new PodSandboxAttributes instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxAttributes instance
             */
            static create(properties: runtime.v1.PodSandboxAttributes.$Shape): runtime.v1.PodSandboxAttributes & runtime.v1.PodSandboxAttributes.$Shape;
            static create(properties?: runtime.v1.PodSandboxAttributes.$Properties): runtime.v1.PodSandboxAttributes;

            /**
             * Encodes the specified PodSandboxAttributes message. Does not implicitly {@link runtime.v1.PodSandboxAttributes.verify|verify} messages.
             * @param m PodSandboxAttributes message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.PodSandboxAttributes.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxAttributes message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxAttributes & runtime.v1.PodSandboxAttributes.$Shape} PodSandboxAttributes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.PodSandboxAttributes & runtime.v1.PodSandboxAttributes.$Shape;

            /**
             * Creates a PodSandboxAttributes message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PodSandboxAttributes
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.PodSandboxAttributes;

            /**
             * Creates a plain object from a PodSandboxAttributes message. Also converts values to other types if specified.
             * @param m PodSandboxAttributes
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.PodSandboxAttributes, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PodSandboxAttributes to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PodSandboxAttributes
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodSandboxAttributes {

            /** Properties of a PodSandboxAttributes. */
            interface $Properties {

                /** PodSandboxAttributes id */
                id?: (string|null);

                /** PodSandboxAttributes metadata */
                metadata?: (runtime.v1.PodSandboxMetadata.$Properties|null);

                /** PodSandboxAttributes labels */
                labels?: ({ [k: string]: string }|null);

                /** PodSandboxAttributes annotations */
                annotations?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodSandboxAttributes. */
            type $Shape = runtime.v1.PodSandboxAttributes.$Properties;
        }

        /**
         * Properties of a NetworkInterfaceUsage.
         * @deprecated Use runtime.v1.NetworkInterfaceUsage.$Properties instead.
         */
        interface INetworkInterfaceUsage extends runtime.v1.NetworkInterfaceUsage.$Properties {
        }

        /** Represents a NetworkInterfaceUsage. */
        class NetworkInterfaceUsage {

            /**
             * Constructs a new NetworkInterfaceUsage.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.NetworkInterfaceUsage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkInterfaceUsage name. */
            name: string;

            /** NetworkInterfaceUsage rxBytes. */
            rxBytes?: (runtime.v1.UInt64Value.$Properties|null);

            /** NetworkInterfaceUsage rxErrors. */
            rxErrors?: (runtime.v1.UInt64Value.$Properties|null);

            /** NetworkInterfaceUsage txBytes. */
            txBytes?: (runtime.v1.UInt64Value.$Properties|null);

            /** NetworkInterfaceUsage txErrors. */
            txErrors?: (runtime.v1.UInt64Value.$Properties|null);

            /**
             * Creates a new NetworkInterfaceUsage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkInterfaceUsage instance
             */
            static create(properties: runtime.v1.NetworkInterfaceUsage.$Shape): runtime.v1.NetworkInterfaceUsage & runtime.v1.NetworkInterfaceUsage.$Shape;
            static create(properties?: runtime.v1.NetworkInterfaceUsage.$Properties): runtime.v1.NetworkInterfaceUsage;

            /**
             * Encodes the specified NetworkInterfaceUsage message. Does not implicitly {@link runtime.v1.NetworkInterfaceUsage.verify|verify} messages.
             * @param m NetworkInterfaceUsage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.NetworkInterfaceUsage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkInterfaceUsage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.NetworkInterfaceUsage & runtime.v1.NetworkInterfaceUsage.$Shape} NetworkInterfaceUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.NetworkInterfaceUsage & runtime.v1.NetworkInterfaceUsage.$Shape;

            /**
             * Creates a NetworkInterfaceUsage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns NetworkInterfaceUsage
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.NetworkInterfaceUsage;

            /**
             * Creates a plain object from a NetworkInterfaceUsage message. Also converts values to other types if specified.
             * @param m NetworkInterfaceUsage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.NetworkInterfaceUsage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkInterfaceUsage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkInterfaceUsage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkInterfaceUsage {

            /** Properties of a NetworkInterfaceUsage. */
            interface $Properties {

                /** NetworkInterfaceUsage name */
                name?: (string|null);

                /** NetworkInterfaceUsage rxBytes */
                rxBytes?: (runtime.v1.UInt64Value.$Properties|null);

                /** NetworkInterfaceUsage rxErrors */
                rxErrors?: (runtime.v1.UInt64Value.$Properties|null);

                /** NetworkInterfaceUsage txBytes */
                txBytes?: (runtime.v1.UInt64Value.$Properties|null);

                /** NetworkInterfaceUsage txErrors */
                txErrors?: (runtime.v1.UInt64Value.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkInterfaceUsage. */
            type $Shape = runtime.v1.NetworkInterfaceUsage.$Properties;
        }

        /**
         * Properties of a NetworkUsage.
         * @deprecated Use runtime.v1.NetworkUsage.$Properties instead.
         */
        interface INetworkUsage extends runtime.v1.NetworkUsage.$Properties {
        }

        /** Represents a NetworkUsage. */
        class NetworkUsage {

            /**
             * Constructs a new NetworkUsage.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.NetworkUsage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkUsage timestamp. */
            timestamp: (number|Long);

            /** NetworkUsage defaultInterface. */
            defaultInterface?: (runtime.v1.NetworkInterfaceUsage.$Properties|null);

            /** NetworkUsage interfaces. */
            interfaces: runtime.v1.NetworkInterfaceUsage.$Properties[];

            /**
             * Creates a new NetworkUsage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkUsage instance
             */
            static create(properties: runtime.v1.NetworkUsage.$Shape): runtime.v1.NetworkUsage & runtime.v1.NetworkUsage.$Shape;
            static create(properties?: runtime.v1.NetworkUsage.$Properties): runtime.v1.NetworkUsage;

            /**
             * Encodes the specified NetworkUsage message. Does not implicitly {@link runtime.v1.NetworkUsage.verify|verify} messages.
             * @param m NetworkUsage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.NetworkUsage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkUsage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.NetworkUsage & runtime.v1.NetworkUsage.$Shape} NetworkUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.NetworkUsage & runtime.v1.NetworkUsage.$Shape;

            /**
             * Creates a NetworkUsage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns NetworkUsage
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.NetworkUsage;

            /**
             * Creates a plain object from a NetworkUsage message. Also converts values to other types if specified.
             * @param m NetworkUsage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.NetworkUsage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkUsage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkUsage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkUsage {

            /** Properties of a NetworkUsage. */
            interface $Properties {

                /** NetworkUsage timestamp */
                timestamp?: (number|Long|null);

                /** NetworkUsage defaultInterface */
                defaultInterface?: (runtime.v1.NetworkInterfaceUsage.$Properties|null);

                /** NetworkUsage interfaces */
                interfaces?: (runtime.v1.NetworkInterfaceUsage.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkUsage. */
            type $Shape = runtime.v1.NetworkUsage.$Properties;
        }

        /**
         * Properties of a ProcessUsage.
         * @deprecated Use runtime.v1.ProcessUsage.$Properties instead.
         */
        interface IProcessUsage extends runtime.v1.ProcessUsage.$Properties {
        }

        /** Represents a ProcessUsage. */
        class ProcessUsage {

            /**
             * Constructs a new ProcessUsage.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ProcessUsage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProcessUsage timestamp. */
            timestamp: (number|Long);

            /** ProcessUsage processCount. */
            processCount?: (runtime.v1.UInt64Value.$Properties|null);

            /**
             * Creates a new ProcessUsage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessUsage instance
             */
            static create(properties: runtime.v1.ProcessUsage.$Shape): runtime.v1.ProcessUsage & runtime.v1.ProcessUsage.$Shape;
            static create(properties?: runtime.v1.ProcessUsage.$Properties): runtime.v1.ProcessUsage;

            /**
             * Encodes the specified ProcessUsage message. Does not implicitly {@link runtime.v1.ProcessUsage.verify|verify} messages.
             * @param m ProcessUsage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ProcessUsage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessUsage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ProcessUsage & runtime.v1.ProcessUsage.$Shape} ProcessUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ProcessUsage & runtime.v1.ProcessUsage.$Shape;

            /**
             * Creates a ProcessUsage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProcessUsage
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ProcessUsage;

            /**
             * Creates a plain object from a ProcessUsage message. Also converts values to other types if specified.
             * @param m ProcessUsage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ProcessUsage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessUsage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProcessUsage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcessUsage {

            /** Properties of a ProcessUsage. */
            interface $Properties {

                /** ProcessUsage timestamp */
                timestamp?: (number|Long|null);

                /** ProcessUsage processCount */
                processCount?: (runtime.v1.UInt64Value.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProcessUsage. */
            type $Shape = runtime.v1.ProcessUsage.$Properties;
        }

        /**
         * Properties of a LinuxPodSandboxStats.
         * @deprecated Use runtime.v1.LinuxPodSandboxStats.$Properties instead.
         */
        interface ILinuxPodSandboxStats extends runtime.v1.LinuxPodSandboxStats.$Properties {
        }

        /** Represents a LinuxPodSandboxStats. */
        class LinuxPodSandboxStats {

            /**
             * Constructs a new LinuxPodSandboxStats.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.LinuxPodSandboxStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LinuxPodSandboxStats cpu. */
            cpu?: (runtime.v1.CpuUsage.$Properties|null);

            /** LinuxPodSandboxStats memory. */
            memory?: (runtime.v1.MemoryUsage.$Properties|null);

            /** LinuxPodSandboxStats network. */
            network?: (runtime.v1.NetworkUsage.$Properties|null);

            /** LinuxPodSandboxStats process. */
            process?: (runtime.v1.ProcessUsage.$Properties|null);

            /** LinuxPodSandboxStats containers. */
            containers: runtime.v1.ContainerStats.$Properties[];

            /**
             * Creates a new LinuxPodSandboxStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinuxPodSandboxStats instance
             */
            static create(properties: runtime.v1.LinuxPodSandboxStats.$Shape): runtime.v1.LinuxPodSandboxStats & runtime.v1.LinuxPodSandboxStats.$Shape;
            static create(properties?: runtime.v1.LinuxPodSandboxStats.$Properties): runtime.v1.LinuxPodSandboxStats;

            /**
             * Encodes the specified LinuxPodSandboxStats message. Does not implicitly {@link runtime.v1.LinuxPodSandboxStats.verify|verify} messages.
             * @param m LinuxPodSandboxStats message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.LinuxPodSandboxStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinuxPodSandboxStats message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.LinuxPodSandboxStats & runtime.v1.LinuxPodSandboxStats.$Shape} LinuxPodSandboxStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.LinuxPodSandboxStats & runtime.v1.LinuxPodSandboxStats.$Shape;

            /**
             * Creates a LinuxPodSandboxStats message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LinuxPodSandboxStats
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.LinuxPodSandboxStats;

            /**
             * Creates a plain object from a LinuxPodSandboxStats message. Also converts values to other types if specified.
             * @param m LinuxPodSandboxStats
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.LinuxPodSandboxStats, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LinuxPodSandboxStats to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LinuxPodSandboxStats
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LinuxPodSandboxStats {

            /** Properties of a LinuxPodSandboxStats. */
            interface $Properties {

                /** LinuxPodSandboxStats cpu */
                cpu?: (runtime.v1.CpuUsage.$Properties|null);

                /** LinuxPodSandboxStats memory */
                memory?: (runtime.v1.MemoryUsage.$Properties|null);

                /** LinuxPodSandboxStats network */
                network?: (runtime.v1.NetworkUsage.$Properties|null);

                /** LinuxPodSandboxStats process */
                process?: (runtime.v1.ProcessUsage.$Properties|null);

                /** LinuxPodSandboxStats containers */
                containers?: (runtime.v1.ContainerStats.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LinuxPodSandboxStats. */
            type $Shape = runtime.v1.LinuxPodSandboxStats.$Properties;
        }

        /**
         * Properties of a PodSandboxStats.
         * @deprecated Use runtime.v1.PodSandboxStats.$Properties instead.
         */
        interface IPodSandboxStats extends runtime.v1.PodSandboxStats.$Properties {
        }

        /** Represents a PodSandboxStats. */
        class PodSandboxStats {

            /**
             * Constructs a new PodSandboxStats.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.PodSandboxStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodSandboxStats attributes. */
            attributes?: (runtime.v1.PodSandboxAttributes.$Properties|null);

            /** PodSandboxStats linux. */
            linux?: (runtime.v1.LinuxPodSandboxStats.$Properties|null);

            /**
             * Creates a new PodSandboxStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxStats instance
             */
            static create(properties: runtime.v1.PodSandboxStats.$Shape): runtime.v1.PodSandboxStats & runtime.v1.PodSandboxStats.$Shape;
            static create(properties?: runtime.v1.PodSandboxStats.$Properties): runtime.v1.PodSandboxStats;

            /**
             * Encodes the specified PodSandboxStats message. Does not implicitly {@link runtime.v1.PodSandboxStats.verify|verify} messages.
             * @param m PodSandboxStats message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.PodSandboxStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxStats message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxStats & runtime.v1.PodSandboxStats.$Shape} PodSandboxStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.PodSandboxStats & runtime.v1.PodSandboxStats.$Shape;

            /**
             * Creates a PodSandboxStats message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PodSandboxStats
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.PodSandboxStats;

            /**
             * Creates a plain object from a PodSandboxStats message. Also converts values to other types if specified.
             * @param m PodSandboxStats
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.PodSandboxStats, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PodSandboxStats to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PodSandboxStats
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodSandboxStats {

            /** Properties of a PodSandboxStats. */
            interface $Properties {

                /** PodSandboxStats attributes */
                attributes?: (runtime.v1.PodSandboxAttributes.$Properties|null);

                /** PodSandboxStats linux */
                linux?: (runtime.v1.LinuxPodSandboxStats.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodSandboxStats. */
            type $Shape = runtime.v1.PodSandboxStats.$Properties;
        }

        /**
         * Properties of a ListPodSandboxStatsResponse.
         * @deprecated Use runtime.v1.ListPodSandboxStatsResponse.$Properties instead.
         */
        interface IListPodSandboxStatsResponse extends runtime.v1.ListPodSandboxStatsResponse.$Properties {
        }

        /** Represents a ListPodSandboxStatsResponse. */
        class ListPodSandboxStatsResponse {

            /**
             * Constructs a new ListPodSandboxStatsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ListPodSandboxStatsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListPodSandboxStatsResponse stats. */
            stats: runtime.v1.PodSandboxStats.$Properties[];

            /**
             * Creates a new ListPodSandboxStatsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListPodSandboxStatsResponse instance
             */
            static create(properties: runtime.v1.ListPodSandboxStatsResponse.$Shape): runtime.v1.ListPodSandboxStatsResponse & runtime.v1.ListPodSandboxStatsResponse.$Shape;
            static create(properties?: runtime.v1.ListPodSandboxStatsResponse.$Properties): runtime.v1.ListPodSandboxStatsResponse;

            /**
             * Encodes the specified ListPodSandboxStatsResponse message. Does not implicitly {@link runtime.v1.ListPodSandboxStatsResponse.verify|verify} messages.
             * @param m ListPodSandboxStatsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ListPodSandboxStatsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListPodSandboxStatsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ListPodSandboxStatsResponse & runtime.v1.ListPodSandboxStatsResponse.$Shape} ListPodSandboxStatsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ListPodSandboxStatsResponse & runtime.v1.ListPodSandboxStatsResponse.$Shape;

            /**
             * Creates a ListPodSandboxStatsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListPodSandboxStatsResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ListPodSandboxStatsResponse;

            /**
             * Creates a plain object from a ListPodSandboxStatsResponse message. Also converts values to other types if specified.
             * @param m ListPodSandboxStatsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ListPodSandboxStatsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListPodSandboxStatsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListPodSandboxStatsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListPodSandboxStatsResponse {

            /** Properties of a ListPodSandboxStatsResponse. */
            interface $Properties {

                /** ListPodSandboxStatsResponse stats */
                stats?: (runtime.v1.PodSandboxStats.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListPodSandboxStatsResponse. */
            type $Shape = runtime.v1.ListPodSandboxStatsResponse.$Properties;
        }

        /**
         * Properties of an ImageFilter.
         * @deprecated Use runtime.v1.ImageFilter.$Properties instead.
         */
        interface IImageFilter extends runtime.v1.ImageFilter.$Properties {
        }

        /** Represents an ImageFilter. */
        class ImageFilter {

            /**
             * Constructs a new ImageFilter.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ImageFilter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ImageFilter image. */
            image?: (runtime.v1.ImageSpec.$Properties|null);

            /**
             * Creates a new ImageFilter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ImageFilter instance
             */
            static create(properties: runtime.v1.ImageFilter.$Shape): runtime.v1.ImageFilter & runtime.v1.ImageFilter.$Shape;
            static create(properties?: runtime.v1.ImageFilter.$Properties): runtime.v1.ImageFilter;

            /**
             * Encodes the specified ImageFilter message. Does not implicitly {@link runtime.v1.ImageFilter.verify|verify} messages.
             * @param m ImageFilter message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ImageFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImageFilter message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ImageFilter & runtime.v1.ImageFilter.$Shape} ImageFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ImageFilter & runtime.v1.ImageFilter.$Shape;

            /**
             * Creates an ImageFilter message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ImageFilter
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ImageFilter;

            /**
             * Creates a plain object from an ImageFilter message. Also converts values to other types if specified.
             * @param m ImageFilter
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ImageFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ImageFilter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ImageFilter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageFilter {

            /** Properties of an ImageFilter. */
            interface $Properties {

                /** ImageFilter image */
                image?: (runtime.v1.ImageSpec.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ImageFilter. */
            type $Shape = runtime.v1.ImageFilter.$Properties;
        }

        /**
         * Properties of a ListImagesRequest.
         * @deprecated Use runtime.v1.ListImagesRequest.$Properties instead.
         */
        interface IListImagesRequest extends runtime.v1.ListImagesRequest.$Properties {
        }

        /** Represents a ListImagesRequest. */
        class ListImagesRequest {

            /**
             * Constructs a new ListImagesRequest.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ListImagesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListImagesRequest filter. */
            filter?: (runtime.v1.ImageFilter.$Properties|null);

            /**
             * Creates a new ListImagesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListImagesRequest instance
             */
            static create(properties: runtime.v1.ListImagesRequest.$Shape): runtime.v1.ListImagesRequest & runtime.v1.ListImagesRequest.$Shape;
            static create(properties?: runtime.v1.ListImagesRequest.$Properties): runtime.v1.ListImagesRequest;

            /**
             * Encodes the specified ListImagesRequest message. Does not implicitly {@link runtime.v1.ListImagesRequest.verify|verify} messages.
             * @param m ListImagesRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ListImagesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListImagesRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ListImagesRequest & runtime.v1.ListImagesRequest.$Shape} ListImagesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ListImagesRequest & runtime.v1.ListImagesRequest.$Shape;

            /**
             * Creates a ListImagesRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListImagesRequest
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ListImagesRequest;

            /**
             * Creates a plain object from a ListImagesRequest message. Also converts values to other types if specified.
             * @param m ListImagesRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ListImagesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListImagesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListImagesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListImagesRequest {

            /** Properties of a ListImagesRequest. */
            interface $Properties {

                /** ListImagesRequest filter */
                filter?: (runtime.v1.ImageFilter.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListImagesRequest. */
            type $Shape = runtime.v1.ListImagesRequest.$Properties;
        }

        /**
         * Properties of an Image.
         * @deprecated Use runtime.v1.Image.$Properties instead.
         */
        interface IImage extends runtime.v1.Image.$Properties {
        }

        /** Represents an Image. */
        class Image {

            /**
             * Constructs a new Image.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.Image.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Image id. */
            id: string;

            /** Image repoTags. */
            repoTags: string[];

            /** Image repoDigests. */
            repoDigests: string[];

            /** Image size. */
            size: (number|Long);

            /**
             * Creates a new Image instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Image instance
             */
            static create(properties: runtime.v1.Image.$Shape): runtime.v1.Image & runtime.v1.Image.$Shape;
            static create(properties?: runtime.v1.Image.$Properties): runtime.v1.Image;

            /**
             * Encodes the specified Image message. Does not implicitly {@link runtime.v1.Image.verify|verify} messages.
             * @param m Image message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.Image.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Image message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.Image & runtime.v1.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.Image & runtime.v1.Image.$Shape;

            /**
             * Creates an Image message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Image
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.Image;

            /**
             * Creates a plain object from an Image message. Also converts values to other types if specified.
             * @param m Image
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.Image, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Image to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Image
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Image {

            /** Properties of an Image. */
            interface $Properties {

                /** Image id */
                id?: (string|null);

                /** Image repoTags */
                repoTags?: (string[]|null);

                /** Image repoDigests */
                repoDigests?: (string[]|null);

                /** Image size */
                size?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Image. */
            type $Shape = runtime.v1.Image.$Properties;
        }

        /**
         * Properties of a ListImagesResponse.
         * @deprecated Use runtime.v1.ListImagesResponse.$Properties instead.
         */
        interface IListImagesResponse extends runtime.v1.ListImagesResponse.$Properties {
        }

        /** Represents a ListImagesResponse. */
        class ListImagesResponse {

            /**
             * Constructs a new ListImagesResponse.
             * @param [p] Properties to set
             */
            constructor(p?: runtime.v1.ListImagesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListImagesResponse images. */
            images: runtime.v1.Image.$Properties[];

            /**
             * Creates a new ListImagesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListImagesResponse instance
             */
            static create(properties: runtime.v1.ListImagesResponse.$Shape): runtime.v1.ListImagesResponse & runtime.v1.ListImagesResponse.$Shape;
            static create(properties?: runtime.v1.ListImagesResponse.$Properties): runtime.v1.ListImagesResponse;

            /**
             * Encodes the specified ListImagesResponse message. Does not implicitly {@link runtime.v1.ListImagesResponse.verify|verify} messages.
             * @param m ListImagesResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: runtime.v1.ListImagesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListImagesResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {runtime.v1.ListImagesResponse & runtime.v1.ListImagesResponse.$Shape} ListImagesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): runtime.v1.ListImagesResponse & runtime.v1.ListImagesResponse.$Shape;

            /**
             * Creates a ListImagesResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListImagesResponse
             */
            static fromObject(d: { [k: string]: any }): runtime.v1.ListImagesResponse;

            /**
             * Creates a plain object from a ListImagesResponse message. Also converts values to other types if specified.
             * @param m ListImagesResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: runtime.v1.ListImagesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListImagesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListImagesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListImagesResponse {

            /** Properties of a ListImagesResponse. */
            interface $Properties {

                /** ListImagesResponse images */
                images?: (runtime.v1.Image.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListImagesResponse. */
            type $Shape = runtime.v1.ListImagesResponse.$Properties;
        }
    }
}
