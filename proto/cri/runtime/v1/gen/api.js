/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const runtime = $root.runtime = (() => {

    /**
     * Namespace runtime.
     * @exports runtime
     * @namespace
     */
    const runtime = {};

    runtime.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof runtime
         * @namespace
         */
        const v1 = {};

        v1.RuntimeService = (function() {

            /**
             * Constructs a new RuntimeService service.
             * @memberof runtime.v1
             * @classdesc Represents a RuntimeService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const RuntimeService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(RuntimeService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: RuntimeService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new RuntimeService service using the specified rpc implementation.
             * @function create
             * @memberof runtime.v1.RuntimeService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {RuntimeService} RPC service. Useful where requests and/or responses are streamed.
             */
            RuntimeService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#version}.
             * @memberof runtime.v1.RuntimeService
             * @typedef VersionCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.VersionResponse} [response] VersionResponse
             */

            /**
             * Calls Version.
             * @memberof runtime.v1.RuntimeService
             * @typedef Version
             * @type {{
             *   (request: runtime.v1.IVersionRequest, callback: runtime.v1.RuntimeService.VersionCallback): void;
             *   (request: runtime.v1.IVersionRequest): Promise<runtime.v1.VersionResponse>;
             *   readonly name: "Version";
             *   readonly path: "/runtime.v1.RuntimeService/Version";
             *   readonly requestType: "VersionRequest";
             *   readonly responseType: "VersionResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Version.
             * @name runtime.v1.RuntimeService#version
             * @type {runtime.v1.RuntimeService.Version}
             */
            $Object.defineProperties(RuntimeService.prototype.version = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.version, $root.runtime.v1.VersionRequest, $root.runtime.v1.VersionResponse, request, callback);
            }, {
                name: { value: "Version" },
                path: { value: "/runtime.v1.RuntimeService/Version" },
                requestType: { value: "VersionRequest" },
                responseType: { value: "VersionResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#runPodSandbox}.
             * @memberof runtime.v1.RuntimeService
             * @typedef RunPodSandboxCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.RunPodSandboxResponse} [response] RunPodSandboxResponse
             */

            /**
             * Calls RunPodSandbox.
             * @memberof runtime.v1.RuntimeService
             * @typedef RunPodSandbox
             * @type {{
             *   (request: runtime.v1.IRunPodSandboxRequest, callback: runtime.v1.RuntimeService.RunPodSandboxCallback): void;
             *   (request: runtime.v1.IRunPodSandboxRequest): Promise<runtime.v1.RunPodSandboxResponse>;
             *   readonly name: "RunPodSandbox";
             *   readonly path: "/runtime.v1.RuntimeService/RunPodSandbox";
             *   readonly requestType: "RunPodSandboxRequest";
             *   readonly responseType: "RunPodSandboxResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls RunPodSandbox.
             * @name runtime.v1.RuntimeService#runPodSandbox
             * @type {runtime.v1.RuntimeService.RunPodSandbox}
             */
            $Object.defineProperties(RuntimeService.prototype.runPodSandbox = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.runPodSandbox, $root.runtime.v1.RunPodSandboxRequest, $root.runtime.v1.RunPodSandboxResponse, request, callback);
            }, {
                name: { value: "RunPodSandbox" },
                path: { value: "/runtime.v1.RuntimeService/RunPodSandbox" },
                requestType: { value: "RunPodSandboxRequest" },
                responseType: { value: "RunPodSandboxResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#stopPodSandbox}.
             * @memberof runtime.v1.RuntimeService
             * @typedef StopPodSandboxCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.StopPodSandboxResponse} [response] StopPodSandboxResponse
             */

            /**
             * Calls StopPodSandbox.
             * @memberof runtime.v1.RuntimeService
             * @typedef StopPodSandbox
             * @type {{
             *   (request: runtime.v1.IStopPodSandboxRequest, callback: runtime.v1.RuntimeService.StopPodSandboxCallback): void;
             *   (request: runtime.v1.IStopPodSandboxRequest): Promise<runtime.v1.StopPodSandboxResponse>;
             *   readonly name: "StopPodSandbox";
             *   readonly path: "/runtime.v1.RuntimeService/StopPodSandbox";
             *   readonly requestType: "StopPodSandboxRequest";
             *   readonly responseType: "StopPodSandboxResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls StopPodSandbox.
             * @name runtime.v1.RuntimeService#stopPodSandbox
             * @type {runtime.v1.RuntimeService.StopPodSandbox}
             */
            $Object.defineProperties(RuntimeService.prototype.stopPodSandbox = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.stopPodSandbox, $root.runtime.v1.StopPodSandboxRequest, $root.runtime.v1.StopPodSandboxResponse, request, callback);
            }, {
                name: { value: "StopPodSandbox" },
                path: { value: "/runtime.v1.RuntimeService/StopPodSandbox" },
                requestType: { value: "StopPodSandboxRequest" },
                responseType: { value: "StopPodSandboxResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#removePodSandbox}.
             * @memberof runtime.v1.RuntimeService
             * @typedef RemovePodSandboxCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.RemovePodSandboxResponse} [response] RemovePodSandboxResponse
             */

            /**
             * Calls RemovePodSandbox.
             * @memberof runtime.v1.RuntimeService
             * @typedef RemovePodSandbox
             * @type {{
             *   (request: runtime.v1.IRemovePodSandboxRequest, callback: runtime.v1.RuntimeService.RemovePodSandboxCallback): void;
             *   (request: runtime.v1.IRemovePodSandboxRequest): Promise<runtime.v1.RemovePodSandboxResponse>;
             *   readonly name: "RemovePodSandbox";
             *   readonly path: "/runtime.v1.RuntimeService/RemovePodSandbox";
             *   readonly requestType: "RemovePodSandboxRequest";
             *   readonly responseType: "RemovePodSandboxResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls RemovePodSandbox.
             * @name runtime.v1.RuntimeService#removePodSandbox
             * @type {runtime.v1.RuntimeService.RemovePodSandbox}
             */
            $Object.defineProperties(RuntimeService.prototype.removePodSandbox = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.removePodSandbox, $root.runtime.v1.RemovePodSandboxRequest, $root.runtime.v1.RemovePodSandboxResponse, request, callback);
            }, {
                name: { value: "RemovePodSandbox" },
                path: { value: "/runtime.v1.RuntimeService/RemovePodSandbox" },
                requestType: { value: "RemovePodSandboxRequest" },
                responseType: { value: "RemovePodSandboxResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listPodSandbox}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ListPodSandboxCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ListPodSandboxResponse} [response] ListPodSandboxResponse
             */

            /**
             * Calls ListPodSandbox.
             * @memberof runtime.v1.RuntimeService
             * @typedef ListPodSandbox
             * @type {{
             *   (request: runtime.v1.IListPodSandboxRequest, callback: runtime.v1.RuntimeService.ListPodSandboxCallback): void;
             *   (request: runtime.v1.IListPodSandboxRequest): Promise<runtime.v1.ListPodSandboxResponse>;
             *   readonly name: "ListPodSandbox";
             *   readonly path: "/runtime.v1.RuntimeService/ListPodSandbox";
             *   readonly requestType: "ListPodSandboxRequest";
             *   readonly responseType: "ListPodSandboxResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ListPodSandbox.
             * @name runtime.v1.RuntimeService#listPodSandbox
             * @type {runtime.v1.RuntimeService.ListPodSandbox}
             */
            $Object.defineProperties(RuntimeService.prototype.listPodSandbox = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.listPodSandbox, $root.runtime.v1.ListPodSandboxRequest, $root.runtime.v1.ListPodSandboxResponse, request, callback);
            }, {
                name: { value: "ListPodSandbox" },
                path: { value: "/runtime.v1.RuntimeService/ListPodSandbox" },
                requestType: { value: "ListPodSandboxRequest" },
                responseType: { value: "ListPodSandboxResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#createContainer}.
             * @memberof runtime.v1.RuntimeService
             * @typedef CreateContainerCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.CreateContainerResponse} [response] CreateContainerResponse
             */

            /**
             * Calls CreateContainer.
             * @memberof runtime.v1.RuntimeService
             * @typedef CreateContainer
             * @type {{
             *   (request: runtime.v1.ICreateContainerRequest, callback: runtime.v1.RuntimeService.CreateContainerCallback): void;
             *   (request: runtime.v1.ICreateContainerRequest): Promise<runtime.v1.CreateContainerResponse>;
             *   readonly name: "CreateContainer";
             *   readonly path: "/runtime.v1.RuntimeService/CreateContainer";
             *   readonly requestType: "CreateContainerRequest";
             *   readonly responseType: "CreateContainerResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls CreateContainer.
             * @name runtime.v1.RuntimeService#createContainer
             * @type {runtime.v1.RuntimeService.CreateContainer}
             */
            $Object.defineProperties(RuntimeService.prototype.createContainer = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.createContainer, $root.runtime.v1.CreateContainerRequest, $root.runtime.v1.CreateContainerResponse, request, callback);
            }, {
                name: { value: "CreateContainer" },
                path: { value: "/runtime.v1.RuntimeService/CreateContainer" },
                requestType: { value: "CreateContainerRequest" },
                responseType: { value: "CreateContainerResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#startContainer}.
             * @memberof runtime.v1.RuntimeService
             * @typedef StartContainerCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.StartContainerResponse} [response] StartContainerResponse
             */

            /**
             * Calls StartContainer.
             * @memberof runtime.v1.RuntimeService
             * @typedef StartContainer
             * @type {{
             *   (request: runtime.v1.IStartContainerRequest, callback: runtime.v1.RuntimeService.StartContainerCallback): void;
             *   (request: runtime.v1.IStartContainerRequest): Promise<runtime.v1.StartContainerResponse>;
             *   readonly name: "StartContainer";
             *   readonly path: "/runtime.v1.RuntimeService/StartContainer";
             *   readonly requestType: "StartContainerRequest";
             *   readonly responseType: "StartContainerResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls StartContainer.
             * @name runtime.v1.RuntimeService#startContainer
             * @type {runtime.v1.RuntimeService.StartContainer}
             */
            $Object.defineProperties(RuntimeService.prototype.startContainer = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.startContainer, $root.runtime.v1.StartContainerRequest, $root.runtime.v1.StartContainerResponse, request, callback);
            }, {
                name: { value: "StartContainer" },
                path: { value: "/runtime.v1.RuntimeService/StartContainer" },
                requestType: { value: "StartContainerRequest" },
                responseType: { value: "StartContainerResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#stopContainer}.
             * @memberof runtime.v1.RuntimeService
             * @typedef StopContainerCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.StopContainerResponse} [response] StopContainerResponse
             */

            /**
             * Calls StopContainer.
             * @memberof runtime.v1.RuntimeService
             * @typedef StopContainer
             * @type {{
             *   (request: runtime.v1.IStopContainerRequest, callback: runtime.v1.RuntimeService.StopContainerCallback): void;
             *   (request: runtime.v1.IStopContainerRequest): Promise<runtime.v1.StopContainerResponse>;
             *   readonly name: "StopContainer";
             *   readonly path: "/runtime.v1.RuntimeService/StopContainer";
             *   readonly requestType: "StopContainerRequest";
             *   readonly responseType: "StopContainerResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls StopContainer.
             * @name runtime.v1.RuntimeService#stopContainer
             * @type {runtime.v1.RuntimeService.StopContainer}
             */
            $Object.defineProperties(RuntimeService.prototype.stopContainer = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.stopContainer, $root.runtime.v1.StopContainerRequest, $root.runtime.v1.StopContainerResponse, request, callback);
            }, {
                name: { value: "StopContainer" },
                path: { value: "/runtime.v1.RuntimeService/StopContainer" },
                requestType: { value: "StopContainerRequest" },
                responseType: { value: "StopContainerResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#removeContainer}.
             * @memberof runtime.v1.RuntimeService
             * @typedef RemoveContainerCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.RemoveContainerResponse} [response] RemoveContainerResponse
             */

            /**
             * Calls RemoveContainer.
             * @memberof runtime.v1.RuntimeService
             * @typedef RemoveContainer
             * @type {{
             *   (request: runtime.v1.IRemoveContainerRequest, callback: runtime.v1.RuntimeService.RemoveContainerCallback): void;
             *   (request: runtime.v1.IRemoveContainerRequest): Promise<runtime.v1.RemoveContainerResponse>;
             *   readonly name: "RemoveContainer";
             *   readonly path: "/runtime.v1.RuntimeService/RemoveContainer";
             *   readonly requestType: "RemoveContainerRequest";
             *   readonly responseType: "RemoveContainerResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls RemoveContainer.
             * @name runtime.v1.RuntimeService#removeContainer
             * @type {runtime.v1.RuntimeService.RemoveContainer}
             */
            $Object.defineProperties(RuntimeService.prototype.removeContainer = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.removeContainer, $root.runtime.v1.RemoveContainerRequest, $root.runtime.v1.RemoveContainerResponse, request, callback);
            }, {
                name: { value: "RemoveContainer" },
                path: { value: "/runtime.v1.RuntimeService/RemoveContainer" },
                requestType: { value: "RemoveContainerRequest" },
                responseType: { value: "RemoveContainerResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listContainers}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ListContainersCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ListContainersResponse} [response] ListContainersResponse
             */

            /**
             * Calls ListContainers.
             * @memberof runtime.v1.RuntimeService
             * @typedef ListContainers
             * @type {{
             *   (request: runtime.v1.IListContainersRequest, callback: runtime.v1.RuntimeService.ListContainersCallback): void;
             *   (request: runtime.v1.IListContainersRequest): Promise<runtime.v1.ListContainersResponse>;
             *   readonly name: "ListContainers";
             *   readonly path: "/runtime.v1.RuntimeService/ListContainers";
             *   readonly requestType: "ListContainersRequest";
             *   readonly responseType: "ListContainersResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ListContainers.
             * @name runtime.v1.RuntimeService#listContainers
             * @type {runtime.v1.RuntimeService.ListContainers}
             */
            $Object.defineProperties(RuntimeService.prototype.listContainers = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.listContainers, $root.runtime.v1.ListContainersRequest, $root.runtime.v1.ListContainersResponse, request, callback);
            }, {
                name: { value: "ListContainers" },
                path: { value: "/runtime.v1.RuntimeService/ListContainers" },
                requestType: { value: "ListContainersRequest" },
                responseType: { value: "ListContainersResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#containerStatus}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ContainerStatusCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ContainerStatusResponse} [response] ContainerStatusResponse
             */

            /**
             * Calls ContainerStatus.
             * @memberof runtime.v1.RuntimeService
             * @typedef ContainerStatus
             * @type {{
             *   (request: runtime.v1.IContainerStatusRequest, callback: runtime.v1.RuntimeService.ContainerStatusCallback): void;
             *   (request: runtime.v1.IContainerStatusRequest): Promise<runtime.v1.ContainerStatusResponse>;
             *   readonly name: "ContainerStatus";
             *   readonly path: "/runtime.v1.RuntimeService/ContainerStatus";
             *   readonly requestType: "ContainerStatusRequest";
             *   readonly responseType: "ContainerStatusResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ContainerStatus.
             * @name runtime.v1.RuntimeService#containerStatus
             * @type {runtime.v1.RuntimeService.ContainerStatus}
             */
            $Object.defineProperties(RuntimeService.prototype.containerStatus = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.containerStatus, $root.runtime.v1.ContainerStatusRequest, $root.runtime.v1.ContainerStatusResponse, request, callback);
            }, {
                name: { value: "ContainerStatus" },
                path: { value: "/runtime.v1.RuntimeService/ContainerStatus" },
                requestType: { value: "ContainerStatusRequest" },
                responseType: { value: "ContainerStatusResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listContainerStats}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ListContainerStatsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ListContainerStatsResponse} [response] ListContainerStatsResponse
             */

            /**
             * Calls ListContainerStats.
             * @memberof runtime.v1.RuntimeService
             * @typedef ListContainerStats
             * @type {{
             *   (request: runtime.v1.IListContainerStatsRequest, callback: runtime.v1.RuntimeService.ListContainerStatsCallback): void;
             *   (request: runtime.v1.IListContainerStatsRequest): Promise<runtime.v1.ListContainerStatsResponse>;
             *   readonly name: "ListContainerStats";
             *   readonly path: "/runtime.v1.RuntimeService/ListContainerStats";
             *   readonly requestType: "ListContainerStatsRequest";
             *   readonly responseType: "ListContainerStatsResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ListContainerStats.
             * @name runtime.v1.RuntimeService#listContainerStats
             * @type {runtime.v1.RuntimeService.ListContainerStats}
             */
            $Object.defineProperties(RuntimeService.prototype.listContainerStats = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.listContainerStats, $root.runtime.v1.ListContainerStatsRequest, $root.runtime.v1.ListContainerStatsResponse, request, callback);
            }, {
                name: { value: "ListContainerStats" },
                path: { value: "/runtime.v1.RuntimeService/ListContainerStats" },
                requestType: { value: "ListContainerStatsRequest" },
                responseType: { value: "ListContainerStatsResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listPodSandboxStats}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ListPodSandboxStatsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ListPodSandboxStatsResponse} [response] ListPodSandboxStatsResponse
             */

            /**
             * Calls ListPodSandboxStats.
             * @memberof runtime.v1.RuntimeService
             * @typedef ListPodSandboxStats
             * @type {{
             *   (request: runtime.v1.IListPodSandboxStatsRequest, callback: runtime.v1.RuntimeService.ListPodSandboxStatsCallback): void;
             *   (request: runtime.v1.IListPodSandboxStatsRequest): Promise<runtime.v1.ListPodSandboxStatsResponse>;
             *   readonly name: "ListPodSandboxStats";
             *   readonly path: "/runtime.v1.RuntimeService/ListPodSandboxStats";
             *   readonly requestType: "ListPodSandboxStatsRequest";
             *   readonly responseType: "ListPodSandboxStatsResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ListPodSandboxStats.
             * @name runtime.v1.RuntimeService#listPodSandboxStats
             * @type {runtime.v1.RuntimeService.ListPodSandboxStats}
             */
            $Object.defineProperties(RuntimeService.prototype.listPodSandboxStats = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, RuntimeService.prototype.listPodSandboxStats, $root.runtime.v1.ListPodSandboxStatsRequest, $root.runtime.v1.ListPodSandboxStatsResponse, request, callback);
            }, {
                name: { value: "ListPodSandboxStats" },
                path: { value: "/runtime.v1.RuntimeService/ListPodSandboxStats" },
                requestType: { value: "ListPodSandboxStatsRequest" },
                responseType: { value: "ListPodSandboxStatsResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return RuntimeService;
        })();

        v1.ImageService = (function() {

            /**
             * Constructs a new ImageService service.
             * @memberof runtime.v1
             * @classdesc Represents an ImageService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const ImageService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(ImageService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: ImageService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new ImageService service using the specified rpc implementation.
             * @function create
             * @memberof runtime.v1.ImageService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {ImageService} RPC service. Useful where requests and/or responses are streamed.
             */
            ImageService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link runtime.v1.ImageService#listImages}.
             * @memberof runtime.v1.ImageService
             * @typedef ListImagesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ListImagesResponse} [response] ListImagesResponse
             */

            /**
             * Calls ListImages.
             * @memberof runtime.v1.ImageService
             * @typedef ListImages
             * @type {{
             *   (request: runtime.v1.IListImagesRequest, callback: runtime.v1.ImageService.ListImagesCallback): void;
             *   (request: runtime.v1.IListImagesRequest): Promise<runtime.v1.ListImagesResponse>;
             *   readonly name: "ListImages";
             *   readonly path: "/runtime.v1.ImageService/ListImages";
             *   readonly requestType: "ListImagesRequest";
             *   readonly responseType: "ListImagesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ListImages.
             * @name runtime.v1.ImageService#listImages
             * @type {runtime.v1.ImageService.ListImages}
             */
            $Object.defineProperties(ImageService.prototype.listImages = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, ImageService.prototype.listImages, $root.runtime.v1.ListImagesRequest, $root.runtime.v1.ListImagesResponse, request, callback);
            }, {
                name: { value: "ListImages" },
                path: { value: "/runtime.v1.ImageService/ListImages" },
                requestType: { value: "ListImagesRequest" },
                responseType: { value: "ListImagesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return ImageService;
        })();

        v1.VersionRequest = (function() {

            /**
             * Properties of a VersionRequest.
             * @typedef {Object} runtime.v1.VersionRequest.$Properties
             * @property {string|null} [version] VersionRequest version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VersionRequest.
             * @memberof runtime.v1
             * @interface IVersionRequest
             * @augments runtime.v1.VersionRequest.$Properties
             * @deprecated Use runtime.v1.VersionRequest.$Properties instead.
             */

            /**
             * Shape of a VersionRequest.
             * @typedef {runtime.v1.VersionRequest.$Properties} runtime.v1.VersionRequest.$Shape
             */

            /**
             * Constructs a new VersionRequest.
             * @memberof runtime.v1
             * @classdesc Represents a VersionRequest.
             * @constructor
             * @param {runtime.v1.VersionRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VersionRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VersionRequest version.
             * @member {string} version
             * @memberof runtime.v1.VersionRequest
             * @instance
             */
            VersionRequest.prototype.version = "";

            /**
             * Creates a new VersionRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.VersionRequest
             * @static
             * @param {runtime.v1.VersionRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.VersionRequest} VersionRequest instance
             * @type {{
             *   (properties: runtime.v1.VersionRequest.$Shape): runtime.v1.VersionRequest & runtime.v1.VersionRequest.$Shape;
             *   (properties?: runtime.v1.VersionRequest.$Properties): runtime.v1.VersionRequest;
             * }}
             */
            VersionRequest.create = function(properties) {
                return new VersionRequest(properties);
            };

            /**
             * Encodes the specified VersionRequest message. Does not implicitly {@link runtime.v1.VersionRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.VersionRequest
             * @static
             * @param {runtime.v1.VersionRequest.$Properties} m VersionRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VersionRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.version);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VersionRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.VersionRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.VersionRequest & runtime.v1.VersionRequest.$Shape} VersionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VersionRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.VersionRequest();
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
                                m.version = v;
                            else
                                delete m.version;
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
             * Creates a VersionRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.VersionRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.VersionRequest} VersionRequest
             */
            VersionRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.VersionRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.VersionRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.VersionRequest();
                if (d.version != null) {
                    if (typeof d.version !== "string" || d.version.length) {
                        m.version = $String(d.version);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VersionRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.VersionRequest
             * @static
             * @param {runtime.v1.VersionRequest} m VersionRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VersionRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.version = "";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                return d;
            };

            /**
             * Converts this VersionRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.VersionRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VersionRequest.prototype.toJSON = function() {
                return VersionRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VersionRequest
             * @function getTypeUrl
             * @memberof runtime.v1.VersionRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VersionRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.VersionRequest";
            };

            return VersionRequest;
        })();

        v1.VersionResponse = (function() {

            /**
             * Properties of a VersionResponse.
             * @typedef {Object} runtime.v1.VersionResponse.$Properties
             * @property {string|null} [version] VersionResponse version
             * @property {string|null} [runtimeName] VersionResponse runtimeName
             * @property {string|null} [runtimeVersion] VersionResponse runtimeVersion
             * @property {string|null} [runtimeApiVersion] VersionResponse runtimeApiVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VersionResponse.
             * @memberof runtime.v1
             * @interface IVersionResponse
             * @augments runtime.v1.VersionResponse.$Properties
             * @deprecated Use runtime.v1.VersionResponse.$Properties instead.
             */

            /**
             * Shape of a VersionResponse.
             * @typedef {runtime.v1.VersionResponse.$Properties} runtime.v1.VersionResponse.$Shape
             */

            /**
             * Constructs a new VersionResponse.
             * @memberof runtime.v1
             * @classdesc Represents a VersionResponse.
             * @constructor
             * @param {runtime.v1.VersionResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VersionResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VersionResponse version.
             * @member {string} version
             * @memberof runtime.v1.VersionResponse
             * @instance
             */
            VersionResponse.prototype.version = "";

            /**
             * VersionResponse runtimeName.
             * @member {string} runtimeName
             * @memberof runtime.v1.VersionResponse
             * @instance
             */
            VersionResponse.prototype.runtimeName = "";

            /**
             * VersionResponse runtimeVersion.
             * @member {string} runtimeVersion
             * @memberof runtime.v1.VersionResponse
             * @instance
             */
            VersionResponse.prototype.runtimeVersion = "";

            /**
             * VersionResponse runtimeApiVersion.
             * @member {string} runtimeApiVersion
             * @memberof runtime.v1.VersionResponse
             * @instance
             */
            VersionResponse.prototype.runtimeApiVersion = "";

            /**
             * Creates a new VersionResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.VersionResponse
             * @static
             * @param {runtime.v1.VersionResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.VersionResponse} VersionResponse instance
             * @type {{
             *   (properties: runtime.v1.VersionResponse.$Shape): runtime.v1.VersionResponse & runtime.v1.VersionResponse.$Shape;
             *   (properties?: runtime.v1.VersionResponse.$Properties): runtime.v1.VersionResponse;
             * }}
             */
            VersionResponse.create = function(properties) {
                return new VersionResponse(properties);
            };

            /**
             * Encodes the specified VersionResponse message. Does not implicitly {@link runtime.v1.VersionResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.VersionResponse
             * @static
             * @param {runtime.v1.VersionResponse.$Properties} m VersionResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VersionResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.version);
                if (m.runtimeName != null && $Object.hasOwnProperty.call(m, "runtimeName") && m.runtimeName !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.runtimeName);
                if (m.runtimeVersion != null && $Object.hasOwnProperty.call(m, "runtimeVersion") && m.runtimeVersion !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.runtimeVersion);
                if (m.runtimeApiVersion != null && $Object.hasOwnProperty.call(m, "runtimeApiVersion") && m.runtimeApiVersion !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.runtimeApiVersion);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VersionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.VersionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.VersionResponse & runtime.v1.VersionResponse.$Shape} VersionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VersionResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.VersionResponse();
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
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.runtimeName = v;
                            else
                                delete m.runtimeName;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.runtimeVersion = v;
                            else
                                delete m.runtimeVersion;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.runtimeApiVersion = v;
                            else
                                delete m.runtimeApiVersion;
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
             * Creates a VersionResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.VersionResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.VersionResponse} VersionResponse
             */
            VersionResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.VersionResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.VersionResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.VersionResponse();
                if (d.version != null) {
                    if (typeof d.version !== "string" || d.version.length) {
                        m.version = $String(d.version);
                    }
                }
                if (d.runtimeName != null) {
                    if (typeof d.runtimeName !== "string" || d.runtimeName.length) {
                        m.runtimeName = $String(d.runtimeName);
                    }
                }
                if (d.runtimeVersion != null) {
                    if (typeof d.runtimeVersion !== "string" || d.runtimeVersion.length) {
                        m.runtimeVersion = $String(d.runtimeVersion);
                    }
                }
                if (d.runtimeApiVersion != null) {
                    if (typeof d.runtimeApiVersion !== "string" || d.runtimeApiVersion.length) {
                        m.runtimeApiVersion = $String(d.runtimeApiVersion);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VersionResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.VersionResponse
             * @static
             * @param {runtime.v1.VersionResponse} m VersionResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VersionResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.version = "";
                    d.runtimeName = "";
                    d.runtimeVersion = "";
                    d.runtimeApiVersion = "";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.runtimeName != null && $Object.hasOwnProperty.call(m, "runtimeName")) {
                    d.runtimeName = m.runtimeName;
                }
                if (m.runtimeVersion != null && $Object.hasOwnProperty.call(m, "runtimeVersion")) {
                    d.runtimeVersion = m.runtimeVersion;
                }
                if (m.runtimeApiVersion != null && $Object.hasOwnProperty.call(m, "runtimeApiVersion")) {
                    d.runtimeApiVersion = m.runtimeApiVersion;
                }
                return d;
            };

            /**
             * Converts this VersionResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.VersionResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VersionResponse.prototype.toJSON = function() {
                return VersionResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VersionResponse
             * @function getTypeUrl
             * @memberof runtime.v1.VersionResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VersionResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.VersionResponse";
            };

            return VersionResponse;
        })();

        v1.DNSConfig = (function() {

            /**
             * Properties of a DNSConfig.
             * @typedef {Object} runtime.v1.DNSConfig.$Properties
             * @property {Array.<string>|null} [servers] DNSConfig servers
             * @property {Array.<string>|null} [searches] DNSConfig searches
             * @property {Array.<string>|null} [options] DNSConfig options
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DNSConfig.
             * @memberof runtime.v1
             * @interface IDNSConfig
             * @augments runtime.v1.DNSConfig.$Properties
             * @deprecated Use runtime.v1.DNSConfig.$Properties instead.
             */

            /**
             * Shape of a DNSConfig.
             * @typedef {runtime.v1.DNSConfig.$Properties} runtime.v1.DNSConfig.$Shape
             */

            /**
             * Constructs a new DNSConfig.
             * @memberof runtime.v1
             * @classdesc Represents a DNSConfig.
             * @constructor
             * @param {runtime.v1.DNSConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DNSConfig = function (p) {
                this.servers = [];
                this.searches = [];
                this.options = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DNSConfig servers.
             * @member {Array.<string>} servers
             * @memberof runtime.v1.DNSConfig
             * @instance
             */
            DNSConfig.prototype.servers = $util.emptyArray;

            /**
             * DNSConfig searches.
             * @member {Array.<string>} searches
             * @memberof runtime.v1.DNSConfig
             * @instance
             */
            DNSConfig.prototype.searches = $util.emptyArray;

            /**
             * DNSConfig options.
             * @member {Array.<string>} options
             * @memberof runtime.v1.DNSConfig
             * @instance
             */
            DNSConfig.prototype.options = $util.emptyArray;

            /**
             * Creates a new DNSConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.DNSConfig
             * @static
             * @param {runtime.v1.DNSConfig.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.DNSConfig} DNSConfig instance
             * @type {{
             *   (properties: runtime.v1.DNSConfig.$Shape): runtime.v1.DNSConfig & runtime.v1.DNSConfig.$Shape;
             *   (properties?: runtime.v1.DNSConfig.$Properties): runtime.v1.DNSConfig;
             * }}
             */
            DNSConfig.create = function(properties) {
                return new DNSConfig(properties);
            };

            /**
             * Encodes the specified DNSConfig message. Does not implicitly {@link runtime.v1.DNSConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.DNSConfig
             * @static
             * @param {runtime.v1.DNSConfig.$Properties} m DNSConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DNSConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.servers != null && m.servers.length) {
                    for (var i = 0; i < m.servers.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.servers[i]);
                }
                if (m.searches != null && m.searches.length) {
                    for (var i = 0; i < m.searches.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.searches[i]);
                }
                if (m.options != null && m.options.length) {
                    for (var i = 0; i < m.options.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.options[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DNSConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.DNSConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.DNSConfig & runtime.v1.DNSConfig.$Shape} DNSConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DNSConfig.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.DNSConfig();
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
                            if (!(m.servers && m.servers.length))
                                m.servers = [];
                            m.servers.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.searches && m.searches.length))
                                m.searches = [];
                            m.searches.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.options && m.options.length))
                                m.options = [];
                            m.options.push(r.stringVerify());
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
             * Creates a DNSConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.DNSConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.DNSConfig} DNSConfig
             */
            DNSConfig.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.DNSConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.DNSConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.DNSConfig();
                if (d.servers) {
                    if (!$Array.isArray(d.servers))
                        throw $TypeError(".runtime.v1.DNSConfig.servers: array expected");
                    m.servers = $Array(d.servers.length);
                    for (var i = 0; i < d.servers.length; ++i) {
                        m.servers[i] = $String(d.servers[i]);
                    }
                }
                if (d.searches) {
                    if (!$Array.isArray(d.searches))
                        throw $TypeError(".runtime.v1.DNSConfig.searches: array expected");
                    m.searches = $Array(d.searches.length);
                    for (var i = 0; i < d.searches.length; ++i) {
                        m.searches[i] = $String(d.searches[i]);
                    }
                }
                if (d.options) {
                    if (!$Array.isArray(d.options))
                        throw $TypeError(".runtime.v1.DNSConfig.options: array expected");
                    m.options = $Array(d.options.length);
                    for (var i = 0; i < d.options.length; ++i) {
                        m.options[i] = $String(d.options[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DNSConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.DNSConfig
             * @static
             * @param {runtime.v1.DNSConfig} m DNSConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DNSConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.servers = [];
                    d.searches = [];
                    d.options = [];
                }
                if (m.servers && m.servers.length) {
                    d.servers = $Array(m.servers.length);
                    for (var j = 0; j < m.servers.length; ++j) {
                        d.servers[j] = m.servers[j];
                    }
                }
                if (m.searches && m.searches.length) {
                    d.searches = $Array(m.searches.length);
                    for (var j = 0; j < m.searches.length; ++j) {
                        d.searches[j] = m.searches[j];
                    }
                }
                if (m.options && m.options.length) {
                    d.options = $Array(m.options.length);
                    for (var j = 0; j < m.options.length; ++j) {
                        d.options[j] = m.options[j];
                    }
                }
                return d;
            };

            /**
             * Converts this DNSConfig to JSON.
             * @function toJSON
             * @memberof runtime.v1.DNSConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DNSConfig.prototype.toJSON = function() {
                return DNSConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DNSConfig
             * @function getTypeUrl
             * @memberof runtime.v1.DNSConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DNSConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.DNSConfig";
            };

            return DNSConfig;
        })();

        /**
         * NamespaceMode enum.
         * @name runtime.v1.NamespaceMode
         * @enum {number}
         * @property {number} POD=0 POD value
         * @property {number} CONTAINER=1 CONTAINER value
         * @property {number} NODE=2 NODE value
         * @property {number} TARGET=3 TARGET value
         */
        v1.NamespaceMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "POD"] = 0;
            values[valuesById[1] = "CONTAINER"] = 1;
            values[valuesById[2] = "NODE"] = 2;
            values[valuesById[3] = "TARGET"] = 3;
            return values;
        })();

        v1.NamespaceOption = (function() {

            /**
             * Properties of a NamespaceOption.
             * @typedef {Object} runtime.v1.NamespaceOption.$Properties
             * @property {runtime.v1.NamespaceMode|null} [network] NamespaceOption network
             * @property {runtime.v1.NamespaceMode|null} [pid] NamespaceOption pid
             * @property {runtime.v1.NamespaceMode|null} [ipc] NamespaceOption ipc
             * @property {string|null} [targetId] NamespaceOption targetId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamespaceOption.
             * @memberof runtime.v1
             * @interface INamespaceOption
             * @augments runtime.v1.NamespaceOption.$Properties
             * @deprecated Use runtime.v1.NamespaceOption.$Properties instead.
             */

            /**
             * Shape of a NamespaceOption.
             * @typedef {runtime.v1.NamespaceOption.$Properties} runtime.v1.NamespaceOption.$Shape
             */

            /**
             * Constructs a new NamespaceOption.
             * @memberof runtime.v1
             * @classdesc Represents a NamespaceOption.
             * @constructor
             * @param {runtime.v1.NamespaceOption.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamespaceOption = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NamespaceOption network.
             * @member {runtime.v1.NamespaceMode} network
             * @memberof runtime.v1.NamespaceOption
             * @instance
             */
            NamespaceOption.prototype.network = 0;

            /**
             * NamespaceOption pid.
             * @member {runtime.v1.NamespaceMode} pid
             * @memberof runtime.v1.NamespaceOption
             * @instance
             */
            NamespaceOption.prototype.pid = 0;

            /**
             * NamespaceOption ipc.
             * @member {runtime.v1.NamespaceMode} ipc
             * @memberof runtime.v1.NamespaceOption
             * @instance
             */
            NamespaceOption.prototype.ipc = 0;

            /**
             * NamespaceOption targetId.
             * @member {string} targetId
             * @memberof runtime.v1.NamespaceOption
             * @instance
             */
            NamespaceOption.prototype.targetId = "";

            /**
             * Creates a new NamespaceOption instance using the specified properties.
             * @function create
             * @memberof runtime.v1.NamespaceOption
             * @static
             * @param {runtime.v1.NamespaceOption.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.NamespaceOption} NamespaceOption instance
             * @type {{
             *   (properties: runtime.v1.NamespaceOption.$Shape): runtime.v1.NamespaceOption & runtime.v1.NamespaceOption.$Shape;
             *   (properties?: runtime.v1.NamespaceOption.$Properties): runtime.v1.NamespaceOption;
             * }}
             */
            NamespaceOption.create = function(properties) {
                return new NamespaceOption(properties);
            };

            /**
             * Encodes the specified NamespaceOption message. Does not implicitly {@link runtime.v1.NamespaceOption.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.NamespaceOption
             * @static
             * @param {runtime.v1.NamespaceOption.$Properties} m NamespaceOption message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamespaceOption.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.network != null && $Object.hasOwnProperty.call(m, "network") && m.network !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.network);
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.pid);
                if (m.ipc != null && $Object.hasOwnProperty.call(m, "ipc") && m.ipc !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.ipc);
                if (m.targetId != null && $Object.hasOwnProperty.call(m, "targetId") && m.targetId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.targetId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NamespaceOption message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.NamespaceOption
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.NamespaceOption & runtime.v1.NamespaceOption.$Shape} NamespaceOption
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamespaceOption.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.NamespaceOption();
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
                            if (v = r.int32())
                                m.network = v;
                            else
                                delete m.network;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.pid = v;
                            else
                                delete m.pid;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.ipc = v;
                            else
                                delete m.ipc;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.targetId = v;
                            else
                                delete m.targetId;
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
             * Creates a NamespaceOption message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.NamespaceOption
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.NamespaceOption} NamespaceOption
             */
            NamespaceOption.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.NamespaceOption)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.NamespaceOption: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.NamespaceOption();
                if (d.network !== 0 && (typeof d.network !== "string" || $root.runtime.v1.NamespaceMode[d.network] !== 0)) {
                    switch (d.network) {
                    case "POD":
                    case 0:
                        m.network = 0;
                        break;
                    case "CONTAINER":
                    case 1:
                        m.network = 1;
                        break;
                    case "NODE":
                    case 2:
                        m.network = 2;
                        break;
                    case "TARGET":
                    case 3:
                        m.network = 3;
                        break;
                    default:
                        if (typeof d.network === "number" && (d.network | 0) === d.network)
                            m.network = d.network;
                    }
                }
                if (d.pid !== 0 && (typeof d.pid !== "string" || $root.runtime.v1.NamespaceMode[d.pid] !== 0)) {
                    switch (d.pid) {
                    case "POD":
                    case 0:
                        m.pid = 0;
                        break;
                    case "CONTAINER":
                    case 1:
                        m.pid = 1;
                        break;
                    case "NODE":
                    case 2:
                        m.pid = 2;
                        break;
                    case "TARGET":
                    case 3:
                        m.pid = 3;
                        break;
                    default:
                        if (typeof d.pid === "number" && (d.pid | 0) === d.pid)
                            m.pid = d.pid;
                    }
                }
                if (d.ipc !== 0 && (typeof d.ipc !== "string" || $root.runtime.v1.NamespaceMode[d.ipc] !== 0)) {
                    switch (d.ipc) {
                    case "POD":
                    case 0:
                        m.ipc = 0;
                        break;
                    case "CONTAINER":
                    case 1:
                        m.ipc = 1;
                        break;
                    case "NODE":
                    case 2:
                        m.ipc = 2;
                        break;
                    case "TARGET":
                    case 3:
                        m.ipc = 3;
                        break;
                    default:
                        if (typeof d.ipc === "number" && (d.ipc | 0) === d.ipc)
                            m.ipc = d.ipc;
                    }
                }
                if (d.targetId != null) {
                    if (typeof d.targetId !== "string" || d.targetId.length) {
                        m.targetId = $String(d.targetId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NamespaceOption message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.NamespaceOption
             * @static
             * @param {runtime.v1.NamespaceOption} m NamespaceOption
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NamespaceOption.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.network = o.enums === $String ? "POD" : 0;
                    d.pid = o.enums === $String ? "POD" : 0;
                    d.ipc = o.enums === $String ? "POD" : 0;
                    d.targetId = "";
                }
                if (m.network != null && $Object.hasOwnProperty.call(m, "network")) {
                    d.network = o.enums === $String ? $root.runtime.v1.NamespaceMode[m.network] === $undefined ? m.network : $root.runtime.v1.NamespaceMode[m.network] : m.network;
                }
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                    d.pid = o.enums === $String ? $root.runtime.v1.NamespaceMode[m.pid] === $undefined ? m.pid : $root.runtime.v1.NamespaceMode[m.pid] : m.pid;
                }
                if (m.ipc != null && $Object.hasOwnProperty.call(m, "ipc")) {
                    d.ipc = o.enums === $String ? $root.runtime.v1.NamespaceMode[m.ipc] === $undefined ? m.ipc : $root.runtime.v1.NamespaceMode[m.ipc] : m.ipc;
                }
                if (m.targetId != null && $Object.hasOwnProperty.call(m, "targetId")) {
                    d.targetId = m.targetId;
                }
                return d;
            };

            /**
             * Converts this NamespaceOption to JSON.
             * @function toJSON
             * @memberof runtime.v1.NamespaceOption
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NamespaceOption.prototype.toJSON = function() {
                return NamespaceOption.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NamespaceOption
             * @function getTypeUrl
             * @memberof runtime.v1.NamespaceOption
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NamespaceOption.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.NamespaceOption";
            };

            return NamespaceOption;
        })();

        v1.Int64Value = (function() {

            /**
             * Properties of an Int64Value.
             * @typedef {Object} runtime.v1.Int64Value.$Properties
             * @property {number|Long|null} [value] Int64Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Int64Value.
             * @memberof runtime.v1
             * @interface IInt64Value
             * @augments runtime.v1.Int64Value.$Properties
             * @deprecated Use runtime.v1.Int64Value.$Properties instead.
             */

            /**
             * Shape of an Int64Value.
             * @typedef {runtime.v1.Int64Value.$Properties} runtime.v1.Int64Value.$Shape
             */

            /**
             * Constructs a new Int64Value.
             * @memberof runtime.v1
             * @classdesc Represents an Int64Value.
             * @constructor
             * @param {runtime.v1.Int64Value.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Int64Value = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Int64Value value.
             * @member {number|Long} value
             * @memberof runtime.v1.Int64Value
             * @instance
             */
            Int64Value.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @function create
             * @memberof runtime.v1.Int64Value
             * @static
             * @param {runtime.v1.Int64Value.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.Int64Value} Int64Value instance
             * @type {{
             *   (properties: runtime.v1.Int64Value.$Shape): runtime.v1.Int64Value & runtime.v1.Int64Value.$Shape;
             *   (properties?: runtime.v1.Int64Value.$Properties): runtime.v1.Int64Value;
             * }}
             */
            Int64Value.create = function(properties) {
                return new Int64Value(properties);
            };

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link runtime.v1.Int64Value.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.Int64Value
             * @static
             * @param {runtime.v1.Int64Value.$Properties} m Int64Value message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int64Value.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && (typeof m.value === "object" ? m.value.low || m.value.high : m.value !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.Int64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.Int64Value & runtime.v1.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int64Value.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.Int64Value();
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
                                m.value = v;
                            else
                                delete m.value;
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
             * Creates an Int64Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.Int64Value
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.Int64Value} Int64Value
             */
            Int64Value.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.Int64Value)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.Int64Value: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.Int64Value();
                if (d.value != null) {
                    if (typeof d.value === "object" ? d.value.low || d.value.high : $Number(d.value) !== 0) {
                        if ($util.Long)
                            m.value = $util.Long.fromValue(d.value, false);
                        else if (typeof d.value === "string")
                            m.value = $parseInt(d.value, 10);
                        else if (typeof d.value === "number")
                            m.value = d.value;
                        else if (typeof d.value === "object")
                            m.value = new $util.LongBits(d.value.low >>> 0, d.value.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Int64Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.Int64Value
             * @static
             * @param {runtime.v1.Int64Value} m Int64Value
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Int64Value.toObject = function (m, o, q) {
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
                        d.value = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.value = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.value = typeof m.value === "number" ? $BigInt(m.value) : $util.Long.fromBits(m.value.low >>> 0, m.value.high >>> 0, false).toBigInt();
                    else if (typeof m.value === "number")
                        d.value = o.longs === $String ? $String(m.value) : m.value;
                    else
                        d.value = o.longs === $String ? $util.Long.prototype.toString.call(m.value) : o.longs === $Number ? new $util.LongBits(m.value.low >>> 0, m.value.high >>> 0).toNumber() : m.value;
                }
                return d;
            };

            /**
             * Converts this Int64Value to JSON.
             * @function toJSON
             * @memberof runtime.v1.Int64Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Int64Value.prototype.toJSON = function() {
                return Int64Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Int64Value
             * @function getTypeUrl
             * @memberof runtime.v1.Int64Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Int64Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.Int64Value";
            };

            return Int64Value;
        })();

        v1.UInt64Value = (function() {

            /**
             * Properties of a UInt64Value.
             * @typedef {Object} runtime.v1.UInt64Value.$Properties
             * @property {number|Long|null} [value] UInt64Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UInt64Value.
             * @memberof runtime.v1
             * @interface IUInt64Value
             * @augments runtime.v1.UInt64Value.$Properties
             * @deprecated Use runtime.v1.UInt64Value.$Properties instead.
             */

            /**
             * Shape of a UInt64Value.
             * @typedef {runtime.v1.UInt64Value.$Properties} runtime.v1.UInt64Value.$Shape
             */

            /**
             * Constructs a new UInt64Value.
             * @memberof runtime.v1
             * @classdesc Represents a UInt64Value.
             * @constructor
             * @param {runtime.v1.UInt64Value.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UInt64Value = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * UInt64Value value.
             * @member {number|Long} value
             * @memberof runtime.v1.UInt64Value
             * @instance
             */
            UInt64Value.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @function create
             * @memberof runtime.v1.UInt64Value
             * @static
             * @param {runtime.v1.UInt64Value.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.UInt64Value} UInt64Value instance
             * @type {{
             *   (properties: runtime.v1.UInt64Value.$Shape): runtime.v1.UInt64Value & runtime.v1.UInt64Value.$Shape;
             *   (properties?: runtime.v1.UInt64Value.$Properties): runtime.v1.UInt64Value;
             * }}
             */
            UInt64Value.create = function(properties) {
                return new UInt64Value(properties);
            };

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link runtime.v1.UInt64Value.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.UInt64Value
             * @static
             * @param {runtime.v1.UInt64Value.$Properties} m UInt64Value message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt64Value.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && (typeof m.value === "object" ? m.value.low || m.value.high : m.value !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.UInt64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.UInt64Value & runtime.v1.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt64Value.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.UInt64Value();
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
                                m.value = v;
                            else
                                delete m.value;
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
             * Creates a UInt64Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.UInt64Value
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.UInt64Value} UInt64Value
             */
            UInt64Value.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.UInt64Value)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.UInt64Value: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.UInt64Value();
                if (d.value != null) {
                    if (typeof d.value === "object" ? d.value.low || d.value.high : $Number(d.value) !== 0) {
                        if ($util.Long)
                            m.value = $util.Long.fromValue(d.value, true);
                        else if (typeof d.value === "string")
                            m.value = $parseInt(d.value, 10);
                        else if (typeof d.value === "number")
                            m.value = d.value;
                        else if (typeof d.value === "object")
                            m.value = new $util.LongBits(d.value.low >>> 0, d.value.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a UInt64Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.UInt64Value
             * @static
             * @param {runtime.v1.UInt64Value} m UInt64Value
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UInt64Value.toObject = function (m, o, q) {
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
                        d.value = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.value = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.value = typeof m.value === "number" ? $BigInt(m.value) : $util.Long.fromBits(m.value.low >>> 0, m.value.high >>> 0, true).toBigInt();
                    else if (typeof m.value === "number")
                        d.value = o.longs === $String ? $String(m.value) : m.value;
                    else
                        d.value = o.longs === $String ? $util.Long.prototype.toString.call(m.value) : o.longs === $Number ? new $util.LongBits(m.value.low >>> 0, m.value.high >>> 0).toNumber(true) : m.value;
                }
                return d;
            };

            /**
             * Converts this UInt64Value to JSON.
             * @function toJSON
             * @memberof runtime.v1.UInt64Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UInt64Value.prototype.toJSON = function() {
                return UInt64Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UInt64Value
             * @function getTypeUrl
             * @memberof runtime.v1.UInt64Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UInt64Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.UInt64Value";
            };

            return UInt64Value;
        })();

        v1.LinuxSandboxSecurityContext = (function() {

            /**
             * Properties of a LinuxSandboxSecurityContext.
             * @typedef {Object} runtime.v1.LinuxSandboxSecurityContext.$Properties
             * @property {runtime.v1.NamespaceOption.$Properties|null} [namespaceOptions] LinuxSandboxSecurityContext namespaceOptions
             * @property {runtime.v1.Int64Value.$Properties|null} [runAsUser] LinuxSandboxSecurityContext runAsUser
             * @property {boolean|null} [readonlyRootfs] LinuxSandboxSecurityContext readonlyRootfs
             * @property {Array.<number|Long>|null} [supplementalGroups] LinuxSandboxSecurityContext supplementalGroups
             * @property {boolean|null} [privileged] LinuxSandboxSecurityContext privileged
             * @property {runtime.v1.Int64Value.$Properties|null} [runAsGroup] LinuxSandboxSecurityContext runAsGroup
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LinuxSandboxSecurityContext.
             * @memberof runtime.v1
             * @interface ILinuxSandboxSecurityContext
             * @augments runtime.v1.LinuxSandboxSecurityContext.$Properties
             * @deprecated Use runtime.v1.LinuxSandboxSecurityContext.$Properties instead.
             */

            /**
             * Shape of a LinuxSandboxSecurityContext.
             * @typedef {runtime.v1.LinuxSandboxSecurityContext.$Properties} runtime.v1.LinuxSandboxSecurityContext.$Shape
             */

            /**
             * Constructs a new LinuxSandboxSecurityContext.
             * @memberof runtime.v1
             * @classdesc Represents a LinuxSandboxSecurityContext.
             * @constructor
             * @param {runtime.v1.LinuxSandboxSecurityContext.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LinuxSandboxSecurityContext = function (p) {
                this.supplementalGroups = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LinuxSandboxSecurityContext namespaceOptions.
             * @member {runtime.v1.NamespaceOption.$Properties|null|undefined} namespaceOptions
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.namespaceOptions = null;

            /**
             * LinuxSandboxSecurityContext runAsUser.
             * @member {runtime.v1.Int64Value.$Properties|null|undefined} runAsUser
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.runAsUser = null;

            /**
             * LinuxSandboxSecurityContext readonlyRootfs.
             * @member {boolean} readonlyRootfs
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.readonlyRootfs = false;

            /**
             * LinuxSandboxSecurityContext supplementalGroups.
             * @member {Array.<number|Long>} supplementalGroups
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.supplementalGroups = $util.emptyArray;

            /**
             * LinuxSandboxSecurityContext privileged.
             * @member {boolean} privileged
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.privileged = false;

            /**
             * LinuxSandboxSecurityContext runAsGroup.
             * @member {runtime.v1.Int64Value.$Properties|null|undefined} runAsGroup
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.runAsGroup = null;

            /**
             * Creates a new LinuxSandboxSecurityContext instance using the specified properties.
             * @function create
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @static
             * @param {runtime.v1.LinuxSandboxSecurityContext.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.LinuxSandboxSecurityContext} LinuxSandboxSecurityContext instance
             * @type {{
             *   (properties: runtime.v1.LinuxSandboxSecurityContext.$Shape): runtime.v1.LinuxSandboxSecurityContext & runtime.v1.LinuxSandboxSecurityContext.$Shape;
             *   (properties?: runtime.v1.LinuxSandboxSecurityContext.$Properties): runtime.v1.LinuxSandboxSecurityContext;
             * }}
             */
            LinuxSandboxSecurityContext.create = function(properties) {
                return new LinuxSandboxSecurityContext(properties);
            };

            /**
             * Encodes the specified LinuxSandboxSecurityContext message. Does not implicitly {@link runtime.v1.LinuxSandboxSecurityContext.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @static
             * @param {runtime.v1.LinuxSandboxSecurityContext.$Properties} m LinuxSandboxSecurityContext message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinuxSandboxSecurityContext.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.namespaceOptions != null && $Object.hasOwnProperty.call(m, "namespaceOptions"))
                    $root.runtime.v1.NamespaceOption.encode(m.namespaceOptions, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.runAsUser != null && $Object.hasOwnProperty.call(m, "runAsUser"))
                    $root.runtime.v1.Int64Value.encode(m.runAsUser, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.readonlyRootfs != null && $Object.hasOwnProperty.call(m, "readonlyRootfs") && m.readonlyRootfs !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.readonlyRootfs);
                if (m.supplementalGroups != null && m.supplementalGroups.length) {
                    w.uint32(/* id 5, wireType 2 =*/42).int64s(m.supplementalGroups);
                }
                if (m.privileged != null && $Object.hasOwnProperty.call(m, "privileged") && m.privileged !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.privileged);
                if (m.runAsGroup != null && $Object.hasOwnProperty.call(m, "runAsGroup"))
                    $root.runtime.v1.Int64Value.encode(m.runAsGroup, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LinuxSandboxSecurityContext message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.LinuxSandboxSecurityContext & runtime.v1.LinuxSandboxSecurityContext.$Shape} LinuxSandboxSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinuxSandboxSecurityContext.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.LinuxSandboxSecurityContext();
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
                            m.namespaceOptions = $root.runtime.v1.NamespaceOption.decode(r, r.size(), $undefined, q + 1, m.namespaceOptions);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.runAsUser = $root.runtime.v1.Int64Value.decode(r, r.size(), $undefined, q + 1, m.runAsUser);
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.readonlyRootfs = v;
                            else
                                delete m.readonlyRootfs;
                            continue;
                        }
                    case 5: {
                            if (u === 2) {
                                if (!(m.supplementalGroups && m.supplementalGroups.length))
                                    m.supplementalGroups = [];
                                r.int64s(m.supplementalGroups);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.supplementalGroups && m.supplementalGroups.length))
                                m.supplementalGroups = [];
                            m.supplementalGroups.push(r.int64());
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.privileged = v;
                            else
                                delete m.privileged;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.runAsGroup = $root.runtime.v1.Int64Value.decode(r, r.size(), $undefined, q + 1, m.runAsGroup);
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
             * Creates a LinuxSandboxSecurityContext message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.LinuxSandboxSecurityContext} LinuxSandboxSecurityContext
             */
            LinuxSandboxSecurityContext.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.LinuxSandboxSecurityContext)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.LinuxSandboxSecurityContext: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.LinuxSandboxSecurityContext();
                if (d.namespaceOptions != null) {
                    if (!$util.isObject(d.namespaceOptions))
                        throw $TypeError(".runtime.v1.LinuxSandboxSecurityContext.namespaceOptions: object expected");
                    m.namespaceOptions = $root.runtime.v1.NamespaceOption.fromObject(d.namespaceOptions, q + 1);
                }
                if (d.runAsUser != null) {
                    if (!$util.isObject(d.runAsUser))
                        throw $TypeError(".runtime.v1.LinuxSandboxSecurityContext.runAsUser: object expected");
                    m.runAsUser = $root.runtime.v1.Int64Value.fromObject(d.runAsUser, q + 1);
                }
                if (d.readonlyRootfs != null) {
                    if (d.readonlyRootfs) {
                        m.readonlyRootfs = $Boolean(d.readonlyRootfs);
                    }
                }
                if (d.supplementalGroups) {
                    if (!$Array.isArray(d.supplementalGroups))
                        throw $TypeError(".runtime.v1.LinuxSandboxSecurityContext.supplementalGroups: array expected");
                    m.supplementalGroups = $Array(d.supplementalGroups.length);
                    for (var i = 0; i < d.supplementalGroups.length; ++i) {
                        if ($util.Long)
                            m.supplementalGroups[i] = $util.Long.fromValue(d.supplementalGroups[i], false);
                        else if (typeof d.supplementalGroups[i] === "string")
                            m.supplementalGroups[i] = $parseInt(d.supplementalGroups[i], 10);
                        else if (typeof d.supplementalGroups[i] === "number")
                            m.supplementalGroups[i] = d.supplementalGroups[i];
                        else if (typeof d.supplementalGroups[i] === "object")
                            m.supplementalGroups[i] = new $util.LongBits(d.supplementalGroups[i].low >>> 0, d.supplementalGroups[i].high >>> 0).toNumber();
                    }
                }
                if (d.privileged != null) {
                    if (d.privileged) {
                        m.privileged = $Boolean(d.privileged);
                    }
                }
                if (d.runAsGroup != null) {
                    if (!$util.isObject(d.runAsGroup))
                        throw $TypeError(".runtime.v1.LinuxSandboxSecurityContext.runAsGroup: object expected");
                    m.runAsGroup = $root.runtime.v1.Int64Value.fromObject(d.runAsGroup, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a LinuxSandboxSecurityContext message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @static
             * @param {runtime.v1.LinuxSandboxSecurityContext} m LinuxSandboxSecurityContext
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LinuxSandboxSecurityContext.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.supplementalGroups = [];
                }
                if (o.defaults) {
                    d.namespaceOptions = null;
                    d.runAsUser = null;
                    d.readonlyRootfs = false;
                    d.privileged = false;
                    d.runAsGroup = null;
                }
                if (m.namespaceOptions != null && $Object.hasOwnProperty.call(m, "namespaceOptions")) {
                    d.namespaceOptions = $root.runtime.v1.NamespaceOption.toObject(m.namespaceOptions, o, q + 1);
                }
                if (m.runAsUser != null && $Object.hasOwnProperty.call(m, "runAsUser")) {
                    d.runAsUser = $root.runtime.v1.Int64Value.toObject(m.runAsUser, o, q + 1);
                }
                if (m.readonlyRootfs != null && $Object.hasOwnProperty.call(m, "readonlyRootfs")) {
                    d.readonlyRootfs = m.readonlyRootfs;
                }
                if (m.supplementalGroups && m.supplementalGroups.length) {
                    d.supplementalGroups = $Array(m.supplementalGroups.length);
                    for (var j = 0; j < m.supplementalGroups.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.supplementalGroups[j] = typeof m.supplementalGroups[j] === "number" ? $BigInt(m.supplementalGroups[j]) : $util.Long.fromBits(m.supplementalGroups[j].low >>> 0, m.supplementalGroups[j].high >>> 0, false).toBigInt();
                        else if (typeof m.supplementalGroups[j] === "number")
                            d.supplementalGroups[j] = o.longs === $String ? $String(m.supplementalGroups[j]) : m.supplementalGroups[j];
                        else
                            d.supplementalGroups[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.supplementalGroups[j]) : o.longs === $Number ? new $util.LongBits(m.supplementalGroups[j].low >>> 0, m.supplementalGroups[j].high >>> 0).toNumber() : m.supplementalGroups[j];
                    }
                }
                if (m.privileged != null && $Object.hasOwnProperty.call(m, "privileged")) {
                    d.privileged = m.privileged;
                }
                if (m.runAsGroup != null && $Object.hasOwnProperty.call(m, "runAsGroup")) {
                    d.runAsGroup = $root.runtime.v1.Int64Value.toObject(m.runAsGroup, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this LinuxSandboxSecurityContext to JSON.
             * @function toJSON
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LinuxSandboxSecurityContext.prototype.toJSON = function() {
                return LinuxSandboxSecurityContext.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LinuxSandboxSecurityContext
             * @function getTypeUrl
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LinuxSandboxSecurityContext.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.LinuxSandboxSecurityContext";
            };

            return LinuxSandboxSecurityContext;
        })();

        v1.LinuxPodSandboxConfig = (function() {

            /**
             * Properties of a LinuxPodSandboxConfig.
             * @typedef {Object} runtime.v1.LinuxPodSandboxConfig.$Properties
             * @property {string|null} [cgroupParent] LinuxPodSandboxConfig cgroupParent
             * @property {runtime.v1.LinuxSandboxSecurityContext.$Properties|null} [securityContext] LinuxPodSandboxConfig securityContext
             * @property {Object.<string,string>|null} [sysctls] LinuxPodSandboxConfig sysctls
             * @property {runtime.v1.LinuxContainerResources.$Properties|null} [overhead] LinuxPodSandboxConfig overhead
             * @property {runtime.v1.LinuxContainerResources.$Properties|null} [resources] LinuxPodSandboxConfig resources
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LinuxPodSandboxConfig.
             * @memberof runtime.v1
             * @interface ILinuxPodSandboxConfig
             * @augments runtime.v1.LinuxPodSandboxConfig.$Properties
             * @deprecated Use runtime.v1.LinuxPodSandboxConfig.$Properties instead.
             */

            /**
             * Shape of a LinuxPodSandboxConfig.
             * @typedef {runtime.v1.LinuxPodSandboxConfig.$Properties} runtime.v1.LinuxPodSandboxConfig.$Shape
             */

            /**
             * Constructs a new LinuxPodSandboxConfig.
             * @memberof runtime.v1
             * @classdesc Represents a LinuxPodSandboxConfig.
             * @constructor
             * @param {runtime.v1.LinuxPodSandboxConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LinuxPodSandboxConfig = function (p) {
                this.sysctls = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LinuxPodSandboxConfig cgroupParent.
             * @member {string} cgroupParent
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @instance
             */
            LinuxPodSandboxConfig.prototype.cgroupParent = "";

            /**
             * LinuxPodSandboxConfig securityContext.
             * @member {runtime.v1.LinuxSandboxSecurityContext.$Properties|null|undefined} securityContext
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @instance
             */
            LinuxPodSandboxConfig.prototype.securityContext = null;

            /**
             * LinuxPodSandboxConfig sysctls.
             * @member {Object.<string,string>} sysctls
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @instance
             */
            LinuxPodSandboxConfig.prototype.sysctls = $util.emptyObject;

            /**
             * LinuxPodSandboxConfig overhead.
             * @member {runtime.v1.LinuxContainerResources.$Properties|null|undefined} overhead
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @instance
             */
            LinuxPodSandboxConfig.prototype.overhead = null;

            /**
             * LinuxPodSandboxConfig resources.
             * @member {runtime.v1.LinuxContainerResources.$Properties|null|undefined} resources
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @instance
             */
            LinuxPodSandboxConfig.prototype.resources = null;

            /**
             * Creates a new LinuxPodSandboxConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @static
             * @param {runtime.v1.LinuxPodSandboxConfig.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.LinuxPodSandboxConfig} LinuxPodSandboxConfig instance
             * @type {{
             *   (properties: runtime.v1.LinuxPodSandboxConfig.$Shape): runtime.v1.LinuxPodSandboxConfig & runtime.v1.LinuxPodSandboxConfig.$Shape;
             *   (properties?: runtime.v1.LinuxPodSandboxConfig.$Properties): runtime.v1.LinuxPodSandboxConfig;
             * }}
             */
            LinuxPodSandboxConfig.create = function(properties) {
                return new LinuxPodSandboxConfig(properties);
            };

            /**
             * Encodes the specified LinuxPodSandboxConfig message. Does not implicitly {@link runtime.v1.LinuxPodSandboxConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @static
             * @param {runtime.v1.LinuxPodSandboxConfig.$Properties} m LinuxPodSandboxConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinuxPodSandboxConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.cgroupParent != null && $Object.hasOwnProperty.call(m, "cgroupParent") && m.cgroupParent !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.cgroupParent);
                if (m.securityContext != null && $Object.hasOwnProperty.call(m, "securityContext"))
                    $root.runtime.v1.LinuxSandboxSecurityContext.encode(m.securityContext, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.sysctls != null && $Object.hasOwnProperty.call(m, "sysctls")) {
                    for (var ks = $Object.keys(m.sysctls), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.sysctls[ks[i]]).ldelim();
                    }
                }
                if (m.overhead != null && $Object.hasOwnProperty.call(m, "overhead"))
                    $root.runtime.v1.LinuxContainerResources.encode(m.overhead, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.resources != null && $Object.hasOwnProperty.call(m, "resources"))
                    $root.runtime.v1.LinuxContainerResources.encode(m.resources, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LinuxPodSandboxConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.LinuxPodSandboxConfig & runtime.v1.LinuxPodSandboxConfig.$Shape} LinuxPodSandboxConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinuxPodSandboxConfig.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.LinuxPodSandboxConfig();
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
                                m.cgroupParent = v;
                            else
                                delete m.cgroupParent;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.securityContext = $root.runtime.v1.LinuxSandboxSecurityContext.decode(r, r.size(), $undefined, q + 1, m.securityContext);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (m.sysctls === $util.emptyObject)
                                m.sysctls = {};
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
                                $util.makeProp(m.sysctls, k);
                            m.sysctls[k] = v;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.overhead = $root.runtime.v1.LinuxContainerResources.decode(r, r.size(), $undefined, q + 1, m.overhead);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.resources = $root.runtime.v1.LinuxContainerResources.decode(r, r.size(), $undefined, q + 1, m.resources);
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
             * Creates a LinuxPodSandboxConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.LinuxPodSandboxConfig} LinuxPodSandboxConfig
             */
            LinuxPodSandboxConfig.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.LinuxPodSandboxConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.LinuxPodSandboxConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.LinuxPodSandboxConfig();
                if (d.cgroupParent != null) {
                    if (typeof d.cgroupParent !== "string" || d.cgroupParent.length) {
                        m.cgroupParent = $String(d.cgroupParent);
                    }
                }
                if (d.securityContext != null) {
                    if (!$util.isObject(d.securityContext))
                        throw $TypeError(".runtime.v1.LinuxPodSandboxConfig.securityContext: object expected");
                    m.securityContext = $root.runtime.v1.LinuxSandboxSecurityContext.fromObject(d.securityContext, q + 1);
                }
                if (d.sysctls) {
                    if (!$util.isObject(d.sysctls))
                        throw $TypeError(".runtime.v1.LinuxPodSandboxConfig.sysctls: object expected");
                    m.sysctls = {};
                    for (var ks = $Object.keys(d.sysctls), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.sysctls, ks[i]);
                        m.sysctls[ks[i]] = $String(d.sysctls[ks[i]]);
                    }
                }
                if (d.overhead != null) {
                    if (!$util.isObject(d.overhead))
                        throw $TypeError(".runtime.v1.LinuxPodSandboxConfig.overhead: object expected");
                    m.overhead = $root.runtime.v1.LinuxContainerResources.fromObject(d.overhead, q + 1);
                }
                if (d.resources != null) {
                    if (!$util.isObject(d.resources))
                        throw $TypeError(".runtime.v1.LinuxPodSandboxConfig.resources: object expected");
                    m.resources = $root.runtime.v1.LinuxContainerResources.fromObject(d.resources, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a LinuxPodSandboxConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @static
             * @param {runtime.v1.LinuxPodSandboxConfig} m LinuxPodSandboxConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LinuxPodSandboxConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.sysctls = {};
                }
                if (o.defaults) {
                    d.cgroupParent = "";
                    d.securityContext = null;
                    d.overhead = null;
                    d.resources = null;
                }
                if (m.cgroupParent != null && $Object.hasOwnProperty.call(m, "cgroupParent")) {
                    d.cgroupParent = m.cgroupParent;
                }
                if (m.securityContext != null && $Object.hasOwnProperty.call(m, "securityContext")) {
                    d.securityContext = $root.runtime.v1.LinuxSandboxSecurityContext.toObject(m.securityContext, o, q + 1);
                }
                var ks2;
                if (m.sysctls && (ks2 = $Object.keys(m.sysctls)).length) {
                    d.sysctls = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.sysctls, ks2[j]);
                        d.sysctls[ks2[j]] = m.sysctls[ks2[j]];
                    }
                }
                if (m.overhead != null && $Object.hasOwnProperty.call(m, "overhead")) {
                    d.overhead = $root.runtime.v1.LinuxContainerResources.toObject(m.overhead, o, q + 1);
                }
                if (m.resources != null && $Object.hasOwnProperty.call(m, "resources")) {
                    d.resources = $root.runtime.v1.LinuxContainerResources.toObject(m.resources, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this LinuxPodSandboxConfig to JSON.
             * @function toJSON
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LinuxPodSandboxConfig.prototype.toJSON = function() {
                return LinuxPodSandboxConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LinuxPodSandboxConfig
             * @function getTypeUrl
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LinuxPodSandboxConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.LinuxPodSandboxConfig";
            };

            return LinuxPodSandboxConfig;
        })();

        v1.PodSandboxMetadata = (function() {

            /**
             * Properties of a PodSandboxMetadata.
             * @typedef {Object} runtime.v1.PodSandboxMetadata.$Properties
             * @property {string|null} [name] PodSandboxMetadata name
             * @property {string|null} [uid] PodSandboxMetadata uid
             * @property {string|null} [namespace] PodSandboxMetadata namespace
             * @property {number|null} [attempt] PodSandboxMetadata attempt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PodSandboxMetadata.
             * @memberof runtime.v1
             * @interface IPodSandboxMetadata
             * @augments runtime.v1.PodSandboxMetadata.$Properties
             * @deprecated Use runtime.v1.PodSandboxMetadata.$Properties instead.
             */

            /**
             * Shape of a PodSandboxMetadata.
             * @typedef {runtime.v1.PodSandboxMetadata.$Properties} runtime.v1.PodSandboxMetadata.$Shape
             */

            /**
             * Constructs a new PodSandboxMetadata.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxMetadata.
             * @constructor
             * @param {runtime.v1.PodSandboxMetadata.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PodSandboxMetadata = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PodSandboxMetadata name.
             * @member {string} name
             * @memberof runtime.v1.PodSandboxMetadata
             * @instance
             */
            PodSandboxMetadata.prototype.name = "";

            /**
             * PodSandboxMetadata uid.
             * @member {string} uid
             * @memberof runtime.v1.PodSandboxMetadata
             * @instance
             */
            PodSandboxMetadata.prototype.uid = "";

            /**
             * PodSandboxMetadata namespace.
             * @member {string} namespace
             * @memberof runtime.v1.PodSandboxMetadata
             * @instance
             */
            PodSandboxMetadata.prototype.namespace = "";

            /**
             * PodSandboxMetadata attempt.
             * @member {number} attempt
             * @memberof runtime.v1.PodSandboxMetadata
             * @instance
             */
            PodSandboxMetadata.prototype.attempt = 0;

            /**
             * Creates a new PodSandboxMetadata instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxMetadata
             * @static
             * @param {runtime.v1.PodSandboxMetadata.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxMetadata} PodSandboxMetadata instance
             * @type {{
             *   (properties: runtime.v1.PodSandboxMetadata.$Shape): runtime.v1.PodSandboxMetadata & runtime.v1.PodSandboxMetadata.$Shape;
             *   (properties?: runtime.v1.PodSandboxMetadata.$Properties): runtime.v1.PodSandboxMetadata;
             * }}
             */
            PodSandboxMetadata.create = function(properties) {
                return new PodSandboxMetadata(properties);
            };

            /**
             * Encodes the specified PodSandboxMetadata message. Does not implicitly {@link runtime.v1.PodSandboxMetadata.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxMetadata
             * @static
             * @param {runtime.v1.PodSandboxMetadata.$Properties} m PodSandboxMetadata message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxMetadata.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid") && m.uid !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.uid);
                if (m.namespace != null && $Object.hasOwnProperty.call(m, "namespace") && m.namespace !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.namespace);
                if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt") && m.attempt !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.attempt);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PodSandboxMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxMetadata & runtime.v1.PodSandboxMetadata.$Shape} PodSandboxMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxMetadata.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.PodSandboxMetadata();
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
                                m.uid = v;
                            else
                                delete m.uid;
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
             * Creates a PodSandboxMetadata message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.PodSandboxMetadata
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.PodSandboxMetadata} PodSandboxMetadata
             */
            PodSandboxMetadata.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.PodSandboxMetadata)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.PodSandboxMetadata: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.PodSandboxMetadata();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.uid != null) {
                    if (typeof d.uid !== "string" || d.uid.length) {
                        m.uid = $String(d.uid);
                    }
                }
                if (d.namespace != null) {
                    if (typeof d.namespace !== "string" || d.namespace.length) {
                        m.namespace = $String(d.namespace);
                    }
                }
                if (d.attempt != null) {
                    if ($Number(d.attempt) !== 0) {
                        m.attempt = d.attempt >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PodSandboxMetadata message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.PodSandboxMetadata
             * @static
             * @param {runtime.v1.PodSandboxMetadata} m PodSandboxMetadata
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PodSandboxMetadata.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.uid = "";
                    d.namespace = "";
                    d.attempt = 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid")) {
                    d.uid = m.uid;
                }
                if (m.namespace != null && $Object.hasOwnProperty.call(m, "namespace")) {
                    d.namespace = m.namespace;
                }
                if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt")) {
                    d.attempt = m.attempt;
                }
                return d;
            };

            /**
             * Converts this PodSandboxMetadata to JSON.
             * @function toJSON
             * @memberof runtime.v1.PodSandboxMetadata
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PodSandboxMetadata.prototype.toJSON = function() {
                return PodSandboxMetadata.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PodSandboxMetadata
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxMetadata
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PodSandboxMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.PodSandboxMetadata";
            };

            return PodSandboxMetadata;
        })();

        v1.PodSandboxConfig = (function() {

            /**
             * Properties of a PodSandboxConfig.
             * @typedef {Object} runtime.v1.PodSandboxConfig.$Properties
             * @property {runtime.v1.PodSandboxMetadata.$Properties|null} [metadata] PodSandboxConfig metadata
             * @property {string|null} [hostname] PodSandboxConfig hostname
             * @property {string|null} [logDirectory] PodSandboxConfig logDirectory
             * @property {runtime.v1.DNSConfig.$Properties|null} [dnsConfig] PodSandboxConfig dnsConfig
             * @property {Object.<string,string>|null} [labels] PodSandboxConfig labels
             * @property {Object.<string,string>|null} [annotations] PodSandboxConfig annotations
             * @property {runtime.v1.LinuxPodSandboxConfig.$Properties|null} [linux] PodSandboxConfig linux
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PodSandboxConfig.
             * @memberof runtime.v1
             * @interface IPodSandboxConfig
             * @augments runtime.v1.PodSandboxConfig.$Properties
             * @deprecated Use runtime.v1.PodSandboxConfig.$Properties instead.
             */

            /**
             * Shape of a PodSandboxConfig.
             * @typedef {runtime.v1.PodSandboxConfig.$Properties} runtime.v1.PodSandboxConfig.$Shape
             */

            /**
             * Constructs a new PodSandboxConfig.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxConfig.
             * @constructor
             * @param {runtime.v1.PodSandboxConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PodSandboxConfig = function (p) {
                this.labels = {};
                this.annotations = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PodSandboxConfig metadata.
             * @member {runtime.v1.PodSandboxMetadata.$Properties|null|undefined} metadata
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.metadata = null;

            /**
             * PodSandboxConfig hostname.
             * @member {string} hostname
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.hostname = "";

            /**
             * PodSandboxConfig logDirectory.
             * @member {string} logDirectory
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.logDirectory = "";

            /**
             * PodSandboxConfig dnsConfig.
             * @member {runtime.v1.DNSConfig.$Properties|null|undefined} dnsConfig
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.dnsConfig = null;

            /**
             * PodSandboxConfig labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.labels = $util.emptyObject;

            /**
             * PodSandboxConfig annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.annotations = $util.emptyObject;

            /**
             * PodSandboxConfig linux.
             * @member {runtime.v1.LinuxPodSandboxConfig.$Properties|null|undefined} linux
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.linux = null;

            /**
             * Creates a new PodSandboxConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxConfig
             * @static
             * @param {runtime.v1.PodSandboxConfig.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxConfig} PodSandboxConfig instance
             * @type {{
             *   (properties: runtime.v1.PodSandboxConfig.$Shape): runtime.v1.PodSandboxConfig & runtime.v1.PodSandboxConfig.$Shape;
             *   (properties?: runtime.v1.PodSandboxConfig.$Properties): runtime.v1.PodSandboxConfig;
             * }}
             */
            PodSandboxConfig.create = function(properties) {
                return new PodSandboxConfig(properties);
            };

            /**
             * Encodes the specified PodSandboxConfig message. Does not implicitly {@link runtime.v1.PodSandboxConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxConfig
             * @static
             * @param {runtime.v1.PodSandboxConfig.$Properties} m PodSandboxConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.runtime.v1.PodSandboxMetadata.encode(m.metadata, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname") && m.hostname !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.hostname);
                if (m.logDirectory != null && $Object.hasOwnProperty.call(m, "logDirectory") && m.logDirectory !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.logDirectory);
                if (m.dnsConfig != null && $Object.hasOwnProperty.call(m, "dnsConfig"))
                    $root.runtime.v1.DNSConfig.encode(m.dnsConfig, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                    for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labels[ks[i]]).ldelim();
                    }
                }
                if (m.annotations != null && $Object.hasOwnProperty.call(m, "annotations")) {
                    for (var ks = $Object.keys(m.annotations), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.annotations[ks[i]]).ldelim();
                    }
                }
                if (m.linux != null && $Object.hasOwnProperty.call(m, "linux"))
                    $root.runtime.v1.LinuxPodSandboxConfig.encode(m.linux, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PodSandboxConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxConfig & runtime.v1.PodSandboxConfig.$Shape} PodSandboxConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxConfig.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.PodSandboxConfig();
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
                            m.metadata = $root.runtime.v1.PodSandboxMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hostname = v;
                            else
                                delete m.hostname;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.logDirectory = v;
                            else
                                delete m.logDirectory;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.dnsConfig = $root.runtime.v1.DNSConfig.decode(r, r.size(), $undefined, q + 1, m.dnsConfig);
                            continue;
                        }
                    case 6: {
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
                    case 7: {
                            if (u !== 2)
                                break;
                            if (m.annotations === $util.emptyObject)
                                m.annotations = {};
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
                                $util.makeProp(m.annotations, k);
                            m.annotations[k] = v;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.linux = $root.runtime.v1.LinuxPodSandboxConfig.decode(r, r.size(), $undefined, q + 1, m.linux);
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
             * Creates a PodSandboxConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.PodSandboxConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.PodSandboxConfig} PodSandboxConfig
             */
            PodSandboxConfig.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.PodSandboxConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.PodSandboxConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.PodSandboxConfig();
                if (d.metadata != null) {
                    if (!$util.isObject(d.metadata))
                        throw $TypeError(".runtime.v1.PodSandboxConfig.metadata: object expected");
                    m.metadata = $root.runtime.v1.PodSandboxMetadata.fromObject(d.metadata, q + 1);
                }
                if (d.hostname != null) {
                    if (typeof d.hostname !== "string" || d.hostname.length) {
                        m.hostname = $String(d.hostname);
                    }
                }
                if (d.logDirectory != null) {
                    if (typeof d.logDirectory !== "string" || d.logDirectory.length) {
                        m.logDirectory = $String(d.logDirectory);
                    }
                }
                if (d.dnsConfig != null) {
                    if (!$util.isObject(d.dnsConfig))
                        throw $TypeError(".runtime.v1.PodSandboxConfig.dnsConfig: object expected");
                    m.dnsConfig = $root.runtime.v1.DNSConfig.fromObject(d.dnsConfig, q + 1);
                }
                if (d.labels) {
                    if (!$util.isObject(d.labels))
                        throw $TypeError(".runtime.v1.PodSandboxConfig.labels: object expected");
                    m.labels = {};
                    for (var ks = $Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labels, ks[i]);
                        m.labels[ks[i]] = $String(d.labels[ks[i]]);
                    }
                }
                if (d.annotations) {
                    if (!$util.isObject(d.annotations))
                        throw $TypeError(".runtime.v1.PodSandboxConfig.annotations: object expected");
                    m.annotations = {};
                    for (var ks = $Object.keys(d.annotations), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.annotations, ks[i]);
                        m.annotations[ks[i]] = $String(d.annotations[ks[i]]);
                    }
                }
                if (d.linux != null) {
                    if (!$util.isObject(d.linux))
                        throw $TypeError(".runtime.v1.PodSandboxConfig.linux: object expected");
                    m.linux = $root.runtime.v1.LinuxPodSandboxConfig.fromObject(d.linux, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a PodSandboxConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.PodSandboxConfig
             * @static
             * @param {runtime.v1.PodSandboxConfig} m PodSandboxConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PodSandboxConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.labels = {};
                    d.annotations = {};
                }
                if (o.defaults) {
                    d.metadata = null;
                    d.hostname = "";
                    d.logDirectory = "";
                    d.dnsConfig = null;
                    d.linux = null;
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    d.metadata = $root.runtime.v1.PodSandboxMetadata.toObject(m.metadata, o, q + 1);
                }
                if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname")) {
                    d.hostname = m.hostname;
                }
                if (m.logDirectory != null && $Object.hasOwnProperty.call(m, "logDirectory")) {
                    d.logDirectory = m.logDirectory;
                }
                if (m.dnsConfig != null && $Object.hasOwnProperty.call(m, "dnsConfig")) {
                    d.dnsConfig = $root.runtime.v1.DNSConfig.toObject(m.dnsConfig, o, q + 1);
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
                if (m.annotations && (ks2 = $Object.keys(m.annotations)).length) {
                    d.annotations = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.annotations, ks2[j]);
                        d.annotations[ks2[j]] = m.annotations[ks2[j]];
                    }
                }
                if (m.linux != null && $Object.hasOwnProperty.call(m, "linux")) {
                    d.linux = $root.runtime.v1.LinuxPodSandboxConfig.toObject(m.linux, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this PodSandboxConfig to JSON.
             * @function toJSON
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PodSandboxConfig.prototype.toJSON = function() {
                return PodSandboxConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PodSandboxConfig
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PodSandboxConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.PodSandboxConfig";
            };

            return PodSandboxConfig;
        })();

        v1.RunPodSandboxRequest = (function() {

            /**
             * Properties of a RunPodSandboxRequest.
             * @typedef {Object} runtime.v1.RunPodSandboxRequest.$Properties
             * @property {runtime.v1.PodSandboxConfig.$Properties|null} [config] RunPodSandboxRequest config
             * @property {string|null} [runtimeHandler] RunPodSandboxRequest runtimeHandler
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunPodSandboxRequest.
             * @memberof runtime.v1
             * @interface IRunPodSandboxRequest
             * @augments runtime.v1.RunPodSandboxRequest.$Properties
             * @deprecated Use runtime.v1.RunPodSandboxRequest.$Properties instead.
             */

            /**
             * Shape of a RunPodSandboxRequest.
             * @typedef {runtime.v1.RunPodSandboxRequest.$Properties} runtime.v1.RunPodSandboxRequest.$Shape
             */

            /**
             * Constructs a new RunPodSandboxRequest.
             * @memberof runtime.v1
             * @classdesc Represents a RunPodSandboxRequest.
             * @constructor
             * @param {runtime.v1.RunPodSandboxRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunPodSandboxRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RunPodSandboxRequest config.
             * @member {runtime.v1.PodSandboxConfig.$Properties|null|undefined} config
             * @memberof runtime.v1.RunPodSandboxRequest
             * @instance
             */
            RunPodSandboxRequest.prototype.config = null;

            /**
             * RunPodSandboxRequest runtimeHandler.
             * @member {string} runtimeHandler
             * @memberof runtime.v1.RunPodSandboxRequest
             * @instance
             */
            RunPodSandboxRequest.prototype.runtimeHandler = "";

            /**
             * Creates a new RunPodSandboxRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RunPodSandboxRequest
             * @static
             * @param {runtime.v1.RunPodSandboxRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.RunPodSandboxRequest} RunPodSandboxRequest instance
             * @type {{
             *   (properties: runtime.v1.RunPodSandboxRequest.$Shape): runtime.v1.RunPodSandboxRequest & runtime.v1.RunPodSandboxRequest.$Shape;
             *   (properties?: runtime.v1.RunPodSandboxRequest.$Properties): runtime.v1.RunPodSandboxRequest;
             * }}
             */
            RunPodSandboxRequest.create = function(properties) {
                return new RunPodSandboxRequest(properties);
            };

            /**
             * Encodes the specified RunPodSandboxRequest message. Does not implicitly {@link runtime.v1.RunPodSandboxRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RunPodSandboxRequest
             * @static
             * @param {runtime.v1.RunPodSandboxRequest.$Properties} m RunPodSandboxRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunPodSandboxRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.config != null && $Object.hasOwnProperty.call(m, "config"))
                    $root.runtime.v1.PodSandboxConfig.encode(m.config, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.runtimeHandler != null && $Object.hasOwnProperty.call(m, "runtimeHandler") && m.runtimeHandler !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.runtimeHandler);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RunPodSandboxRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RunPodSandboxRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.RunPodSandboxRequest & runtime.v1.RunPodSandboxRequest.$Shape} RunPodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunPodSandboxRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.RunPodSandboxRequest();
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
                            m.config = $root.runtime.v1.PodSandboxConfig.decode(r, r.size(), $undefined, q + 1, m.config);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.runtimeHandler = v;
                            else
                                delete m.runtimeHandler;
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
             * Creates a RunPodSandboxRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.RunPodSandboxRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.RunPodSandboxRequest} RunPodSandboxRequest
             */
            RunPodSandboxRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.RunPodSandboxRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.RunPodSandboxRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.RunPodSandboxRequest();
                if (d.config != null) {
                    if (!$util.isObject(d.config))
                        throw $TypeError(".runtime.v1.RunPodSandboxRequest.config: object expected");
                    m.config = $root.runtime.v1.PodSandboxConfig.fromObject(d.config, q + 1);
                }
                if (d.runtimeHandler != null) {
                    if (typeof d.runtimeHandler !== "string" || d.runtimeHandler.length) {
                        m.runtimeHandler = $String(d.runtimeHandler);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RunPodSandboxRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.RunPodSandboxRequest
             * @static
             * @param {runtime.v1.RunPodSandboxRequest} m RunPodSandboxRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunPodSandboxRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.config = null;
                    d.runtimeHandler = "";
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = $root.runtime.v1.PodSandboxConfig.toObject(m.config, o, q + 1);
                }
                if (m.runtimeHandler != null && $Object.hasOwnProperty.call(m, "runtimeHandler")) {
                    d.runtimeHandler = m.runtimeHandler;
                }
                return d;
            };

            /**
             * Converts this RunPodSandboxRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.RunPodSandboxRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunPodSandboxRequest.prototype.toJSON = function() {
                return RunPodSandboxRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunPodSandboxRequest
             * @function getTypeUrl
             * @memberof runtime.v1.RunPodSandboxRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunPodSandboxRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.RunPodSandboxRequest";
            };

            return RunPodSandboxRequest;
        })();

        v1.RunPodSandboxResponse = (function() {

            /**
             * Properties of a RunPodSandboxResponse.
             * @typedef {Object} runtime.v1.RunPodSandboxResponse.$Properties
             * @property {string|null} [podSandboxId] RunPodSandboxResponse podSandboxId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunPodSandboxResponse.
             * @memberof runtime.v1
             * @interface IRunPodSandboxResponse
             * @augments runtime.v1.RunPodSandboxResponse.$Properties
             * @deprecated Use runtime.v1.RunPodSandboxResponse.$Properties instead.
             */

            /**
             * Shape of a RunPodSandboxResponse.
             * @typedef {runtime.v1.RunPodSandboxResponse.$Properties} runtime.v1.RunPodSandboxResponse.$Shape
             */

            /**
             * Constructs a new RunPodSandboxResponse.
             * @memberof runtime.v1
             * @classdesc Represents a RunPodSandboxResponse.
             * @constructor
             * @param {runtime.v1.RunPodSandboxResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunPodSandboxResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RunPodSandboxResponse podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.RunPodSandboxResponse
             * @instance
             */
            RunPodSandboxResponse.prototype.podSandboxId = "";

            /**
             * Creates a new RunPodSandboxResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RunPodSandboxResponse
             * @static
             * @param {runtime.v1.RunPodSandboxResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.RunPodSandboxResponse} RunPodSandboxResponse instance
             * @type {{
             *   (properties: runtime.v1.RunPodSandboxResponse.$Shape): runtime.v1.RunPodSandboxResponse & runtime.v1.RunPodSandboxResponse.$Shape;
             *   (properties?: runtime.v1.RunPodSandboxResponse.$Properties): runtime.v1.RunPodSandboxResponse;
             * }}
             */
            RunPodSandboxResponse.create = function(properties) {
                return new RunPodSandboxResponse(properties);
            };

            /**
             * Encodes the specified RunPodSandboxResponse message. Does not implicitly {@link runtime.v1.RunPodSandboxResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RunPodSandboxResponse
             * @static
             * @param {runtime.v1.RunPodSandboxResponse.$Properties} m RunPodSandboxResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunPodSandboxResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId") && m.podSandboxId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.podSandboxId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RunPodSandboxResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RunPodSandboxResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.RunPodSandboxResponse & runtime.v1.RunPodSandboxResponse.$Shape} RunPodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunPodSandboxResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.RunPodSandboxResponse();
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
                                m.podSandboxId = v;
                            else
                                delete m.podSandboxId;
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
             * Creates a RunPodSandboxResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.RunPodSandboxResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.RunPodSandboxResponse} RunPodSandboxResponse
             */
            RunPodSandboxResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.RunPodSandboxResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.RunPodSandboxResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.RunPodSandboxResponse();
                if (d.podSandboxId != null) {
                    if (typeof d.podSandboxId !== "string" || d.podSandboxId.length) {
                        m.podSandboxId = $String(d.podSandboxId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RunPodSandboxResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.RunPodSandboxResponse
             * @static
             * @param {runtime.v1.RunPodSandboxResponse} m RunPodSandboxResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunPodSandboxResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.podSandboxId = "";
                }
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId")) {
                    d.podSandboxId = m.podSandboxId;
                }
                return d;
            };

            /**
             * Converts this RunPodSandboxResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.RunPodSandboxResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunPodSandboxResponse.prototype.toJSON = function() {
                return RunPodSandboxResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunPodSandboxResponse
             * @function getTypeUrl
             * @memberof runtime.v1.RunPodSandboxResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunPodSandboxResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.RunPodSandboxResponse";
            };

            return RunPodSandboxResponse;
        })();

        v1.StopPodSandboxRequest = (function() {

            /**
             * Properties of a StopPodSandboxRequest.
             * @typedef {Object} runtime.v1.StopPodSandboxRequest.$Properties
             * @property {string|null} [podSandboxId] StopPodSandboxRequest podSandboxId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StopPodSandboxRequest.
             * @memberof runtime.v1
             * @interface IStopPodSandboxRequest
             * @augments runtime.v1.StopPodSandboxRequest.$Properties
             * @deprecated Use runtime.v1.StopPodSandboxRequest.$Properties instead.
             */

            /**
             * Shape of a StopPodSandboxRequest.
             * @typedef {runtime.v1.StopPodSandboxRequest.$Properties} runtime.v1.StopPodSandboxRequest.$Shape
             */

            /**
             * Constructs a new StopPodSandboxRequest.
             * @memberof runtime.v1
             * @classdesc Represents a StopPodSandboxRequest.
             * @constructor
             * @param {runtime.v1.StopPodSandboxRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StopPodSandboxRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StopPodSandboxRequest podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.StopPodSandboxRequest
             * @instance
             */
            StopPodSandboxRequest.prototype.podSandboxId = "";

            /**
             * Creates a new StopPodSandboxRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StopPodSandboxRequest
             * @static
             * @param {runtime.v1.StopPodSandboxRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.StopPodSandboxRequest} StopPodSandboxRequest instance
             * @type {{
             *   (properties: runtime.v1.StopPodSandboxRequest.$Shape): runtime.v1.StopPodSandboxRequest & runtime.v1.StopPodSandboxRequest.$Shape;
             *   (properties?: runtime.v1.StopPodSandboxRequest.$Properties): runtime.v1.StopPodSandboxRequest;
             * }}
             */
            StopPodSandboxRequest.create = function(properties) {
                return new StopPodSandboxRequest(properties);
            };

            /**
             * Encodes the specified StopPodSandboxRequest message. Does not implicitly {@link runtime.v1.StopPodSandboxRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StopPodSandboxRequest
             * @static
             * @param {runtime.v1.StopPodSandboxRequest.$Properties} m StopPodSandboxRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopPodSandboxRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId") && m.podSandboxId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.podSandboxId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StopPodSandboxRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StopPodSandboxRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.StopPodSandboxRequest & runtime.v1.StopPodSandboxRequest.$Shape} StopPodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopPodSandboxRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.StopPodSandboxRequest();
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
                                m.podSandboxId = v;
                            else
                                delete m.podSandboxId;
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
             * Creates a StopPodSandboxRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.StopPodSandboxRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.StopPodSandboxRequest} StopPodSandboxRequest
             */
            StopPodSandboxRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.StopPodSandboxRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.StopPodSandboxRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.StopPodSandboxRequest();
                if (d.podSandboxId != null) {
                    if (typeof d.podSandboxId !== "string" || d.podSandboxId.length) {
                        m.podSandboxId = $String(d.podSandboxId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StopPodSandboxRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.StopPodSandboxRequest
             * @static
             * @param {runtime.v1.StopPodSandboxRequest} m StopPodSandboxRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopPodSandboxRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.podSandboxId = "";
                }
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId")) {
                    d.podSandboxId = m.podSandboxId;
                }
                return d;
            };

            /**
             * Converts this StopPodSandboxRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.StopPodSandboxRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopPodSandboxRequest.prototype.toJSON = function() {
                return StopPodSandboxRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StopPodSandboxRequest
             * @function getTypeUrl
             * @memberof runtime.v1.StopPodSandboxRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StopPodSandboxRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.StopPodSandboxRequest";
            };

            return StopPodSandboxRequest;
        })();

        v1.StopPodSandboxResponse = (function() {

            /**
             * Properties of a StopPodSandboxResponse.
             * @typedef {Object} runtime.v1.StopPodSandboxResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StopPodSandboxResponse.
             * @memberof runtime.v1
             * @interface IStopPodSandboxResponse
             * @augments runtime.v1.StopPodSandboxResponse.$Properties
             * @deprecated Use runtime.v1.StopPodSandboxResponse.$Properties instead.
             */

            /**
             * Shape of a StopPodSandboxResponse.
             * @typedef {runtime.v1.StopPodSandboxResponse.$Properties} runtime.v1.StopPodSandboxResponse.$Shape
             */

            /**
             * Constructs a new StopPodSandboxResponse.
             * @memberof runtime.v1
             * @classdesc Represents a StopPodSandboxResponse.
             * @constructor
             * @param {runtime.v1.StopPodSandboxResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StopPodSandboxResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new StopPodSandboxResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StopPodSandboxResponse
             * @static
             * @param {runtime.v1.StopPodSandboxResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.StopPodSandboxResponse} StopPodSandboxResponse instance
             * @type {{
             *   (properties: runtime.v1.StopPodSandboxResponse.$Shape): runtime.v1.StopPodSandboxResponse & runtime.v1.StopPodSandboxResponse.$Shape;
             *   (properties?: runtime.v1.StopPodSandboxResponse.$Properties): runtime.v1.StopPodSandboxResponse;
             * }}
             */
            StopPodSandboxResponse.create = function(properties) {
                return new StopPodSandboxResponse(properties);
            };

            /**
             * Encodes the specified StopPodSandboxResponse message. Does not implicitly {@link runtime.v1.StopPodSandboxResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StopPodSandboxResponse
             * @static
             * @param {runtime.v1.StopPodSandboxResponse.$Properties} m StopPodSandboxResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopPodSandboxResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StopPodSandboxResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StopPodSandboxResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.StopPodSandboxResponse & runtime.v1.StopPodSandboxResponse.$Shape} StopPodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopPodSandboxResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.StopPodSandboxResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
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
             * Creates a StopPodSandboxResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.StopPodSandboxResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.StopPodSandboxResponse} StopPodSandboxResponse
             */
            StopPodSandboxResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.StopPodSandboxResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.StopPodSandboxResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.runtime.v1.StopPodSandboxResponse();
            };

            /**
             * Creates a plain object from a StopPodSandboxResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.StopPodSandboxResponse
             * @static
             * @param {runtime.v1.StopPodSandboxResponse} m StopPodSandboxResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopPodSandboxResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this StopPodSandboxResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.StopPodSandboxResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopPodSandboxResponse.prototype.toJSON = function() {
                return StopPodSandboxResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StopPodSandboxResponse
             * @function getTypeUrl
             * @memberof runtime.v1.StopPodSandboxResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StopPodSandboxResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.StopPodSandboxResponse";
            };

            return StopPodSandboxResponse;
        })();

        v1.RemovePodSandboxRequest = (function() {

            /**
             * Properties of a RemovePodSandboxRequest.
             * @typedef {Object} runtime.v1.RemovePodSandboxRequest.$Properties
             * @property {string|null} [podSandboxId] RemovePodSandboxRequest podSandboxId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemovePodSandboxRequest.
             * @memberof runtime.v1
             * @interface IRemovePodSandboxRequest
             * @augments runtime.v1.RemovePodSandboxRequest.$Properties
             * @deprecated Use runtime.v1.RemovePodSandboxRequest.$Properties instead.
             */

            /**
             * Shape of a RemovePodSandboxRequest.
             * @typedef {runtime.v1.RemovePodSandboxRequest.$Properties} runtime.v1.RemovePodSandboxRequest.$Shape
             */

            /**
             * Constructs a new RemovePodSandboxRequest.
             * @memberof runtime.v1
             * @classdesc Represents a RemovePodSandboxRequest.
             * @constructor
             * @param {runtime.v1.RemovePodSandboxRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemovePodSandboxRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RemovePodSandboxRequest podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @instance
             */
            RemovePodSandboxRequest.prototype.podSandboxId = "";

            /**
             * Creates a new RemovePodSandboxRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @static
             * @param {runtime.v1.RemovePodSandboxRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.RemovePodSandboxRequest} RemovePodSandboxRequest instance
             * @type {{
             *   (properties: runtime.v1.RemovePodSandboxRequest.$Shape): runtime.v1.RemovePodSandboxRequest & runtime.v1.RemovePodSandboxRequest.$Shape;
             *   (properties?: runtime.v1.RemovePodSandboxRequest.$Properties): runtime.v1.RemovePodSandboxRequest;
             * }}
             */
            RemovePodSandboxRequest.create = function(properties) {
                return new RemovePodSandboxRequest(properties);
            };

            /**
             * Encodes the specified RemovePodSandboxRequest message. Does not implicitly {@link runtime.v1.RemovePodSandboxRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @static
             * @param {runtime.v1.RemovePodSandboxRequest.$Properties} m RemovePodSandboxRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemovePodSandboxRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId") && m.podSandboxId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.podSandboxId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RemovePodSandboxRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.RemovePodSandboxRequest & runtime.v1.RemovePodSandboxRequest.$Shape} RemovePodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemovePodSandboxRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.RemovePodSandboxRequest();
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
                                m.podSandboxId = v;
                            else
                                delete m.podSandboxId;
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
             * Creates a RemovePodSandboxRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.RemovePodSandboxRequest} RemovePodSandboxRequest
             */
            RemovePodSandboxRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.RemovePodSandboxRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.RemovePodSandboxRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.RemovePodSandboxRequest();
                if (d.podSandboxId != null) {
                    if (typeof d.podSandboxId !== "string" || d.podSandboxId.length) {
                        m.podSandboxId = $String(d.podSandboxId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RemovePodSandboxRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @static
             * @param {runtime.v1.RemovePodSandboxRequest} m RemovePodSandboxRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RemovePodSandboxRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.podSandboxId = "";
                }
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId")) {
                    d.podSandboxId = m.podSandboxId;
                }
                return d;
            };

            /**
             * Converts this RemovePodSandboxRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RemovePodSandboxRequest.prototype.toJSON = function() {
                return RemovePodSandboxRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RemovePodSandboxRequest
             * @function getTypeUrl
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RemovePodSandboxRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.RemovePodSandboxRequest";
            };

            return RemovePodSandboxRequest;
        })();

        v1.RemovePodSandboxResponse = (function() {

            /**
             * Properties of a RemovePodSandboxResponse.
             * @typedef {Object} runtime.v1.RemovePodSandboxResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemovePodSandboxResponse.
             * @memberof runtime.v1
             * @interface IRemovePodSandboxResponse
             * @augments runtime.v1.RemovePodSandboxResponse.$Properties
             * @deprecated Use runtime.v1.RemovePodSandboxResponse.$Properties instead.
             */

            /**
             * Shape of a RemovePodSandboxResponse.
             * @typedef {runtime.v1.RemovePodSandboxResponse.$Properties} runtime.v1.RemovePodSandboxResponse.$Shape
             */

            /**
             * Constructs a new RemovePodSandboxResponse.
             * @memberof runtime.v1
             * @classdesc Represents a RemovePodSandboxResponse.
             * @constructor
             * @param {runtime.v1.RemovePodSandboxResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemovePodSandboxResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new RemovePodSandboxResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RemovePodSandboxResponse
             * @static
             * @param {runtime.v1.RemovePodSandboxResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.RemovePodSandboxResponse} RemovePodSandboxResponse instance
             * @type {{
             *   (properties: runtime.v1.RemovePodSandboxResponse.$Shape): runtime.v1.RemovePodSandboxResponse & runtime.v1.RemovePodSandboxResponse.$Shape;
             *   (properties?: runtime.v1.RemovePodSandboxResponse.$Properties): runtime.v1.RemovePodSandboxResponse;
             * }}
             */
            RemovePodSandboxResponse.create = function(properties) {
                return new RemovePodSandboxResponse(properties);
            };

            /**
             * Encodes the specified RemovePodSandboxResponse message. Does not implicitly {@link runtime.v1.RemovePodSandboxResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RemovePodSandboxResponse
             * @static
             * @param {runtime.v1.RemovePodSandboxResponse.$Properties} m RemovePodSandboxResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemovePodSandboxResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RemovePodSandboxResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RemovePodSandboxResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.RemovePodSandboxResponse & runtime.v1.RemovePodSandboxResponse.$Shape} RemovePodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemovePodSandboxResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.RemovePodSandboxResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
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
             * Creates a RemovePodSandboxResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.RemovePodSandboxResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.RemovePodSandboxResponse} RemovePodSandboxResponse
             */
            RemovePodSandboxResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.RemovePodSandboxResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.RemovePodSandboxResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.runtime.v1.RemovePodSandboxResponse();
            };

            /**
             * Creates a plain object from a RemovePodSandboxResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.RemovePodSandboxResponse
             * @static
             * @param {runtime.v1.RemovePodSandboxResponse} m RemovePodSandboxResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RemovePodSandboxResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this RemovePodSandboxResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.RemovePodSandboxResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RemovePodSandboxResponse.prototype.toJSON = function() {
                return RemovePodSandboxResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RemovePodSandboxResponse
             * @function getTypeUrl
             * @memberof runtime.v1.RemovePodSandboxResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RemovePodSandboxResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.RemovePodSandboxResponse";
            };

            return RemovePodSandboxResponse;
        })();

        /**
         * PodSandboxState enum.
         * @name runtime.v1.PodSandboxState
         * @enum {number}
         * @property {number} SANDBOX_READY=0 SANDBOX_READY value
         * @property {number} SANDBOX_NOTREADY=1 SANDBOX_NOTREADY value
         */
        v1.PodSandboxState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SANDBOX_READY"] = 0;
            values[valuesById[1] = "SANDBOX_NOTREADY"] = 1;
            return values;
        })();

        v1.PodSandboxStateValue = (function() {

            /**
             * Properties of a PodSandboxStateValue.
             * @typedef {Object} runtime.v1.PodSandboxStateValue.$Properties
             * @property {runtime.v1.PodSandboxState|null} [state] PodSandboxStateValue state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PodSandboxStateValue.
             * @memberof runtime.v1
             * @interface IPodSandboxStateValue
             * @augments runtime.v1.PodSandboxStateValue.$Properties
             * @deprecated Use runtime.v1.PodSandboxStateValue.$Properties instead.
             */

            /**
             * Shape of a PodSandboxStateValue.
             * @typedef {runtime.v1.PodSandboxStateValue.$Properties} runtime.v1.PodSandboxStateValue.$Shape
             */

            /**
             * Constructs a new PodSandboxStateValue.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxStateValue.
             * @constructor
             * @param {runtime.v1.PodSandboxStateValue.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PodSandboxStateValue = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PodSandboxStateValue state.
             * @member {runtime.v1.PodSandboxState} state
             * @memberof runtime.v1.PodSandboxStateValue
             * @instance
             */
            PodSandboxStateValue.prototype.state = 0;

            /**
             * Creates a new PodSandboxStateValue instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxStateValue
             * @static
             * @param {runtime.v1.PodSandboxStateValue.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxStateValue} PodSandboxStateValue instance
             * @type {{
             *   (properties: runtime.v1.PodSandboxStateValue.$Shape): runtime.v1.PodSandboxStateValue & runtime.v1.PodSandboxStateValue.$Shape;
             *   (properties?: runtime.v1.PodSandboxStateValue.$Properties): runtime.v1.PodSandboxStateValue;
             * }}
             */
            PodSandboxStateValue.create = function(properties) {
                return new PodSandboxStateValue(properties);
            };

            /**
             * Encodes the specified PodSandboxStateValue message. Does not implicitly {@link runtime.v1.PodSandboxStateValue.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxStateValue
             * @static
             * @param {runtime.v1.PodSandboxStateValue.$Properties} m PodSandboxStateValue message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxStateValue.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.state);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PodSandboxStateValue message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxStateValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxStateValue & runtime.v1.PodSandboxStateValue.$Shape} PodSandboxStateValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxStateValue.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.PodSandboxStateValue();
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
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
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
             * Creates a PodSandboxStateValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.PodSandboxStateValue
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.PodSandboxStateValue} PodSandboxStateValue
             */
            PodSandboxStateValue.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.PodSandboxStateValue)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.PodSandboxStateValue: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.PodSandboxStateValue();
                if (d.state !== 0 && (typeof d.state !== "string" || $root.runtime.v1.PodSandboxState[d.state] !== 0)) {
                    switch (d.state) {
                    case "SANDBOX_READY":
                    case 0:
                        m.state = 0;
                        break;
                    case "SANDBOX_NOTREADY":
                    case 1:
                        m.state = 1;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PodSandboxStateValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.PodSandboxStateValue
             * @static
             * @param {runtime.v1.PodSandboxStateValue} m PodSandboxStateValue
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PodSandboxStateValue.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.state = o.enums === $String ? "SANDBOX_READY" : 0;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.runtime.v1.PodSandboxState[m.state] === $undefined ? m.state : $root.runtime.v1.PodSandboxState[m.state] : m.state;
                }
                return d;
            };

            /**
             * Converts this PodSandboxStateValue to JSON.
             * @function toJSON
             * @memberof runtime.v1.PodSandboxStateValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PodSandboxStateValue.prototype.toJSON = function() {
                return PodSandboxStateValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PodSandboxStateValue
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxStateValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PodSandboxStateValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.PodSandboxStateValue";
            };

            return PodSandboxStateValue;
        })();

        v1.PodSandboxFilter = (function() {

            /**
             * Properties of a PodSandboxFilter.
             * @typedef {Object} runtime.v1.PodSandboxFilter.$Properties
             * @property {string|null} [id] PodSandboxFilter id
             * @property {runtime.v1.PodSandboxStateValue.$Properties|null} [state] PodSandboxFilter state
             * @property {Object.<string,string>|null} [labelSelector] PodSandboxFilter labelSelector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PodSandboxFilter.
             * @memberof runtime.v1
             * @interface IPodSandboxFilter
             * @augments runtime.v1.PodSandboxFilter.$Properties
             * @deprecated Use runtime.v1.PodSandboxFilter.$Properties instead.
             */

            /**
             * Shape of a PodSandboxFilter.
             * @typedef {runtime.v1.PodSandboxFilter.$Properties} runtime.v1.PodSandboxFilter.$Shape
             */

            /**
             * Constructs a new PodSandboxFilter.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxFilter.
             * @constructor
             * @param {runtime.v1.PodSandboxFilter.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PodSandboxFilter = function (p) {
                this.labelSelector = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PodSandboxFilter id.
             * @member {string} id
             * @memberof runtime.v1.PodSandboxFilter
             * @instance
             */
            PodSandboxFilter.prototype.id = "";

            /**
             * PodSandboxFilter state.
             * @member {runtime.v1.PodSandboxStateValue.$Properties|null|undefined} state
             * @memberof runtime.v1.PodSandboxFilter
             * @instance
             */
            PodSandboxFilter.prototype.state = null;

            /**
             * PodSandboxFilter labelSelector.
             * @member {Object.<string,string>} labelSelector
             * @memberof runtime.v1.PodSandboxFilter
             * @instance
             */
            PodSandboxFilter.prototype.labelSelector = $util.emptyObject;

            /**
             * Creates a new PodSandboxFilter instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxFilter
             * @static
             * @param {runtime.v1.PodSandboxFilter.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxFilter} PodSandboxFilter instance
             * @type {{
             *   (properties: runtime.v1.PodSandboxFilter.$Shape): runtime.v1.PodSandboxFilter & runtime.v1.PodSandboxFilter.$Shape;
             *   (properties?: runtime.v1.PodSandboxFilter.$Properties): runtime.v1.PodSandboxFilter;
             * }}
             */
            PodSandboxFilter.create = function(properties) {
                return new PodSandboxFilter(properties);
            };

            /**
             * Encodes the specified PodSandboxFilter message. Does not implicitly {@link runtime.v1.PodSandboxFilter.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxFilter
             * @static
             * @param {runtime.v1.PodSandboxFilter.$Properties} m PodSandboxFilter message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxFilter.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state"))
                    $root.runtime.v1.PodSandboxStateValue.encode(m.state, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector")) {
                    for (var ks = $Object.keys(m.labelSelector), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labelSelector[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PodSandboxFilter message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxFilter & runtime.v1.PodSandboxFilter.$Shape} PodSandboxFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxFilter.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.PodSandboxFilter();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.state = $root.runtime.v1.PodSandboxStateValue.decode(r, r.size(), $undefined, q + 1, m.state);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (m.labelSelector === $util.emptyObject)
                                m.labelSelector = {};
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
                                $util.makeProp(m.labelSelector, k);
                            m.labelSelector[k] = v;
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
             * Creates a PodSandboxFilter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.PodSandboxFilter
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.PodSandboxFilter} PodSandboxFilter
             */
            PodSandboxFilter.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.PodSandboxFilter)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.PodSandboxFilter: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.PodSandboxFilter();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.state != null) {
                    if (!$util.isObject(d.state))
                        throw $TypeError(".runtime.v1.PodSandboxFilter.state: object expected");
                    m.state = $root.runtime.v1.PodSandboxStateValue.fromObject(d.state, q + 1);
                }
                if (d.labelSelector) {
                    if (!$util.isObject(d.labelSelector))
                        throw $TypeError(".runtime.v1.PodSandboxFilter.labelSelector: object expected");
                    m.labelSelector = {};
                    for (var ks = $Object.keys(d.labelSelector), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labelSelector, ks[i]);
                        m.labelSelector[ks[i]] = $String(d.labelSelector[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PodSandboxFilter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.PodSandboxFilter
             * @static
             * @param {runtime.v1.PodSandboxFilter} m PodSandboxFilter
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PodSandboxFilter.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.labelSelector = {};
                }
                if (o.defaults) {
                    d.id = "";
                    d.state = null;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = $root.runtime.v1.PodSandboxStateValue.toObject(m.state, o, q + 1);
                }
                var ks2;
                if (m.labelSelector && (ks2 = $Object.keys(m.labelSelector)).length) {
                    d.labelSelector = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.labelSelector, ks2[j]);
                        d.labelSelector[ks2[j]] = m.labelSelector[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this PodSandboxFilter to JSON.
             * @function toJSON
             * @memberof runtime.v1.PodSandboxFilter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PodSandboxFilter.prototype.toJSON = function() {
                return PodSandboxFilter.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PodSandboxFilter
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxFilter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PodSandboxFilter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.PodSandboxFilter";
            };

            return PodSandboxFilter;
        })();

        v1.ListPodSandboxRequest = (function() {

            /**
             * Properties of a ListPodSandboxRequest.
             * @typedef {Object} runtime.v1.ListPodSandboxRequest.$Properties
             * @property {runtime.v1.PodSandboxFilter.$Properties|null} [filter] ListPodSandboxRequest filter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListPodSandboxRequest.
             * @memberof runtime.v1
             * @interface IListPodSandboxRequest
             * @augments runtime.v1.ListPodSandboxRequest.$Properties
             * @deprecated Use runtime.v1.ListPodSandboxRequest.$Properties instead.
             */

            /**
             * Shape of a ListPodSandboxRequest.
             * @typedef {runtime.v1.ListPodSandboxRequest.$Properties} runtime.v1.ListPodSandboxRequest.$Shape
             */

            /**
             * Constructs a new ListPodSandboxRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ListPodSandboxRequest.
             * @constructor
             * @param {runtime.v1.ListPodSandboxRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListPodSandboxRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListPodSandboxRequest filter.
             * @member {runtime.v1.PodSandboxFilter.$Properties|null|undefined} filter
             * @memberof runtime.v1.ListPodSandboxRequest
             * @instance
             */
            ListPodSandboxRequest.prototype.filter = null;

            /**
             * Creates a new ListPodSandboxRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListPodSandboxRequest
             * @static
             * @param {runtime.v1.ListPodSandboxRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ListPodSandboxRequest} ListPodSandboxRequest instance
             * @type {{
             *   (properties: runtime.v1.ListPodSandboxRequest.$Shape): runtime.v1.ListPodSandboxRequest & runtime.v1.ListPodSandboxRequest.$Shape;
             *   (properties?: runtime.v1.ListPodSandboxRequest.$Properties): runtime.v1.ListPodSandboxRequest;
             * }}
             */
            ListPodSandboxRequest.create = function(properties) {
                return new ListPodSandboxRequest(properties);
            };

            /**
             * Encodes the specified ListPodSandboxRequest message. Does not implicitly {@link runtime.v1.ListPodSandboxRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListPodSandboxRequest
             * @static
             * @param {runtime.v1.ListPodSandboxRequest.$Properties} m ListPodSandboxRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPodSandboxRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.filter != null && $Object.hasOwnProperty.call(m, "filter"))
                    $root.runtime.v1.PodSandboxFilter.encode(m.filter, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListPodSandboxRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListPodSandboxRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ListPodSandboxRequest & runtime.v1.ListPodSandboxRequest.$Shape} ListPodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPodSandboxRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ListPodSandboxRequest();
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
                            m.filter = $root.runtime.v1.PodSandboxFilter.decode(r, r.size(), $undefined, q + 1, m.filter);
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
             * Creates a ListPodSandboxRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ListPodSandboxRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ListPodSandboxRequest} ListPodSandboxRequest
             */
            ListPodSandboxRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ListPodSandboxRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ListPodSandboxRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ListPodSandboxRequest();
                if (d.filter != null) {
                    if (!$util.isObject(d.filter))
                        throw $TypeError(".runtime.v1.ListPodSandboxRequest.filter: object expected");
                    m.filter = $root.runtime.v1.PodSandboxFilter.fromObject(d.filter, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ListPodSandboxRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ListPodSandboxRequest
             * @static
             * @param {runtime.v1.ListPodSandboxRequest} m ListPodSandboxRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListPodSandboxRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.filter = null;
                }
                if (m.filter != null && $Object.hasOwnProperty.call(m, "filter")) {
                    d.filter = $root.runtime.v1.PodSandboxFilter.toObject(m.filter, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ListPodSandboxRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.ListPodSandboxRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListPodSandboxRequest.prototype.toJSON = function() {
                return ListPodSandboxRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListPodSandboxRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ListPodSandboxRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListPodSandboxRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ListPodSandboxRequest";
            };

            return ListPodSandboxRequest;
        })();

        v1.PodSandbox = (function() {

            /**
             * Properties of a PodSandbox.
             * @typedef {Object} runtime.v1.PodSandbox.$Properties
             * @property {string|null} [id] PodSandbox id
             * @property {runtime.v1.PodSandboxMetadata.$Properties|null} [metadata] PodSandbox metadata
             * @property {runtime.v1.PodSandboxState|null} [state] PodSandbox state
             * @property {number|Long|null} [createdAt] PodSandbox createdAt
             * @property {Object.<string,string>|null} [labels] PodSandbox labels
             * @property {Object.<string,string>|null} [annotations] PodSandbox annotations
             * @property {string|null} [runtimeHandler] PodSandbox runtimeHandler
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PodSandbox.
             * @memberof runtime.v1
             * @interface IPodSandbox
             * @augments runtime.v1.PodSandbox.$Properties
             * @deprecated Use runtime.v1.PodSandbox.$Properties instead.
             */

            /**
             * Shape of a PodSandbox.
             * @typedef {runtime.v1.PodSandbox.$Properties} runtime.v1.PodSandbox.$Shape
             */

            /**
             * Constructs a new PodSandbox.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandbox.
             * @constructor
             * @param {runtime.v1.PodSandbox.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PodSandbox = function (p) {
                this.labels = {};
                this.annotations = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PodSandbox id.
             * @member {string} id
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.id = "";

            /**
             * PodSandbox metadata.
             * @member {runtime.v1.PodSandboxMetadata.$Properties|null|undefined} metadata
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.metadata = null;

            /**
             * PodSandbox state.
             * @member {runtime.v1.PodSandboxState} state
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.state = 0;

            /**
             * PodSandbox createdAt.
             * @member {number|Long} createdAt
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PodSandbox labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.labels = $util.emptyObject;

            /**
             * PodSandbox annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.annotations = $util.emptyObject;

            /**
             * PodSandbox runtimeHandler.
             * @member {string} runtimeHandler
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.runtimeHandler = "";

            /**
             * Creates a new PodSandbox instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandbox
             * @static
             * @param {runtime.v1.PodSandbox.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.PodSandbox} PodSandbox instance
             * @type {{
             *   (properties: runtime.v1.PodSandbox.$Shape): runtime.v1.PodSandbox & runtime.v1.PodSandbox.$Shape;
             *   (properties?: runtime.v1.PodSandbox.$Properties): runtime.v1.PodSandbox;
             * }}
             */
            PodSandbox.create = function(properties) {
                return new PodSandbox(properties);
            };

            /**
             * Encodes the specified PodSandbox message. Does not implicitly {@link runtime.v1.PodSandbox.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandbox
             * @static
             * @param {runtime.v1.PodSandbox.$Properties} m PodSandbox message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandbox.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.runtime.v1.PodSandboxMetadata.encode(m.metadata, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.state);
                if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt") && (typeof m.createdAt === "object" ? m.createdAt.low || m.createdAt.high : m.createdAt !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.createdAt);
                if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                    for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labels[ks[i]]).ldelim();
                    }
                }
                if (m.annotations != null && $Object.hasOwnProperty.call(m, "annotations")) {
                    for (var ks = $Object.keys(m.annotations), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.annotations[ks[i]]).ldelim();
                    }
                }
                if (m.runtimeHandler != null && $Object.hasOwnProperty.call(m, "runtimeHandler") && m.runtimeHandler !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.runtimeHandler);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PodSandbox message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandbox
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandbox & runtime.v1.PodSandbox.$Shape} PodSandbox
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandbox.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.PodSandbox();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.runtime.v1.PodSandboxMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.createdAt = v;
                            else
                                delete m.createdAt;
                            continue;
                        }
                    case 5: {
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
                    case 6: {
                            if (u !== 2)
                                break;
                            if (m.annotations === $util.emptyObject)
                                m.annotations = {};
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
                                $util.makeProp(m.annotations, k);
                            m.annotations[k] = v;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.runtimeHandler = v;
                            else
                                delete m.runtimeHandler;
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
             * Creates a PodSandbox message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.PodSandbox
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.PodSandbox} PodSandbox
             */
            PodSandbox.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.PodSandbox)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.PodSandbox: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.PodSandbox();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.metadata != null) {
                    if (!$util.isObject(d.metadata))
                        throw $TypeError(".runtime.v1.PodSandbox.metadata: object expected");
                    m.metadata = $root.runtime.v1.PodSandboxMetadata.fromObject(d.metadata, q + 1);
                }
                if (d.state !== 0 && (typeof d.state !== "string" || $root.runtime.v1.PodSandboxState[d.state] !== 0)) {
                    switch (d.state) {
                    case "SANDBOX_READY":
                    case 0:
                        m.state = 0;
                        break;
                    case "SANDBOX_NOTREADY":
                    case 1:
                        m.state = 1;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                if (d.createdAt != null) {
                    if (typeof d.createdAt === "object" ? d.createdAt.low || d.createdAt.high : $Number(d.createdAt) !== 0) {
                        if ($util.Long)
                            m.createdAt = $util.Long.fromValue(d.createdAt, false);
                        else if (typeof d.createdAt === "string")
                            m.createdAt = $parseInt(d.createdAt, 10);
                        else if (typeof d.createdAt === "number")
                            m.createdAt = d.createdAt;
                        else if (typeof d.createdAt === "object")
                            m.createdAt = new $util.LongBits(d.createdAt.low >>> 0, d.createdAt.high >>> 0).toNumber();
                    }
                }
                if (d.labels) {
                    if (!$util.isObject(d.labels))
                        throw $TypeError(".runtime.v1.PodSandbox.labels: object expected");
                    m.labels = {};
                    for (var ks = $Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labels, ks[i]);
                        m.labels[ks[i]] = $String(d.labels[ks[i]]);
                    }
                }
                if (d.annotations) {
                    if (!$util.isObject(d.annotations))
                        throw $TypeError(".runtime.v1.PodSandbox.annotations: object expected");
                    m.annotations = {};
                    for (var ks = $Object.keys(d.annotations), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.annotations, ks[i]);
                        m.annotations[ks[i]] = $String(d.annotations[ks[i]]);
                    }
                }
                if (d.runtimeHandler != null) {
                    if (typeof d.runtimeHandler !== "string" || d.runtimeHandler.length) {
                        m.runtimeHandler = $String(d.runtimeHandler);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PodSandbox message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.PodSandbox
             * @static
             * @param {runtime.v1.PodSandbox} m PodSandbox
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PodSandbox.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.labels = {};
                    d.annotations = {};
                }
                if (o.defaults) {
                    d.id = "";
                    d.metadata = null;
                    d.state = o.enums === $String ? "SANDBOX_READY" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.createdAt = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.createdAt = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.runtimeHandler = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    d.metadata = $root.runtime.v1.PodSandboxMetadata.toObject(m.metadata, o, q + 1);
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.runtime.v1.PodSandboxState[m.state] === $undefined ? m.state : $root.runtime.v1.PodSandboxState[m.state] : m.state;
                }
                if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.createdAt = typeof m.createdAt === "number" ? $BigInt(m.createdAt) : $util.Long.fromBits(m.createdAt.low >>> 0, m.createdAt.high >>> 0, false).toBigInt();
                    else if (typeof m.createdAt === "number")
                        d.createdAt = o.longs === $String ? $String(m.createdAt) : m.createdAt;
                    else
                        d.createdAt = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAt) : o.longs === $Number ? new $util.LongBits(m.createdAt.low >>> 0, m.createdAt.high >>> 0).toNumber() : m.createdAt;
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
                if (m.annotations && (ks2 = $Object.keys(m.annotations)).length) {
                    d.annotations = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.annotations, ks2[j]);
                        d.annotations[ks2[j]] = m.annotations[ks2[j]];
                    }
                }
                if (m.runtimeHandler != null && $Object.hasOwnProperty.call(m, "runtimeHandler")) {
                    d.runtimeHandler = m.runtimeHandler;
                }
                return d;
            };

            /**
             * Converts this PodSandbox to JSON.
             * @function toJSON
             * @memberof runtime.v1.PodSandbox
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PodSandbox.prototype.toJSON = function() {
                return PodSandbox.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PodSandbox
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandbox
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PodSandbox.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.PodSandbox";
            };

            return PodSandbox;
        })();

        v1.ListPodSandboxResponse = (function() {

            /**
             * Properties of a ListPodSandboxResponse.
             * @typedef {Object} runtime.v1.ListPodSandboxResponse.$Properties
             * @property {Array.<runtime.v1.PodSandbox.$Properties>|null} [items] ListPodSandboxResponse items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListPodSandboxResponse.
             * @memberof runtime.v1
             * @interface IListPodSandboxResponse
             * @augments runtime.v1.ListPodSandboxResponse.$Properties
             * @deprecated Use runtime.v1.ListPodSandboxResponse.$Properties instead.
             */

            /**
             * Shape of a ListPodSandboxResponse.
             * @typedef {runtime.v1.ListPodSandboxResponse.$Properties} runtime.v1.ListPodSandboxResponse.$Shape
             */

            /**
             * Constructs a new ListPodSandboxResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ListPodSandboxResponse.
             * @constructor
             * @param {runtime.v1.ListPodSandboxResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListPodSandboxResponse = function (p) {
                this.items = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListPodSandboxResponse items.
             * @member {Array.<runtime.v1.PodSandbox.$Properties>} items
             * @memberof runtime.v1.ListPodSandboxResponse
             * @instance
             */
            ListPodSandboxResponse.prototype.items = $util.emptyArray;

            /**
             * Creates a new ListPodSandboxResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListPodSandboxResponse
             * @static
             * @param {runtime.v1.ListPodSandboxResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ListPodSandboxResponse} ListPodSandboxResponse instance
             * @type {{
             *   (properties: runtime.v1.ListPodSandboxResponse.$Shape): runtime.v1.ListPodSandboxResponse & runtime.v1.ListPodSandboxResponse.$Shape;
             *   (properties?: runtime.v1.ListPodSandboxResponse.$Properties): runtime.v1.ListPodSandboxResponse;
             * }}
             */
            ListPodSandboxResponse.create = function(properties) {
                return new ListPodSandboxResponse(properties);
            };

            /**
             * Encodes the specified ListPodSandboxResponse message. Does not implicitly {@link runtime.v1.ListPodSandboxResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListPodSandboxResponse
             * @static
             * @param {runtime.v1.ListPodSandboxResponse.$Properties} m ListPodSandboxResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPodSandboxResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.items != null && m.items.length) {
                    for (var i = 0; i < m.items.length; ++i)
                        $root.runtime.v1.PodSandbox.encode(m.items[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListPodSandboxResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListPodSandboxResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ListPodSandboxResponse & runtime.v1.ListPodSandboxResponse.$Shape} ListPodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPodSandboxResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ListPodSandboxResponse();
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
                            if (!(m.items && m.items.length))
                                m.items = [];
                            m.items.push($root.runtime.v1.PodSandbox.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a ListPodSandboxResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ListPodSandboxResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ListPodSandboxResponse} ListPodSandboxResponse
             */
            ListPodSandboxResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ListPodSandboxResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ListPodSandboxResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ListPodSandboxResponse();
                if (d.items) {
                    if (!$Array.isArray(d.items))
                        throw $TypeError(".runtime.v1.ListPodSandboxResponse.items: array expected");
                    m.items = $Array(d.items.length);
                    for (var i = 0; i < d.items.length; ++i) {
                        if (!$util.isObject(d.items[i]))
                            throw $TypeError(".runtime.v1.ListPodSandboxResponse.items: object expected");
                        m.items[i] = $root.runtime.v1.PodSandbox.fromObject(d.items[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ListPodSandboxResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ListPodSandboxResponse
             * @static
             * @param {runtime.v1.ListPodSandboxResponse} m ListPodSandboxResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListPodSandboxResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.items = [];
                }
                if (m.items && m.items.length) {
                    d.items = $Array(m.items.length);
                    for (var j = 0; j < m.items.length; ++j) {
                        d.items[j] = $root.runtime.v1.PodSandbox.toObject(m.items[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ListPodSandboxResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.ListPodSandboxResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListPodSandboxResponse.prototype.toJSON = function() {
                return ListPodSandboxResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListPodSandboxResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ListPodSandboxResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListPodSandboxResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ListPodSandboxResponse";
            };

            return ListPodSandboxResponse;
        })();

        v1.ImageSpec = (function() {

            /**
             * Properties of an ImageSpec.
             * @typedef {Object} runtime.v1.ImageSpec.$Properties
             * @property {string|null} [image] ImageSpec image
             * @property {Object.<string,string>|null} [annotations] ImageSpec annotations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ImageSpec.
             * @memberof runtime.v1
             * @interface IImageSpec
             * @augments runtime.v1.ImageSpec.$Properties
             * @deprecated Use runtime.v1.ImageSpec.$Properties instead.
             */

            /**
             * Shape of an ImageSpec.
             * @typedef {runtime.v1.ImageSpec.$Properties} runtime.v1.ImageSpec.$Shape
             */

            /**
             * Constructs a new ImageSpec.
             * @memberof runtime.v1
             * @classdesc Represents an ImageSpec.
             * @constructor
             * @param {runtime.v1.ImageSpec.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ImageSpec = function (p) {
                this.annotations = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ImageSpec image.
             * @member {string} image
             * @memberof runtime.v1.ImageSpec
             * @instance
             */
            ImageSpec.prototype.image = "";

            /**
             * ImageSpec annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.ImageSpec
             * @instance
             */
            ImageSpec.prototype.annotations = $util.emptyObject;

            /**
             * Creates a new ImageSpec instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ImageSpec
             * @static
             * @param {runtime.v1.ImageSpec.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ImageSpec} ImageSpec instance
             * @type {{
             *   (properties: runtime.v1.ImageSpec.$Shape): runtime.v1.ImageSpec & runtime.v1.ImageSpec.$Shape;
             *   (properties?: runtime.v1.ImageSpec.$Properties): runtime.v1.ImageSpec;
             * }}
             */
            ImageSpec.create = function(properties) {
                return new ImageSpec(properties);
            };

            /**
             * Encodes the specified ImageSpec message. Does not implicitly {@link runtime.v1.ImageSpec.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ImageSpec
             * @static
             * @param {runtime.v1.ImageSpec.$Properties} m ImageSpec message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.image != null && $Object.hasOwnProperty.call(m, "image") && m.image !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.image);
                if (m.annotations != null && $Object.hasOwnProperty.call(m, "annotations")) {
                    for (var ks = $Object.keys(m.annotations), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.annotations[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ImageSpec message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ImageSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ImageSpec & runtime.v1.ImageSpec.$Shape} ImageSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageSpec.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ImageSpec();
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
                                m.image = v;
                            else
                                delete m.image;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (m.annotations === $util.emptyObject)
                                m.annotations = {};
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
                                $util.makeProp(m.annotations, k);
                            m.annotations[k] = v;
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
             * Creates an ImageSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ImageSpec
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ImageSpec} ImageSpec
             */
            ImageSpec.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ImageSpec)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ImageSpec: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ImageSpec();
                if (d.image != null) {
                    if (typeof d.image !== "string" || d.image.length) {
                        m.image = $String(d.image);
                    }
                }
                if (d.annotations) {
                    if (!$util.isObject(d.annotations))
                        throw $TypeError(".runtime.v1.ImageSpec.annotations: object expected");
                    m.annotations = {};
                    for (var ks = $Object.keys(d.annotations), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.annotations, ks[i]);
                        m.annotations[ks[i]] = $String(d.annotations[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ImageSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ImageSpec
             * @static
             * @param {runtime.v1.ImageSpec} m ImageSpec
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ImageSpec.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.annotations = {};
                }
                if (o.defaults) {
                    d.image = "";
                }
                if (m.image != null && $Object.hasOwnProperty.call(m, "image")) {
                    d.image = m.image;
                }
                var ks2;
                if (m.annotations && (ks2 = $Object.keys(m.annotations)).length) {
                    d.annotations = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.annotations, ks2[j]);
                        d.annotations[ks2[j]] = m.annotations[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this ImageSpec to JSON.
             * @function toJSON
             * @memberof runtime.v1.ImageSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ImageSpec.prototype.toJSON = function() {
                return ImageSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ImageSpec
             * @function getTypeUrl
             * @memberof runtime.v1.ImageSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ImageSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ImageSpec";
            };

            return ImageSpec;
        })();

        v1.KeyValue = (function() {

            /**
             * Properties of a KeyValue.
             * @typedef {Object} runtime.v1.KeyValue.$Properties
             * @property {string|null} [key] KeyValue key
             * @property {string|null} [value] KeyValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyValue.
             * @memberof runtime.v1
             * @interface IKeyValue
             * @augments runtime.v1.KeyValue.$Properties
             * @deprecated Use runtime.v1.KeyValue.$Properties instead.
             */

            /**
             * Shape of a KeyValue.
             * @typedef {runtime.v1.KeyValue.$Properties} runtime.v1.KeyValue.$Shape
             */

            /**
             * Constructs a new KeyValue.
             * @memberof runtime.v1
             * @classdesc Represents a KeyValue.
             * @constructor
             * @param {runtime.v1.KeyValue.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyValue = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * KeyValue key.
             * @member {string} key
             * @memberof runtime.v1.KeyValue
             * @instance
             */
            KeyValue.prototype.key = "";

            /**
             * KeyValue value.
             * @member {string} value
             * @memberof runtime.v1.KeyValue
             * @instance
             */
            KeyValue.prototype.value = "";

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @function create
             * @memberof runtime.v1.KeyValue
             * @static
             * @param {runtime.v1.KeyValue.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.KeyValue} KeyValue instance
             * @type {{
             *   (properties: runtime.v1.KeyValue.$Shape): runtime.v1.KeyValue & runtime.v1.KeyValue.$Shape;
             *   (properties?: runtime.v1.KeyValue.$Properties): runtime.v1.KeyValue;
             * }}
             */
            KeyValue.create = function(properties) {
                return new KeyValue(properties);
            };

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link runtime.v1.KeyValue.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.KeyValue
             * @static
             * @param {runtime.v1.KeyValue.$Properties} m KeyValue message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyValue.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.KeyValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.KeyValue & runtime.v1.KeyValue.$Shape} KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyValue.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.KeyValue();
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
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.value = v;
                            else
                                delete m.value;
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
             * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.KeyValue
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.KeyValue} KeyValue
             */
            KeyValue.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.KeyValue)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.KeyValue: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.KeyValue();
                if (d.key != null) {
                    if (typeof d.key !== "string" || d.key.length) {
                        m.key = $String(d.key);
                    }
                }
                if (d.value != null) {
                    if (typeof d.value !== "string" || d.value.length) {
                        m.value = $String(d.value);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.KeyValue
             * @static
             * @param {runtime.v1.KeyValue} m KeyValue
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeyValue.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.key = "";
                    d.value = "";
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = m.value;
                }
                return d;
            };

            /**
             * Converts this KeyValue to JSON.
             * @function toJSON
             * @memberof runtime.v1.KeyValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeyValue.prototype.toJSON = function() {
                return KeyValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeyValue
             * @function getTypeUrl
             * @memberof runtime.v1.KeyValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.KeyValue";
            };

            return KeyValue;
        })();

        v1.LinuxContainerResources = (function() {

            /**
             * Properties of a LinuxContainerResources.
             * @typedef {Object} runtime.v1.LinuxContainerResources.$Properties
             * @property {number|Long|null} [cpuPeriod] LinuxContainerResources cpuPeriod
             * @property {number|Long|null} [cpuQuota] LinuxContainerResources cpuQuota
             * @property {number|Long|null} [cpuShares] LinuxContainerResources cpuShares
             * @property {number|Long|null} [memoryLimitInBytes] LinuxContainerResources memoryLimitInBytes
             * @property {number|Long|null} [oomScoreAdj] LinuxContainerResources oomScoreAdj
             * @property {string|null} [cpusetCpus] LinuxContainerResources cpusetCpus
             * @property {string|null} [cpusetMems] LinuxContainerResources cpusetMems
             * @property {Object.<string,string>|null} [unified] LinuxContainerResources unified
             * @property {number|Long|null} [memorySwapLimitInBytes] LinuxContainerResources memorySwapLimitInBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LinuxContainerResources.
             * @memberof runtime.v1
             * @interface ILinuxContainerResources
             * @augments runtime.v1.LinuxContainerResources.$Properties
             * @deprecated Use runtime.v1.LinuxContainerResources.$Properties instead.
             */

            /**
             * Shape of a LinuxContainerResources.
             * @typedef {runtime.v1.LinuxContainerResources.$Properties} runtime.v1.LinuxContainerResources.$Shape
             */

            /**
             * Constructs a new LinuxContainerResources.
             * @memberof runtime.v1
             * @classdesc Represents a LinuxContainerResources.
             * @constructor
             * @param {runtime.v1.LinuxContainerResources.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LinuxContainerResources = function (p) {
                this.unified = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LinuxContainerResources cpuPeriod.
             * @member {number|Long} cpuPeriod
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.cpuPeriod = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LinuxContainerResources cpuQuota.
             * @member {number|Long} cpuQuota
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.cpuQuota = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LinuxContainerResources cpuShares.
             * @member {number|Long} cpuShares
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.cpuShares = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LinuxContainerResources memoryLimitInBytes.
             * @member {number|Long} memoryLimitInBytes
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.memoryLimitInBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LinuxContainerResources oomScoreAdj.
             * @member {number|Long} oomScoreAdj
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.oomScoreAdj = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LinuxContainerResources cpusetCpus.
             * @member {string} cpusetCpus
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.cpusetCpus = "";

            /**
             * LinuxContainerResources cpusetMems.
             * @member {string} cpusetMems
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.cpusetMems = "";

            /**
             * LinuxContainerResources unified.
             * @member {Object.<string,string>} unified
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.unified = $util.emptyObject;

            /**
             * LinuxContainerResources memorySwapLimitInBytes.
             * @member {number|Long} memorySwapLimitInBytes
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.memorySwapLimitInBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new LinuxContainerResources instance using the specified properties.
             * @function create
             * @memberof runtime.v1.LinuxContainerResources
             * @static
             * @param {runtime.v1.LinuxContainerResources.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.LinuxContainerResources} LinuxContainerResources instance
             * @type {{
             *   (properties: runtime.v1.LinuxContainerResources.$Shape): runtime.v1.LinuxContainerResources & runtime.v1.LinuxContainerResources.$Shape;
             *   (properties?: runtime.v1.LinuxContainerResources.$Properties): runtime.v1.LinuxContainerResources;
             * }}
             */
            LinuxContainerResources.create = function(properties) {
                return new LinuxContainerResources(properties);
            };

            /**
             * Encodes the specified LinuxContainerResources message. Does not implicitly {@link runtime.v1.LinuxContainerResources.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.LinuxContainerResources
             * @static
             * @param {runtime.v1.LinuxContainerResources.$Properties} m LinuxContainerResources message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinuxContainerResources.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.cpuPeriod != null && $Object.hasOwnProperty.call(m, "cpuPeriod") && (typeof m.cpuPeriod === "object" ? m.cpuPeriod.low || m.cpuPeriod.high : m.cpuPeriod !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.cpuPeriod);
                if (m.cpuQuota != null && $Object.hasOwnProperty.call(m, "cpuQuota") && (typeof m.cpuQuota === "object" ? m.cpuQuota.low || m.cpuQuota.high : m.cpuQuota !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.cpuQuota);
                if (m.cpuShares != null && $Object.hasOwnProperty.call(m, "cpuShares") && (typeof m.cpuShares === "object" ? m.cpuShares.low || m.cpuShares.high : m.cpuShares !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.cpuShares);
                if (m.memoryLimitInBytes != null && $Object.hasOwnProperty.call(m, "memoryLimitInBytes") && (typeof m.memoryLimitInBytes === "object" ? m.memoryLimitInBytes.low || m.memoryLimitInBytes.high : m.memoryLimitInBytes !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.memoryLimitInBytes);
                if (m.oomScoreAdj != null && $Object.hasOwnProperty.call(m, "oomScoreAdj") && (typeof m.oomScoreAdj === "object" ? m.oomScoreAdj.low || m.oomScoreAdj.high : m.oomScoreAdj !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.oomScoreAdj);
                if (m.cpusetCpus != null && $Object.hasOwnProperty.call(m, "cpusetCpus") && m.cpusetCpus !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.cpusetCpus);
                if (m.cpusetMems != null && $Object.hasOwnProperty.call(m, "cpusetMems") && m.cpusetMems !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.cpusetMems);
                if (m.unified != null && $Object.hasOwnProperty.call(m, "unified")) {
                    for (var ks = $Object.keys(m.unified), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.unified[ks[i]]).ldelim();
                    }
                }
                if (m.memorySwapLimitInBytes != null && $Object.hasOwnProperty.call(m, "memorySwapLimitInBytes") && (typeof m.memorySwapLimitInBytes === "object" ? m.memorySwapLimitInBytes.low || m.memorySwapLimitInBytes.high : m.memorySwapLimitInBytes !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).int64(m.memorySwapLimitInBytes);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LinuxContainerResources message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.LinuxContainerResources
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.LinuxContainerResources & runtime.v1.LinuxContainerResources.$Shape} LinuxContainerResources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinuxContainerResources.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.LinuxContainerResources();
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
                                m.cpuPeriod = v;
                            else
                                delete m.cpuPeriod;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.cpuQuota = v;
                            else
                                delete m.cpuQuota;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.cpuShares = v;
                            else
                                delete m.cpuShares;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.memoryLimitInBytes = v;
                            else
                                delete m.memoryLimitInBytes;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.oomScoreAdj = v;
                            else
                                delete m.oomScoreAdj;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cpusetCpus = v;
                            else
                                delete m.cpusetCpus;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cpusetMems = v;
                            else
                                delete m.cpusetMems;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if (m.unified === $util.emptyObject)
                                m.unified = {};
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
                                $util.makeProp(m.unified, k);
                            m.unified[k] = v;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.memorySwapLimitInBytes = v;
                            else
                                delete m.memorySwapLimitInBytes;
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
             * Creates a LinuxContainerResources message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.LinuxContainerResources
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.LinuxContainerResources} LinuxContainerResources
             */
            LinuxContainerResources.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.LinuxContainerResources)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.LinuxContainerResources: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.LinuxContainerResources();
                if (d.cpuPeriod != null) {
                    if (typeof d.cpuPeriod === "object" ? d.cpuPeriod.low || d.cpuPeriod.high : $Number(d.cpuPeriod) !== 0) {
                        if ($util.Long)
                            m.cpuPeriod = $util.Long.fromValue(d.cpuPeriod, false);
                        else if (typeof d.cpuPeriod === "string")
                            m.cpuPeriod = $parseInt(d.cpuPeriod, 10);
                        else if (typeof d.cpuPeriod === "number")
                            m.cpuPeriod = d.cpuPeriod;
                        else if (typeof d.cpuPeriod === "object")
                            m.cpuPeriod = new $util.LongBits(d.cpuPeriod.low >>> 0, d.cpuPeriod.high >>> 0).toNumber();
                    }
                }
                if (d.cpuQuota != null) {
                    if (typeof d.cpuQuota === "object" ? d.cpuQuota.low || d.cpuQuota.high : $Number(d.cpuQuota) !== 0) {
                        if ($util.Long)
                            m.cpuQuota = $util.Long.fromValue(d.cpuQuota, false);
                        else if (typeof d.cpuQuota === "string")
                            m.cpuQuota = $parseInt(d.cpuQuota, 10);
                        else if (typeof d.cpuQuota === "number")
                            m.cpuQuota = d.cpuQuota;
                        else if (typeof d.cpuQuota === "object")
                            m.cpuQuota = new $util.LongBits(d.cpuQuota.low >>> 0, d.cpuQuota.high >>> 0).toNumber();
                    }
                }
                if (d.cpuShares != null) {
                    if (typeof d.cpuShares === "object" ? d.cpuShares.low || d.cpuShares.high : $Number(d.cpuShares) !== 0) {
                        if ($util.Long)
                            m.cpuShares = $util.Long.fromValue(d.cpuShares, false);
                        else if (typeof d.cpuShares === "string")
                            m.cpuShares = $parseInt(d.cpuShares, 10);
                        else if (typeof d.cpuShares === "number")
                            m.cpuShares = d.cpuShares;
                        else if (typeof d.cpuShares === "object")
                            m.cpuShares = new $util.LongBits(d.cpuShares.low >>> 0, d.cpuShares.high >>> 0).toNumber();
                    }
                }
                if (d.memoryLimitInBytes != null) {
                    if (typeof d.memoryLimitInBytes === "object" ? d.memoryLimitInBytes.low || d.memoryLimitInBytes.high : $Number(d.memoryLimitInBytes) !== 0) {
                        if ($util.Long)
                            m.memoryLimitInBytes = $util.Long.fromValue(d.memoryLimitInBytes, false);
                        else if (typeof d.memoryLimitInBytes === "string")
                            m.memoryLimitInBytes = $parseInt(d.memoryLimitInBytes, 10);
                        else if (typeof d.memoryLimitInBytes === "number")
                            m.memoryLimitInBytes = d.memoryLimitInBytes;
                        else if (typeof d.memoryLimitInBytes === "object")
                            m.memoryLimitInBytes = new $util.LongBits(d.memoryLimitInBytes.low >>> 0, d.memoryLimitInBytes.high >>> 0).toNumber();
                    }
                }
                if (d.oomScoreAdj != null) {
                    if (typeof d.oomScoreAdj === "object" ? d.oomScoreAdj.low || d.oomScoreAdj.high : $Number(d.oomScoreAdj) !== 0) {
                        if ($util.Long)
                            m.oomScoreAdj = $util.Long.fromValue(d.oomScoreAdj, false);
                        else if (typeof d.oomScoreAdj === "string")
                            m.oomScoreAdj = $parseInt(d.oomScoreAdj, 10);
                        else if (typeof d.oomScoreAdj === "number")
                            m.oomScoreAdj = d.oomScoreAdj;
                        else if (typeof d.oomScoreAdj === "object")
                            m.oomScoreAdj = new $util.LongBits(d.oomScoreAdj.low >>> 0, d.oomScoreAdj.high >>> 0).toNumber();
                    }
                }
                if (d.cpusetCpus != null) {
                    if (typeof d.cpusetCpus !== "string" || d.cpusetCpus.length) {
                        m.cpusetCpus = $String(d.cpusetCpus);
                    }
                }
                if (d.cpusetMems != null) {
                    if (typeof d.cpusetMems !== "string" || d.cpusetMems.length) {
                        m.cpusetMems = $String(d.cpusetMems);
                    }
                }
                if (d.unified) {
                    if (!$util.isObject(d.unified))
                        throw $TypeError(".runtime.v1.LinuxContainerResources.unified: object expected");
                    m.unified = {};
                    for (var ks = $Object.keys(d.unified), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.unified, ks[i]);
                        m.unified[ks[i]] = $String(d.unified[ks[i]]);
                    }
                }
                if (d.memorySwapLimitInBytes != null) {
                    if (typeof d.memorySwapLimitInBytes === "object" ? d.memorySwapLimitInBytes.low || d.memorySwapLimitInBytes.high : $Number(d.memorySwapLimitInBytes) !== 0) {
                        if ($util.Long)
                            m.memorySwapLimitInBytes = $util.Long.fromValue(d.memorySwapLimitInBytes, false);
                        else if (typeof d.memorySwapLimitInBytes === "string")
                            m.memorySwapLimitInBytes = $parseInt(d.memorySwapLimitInBytes, 10);
                        else if (typeof d.memorySwapLimitInBytes === "number")
                            m.memorySwapLimitInBytes = d.memorySwapLimitInBytes;
                        else if (typeof d.memorySwapLimitInBytes === "object")
                            m.memorySwapLimitInBytes = new $util.LongBits(d.memorySwapLimitInBytes.low >>> 0, d.memorySwapLimitInBytes.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LinuxContainerResources message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.LinuxContainerResources
             * @static
             * @param {runtime.v1.LinuxContainerResources} m LinuxContainerResources
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LinuxContainerResources.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.unified = {};
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.cpuPeriod = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.cpuPeriod = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.cpuQuota = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.cpuQuota = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.cpuShares = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.cpuShares = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.memoryLimitInBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.memoryLimitInBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.oomScoreAdj = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.oomScoreAdj = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.cpusetCpus = "";
                    d.cpusetMems = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.memorySwapLimitInBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.memorySwapLimitInBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.cpuPeriod != null && $Object.hasOwnProperty.call(m, "cpuPeriod")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.cpuPeriod = typeof m.cpuPeriod === "number" ? $BigInt(m.cpuPeriod) : $util.Long.fromBits(m.cpuPeriod.low >>> 0, m.cpuPeriod.high >>> 0, false).toBigInt();
                    else if (typeof m.cpuPeriod === "number")
                        d.cpuPeriod = o.longs === $String ? $String(m.cpuPeriod) : m.cpuPeriod;
                    else
                        d.cpuPeriod = o.longs === $String ? $util.Long.prototype.toString.call(m.cpuPeriod) : o.longs === $Number ? new $util.LongBits(m.cpuPeriod.low >>> 0, m.cpuPeriod.high >>> 0).toNumber() : m.cpuPeriod;
                }
                if (m.cpuQuota != null && $Object.hasOwnProperty.call(m, "cpuQuota")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.cpuQuota = typeof m.cpuQuota === "number" ? $BigInt(m.cpuQuota) : $util.Long.fromBits(m.cpuQuota.low >>> 0, m.cpuQuota.high >>> 0, false).toBigInt();
                    else if (typeof m.cpuQuota === "number")
                        d.cpuQuota = o.longs === $String ? $String(m.cpuQuota) : m.cpuQuota;
                    else
                        d.cpuQuota = o.longs === $String ? $util.Long.prototype.toString.call(m.cpuQuota) : o.longs === $Number ? new $util.LongBits(m.cpuQuota.low >>> 0, m.cpuQuota.high >>> 0).toNumber() : m.cpuQuota;
                }
                if (m.cpuShares != null && $Object.hasOwnProperty.call(m, "cpuShares")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.cpuShares = typeof m.cpuShares === "number" ? $BigInt(m.cpuShares) : $util.Long.fromBits(m.cpuShares.low >>> 0, m.cpuShares.high >>> 0, false).toBigInt();
                    else if (typeof m.cpuShares === "number")
                        d.cpuShares = o.longs === $String ? $String(m.cpuShares) : m.cpuShares;
                    else
                        d.cpuShares = o.longs === $String ? $util.Long.prototype.toString.call(m.cpuShares) : o.longs === $Number ? new $util.LongBits(m.cpuShares.low >>> 0, m.cpuShares.high >>> 0).toNumber() : m.cpuShares;
                }
                if (m.memoryLimitInBytes != null && $Object.hasOwnProperty.call(m, "memoryLimitInBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.memoryLimitInBytes = typeof m.memoryLimitInBytes === "number" ? $BigInt(m.memoryLimitInBytes) : $util.Long.fromBits(m.memoryLimitInBytes.low >>> 0, m.memoryLimitInBytes.high >>> 0, false).toBigInt();
                    else if (typeof m.memoryLimitInBytes === "number")
                        d.memoryLimitInBytes = o.longs === $String ? $String(m.memoryLimitInBytes) : m.memoryLimitInBytes;
                    else
                        d.memoryLimitInBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.memoryLimitInBytes) : o.longs === $Number ? new $util.LongBits(m.memoryLimitInBytes.low >>> 0, m.memoryLimitInBytes.high >>> 0).toNumber() : m.memoryLimitInBytes;
                }
                if (m.oomScoreAdj != null && $Object.hasOwnProperty.call(m, "oomScoreAdj")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.oomScoreAdj = typeof m.oomScoreAdj === "number" ? $BigInt(m.oomScoreAdj) : $util.Long.fromBits(m.oomScoreAdj.low >>> 0, m.oomScoreAdj.high >>> 0, false).toBigInt();
                    else if (typeof m.oomScoreAdj === "number")
                        d.oomScoreAdj = o.longs === $String ? $String(m.oomScoreAdj) : m.oomScoreAdj;
                    else
                        d.oomScoreAdj = o.longs === $String ? $util.Long.prototype.toString.call(m.oomScoreAdj) : o.longs === $Number ? new $util.LongBits(m.oomScoreAdj.low >>> 0, m.oomScoreAdj.high >>> 0).toNumber() : m.oomScoreAdj;
                }
                if (m.cpusetCpus != null && $Object.hasOwnProperty.call(m, "cpusetCpus")) {
                    d.cpusetCpus = m.cpusetCpus;
                }
                if (m.cpusetMems != null && $Object.hasOwnProperty.call(m, "cpusetMems")) {
                    d.cpusetMems = m.cpusetMems;
                }
                var ks2;
                if (m.unified && (ks2 = $Object.keys(m.unified)).length) {
                    d.unified = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.unified, ks2[j]);
                        d.unified[ks2[j]] = m.unified[ks2[j]];
                    }
                }
                if (m.memorySwapLimitInBytes != null && $Object.hasOwnProperty.call(m, "memorySwapLimitInBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.memorySwapLimitInBytes = typeof m.memorySwapLimitInBytes === "number" ? $BigInt(m.memorySwapLimitInBytes) : $util.Long.fromBits(m.memorySwapLimitInBytes.low >>> 0, m.memorySwapLimitInBytes.high >>> 0, false).toBigInt();
                    else if (typeof m.memorySwapLimitInBytes === "number")
                        d.memorySwapLimitInBytes = o.longs === $String ? $String(m.memorySwapLimitInBytes) : m.memorySwapLimitInBytes;
                    else
                        d.memorySwapLimitInBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.memorySwapLimitInBytes) : o.longs === $Number ? new $util.LongBits(m.memorySwapLimitInBytes.low >>> 0, m.memorySwapLimitInBytes.high >>> 0).toNumber() : m.memorySwapLimitInBytes;
                }
                return d;
            };

            /**
             * Converts this LinuxContainerResources to JSON.
             * @function toJSON
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LinuxContainerResources.prototype.toJSON = function() {
                return LinuxContainerResources.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LinuxContainerResources
             * @function getTypeUrl
             * @memberof runtime.v1.LinuxContainerResources
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LinuxContainerResources.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.LinuxContainerResources";
            };

            return LinuxContainerResources;
        })();

        v1.LinuxContainerSecurityContext = (function() {

            /**
             * Properties of a LinuxContainerSecurityContext.
             * @typedef {Object} runtime.v1.LinuxContainerSecurityContext.$Properties
             * @property {boolean|null} [privileged] LinuxContainerSecurityContext privileged
             * @property {runtime.v1.NamespaceOption.$Properties|null} [namespaceOptions] LinuxContainerSecurityContext namespaceOptions
             * @property {runtime.v1.Int64Value.$Properties|null} [runAsUser] LinuxContainerSecurityContext runAsUser
             * @property {string|null} [runAsUsername] LinuxContainerSecurityContext runAsUsername
             * @property {boolean|null} [readonlyRootfs] LinuxContainerSecurityContext readonlyRootfs
             * @property {Array.<number|Long>|null} [supplementalGroups] LinuxContainerSecurityContext supplementalGroups
             * @property {boolean|null} [noNewPrivs] LinuxContainerSecurityContext noNewPrivs
             * @property {runtime.v1.Int64Value.$Properties|null} [runAsGroup] LinuxContainerSecurityContext runAsGroup
             * @property {Array.<string>|null} [maskedPaths] LinuxContainerSecurityContext maskedPaths
             * @property {Array.<string>|null} [readonlyPaths] LinuxContainerSecurityContext readonlyPaths
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LinuxContainerSecurityContext.
             * @memberof runtime.v1
             * @interface ILinuxContainerSecurityContext
             * @augments runtime.v1.LinuxContainerSecurityContext.$Properties
             * @deprecated Use runtime.v1.LinuxContainerSecurityContext.$Properties instead.
             */

            /**
             * Shape of a LinuxContainerSecurityContext.
             * @typedef {runtime.v1.LinuxContainerSecurityContext.$Properties} runtime.v1.LinuxContainerSecurityContext.$Shape
             */

            /**
             * Constructs a new LinuxContainerSecurityContext.
             * @memberof runtime.v1
             * @classdesc Represents a LinuxContainerSecurityContext.
             * @constructor
             * @param {runtime.v1.LinuxContainerSecurityContext.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LinuxContainerSecurityContext = function (p) {
                this.supplementalGroups = [];
                this.maskedPaths = [];
                this.readonlyPaths = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LinuxContainerSecurityContext privileged.
             * @member {boolean} privileged
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.privileged = false;

            /**
             * LinuxContainerSecurityContext namespaceOptions.
             * @member {runtime.v1.NamespaceOption.$Properties|null|undefined} namespaceOptions
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.namespaceOptions = null;

            /**
             * LinuxContainerSecurityContext runAsUser.
             * @member {runtime.v1.Int64Value.$Properties|null|undefined} runAsUser
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.runAsUser = null;

            /**
             * LinuxContainerSecurityContext runAsUsername.
             * @member {string} runAsUsername
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.runAsUsername = "";

            /**
             * LinuxContainerSecurityContext readonlyRootfs.
             * @member {boolean} readonlyRootfs
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.readonlyRootfs = false;

            /**
             * LinuxContainerSecurityContext supplementalGroups.
             * @member {Array.<number|Long>} supplementalGroups
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.supplementalGroups = $util.emptyArray;

            /**
             * LinuxContainerSecurityContext noNewPrivs.
             * @member {boolean} noNewPrivs
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.noNewPrivs = false;

            /**
             * LinuxContainerSecurityContext runAsGroup.
             * @member {runtime.v1.Int64Value.$Properties|null|undefined} runAsGroup
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.runAsGroup = null;

            /**
             * LinuxContainerSecurityContext maskedPaths.
             * @member {Array.<string>} maskedPaths
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.maskedPaths = $util.emptyArray;

            /**
             * LinuxContainerSecurityContext readonlyPaths.
             * @member {Array.<string>} readonlyPaths
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.readonlyPaths = $util.emptyArray;

            /**
             * Creates a new LinuxContainerSecurityContext instance using the specified properties.
             * @function create
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @static
             * @param {runtime.v1.LinuxContainerSecurityContext.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.LinuxContainerSecurityContext} LinuxContainerSecurityContext instance
             * @type {{
             *   (properties: runtime.v1.LinuxContainerSecurityContext.$Shape): runtime.v1.LinuxContainerSecurityContext & runtime.v1.LinuxContainerSecurityContext.$Shape;
             *   (properties?: runtime.v1.LinuxContainerSecurityContext.$Properties): runtime.v1.LinuxContainerSecurityContext;
             * }}
             */
            LinuxContainerSecurityContext.create = function(properties) {
                return new LinuxContainerSecurityContext(properties);
            };

            /**
             * Encodes the specified LinuxContainerSecurityContext message. Does not implicitly {@link runtime.v1.LinuxContainerSecurityContext.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @static
             * @param {runtime.v1.LinuxContainerSecurityContext.$Properties} m LinuxContainerSecurityContext message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinuxContainerSecurityContext.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.privileged != null && $Object.hasOwnProperty.call(m, "privileged") && m.privileged !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.privileged);
                if (m.namespaceOptions != null && $Object.hasOwnProperty.call(m, "namespaceOptions"))
                    $root.runtime.v1.NamespaceOption.encode(m.namespaceOptions, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.runAsUser != null && $Object.hasOwnProperty.call(m, "runAsUser"))
                    $root.runtime.v1.Int64Value.encode(m.runAsUser, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.runAsUsername != null && $Object.hasOwnProperty.call(m, "runAsUsername") && m.runAsUsername !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.runAsUsername);
                if (m.readonlyRootfs != null && $Object.hasOwnProperty.call(m, "readonlyRootfs") && m.readonlyRootfs !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.readonlyRootfs);
                if (m.supplementalGroups != null && m.supplementalGroups.length) {
                    w.uint32(/* id 8, wireType 2 =*/66).int64s(m.supplementalGroups);
                }
                if (m.noNewPrivs != null && $Object.hasOwnProperty.call(m, "noNewPrivs") && m.noNewPrivs !== false)
                    w.uint32(/* id 11, wireType 0 =*/88).bool(m.noNewPrivs);
                if (m.runAsGroup != null && $Object.hasOwnProperty.call(m, "runAsGroup"))
                    $root.runtime.v1.Int64Value.encode(m.runAsGroup, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.maskedPaths != null && m.maskedPaths.length) {
                    for (var i = 0; i < m.maskedPaths.length; ++i)
                        w.uint32(/* id 13, wireType 2 =*/106).string(m.maskedPaths[i]);
                }
                if (m.readonlyPaths != null && m.readonlyPaths.length) {
                    for (var i = 0; i < m.readonlyPaths.length; ++i)
                        w.uint32(/* id 14, wireType 2 =*/114).string(m.readonlyPaths[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LinuxContainerSecurityContext message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.LinuxContainerSecurityContext & runtime.v1.LinuxContainerSecurityContext.$Shape} LinuxContainerSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinuxContainerSecurityContext.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.LinuxContainerSecurityContext();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.privileged = v;
                            else
                                delete m.privileged;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.namespaceOptions = $root.runtime.v1.NamespaceOption.decode(r, r.size(), $undefined, q + 1, m.namespaceOptions);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.runAsUser = $root.runtime.v1.Int64Value.decode(r, r.size(), $undefined, q + 1, m.runAsUser);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.runAsUsername = v;
                            else
                                delete m.runAsUsername;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.readonlyRootfs = v;
                            else
                                delete m.readonlyRootfs;
                            continue;
                        }
                    case 8: {
                            if (u === 2) {
                                if (!(m.supplementalGroups && m.supplementalGroups.length))
                                    m.supplementalGroups = [];
                                r.int64s(m.supplementalGroups);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.supplementalGroups && m.supplementalGroups.length))
                                m.supplementalGroups = [];
                            m.supplementalGroups.push(r.int64());
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.noNewPrivs = v;
                            else
                                delete m.noNewPrivs;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.runAsGroup = $root.runtime.v1.Int64Value.decode(r, r.size(), $undefined, q + 1, m.runAsGroup);
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if (!(m.maskedPaths && m.maskedPaths.length))
                                m.maskedPaths = [];
                            m.maskedPaths.push(r.stringVerify());
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            if (!(m.readonlyPaths && m.readonlyPaths.length))
                                m.readonlyPaths = [];
                            m.readonlyPaths.push(r.stringVerify());
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
             * Creates a LinuxContainerSecurityContext message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.LinuxContainerSecurityContext} LinuxContainerSecurityContext
             */
            LinuxContainerSecurityContext.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.LinuxContainerSecurityContext)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.LinuxContainerSecurityContext: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.LinuxContainerSecurityContext();
                if (d.privileged != null) {
                    if (d.privileged) {
                        m.privileged = $Boolean(d.privileged);
                    }
                }
                if (d.namespaceOptions != null) {
                    if (!$util.isObject(d.namespaceOptions))
                        throw $TypeError(".runtime.v1.LinuxContainerSecurityContext.namespaceOptions: object expected");
                    m.namespaceOptions = $root.runtime.v1.NamespaceOption.fromObject(d.namespaceOptions, q + 1);
                }
                if (d.runAsUser != null) {
                    if (!$util.isObject(d.runAsUser))
                        throw $TypeError(".runtime.v1.LinuxContainerSecurityContext.runAsUser: object expected");
                    m.runAsUser = $root.runtime.v1.Int64Value.fromObject(d.runAsUser, q + 1);
                }
                if (d.runAsUsername != null) {
                    if (typeof d.runAsUsername !== "string" || d.runAsUsername.length) {
                        m.runAsUsername = $String(d.runAsUsername);
                    }
                }
                if (d.readonlyRootfs != null) {
                    if (d.readonlyRootfs) {
                        m.readonlyRootfs = $Boolean(d.readonlyRootfs);
                    }
                }
                if (d.supplementalGroups) {
                    if (!$Array.isArray(d.supplementalGroups))
                        throw $TypeError(".runtime.v1.LinuxContainerSecurityContext.supplementalGroups: array expected");
                    m.supplementalGroups = $Array(d.supplementalGroups.length);
                    for (var i = 0; i < d.supplementalGroups.length; ++i) {
                        if ($util.Long)
                            m.supplementalGroups[i] = $util.Long.fromValue(d.supplementalGroups[i], false);
                        else if (typeof d.supplementalGroups[i] === "string")
                            m.supplementalGroups[i] = $parseInt(d.supplementalGroups[i], 10);
                        else if (typeof d.supplementalGroups[i] === "number")
                            m.supplementalGroups[i] = d.supplementalGroups[i];
                        else if (typeof d.supplementalGroups[i] === "object")
                            m.supplementalGroups[i] = new $util.LongBits(d.supplementalGroups[i].low >>> 0, d.supplementalGroups[i].high >>> 0).toNumber();
                    }
                }
                if (d.noNewPrivs != null) {
                    if (d.noNewPrivs) {
                        m.noNewPrivs = $Boolean(d.noNewPrivs);
                    }
                }
                if (d.runAsGroup != null) {
                    if (!$util.isObject(d.runAsGroup))
                        throw $TypeError(".runtime.v1.LinuxContainerSecurityContext.runAsGroup: object expected");
                    m.runAsGroup = $root.runtime.v1.Int64Value.fromObject(d.runAsGroup, q + 1);
                }
                if (d.maskedPaths) {
                    if (!$Array.isArray(d.maskedPaths))
                        throw $TypeError(".runtime.v1.LinuxContainerSecurityContext.maskedPaths: array expected");
                    m.maskedPaths = $Array(d.maskedPaths.length);
                    for (var i = 0; i < d.maskedPaths.length; ++i) {
                        m.maskedPaths[i] = $String(d.maskedPaths[i]);
                    }
                }
                if (d.readonlyPaths) {
                    if (!$Array.isArray(d.readonlyPaths))
                        throw $TypeError(".runtime.v1.LinuxContainerSecurityContext.readonlyPaths: array expected");
                    m.readonlyPaths = $Array(d.readonlyPaths.length);
                    for (var i = 0; i < d.readonlyPaths.length; ++i) {
                        m.readonlyPaths[i] = $String(d.readonlyPaths[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LinuxContainerSecurityContext message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @static
             * @param {runtime.v1.LinuxContainerSecurityContext} m LinuxContainerSecurityContext
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LinuxContainerSecurityContext.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.supplementalGroups = [];
                    d.maskedPaths = [];
                    d.readonlyPaths = [];
                }
                if (o.defaults) {
                    d.privileged = false;
                    d.namespaceOptions = null;
                    d.runAsUser = null;
                    d.runAsUsername = "";
                    d.readonlyRootfs = false;
                    d.noNewPrivs = false;
                    d.runAsGroup = null;
                }
                if (m.privileged != null && $Object.hasOwnProperty.call(m, "privileged")) {
                    d.privileged = m.privileged;
                }
                if (m.namespaceOptions != null && $Object.hasOwnProperty.call(m, "namespaceOptions")) {
                    d.namespaceOptions = $root.runtime.v1.NamespaceOption.toObject(m.namespaceOptions, o, q + 1);
                }
                if (m.runAsUser != null && $Object.hasOwnProperty.call(m, "runAsUser")) {
                    d.runAsUser = $root.runtime.v1.Int64Value.toObject(m.runAsUser, o, q + 1);
                }
                if (m.runAsUsername != null && $Object.hasOwnProperty.call(m, "runAsUsername")) {
                    d.runAsUsername = m.runAsUsername;
                }
                if (m.readonlyRootfs != null && $Object.hasOwnProperty.call(m, "readonlyRootfs")) {
                    d.readonlyRootfs = m.readonlyRootfs;
                }
                if (m.supplementalGroups && m.supplementalGroups.length) {
                    d.supplementalGroups = $Array(m.supplementalGroups.length);
                    for (var j = 0; j < m.supplementalGroups.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.supplementalGroups[j] = typeof m.supplementalGroups[j] === "number" ? $BigInt(m.supplementalGroups[j]) : $util.Long.fromBits(m.supplementalGroups[j].low >>> 0, m.supplementalGroups[j].high >>> 0, false).toBigInt();
                        else if (typeof m.supplementalGroups[j] === "number")
                            d.supplementalGroups[j] = o.longs === $String ? $String(m.supplementalGroups[j]) : m.supplementalGroups[j];
                        else
                            d.supplementalGroups[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.supplementalGroups[j]) : o.longs === $Number ? new $util.LongBits(m.supplementalGroups[j].low >>> 0, m.supplementalGroups[j].high >>> 0).toNumber() : m.supplementalGroups[j];
                    }
                }
                if (m.noNewPrivs != null && $Object.hasOwnProperty.call(m, "noNewPrivs")) {
                    d.noNewPrivs = m.noNewPrivs;
                }
                if (m.runAsGroup != null && $Object.hasOwnProperty.call(m, "runAsGroup")) {
                    d.runAsGroup = $root.runtime.v1.Int64Value.toObject(m.runAsGroup, o, q + 1);
                }
                if (m.maskedPaths && m.maskedPaths.length) {
                    d.maskedPaths = $Array(m.maskedPaths.length);
                    for (var j = 0; j < m.maskedPaths.length; ++j) {
                        d.maskedPaths[j] = m.maskedPaths[j];
                    }
                }
                if (m.readonlyPaths && m.readonlyPaths.length) {
                    d.readonlyPaths = $Array(m.readonlyPaths.length);
                    for (var j = 0; j < m.readonlyPaths.length; ++j) {
                        d.readonlyPaths[j] = m.readonlyPaths[j];
                    }
                }
                return d;
            };

            /**
             * Converts this LinuxContainerSecurityContext to JSON.
             * @function toJSON
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LinuxContainerSecurityContext.prototype.toJSON = function() {
                return LinuxContainerSecurityContext.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LinuxContainerSecurityContext
             * @function getTypeUrl
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LinuxContainerSecurityContext.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.LinuxContainerSecurityContext";
            };

            return LinuxContainerSecurityContext;
        })();

        v1.LinuxContainerConfig = (function() {

            /**
             * Properties of a LinuxContainerConfig.
             * @typedef {Object} runtime.v1.LinuxContainerConfig.$Properties
             * @property {runtime.v1.LinuxContainerResources.$Properties|null} [resources] LinuxContainerConfig resources
             * @property {runtime.v1.LinuxContainerSecurityContext.$Properties|null} [securityContext] LinuxContainerConfig securityContext
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LinuxContainerConfig.
             * @memberof runtime.v1
             * @interface ILinuxContainerConfig
             * @augments runtime.v1.LinuxContainerConfig.$Properties
             * @deprecated Use runtime.v1.LinuxContainerConfig.$Properties instead.
             */

            /**
             * Shape of a LinuxContainerConfig.
             * @typedef {runtime.v1.LinuxContainerConfig.$Properties} runtime.v1.LinuxContainerConfig.$Shape
             */

            /**
             * Constructs a new LinuxContainerConfig.
             * @memberof runtime.v1
             * @classdesc Represents a LinuxContainerConfig.
             * @constructor
             * @param {runtime.v1.LinuxContainerConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LinuxContainerConfig = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LinuxContainerConfig resources.
             * @member {runtime.v1.LinuxContainerResources.$Properties|null|undefined} resources
             * @memberof runtime.v1.LinuxContainerConfig
             * @instance
             */
            LinuxContainerConfig.prototype.resources = null;

            /**
             * LinuxContainerConfig securityContext.
             * @member {runtime.v1.LinuxContainerSecurityContext.$Properties|null|undefined} securityContext
             * @memberof runtime.v1.LinuxContainerConfig
             * @instance
             */
            LinuxContainerConfig.prototype.securityContext = null;

            /**
             * Creates a new LinuxContainerConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.LinuxContainerConfig
             * @static
             * @param {runtime.v1.LinuxContainerConfig.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.LinuxContainerConfig} LinuxContainerConfig instance
             * @type {{
             *   (properties: runtime.v1.LinuxContainerConfig.$Shape): runtime.v1.LinuxContainerConfig & runtime.v1.LinuxContainerConfig.$Shape;
             *   (properties?: runtime.v1.LinuxContainerConfig.$Properties): runtime.v1.LinuxContainerConfig;
             * }}
             */
            LinuxContainerConfig.create = function(properties) {
                return new LinuxContainerConfig(properties);
            };

            /**
             * Encodes the specified LinuxContainerConfig message. Does not implicitly {@link runtime.v1.LinuxContainerConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.LinuxContainerConfig
             * @static
             * @param {runtime.v1.LinuxContainerConfig.$Properties} m LinuxContainerConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinuxContainerConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.resources != null && $Object.hasOwnProperty.call(m, "resources"))
                    $root.runtime.v1.LinuxContainerResources.encode(m.resources, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.securityContext != null && $Object.hasOwnProperty.call(m, "securityContext"))
                    $root.runtime.v1.LinuxContainerSecurityContext.encode(m.securityContext, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LinuxContainerConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.LinuxContainerConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.LinuxContainerConfig & runtime.v1.LinuxContainerConfig.$Shape} LinuxContainerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinuxContainerConfig.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.LinuxContainerConfig();
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
                            m.resources = $root.runtime.v1.LinuxContainerResources.decode(r, r.size(), $undefined, q + 1, m.resources);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.securityContext = $root.runtime.v1.LinuxContainerSecurityContext.decode(r, r.size(), $undefined, q + 1, m.securityContext);
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
             * Creates a LinuxContainerConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.LinuxContainerConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.LinuxContainerConfig} LinuxContainerConfig
             */
            LinuxContainerConfig.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.LinuxContainerConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.LinuxContainerConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.LinuxContainerConfig();
                if (d.resources != null) {
                    if (!$util.isObject(d.resources))
                        throw $TypeError(".runtime.v1.LinuxContainerConfig.resources: object expected");
                    m.resources = $root.runtime.v1.LinuxContainerResources.fromObject(d.resources, q + 1);
                }
                if (d.securityContext != null) {
                    if (!$util.isObject(d.securityContext))
                        throw $TypeError(".runtime.v1.LinuxContainerConfig.securityContext: object expected");
                    m.securityContext = $root.runtime.v1.LinuxContainerSecurityContext.fromObject(d.securityContext, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a LinuxContainerConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.LinuxContainerConfig
             * @static
             * @param {runtime.v1.LinuxContainerConfig} m LinuxContainerConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LinuxContainerConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.resources = null;
                    d.securityContext = null;
                }
                if (m.resources != null && $Object.hasOwnProperty.call(m, "resources")) {
                    d.resources = $root.runtime.v1.LinuxContainerResources.toObject(m.resources, o, q + 1);
                }
                if (m.securityContext != null && $Object.hasOwnProperty.call(m, "securityContext")) {
                    d.securityContext = $root.runtime.v1.LinuxContainerSecurityContext.toObject(m.securityContext, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this LinuxContainerConfig to JSON.
             * @function toJSON
             * @memberof runtime.v1.LinuxContainerConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LinuxContainerConfig.prototype.toJSON = function() {
                return LinuxContainerConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LinuxContainerConfig
             * @function getTypeUrl
             * @memberof runtime.v1.LinuxContainerConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LinuxContainerConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.LinuxContainerConfig";
            };

            return LinuxContainerConfig;
        })();

        v1.ContainerMetadata = (function() {

            /**
             * Properties of a ContainerMetadata.
             * @typedef {Object} runtime.v1.ContainerMetadata.$Properties
             * @property {string|null} [name] ContainerMetadata name
             * @property {number|null} [attempt] ContainerMetadata attempt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerMetadata.
             * @memberof runtime.v1
             * @interface IContainerMetadata
             * @augments runtime.v1.ContainerMetadata.$Properties
             * @deprecated Use runtime.v1.ContainerMetadata.$Properties instead.
             */

            /**
             * Shape of a ContainerMetadata.
             * @typedef {runtime.v1.ContainerMetadata.$Properties} runtime.v1.ContainerMetadata.$Shape
             */

            /**
             * Constructs a new ContainerMetadata.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerMetadata.
             * @constructor
             * @param {runtime.v1.ContainerMetadata.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContainerMetadata = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ContainerMetadata name.
             * @member {string} name
             * @memberof runtime.v1.ContainerMetadata
             * @instance
             */
            ContainerMetadata.prototype.name = "";

            /**
             * ContainerMetadata attempt.
             * @member {number} attempt
             * @memberof runtime.v1.ContainerMetadata
             * @instance
             */
            ContainerMetadata.prototype.attempt = 0;

            /**
             * Creates a new ContainerMetadata instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerMetadata
             * @static
             * @param {runtime.v1.ContainerMetadata.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ContainerMetadata} ContainerMetadata instance
             * @type {{
             *   (properties: runtime.v1.ContainerMetadata.$Shape): runtime.v1.ContainerMetadata & runtime.v1.ContainerMetadata.$Shape;
             *   (properties?: runtime.v1.ContainerMetadata.$Properties): runtime.v1.ContainerMetadata;
             * }}
             */
            ContainerMetadata.create = function(properties) {
                return new ContainerMetadata(properties);
            };

            /**
             * Encodes the specified ContainerMetadata message. Does not implicitly {@link runtime.v1.ContainerMetadata.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerMetadata
             * @static
             * @param {runtime.v1.ContainerMetadata.$Properties} m ContainerMetadata message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerMetadata.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt") && m.attempt !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.attempt);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ContainerMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerMetadata & runtime.v1.ContainerMetadata.$Shape} ContainerMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerMetadata.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ContainerMetadata();
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
             * Creates a ContainerMetadata message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ContainerMetadata
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ContainerMetadata} ContainerMetadata
             */
            ContainerMetadata.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ContainerMetadata)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ContainerMetadata: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ContainerMetadata();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.attempt != null) {
                    if ($Number(d.attempt) !== 0) {
                        m.attempt = d.attempt >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ContainerMetadata message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ContainerMetadata
             * @static
             * @param {runtime.v1.ContainerMetadata} m ContainerMetadata
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerMetadata.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.attempt = 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt")) {
                    d.attempt = m.attempt;
                }
                return d;
            };

            /**
             * Converts this ContainerMetadata to JSON.
             * @function toJSON
             * @memberof runtime.v1.ContainerMetadata
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerMetadata.prototype.toJSON = function() {
                return ContainerMetadata.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerMetadata
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerMetadata
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ContainerMetadata";
            };

            return ContainerMetadata;
        })();

        v1.Mount = (function() {

            /**
             * Properties of a Mount.
             * @typedef {Object} runtime.v1.Mount.$Properties
             * @property {string|null} [containerPath] Mount containerPath
             * @property {string|null} [hostPath] Mount hostPath
             * @property {boolean|null} [readonly] Mount readonly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Mount.
             * @memberof runtime.v1
             * @interface IMount
             * @augments runtime.v1.Mount.$Properties
             * @deprecated Use runtime.v1.Mount.$Properties instead.
             */

            /**
             * Shape of a Mount.
             * @typedef {runtime.v1.Mount.$Properties} runtime.v1.Mount.$Shape
             */

            /**
             * Constructs a new Mount.
             * @memberof runtime.v1
             * @classdesc Represents a Mount.
             * @constructor
             * @param {runtime.v1.Mount.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Mount = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Mount containerPath.
             * @member {string} containerPath
             * @memberof runtime.v1.Mount
             * @instance
             */
            Mount.prototype.containerPath = "";

            /**
             * Mount hostPath.
             * @member {string} hostPath
             * @memberof runtime.v1.Mount
             * @instance
             */
            Mount.prototype.hostPath = "";

            /**
             * Mount readonly.
             * @member {boolean} readonly
             * @memberof runtime.v1.Mount
             * @instance
             */
            Mount.prototype.readonly = false;

            /**
             * Creates a new Mount instance using the specified properties.
             * @function create
             * @memberof runtime.v1.Mount
             * @static
             * @param {runtime.v1.Mount.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.Mount} Mount instance
             * @type {{
             *   (properties: runtime.v1.Mount.$Shape): runtime.v1.Mount & runtime.v1.Mount.$Shape;
             *   (properties?: runtime.v1.Mount.$Properties): runtime.v1.Mount;
             * }}
             */
            Mount.create = function(properties) {
                return new Mount(properties);
            };

            /**
             * Encodes the specified Mount message. Does not implicitly {@link runtime.v1.Mount.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.Mount
             * @static
             * @param {runtime.v1.Mount.$Properties} m Mount message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Mount.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.containerPath != null && $Object.hasOwnProperty.call(m, "containerPath") && m.containerPath !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.containerPath);
                if (m.hostPath != null && $Object.hasOwnProperty.call(m, "hostPath") && m.hostPath !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.hostPath);
                if (m.readonly != null && $Object.hasOwnProperty.call(m, "readonly") && m.readonly !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.readonly);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Mount message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.Mount
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.Mount & runtime.v1.Mount.$Shape} Mount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Mount.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.Mount();
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
                                m.containerPath = v;
                            else
                                delete m.containerPath;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hostPath = v;
                            else
                                delete m.hostPath;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.readonly = v;
                            else
                                delete m.readonly;
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
             * Creates a Mount message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.Mount
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.Mount} Mount
             */
            Mount.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.Mount)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.Mount: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.Mount();
                if (d.containerPath != null) {
                    if (typeof d.containerPath !== "string" || d.containerPath.length) {
                        m.containerPath = $String(d.containerPath);
                    }
                }
                if (d.hostPath != null) {
                    if (typeof d.hostPath !== "string" || d.hostPath.length) {
                        m.hostPath = $String(d.hostPath);
                    }
                }
                if (d.readonly != null) {
                    if (d.readonly) {
                        m.readonly = $Boolean(d.readonly);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Mount message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.Mount
             * @static
             * @param {runtime.v1.Mount} m Mount
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Mount.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.containerPath = "";
                    d.hostPath = "";
                    d.readonly = false;
                }
                if (m.containerPath != null && $Object.hasOwnProperty.call(m, "containerPath")) {
                    d.containerPath = m.containerPath;
                }
                if (m.hostPath != null && $Object.hasOwnProperty.call(m, "hostPath")) {
                    d.hostPath = m.hostPath;
                }
                if (m.readonly != null && $Object.hasOwnProperty.call(m, "readonly")) {
                    d.readonly = m.readonly;
                }
                return d;
            };

            /**
             * Converts this Mount to JSON.
             * @function toJSON
             * @memberof runtime.v1.Mount
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Mount.prototype.toJSON = function() {
                return Mount.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Mount
             * @function getTypeUrl
             * @memberof runtime.v1.Mount
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Mount.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.Mount";
            };

            return Mount;
        })();

        v1.ContainerConfig = (function() {

            /**
             * Properties of a ContainerConfig.
             * @typedef {Object} runtime.v1.ContainerConfig.$Properties
             * @property {runtime.v1.ContainerMetadata.$Properties|null} [metadata] ContainerConfig metadata
             * @property {runtime.v1.ImageSpec.$Properties|null} [image] ContainerConfig image
             * @property {Array.<string>|null} [command] ContainerConfig command
             * @property {Array.<string>|null} [args] ContainerConfig args
             * @property {string|null} [workingDir] ContainerConfig workingDir
             * @property {Array.<runtime.v1.KeyValue.$Properties>|null} [envs] ContainerConfig envs
             * @property {Array.<runtime.v1.Mount.$Properties>|null} [mounts] ContainerConfig mounts
             * @property {Object.<string,string>|null} [labels] ContainerConfig labels
             * @property {Object.<string,string>|null} [annotations] ContainerConfig annotations
             * @property {string|null} [logPath] ContainerConfig logPath
             * @property {runtime.v1.LinuxContainerConfig.$Properties|null} [linux] ContainerConfig linux
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerConfig.
             * @memberof runtime.v1
             * @interface IContainerConfig
             * @augments runtime.v1.ContainerConfig.$Properties
             * @deprecated Use runtime.v1.ContainerConfig.$Properties instead.
             */

            /**
             * Shape of a ContainerConfig.
             * @typedef {runtime.v1.ContainerConfig.$Properties} runtime.v1.ContainerConfig.$Shape
             */

            /**
             * Constructs a new ContainerConfig.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerConfig.
             * @constructor
             * @param {runtime.v1.ContainerConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContainerConfig = function (p) {
                this.command = [];
                this.args = [];
                this.envs = [];
                this.mounts = [];
                this.labels = {};
                this.annotations = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ContainerConfig metadata.
             * @member {runtime.v1.ContainerMetadata.$Properties|null|undefined} metadata
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.metadata = null;

            /**
             * ContainerConfig image.
             * @member {runtime.v1.ImageSpec.$Properties|null|undefined} image
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.image = null;

            /**
             * ContainerConfig command.
             * @member {Array.<string>} command
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.command = $util.emptyArray;

            /**
             * ContainerConfig args.
             * @member {Array.<string>} args
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.args = $util.emptyArray;

            /**
             * ContainerConfig workingDir.
             * @member {string} workingDir
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.workingDir = "";

            /**
             * ContainerConfig envs.
             * @member {Array.<runtime.v1.KeyValue.$Properties>} envs
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.envs = $util.emptyArray;

            /**
             * ContainerConfig mounts.
             * @member {Array.<runtime.v1.Mount.$Properties>} mounts
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.mounts = $util.emptyArray;

            /**
             * ContainerConfig labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.labels = $util.emptyObject;

            /**
             * ContainerConfig annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.annotations = $util.emptyObject;

            /**
             * ContainerConfig logPath.
             * @member {string} logPath
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.logPath = "";

            /**
             * ContainerConfig linux.
             * @member {runtime.v1.LinuxContainerConfig.$Properties|null|undefined} linux
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.linux = null;

            /**
             * Creates a new ContainerConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerConfig
             * @static
             * @param {runtime.v1.ContainerConfig.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ContainerConfig} ContainerConfig instance
             * @type {{
             *   (properties: runtime.v1.ContainerConfig.$Shape): runtime.v1.ContainerConfig & runtime.v1.ContainerConfig.$Shape;
             *   (properties?: runtime.v1.ContainerConfig.$Properties): runtime.v1.ContainerConfig;
             * }}
             */
            ContainerConfig.create = function(properties) {
                return new ContainerConfig(properties);
            };

            /**
             * Encodes the specified ContainerConfig message. Does not implicitly {@link runtime.v1.ContainerConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerConfig
             * @static
             * @param {runtime.v1.ContainerConfig.$Properties} m ContainerConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.runtime.v1.ContainerMetadata.encode(m.metadata, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.image != null && $Object.hasOwnProperty.call(m, "image"))
                    $root.runtime.v1.ImageSpec.encode(m.image, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.command != null && m.command.length) {
                    for (var i = 0; i < m.command.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.command[i]);
                }
                if (m.args != null && m.args.length) {
                    for (var i = 0; i < m.args.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.args[i]);
                }
                if (m.workingDir != null && $Object.hasOwnProperty.call(m, "workingDir") && m.workingDir !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.workingDir);
                if (m.envs != null && m.envs.length) {
                    for (var i = 0; i < m.envs.length; ++i)
                        $root.runtime.v1.KeyValue.encode(m.envs[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.mounts != null && m.mounts.length) {
                    for (var i = 0; i < m.mounts.length; ++i)
                        $root.runtime.v1.Mount.encode(m.mounts[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                }
                if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                    for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labels[ks[i]]).ldelim();
                    }
                }
                if (m.annotations != null && $Object.hasOwnProperty.call(m, "annotations")) {
                    for (var ks = $Object.keys(m.annotations), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.annotations[ks[i]]).ldelim();
                    }
                }
                if (m.logPath != null && $Object.hasOwnProperty.call(m, "logPath") && m.logPath !== "")
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.logPath);
                if (m.linux != null && $Object.hasOwnProperty.call(m, "linux"))
                    $root.runtime.v1.LinuxContainerConfig.encode(m.linux, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ContainerConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerConfig & runtime.v1.ContainerConfig.$Shape} ContainerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerConfig.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ContainerConfig();
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
                            m.metadata = $root.runtime.v1.ContainerMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.image = $root.runtime.v1.ImageSpec.decode(r, r.size(), $undefined, q + 1, m.image);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.command && m.command.length))
                                m.command = [];
                            m.command.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.args && m.args.length))
                                m.args = [];
                            m.args.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.workingDir = v;
                            else
                                delete m.workingDir;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.envs && m.envs.length))
                                m.envs = [];
                            m.envs.push($root.runtime.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.mounts && m.mounts.length))
                                m.mounts = [];
                            m.mounts.push($root.runtime.v1.Mount.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 9: {
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
                    case 10: {
                            if (u !== 2)
                                break;
                            if (m.annotations === $util.emptyObject)
                                m.annotations = {};
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
                                $util.makeProp(m.annotations, k);
                            m.annotations[k] = v;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.logPath = v;
                            else
                                delete m.logPath;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.linux = $root.runtime.v1.LinuxContainerConfig.decode(r, r.size(), $undefined, q + 1, m.linux);
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
             * Creates a ContainerConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ContainerConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ContainerConfig} ContainerConfig
             */
            ContainerConfig.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ContainerConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ContainerConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ContainerConfig();
                if (d.metadata != null) {
                    if (!$util.isObject(d.metadata))
                        throw $TypeError(".runtime.v1.ContainerConfig.metadata: object expected");
                    m.metadata = $root.runtime.v1.ContainerMetadata.fromObject(d.metadata, q + 1);
                }
                if (d.image != null) {
                    if (!$util.isObject(d.image))
                        throw $TypeError(".runtime.v1.ContainerConfig.image: object expected");
                    m.image = $root.runtime.v1.ImageSpec.fromObject(d.image, q + 1);
                }
                if (d.command) {
                    if (!$Array.isArray(d.command))
                        throw $TypeError(".runtime.v1.ContainerConfig.command: array expected");
                    m.command = $Array(d.command.length);
                    for (var i = 0; i < d.command.length; ++i) {
                        m.command[i] = $String(d.command[i]);
                    }
                }
                if (d.args) {
                    if (!$Array.isArray(d.args))
                        throw $TypeError(".runtime.v1.ContainerConfig.args: array expected");
                    m.args = $Array(d.args.length);
                    for (var i = 0; i < d.args.length; ++i) {
                        m.args[i] = $String(d.args[i]);
                    }
                }
                if (d.workingDir != null) {
                    if (typeof d.workingDir !== "string" || d.workingDir.length) {
                        m.workingDir = $String(d.workingDir);
                    }
                }
                if (d.envs) {
                    if (!$Array.isArray(d.envs))
                        throw $TypeError(".runtime.v1.ContainerConfig.envs: array expected");
                    m.envs = $Array(d.envs.length);
                    for (var i = 0; i < d.envs.length; ++i) {
                        if (!$util.isObject(d.envs[i]))
                            throw $TypeError(".runtime.v1.ContainerConfig.envs: object expected");
                        m.envs[i] = $root.runtime.v1.KeyValue.fromObject(d.envs[i], q + 1);
                    }
                }
                if (d.mounts) {
                    if (!$Array.isArray(d.mounts))
                        throw $TypeError(".runtime.v1.ContainerConfig.mounts: array expected");
                    m.mounts = $Array(d.mounts.length);
                    for (var i = 0; i < d.mounts.length; ++i) {
                        if (!$util.isObject(d.mounts[i]))
                            throw $TypeError(".runtime.v1.ContainerConfig.mounts: object expected");
                        m.mounts[i] = $root.runtime.v1.Mount.fromObject(d.mounts[i], q + 1);
                    }
                }
                if (d.labels) {
                    if (!$util.isObject(d.labels))
                        throw $TypeError(".runtime.v1.ContainerConfig.labels: object expected");
                    m.labels = {};
                    for (var ks = $Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labels, ks[i]);
                        m.labels[ks[i]] = $String(d.labels[ks[i]]);
                    }
                }
                if (d.annotations) {
                    if (!$util.isObject(d.annotations))
                        throw $TypeError(".runtime.v1.ContainerConfig.annotations: object expected");
                    m.annotations = {};
                    for (var ks = $Object.keys(d.annotations), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.annotations, ks[i]);
                        m.annotations[ks[i]] = $String(d.annotations[ks[i]]);
                    }
                }
                if (d.logPath != null) {
                    if (typeof d.logPath !== "string" || d.logPath.length) {
                        m.logPath = $String(d.logPath);
                    }
                }
                if (d.linux != null) {
                    if (!$util.isObject(d.linux))
                        throw $TypeError(".runtime.v1.ContainerConfig.linux: object expected");
                    m.linux = $root.runtime.v1.LinuxContainerConfig.fromObject(d.linux, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ContainerConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ContainerConfig
             * @static
             * @param {runtime.v1.ContainerConfig} m ContainerConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.command = [];
                    d.args = [];
                    d.envs = [];
                    d.mounts = [];
                }
                if (o.objects || o.defaults) {
                    d.labels = {};
                    d.annotations = {};
                }
                if (o.defaults) {
                    d.metadata = null;
                    d.image = null;
                    d.workingDir = "";
                    d.logPath = "";
                    d.linux = null;
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    d.metadata = $root.runtime.v1.ContainerMetadata.toObject(m.metadata, o, q + 1);
                }
                if (m.image != null && $Object.hasOwnProperty.call(m, "image")) {
                    d.image = $root.runtime.v1.ImageSpec.toObject(m.image, o, q + 1);
                }
                if (m.command && m.command.length) {
                    d.command = $Array(m.command.length);
                    for (var j = 0; j < m.command.length; ++j) {
                        d.command[j] = m.command[j];
                    }
                }
                if (m.args && m.args.length) {
                    d.args = $Array(m.args.length);
                    for (var j = 0; j < m.args.length; ++j) {
                        d.args[j] = m.args[j];
                    }
                }
                if (m.workingDir != null && $Object.hasOwnProperty.call(m, "workingDir")) {
                    d.workingDir = m.workingDir;
                }
                if (m.envs && m.envs.length) {
                    d.envs = $Array(m.envs.length);
                    for (var j = 0; j < m.envs.length; ++j) {
                        d.envs[j] = $root.runtime.v1.KeyValue.toObject(m.envs[j], o, q + 1);
                    }
                }
                if (m.mounts && m.mounts.length) {
                    d.mounts = $Array(m.mounts.length);
                    for (var j = 0; j < m.mounts.length; ++j) {
                        d.mounts[j] = $root.runtime.v1.Mount.toObject(m.mounts[j], o, q + 1);
                    }
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
                if (m.annotations && (ks2 = $Object.keys(m.annotations)).length) {
                    d.annotations = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.annotations, ks2[j]);
                        d.annotations[ks2[j]] = m.annotations[ks2[j]];
                    }
                }
                if (m.logPath != null && $Object.hasOwnProperty.call(m, "logPath")) {
                    d.logPath = m.logPath;
                }
                if (m.linux != null && $Object.hasOwnProperty.call(m, "linux")) {
                    d.linux = $root.runtime.v1.LinuxContainerConfig.toObject(m.linux, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ContainerConfig to JSON.
             * @function toJSON
             * @memberof runtime.v1.ContainerConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerConfig.prototype.toJSON = function() {
                return ContainerConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerConfig
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ContainerConfig";
            };

            return ContainerConfig;
        })();

        v1.CreateContainerRequest = (function() {

            /**
             * Properties of a CreateContainerRequest.
             * @typedef {Object} runtime.v1.CreateContainerRequest.$Properties
             * @property {string|null} [podSandboxId] CreateContainerRequest podSandboxId
             * @property {runtime.v1.ContainerConfig.$Properties|null} [config] CreateContainerRequest config
             * @property {runtime.v1.PodSandboxConfig.$Properties|null} [sandboxConfig] CreateContainerRequest sandboxConfig
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateContainerRequest.
             * @memberof runtime.v1
             * @interface ICreateContainerRequest
             * @augments runtime.v1.CreateContainerRequest.$Properties
             * @deprecated Use runtime.v1.CreateContainerRequest.$Properties instead.
             */

            /**
             * Shape of a CreateContainerRequest.
             * @typedef {runtime.v1.CreateContainerRequest.$Properties} runtime.v1.CreateContainerRequest.$Shape
             */

            /**
             * Constructs a new CreateContainerRequest.
             * @memberof runtime.v1
             * @classdesc Represents a CreateContainerRequest.
             * @constructor
             * @param {runtime.v1.CreateContainerRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateContainerRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CreateContainerRequest podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.CreateContainerRequest
             * @instance
             */
            CreateContainerRequest.prototype.podSandboxId = "";

            /**
             * CreateContainerRequest config.
             * @member {runtime.v1.ContainerConfig.$Properties|null|undefined} config
             * @memberof runtime.v1.CreateContainerRequest
             * @instance
             */
            CreateContainerRequest.prototype.config = null;

            /**
             * CreateContainerRequest sandboxConfig.
             * @member {runtime.v1.PodSandboxConfig.$Properties|null|undefined} sandboxConfig
             * @memberof runtime.v1.CreateContainerRequest
             * @instance
             */
            CreateContainerRequest.prototype.sandboxConfig = null;

            /**
             * Creates a new CreateContainerRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.CreateContainerRequest
             * @static
             * @param {runtime.v1.CreateContainerRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.CreateContainerRequest} CreateContainerRequest instance
             * @type {{
             *   (properties: runtime.v1.CreateContainerRequest.$Shape): runtime.v1.CreateContainerRequest & runtime.v1.CreateContainerRequest.$Shape;
             *   (properties?: runtime.v1.CreateContainerRequest.$Properties): runtime.v1.CreateContainerRequest;
             * }}
             */
            CreateContainerRequest.create = function(properties) {
                return new CreateContainerRequest(properties);
            };

            /**
             * Encodes the specified CreateContainerRequest message. Does not implicitly {@link runtime.v1.CreateContainerRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.CreateContainerRequest
             * @static
             * @param {runtime.v1.CreateContainerRequest.$Properties} m CreateContainerRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateContainerRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId") && m.podSandboxId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.podSandboxId);
                if (m.config != null && $Object.hasOwnProperty.call(m, "config"))
                    $root.runtime.v1.ContainerConfig.encode(m.config, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.sandboxConfig != null && $Object.hasOwnProperty.call(m, "sandboxConfig"))
                    $root.runtime.v1.PodSandboxConfig.encode(m.sandboxConfig, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CreateContainerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.CreateContainerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.CreateContainerRequest & runtime.v1.CreateContainerRequest.$Shape} CreateContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateContainerRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.CreateContainerRequest();
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
                                m.podSandboxId = v;
                            else
                                delete m.podSandboxId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.config = $root.runtime.v1.ContainerConfig.decode(r, r.size(), $undefined, q + 1, m.config);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.sandboxConfig = $root.runtime.v1.PodSandboxConfig.decode(r, r.size(), $undefined, q + 1, m.sandboxConfig);
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
             * Creates a CreateContainerRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.CreateContainerRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.CreateContainerRequest} CreateContainerRequest
             */
            CreateContainerRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.CreateContainerRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.CreateContainerRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.CreateContainerRequest();
                if (d.podSandboxId != null) {
                    if (typeof d.podSandboxId !== "string" || d.podSandboxId.length) {
                        m.podSandboxId = $String(d.podSandboxId);
                    }
                }
                if (d.config != null) {
                    if (!$util.isObject(d.config))
                        throw $TypeError(".runtime.v1.CreateContainerRequest.config: object expected");
                    m.config = $root.runtime.v1.ContainerConfig.fromObject(d.config, q + 1);
                }
                if (d.sandboxConfig != null) {
                    if (!$util.isObject(d.sandboxConfig))
                        throw $TypeError(".runtime.v1.CreateContainerRequest.sandboxConfig: object expected");
                    m.sandboxConfig = $root.runtime.v1.PodSandboxConfig.fromObject(d.sandboxConfig, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a CreateContainerRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.CreateContainerRequest
             * @static
             * @param {runtime.v1.CreateContainerRequest} m CreateContainerRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateContainerRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.podSandboxId = "";
                    d.config = null;
                    d.sandboxConfig = null;
                }
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId")) {
                    d.podSandboxId = m.podSandboxId;
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = $root.runtime.v1.ContainerConfig.toObject(m.config, o, q + 1);
                }
                if (m.sandboxConfig != null && $Object.hasOwnProperty.call(m, "sandboxConfig")) {
                    d.sandboxConfig = $root.runtime.v1.PodSandboxConfig.toObject(m.sandboxConfig, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this CreateContainerRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.CreateContainerRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateContainerRequest.prototype.toJSON = function() {
                return CreateContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateContainerRequest
             * @function getTypeUrl
             * @memberof runtime.v1.CreateContainerRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateContainerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.CreateContainerRequest";
            };

            return CreateContainerRequest;
        })();

        v1.CreateContainerResponse = (function() {

            /**
             * Properties of a CreateContainerResponse.
             * @typedef {Object} runtime.v1.CreateContainerResponse.$Properties
             * @property {string|null} [containerId] CreateContainerResponse containerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateContainerResponse.
             * @memberof runtime.v1
             * @interface ICreateContainerResponse
             * @augments runtime.v1.CreateContainerResponse.$Properties
             * @deprecated Use runtime.v1.CreateContainerResponse.$Properties instead.
             */

            /**
             * Shape of a CreateContainerResponse.
             * @typedef {runtime.v1.CreateContainerResponse.$Properties} runtime.v1.CreateContainerResponse.$Shape
             */

            /**
             * Constructs a new CreateContainerResponse.
             * @memberof runtime.v1
             * @classdesc Represents a CreateContainerResponse.
             * @constructor
             * @param {runtime.v1.CreateContainerResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateContainerResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CreateContainerResponse containerId.
             * @member {string} containerId
             * @memberof runtime.v1.CreateContainerResponse
             * @instance
             */
            CreateContainerResponse.prototype.containerId = "";

            /**
             * Creates a new CreateContainerResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.CreateContainerResponse
             * @static
             * @param {runtime.v1.CreateContainerResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.CreateContainerResponse} CreateContainerResponse instance
             * @type {{
             *   (properties: runtime.v1.CreateContainerResponse.$Shape): runtime.v1.CreateContainerResponse & runtime.v1.CreateContainerResponse.$Shape;
             *   (properties?: runtime.v1.CreateContainerResponse.$Properties): runtime.v1.CreateContainerResponse;
             * }}
             */
            CreateContainerResponse.create = function(properties) {
                return new CreateContainerResponse(properties);
            };

            /**
             * Encodes the specified CreateContainerResponse message. Does not implicitly {@link runtime.v1.CreateContainerResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.CreateContainerResponse
             * @static
             * @param {runtime.v1.CreateContainerResponse.$Properties} m CreateContainerResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateContainerResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.containerId != null && $Object.hasOwnProperty.call(m, "containerId") && m.containerId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.containerId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CreateContainerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.CreateContainerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.CreateContainerResponse & runtime.v1.CreateContainerResponse.$Shape} CreateContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateContainerResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.CreateContainerResponse();
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
                                m.containerId = v;
                            else
                                delete m.containerId;
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
             * Creates a CreateContainerResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.CreateContainerResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.CreateContainerResponse} CreateContainerResponse
             */
            CreateContainerResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.CreateContainerResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.CreateContainerResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.CreateContainerResponse();
                if (d.containerId != null) {
                    if (typeof d.containerId !== "string" || d.containerId.length) {
                        m.containerId = $String(d.containerId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CreateContainerResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.CreateContainerResponse
             * @static
             * @param {runtime.v1.CreateContainerResponse} m CreateContainerResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateContainerResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.containerId = "";
                }
                if (m.containerId != null && $Object.hasOwnProperty.call(m, "containerId")) {
                    d.containerId = m.containerId;
                }
                return d;
            };

            /**
             * Converts this CreateContainerResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.CreateContainerResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateContainerResponse.prototype.toJSON = function() {
                return CreateContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateContainerResponse
             * @function getTypeUrl
             * @memberof runtime.v1.CreateContainerResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateContainerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.CreateContainerResponse";
            };

            return CreateContainerResponse;
        })();

        v1.StartContainerRequest = (function() {

            /**
             * Properties of a StartContainerRequest.
             * @typedef {Object} runtime.v1.StartContainerRequest.$Properties
             * @property {string|null} [containerId] StartContainerRequest containerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartContainerRequest.
             * @memberof runtime.v1
             * @interface IStartContainerRequest
             * @augments runtime.v1.StartContainerRequest.$Properties
             * @deprecated Use runtime.v1.StartContainerRequest.$Properties instead.
             */

            /**
             * Shape of a StartContainerRequest.
             * @typedef {runtime.v1.StartContainerRequest.$Properties} runtime.v1.StartContainerRequest.$Shape
             */

            /**
             * Constructs a new StartContainerRequest.
             * @memberof runtime.v1
             * @classdesc Represents a StartContainerRequest.
             * @constructor
             * @param {runtime.v1.StartContainerRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartContainerRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StartContainerRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.StartContainerRequest
             * @instance
             */
            StartContainerRequest.prototype.containerId = "";

            /**
             * Creates a new StartContainerRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StartContainerRequest
             * @static
             * @param {runtime.v1.StartContainerRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.StartContainerRequest} StartContainerRequest instance
             * @type {{
             *   (properties: runtime.v1.StartContainerRequest.$Shape): runtime.v1.StartContainerRequest & runtime.v1.StartContainerRequest.$Shape;
             *   (properties?: runtime.v1.StartContainerRequest.$Properties): runtime.v1.StartContainerRequest;
             * }}
             */
            StartContainerRequest.create = function(properties) {
                return new StartContainerRequest(properties);
            };

            /**
             * Encodes the specified StartContainerRequest message. Does not implicitly {@link runtime.v1.StartContainerRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StartContainerRequest
             * @static
             * @param {runtime.v1.StartContainerRequest.$Properties} m StartContainerRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartContainerRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.containerId != null && $Object.hasOwnProperty.call(m, "containerId") && m.containerId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.containerId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StartContainerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StartContainerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.StartContainerRequest & runtime.v1.StartContainerRequest.$Shape} StartContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartContainerRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.StartContainerRequest();
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
                                m.containerId = v;
                            else
                                delete m.containerId;
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
             * Creates a StartContainerRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.StartContainerRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.StartContainerRequest} StartContainerRequest
             */
            StartContainerRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.StartContainerRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.StartContainerRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.StartContainerRequest();
                if (d.containerId != null) {
                    if (typeof d.containerId !== "string" || d.containerId.length) {
                        m.containerId = $String(d.containerId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StartContainerRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.StartContainerRequest
             * @static
             * @param {runtime.v1.StartContainerRequest} m StartContainerRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartContainerRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.containerId = "";
                }
                if (m.containerId != null && $Object.hasOwnProperty.call(m, "containerId")) {
                    d.containerId = m.containerId;
                }
                return d;
            };

            /**
             * Converts this StartContainerRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.StartContainerRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartContainerRequest.prototype.toJSON = function() {
                return StartContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartContainerRequest
             * @function getTypeUrl
             * @memberof runtime.v1.StartContainerRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartContainerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.StartContainerRequest";
            };

            return StartContainerRequest;
        })();

        v1.StartContainerResponse = (function() {

            /**
             * Properties of a StartContainerResponse.
             * @typedef {Object} runtime.v1.StartContainerResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartContainerResponse.
             * @memberof runtime.v1
             * @interface IStartContainerResponse
             * @augments runtime.v1.StartContainerResponse.$Properties
             * @deprecated Use runtime.v1.StartContainerResponse.$Properties instead.
             */

            /**
             * Shape of a StartContainerResponse.
             * @typedef {runtime.v1.StartContainerResponse.$Properties} runtime.v1.StartContainerResponse.$Shape
             */

            /**
             * Constructs a new StartContainerResponse.
             * @memberof runtime.v1
             * @classdesc Represents a StartContainerResponse.
             * @constructor
             * @param {runtime.v1.StartContainerResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartContainerResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new StartContainerResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StartContainerResponse
             * @static
             * @param {runtime.v1.StartContainerResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.StartContainerResponse} StartContainerResponse instance
             * @type {{
             *   (properties: runtime.v1.StartContainerResponse.$Shape): runtime.v1.StartContainerResponse & runtime.v1.StartContainerResponse.$Shape;
             *   (properties?: runtime.v1.StartContainerResponse.$Properties): runtime.v1.StartContainerResponse;
             * }}
             */
            StartContainerResponse.create = function(properties) {
                return new StartContainerResponse(properties);
            };

            /**
             * Encodes the specified StartContainerResponse message. Does not implicitly {@link runtime.v1.StartContainerResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StartContainerResponse
             * @static
             * @param {runtime.v1.StartContainerResponse.$Properties} m StartContainerResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartContainerResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StartContainerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StartContainerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.StartContainerResponse & runtime.v1.StartContainerResponse.$Shape} StartContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartContainerResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.StartContainerResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
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
             * Creates a StartContainerResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.StartContainerResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.StartContainerResponse} StartContainerResponse
             */
            StartContainerResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.StartContainerResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.StartContainerResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.runtime.v1.StartContainerResponse();
            };

            /**
             * Creates a plain object from a StartContainerResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.StartContainerResponse
             * @static
             * @param {runtime.v1.StartContainerResponse} m StartContainerResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartContainerResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this StartContainerResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.StartContainerResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartContainerResponse.prototype.toJSON = function() {
                return StartContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartContainerResponse
             * @function getTypeUrl
             * @memberof runtime.v1.StartContainerResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartContainerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.StartContainerResponse";
            };

            return StartContainerResponse;
        })();

        v1.StopContainerRequest = (function() {

            /**
             * Properties of a StopContainerRequest.
             * @typedef {Object} runtime.v1.StopContainerRequest.$Properties
             * @property {string|null} [containerId] StopContainerRequest containerId
             * @property {number|Long|null} [timeout] StopContainerRequest timeout
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StopContainerRequest.
             * @memberof runtime.v1
             * @interface IStopContainerRequest
             * @augments runtime.v1.StopContainerRequest.$Properties
             * @deprecated Use runtime.v1.StopContainerRequest.$Properties instead.
             */

            /**
             * Shape of a StopContainerRequest.
             * @typedef {runtime.v1.StopContainerRequest.$Properties} runtime.v1.StopContainerRequest.$Shape
             */

            /**
             * Constructs a new StopContainerRequest.
             * @memberof runtime.v1
             * @classdesc Represents a StopContainerRequest.
             * @constructor
             * @param {runtime.v1.StopContainerRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StopContainerRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StopContainerRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.StopContainerRequest
             * @instance
             */
            StopContainerRequest.prototype.containerId = "";

            /**
             * StopContainerRequest timeout.
             * @member {number|Long} timeout
             * @memberof runtime.v1.StopContainerRequest
             * @instance
             */
            StopContainerRequest.prototype.timeout = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new StopContainerRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StopContainerRequest
             * @static
             * @param {runtime.v1.StopContainerRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.StopContainerRequest} StopContainerRequest instance
             * @type {{
             *   (properties: runtime.v1.StopContainerRequest.$Shape): runtime.v1.StopContainerRequest & runtime.v1.StopContainerRequest.$Shape;
             *   (properties?: runtime.v1.StopContainerRequest.$Properties): runtime.v1.StopContainerRequest;
             * }}
             */
            StopContainerRequest.create = function(properties) {
                return new StopContainerRequest(properties);
            };

            /**
             * Encodes the specified StopContainerRequest message. Does not implicitly {@link runtime.v1.StopContainerRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StopContainerRequest
             * @static
             * @param {runtime.v1.StopContainerRequest.$Properties} m StopContainerRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopContainerRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.containerId != null && $Object.hasOwnProperty.call(m, "containerId") && m.containerId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.containerId);
                if (m.timeout != null && $Object.hasOwnProperty.call(m, "timeout") && (typeof m.timeout === "object" ? m.timeout.low || m.timeout.high : m.timeout !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.timeout);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StopContainerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StopContainerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.StopContainerRequest & runtime.v1.StopContainerRequest.$Shape} StopContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopContainerRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.StopContainerRequest();
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
                                m.containerId = v;
                            else
                                delete m.containerId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeout = v;
                            else
                                delete m.timeout;
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
             * Creates a StopContainerRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.StopContainerRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.StopContainerRequest} StopContainerRequest
             */
            StopContainerRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.StopContainerRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.StopContainerRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.StopContainerRequest();
                if (d.containerId != null) {
                    if (typeof d.containerId !== "string" || d.containerId.length) {
                        m.containerId = $String(d.containerId);
                    }
                }
                if (d.timeout != null) {
                    if (typeof d.timeout === "object" ? d.timeout.low || d.timeout.high : $Number(d.timeout) !== 0) {
                        if ($util.Long)
                            m.timeout = $util.Long.fromValue(d.timeout, false);
                        else if (typeof d.timeout === "string")
                            m.timeout = $parseInt(d.timeout, 10);
                        else if (typeof d.timeout === "number")
                            m.timeout = d.timeout;
                        else if (typeof d.timeout === "object")
                            m.timeout = new $util.LongBits(d.timeout.low >>> 0, d.timeout.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StopContainerRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.StopContainerRequest
             * @static
             * @param {runtime.v1.StopContainerRequest} m StopContainerRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopContainerRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.containerId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeout = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeout = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.containerId != null && $Object.hasOwnProperty.call(m, "containerId")) {
                    d.containerId = m.containerId;
                }
                if (m.timeout != null && $Object.hasOwnProperty.call(m, "timeout")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeout = typeof m.timeout === "number" ? $BigInt(m.timeout) : $util.Long.fromBits(m.timeout.low >>> 0, m.timeout.high >>> 0, false).toBigInt();
                    else if (typeof m.timeout === "number")
                        d.timeout = o.longs === $String ? $String(m.timeout) : m.timeout;
                    else
                        d.timeout = o.longs === $String ? $util.Long.prototype.toString.call(m.timeout) : o.longs === $Number ? new $util.LongBits(m.timeout.low >>> 0, m.timeout.high >>> 0).toNumber() : m.timeout;
                }
                return d;
            };

            /**
             * Converts this StopContainerRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.StopContainerRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopContainerRequest.prototype.toJSON = function() {
                return StopContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StopContainerRequest
             * @function getTypeUrl
             * @memberof runtime.v1.StopContainerRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StopContainerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.StopContainerRequest";
            };

            return StopContainerRequest;
        })();

        v1.StopContainerResponse = (function() {

            /**
             * Properties of a StopContainerResponse.
             * @typedef {Object} runtime.v1.StopContainerResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StopContainerResponse.
             * @memberof runtime.v1
             * @interface IStopContainerResponse
             * @augments runtime.v1.StopContainerResponse.$Properties
             * @deprecated Use runtime.v1.StopContainerResponse.$Properties instead.
             */

            /**
             * Shape of a StopContainerResponse.
             * @typedef {runtime.v1.StopContainerResponse.$Properties} runtime.v1.StopContainerResponse.$Shape
             */

            /**
             * Constructs a new StopContainerResponse.
             * @memberof runtime.v1
             * @classdesc Represents a StopContainerResponse.
             * @constructor
             * @param {runtime.v1.StopContainerResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StopContainerResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new StopContainerResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StopContainerResponse
             * @static
             * @param {runtime.v1.StopContainerResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.StopContainerResponse} StopContainerResponse instance
             * @type {{
             *   (properties: runtime.v1.StopContainerResponse.$Shape): runtime.v1.StopContainerResponse & runtime.v1.StopContainerResponse.$Shape;
             *   (properties?: runtime.v1.StopContainerResponse.$Properties): runtime.v1.StopContainerResponse;
             * }}
             */
            StopContainerResponse.create = function(properties) {
                return new StopContainerResponse(properties);
            };

            /**
             * Encodes the specified StopContainerResponse message. Does not implicitly {@link runtime.v1.StopContainerResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StopContainerResponse
             * @static
             * @param {runtime.v1.StopContainerResponse.$Properties} m StopContainerResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopContainerResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StopContainerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StopContainerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.StopContainerResponse & runtime.v1.StopContainerResponse.$Shape} StopContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopContainerResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.StopContainerResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
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
             * Creates a StopContainerResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.StopContainerResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.StopContainerResponse} StopContainerResponse
             */
            StopContainerResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.StopContainerResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.StopContainerResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.runtime.v1.StopContainerResponse();
            };

            /**
             * Creates a plain object from a StopContainerResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.StopContainerResponse
             * @static
             * @param {runtime.v1.StopContainerResponse} m StopContainerResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopContainerResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this StopContainerResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.StopContainerResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopContainerResponse.prototype.toJSON = function() {
                return StopContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StopContainerResponse
             * @function getTypeUrl
             * @memberof runtime.v1.StopContainerResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StopContainerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.StopContainerResponse";
            };

            return StopContainerResponse;
        })();

        v1.RemoveContainerRequest = (function() {

            /**
             * Properties of a RemoveContainerRequest.
             * @typedef {Object} runtime.v1.RemoveContainerRequest.$Properties
             * @property {string|null} [containerId] RemoveContainerRequest containerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveContainerRequest.
             * @memberof runtime.v1
             * @interface IRemoveContainerRequest
             * @augments runtime.v1.RemoveContainerRequest.$Properties
             * @deprecated Use runtime.v1.RemoveContainerRequest.$Properties instead.
             */

            /**
             * Shape of a RemoveContainerRequest.
             * @typedef {runtime.v1.RemoveContainerRequest.$Properties} runtime.v1.RemoveContainerRequest.$Shape
             */

            /**
             * Constructs a new RemoveContainerRequest.
             * @memberof runtime.v1
             * @classdesc Represents a RemoveContainerRequest.
             * @constructor
             * @param {runtime.v1.RemoveContainerRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveContainerRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RemoveContainerRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.RemoveContainerRequest
             * @instance
             */
            RemoveContainerRequest.prototype.containerId = "";

            /**
             * Creates a new RemoveContainerRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RemoveContainerRequest
             * @static
             * @param {runtime.v1.RemoveContainerRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.RemoveContainerRequest} RemoveContainerRequest instance
             * @type {{
             *   (properties: runtime.v1.RemoveContainerRequest.$Shape): runtime.v1.RemoveContainerRequest & runtime.v1.RemoveContainerRequest.$Shape;
             *   (properties?: runtime.v1.RemoveContainerRequest.$Properties): runtime.v1.RemoveContainerRequest;
             * }}
             */
            RemoveContainerRequest.create = function(properties) {
                return new RemoveContainerRequest(properties);
            };

            /**
             * Encodes the specified RemoveContainerRequest message. Does not implicitly {@link runtime.v1.RemoveContainerRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RemoveContainerRequest
             * @static
             * @param {runtime.v1.RemoveContainerRequest.$Properties} m RemoveContainerRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveContainerRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.containerId != null && $Object.hasOwnProperty.call(m, "containerId") && m.containerId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.containerId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RemoveContainerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RemoveContainerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.RemoveContainerRequest & runtime.v1.RemoveContainerRequest.$Shape} RemoveContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveContainerRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.RemoveContainerRequest();
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
                                m.containerId = v;
                            else
                                delete m.containerId;
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
             * Creates a RemoveContainerRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.RemoveContainerRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.RemoveContainerRequest} RemoveContainerRequest
             */
            RemoveContainerRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.RemoveContainerRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.RemoveContainerRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.RemoveContainerRequest();
                if (d.containerId != null) {
                    if (typeof d.containerId !== "string" || d.containerId.length) {
                        m.containerId = $String(d.containerId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RemoveContainerRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.RemoveContainerRequest
             * @static
             * @param {runtime.v1.RemoveContainerRequest} m RemoveContainerRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RemoveContainerRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.containerId = "";
                }
                if (m.containerId != null && $Object.hasOwnProperty.call(m, "containerId")) {
                    d.containerId = m.containerId;
                }
                return d;
            };

            /**
             * Converts this RemoveContainerRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.RemoveContainerRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RemoveContainerRequest.prototype.toJSON = function() {
                return RemoveContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RemoveContainerRequest
             * @function getTypeUrl
             * @memberof runtime.v1.RemoveContainerRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RemoveContainerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.RemoveContainerRequest";
            };

            return RemoveContainerRequest;
        })();

        v1.RemoveContainerResponse = (function() {

            /**
             * Properties of a RemoveContainerResponse.
             * @typedef {Object} runtime.v1.RemoveContainerResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveContainerResponse.
             * @memberof runtime.v1
             * @interface IRemoveContainerResponse
             * @augments runtime.v1.RemoveContainerResponse.$Properties
             * @deprecated Use runtime.v1.RemoveContainerResponse.$Properties instead.
             */

            /**
             * Shape of a RemoveContainerResponse.
             * @typedef {runtime.v1.RemoveContainerResponse.$Properties} runtime.v1.RemoveContainerResponse.$Shape
             */

            /**
             * Constructs a new RemoveContainerResponse.
             * @memberof runtime.v1
             * @classdesc Represents a RemoveContainerResponse.
             * @constructor
             * @param {runtime.v1.RemoveContainerResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveContainerResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new RemoveContainerResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RemoveContainerResponse
             * @static
             * @param {runtime.v1.RemoveContainerResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.RemoveContainerResponse} RemoveContainerResponse instance
             * @type {{
             *   (properties: runtime.v1.RemoveContainerResponse.$Shape): runtime.v1.RemoveContainerResponse & runtime.v1.RemoveContainerResponse.$Shape;
             *   (properties?: runtime.v1.RemoveContainerResponse.$Properties): runtime.v1.RemoveContainerResponse;
             * }}
             */
            RemoveContainerResponse.create = function(properties) {
                return new RemoveContainerResponse(properties);
            };

            /**
             * Encodes the specified RemoveContainerResponse message. Does not implicitly {@link runtime.v1.RemoveContainerResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RemoveContainerResponse
             * @static
             * @param {runtime.v1.RemoveContainerResponse.$Properties} m RemoveContainerResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveContainerResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RemoveContainerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RemoveContainerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.RemoveContainerResponse & runtime.v1.RemoveContainerResponse.$Shape} RemoveContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveContainerResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.RemoveContainerResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
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
             * Creates a RemoveContainerResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.RemoveContainerResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.RemoveContainerResponse} RemoveContainerResponse
             */
            RemoveContainerResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.RemoveContainerResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.RemoveContainerResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.runtime.v1.RemoveContainerResponse();
            };

            /**
             * Creates a plain object from a RemoveContainerResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.RemoveContainerResponse
             * @static
             * @param {runtime.v1.RemoveContainerResponse} m RemoveContainerResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RemoveContainerResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this RemoveContainerResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.RemoveContainerResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RemoveContainerResponse.prototype.toJSON = function() {
                return RemoveContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RemoveContainerResponse
             * @function getTypeUrl
             * @memberof runtime.v1.RemoveContainerResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RemoveContainerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.RemoveContainerResponse";
            };

            return RemoveContainerResponse;
        })();

        /**
         * ContainerState enum.
         * @name runtime.v1.ContainerState
         * @enum {number}
         * @property {number} CONTAINER_CREATED=0 CONTAINER_CREATED value
         * @property {number} CONTAINER_RUNNING=1 CONTAINER_RUNNING value
         * @property {number} CONTAINER_EXITED=2 CONTAINER_EXITED value
         * @property {number} CONTAINER_UNKNOWN=3 CONTAINER_UNKNOWN value
         */
        v1.ContainerState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONTAINER_CREATED"] = 0;
            values[valuesById[1] = "CONTAINER_RUNNING"] = 1;
            values[valuesById[2] = "CONTAINER_EXITED"] = 2;
            values[valuesById[3] = "CONTAINER_UNKNOWN"] = 3;
            return values;
        })();

        v1.ContainerStateValue = (function() {

            /**
             * Properties of a ContainerStateValue.
             * @typedef {Object} runtime.v1.ContainerStateValue.$Properties
             * @property {runtime.v1.ContainerState|null} [state] ContainerStateValue state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerStateValue.
             * @memberof runtime.v1
             * @interface IContainerStateValue
             * @augments runtime.v1.ContainerStateValue.$Properties
             * @deprecated Use runtime.v1.ContainerStateValue.$Properties instead.
             */

            /**
             * Shape of a ContainerStateValue.
             * @typedef {runtime.v1.ContainerStateValue.$Properties} runtime.v1.ContainerStateValue.$Shape
             */

            /**
             * Constructs a new ContainerStateValue.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStateValue.
             * @constructor
             * @param {runtime.v1.ContainerStateValue.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContainerStateValue = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ContainerStateValue state.
             * @member {runtime.v1.ContainerState} state
             * @memberof runtime.v1.ContainerStateValue
             * @instance
             */
            ContainerStateValue.prototype.state = 0;

            /**
             * Creates a new ContainerStateValue instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStateValue
             * @static
             * @param {runtime.v1.ContainerStateValue.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStateValue} ContainerStateValue instance
             * @type {{
             *   (properties: runtime.v1.ContainerStateValue.$Shape): runtime.v1.ContainerStateValue & runtime.v1.ContainerStateValue.$Shape;
             *   (properties?: runtime.v1.ContainerStateValue.$Properties): runtime.v1.ContainerStateValue;
             * }}
             */
            ContainerStateValue.create = function(properties) {
                return new ContainerStateValue(properties);
            };

            /**
             * Encodes the specified ContainerStateValue message. Does not implicitly {@link runtime.v1.ContainerStateValue.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStateValue
             * @static
             * @param {runtime.v1.ContainerStateValue.$Properties} m ContainerStateValue message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStateValue.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.state);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ContainerStateValue message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStateValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerStateValue & runtime.v1.ContainerStateValue.$Shape} ContainerStateValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStateValue.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ContainerStateValue();
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
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
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
             * Creates a ContainerStateValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ContainerStateValue
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ContainerStateValue} ContainerStateValue
             */
            ContainerStateValue.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ContainerStateValue)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ContainerStateValue: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ContainerStateValue();
                if (d.state !== 0 && (typeof d.state !== "string" || $root.runtime.v1.ContainerState[d.state] !== 0)) {
                    switch (d.state) {
                    case "CONTAINER_CREATED":
                    case 0:
                        m.state = 0;
                        break;
                    case "CONTAINER_RUNNING":
                    case 1:
                        m.state = 1;
                        break;
                    case "CONTAINER_EXITED":
                    case 2:
                        m.state = 2;
                        break;
                    case "CONTAINER_UNKNOWN":
                    case 3:
                        m.state = 3;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ContainerStateValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ContainerStateValue
             * @static
             * @param {runtime.v1.ContainerStateValue} m ContainerStateValue
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerStateValue.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.state = o.enums === $String ? "CONTAINER_CREATED" : 0;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.runtime.v1.ContainerState[m.state] === $undefined ? m.state : $root.runtime.v1.ContainerState[m.state] : m.state;
                }
                return d;
            };

            /**
             * Converts this ContainerStateValue to JSON.
             * @function toJSON
             * @memberof runtime.v1.ContainerStateValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerStateValue.prototype.toJSON = function() {
                return ContainerStateValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerStateValue
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStateValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerStateValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ContainerStateValue";
            };

            return ContainerStateValue;
        })();

        v1.ContainerFilter = (function() {

            /**
             * Properties of a ContainerFilter.
             * @typedef {Object} runtime.v1.ContainerFilter.$Properties
             * @property {string|null} [id] ContainerFilter id
             * @property {runtime.v1.ContainerStateValue.$Properties|null} [state] ContainerFilter state
             * @property {string|null} [podSandboxId] ContainerFilter podSandboxId
             * @property {Object.<string,string>|null} [labelSelector] ContainerFilter labelSelector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerFilter.
             * @memberof runtime.v1
             * @interface IContainerFilter
             * @augments runtime.v1.ContainerFilter.$Properties
             * @deprecated Use runtime.v1.ContainerFilter.$Properties instead.
             */

            /**
             * Shape of a ContainerFilter.
             * @typedef {runtime.v1.ContainerFilter.$Properties} runtime.v1.ContainerFilter.$Shape
             */

            /**
             * Constructs a new ContainerFilter.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerFilter.
             * @constructor
             * @param {runtime.v1.ContainerFilter.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContainerFilter = function (p) {
                this.labelSelector = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ContainerFilter id.
             * @member {string} id
             * @memberof runtime.v1.ContainerFilter
             * @instance
             */
            ContainerFilter.prototype.id = "";

            /**
             * ContainerFilter state.
             * @member {runtime.v1.ContainerStateValue.$Properties|null|undefined} state
             * @memberof runtime.v1.ContainerFilter
             * @instance
             */
            ContainerFilter.prototype.state = null;

            /**
             * ContainerFilter podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.ContainerFilter
             * @instance
             */
            ContainerFilter.prototype.podSandboxId = "";

            /**
             * ContainerFilter labelSelector.
             * @member {Object.<string,string>} labelSelector
             * @memberof runtime.v1.ContainerFilter
             * @instance
             */
            ContainerFilter.prototype.labelSelector = $util.emptyObject;

            /**
             * Creates a new ContainerFilter instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerFilter
             * @static
             * @param {runtime.v1.ContainerFilter.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ContainerFilter} ContainerFilter instance
             * @type {{
             *   (properties: runtime.v1.ContainerFilter.$Shape): runtime.v1.ContainerFilter & runtime.v1.ContainerFilter.$Shape;
             *   (properties?: runtime.v1.ContainerFilter.$Properties): runtime.v1.ContainerFilter;
             * }}
             */
            ContainerFilter.create = function(properties) {
                return new ContainerFilter(properties);
            };

            /**
             * Encodes the specified ContainerFilter message. Does not implicitly {@link runtime.v1.ContainerFilter.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerFilter
             * @static
             * @param {runtime.v1.ContainerFilter.$Properties} m ContainerFilter message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerFilter.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state"))
                    $root.runtime.v1.ContainerStateValue.encode(m.state, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId") && m.podSandboxId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.podSandboxId);
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector")) {
                    for (var ks = $Object.keys(m.labelSelector), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labelSelector[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ContainerFilter message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerFilter & runtime.v1.ContainerFilter.$Shape} ContainerFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerFilter.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ContainerFilter();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.state = $root.runtime.v1.ContainerStateValue.decode(r, r.size(), $undefined, q + 1, m.state);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.podSandboxId = v;
                            else
                                delete m.podSandboxId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (m.labelSelector === $util.emptyObject)
                                m.labelSelector = {};
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
                                $util.makeProp(m.labelSelector, k);
                            m.labelSelector[k] = v;
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
             * Creates a ContainerFilter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ContainerFilter
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ContainerFilter} ContainerFilter
             */
            ContainerFilter.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ContainerFilter)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ContainerFilter: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ContainerFilter();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.state != null) {
                    if (!$util.isObject(d.state))
                        throw $TypeError(".runtime.v1.ContainerFilter.state: object expected");
                    m.state = $root.runtime.v1.ContainerStateValue.fromObject(d.state, q + 1);
                }
                if (d.podSandboxId != null) {
                    if (typeof d.podSandboxId !== "string" || d.podSandboxId.length) {
                        m.podSandboxId = $String(d.podSandboxId);
                    }
                }
                if (d.labelSelector) {
                    if (!$util.isObject(d.labelSelector))
                        throw $TypeError(".runtime.v1.ContainerFilter.labelSelector: object expected");
                    m.labelSelector = {};
                    for (var ks = $Object.keys(d.labelSelector), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labelSelector, ks[i]);
                        m.labelSelector[ks[i]] = $String(d.labelSelector[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ContainerFilter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ContainerFilter
             * @static
             * @param {runtime.v1.ContainerFilter} m ContainerFilter
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerFilter.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.labelSelector = {};
                }
                if (o.defaults) {
                    d.id = "";
                    d.state = null;
                    d.podSandboxId = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = $root.runtime.v1.ContainerStateValue.toObject(m.state, o, q + 1);
                }
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId")) {
                    d.podSandboxId = m.podSandboxId;
                }
                var ks2;
                if (m.labelSelector && (ks2 = $Object.keys(m.labelSelector)).length) {
                    d.labelSelector = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.labelSelector, ks2[j]);
                        d.labelSelector[ks2[j]] = m.labelSelector[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this ContainerFilter to JSON.
             * @function toJSON
             * @memberof runtime.v1.ContainerFilter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerFilter.prototype.toJSON = function() {
                return ContainerFilter.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerFilter
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerFilter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerFilter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ContainerFilter";
            };

            return ContainerFilter;
        })();

        v1.ListContainersRequest = (function() {

            /**
             * Properties of a ListContainersRequest.
             * @typedef {Object} runtime.v1.ListContainersRequest.$Properties
             * @property {runtime.v1.ContainerFilter.$Properties|null} [filter] ListContainersRequest filter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListContainersRequest.
             * @memberof runtime.v1
             * @interface IListContainersRequest
             * @augments runtime.v1.ListContainersRequest.$Properties
             * @deprecated Use runtime.v1.ListContainersRequest.$Properties instead.
             */

            /**
             * Shape of a ListContainersRequest.
             * @typedef {runtime.v1.ListContainersRequest.$Properties} runtime.v1.ListContainersRequest.$Shape
             */

            /**
             * Constructs a new ListContainersRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ListContainersRequest.
             * @constructor
             * @param {runtime.v1.ListContainersRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListContainersRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListContainersRequest filter.
             * @member {runtime.v1.ContainerFilter.$Properties|null|undefined} filter
             * @memberof runtime.v1.ListContainersRequest
             * @instance
             */
            ListContainersRequest.prototype.filter = null;

            /**
             * Creates a new ListContainersRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListContainersRequest
             * @static
             * @param {runtime.v1.ListContainersRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ListContainersRequest} ListContainersRequest instance
             * @type {{
             *   (properties: runtime.v1.ListContainersRequest.$Shape): runtime.v1.ListContainersRequest & runtime.v1.ListContainersRequest.$Shape;
             *   (properties?: runtime.v1.ListContainersRequest.$Properties): runtime.v1.ListContainersRequest;
             * }}
             */
            ListContainersRequest.create = function(properties) {
                return new ListContainersRequest(properties);
            };

            /**
             * Encodes the specified ListContainersRequest message. Does not implicitly {@link runtime.v1.ListContainersRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListContainersRequest
             * @static
             * @param {runtime.v1.ListContainersRequest.$Properties} m ListContainersRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListContainersRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.filter != null && $Object.hasOwnProperty.call(m, "filter"))
                    $root.runtime.v1.ContainerFilter.encode(m.filter, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListContainersRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListContainersRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ListContainersRequest & runtime.v1.ListContainersRequest.$Shape} ListContainersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListContainersRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ListContainersRequest();
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
                            m.filter = $root.runtime.v1.ContainerFilter.decode(r, r.size(), $undefined, q + 1, m.filter);
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
             * Creates a ListContainersRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ListContainersRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ListContainersRequest} ListContainersRequest
             */
            ListContainersRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ListContainersRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ListContainersRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ListContainersRequest();
                if (d.filter != null) {
                    if (!$util.isObject(d.filter))
                        throw $TypeError(".runtime.v1.ListContainersRequest.filter: object expected");
                    m.filter = $root.runtime.v1.ContainerFilter.fromObject(d.filter, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ListContainersRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ListContainersRequest
             * @static
             * @param {runtime.v1.ListContainersRequest} m ListContainersRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListContainersRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.filter = null;
                }
                if (m.filter != null && $Object.hasOwnProperty.call(m, "filter")) {
                    d.filter = $root.runtime.v1.ContainerFilter.toObject(m.filter, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ListContainersRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.ListContainersRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListContainersRequest.prototype.toJSON = function() {
                return ListContainersRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListContainersRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ListContainersRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListContainersRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ListContainersRequest";
            };

            return ListContainersRequest;
        })();

        v1.Container = (function() {

            /**
             * Properties of a Container.
             * @typedef {Object} runtime.v1.Container.$Properties
             * @property {string|null} [id] Container id
             * @property {string|null} [podSandboxId] Container podSandboxId
             * @property {runtime.v1.ContainerMetadata.$Properties|null} [metadata] Container metadata
             * @property {runtime.v1.ImageSpec.$Properties|null} [image] Container image
             * @property {string|null} [imageRef] Container imageRef
             * @property {runtime.v1.ContainerState|null} [state] Container state
             * @property {number|Long|null} [createdAt] Container createdAt
             * @property {Object.<string,string>|null} [labels] Container labels
             * @property {Object.<string,string>|null} [annotations] Container annotations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Container.
             * @memberof runtime.v1
             * @interface IContainer
             * @augments runtime.v1.Container.$Properties
             * @deprecated Use runtime.v1.Container.$Properties instead.
             */

            /**
             * Shape of a Container.
             * @typedef {runtime.v1.Container.$Properties} runtime.v1.Container.$Shape
             */

            /**
             * Constructs a new Container.
             * @memberof runtime.v1
             * @classdesc Represents a Container.
             * @constructor
             * @param {runtime.v1.Container.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Container = function (p) {
                this.labels = {};
                this.annotations = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Container id.
             * @member {string} id
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.id = "";

            /**
             * Container podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.podSandboxId = "";

            /**
             * Container metadata.
             * @member {runtime.v1.ContainerMetadata.$Properties|null|undefined} metadata
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.metadata = null;

            /**
             * Container image.
             * @member {runtime.v1.ImageSpec.$Properties|null|undefined} image
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.image = null;

            /**
             * Container imageRef.
             * @member {string} imageRef
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.imageRef = "";

            /**
             * Container state.
             * @member {runtime.v1.ContainerState} state
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.state = 0;

            /**
             * Container createdAt.
             * @member {number|Long} createdAt
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Container labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.labels = $util.emptyObject;

            /**
             * Container annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.annotations = $util.emptyObject;

            /**
             * Creates a new Container instance using the specified properties.
             * @function create
             * @memberof runtime.v1.Container
             * @static
             * @param {runtime.v1.Container.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.Container} Container instance
             * @type {{
             *   (properties: runtime.v1.Container.$Shape): runtime.v1.Container & runtime.v1.Container.$Shape;
             *   (properties?: runtime.v1.Container.$Properties): runtime.v1.Container;
             * }}
             */
            Container.create = function(properties) {
                return new Container(properties);
            };

            /**
             * Encodes the specified Container message. Does not implicitly {@link runtime.v1.Container.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.Container
             * @static
             * @param {runtime.v1.Container.$Properties} m Container message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Container.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId") && m.podSandboxId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.podSandboxId);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.runtime.v1.ContainerMetadata.encode(m.metadata, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.image != null && $Object.hasOwnProperty.call(m, "image"))
                    $root.runtime.v1.ImageSpec.encode(m.image, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.imageRef != null && $Object.hasOwnProperty.call(m, "imageRef") && m.imageRef !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.imageRef);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).int32(m.state);
                if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt") && (typeof m.createdAt === "object" ? m.createdAt.low || m.createdAt.high : m.createdAt !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.createdAt);
                if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                    for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labels[ks[i]]).ldelim();
                    }
                }
                if (m.annotations != null && $Object.hasOwnProperty.call(m, "annotations")) {
                    for (var ks = $Object.keys(m.annotations), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.annotations[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Container message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.Container
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.Container & runtime.v1.Container.$Shape} Container
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Container.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.Container();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.podSandboxId = v;
                            else
                                delete m.podSandboxId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.runtime.v1.ContainerMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.image = $root.runtime.v1.ImageSpec.decode(r, r.size(), $undefined, q + 1, m.image);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.imageRef = v;
                            else
                                delete m.imageRef;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.createdAt = v;
                            else
                                delete m.createdAt;
                            continue;
                        }
                    case 8: {
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
                    case 9: {
                            if (u !== 2)
                                break;
                            if (m.annotations === $util.emptyObject)
                                m.annotations = {};
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
                                $util.makeProp(m.annotations, k);
                            m.annotations[k] = v;
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
             * Creates a Container message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.Container
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.Container} Container
             */
            Container.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.Container)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.Container: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.Container();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.podSandboxId != null) {
                    if (typeof d.podSandboxId !== "string" || d.podSandboxId.length) {
                        m.podSandboxId = $String(d.podSandboxId);
                    }
                }
                if (d.metadata != null) {
                    if (!$util.isObject(d.metadata))
                        throw $TypeError(".runtime.v1.Container.metadata: object expected");
                    m.metadata = $root.runtime.v1.ContainerMetadata.fromObject(d.metadata, q + 1);
                }
                if (d.image != null) {
                    if (!$util.isObject(d.image))
                        throw $TypeError(".runtime.v1.Container.image: object expected");
                    m.image = $root.runtime.v1.ImageSpec.fromObject(d.image, q + 1);
                }
                if (d.imageRef != null) {
                    if (typeof d.imageRef !== "string" || d.imageRef.length) {
                        m.imageRef = $String(d.imageRef);
                    }
                }
                if (d.state !== 0 && (typeof d.state !== "string" || $root.runtime.v1.ContainerState[d.state] !== 0)) {
                    switch (d.state) {
                    case "CONTAINER_CREATED":
                    case 0:
                        m.state = 0;
                        break;
                    case "CONTAINER_RUNNING":
                    case 1:
                        m.state = 1;
                        break;
                    case "CONTAINER_EXITED":
                    case 2:
                        m.state = 2;
                        break;
                    case "CONTAINER_UNKNOWN":
                    case 3:
                        m.state = 3;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                if (d.createdAt != null) {
                    if (typeof d.createdAt === "object" ? d.createdAt.low || d.createdAt.high : $Number(d.createdAt) !== 0) {
                        if ($util.Long)
                            m.createdAt = $util.Long.fromValue(d.createdAt, false);
                        else if (typeof d.createdAt === "string")
                            m.createdAt = $parseInt(d.createdAt, 10);
                        else if (typeof d.createdAt === "number")
                            m.createdAt = d.createdAt;
                        else if (typeof d.createdAt === "object")
                            m.createdAt = new $util.LongBits(d.createdAt.low >>> 0, d.createdAt.high >>> 0).toNumber();
                    }
                }
                if (d.labels) {
                    if (!$util.isObject(d.labels))
                        throw $TypeError(".runtime.v1.Container.labels: object expected");
                    m.labels = {};
                    for (var ks = $Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labels, ks[i]);
                        m.labels[ks[i]] = $String(d.labels[ks[i]]);
                    }
                }
                if (d.annotations) {
                    if (!$util.isObject(d.annotations))
                        throw $TypeError(".runtime.v1.Container.annotations: object expected");
                    m.annotations = {};
                    for (var ks = $Object.keys(d.annotations), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.annotations, ks[i]);
                        m.annotations[ks[i]] = $String(d.annotations[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Container message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.Container
             * @static
             * @param {runtime.v1.Container} m Container
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Container.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.labels = {};
                    d.annotations = {};
                }
                if (o.defaults) {
                    d.id = "";
                    d.podSandboxId = "";
                    d.metadata = null;
                    d.image = null;
                    d.imageRef = "";
                    d.state = o.enums === $String ? "CONTAINER_CREATED" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.createdAt = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.createdAt = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId")) {
                    d.podSandboxId = m.podSandboxId;
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    d.metadata = $root.runtime.v1.ContainerMetadata.toObject(m.metadata, o, q + 1);
                }
                if (m.image != null && $Object.hasOwnProperty.call(m, "image")) {
                    d.image = $root.runtime.v1.ImageSpec.toObject(m.image, o, q + 1);
                }
                if (m.imageRef != null && $Object.hasOwnProperty.call(m, "imageRef")) {
                    d.imageRef = m.imageRef;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.runtime.v1.ContainerState[m.state] === $undefined ? m.state : $root.runtime.v1.ContainerState[m.state] : m.state;
                }
                if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.createdAt = typeof m.createdAt === "number" ? $BigInt(m.createdAt) : $util.Long.fromBits(m.createdAt.low >>> 0, m.createdAt.high >>> 0, false).toBigInt();
                    else if (typeof m.createdAt === "number")
                        d.createdAt = o.longs === $String ? $String(m.createdAt) : m.createdAt;
                    else
                        d.createdAt = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAt) : o.longs === $Number ? new $util.LongBits(m.createdAt.low >>> 0, m.createdAt.high >>> 0).toNumber() : m.createdAt;
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
                if (m.annotations && (ks2 = $Object.keys(m.annotations)).length) {
                    d.annotations = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.annotations, ks2[j]);
                        d.annotations[ks2[j]] = m.annotations[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this Container to JSON.
             * @function toJSON
             * @memberof runtime.v1.Container
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Container.prototype.toJSON = function() {
                return Container.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Container
             * @function getTypeUrl
             * @memberof runtime.v1.Container
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Container.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.Container";
            };

            return Container;
        })();

        v1.ListContainersResponse = (function() {

            /**
             * Properties of a ListContainersResponse.
             * @typedef {Object} runtime.v1.ListContainersResponse.$Properties
             * @property {Array.<runtime.v1.Container.$Properties>|null} [containers] ListContainersResponse containers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListContainersResponse.
             * @memberof runtime.v1
             * @interface IListContainersResponse
             * @augments runtime.v1.ListContainersResponse.$Properties
             * @deprecated Use runtime.v1.ListContainersResponse.$Properties instead.
             */

            /**
             * Shape of a ListContainersResponse.
             * @typedef {runtime.v1.ListContainersResponse.$Properties} runtime.v1.ListContainersResponse.$Shape
             */

            /**
             * Constructs a new ListContainersResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ListContainersResponse.
             * @constructor
             * @param {runtime.v1.ListContainersResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListContainersResponse = function (p) {
                this.containers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListContainersResponse containers.
             * @member {Array.<runtime.v1.Container.$Properties>} containers
             * @memberof runtime.v1.ListContainersResponse
             * @instance
             */
            ListContainersResponse.prototype.containers = $util.emptyArray;

            /**
             * Creates a new ListContainersResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListContainersResponse
             * @static
             * @param {runtime.v1.ListContainersResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ListContainersResponse} ListContainersResponse instance
             * @type {{
             *   (properties: runtime.v1.ListContainersResponse.$Shape): runtime.v1.ListContainersResponse & runtime.v1.ListContainersResponse.$Shape;
             *   (properties?: runtime.v1.ListContainersResponse.$Properties): runtime.v1.ListContainersResponse;
             * }}
             */
            ListContainersResponse.create = function(properties) {
                return new ListContainersResponse(properties);
            };

            /**
             * Encodes the specified ListContainersResponse message. Does not implicitly {@link runtime.v1.ListContainersResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListContainersResponse
             * @static
             * @param {runtime.v1.ListContainersResponse.$Properties} m ListContainersResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListContainersResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.containers != null && m.containers.length) {
                    for (var i = 0; i < m.containers.length; ++i)
                        $root.runtime.v1.Container.encode(m.containers[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListContainersResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListContainersResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ListContainersResponse & runtime.v1.ListContainersResponse.$Shape} ListContainersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListContainersResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ListContainersResponse();
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
                            if (!(m.containers && m.containers.length))
                                m.containers = [];
                            m.containers.push($root.runtime.v1.Container.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a ListContainersResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ListContainersResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ListContainersResponse} ListContainersResponse
             */
            ListContainersResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ListContainersResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ListContainersResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ListContainersResponse();
                if (d.containers) {
                    if (!$Array.isArray(d.containers))
                        throw $TypeError(".runtime.v1.ListContainersResponse.containers: array expected");
                    m.containers = $Array(d.containers.length);
                    for (var i = 0; i < d.containers.length; ++i) {
                        if (!$util.isObject(d.containers[i]))
                            throw $TypeError(".runtime.v1.ListContainersResponse.containers: object expected");
                        m.containers[i] = $root.runtime.v1.Container.fromObject(d.containers[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ListContainersResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ListContainersResponse
             * @static
             * @param {runtime.v1.ListContainersResponse} m ListContainersResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListContainersResponse.toObject = function (m, o, q) {
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
                if (m.containers && m.containers.length) {
                    d.containers = $Array(m.containers.length);
                    for (var j = 0; j < m.containers.length; ++j) {
                        d.containers[j] = $root.runtime.v1.Container.toObject(m.containers[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ListContainersResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.ListContainersResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListContainersResponse.prototype.toJSON = function() {
                return ListContainersResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListContainersResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ListContainersResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListContainersResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ListContainersResponse";
            };

            return ListContainersResponse;
        })();

        v1.ContainerStatusRequest = (function() {

            /**
             * Properties of a ContainerStatusRequest.
             * @typedef {Object} runtime.v1.ContainerStatusRequest.$Properties
             * @property {string|null} [containerId] ContainerStatusRequest containerId
             * @property {boolean|null} [verbose] ContainerStatusRequest verbose
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerStatusRequest.
             * @memberof runtime.v1
             * @interface IContainerStatusRequest
             * @augments runtime.v1.ContainerStatusRequest.$Properties
             * @deprecated Use runtime.v1.ContainerStatusRequest.$Properties instead.
             */

            /**
             * Shape of a ContainerStatusRequest.
             * @typedef {runtime.v1.ContainerStatusRequest.$Properties} runtime.v1.ContainerStatusRequest.$Shape
             */

            /**
             * Constructs a new ContainerStatusRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStatusRequest.
             * @constructor
             * @param {runtime.v1.ContainerStatusRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContainerStatusRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ContainerStatusRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.ContainerStatusRequest
             * @instance
             */
            ContainerStatusRequest.prototype.containerId = "";

            /**
             * ContainerStatusRequest verbose.
             * @member {boolean} verbose
             * @memberof runtime.v1.ContainerStatusRequest
             * @instance
             */
            ContainerStatusRequest.prototype.verbose = false;

            /**
             * Creates a new ContainerStatusRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStatusRequest
             * @static
             * @param {runtime.v1.ContainerStatusRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStatusRequest} ContainerStatusRequest instance
             * @type {{
             *   (properties: runtime.v1.ContainerStatusRequest.$Shape): runtime.v1.ContainerStatusRequest & runtime.v1.ContainerStatusRequest.$Shape;
             *   (properties?: runtime.v1.ContainerStatusRequest.$Properties): runtime.v1.ContainerStatusRequest;
             * }}
             */
            ContainerStatusRequest.create = function(properties) {
                return new ContainerStatusRequest(properties);
            };

            /**
             * Encodes the specified ContainerStatusRequest message. Does not implicitly {@link runtime.v1.ContainerStatusRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStatusRequest
             * @static
             * @param {runtime.v1.ContainerStatusRequest.$Properties} m ContainerStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStatusRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.containerId != null && $Object.hasOwnProperty.call(m, "containerId") && m.containerId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.containerId);
                if (m.verbose != null && $Object.hasOwnProperty.call(m, "verbose") && m.verbose !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.verbose);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ContainerStatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatusRequest & runtime.v1.ContainerStatusRequest.$Shape} ContainerStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStatusRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ContainerStatusRequest();
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
                                m.containerId = v;
                            else
                                delete m.containerId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.verbose = v;
                            else
                                delete m.verbose;
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
             * Creates a ContainerStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ContainerStatusRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ContainerStatusRequest} ContainerStatusRequest
             */
            ContainerStatusRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ContainerStatusRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ContainerStatusRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ContainerStatusRequest();
                if (d.containerId != null) {
                    if (typeof d.containerId !== "string" || d.containerId.length) {
                        m.containerId = $String(d.containerId);
                    }
                }
                if (d.verbose != null) {
                    if (d.verbose) {
                        m.verbose = $Boolean(d.verbose);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ContainerStatusRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ContainerStatusRequest
             * @static
             * @param {runtime.v1.ContainerStatusRequest} m ContainerStatusRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerStatusRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.containerId = "";
                    d.verbose = false;
                }
                if (m.containerId != null && $Object.hasOwnProperty.call(m, "containerId")) {
                    d.containerId = m.containerId;
                }
                if (m.verbose != null && $Object.hasOwnProperty.call(m, "verbose")) {
                    d.verbose = m.verbose;
                }
                return d;
            };

            /**
             * Converts this ContainerStatusRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.ContainerStatusRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerStatusRequest.prototype.toJSON = function() {
                return ContainerStatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerStatusRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStatusRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerStatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ContainerStatusRequest";
            };

            return ContainerStatusRequest;
        })();

        v1.ContainerStatus = (function() {

            /**
             * Properties of a ContainerStatus.
             * @typedef {Object} runtime.v1.ContainerStatus.$Properties
             * @property {string|null} [id] ContainerStatus id
             * @property {runtime.v1.ContainerMetadata.$Properties|null} [metadata] ContainerStatus metadata
             * @property {runtime.v1.ContainerState|null} [state] ContainerStatus state
             * @property {number|Long|null} [createdAt] ContainerStatus createdAt
             * @property {number|Long|null} [startedAt] ContainerStatus startedAt
             * @property {number|Long|null} [finishedAt] ContainerStatus finishedAt
             * @property {number|null} [exitCode] ContainerStatus exitCode
             * @property {runtime.v1.ImageSpec.$Properties|null} [image] ContainerStatus image
             * @property {string|null} [imageRef] ContainerStatus imageRef
             * @property {string|null} [reason] ContainerStatus reason
             * @property {string|null} [message] ContainerStatus message
             * @property {Object.<string,string>|null} [labels] ContainerStatus labels
             * @property {Object.<string,string>|null} [annotations] ContainerStatus annotations
             * @property {string|null} [logPath] ContainerStatus logPath
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerStatus.
             * @memberof runtime.v1
             * @interface IContainerStatus
             * @augments runtime.v1.ContainerStatus.$Properties
             * @deprecated Use runtime.v1.ContainerStatus.$Properties instead.
             */

            /**
             * Shape of a ContainerStatus.
             * @typedef {runtime.v1.ContainerStatus.$Properties} runtime.v1.ContainerStatus.$Shape
             */

            /**
             * Constructs a new ContainerStatus.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStatus.
             * @constructor
             * @param {runtime.v1.ContainerStatus.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContainerStatus = function (p) {
                this.labels = {};
                this.annotations = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ContainerStatus id.
             * @member {string} id
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.id = "";

            /**
             * ContainerStatus metadata.
             * @member {runtime.v1.ContainerMetadata.$Properties|null|undefined} metadata
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.metadata = null;

            /**
             * ContainerStatus state.
             * @member {runtime.v1.ContainerState} state
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.state = 0;

            /**
             * ContainerStatus createdAt.
             * @member {number|Long} createdAt
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ContainerStatus startedAt.
             * @member {number|Long} startedAt
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.startedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ContainerStatus finishedAt.
             * @member {number|Long} finishedAt
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.finishedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ContainerStatus exitCode.
             * @member {number} exitCode
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.exitCode = 0;

            /**
             * ContainerStatus image.
             * @member {runtime.v1.ImageSpec.$Properties|null|undefined} image
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.image = null;

            /**
             * ContainerStatus imageRef.
             * @member {string} imageRef
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.imageRef = "";

            /**
             * ContainerStatus reason.
             * @member {string} reason
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.reason = "";

            /**
             * ContainerStatus message.
             * @member {string} message
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.message = "";

            /**
             * ContainerStatus labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.labels = $util.emptyObject;

            /**
             * ContainerStatus annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.annotations = $util.emptyObject;

            /**
             * ContainerStatus logPath.
             * @member {string} logPath
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.logPath = "";

            /**
             * Creates a new ContainerStatus instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStatus
             * @static
             * @param {runtime.v1.ContainerStatus.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStatus} ContainerStatus instance
             * @type {{
             *   (properties: runtime.v1.ContainerStatus.$Shape): runtime.v1.ContainerStatus & runtime.v1.ContainerStatus.$Shape;
             *   (properties?: runtime.v1.ContainerStatus.$Properties): runtime.v1.ContainerStatus;
             * }}
             */
            ContainerStatus.create = function(properties) {
                return new ContainerStatus(properties);
            };

            /**
             * Encodes the specified ContainerStatus message. Does not implicitly {@link runtime.v1.ContainerStatus.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStatus
             * @static
             * @param {runtime.v1.ContainerStatus.$Properties} m ContainerStatus message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.runtime.v1.ContainerMetadata.encode(m.metadata, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.state);
                if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt") && (typeof m.createdAt === "object" ? m.createdAt.low || m.createdAt.high : m.createdAt !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.createdAt);
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt") && (typeof m.startedAt === "object" ? m.startedAt.low || m.startedAt.high : m.startedAt !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.startedAt);
                if (m.finishedAt != null && $Object.hasOwnProperty.call(m, "finishedAt") && (typeof m.finishedAt === "object" ? m.finishedAt.low || m.finishedAt.high : m.finishedAt !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.finishedAt);
                if (m.exitCode != null && $Object.hasOwnProperty.call(m, "exitCode") && m.exitCode !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.exitCode);
                if (m.image != null && $Object.hasOwnProperty.call(m, "image"))
                    $root.runtime.v1.ImageSpec.encode(m.image, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.imageRef != null && $Object.hasOwnProperty.call(m, "imageRef") && m.imageRef !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.imageRef);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.reason);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.message);
                if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                    for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 12, wireType 2 =*/98).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labels[ks[i]]).ldelim();
                    }
                }
                if (m.annotations != null && $Object.hasOwnProperty.call(m, "annotations")) {
                    for (var ks = $Object.keys(m.annotations), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 13, wireType 2 =*/106).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.annotations[ks[i]]).ldelim();
                    }
                }
                if (m.logPath != null && $Object.hasOwnProperty.call(m, "logPath") && m.logPath !== "")
                    w.uint32(/* id 15, wireType 2 =*/122).string(m.logPath);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ContainerStatus message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatus & runtime.v1.ContainerStatus.$Shape} ContainerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStatus.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ContainerStatus();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.runtime.v1.ContainerMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.createdAt = v;
                            else
                                delete m.createdAt;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.startedAt = v;
                            else
                                delete m.startedAt;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.finishedAt = v;
                            else
                                delete m.finishedAt;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.exitCode = v;
                            else
                                delete m.exitCode;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.image = $root.runtime.v1.ImageSpec.decode(r, r.size(), $undefined, q + 1, m.image);
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.imageRef = v;
                            else
                                delete m.imageRef;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 12: {
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
                    case 13: {
                            if (u !== 2)
                                break;
                            if (m.annotations === $util.emptyObject)
                                m.annotations = {};
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
                                $util.makeProp(m.annotations, k);
                            m.annotations[k] = v;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.logPath = v;
                            else
                                delete m.logPath;
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
             * Creates a ContainerStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ContainerStatus
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ContainerStatus} ContainerStatus
             */
            ContainerStatus.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ContainerStatus)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ContainerStatus: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ContainerStatus();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.metadata != null) {
                    if (!$util.isObject(d.metadata))
                        throw $TypeError(".runtime.v1.ContainerStatus.metadata: object expected");
                    m.metadata = $root.runtime.v1.ContainerMetadata.fromObject(d.metadata, q + 1);
                }
                if (d.state !== 0 && (typeof d.state !== "string" || $root.runtime.v1.ContainerState[d.state] !== 0)) {
                    switch (d.state) {
                    case "CONTAINER_CREATED":
                    case 0:
                        m.state = 0;
                        break;
                    case "CONTAINER_RUNNING":
                    case 1:
                        m.state = 1;
                        break;
                    case "CONTAINER_EXITED":
                    case 2:
                        m.state = 2;
                        break;
                    case "CONTAINER_UNKNOWN":
                    case 3:
                        m.state = 3;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                if (d.createdAt != null) {
                    if (typeof d.createdAt === "object" ? d.createdAt.low || d.createdAt.high : $Number(d.createdAt) !== 0) {
                        if ($util.Long)
                            m.createdAt = $util.Long.fromValue(d.createdAt, false);
                        else if (typeof d.createdAt === "string")
                            m.createdAt = $parseInt(d.createdAt, 10);
                        else if (typeof d.createdAt === "number")
                            m.createdAt = d.createdAt;
                        else if (typeof d.createdAt === "object")
                            m.createdAt = new $util.LongBits(d.createdAt.low >>> 0, d.createdAt.high >>> 0).toNumber();
                    }
                }
                if (d.startedAt != null) {
                    if (typeof d.startedAt === "object" ? d.startedAt.low || d.startedAt.high : $Number(d.startedAt) !== 0) {
                        if ($util.Long)
                            m.startedAt = $util.Long.fromValue(d.startedAt, false);
                        else if (typeof d.startedAt === "string")
                            m.startedAt = $parseInt(d.startedAt, 10);
                        else if (typeof d.startedAt === "number")
                            m.startedAt = d.startedAt;
                        else if (typeof d.startedAt === "object")
                            m.startedAt = new $util.LongBits(d.startedAt.low >>> 0, d.startedAt.high >>> 0).toNumber();
                    }
                }
                if (d.finishedAt != null) {
                    if (typeof d.finishedAt === "object" ? d.finishedAt.low || d.finishedAt.high : $Number(d.finishedAt) !== 0) {
                        if ($util.Long)
                            m.finishedAt = $util.Long.fromValue(d.finishedAt, false);
                        else if (typeof d.finishedAt === "string")
                            m.finishedAt = $parseInt(d.finishedAt, 10);
                        else if (typeof d.finishedAt === "number")
                            m.finishedAt = d.finishedAt;
                        else if (typeof d.finishedAt === "object")
                            m.finishedAt = new $util.LongBits(d.finishedAt.low >>> 0, d.finishedAt.high >>> 0).toNumber();
                    }
                }
                if (d.exitCode != null) {
                    if ($Number(d.exitCode) !== 0) {
                        m.exitCode = d.exitCode | 0;
                    }
                }
                if (d.image != null) {
                    if (!$util.isObject(d.image))
                        throw $TypeError(".runtime.v1.ContainerStatus.image: object expected");
                    m.image = $root.runtime.v1.ImageSpec.fromObject(d.image, q + 1);
                }
                if (d.imageRef != null) {
                    if (typeof d.imageRef !== "string" || d.imageRef.length) {
                        m.imageRef = $String(d.imageRef);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.labels) {
                    if (!$util.isObject(d.labels))
                        throw $TypeError(".runtime.v1.ContainerStatus.labels: object expected");
                    m.labels = {};
                    for (var ks = $Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labels, ks[i]);
                        m.labels[ks[i]] = $String(d.labels[ks[i]]);
                    }
                }
                if (d.annotations) {
                    if (!$util.isObject(d.annotations))
                        throw $TypeError(".runtime.v1.ContainerStatus.annotations: object expected");
                    m.annotations = {};
                    for (var ks = $Object.keys(d.annotations), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.annotations, ks[i]);
                        m.annotations[ks[i]] = $String(d.annotations[ks[i]]);
                    }
                }
                if (d.logPath != null) {
                    if (typeof d.logPath !== "string" || d.logPath.length) {
                        m.logPath = $String(d.logPath);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ContainerStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ContainerStatus
             * @static
             * @param {runtime.v1.ContainerStatus} m ContainerStatus
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerStatus.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.labels = {};
                    d.annotations = {};
                }
                if (o.defaults) {
                    d.id = "";
                    d.metadata = null;
                    d.state = o.enums === $String ? "CONTAINER_CREATED" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.createdAt = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.createdAt = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.startedAt = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.startedAt = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.finishedAt = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.finishedAt = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.exitCode = 0;
                    d.image = null;
                    d.imageRef = "";
                    d.reason = "";
                    d.message = "";
                    d.logPath = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    d.metadata = $root.runtime.v1.ContainerMetadata.toObject(m.metadata, o, q + 1);
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.runtime.v1.ContainerState[m.state] === $undefined ? m.state : $root.runtime.v1.ContainerState[m.state] : m.state;
                }
                if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.createdAt = typeof m.createdAt === "number" ? $BigInt(m.createdAt) : $util.Long.fromBits(m.createdAt.low >>> 0, m.createdAt.high >>> 0, false).toBigInt();
                    else if (typeof m.createdAt === "number")
                        d.createdAt = o.longs === $String ? $String(m.createdAt) : m.createdAt;
                    else
                        d.createdAt = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAt) : o.longs === $Number ? new $util.LongBits(m.createdAt.low >>> 0, m.createdAt.high >>> 0).toNumber() : m.createdAt;
                }
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.startedAt = typeof m.startedAt === "number" ? $BigInt(m.startedAt) : $util.Long.fromBits(m.startedAt.low >>> 0, m.startedAt.high >>> 0, false).toBigInt();
                    else if (typeof m.startedAt === "number")
                        d.startedAt = o.longs === $String ? $String(m.startedAt) : m.startedAt;
                    else
                        d.startedAt = o.longs === $String ? $util.Long.prototype.toString.call(m.startedAt) : o.longs === $Number ? new $util.LongBits(m.startedAt.low >>> 0, m.startedAt.high >>> 0).toNumber() : m.startedAt;
                }
                if (m.finishedAt != null && $Object.hasOwnProperty.call(m, "finishedAt")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.finishedAt = typeof m.finishedAt === "number" ? $BigInt(m.finishedAt) : $util.Long.fromBits(m.finishedAt.low >>> 0, m.finishedAt.high >>> 0, false).toBigInt();
                    else if (typeof m.finishedAt === "number")
                        d.finishedAt = o.longs === $String ? $String(m.finishedAt) : m.finishedAt;
                    else
                        d.finishedAt = o.longs === $String ? $util.Long.prototype.toString.call(m.finishedAt) : o.longs === $Number ? new $util.LongBits(m.finishedAt.low >>> 0, m.finishedAt.high >>> 0).toNumber() : m.finishedAt;
                }
                if (m.exitCode != null && $Object.hasOwnProperty.call(m, "exitCode")) {
                    d.exitCode = m.exitCode;
                }
                if (m.image != null && $Object.hasOwnProperty.call(m, "image")) {
                    d.image = $root.runtime.v1.ImageSpec.toObject(m.image, o, q + 1);
                }
                if (m.imageRef != null && $Object.hasOwnProperty.call(m, "imageRef")) {
                    d.imageRef = m.imageRef;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
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
                if (m.annotations && (ks2 = $Object.keys(m.annotations)).length) {
                    d.annotations = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.annotations, ks2[j]);
                        d.annotations[ks2[j]] = m.annotations[ks2[j]];
                    }
                }
                if (m.logPath != null && $Object.hasOwnProperty.call(m, "logPath")) {
                    d.logPath = m.logPath;
                }
                return d;
            };

            /**
             * Converts this ContainerStatus to JSON.
             * @function toJSON
             * @memberof runtime.v1.ContainerStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerStatus.prototype.toJSON = function() {
                return ContainerStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerStatus
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ContainerStatus";
            };

            return ContainerStatus;
        })();

        v1.ContainerStatusResponse = (function() {

            /**
             * Properties of a ContainerStatusResponse.
             * @typedef {Object} runtime.v1.ContainerStatusResponse.$Properties
             * @property {runtime.v1.ContainerStatus.$Properties|null} [status] ContainerStatusResponse status
             * @property {Object.<string,string>|null} [info] ContainerStatusResponse info
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerStatusResponse.
             * @memberof runtime.v1
             * @interface IContainerStatusResponse
             * @augments runtime.v1.ContainerStatusResponse.$Properties
             * @deprecated Use runtime.v1.ContainerStatusResponse.$Properties instead.
             */

            /**
             * Shape of a ContainerStatusResponse.
             * @typedef {runtime.v1.ContainerStatusResponse.$Properties} runtime.v1.ContainerStatusResponse.$Shape
             */

            /**
             * Constructs a new ContainerStatusResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStatusResponse.
             * @constructor
             * @param {runtime.v1.ContainerStatusResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContainerStatusResponse = function (p) {
                this.info = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ContainerStatusResponse status.
             * @member {runtime.v1.ContainerStatus.$Properties|null|undefined} status
             * @memberof runtime.v1.ContainerStatusResponse
             * @instance
             */
            ContainerStatusResponse.prototype.status = null;

            /**
             * ContainerStatusResponse info.
             * @member {Object.<string,string>} info
             * @memberof runtime.v1.ContainerStatusResponse
             * @instance
             */
            ContainerStatusResponse.prototype.info = $util.emptyObject;

            /**
             * Creates a new ContainerStatusResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStatusResponse
             * @static
             * @param {runtime.v1.ContainerStatusResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStatusResponse} ContainerStatusResponse instance
             * @type {{
             *   (properties: runtime.v1.ContainerStatusResponse.$Shape): runtime.v1.ContainerStatusResponse & runtime.v1.ContainerStatusResponse.$Shape;
             *   (properties?: runtime.v1.ContainerStatusResponse.$Properties): runtime.v1.ContainerStatusResponse;
             * }}
             */
            ContainerStatusResponse.create = function(properties) {
                return new ContainerStatusResponse(properties);
            };

            /**
             * Encodes the specified ContainerStatusResponse message. Does not implicitly {@link runtime.v1.ContainerStatusResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStatusResponse
             * @static
             * @param {runtime.v1.ContainerStatusResponse.$Properties} m ContainerStatusResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStatusResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.runtime.v1.ContainerStatus.encode(m.status, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.info != null && $Object.hasOwnProperty.call(m, "info")) {
                    for (var ks = $Object.keys(m.info), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.info[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ContainerStatusResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStatusResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatusResponse & runtime.v1.ContainerStatusResponse.$Shape} ContainerStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStatusResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ContainerStatusResponse();
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
                            m.status = $root.runtime.v1.ContainerStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (m.info === $util.emptyObject)
                                m.info = {};
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
                                $util.makeProp(m.info, k);
                            m.info[k] = v;
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
             * Creates a ContainerStatusResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ContainerStatusResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ContainerStatusResponse} ContainerStatusResponse
             */
            ContainerStatusResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ContainerStatusResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ContainerStatusResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ContainerStatusResponse();
                if (d.status != null) {
                    if (!$util.isObject(d.status))
                        throw $TypeError(".runtime.v1.ContainerStatusResponse.status: object expected");
                    m.status = $root.runtime.v1.ContainerStatus.fromObject(d.status, q + 1);
                }
                if (d.info) {
                    if (!$util.isObject(d.info))
                        throw $TypeError(".runtime.v1.ContainerStatusResponse.info: object expected");
                    m.info = {};
                    for (var ks = $Object.keys(d.info), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.info, ks[i]);
                        m.info[ks[i]] = $String(d.info[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ContainerStatusResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ContainerStatusResponse
             * @static
             * @param {runtime.v1.ContainerStatusResponse} m ContainerStatusResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerStatusResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.info = {};
                }
                if (o.defaults) {
                    d.status = null;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = $root.runtime.v1.ContainerStatus.toObject(m.status, o, q + 1);
                }
                var ks2;
                if (m.info && (ks2 = $Object.keys(m.info)).length) {
                    d.info = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.info, ks2[j]);
                        d.info[ks2[j]] = m.info[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this ContainerStatusResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.ContainerStatusResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerStatusResponse.prototype.toJSON = function() {
                return ContainerStatusResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerStatusResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStatusResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerStatusResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ContainerStatusResponse";
            };

            return ContainerStatusResponse;
        })();

        v1.ContainerStatsFilter = (function() {

            /**
             * Properties of a ContainerStatsFilter.
             * @typedef {Object} runtime.v1.ContainerStatsFilter.$Properties
             * @property {string|null} [id] ContainerStatsFilter id
             * @property {string|null} [podSandboxId] ContainerStatsFilter podSandboxId
             * @property {Object.<string,string>|null} [labelSelector] ContainerStatsFilter labelSelector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerStatsFilter.
             * @memberof runtime.v1
             * @interface IContainerStatsFilter
             * @augments runtime.v1.ContainerStatsFilter.$Properties
             * @deprecated Use runtime.v1.ContainerStatsFilter.$Properties instead.
             */

            /**
             * Shape of a ContainerStatsFilter.
             * @typedef {runtime.v1.ContainerStatsFilter.$Properties} runtime.v1.ContainerStatsFilter.$Shape
             */

            /**
             * Constructs a new ContainerStatsFilter.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStatsFilter.
             * @constructor
             * @param {runtime.v1.ContainerStatsFilter.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContainerStatsFilter = function (p) {
                this.labelSelector = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ContainerStatsFilter id.
             * @member {string} id
             * @memberof runtime.v1.ContainerStatsFilter
             * @instance
             */
            ContainerStatsFilter.prototype.id = "";

            /**
             * ContainerStatsFilter podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.ContainerStatsFilter
             * @instance
             */
            ContainerStatsFilter.prototype.podSandboxId = "";

            /**
             * ContainerStatsFilter labelSelector.
             * @member {Object.<string,string>} labelSelector
             * @memberof runtime.v1.ContainerStatsFilter
             * @instance
             */
            ContainerStatsFilter.prototype.labelSelector = $util.emptyObject;

            /**
             * Creates a new ContainerStatsFilter instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStatsFilter
             * @static
             * @param {runtime.v1.ContainerStatsFilter.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStatsFilter} ContainerStatsFilter instance
             * @type {{
             *   (properties: runtime.v1.ContainerStatsFilter.$Shape): runtime.v1.ContainerStatsFilter & runtime.v1.ContainerStatsFilter.$Shape;
             *   (properties?: runtime.v1.ContainerStatsFilter.$Properties): runtime.v1.ContainerStatsFilter;
             * }}
             */
            ContainerStatsFilter.create = function(properties) {
                return new ContainerStatsFilter(properties);
            };

            /**
             * Encodes the specified ContainerStatsFilter message. Does not implicitly {@link runtime.v1.ContainerStatsFilter.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStatsFilter
             * @static
             * @param {runtime.v1.ContainerStatsFilter.$Properties} m ContainerStatsFilter message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStatsFilter.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId") && m.podSandboxId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.podSandboxId);
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector")) {
                    for (var ks = $Object.keys(m.labelSelector), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labelSelector[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ContainerStatsFilter message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStatsFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatsFilter & runtime.v1.ContainerStatsFilter.$Shape} ContainerStatsFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStatsFilter.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ContainerStatsFilter();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.podSandboxId = v;
                            else
                                delete m.podSandboxId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (m.labelSelector === $util.emptyObject)
                                m.labelSelector = {};
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
                                $util.makeProp(m.labelSelector, k);
                            m.labelSelector[k] = v;
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
             * Creates a ContainerStatsFilter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ContainerStatsFilter
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ContainerStatsFilter} ContainerStatsFilter
             */
            ContainerStatsFilter.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ContainerStatsFilter)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ContainerStatsFilter: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ContainerStatsFilter();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.podSandboxId != null) {
                    if (typeof d.podSandboxId !== "string" || d.podSandboxId.length) {
                        m.podSandboxId = $String(d.podSandboxId);
                    }
                }
                if (d.labelSelector) {
                    if (!$util.isObject(d.labelSelector))
                        throw $TypeError(".runtime.v1.ContainerStatsFilter.labelSelector: object expected");
                    m.labelSelector = {};
                    for (var ks = $Object.keys(d.labelSelector), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labelSelector, ks[i]);
                        m.labelSelector[ks[i]] = $String(d.labelSelector[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ContainerStatsFilter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ContainerStatsFilter
             * @static
             * @param {runtime.v1.ContainerStatsFilter} m ContainerStatsFilter
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerStatsFilter.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.labelSelector = {};
                }
                if (o.defaults) {
                    d.id = "";
                    d.podSandboxId = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.podSandboxId != null && $Object.hasOwnProperty.call(m, "podSandboxId")) {
                    d.podSandboxId = m.podSandboxId;
                }
                var ks2;
                if (m.labelSelector && (ks2 = $Object.keys(m.labelSelector)).length) {
                    d.labelSelector = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.labelSelector, ks2[j]);
                        d.labelSelector[ks2[j]] = m.labelSelector[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this ContainerStatsFilter to JSON.
             * @function toJSON
             * @memberof runtime.v1.ContainerStatsFilter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerStatsFilter.prototype.toJSON = function() {
                return ContainerStatsFilter.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerStatsFilter
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStatsFilter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerStatsFilter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ContainerStatsFilter";
            };

            return ContainerStatsFilter;
        })();

        v1.ListContainerStatsRequest = (function() {

            /**
             * Properties of a ListContainerStatsRequest.
             * @typedef {Object} runtime.v1.ListContainerStatsRequest.$Properties
             * @property {runtime.v1.ContainerStatsFilter.$Properties|null} [filter] ListContainerStatsRequest filter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListContainerStatsRequest.
             * @memberof runtime.v1
             * @interface IListContainerStatsRequest
             * @augments runtime.v1.ListContainerStatsRequest.$Properties
             * @deprecated Use runtime.v1.ListContainerStatsRequest.$Properties instead.
             */

            /**
             * Shape of a ListContainerStatsRequest.
             * @typedef {runtime.v1.ListContainerStatsRequest.$Properties} runtime.v1.ListContainerStatsRequest.$Shape
             */

            /**
             * Constructs a new ListContainerStatsRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ListContainerStatsRequest.
             * @constructor
             * @param {runtime.v1.ListContainerStatsRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListContainerStatsRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListContainerStatsRequest filter.
             * @member {runtime.v1.ContainerStatsFilter.$Properties|null|undefined} filter
             * @memberof runtime.v1.ListContainerStatsRequest
             * @instance
             */
            ListContainerStatsRequest.prototype.filter = null;

            /**
             * Creates a new ListContainerStatsRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListContainerStatsRequest
             * @static
             * @param {runtime.v1.ListContainerStatsRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ListContainerStatsRequest} ListContainerStatsRequest instance
             * @type {{
             *   (properties: runtime.v1.ListContainerStatsRequest.$Shape): runtime.v1.ListContainerStatsRequest & runtime.v1.ListContainerStatsRequest.$Shape;
             *   (properties?: runtime.v1.ListContainerStatsRequest.$Properties): runtime.v1.ListContainerStatsRequest;
             * }}
             */
            ListContainerStatsRequest.create = function(properties) {
                return new ListContainerStatsRequest(properties);
            };

            /**
             * Encodes the specified ListContainerStatsRequest message. Does not implicitly {@link runtime.v1.ListContainerStatsRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListContainerStatsRequest
             * @static
             * @param {runtime.v1.ListContainerStatsRequest.$Properties} m ListContainerStatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListContainerStatsRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.filter != null && $Object.hasOwnProperty.call(m, "filter"))
                    $root.runtime.v1.ContainerStatsFilter.encode(m.filter, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListContainerStatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListContainerStatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ListContainerStatsRequest & runtime.v1.ListContainerStatsRequest.$Shape} ListContainerStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListContainerStatsRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ListContainerStatsRequest();
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
                            m.filter = $root.runtime.v1.ContainerStatsFilter.decode(r, r.size(), $undefined, q + 1, m.filter);
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
             * Creates a ListContainerStatsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ListContainerStatsRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ListContainerStatsRequest} ListContainerStatsRequest
             */
            ListContainerStatsRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ListContainerStatsRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ListContainerStatsRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ListContainerStatsRequest();
                if (d.filter != null) {
                    if (!$util.isObject(d.filter))
                        throw $TypeError(".runtime.v1.ListContainerStatsRequest.filter: object expected");
                    m.filter = $root.runtime.v1.ContainerStatsFilter.fromObject(d.filter, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ListContainerStatsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ListContainerStatsRequest
             * @static
             * @param {runtime.v1.ListContainerStatsRequest} m ListContainerStatsRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListContainerStatsRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.filter = null;
                }
                if (m.filter != null && $Object.hasOwnProperty.call(m, "filter")) {
                    d.filter = $root.runtime.v1.ContainerStatsFilter.toObject(m.filter, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ListContainerStatsRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.ListContainerStatsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListContainerStatsRequest.prototype.toJSON = function() {
                return ListContainerStatsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListContainerStatsRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ListContainerStatsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListContainerStatsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ListContainerStatsRequest";
            };

            return ListContainerStatsRequest;
        })();

        v1.ContainerAttributes = (function() {

            /**
             * Properties of a ContainerAttributes.
             * @typedef {Object} runtime.v1.ContainerAttributes.$Properties
             * @property {string|null} [id] ContainerAttributes id
             * @property {runtime.v1.ContainerMetadata.$Properties|null} [metadata] ContainerAttributes metadata
             * @property {Object.<string,string>|null} [labels] ContainerAttributes labels
             * @property {Object.<string,string>|null} [annotations] ContainerAttributes annotations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerAttributes.
             * @memberof runtime.v1
             * @interface IContainerAttributes
             * @augments runtime.v1.ContainerAttributes.$Properties
             * @deprecated Use runtime.v1.ContainerAttributes.$Properties instead.
             */

            /**
             * Shape of a ContainerAttributes.
             * @typedef {runtime.v1.ContainerAttributes.$Properties} runtime.v1.ContainerAttributes.$Shape
             */

            /**
             * Constructs a new ContainerAttributes.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerAttributes.
             * @constructor
             * @param {runtime.v1.ContainerAttributes.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContainerAttributes = function (p) {
                this.labels = {};
                this.annotations = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ContainerAttributes id.
             * @member {string} id
             * @memberof runtime.v1.ContainerAttributes
             * @instance
             */
            ContainerAttributes.prototype.id = "";

            /**
             * ContainerAttributes metadata.
             * @member {runtime.v1.ContainerMetadata.$Properties|null|undefined} metadata
             * @memberof runtime.v1.ContainerAttributes
             * @instance
             */
            ContainerAttributes.prototype.metadata = null;

            /**
             * ContainerAttributes labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.ContainerAttributes
             * @instance
             */
            ContainerAttributes.prototype.labels = $util.emptyObject;

            /**
             * ContainerAttributes annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.ContainerAttributes
             * @instance
             */
            ContainerAttributes.prototype.annotations = $util.emptyObject;

            /**
             * Creates a new ContainerAttributes instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerAttributes
             * @static
             * @param {runtime.v1.ContainerAttributes.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ContainerAttributes} ContainerAttributes instance
             * @type {{
             *   (properties: runtime.v1.ContainerAttributes.$Shape): runtime.v1.ContainerAttributes & runtime.v1.ContainerAttributes.$Shape;
             *   (properties?: runtime.v1.ContainerAttributes.$Properties): runtime.v1.ContainerAttributes;
             * }}
             */
            ContainerAttributes.create = function(properties) {
                return new ContainerAttributes(properties);
            };

            /**
             * Encodes the specified ContainerAttributes message. Does not implicitly {@link runtime.v1.ContainerAttributes.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerAttributes
             * @static
             * @param {runtime.v1.ContainerAttributes.$Properties} m ContainerAttributes message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerAttributes.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.runtime.v1.ContainerMetadata.encode(m.metadata, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                    for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labels[ks[i]]).ldelim();
                    }
                }
                if (m.annotations != null && $Object.hasOwnProperty.call(m, "annotations")) {
                    for (var ks = $Object.keys(m.annotations), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.annotations[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ContainerAttributes message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerAttributes
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerAttributes & runtime.v1.ContainerAttributes.$Shape} ContainerAttributes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerAttributes.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ContainerAttributes();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.runtime.v1.ContainerMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 3: {
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
                    case 4: {
                            if (u !== 2)
                                break;
                            if (m.annotations === $util.emptyObject)
                                m.annotations = {};
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
                                $util.makeProp(m.annotations, k);
                            m.annotations[k] = v;
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
             * Creates a ContainerAttributes message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ContainerAttributes
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ContainerAttributes} ContainerAttributes
             */
            ContainerAttributes.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ContainerAttributes)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ContainerAttributes: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ContainerAttributes();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.metadata != null) {
                    if (!$util.isObject(d.metadata))
                        throw $TypeError(".runtime.v1.ContainerAttributes.metadata: object expected");
                    m.metadata = $root.runtime.v1.ContainerMetadata.fromObject(d.metadata, q + 1);
                }
                if (d.labels) {
                    if (!$util.isObject(d.labels))
                        throw $TypeError(".runtime.v1.ContainerAttributes.labels: object expected");
                    m.labels = {};
                    for (var ks = $Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labels, ks[i]);
                        m.labels[ks[i]] = $String(d.labels[ks[i]]);
                    }
                }
                if (d.annotations) {
                    if (!$util.isObject(d.annotations))
                        throw $TypeError(".runtime.v1.ContainerAttributes.annotations: object expected");
                    m.annotations = {};
                    for (var ks = $Object.keys(d.annotations), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.annotations, ks[i]);
                        m.annotations[ks[i]] = $String(d.annotations[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ContainerAttributes message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ContainerAttributes
             * @static
             * @param {runtime.v1.ContainerAttributes} m ContainerAttributes
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerAttributes.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.labels = {};
                    d.annotations = {};
                }
                if (o.defaults) {
                    d.id = "";
                    d.metadata = null;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    d.metadata = $root.runtime.v1.ContainerMetadata.toObject(m.metadata, o, q + 1);
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
                if (m.annotations && (ks2 = $Object.keys(m.annotations)).length) {
                    d.annotations = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.annotations, ks2[j]);
                        d.annotations[ks2[j]] = m.annotations[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this ContainerAttributes to JSON.
             * @function toJSON
             * @memberof runtime.v1.ContainerAttributes
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerAttributes.prototype.toJSON = function() {
                return ContainerAttributes.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerAttributes
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerAttributes
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerAttributes.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ContainerAttributes";
            };

            return ContainerAttributes;
        })();

        v1.CpuUsage = (function() {

            /**
             * Properties of a CpuUsage.
             * @typedef {Object} runtime.v1.CpuUsage.$Properties
             * @property {number|Long|null} [timestamp] CpuUsage timestamp
             * @property {runtime.v1.UInt64Value.$Properties|null} [usageCoreNanoSeconds] CpuUsage usageCoreNanoSeconds
             * @property {runtime.v1.UInt64Value.$Properties|null} [usageNanoCores] CpuUsage usageNanoCores
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CpuUsage.
             * @memberof runtime.v1
             * @interface ICpuUsage
             * @augments runtime.v1.CpuUsage.$Properties
             * @deprecated Use runtime.v1.CpuUsage.$Properties instead.
             */

            /**
             * Shape of a CpuUsage.
             * @typedef {runtime.v1.CpuUsage.$Properties} runtime.v1.CpuUsage.$Shape
             */

            /**
             * Constructs a new CpuUsage.
             * @memberof runtime.v1
             * @classdesc Represents a CpuUsage.
             * @constructor
             * @param {runtime.v1.CpuUsage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CpuUsage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CpuUsage timestamp.
             * @member {number|Long} timestamp
             * @memberof runtime.v1.CpuUsage
             * @instance
             */
            CpuUsage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CpuUsage usageCoreNanoSeconds.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} usageCoreNanoSeconds
             * @memberof runtime.v1.CpuUsage
             * @instance
             */
            CpuUsage.prototype.usageCoreNanoSeconds = null;

            /**
             * CpuUsage usageNanoCores.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} usageNanoCores
             * @memberof runtime.v1.CpuUsage
             * @instance
             */
            CpuUsage.prototype.usageNanoCores = null;

            /**
             * Creates a new CpuUsage instance using the specified properties.
             * @function create
             * @memberof runtime.v1.CpuUsage
             * @static
             * @param {runtime.v1.CpuUsage.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.CpuUsage} CpuUsage instance
             * @type {{
             *   (properties: runtime.v1.CpuUsage.$Shape): runtime.v1.CpuUsage & runtime.v1.CpuUsage.$Shape;
             *   (properties?: runtime.v1.CpuUsage.$Properties): runtime.v1.CpuUsage;
             * }}
             */
            CpuUsage.create = function(properties) {
                return new CpuUsage(properties);
            };

            /**
             * Encodes the specified CpuUsage message. Does not implicitly {@link runtime.v1.CpuUsage.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.CpuUsage
             * @static
             * @param {runtime.v1.CpuUsage.$Properties} m CpuUsage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CpuUsage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timestamp);
                if (m.usageCoreNanoSeconds != null && $Object.hasOwnProperty.call(m, "usageCoreNanoSeconds"))
                    $root.runtime.v1.UInt64Value.encode(m.usageCoreNanoSeconds, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.usageNanoCores != null && $Object.hasOwnProperty.call(m, "usageNanoCores"))
                    $root.runtime.v1.UInt64Value.encode(m.usageNanoCores, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CpuUsage message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.CpuUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.CpuUsage & runtime.v1.CpuUsage.$Shape} CpuUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CpuUsage.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.CpuUsage();
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
                                m.timestamp = v;
                            else
                                delete m.timestamp;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.usageCoreNanoSeconds = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.usageCoreNanoSeconds);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.usageNanoCores = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.usageNanoCores);
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
             * Creates a CpuUsage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.CpuUsage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.CpuUsage} CpuUsage
             */
            CpuUsage.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.CpuUsage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.CpuUsage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.CpuUsage();
                if (d.timestamp != null) {
                    if (typeof d.timestamp === "object" ? d.timestamp.low || d.timestamp.high : $Number(d.timestamp) !== 0) {
                        if ($util.Long)
                            m.timestamp = $util.Long.fromValue(d.timestamp, false);
                        else if (typeof d.timestamp === "string")
                            m.timestamp = $parseInt(d.timestamp, 10);
                        else if (typeof d.timestamp === "number")
                            m.timestamp = d.timestamp;
                        else if (typeof d.timestamp === "object")
                            m.timestamp = new $util.LongBits(d.timestamp.low >>> 0, d.timestamp.high >>> 0).toNumber();
                    }
                }
                if (d.usageCoreNanoSeconds != null) {
                    if (!$util.isObject(d.usageCoreNanoSeconds))
                        throw $TypeError(".runtime.v1.CpuUsage.usageCoreNanoSeconds: object expected");
                    m.usageCoreNanoSeconds = $root.runtime.v1.UInt64Value.fromObject(d.usageCoreNanoSeconds, q + 1);
                }
                if (d.usageNanoCores != null) {
                    if (!$util.isObject(d.usageNanoCores))
                        throw $TypeError(".runtime.v1.CpuUsage.usageNanoCores: object expected");
                    m.usageNanoCores = $root.runtime.v1.UInt64Value.fromObject(d.usageNanoCores, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a CpuUsage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.CpuUsage
             * @static
             * @param {runtime.v1.CpuUsage} m CpuUsage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CpuUsage.toObject = function (m, o, q) {
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
                        d.timestamp = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timestamp = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.usageCoreNanoSeconds = null;
                    d.usageNanoCores = null;
                }
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timestamp = typeof m.timestamp === "number" ? $BigInt(m.timestamp) : $util.Long.fromBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof m.timestamp === "number")
                        d.timestamp = o.longs === $String ? $String(m.timestamp) : m.timestamp;
                    else
                        d.timestamp = o.longs === $String ? $util.Long.prototype.toString.call(m.timestamp) : o.longs === $Number ? new $util.LongBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0).toNumber() : m.timestamp;
                }
                if (m.usageCoreNanoSeconds != null && $Object.hasOwnProperty.call(m, "usageCoreNanoSeconds")) {
                    d.usageCoreNanoSeconds = $root.runtime.v1.UInt64Value.toObject(m.usageCoreNanoSeconds, o, q + 1);
                }
                if (m.usageNanoCores != null && $Object.hasOwnProperty.call(m, "usageNanoCores")) {
                    d.usageNanoCores = $root.runtime.v1.UInt64Value.toObject(m.usageNanoCores, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this CpuUsage to JSON.
             * @function toJSON
             * @memberof runtime.v1.CpuUsage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CpuUsage.prototype.toJSON = function() {
                return CpuUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CpuUsage
             * @function getTypeUrl
             * @memberof runtime.v1.CpuUsage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CpuUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.CpuUsage";
            };

            return CpuUsage;
        })();

        v1.MemoryUsage = (function() {

            /**
             * Properties of a MemoryUsage.
             * @typedef {Object} runtime.v1.MemoryUsage.$Properties
             * @property {number|Long|null} [timestamp] MemoryUsage timestamp
             * @property {runtime.v1.UInt64Value.$Properties|null} [workingSetBytes] MemoryUsage workingSetBytes
             * @property {runtime.v1.UInt64Value.$Properties|null} [availableBytes] MemoryUsage availableBytes
             * @property {runtime.v1.UInt64Value.$Properties|null} [usageBytes] MemoryUsage usageBytes
             * @property {runtime.v1.UInt64Value.$Properties|null} [rssBytes] MemoryUsage rssBytes
             * @property {runtime.v1.UInt64Value.$Properties|null} [pageFaults] MemoryUsage pageFaults
             * @property {runtime.v1.UInt64Value.$Properties|null} [majorPageFaults] MemoryUsage majorPageFaults
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemoryUsage.
             * @memberof runtime.v1
             * @interface IMemoryUsage
             * @augments runtime.v1.MemoryUsage.$Properties
             * @deprecated Use runtime.v1.MemoryUsage.$Properties instead.
             */

            /**
             * Shape of a MemoryUsage.
             * @typedef {runtime.v1.MemoryUsage.$Properties} runtime.v1.MemoryUsage.$Shape
             */

            /**
             * Constructs a new MemoryUsage.
             * @memberof runtime.v1
             * @classdesc Represents a MemoryUsage.
             * @constructor
             * @param {runtime.v1.MemoryUsage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemoryUsage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MemoryUsage timestamp.
             * @member {number|Long} timestamp
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MemoryUsage workingSetBytes.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} workingSetBytes
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.workingSetBytes = null;

            /**
             * MemoryUsage availableBytes.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} availableBytes
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.availableBytes = null;

            /**
             * MemoryUsage usageBytes.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} usageBytes
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.usageBytes = null;

            /**
             * MemoryUsage rssBytes.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} rssBytes
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.rssBytes = null;

            /**
             * MemoryUsage pageFaults.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} pageFaults
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.pageFaults = null;

            /**
             * MemoryUsage majorPageFaults.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} majorPageFaults
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.majorPageFaults = null;

            /**
             * Creates a new MemoryUsage instance using the specified properties.
             * @function create
             * @memberof runtime.v1.MemoryUsage
             * @static
             * @param {runtime.v1.MemoryUsage.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.MemoryUsage} MemoryUsage instance
             * @type {{
             *   (properties: runtime.v1.MemoryUsage.$Shape): runtime.v1.MemoryUsage & runtime.v1.MemoryUsage.$Shape;
             *   (properties?: runtime.v1.MemoryUsage.$Properties): runtime.v1.MemoryUsage;
             * }}
             */
            MemoryUsage.create = function(properties) {
                return new MemoryUsage(properties);
            };

            /**
             * Encodes the specified MemoryUsage message. Does not implicitly {@link runtime.v1.MemoryUsage.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.MemoryUsage
             * @static
             * @param {runtime.v1.MemoryUsage.$Properties} m MemoryUsage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemoryUsage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timestamp);
                if (m.workingSetBytes != null && $Object.hasOwnProperty.call(m, "workingSetBytes"))
                    $root.runtime.v1.UInt64Value.encode(m.workingSetBytes, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.availableBytes != null && $Object.hasOwnProperty.call(m, "availableBytes"))
                    $root.runtime.v1.UInt64Value.encode(m.availableBytes, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.usageBytes != null && $Object.hasOwnProperty.call(m, "usageBytes"))
                    $root.runtime.v1.UInt64Value.encode(m.usageBytes, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.rssBytes != null && $Object.hasOwnProperty.call(m, "rssBytes"))
                    $root.runtime.v1.UInt64Value.encode(m.rssBytes, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.pageFaults != null && $Object.hasOwnProperty.call(m, "pageFaults"))
                    $root.runtime.v1.UInt64Value.encode(m.pageFaults, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.majorPageFaults != null && $Object.hasOwnProperty.call(m, "majorPageFaults"))
                    $root.runtime.v1.UInt64Value.encode(m.majorPageFaults, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a MemoryUsage message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.MemoryUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.MemoryUsage & runtime.v1.MemoryUsage.$Shape} MemoryUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemoryUsage.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.MemoryUsage();
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
                                m.timestamp = v;
                            else
                                delete m.timestamp;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.workingSetBytes = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.workingSetBytes);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.availableBytes = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.availableBytes);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.usageBytes = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.usageBytes);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.rssBytes = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.rssBytes);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.pageFaults = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.pageFaults);
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.majorPageFaults = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.majorPageFaults);
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
             * Creates a MemoryUsage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.MemoryUsage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.MemoryUsage} MemoryUsage
             */
            MemoryUsage.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.MemoryUsage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.MemoryUsage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.MemoryUsage();
                if (d.timestamp != null) {
                    if (typeof d.timestamp === "object" ? d.timestamp.low || d.timestamp.high : $Number(d.timestamp) !== 0) {
                        if ($util.Long)
                            m.timestamp = $util.Long.fromValue(d.timestamp, false);
                        else if (typeof d.timestamp === "string")
                            m.timestamp = $parseInt(d.timestamp, 10);
                        else if (typeof d.timestamp === "number")
                            m.timestamp = d.timestamp;
                        else if (typeof d.timestamp === "object")
                            m.timestamp = new $util.LongBits(d.timestamp.low >>> 0, d.timestamp.high >>> 0).toNumber();
                    }
                }
                if (d.workingSetBytes != null) {
                    if (!$util.isObject(d.workingSetBytes))
                        throw $TypeError(".runtime.v1.MemoryUsage.workingSetBytes: object expected");
                    m.workingSetBytes = $root.runtime.v1.UInt64Value.fromObject(d.workingSetBytes, q + 1);
                }
                if (d.availableBytes != null) {
                    if (!$util.isObject(d.availableBytes))
                        throw $TypeError(".runtime.v1.MemoryUsage.availableBytes: object expected");
                    m.availableBytes = $root.runtime.v1.UInt64Value.fromObject(d.availableBytes, q + 1);
                }
                if (d.usageBytes != null) {
                    if (!$util.isObject(d.usageBytes))
                        throw $TypeError(".runtime.v1.MemoryUsage.usageBytes: object expected");
                    m.usageBytes = $root.runtime.v1.UInt64Value.fromObject(d.usageBytes, q + 1);
                }
                if (d.rssBytes != null) {
                    if (!$util.isObject(d.rssBytes))
                        throw $TypeError(".runtime.v1.MemoryUsage.rssBytes: object expected");
                    m.rssBytes = $root.runtime.v1.UInt64Value.fromObject(d.rssBytes, q + 1);
                }
                if (d.pageFaults != null) {
                    if (!$util.isObject(d.pageFaults))
                        throw $TypeError(".runtime.v1.MemoryUsage.pageFaults: object expected");
                    m.pageFaults = $root.runtime.v1.UInt64Value.fromObject(d.pageFaults, q + 1);
                }
                if (d.majorPageFaults != null) {
                    if (!$util.isObject(d.majorPageFaults))
                        throw $TypeError(".runtime.v1.MemoryUsage.majorPageFaults: object expected");
                    m.majorPageFaults = $root.runtime.v1.UInt64Value.fromObject(d.majorPageFaults, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a MemoryUsage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.MemoryUsage
             * @static
             * @param {runtime.v1.MemoryUsage} m MemoryUsage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemoryUsage.toObject = function (m, o, q) {
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
                        d.timestamp = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timestamp = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.workingSetBytes = null;
                    d.availableBytes = null;
                    d.usageBytes = null;
                    d.rssBytes = null;
                    d.pageFaults = null;
                    d.majorPageFaults = null;
                }
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timestamp = typeof m.timestamp === "number" ? $BigInt(m.timestamp) : $util.Long.fromBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof m.timestamp === "number")
                        d.timestamp = o.longs === $String ? $String(m.timestamp) : m.timestamp;
                    else
                        d.timestamp = o.longs === $String ? $util.Long.prototype.toString.call(m.timestamp) : o.longs === $Number ? new $util.LongBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0).toNumber() : m.timestamp;
                }
                if (m.workingSetBytes != null && $Object.hasOwnProperty.call(m, "workingSetBytes")) {
                    d.workingSetBytes = $root.runtime.v1.UInt64Value.toObject(m.workingSetBytes, o, q + 1);
                }
                if (m.availableBytes != null && $Object.hasOwnProperty.call(m, "availableBytes")) {
                    d.availableBytes = $root.runtime.v1.UInt64Value.toObject(m.availableBytes, o, q + 1);
                }
                if (m.usageBytes != null && $Object.hasOwnProperty.call(m, "usageBytes")) {
                    d.usageBytes = $root.runtime.v1.UInt64Value.toObject(m.usageBytes, o, q + 1);
                }
                if (m.rssBytes != null && $Object.hasOwnProperty.call(m, "rssBytes")) {
                    d.rssBytes = $root.runtime.v1.UInt64Value.toObject(m.rssBytes, o, q + 1);
                }
                if (m.pageFaults != null && $Object.hasOwnProperty.call(m, "pageFaults")) {
                    d.pageFaults = $root.runtime.v1.UInt64Value.toObject(m.pageFaults, o, q + 1);
                }
                if (m.majorPageFaults != null && $Object.hasOwnProperty.call(m, "majorPageFaults")) {
                    d.majorPageFaults = $root.runtime.v1.UInt64Value.toObject(m.majorPageFaults, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this MemoryUsage to JSON.
             * @function toJSON
             * @memberof runtime.v1.MemoryUsage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemoryUsage.prototype.toJSON = function() {
                return MemoryUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemoryUsage
             * @function getTypeUrl
             * @memberof runtime.v1.MemoryUsage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemoryUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.MemoryUsage";
            };

            return MemoryUsage;
        })();

        v1.FilesystemIdentifier = (function() {

            /**
             * Properties of a FilesystemIdentifier.
             * @typedef {Object} runtime.v1.FilesystemIdentifier.$Properties
             * @property {string|null} [mountpoint] FilesystemIdentifier mountpoint
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FilesystemIdentifier.
             * @memberof runtime.v1
             * @interface IFilesystemIdentifier
             * @augments runtime.v1.FilesystemIdentifier.$Properties
             * @deprecated Use runtime.v1.FilesystemIdentifier.$Properties instead.
             */

            /**
             * Shape of a FilesystemIdentifier.
             * @typedef {runtime.v1.FilesystemIdentifier.$Properties} runtime.v1.FilesystemIdentifier.$Shape
             */

            /**
             * Constructs a new FilesystemIdentifier.
             * @memberof runtime.v1
             * @classdesc Represents a FilesystemIdentifier.
             * @constructor
             * @param {runtime.v1.FilesystemIdentifier.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FilesystemIdentifier = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FilesystemIdentifier mountpoint.
             * @member {string} mountpoint
             * @memberof runtime.v1.FilesystemIdentifier
             * @instance
             */
            FilesystemIdentifier.prototype.mountpoint = "";

            /**
             * Creates a new FilesystemIdentifier instance using the specified properties.
             * @function create
             * @memberof runtime.v1.FilesystemIdentifier
             * @static
             * @param {runtime.v1.FilesystemIdentifier.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.FilesystemIdentifier} FilesystemIdentifier instance
             * @type {{
             *   (properties: runtime.v1.FilesystemIdentifier.$Shape): runtime.v1.FilesystemIdentifier & runtime.v1.FilesystemIdentifier.$Shape;
             *   (properties?: runtime.v1.FilesystemIdentifier.$Properties): runtime.v1.FilesystemIdentifier;
             * }}
             */
            FilesystemIdentifier.create = function(properties) {
                return new FilesystemIdentifier(properties);
            };

            /**
             * Encodes the specified FilesystemIdentifier message. Does not implicitly {@link runtime.v1.FilesystemIdentifier.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.FilesystemIdentifier
             * @static
             * @param {runtime.v1.FilesystemIdentifier.$Properties} m FilesystemIdentifier message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilesystemIdentifier.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.mountpoint != null && $Object.hasOwnProperty.call(m, "mountpoint") && m.mountpoint !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.mountpoint);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FilesystemIdentifier message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.FilesystemIdentifier
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.FilesystemIdentifier & runtime.v1.FilesystemIdentifier.$Shape} FilesystemIdentifier
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilesystemIdentifier.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.FilesystemIdentifier();
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
                                m.mountpoint = v;
                            else
                                delete m.mountpoint;
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
             * Creates a FilesystemIdentifier message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.FilesystemIdentifier
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.FilesystemIdentifier} FilesystemIdentifier
             */
            FilesystemIdentifier.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.FilesystemIdentifier)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.FilesystemIdentifier: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.FilesystemIdentifier();
                if (d.mountpoint != null) {
                    if (typeof d.mountpoint !== "string" || d.mountpoint.length) {
                        m.mountpoint = $String(d.mountpoint);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FilesystemIdentifier message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.FilesystemIdentifier
             * @static
             * @param {runtime.v1.FilesystemIdentifier} m FilesystemIdentifier
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FilesystemIdentifier.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.mountpoint = "";
                }
                if (m.mountpoint != null && $Object.hasOwnProperty.call(m, "mountpoint")) {
                    d.mountpoint = m.mountpoint;
                }
                return d;
            };

            /**
             * Converts this FilesystemIdentifier to JSON.
             * @function toJSON
             * @memberof runtime.v1.FilesystemIdentifier
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FilesystemIdentifier.prototype.toJSON = function() {
                return FilesystemIdentifier.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FilesystemIdentifier
             * @function getTypeUrl
             * @memberof runtime.v1.FilesystemIdentifier
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FilesystemIdentifier.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.FilesystemIdentifier";
            };

            return FilesystemIdentifier;
        })();

        v1.FilesystemUsage = (function() {

            /**
             * Properties of a FilesystemUsage.
             * @typedef {Object} runtime.v1.FilesystemUsage.$Properties
             * @property {number|Long|null} [timestamp] FilesystemUsage timestamp
             * @property {runtime.v1.FilesystemIdentifier.$Properties|null} [fsId] FilesystemUsage fsId
             * @property {runtime.v1.UInt64Value.$Properties|null} [usedBytes] FilesystemUsage usedBytes
             * @property {runtime.v1.UInt64Value.$Properties|null} [inodesUsed] FilesystemUsage inodesUsed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FilesystemUsage.
             * @memberof runtime.v1
             * @interface IFilesystemUsage
             * @augments runtime.v1.FilesystemUsage.$Properties
             * @deprecated Use runtime.v1.FilesystemUsage.$Properties instead.
             */

            /**
             * Shape of a FilesystemUsage.
             * @typedef {runtime.v1.FilesystemUsage.$Properties} runtime.v1.FilesystemUsage.$Shape
             */

            /**
             * Constructs a new FilesystemUsage.
             * @memberof runtime.v1
             * @classdesc Represents a FilesystemUsage.
             * @constructor
             * @param {runtime.v1.FilesystemUsage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FilesystemUsage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FilesystemUsage timestamp.
             * @member {number|Long} timestamp
             * @memberof runtime.v1.FilesystemUsage
             * @instance
             */
            FilesystemUsage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FilesystemUsage fsId.
             * @member {runtime.v1.FilesystemIdentifier.$Properties|null|undefined} fsId
             * @memberof runtime.v1.FilesystemUsage
             * @instance
             */
            FilesystemUsage.prototype.fsId = null;

            /**
             * FilesystemUsage usedBytes.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} usedBytes
             * @memberof runtime.v1.FilesystemUsage
             * @instance
             */
            FilesystemUsage.prototype.usedBytes = null;

            /**
             * FilesystemUsage inodesUsed.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} inodesUsed
             * @memberof runtime.v1.FilesystemUsage
             * @instance
             */
            FilesystemUsage.prototype.inodesUsed = null;

            /**
             * Creates a new FilesystemUsage instance using the specified properties.
             * @function create
             * @memberof runtime.v1.FilesystemUsage
             * @static
             * @param {runtime.v1.FilesystemUsage.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.FilesystemUsage} FilesystemUsage instance
             * @type {{
             *   (properties: runtime.v1.FilesystemUsage.$Shape): runtime.v1.FilesystemUsage & runtime.v1.FilesystemUsage.$Shape;
             *   (properties?: runtime.v1.FilesystemUsage.$Properties): runtime.v1.FilesystemUsage;
             * }}
             */
            FilesystemUsage.create = function(properties) {
                return new FilesystemUsage(properties);
            };

            /**
             * Encodes the specified FilesystemUsage message. Does not implicitly {@link runtime.v1.FilesystemUsage.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.FilesystemUsage
             * @static
             * @param {runtime.v1.FilesystemUsage.$Properties} m FilesystemUsage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilesystemUsage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timestamp);
                if (m.fsId != null && $Object.hasOwnProperty.call(m, "fsId"))
                    $root.runtime.v1.FilesystemIdentifier.encode(m.fsId, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.usedBytes != null && $Object.hasOwnProperty.call(m, "usedBytes"))
                    $root.runtime.v1.UInt64Value.encode(m.usedBytes, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.inodesUsed != null && $Object.hasOwnProperty.call(m, "inodesUsed"))
                    $root.runtime.v1.UInt64Value.encode(m.inodesUsed, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FilesystemUsage message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.FilesystemUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.FilesystemUsage & runtime.v1.FilesystemUsage.$Shape} FilesystemUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilesystemUsage.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.FilesystemUsage();
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
                                m.timestamp = v;
                            else
                                delete m.timestamp;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.fsId = $root.runtime.v1.FilesystemIdentifier.decode(r, r.size(), $undefined, q + 1, m.fsId);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.usedBytes = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.usedBytes);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.inodesUsed = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.inodesUsed);
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
             * Creates a FilesystemUsage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.FilesystemUsage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.FilesystemUsage} FilesystemUsage
             */
            FilesystemUsage.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.FilesystemUsage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.FilesystemUsage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.FilesystemUsage();
                if (d.timestamp != null) {
                    if (typeof d.timestamp === "object" ? d.timestamp.low || d.timestamp.high : $Number(d.timestamp) !== 0) {
                        if ($util.Long)
                            m.timestamp = $util.Long.fromValue(d.timestamp, false);
                        else if (typeof d.timestamp === "string")
                            m.timestamp = $parseInt(d.timestamp, 10);
                        else if (typeof d.timestamp === "number")
                            m.timestamp = d.timestamp;
                        else if (typeof d.timestamp === "object")
                            m.timestamp = new $util.LongBits(d.timestamp.low >>> 0, d.timestamp.high >>> 0).toNumber();
                    }
                }
                if (d.fsId != null) {
                    if (!$util.isObject(d.fsId))
                        throw $TypeError(".runtime.v1.FilesystemUsage.fsId: object expected");
                    m.fsId = $root.runtime.v1.FilesystemIdentifier.fromObject(d.fsId, q + 1);
                }
                if (d.usedBytes != null) {
                    if (!$util.isObject(d.usedBytes))
                        throw $TypeError(".runtime.v1.FilesystemUsage.usedBytes: object expected");
                    m.usedBytes = $root.runtime.v1.UInt64Value.fromObject(d.usedBytes, q + 1);
                }
                if (d.inodesUsed != null) {
                    if (!$util.isObject(d.inodesUsed))
                        throw $TypeError(".runtime.v1.FilesystemUsage.inodesUsed: object expected");
                    m.inodesUsed = $root.runtime.v1.UInt64Value.fromObject(d.inodesUsed, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a FilesystemUsage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.FilesystemUsage
             * @static
             * @param {runtime.v1.FilesystemUsage} m FilesystemUsage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FilesystemUsage.toObject = function (m, o, q) {
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
                        d.timestamp = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timestamp = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.fsId = null;
                    d.usedBytes = null;
                    d.inodesUsed = null;
                }
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timestamp = typeof m.timestamp === "number" ? $BigInt(m.timestamp) : $util.Long.fromBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof m.timestamp === "number")
                        d.timestamp = o.longs === $String ? $String(m.timestamp) : m.timestamp;
                    else
                        d.timestamp = o.longs === $String ? $util.Long.prototype.toString.call(m.timestamp) : o.longs === $Number ? new $util.LongBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0).toNumber() : m.timestamp;
                }
                if (m.fsId != null && $Object.hasOwnProperty.call(m, "fsId")) {
                    d.fsId = $root.runtime.v1.FilesystemIdentifier.toObject(m.fsId, o, q + 1);
                }
                if (m.usedBytes != null && $Object.hasOwnProperty.call(m, "usedBytes")) {
                    d.usedBytes = $root.runtime.v1.UInt64Value.toObject(m.usedBytes, o, q + 1);
                }
                if (m.inodesUsed != null && $Object.hasOwnProperty.call(m, "inodesUsed")) {
                    d.inodesUsed = $root.runtime.v1.UInt64Value.toObject(m.inodesUsed, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this FilesystemUsage to JSON.
             * @function toJSON
             * @memberof runtime.v1.FilesystemUsage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FilesystemUsage.prototype.toJSON = function() {
                return FilesystemUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FilesystemUsage
             * @function getTypeUrl
             * @memberof runtime.v1.FilesystemUsage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FilesystemUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.FilesystemUsage";
            };

            return FilesystemUsage;
        })();

        v1.ContainerStats = (function() {

            /**
             * Properties of a ContainerStats.
             * @typedef {Object} runtime.v1.ContainerStats.$Properties
             * @property {runtime.v1.ContainerAttributes.$Properties|null} [attributes] ContainerStats attributes
             * @property {runtime.v1.CpuUsage.$Properties|null} [cpu] ContainerStats cpu
             * @property {runtime.v1.MemoryUsage.$Properties|null} [memory] ContainerStats memory
             * @property {runtime.v1.FilesystemUsage.$Properties|null} [writableLayer] ContainerStats writableLayer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerStats.
             * @memberof runtime.v1
             * @interface IContainerStats
             * @augments runtime.v1.ContainerStats.$Properties
             * @deprecated Use runtime.v1.ContainerStats.$Properties instead.
             */

            /**
             * Shape of a ContainerStats.
             * @typedef {runtime.v1.ContainerStats.$Properties} runtime.v1.ContainerStats.$Shape
             */

            /**
             * Constructs a new ContainerStats.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStats.
             * @constructor
             * @param {runtime.v1.ContainerStats.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContainerStats = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ContainerStats attributes.
             * @member {runtime.v1.ContainerAttributes.$Properties|null|undefined} attributes
             * @memberof runtime.v1.ContainerStats
             * @instance
             */
            ContainerStats.prototype.attributes = null;

            /**
             * ContainerStats cpu.
             * @member {runtime.v1.CpuUsage.$Properties|null|undefined} cpu
             * @memberof runtime.v1.ContainerStats
             * @instance
             */
            ContainerStats.prototype.cpu = null;

            /**
             * ContainerStats memory.
             * @member {runtime.v1.MemoryUsage.$Properties|null|undefined} memory
             * @memberof runtime.v1.ContainerStats
             * @instance
             */
            ContainerStats.prototype.memory = null;

            /**
             * ContainerStats writableLayer.
             * @member {runtime.v1.FilesystemUsage.$Properties|null|undefined} writableLayer
             * @memberof runtime.v1.ContainerStats
             * @instance
             */
            ContainerStats.prototype.writableLayer = null;

            /**
             * Creates a new ContainerStats instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStats
             * @static
             * @param {runtime.v1.ContainerStats.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStats} ContainerStats instance
             * @type {{
             *   (properties: runtime.v1.ContainerStats.$Shape): runtime.v1.ContainerStats & runtime.v1.ContainerStats.$Shape;
             *   (properties?: runtime.v1.ContainerStats.$Properties): runtime.v1.ContainerStats;
             * }}
             */
            ContainerStats.create = function(properties) {
                return new ContainerStats(properties);
            };

            /**
             * Encodes the specified ContainerStats message. Does not implicitly {@link runtime.v1.ContainerStats.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStats
             * @static
             * @param {runtime.v1.ContainerStats.$Properties} m ContainerStats message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStats.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.attributes != null && $Object.hasOwnProperty.call(m, "attributes"))
                    $root.runtime.v1.ContainerAttributes.encode(m.attributes, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu"))
                    $root.runtime.v1.CpuUsage.encode(m.cpu, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory"))
                    $root.runtime.v1.MemoryUsage.encode(m.memory, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.writableLayer != null && $Object.hasOwnProperty.call(m, "writableLayer"))
                    $root.runtime.v1.FilesystemUsage.encode(m.writableLayer, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ContainerStats message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ContainerStats & runtime.v1.ContainerStats.$Shape} ContainerStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStats.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ContainerStats();
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
                            m.attributes = $root.runtime.v1.ContainerAttributes.decode(r, r.size(), $undefined, q + 1, m.attributes);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.cpu = $root.runtime.v1.CpuUsage.decode(r, r.size(), $undefined, q + 1, m.cpu);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.memory = $root.runtime.v1.MemoryUsage.decode(r, r.size(), $undefined, q + 1, m.memory);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.writableLayer = $root.runtime.v1.FilesystemUsage.decode(r, r.size(), $undefined, q + 1, m.writableLayer);
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
             * Creates a ContainerStats message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ContainerStats
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ContainerStats} ContainerStats
             */
            ContainerStats.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ContainerStats)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ContainerStats: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ContainerStats();
                if (d.attributes != null) {
                    if (!$util.isObject(d.attributes))
                        throw $TypeError(".runtime.v1.ContainerStats.attributes: object expected");
                    m.attributes = $root.runtime.v1.ContainerAttributes.fromObject(d.attributes, q + 1);
                }
                if (d.cpu != null) {
                    if (!$util.isObject(d.cpu))
                        throw $TypeError(".runtime.v1.ContainerStats.cpu: object expected");
                    m.cpu = $root.runtime.v1.CpuUsage.fromObject(d.cpu, q + 1);
                }
                if (d.memory != null) {
                    if (!$util.isObject(d.memory))
                        throw $TypeError(".runtime.v1.ContainerStats.memory: object expected");
                    m.memory = $root.runtime.v1.MemoryUsage.fromObject(d.memory, q + 1);
                }
                if (d.writableLayer != null) {
                    if (!$util.isObject(d.writableLayer))
                        throw $TypeError(".runtime.v1.ContainerStats.writableLayer: object expected");
                    m.writableLayer = $root.runtime.v1.FilesystemUsage.fromObject(d.writableLayer, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ContainerStats message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ContainerStats
             * @static
             * @param {runtime.v1.ContainerStats} m ContainerStats
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerStats.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.attributes = null;
                    d.cpu = null;
                    d.memory = null;
                    d.writableLayer = null;
                }
                if (m.attributes != null && $Object.hasOwnProperty.call(m, "attributes")) {
                    d.attributes = $root.runtime.v1.ContainerAttributes.toObject(m.attributes, o, q + 1);
                }
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    d.cpu = $root.runtime.v1.CpuUsage.toObject(m.cpu, o, q + 1);
                }
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory")) {
                    d.memory = $root.runtime.v1.MemoryUsage.toObject(m.memory, o, q + 1);
                }
                if (m.writableLayer != null && $Object.hasOwnProperty.call(m, "writableLayer")) {
                    d.writableLayer = $root.runtime.v1.FilesystemUsage.toObject(m.writableLayer, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ContainerStats to JSON.
             * @function toJSON
             * @memberof runtime.v1.ContainerStats
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerStats.prototype.toJSON = function() {
                return ContainerStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerStats
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStats
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ContainerStats";
            };

            return ContainerStats;
        })();

        v1.ListContainerStatsResponse = (function() {

            /**
             * Properties of a ListContainerStatsResponse.
             * @typedef {Object} runtime.v1.ListContainerStatsResponse.$Properties
             * @property {Array.<runtime.v1.ContainerStats.$Properties>|null} [stats] ListContainerStatsResponse stats
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListContainerStatsResponse.
             * @memberof runtime.v1
             * @interface IListContainerStatsResponse
             * @augments runtime.v1.ListContainerStatsResponse.$Properties
             * @deprecated Use runtime.v1.ListContainerStatsResponse.$Properties instead.
             */

            /**
             * Shape of a ListContainerStatsResponse.
             * @typedef {runtime.v1.ListContainerStatsResponse.$Properties} runtime.v1.ListContainerStatsResponse.$Shape
             */

            /**
             * Constructs a new ListContainerStatsResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ListContainerStatsResponse.
             * @constructor
             * @param {runtime.v1.ListContainerStatsResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListContainerStatsResponse = function (p) {
                this.stats = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListContainerStatsResponse stats.
             * @member {Array.<runtime.v1.ContainerStats.$Properties>} stats
             * @memberof runtime.v1.ListContainerStatsResponse
             * @instance
             */
            ListContainerStatsResponse.prototype.stats = $util.emptyArray;

            /**
             * Creates a new ListContainerStatsResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListContainerStatsResponse
             * @static
             * @param {runtime.v1.ListContainerStatsResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ListContainerStatsResponse} ListContainerStatsResponse instance
             * @type {{
             *   (properties: runtime.v1.ListContainerStatsResponse.$Shape): runtime.v1.ListContainerStatsResponse & runtime.v1.ListContainerStatsResponse.$Shape;
             *   (properties?: runtime.v1.ListContainerStatsResponse.$Properties): runtime.v1.ListContainerStatsResponse;
             * }}
             */
            ListContainerStatsResponse.create = function(properties) {
                return new ListContainerStatsResponse(properties);
            };

            /**
             * Encodes the specified ListContainerStatsResponse message. Does not implicitly {@link runtime.v1.ListContainerStatsResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListContainerStatsResponse
             * @static
             * @param {runtime.v1.ListContainerStatsResponse.$Properties} m ListContainerStatsResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListContainerStatsResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.stats != null && m.stats.length) {
                    for (var i = 0; i < m.stats.length; ++i)
                        $root.runtime.v1.ContainerStats.encode(m.stats[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListContainerStatsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListContainerStatsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ListContainerStatsResponse & runtime.v1.ListContainerStatsResponse.$Shape} ListContainerStatsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListContainerStatsResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ListContainerStatsResponse();
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
                            if (!(m.stats && m.stats.length))
                                m.stats = [];
                            m.stats.push($root.runtime.v1.ContainerStats.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a ListContainerStatsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ListContainerStatsResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ListContainerStatsResponse} ListContainerStatsResponse
             */
            ListContainerStatsResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ListContainerStatsResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ListContainerStatsResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ListContainerStatsResponse();
                if (d.stats) {
                    if (!$Array.isArray(d.stats))
                        throw $TypeError(".runtime.v1.ListContainerStatsResponse.stats: array expected");
                    m.stats = $Array(d.stats.length);
                    for (var i = 0; i < d.stats.length; ++i) {
                        if (!$util.isObject(d.stats[i]))
                            throw $TypeError(".runtime.v1.ListContainerStatsResponse.stats: object expected");
                        m.stats[i] = $root.runtime.v1.ContainerStats.fromObject(d.stats[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ListContainerStatsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ListContainerStatsResponse
             * @static
             * @param {runtime.v1.ListContainerStatsResponse} m ListContainerStatsResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListContainerStatsResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.stats = [];
                }
                if (m.stats && m.stats.length) {
                    d.stats = $Array(m.stats.length);
                    for (var j = 0; j < m.stats.length; ++j) {
                        d.stats[j] = $root.runtime.v1.ContainerStats.toObject(m.stats[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ListContainerStatsResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.ListContainerStatsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListContainerStatsResponse.prototype.toJSON = function() {
                return ListContainerStatsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListContainerStatsResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ListContainerStatsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListContainerStatsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ListContainerStatsResponse";
            };

            return ListContainerStatsResponse;
        })();

        v1.PodSandboxStatsFilter = (function() {

            /**
             * Properties of a PodSandboxStatsFilter.
             * @typedef {Object} runtime.v1.PodSandboxStatsFilter.$Properties
             * @property {string|null} [id] PodSandboxStatsFilter id
             * @property {Object.<string,string>|null} [labelSelector] PodSandboxStatsFilter labelSelector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PodSandboxStatsFilter.
             * @memberof runtime.v1
             * @interface IPodSandboxStatsFilter
             * @augments runtime.v1.PodSandboxStatsFilter.$Properties
             * @deprecated Use runtime.v1.PodSandboxStatsFilter.$Properties instead.
             */

            /**
             * Shape of a PodSandboxStatsFilter.
             * @typedef {runtime.v1.PodSandboxStatsFilter.$Properties} runtime.v1.PodSandboxStatsFilter.$Shape
             */

            /**
             * Constructs a new PodSandboxStatsFilter.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxStatsFilter.
             * @constructor
             * @param {runtime.v1.PodSandboxStatsFilter.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PodSandboxStatsFilter = function (p) {
                this.labelSelector = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PodSandboxStatsFilter id.
             * @member {string} id
             * @memberof runtime.v1.PodSandboxStatsFilter
             * @instance
             */
            PodSandboxStatsFilter.prototype.id = "";

            /**
             * PodSandboxStatsFilter labelSelector.
             * @member {Object.<string,string>} labelSelector
             * @memberof runtime.v1.PodSandboxStatsFilter
             * @instance
             */
            PodSandboxStatsFilter.prototype.labelSelector = $util.emptyObject;

            /**
             * Creates a new PodSandboxStatsFilter instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxStatsFilter
             * @static
             * @param {runtime.v1.PodSandboxStatsFilter.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxStatsFilter} PodSandboxStatsFilter instance
             * @type {{
             *   (properties: runtime.v1.PodSandboxStatsFilter.$Shape): runtime.v1.PodSandboxStatsFilter & runtime.v1.PodSandboxStatsFilter.$Shape;
             *   (properties?: runtime.v1.PodSandboxStatsFilter.$Properties): runtime.v1.PodSandboxStatsFilter;
             * }}
             */
            PodSandboxStatsFilter.create = function(properties) {
                return new PodSandboxStatsFilter(properties);
            };

            /**
             * Encodes the specified PodSandboxStatsFilter message. Does not implicitly {@link runtime.v1.PodSandboxStatsFilter.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxStatsFilter
             * @static
             * @param {runtime.v1.PodSandboxStatsFilter.$Properties} m PodSandboxStatsFilter message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxStatsFilter.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector")) {
                    for (var ks = $Object.keys(m.labelSelector), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labelSelector[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PodSandboxStatsFilter message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxStatsFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxStatsFilter & runtime.v1.PodSandboxStatsFilter.$Shape} PodSandboxStatsFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxStatsFilter.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.PodSandboxStatsFilter();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (m.labelSelector === $util.emptyObject)
                                m.labelSelector = {};
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
                                $util.makeProp(m.labelSelector, k);
                            m.labelSelector[k] = v;
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
             * Creates a PodSandboxStatsFilter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.PodSandboxStatsFilter
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.PodSandboxStatsFilter} PodSandboxStatsFilter
             */
            PodSandboxStatsFilter.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.PodSandboxStatsFilter)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.PodSandboxStatsFilter: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.PodSandboxStatsFilter();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.labelSelector) {
                    if (!$util.isObject(d.labelSelector))
                        throw $TypeError(".runtime.v1.PodSandboxStatsFilter.labelSelector: object expected");
                    m.labelSelector = {};
                    for (var ks = $Object.keys(d.labelSelector), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labelSelector, ks[i]);
                        m.labelSelector[ks[i]] = $String(d.labelSelector[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PodSandboxStatsFilter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.PodSandboxStatsFilter
             * @static
             * @param {runtime.v1.PodSandboxStatsFilter} m PodSandboxStatsFilter
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PodSandboxStatsFilter.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.labelSelector = {};
                }
                if (o.defaults) {
                    d.id = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                var ks2;
                if (m.labelSelector && (ks2 = $Object.keys(m.labelSelector)).length) {
                    d.labelSelector = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.labelSelector, ks2[j]);
                        d.labelSelector[ks2[j]] = m.labelSelector[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this PodSandboxStatsFilter to JSON.
             * @function toJSON
             * @memberof runtime.v1.PodSandboxStatsFilter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PodSandboxStatsFilter.prototype.toJSON = function() {
                return PodSandboxStatsFilter.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PodSandboxStatsFilter
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxStatsFilter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PodSandboxStatsFilter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.PodSandboxStatsFilter";
            };

            return PodSandboxStatsFilter;
        })();

        v1.ListPodSandboxStatsRequest = (function() {

            /**
             * Properties of a ListPodSandboxStatsRequest.
             * @typedef {Object} runtime.v1.ListPodSandboxStatsRequest.$Properties
             * @property {runtime.v1.PodSandboxStatsFilter.$Properties|null} [filter] ListPodSandboxStatsRequest filter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListPodSandboxStatsRequest.
             * @memberof runtime.v1
             * @interface IListPodSandboxStatsRequest
             * @augments runtime.v1.ListPodSandboxStatsRequest.$Properties
             * @deprecated Use runtime.v1.ListPodSandboxStatsRequest.$Properties instead.
             */

            /**
             * Shape of a ListPodSandboxStatsRequest.
             * @typedef {runtime.v1.ListPodSandboxStatsRequest.$Properties} runtime.v1.ListPodSandboxStatsRequest.$Shape
             */

            /**
             * Constructs a new ListPodSandboxStatsRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ListPodSandboxStatsRequest.
             * @constructor
             * @param {runtime.v1.ListPodSandboxStatsRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListPodSandboxStatsRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListPodSandboxStatsRequest filter.
             * @member {runtime.v1.PodSandboxStatsFilter.$Properties|null|undefined} filter
             * @memberof runtime.v1.ListPodSandboxStatsRequest
             * @instance
             */
            ListPodSandboxStatsRequest.prototype.filter = null;

            /**
             * Creates a new ListPodSandboxStatsRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListPodSandboxStatsRequest
             * @static
             * @param {runtime.v1.ListPodSandboxStatsRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ListPodSandboxStatsRequest} ListPodSandboxStatsRequest instance
             * @type {{
             *   (properties: runtime.v1.ListPodSandboxStatsRequest.$Shape): runtime.v1.ListPodSandboxStatsRequest & runtime.v1.ListPodSandboxStatsRequest.$Shape;
             *   (properties?: runtime.v1.ListPodSandboxStatsRequest.$Properties): runtime.v1.ListPodSandboxStatsRequest;
             * }}
             */
            ListPodSandboxStatsRequest.create = function(properties) {
                return new ListPodSandboxStatsRequest(properties);
            };

            /**
             * Encodes the specified ListPodSandboxStatsRequest message. Does not implicitly {@link runtime.v1.ListPodSandboxStatsRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListPodSandboxStatsRequest
             * @static
             * @param {runtime.v1.ListPodSandboxStatsRequest.$Properties} m ListPodSandboxStatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPodSandboxStatsRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.filter != null && $Object.hasOwnProperty.call(m, "filter"))
                    $root.runtime.v1.PodSandboxStatsFilter.encode(m.filter, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListPodSandboxStatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListPodSandboxStatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ListPodSandboxStatsRequest & runtime.v1.ListPodSandboxStatsRequest.$Shape} ListPodSandboxStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPodSandboxStatsRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ListPodSandboxStatsRequest();
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
                            m.filter = $root.runtime.v1.PodSandboxStatsFilter.decode(r, r.size(), $undefined, q + 1, m.filter);
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
             * Creates a ListPodSandboxStatsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ListPodSandboxStatsRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ListPodSandboxStatsRequest} ListPodSandboxStatsRequest
             */
            ListPodSandboxStatsRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ListPodSandboxStatsRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ListPodSandboxStatsRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ListPodSandboxStatsRequest();
                if (d.filter != null) {
                    if (!$util.isObject(d.filter))
                        throw $TypeError(".runtime.v1.ListPodSandboxStatsRequest.filter: object expected");
                    m.filter = $root.runtime.v1.PodSandboxStatsFilter.fromObject(d.filter, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ListPodSandboxStatsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ListPodSandboxStatsRequest
             * @static
             * @param {runtime.v1.ListPodSandboxStatsRequest} m ListPodSandboxStatsRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListPodSandboxStatsRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.filter = null;
                }
                if (m.filter != null && $Object.hasOwnProperty.call(m, "filter")) {
                    d.filter = $root.runtime.v1.PodSandboxStatsFilter.toObject(m.filter, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ListPodSandboxStatsRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.ListPodSandboxStatsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListPodSandboxStatsRequest.prototype.toJSON = function() {
                return ListPodSandboxStatsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListPodSandboxStatsRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ListPodSandboxStatsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListPodSandboxStatsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ListPodSandboxStatsRequest";
            };

            return ListPodSandboxStatsRequest;
        })();

        v1.PodSandboxAttributes = (function() {

            /**
             * Properties of a PodSandboxAttributes.
             * @typedef {Object} runtime.v1.PodSandboxAttributes.$Properties
             * @property {string|null} [id] PodSandboxAttributes id
             * @property {runtime.v1.PodSandboxMetadata.$Properties|null} [metadata] PodSandboxAttributes metadata
             * @property {Object.<string,string>|null} [labels] PodSandboxAttributes labels
             * @property {Object.<string,string>|null} [annotations] PodSandboxAttributes annotations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PodSandboxAttributes.
             * @memberof runtime.v1
             * @interface IPodSandboxAttributes
             * @augments runtime.v1.PodSandboxAttributes.$Properties
             * @deprecated Use runtime.v1.PodSandboxAttributes.$Properties instead.
             */

            /**
             * Shape of a PodSandboxAttributes.
             * @typedef {runtime.v1.PodSandboxAttributes.$Properties} runtime.v1.PodSandboxAttributes.$Shape
             */

            /**
             * Constructs a new PodSandboxAttributes.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxAttributes.
             * @constructor
             * @param {runtime.v1.PodSandboxAttributes.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PodSandboxAttributes = function (p) {
                this.labels = {};
                this.annotations = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PodSandboxAttributes id.
             * @member {string} id
             * @memberof runtime.v1.PodSandboxAttributes
             * @instance
             */
            PodSandboxAttributes.prototype.id = "";

            /**
             * PodSandboxAttributes metadata.
             * @member {runtime.v1.PodSandboxMetadata.$Properties|null|undefined} metadata
             * @memberof runtime.v1.PodSandboxAttributes
             * @instance
             */
            PodSandboxAttributes.prototype.metadata = null;

            /**
             * PodSandboxAttributes labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.PodSandboxAttributes
             * @instance
             */
            PodSandboxAttributes.prototype.labels = $util.emptyObject;

            /**
             * PodSandboxAttributes annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.PodSandboxAttributes
             * @instance
             */
            PodSandboxAttributes.prototype.annotations = $util.emptyObject;

            /**
             * Creates a new PodSandboxAttributes instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxAttributes
             * @static
             * @param {runtime.v1.PodSandboxAttributes.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxAttributes} PodSandboxAttributes instance
             * @type {{
             *   (properties: runtime.v1.PodSandboxAttributes.$Shape): runtime.v1.PodSandboxAttributes & runtime.v1.PodSandboxAttributes.$Shape;
             *   (properties?: runtime.v1.PodSandboxAttributes.$Properties): runtime.v1.PodSandboxAttributes;
             * }}
             */
            PodSandboxAttributes.create = function(properties) {
                return new PodSandboxAttributes(properties);
            };

            /**
             * Encodes the specified PodSandboxAttributes message. Does not implicitly {@link runtime.v1.PodSandboxAttributes.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxAttributes
             * @static
             * @param {runtime.v1.PodSandboxAttributes.$Properties} m PodSandboxAttributes message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxAttributes.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.runtime.v1.PodSandboxMetadata.encode(m.metadata, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                    for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labels[ks[i]]).ldelim();
                    }
                }
                if (m.annotations != null && $Object.hasOwnProperty.call(m, "annotations")) {
                    for (var ks = $Object.keys(m.annotations), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.annotations[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PodSandboxAttributes message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxAttributes
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxAttributes & runtime.v1.PodSandboxAttributes.$Shape} PodSandboxAttributes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxAttributes.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.PodSandboxAttributes();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.runtime.v1.PodSandboxMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 3: {
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
                    case 4: {
                            if (u !== 2)
                                break;
                            if (m.annotations === $util.emptyObject)
                                m.annotations = {};
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
                                $util.makeProp(m.annotations, k);
                            m.annotations[k] = v;
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
             * Creates a PodSandboxAttributes message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.PodSandboxAttributes
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.PodSandboxAttributes} PodSandboxAttributes
             */
            PodSandboxAttributes.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.PodSandboxAttributes)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.PodSandboxAttributes: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.PodSandboxAttributes();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.metadata != null) {
                    if (!$util.isObject(d.metadata))
                        throw $TypeError(".runtime.v1.PodSandboxAttributes.metadata: object expected");
                    m.metadata = $root.runtime.v1.PodSandboxMetadata.fromObject(d.metadata, q + 1);
                }
                if (d.labels) {
                    if (!$util.isObject(d.labels))
                        throw $TypeError(".runtime.v1.PodSandboxAttributes.labels: object expected");
                    m.labels = {};
                    for (var ks = $Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labels, ks[i]);
                        m.labels[ks[i]] = $String(d.labels[ks[i]]);
                    }
                }
                if (d.annotations) {
                    if (!$util.isObject(d.annotations))
                        throw $TypeError(".runtime.v1.PodSandboxAttributes.annotations: object expected");
                    m.annotations = {};
                    for (var ks = $Object.keys(d.annotations), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.annotations, ks[i]);
                        m.annotations[ks[i]] = $String(d.annotations[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PodSandboxAttributes message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.PodSandboxAttributes
             * @static
             * @param {runtime.v1.PodSandboxAttributes} m PodSandboxAttributes
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PodSandboxAttributes.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.labels = {};
                    d.annotations = {};
                }
                if (o.defaults) {
                    d.id = "";
                    d.metadata = null;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    d.metadata = $root.runtime.v1.PodSandboxMetadata.toObject(m.metadata, o, q + 1);
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
                if (m.annotations && (ks2 = $Object.keys(m.annotations)).length) {
                    d.annotations = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.annotations, ks2[j]);
                        d.annotations[ks2[j]] = m.annotations[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this PodSandboxAttributes to JSON.
             * @function toJSON
             * @memberof runtime.v1.PodSandboxAttributes
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PodSandboxAttributes.prototype.toJSON = function() {
                return PodSandboxAttributes.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PodSandboxAttributes
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxAttributes
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PodSandboxAttributes.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.PodSandboxAttributes";
            };

            return PodSandboxAttributes;
        })();

        v1.NetworkInterfaceUsage = (function() {

            /**
             * Properties of a NetworkInterfaceUsage.
             * @typedef {Object} runtime.v1.NetworkInterfaceUsage.$Properties
             * @property {string|null} [name] NetworkInterfaceUsage name
             * @property {runtime.v1.UInt64Value.$Properties|null} [rxBytes] NetworkInterfaceUsage rxBytes
             * @property {runtime.v1.UInt64Value.$Properties|null} [rxErrors] NetworkInterfaceUsage rxErrors
             * @property {runtime.v1.UInt64Value.$Properties|null} [txBytes] NetworkInterfaceUsage txBytes
             * @property {runtime.v1.UInt64Value.$Properties|null} [txErrors] NetworkInterfaceUsage txErrors
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkInterfaceUsage.
             * @memberof runtime.v1
             * @interface INetworkInterfaceUsage
             * @augments runtime.v1.NetworkInterfaceUsage.$Properties
             * @deprecated Use runtime.v1.NetworkInterfaceUsage.$Properties instead.
             */

            /**
             * Shape of a NetworkInterfaceUsage.
             * @typedef {runtime.v1.NetworkInterfaceUsage.$Properties} runtime.v1.NetworkInterfaceUsage.$Shape
             */

            /**
             * Constructs a new NetworkInterfaceUsage.
             * @memberof runtime.v1
             * @classdesc Represents a NetworkInterfaceUsage.
             * @constructor
             * @param {runtime.v1.NetworkInterfaceUsage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkInterfaceUsage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetworkInterfaceUsage name.
             * @member {string} name
             * @memberof runtime.v1.NetworkInterfaceUsage
             * @instance
             */
            NetworkInterfaceUsage.prototype.name = "";

            /**
             * NetworkInterfaceUsage rxBytes.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} rxBytes
             * @memberof runtime.v1.NetworkInterfaceUsage
             * @instance
             */
            NetworkInterfaceUsage.prototype.rxBytes = null;

            /**
             * NetworkInterfaceUsage rxErrors.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} rxErrors
             * @memberof runtime.v1.NetworkInterfaceUsage
             * @instance
             */
            NetworkInterfaceUsage.prototype.rxErrors = null;

            /**
             * NetworkInterfaceUsage txBytes.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} txBytes
             * @memberof runtime.v1.NetworkInterfaceUsage
             * @instance
             */
            NetworkInterfaceUsage.prototype.txBytes = null;

            /**
             * NetworkInterfaceUsage txErrors.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} txErrors
             * @memberof runtime.v1.NetworkInterfaceUsage
             * @instance
             */
            NetworkInterfaceUsage.prototype.txErrors = null;

            /**
             * Creates a new NetworkInterfaceUsage instance using the specified properties.
             * @function create
             * @memberof runtime.v1.NetworkInterfaceUsage
             * @static
             * @param {runtime.v1.NetworkInterfaceUsage.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.NetworkInterfaceUsage} NetworkInterfaceUsage instance
             * @type {{
             *   (properties: runtime.v1.NetworkInterfaceUsage.$Shape): runtime.v1.NetworkInterfaceUsage & runtime.v1.NetworkInterfaceUsage.$Shape;
             *   (properties?: runtime.v1.NetworkInterfaceUsage.$Properties): runtime.v1.NetworkInterfaceUsage;
             * }}
             */
            NetworkInterfaceUsage.create = function(properties) {
                return new NetworkInterfaceUsage(properties);
            };

            /**
             * Encodes the specified NetworkInterfaceUsage message. Does not implicitly {@link runtime.v1.NetworkInterfaceUsage.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.NetworkInterfaceUsage
             * @static
             * @param {runtime.v1.NetworkInterfaceUsage.$Properties} m NetworkInterfaceUsage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkInterfaceUsage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.rxBytes != null && $Object.hasOwnProperty.call(m, "rxBytes"))
                    $root.runtime.v1.UInt64Value.encode(m.rxBytes, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.rxErrors != null && $Object.hasOwnProperty.call(m, "rxErrors"))
                    $root.runtime.v1.UInt64Value.encode(m.rxErrors, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.txBytes != null && $Object.hasOwnProperty.call(m, "txBytes"))
                    $root.runtime.v1.UInt64Value.encode(m.txBytes, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.txErrors != null && $Object.hasOwnProperty.call(m, "txErrors"))
                    $root.runtime.v1.UInt64Value.encode(m.txErrors, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NetworkInterfaceUsage message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.NetworkInterfaceUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.NetworkInterfaceUsage & runtime.v1.NetworkInterfaceUsage.$Shape} NetworkInterfaceUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkInterfaceUsage.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.NetworkInterfaceUsage();
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
                            m.rxBytes = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.rxBytes);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.rxErrors = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.rxErrors);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.txBytes = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.txBytes);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.txErrors = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.txErrors);
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
             * Creates a NetworkInterfaceUsage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.NetworkInterfaceUsage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.NetworkInterfaceUsage} NetworkInterfaceUsage
             */
            NetworkInterfaceUsage.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.NetworkInterfaceUsage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.NetworkInterfaceUsage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.NetworkInterfaceUsage();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.rxBytes != null) {
                    if (!$util.isObject(d.rxBytes))
                        throw $TypeError(".runtime.v1.NetworkInterfaceUsage.rxBytes: object expected");
                    m.rxBytes = $root.runtime.v1.UInt64Value.fromObject(d.rxBytes, q + 1);
                }
                if (d.rxErrors != null) {
                    if (!$util.isObject(d.rxErrors))
                        throw $TypeError(".runtime.v1.NetworkInterfaceUsage.rxErrors: object expected");
                    m.rxErrors = $root.runtime.v1.UInt64Value.fromObject(d.rxErrors, q + 1);
                }
                if (d.txBytes != null) {
                    if (!$util.isObject(d.txBytes))
                        throw $TypeError(".runtime.v1.NetworkInterfaceUsage.txBytes: object expected");
                    m.txBytes = $root.runtime.v1.UInt64Value.fromObject(d.txBytes, q + 1);
                }
                if (d.txErrors != null) {
                    if (!$util.isObject(d.txErrors))
                        throw $TypeError(".runtime.v1.NetworkInterfaceUsage.txErrors: object expected");
                    m.txErrors = $root.runtime.v1.UInt64Value.fromObject(d.txErrors, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a NetworkInterfaceUsage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.NetworkInterfaceUsage
             * @static
             * @param {runtime.v1.NetworkInterfaceUsage} m NetworkInterfaceUsage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkInterfaceUsage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.rxBytes = null;
                    d.rxErrors = null;
                    d.txBytes = null;
                    d.txErrors = null;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.rxBytes != null && $Object.hasOwnProperty.call(m, "rxBytes")) {
                    d.rxBytes = $root.runtime.v1.UInt64Value.toObject(m.rxBytes, o, q + 1);
                }
                if (m.rxErrors != null && $Object.hasOwnProperty.call(m, "rxErrors")) {
                    d.rxErrors = $root.runtime.v1.UInt64Value.toObject(m.rxErrors, o, q + 1);
                }
                if (m.txBytes != null && $Object.hasOwnProperty.call(m, "txBytes")) {
                    d.txBytes = $root.runtime.v1.UInt64Value.toObject(m.txBytes, o, q + 1);
                }
                if (m.txErrors != null && $Object.hasOwnProperty.call(m, "txErrors")) {
                    d.txErrors = $root.runtime.v1.UInt64Value.toObject(m.txErrors, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this NetworkInterfaceUsage to JSON.
             * @function toJSON
             * @memberof runtime.v1.NetworkInterfaceUsage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkInterfaceUsage.prototype.toJSON = function() {
                return NetworkInterfaceUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkInterfaceUsage
             * @function getTypeUrl
             * @memberof runtime.v1.NetworkInterfaceUsage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkInterfaceUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.NetworkInterfaceUsage";
            };

            return NetworkInterfaceUsage;
        })();

        v1.NetworkUsage = (function() {

            /**
             * Properties of a NetworkUsage.
             * @typedef {Object} runtime.v1.NetworkUsage.$Properties
             * @property {number|Long|null} [timestamp] NetworkUsage timestamp
             * @property {runtime.v1.NetworkInterfaceUsage.$Properties|null} [defaultInterface] NetworkUsage defaultInterface
             * @property {Array.<runtime.v1.NetworkInterfaceUsage.$Properties>|null} [interfaces] NetworkUsage interfaces
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkUsage.
             * @memberof runtime.v1
             * @interface INetworkUsage
             * @augments runtime.v1.NetworkUsage.$Properties
             * @deprecated Use runtime.v1.NetworkUsage.$Properties instead.
             */

            /**
             * Shape of a NetworkUsage.
             * @typedef {runtime.v1.NetworkUsage.$Properties} runtime.v1.NetworkUsage.$Shape
             */

            /**
             * Constructs a new NetworkUsage.
             * @memberof runtime.v1
             * @classdesc Represents a NetworkUsage.
             * @constructor
             * @param {runtime.v1.NetworkUsage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkUsage = function (p) {
                this.interfaces = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetworkUsage timestamp.
             * @member {number|Long} timestamp
             * @memberof runtime.v1.NetworkUsage
             * @instance
             */
            NetworkUsage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NetworkUsage defaultInterface.
             * @member {runtime.v1.NetworkInterfaceUsage.$Properties|null|undefined} defaultInterface
             * @memberof runtime.v1.NetworkUsage
             * @instance
             */
            NetworkUsage.prototype.defaultInterface = null;

            /**
             * NetworkUsage interfaces.
             * @member {Array.<runtime.v1.NetworkInterfaceUsage.$Properties>} interfaces
             * @memberof runtime.v1.NetworkUsage
             * @instance
             */
            NetworkUsage.prototype.interfaces = $util.emptyArray;

            /**
             * Creates a new NetworkUsage instance using the specified properties.
             * @function create
             * @memberof runtime.v1.NetworkUsage
             * @static
             * @param {runtime.v1.NetworkUsage.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.NetworkUsage} NetworkUsage instance
             * @type {{
             *   (properties: runtime.v1.NetworkUsage.$Shape): runtime.v1.NetworkUsage & runtime.v1.NetworkUsage.$Shape;
             *   (properties?: runtime.v1.NetworkUsage.$Properties): runtime.v1.NetworkUsage;
             * }}
             */
            NetworkUsage.create = function(properties) {
                return new NetworkUsage(properties);
            };

            /**
             * Encodes the specified NetworkUsage message. Does not implicitly {@link runtime.v1.NetworkUsage.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.NetworkUsage
             * @static
             * @param {runtime.v1.NetworkUsage.$Properties} m NetworkUsage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkUsage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timestamp);
                if (m.defaultInterface != null && $Object.hasOwnProperty.call(m, "defaultInterface"))
                    $root.runtime.v1.NetworkInterfaceUsage.encode(m.defaultInterface, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.interfaces != null && m.interfaces.length) {
                    for (var i = 0; i < m.interfaces.length; ++i)
                        $root.runtime.v1.NetworkInterfaceUsage.encode(m.interfaces[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NetworkUsage message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.NetworkUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.NetworkUsage & runtime.v1.NetworkUsage.$Shape} NetworkUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkUsage.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.NetworkUsage();
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
                                m.timestamp = v;
                            else
                                delete m.timestamp;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.defaultInterface = $root.runtime.v1.NetworkInterfaceUsage.decode(r, r.size(), $undefined, q + 1, m.defaultInterface);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.interfaces && m.interfaces.length))
                                m.interfaces = [];
                            m.interfaces.push($root.runtime.v1.NetworkInterfaceUsage.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a NetworkUsage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.NetworkUsage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.NetworkUsage} NetworkUsage
             */
            NetworkUsage.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.NetworkUsage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.NetworkUsage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.NetworkUsage();
                if (d.timestamp != null) {
                    if (typeof d.timestamp === "object" ? d.timestamp.low || d.timestamp.high : $Number(d.timestamp) !== 0) {
                        if ($util.Long)
                            m.timestamp = $util.Long.fromValue(d.timestamp, false);
                        else if (typeof d.timestamp === "string")
                            m.timestamp = $parseInt(d.timestamp, 10);
                        else if (typeof d.timestamp === "number")
                            m.timestamp = d.timestamp;
                        else if (typeof d.timestamp === "object")
                            m.timestamp = new $util.LongBits(d.timestamp.low >>> 0, d.timestamp.high >>> 0).toNumber();
                    }
                }
                if (d.defaultInterface != null) {
                    if (!$util.isObject(d.defaultInterface))
                        throw $TypeError(".runtime.v1.NetworkUsage.defaultInterface: object expected");
                    m.defaultInterface = $root.runtime.v1.NetworkInterfaceUsage.fromObject(d.defaultInterface, q + 1);
                }
                if (d.interfaces) {
                    if (!$Array.isArray(d.interfaces))
                        throw $TypeError(".runtime.v1.NetworkUsage.interfaces: array expected");
                    m.interfaces = $Array(d.interfaces.length);
                    for (var i = 0; i < d.interfaces.length; ++i) {
                        if (!$util.isObject(d.interfaces[i]))
                            throw $TypeError(".runtime.v1.NetworkUsage.interfaces: object expected");
                        m.interfaces[i] = $root.runtime.v1.NetworkInterfaceUsage.fromObject(d.interfaces[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NetworkUsage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.NetworkUsage
             * @static
             * @param {runtime.v1.NetworkUsage} m NetworkUsage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkUsage.toObject = function (m, o, q) {
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
                        d.timestamp = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timestamp = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.defaultInterface = null;
                }
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timestamp = typeof m.timestamp === "number" ? $BigInt(m.timestamp) : $util.Long.fromBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof m.timestamp === "number")
                        d.timestamp = o.longs === $String ? $String(m.timestamp) : m.timestamp;
                    else
                        d.timestamp = o.longs === $String ? $util.Long.prototype.toString.call(m.timestamp) : o.longs === $Number ? new $util.LongBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0).toNumber() : m.timestamp;
                }
                if (m.defaultInterface != null && $Object.hasOwnProperty.call(m, "defaultInterface")) {
                    d.defaultInterface = $root.runtime.v1.NetworkInterfaceUsage.toObject(m.defaultInterface, o, q + 1);
                }
                if (m.interfaces && m.interfaces.length) {
                    d.interfaces = $Array(m.interfaces.length);
                    for (var j = 0; j < m.interfaces.length; ++j) {
                        d.interfaces[j] = $root.runtime.v1.NetworkInterfaceUsage.toObject(m.interfaces[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this NetworkUsage to JSON.
             * @function toJSON
             * @memberof runtime.v1.NetworkUsage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkUsage.prototype.toJSON = function() {
                return NetworkUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkUsage
             * @function getTypeUrl
             * @memberof runtime.v1.NetworkUsage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.NetworkUsage";
            };

            return NetworkUsage;
        })();

        v1.ProcessUsage = (function() {

            /**
             * Properties of a ProcessUsage.
             * @typedef {Object} runtime.v1.ProcessUsage.$Properties
             * @property {number|Long|null} [timestamp] ProcessUsage timestamp
             * @property {runtime.v1.UInt64Value.$Properties|null} [processCount] ProcessUsage processCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProcessUsage.
             * @memberof runtime.v1
             * @interface IProcessUsage
             * @augments runtime.v1.ProcessUsage.$Properties
             * @deprecated Use runtime.v1.ProcessUsage.$Properties instead.
             */

            /**
             * Shape of a ProcessUsage.
             * @typedef {runtime.v1.ProcessUsage.$Properties} runtime.v1.ProcessUsage.$Shape
             */

            /**
             * Constructs a new ProcessUsage.
             * @memberof runtime.v1
             * @classdesc Represents a ProcessUsage.
             * @constructor
             * @param {runtime.v1.ProcessUsage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProcessUsage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProcessUsage timestamp.
             * @member {number|Long} timestamp
             * @memberof runtime.v1.ProcessUsage
             * @instance
             */
            ProcessUsage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProcessUsage processCount.
             * @member {runtime.v1.UInt64Value.$Properties|null|undefined} processCount
             * @memberof runtime.v1.ProcessUsage
             * @instance
             */
            ProcessUsage.prototype.processCount = null;

            /**
             * Creates a new ProcessUsage instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ProcessUsage
             * @static
             * @param {runtime.v1.ProcessUsage.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ProcessUsage} ProcessUsage instance
             * @type {{
             *   (properties: runtime.v1.ProcessUsage.$Shape): runtime.v1.ProcessUsage & runtime.v1.ProcessUsage.$Shape;
             *   (properties?: runtime.v1.ProcessUsage.$Properties): runtime.v1.ProcessUsage;
             * }}
             */
            ProcessUsage.create = function(properties) {
                return new ProcessUsage(properties);
            };

            /**
             * Encodes the specified ProcessUsage message. Does not implicitly {@link runtime.v1.ProcessUsage.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ProcessUsage
             * @static
             * @param {runtime.v1.ProcessUsage.$Properties} m ProcessUsage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessUsage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timestamp);
                if (m.processCount != null && $Object.hasOwnProperty.call(m, "processCount"))
                    $root.runtime.v1.UInt64Value.encode(m.processCount, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ProcessUsage message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ProcessUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ProcessUsage & runtime.v1.ProcessUsage.$Shape} ProcessUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessUsage.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ProcessUsage();
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
                                m.timestamp = v;
                            else
                                delete m.timestamp;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.processCount = $root.runtime.v1.UInt64Value.decode(r, r.size(), $undefined, q + 1, m.processCount);
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
             * Creates a ProcessUsage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ProcessUsage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ProcessUsage} ProcessUsage
             */
            ProcessUsage.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ProcessUsage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ProcessUsage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ProcessUsage();
                if (d.timestamp != null) {
                    if (typeof d.timestamp === "object" ? d.timestamp.low || d.timestamp.high : $Number(d.timestamp) !== 0) {
                        if ($util.Long)
                            m.timestamp = $util.Long.fromValue(d.timestamp, false);
                        else if (typeof d.timestamp === "string")
                            m.timestamp = $parseInt(d.timestamp, 10);
                        else if (typeof d.timestamp === "number")
                            m.timestamp = d.timestamp;
                        else if (typeof d.timestamp === "object")
                            m.timestamp = new $util.LongBits(d.timestamp.low >>> 0, d.timestamp.high >>> 0).toNumber();
                    }
                }
                if (d.processCount != null) {
                    if (!$util.isObject(d.processCount))
                        throw $TypeError(".runtime.v1.ProcessUsage.processCount: object expected");
                    m.processCount = $root.runtime.v1.UInt64Value.fromObject(d.processCount, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ProcessUsage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ProcessUsage
             * @static
             * @param {runtime.v1.ProcessUsage} m ProcessUsage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessUsage.toObject = function (m, o, q) {
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
                        d.timestamp = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timestamp = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.processCount = null;
                }
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timestamp = typeof m.timestamp === "number" ? $BigInt(m.timestamp) : $util.Long.fromBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof m.timestamp === "number")
                        d.timestamp = o.longs === $String ? $String(m.timestamp) : m.timestamp;
                    else
                        d.timestamp = o.longs === $String ? $util.Long.prototype.toString.call(m.timestamp) : o.longs === $Number ? new $util.LongBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0).toNumber() : m.timestamp;
                }
                if (m.processCount != null && $Object.hasOwnProperty.call(m, "processCount")) {
                    d.processCount = $root.runtime.v1.UInt64Value.toObject(m.processCount, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ProcessUsage to JSON.
             * @function toJSON
             * @memberof runtime.v1.ProcessUsage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessUsage.prototype.toJSON = function() {
                return ProcessUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProcessUsage
             * @function getTypeUrl
             * @memberof runtime.v1.ProcessUsage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProcessUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ProcessUsage";
            };

            return ProcessUsage;
        })();

        v1.LinuxPodSandboxStats = (function() {

            /**
             * Properties of a LinuxPodSandboxStats.
             * @typedef {Object} runtime.v1.LinuxPodSandboxStats.$Properties
             * @property {runtime.v1.CpuUsage.$Properties|null} [cpu] LinuxPodSandboxStats cpu
             * @property {runtime.v1.MemoryUsage.$Properties|null} [memory] LinuxPodSandboxStats memory
             * @property {runtime.v1.NetworkUsage.$Properties|null} [network] LinuxPodSandboxStats network
             * @property {runtime.v1.ProcessUsage.$Properties|null} [process] LinuxPodSandboxStats process
             * @property {Array.<runtime.v1.ContainerStats.$Properties>|null} [containers] LinuxPodSandboxStats containers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LinuxPodSandboxStats.
             * @memberof runtime.v1
             * @interface ILinuxPodSandboxStats
             * @augments runtime.v1.LinuxPodSandboxStats.$Properties
             * @deprecated Use runtime.v1.LinuxPodSandboxStats.$Properties instead.
             */

            /**
             * Shape of a LinuxPodSandboxStats.
             * @typedef {runtime.v1.LinuxPodSandboxStats.$Properties} runtime.v1.LinuxPodSandboxStats.$Shape
             */

            /**
             * Constructs a new LinuxPodSandboxStats.
             * @memberof runtime.v1
             * @classdesc Represents a LinuxPodSandboxStats.
             * @constructor
             * @param {runtime.v1.LinuxPodSandboxStats.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LinuxPodSandboxStats = function (p) {
                this.containers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LinuxPodSandboxStats cpu.
             * @member {runtime.v1.CpuUsage.$Properties|null|undefined} cpu
             * @memberof runtime.v1.LinuxPodSandboxStats
             * @instance
             */
            LinuxPodSandboxStats.prototype.cpu = null;

            /**
             * LinuxPodSandboxStats memory.
             * @member {runtime.v1.MemoryUsage.$Properties|null|undefined} memory
             * @memberof runtime.v1.LinuxPodSandboxStats
             * @instance
             */
            LinuxPodSandboxStats.prototype.memory = null;

            /**
             * LinuxPodSandboxStats network.
             * @member {runtime.v1.NetworkUsage.$Properties|null|undefined} network
             * @memberof runtime.v1.LinuxPodSandboxStats
             * @instance
             */
            LinuxPodSandboxStats.prototype.network = null;

            /**
             * LinuxPodSandboxStats process.
             * @member {runtime.v1.ProcessUsage.$Properties|null|undefined} process
             * @memberof runtime.v1.LinuxPodSandboxStats
             * @instance
             */
            LinuxPodSandboxStats.prototype.process = null;

            /**
             * LinuxPodSandboxStats containers.
             * @member {Array.<runtime.v1.ContainerStats.$Properties>} containers
             * @memberof runtime.v1.LinuxPodSandboxStats
             * @instance
             */
            LinuxPodSandboxStats.prototype.containers = $util.emptyArray;

            /**
             * Creates a new LinuxPodSandboxStats instance using the specified properties.
             * @function create
             * @memberof runtime.v1.LinuxPodSandboxStats
             * @static
             * @param {runtime.v1.LinuxPodSandboxStats.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.LinuxPodSandboxStats} LinuxPodSandboxStats instance
             * @type {{
             *   (properties: runtime.v1.LinuxPodSandboxStats.$Shape): runtime.v1.LinuxPodSandboxStats & runtime.v1.LinuxPodSandboxStats.$Shape;
             *   (properties?: runtime.v1.LinuxPodSandboxStats.$Properties): runtime.v1.LinuxPodSandboxStats;
             * }}
             */
            LinuxPodSandboxStats.create = function(properties) {
                return new LinuxPodSandboxStats(properties);
            };

            /**
             * Encodes the specified LinuxPodSandboxStats message. Does not implicitly {@link runtime.v1.LinuxPodSandboxStats.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.LinuxPodSandboxStats
             * @static
             * @param {runtime.v1.LinuxPodSandboxStats.$Properties} m LinuxPodSandboxStats message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinuxPodSandboxStats.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu"))
                    $root.runtime.v1.CpuUsage.encode(m.cpu, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory"))
                    $root.runtime.v1.MemoryUsage.encode(m.memory, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.network != null && $Object.hasOwnProperty.call(m, "network"))
                    $root.runtime.v1.NetworkUsage.encode(m.network, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.process != null && $Object.hasOwnProperty.call(m, "process"))
                    $root.runtime.v1.ProcessUsage.encode(m.process, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.containers != null && m.containers.length) {
                    for (var i = 0; i < m.containers.length; ++i)
                        $root.runtime.v1.ContainerStats.encode(m.containers[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LinuxPodSandboxStats message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.LinuxPodSandboxStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.LinuxPodSandboxStats & runtime.v1.LinuxPodSandboxStats.$Shape} LinuxPodSandboxStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinuxPodSandboxStats.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.LinuxPodSandboxStats();
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
                            m.cpu = $root.runtime.v1.CpuUsage.decode(r, r.size(), $undefined, q + 1, m.cpu);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.memory = $root.runtime.v1.MemoryUsage.decode(r, r.size(), $undefined, q + 1, m.memory);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.network = $root.runtime.v1.NetworkUsage.decode(r, r.size(), $undefined, q + 1, m.network);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.process = $root.runtime.v1.ProcessUsage.decode(r, r.size(), $undefined, q + 1, m.process);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.containers && m.containers.length))
                                m.containers = [];
                            m.containers.push($root.runtime.v1.ContainerStats.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a LinuxPodSandboxStats message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.LinuxPodSandboxStats
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.LinuxPodSandboxStats} LinuxPodSandboxStats
             */
            LinuxPodSandboxStats.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.LinuxPodSandboxStats)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.LinuxPodSandboxStats: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.LinuxPodSandboxStats();
                if (d.cpu != null) {
                    if (!$util.isObject(d.cpu))
                        throw $TypeError(".runtime.v1.LinuxPodSandboxStats.cpu: object expected");
                    m.cpu = $root.runtime.v1.CpuUsage.fromObject(d.cpu, q + 1);
                }
                if (d.memory != null) {
                    if (!$util.isObject(d.memory))
                        throw $TypeError(".runtime.v1.LinuxPodSandboxStats.memory: object expected");
                    m.memory = $root.runtime.v1.MemoryUsage.fromObject(d.memory, q + 1);
                }
                if (d.network != null) {
                    if (!$util.isObject(d.network))
                        throw $TypeError(".runtime.v1.LinuxPodSandboxStats.network: object expected");
                    m.network = $root.runtime.v1.NetworkUsage.fromObject(d.network, q + 1);
                }
                if (d.process != null) {
                    if (!$util.isObject(d.process))
                        throw $TypeError(".runtime.v1.LinuxPodSandboxStats.process: object expected");
                    m.process = $root.runtime.v1.ProcessUsage.fromObject(d.process, q + 1);
                }
                if (d.containers) {
                    if (!$Array.isArray(d.containers))
                        throw $TypeError(".runtime.v1.LinuxPodSandboxStats.containers: array expected");
                    m.containers = $Array(d.containers.length);
                    for (var i = 0; i < d.containers.length; ++i) {
                        if (!$util.isObject(d.containers[i]))
                            throw $TypeError(".runtime.v1.LinuxPodSandboxStats.containers: object expected");
                        m.containers[i] = $root.runtime.v1.ContainerStats.fromObject(d.containers[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LinuxPodSandboxStats message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.LinuxPodSandboxStats
             * @static
             * @param {runtime.v1.LinuxPodSandboxStats} m LinuxPodSandboxStats
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LinuxPodSandboxStats.toObject = function (m, o, q) {
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
                if (o.defaults) {
                    d.cpu = null;
                    d.memory = null;
                    d.network = null;
                    d.process = null;
                }
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    d.cpu = $root.runtime.v1.CpuUsage.toObject(m.cpu, o, q + 1);
                }
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory")) {
                    d.memory = $root.runtime.v1.MemoryUsage.toObject(m.memory, o, q + 1);
                }
                if (m.network != null && $Object.hasOwnProperty.call(m, "network")) {
                    d.network = $root.runtime.v1.NetworkUsage.toObject(m.network, o, q + 1);
                }
                if (m.process != null && $Object.hasOwnProperty.call(m, "process")) {
                    d.process = $root.runtime.v1.ProcessUsage.toObject(m.process, o, q + 1);
                }
                if (m.containers && m.containers.length) {
                    d.containers = $Array(m.containers.length);
                    for (var j = 0; j < m.containers.length; ++j) {
                        d.containers[j] = $root.runtime.v1.ContainerStats.toObject(m.containers[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this LinuxPodSandboxStats to JSON.
             * @function toJSON
             * @memberof runtime.v1.LinuxPodSandboxStats
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LinuxPodSandboxStats.prototype.toJSON = function() {
                return LinuxPodSandboxStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LinuxPodSandboxStats
             * @function getTypeUrl
             * @memberof runtime.v1.LinuxPodSandboxStats
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LinuxPodSandboxStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.LinuxPodSandboxStats";
            };

            return LinuxPodSandboxStats;
        })();

        v1.PodSandboxStats = (function() {

            /**
             * Properties of a PodSandboxStats.
             * @typedef {Object} runtime.v1.PodSandboxStats.$Properties
             * @property {runtime.v1.PodSandboxAttributes.$Properties|null} [attributes] PodSandboxStats attributes
             * @property {runtime.v1.LinuxPodSandboxStats.$Properties|null} [linux] PodSandboxStats linux
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PodSandboxStats.
             * @memberof runtime.v1
             * @interface IPodSandboxStats
             * @augments runtime.v1.PodSandboxStats.$Properties
             * @deprecated Use runtime.v1.PodSandboxStats.$Properties instead.
             */

            /**
             * Shape of a PodSandboxStats.
             * @typedef {runtime.v1.PodSandboxStats.$Properties} runtime.v1.PodSandboxStats.$Shape
             */

            /**
             * Constructs a new PodSandboxStats.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxStats.
             * @constructor
             * @param {runtime.v1.PodSandboxStats.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PodSandboxStats = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PodSandboxStats attributes.
             * @member {runtime.v1.PodSandboxAttributes.$Properties|null|undefined} attributes
             * @memberof runtime.v1.PodSandboxStats
             * @instance
             */
            PodSandboxStats.prototype.attributes = null;

            /**
             * PodSandboxStats linux.
             * @member {runtime.v1.LinuxPodSandboxStats.$Properties|null|undefined} linux
             * @memberof runtime.v1.PodSandboxStats
             * @instance
             */
            PodSandboxStats.prototype.linux = null;

            /**
             * Creates a new PodSandboxStats instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxStats
             * @static
             * @param {runtime.v1.PodSandboxStats.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxStats} PodSandboxStats instance
             * @type {{
             *   (properties: runtime.v1.PodSandboxStats.$Shape): runtime.v1.PodSandboxStats & runtime.v1.PodSandboxStats.$Shape;
             *   (properties?: runtime.v1.PodSandboxStats.$Properties): runtime.v1.PodSandboxStats;
             * }}
             */
            PodSandboxStats.create = function(properties) {
                return new PodSandboxStats(properties);
            };

            /**
             * Encodes the specified PodSandboxStats message. Does not implicitly {@link runtime.v1.PodSandboxStats.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxStats
             * @static
             * @param {runtime.v1.PodSandboxStats.$Properties} m PodSandboxStats message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxStats.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.attributes != null && $Object.hasOwnProperty.call(m, "attributes"))
                    $root.runtime.v1.PodSandboxAttributes.encode(m.attributes, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.linux != null && $Object.hasOwnProperty.call(m, "linux"))
                    $root.runtime.v1.LinuxPodSandboxStats.encode(m.linux, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PodSandboxStats message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxStats & runtime.v1.PodSandboxStats.$Shape} PodSandboxStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxStats.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.PodSandboxStats();
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
                            m.attributes = $root.runtime.v1.PodSandboxAttributes.decode(r, r.size(), $undefined, q + 1, m.attributes);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.linux = $root.runtime.v1.LinuxPodSandboxStats.decode(r, r.size(), $undefined, q + 1, m.linux);
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
             * Creates a PodSandboxStats message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.PodSandboxStats
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.PodSandboxStats} PodSandboxStats
             */
            PodSandboxStats.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.PodSandboxStats)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.PodSandboxStats: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.PodSandboxStats();
                if (d.attributes != null) {
                    if (!$util.isObject(d.attributes))
                        throw $TypeError(".runtime.v1.PodSandboxStats.attributes: object expected");
                    m.attributes = $root.runtime.v1.PodSandboxAttributes.fromObject(d.attributes, q + 1);
                }
                if (d.linux != null) {
                    if (!$util.isObject(d.linux))
                        throw $TypeError(".runtime.v1.PodSandboxStats.linux: object expected");
                    m.linux = $root.runtime.v1.LinuxPodSandboxStats.fromObject(d.linux, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a PodSandboxStats message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.PodSandboxStats
             * @static
             * @param {runtime.v1.PodSandboxStats} m PodSandboxStats
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PodSandboxStats.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.attributes = null;
                    d.linux = null;
                }
                if (m.attributes != null && $Object.hasOwnProperty.call(m, "attributes")) {
                    d.attributes = $root.runtime.v1.PodSandboxAttributes.toObject(m.attributes, o, q + 1);
                }
                if (m.linux != null && $Object.hasOwnProperty.call(m, "linux")) {
                    d.linux = $root.runtime.v1.LinuxPodSandboxStats.toObject(m.linux, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this PodSandboxStats to JSON.
             * @function toJSON
             * @memberof runtime.v1.PodSandboxStats
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PodSandboxStats.prototype.toJSON = function() {
                return PodSandboxStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PodSandboxStats
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxStats
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PodSandboxStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.PodSandboxStats";
            };

            return PodSandboxStats;
        })();

        v1.ListPodSandboxStatsResponse = (function() {

            /**
             * Properties of a ListPodSandboxStatsResponse.
             * @typedef {Object} runtime.v1.ListPodSandboxStatsResponse.$Properties
             * @property {Array.<runtime.v1.PodSandboxStats.$Properties>|null} [stats] ListPodSandboxStatsResponse stats
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListPodSandboxStatsResponse.
             * @memberof runtime.v1
             * @interface IListPodSandboxStatsResponse
             * @augments runtime.v1.ListPodSandboxStatsResponse.$Properties
             * @deprecated Use runtime.v1.ListPodSandboxStatsResponse.$Properties instead.
             */

            /**
             * Shape of a ListPodSandboxStatsResponse.
             * @typedef {runtime.v1.ListPodSandboxStatsResponse.$Properties} runtime.v1.ListPodSandboxStatsResponse.$Shape
             */

            /**
             * Constructs a new ListPodSandboxStatsResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ListPodSandboxStatsResponse.
             * @constructor
             * @param {runtime.v1.ListPodSandboxStatsResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListPodSandboxStatsResponse = function (p) {
                this.stats = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListPodSandboxStatsResponse stats.
             * @member {Array.<runtime.v1.PodSandboxStats.$Properties>} stats
             * @memberof runtime.v1.ListPodSandboxStatsResponse
             * @instance
             */
            ListPodSandboxStatsResponse.prototype.stats = $util.emptyArray;

            /**
             * Creates a new ListPodSandboxStatsResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListPodSandboxStatsResponse
             * @static
             * @param {runtime.v1.ListPodSandboxStatsResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ListPodSandboxStatsResponse} ListPodSandboxStatsResponse instance
             * @type {{
             *   (properties: runtime.v1.ListPodSandboxStatsResponse.$Shape): runtime.v1.ListPodSandboxStatsResponse & runtime.v1.ListPodSandboxStatsResponse.$Shape;
             *   (properties?: runtime.v1.ListPodSandboxStatsResponse.$Properties): runtime.v1.ListPodSandboxStatsResponse;
             * }}
             */
            ListPodSandboxStatsResponse.create = function(properties) {
                return new ListPodSandboxStatsResponse(properties);
            };

            /**
             * Encodes the specified ListPodSandboxStatsResponse message. Does not implicitly {@link runtime.v1.ListPodSandboxStatsResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListPodSandboxStatsResponse
             * @static
             * @param {runtime.v1.ListPodSandboxStatsResponse.$Properties} m ListPodSandboxStatsResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPodSandboxStatsResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.stats != null && m.stats.length) {
                    for (var i = 0; i < m.stats.length; ++i)
                        $root.runtime.v1.PodSandboxStats.encode(m.stats[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListPodSandboxStatsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListPodSandboxStatsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ListPodSandboxStatsResponse & runtime.v1.ListPodSandboxStatsResponse.$Shape} ListPodSandboxStatsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPodSandboxStatsResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ListPodSandboxStatsResponse();
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
                            if (!(m.stats && m.stats.length))
                                m.stats = [];
                            m.stats.push($root.runtime.v1.PodSandboxStats.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a ListPodSandboxStatsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ListPodSandboxStatsResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ListPodSandboxStatsResponse} ListPodSandboxStatsResponse
             */
            ListPodSandboxStatsResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ListPodSandboxStatsResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ListPodSandboxStatsResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ListPodSandboxStatsResponse();
                if (d.stats) {
                    if (!$Array.isArray(d.stats))
                        throw $TypeError(".runtime.v1.ListPodSandboxStatsResponse.stats: array expected");
                    m.stats = $Array(d.stats.length);
                    for (var i = 0; i < d.stats.length; ++i) {
                        if (!$util.isObject(d.stats[i]))
                            throw $TypeError(".runtime.v1.ListPodSandboxStatsResponse.stats: object expected");
                        m.stats[i] = $root.runtime.v1.PodSandboxStats.fromObject(d.stats[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ListPodSandboxStatsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ListPodSandboxStatsResponse
             * @static
             * @param {runtime.v1.ListPodSandboxStatsResponse} m ListPodSandboxStatsResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListPodSandboxStatsResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.stats = [];
                }
                if (m.stats && m.stats.length) {
                    d.stats = $Array(m.stats.length);
                    for (var j = 0; j < m.stats.length; ++j) {
                        d.stats[j] = $root.runtime.v1.PodSandboxStats.toObject(m.stats[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ListPodSandboxStatsResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.ListPodSandboxStatsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListPodSandboxStatsResponse.prototype.toJSON = function() {
                return ListPodSandboxStatsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListPodSandboxStatsResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ListPodSandboxStatsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListPodSandboxStatsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ListPodSandboxStatsResponse";
            };

            return ListPodSandboxStatsResponse;
        })();

        v1.ImageFilter = (function() {

            /**
             * Properties of an ImageFilter.
             * @typedef {Object} runtime.v1.ImageFilter.$Properties
             * @property {runtime.v1.ImageSpec.$Properties|null} [image] ImageFilter image
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ImageFilter.
             * @memberof runtime.v1
             * @interface IImageFilter
             * @augments runtime.v1.ImageFilter.$Properties
             * @deprecated Use runtime.v1.ImageFilter.$Properties instead.
             */

            /**
             * Shape of an ImageFilter.
             * @typedef {runtime.v1.ImageFilter.$Properties} runtime.v1.ImageFilter.$Shape
             */

            /**
             * Constructs a new ImageFilter.
             * @memberof runtime.v1
             * @classdesc Represents an ImageFilter.
             * @constructor
             * @param {runtime.v1.ImageFilter.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ImageFilter = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ImageFilter image.
             * @member {runtime.v1.ImageSpec.$Properties|null|undefined} image
             * @memberof runtime.v1.ImageFilter
             * @instance
             */
            ImageFilter.prototype.image = null;

            /**
             * Creates a new ImageFilter instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ImageFilter
             * @static
             * @param {runtime.v1.ImageFilter.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ImageFilter} ImageFilter instance
             * @type {{
             *   (properties: runtime.v1.ImageFilter.$Shape): runtime.v1.ImageFilter & runtime.v1.ImageFilter.$Shape;
             *   (properties?: runtime.v1.ImageFilter.$Properties): runtime.v1.ImageFilter;
             * }}
             */
            ImageFilter.create = function(properties) {
                return new ImageFilter(properties);
            };

            /**
             * Encodes the specified ImageFilter message. Does not implicitly {@link runtime.v1.ImageFilter.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ImageFilter
             * @static
             * @param {runtime.v1.ImageFilter.$Properties} m ImageFilter message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageFilter.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.image != null && $Object.hasOwnProperty.call(m, "image"))
                    $root.runtime.v1.ImageSpec.encode(m.image, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ImageFilter message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ImageFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ImageFilter & runtime.v1.ImageFilter.$Shape} ImageFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageFilter.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ImageFilter();
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
                            m.image = $root.runtime.v1.ImageSpec.decode(r, r.size(), $undefined, q + 1, m.image);
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
             * Creates an ImageFilter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ImageFilter
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ImageFilter} ImageFilter
             */
            ImageFilter.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ImageFilter)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ImageFilter: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ImageFilter();
                if (d.image != null) {
                    if (!$util.isObject(d.image))
                        throw $TypeError(".runtime.v1.ImageFilter.image: object expected");
                    m.image = $root.runtime.v1.ImageSpec.fromObject(d.image, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an ImageFilter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ImageFilter
             * @static
             * @param {runtime.v1.ImageFilter} m ImageFilter
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ImageFilter.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.image = null;
                }
                if (m.image != null && $Object.hasOwnProperty.call(m, "image")) {
                    d.image = $root.runtime.v1.ImageSpec.toObject(m.image, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ImageFilter to JSON.
             * @function toJSON
             * @memberof runtime.v1.ImageFilter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ImageFilter.prototype.toJSON = function() {
                return ImageFilter.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ImageFilter
             * @function getTypeUrl
             * @memberof runtime.v1.ImageFilter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ImageFilter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ImageFilter";
            };

            return ImageFilter;
        })();

        v1.ListImagesRequest = (function() {

            /**
             * Properties of a ListImagesRequest.
             * @typedef {Object} runtime.v1.ListImagesRequest.$Properties
             * @property {runtime.v1.ImageFilter.$Properties|null} [filter] ListImagesRequest filter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListImagesRequest.
             * @memberof runtime.v1
             * @interface IListImagesRequest
             * @augments runtime.v1.ListImagesRequest.$Properties
             * @deprecated Use runtime.v1.ListImagesRequest.$Properties instead.
             */

            /**
             * Shape of a ListImagesRequest.
             * @typedef {runtime.v1.ListImagesRequest.$Properties} runtime.v1.ListImagesRequest.$Shape
             */

            /**
             * Constructs a new ListImagesRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ListImagesRequest.
             * @constructor
             * @param {runtime.v1.ListImagesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListImagesRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListImagesRequest filter.
             * @member {runtime.v1.ImageFilter.$Properties|null|undefined} filter
             * @memberof runtime.v1.ListImagesRequest
             * @instance
             */
            ListImagesRequest.prototype.filter = null;

            /**
             * Creates a new ListImagesRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListImagesRequest
             * @static
             * @param {runtime.v1.ListImagesRequest.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ListImagesRequest} ListImagesRequest instance
             * @type {{
             *   (properties: runtime.v1.ListImagesRequest.$Shape): runtime.v1.ListImagesRequest & runtime.v1.ListImagesRequest.$Shape;
             *   (properties?: runtime.v1.ListImagesRequest.$Properties): runtime.v1.ListImagesRequest;
             * }}
             */
            ListImagesRequest.create = function(properties) {
                return new ListImagesRequest(properties);
            };

            /**
             * Encodes the specified ListImagesRequest message. Does not implicitly {@link runtime.v1.ListImagesRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListImagesRequest
             * @static
             * @param {runtime.v1.ListImagesRequest.$Properties} m ListImagesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListImagesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.filter != null && $Object.hasOwnProperty.call(m, "filter"))
                    $root.runtime.v1.ImageFilter.encode(m.filter, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListImagesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListImagesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ListImagesRequest & runtime.v1.ListImagesRequest.$Shape} ListImagesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListImagesRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ListImagesRequest();
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
                            m.filter = $root.runtime.v1.ImageFilter.decode(r, r.size(), $undefined, q + 1, m.filter);
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
             * Creates a ListImagesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ListImagesRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ListImagesRequest} ListImagesRequest
             */
            ListImagesRequest.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ListImagesRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ListImagesRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ListImagesRequest();
                if (d.filter != null) {
                    if (!$util.isObject(d.filter))
                        throw $TypeError(".runtime.v1.ListImagesRequest.filter: object expected");
                    m.filter = $root.runtime.v1.ImageFilter.fromObject(d.filter, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ListImagesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ListImagesRequest
             * @static
             * @param {runtime.v1.ListImagesRequest} m ListImagesRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListImagesRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.filter = null;
                }
                if (m.filter != null && $Object.hasOwnProperty.call(m, "filter")) {
                    d.filter = $root.runtime.v1.ImageFilter.toObject(m.filter, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ListImagesRequest to JSON.
             * @function toJSON
             * @memberof runtime.v1.ListImagesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListImagesRequest.prototype.toJSON = function() {
                return ListImagesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListImagesRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ListImagesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListImagesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ListImagesRequest";
            };

            return ListImagesRequest;
        })();

        v1.Image = (function() {

            /**
             * Properties of an Image.
             * @typedef {Object} runtime.v1.Image.$Properties
             * @property {string|null} [id] Image id
             * @property {Array.<string>|null} [repoTags] Image repoTags
             * @property {Array.<string>|null} [repoDigests] Image repoDigests
             * @property {number|Long|null} [size] Image size
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Image.
             * @memberof runtime.v1
             * @interface IImage
             * @augments runtime.v1.Image.$Properties
             * @deprecated Use runtime.v1.Image.$Properties instead.
             */

            /**
             * Shape of an Image.
             * @typedef {runtime.v1.Image.$Properties} runtime.v1.Image.$Shape
             */

            /**
             * Constructs a new Image.
             * @memberof runtime.v1
             * @classdesc Represents an Image.
             * @constructor
             * @param {runtime.v1.Image.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Image = function (p) {
                this.repoTags = [];
                this.repoDigests = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Image id.
             * @member {string} id
             * @memberof runtime.v1.Image
             * @instance
             */
            Image.prototype.id = "";

            /**
             * Image repoTags.
             * @member {Array.<string>} repoTags
             * @memberof runtime.v1.Image
             * @instance
             */
            Image.prototype.repoTags = $util.emptyArray;

            /**
             * Image repoDigests.
             * @member {Array.<string>} repoDigests
             * @memberof runtime.v1.Image
             * @instance
             */
            Image.prototype.repoDigests = $util.emptyArray;

            /**
             * Image size.
             * @member {number|Long} size
             * @memberof runtime.v1.Image
             * @instance
             */
            Image.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Image instance using the specified properties.
             * @function create
             * @memberof runtime.v1.Image
             * @static
             * @param {runtime.v1.Image.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.Image} Image instance
             * @type {{
             *   (properties: runtime.v1.Image.$Shape): runtime.v1.Image & runtime.v1.Image.$Shape;
             *   (properties?: runtime.v1.Image.$Properties): runtime.v1.Image;
             * }}
             */
            Image.create = function(properties) {
                return new Image(properties);
            };

            /**
             * Encodes the specified Image message. Does not implicitly {@link runtime.v1.Image.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.Image
             * @static
             * @param {runtime.v1.Image.$Properties} m Image message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Image.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.repoTags != null && m.repoTags.length) {
                    for (var i = 0; i < m.repoTags.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.repoTags[i]);
                }
                if (m.repoDigests != null && m.repoDigests.length) {
                    for (var i = 0; i < m.repoDigests.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.repoDigests[i]);
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.size);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Image message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.Image
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.Image & runtime.v1.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Image.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.Image();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.repoTags && m.repoTags.length))
                                m.repoTags = [];
                            m.repoTags.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.repoDigests && m.repoDigests.length))
                                m.repoDigests = [];
                            m.repoDigests.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.size = v;
                            else
                                delete m.size;
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
             * Creates an Image message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.Image
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.Image} Image
             */
            Image.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.Image)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.Image: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.Image();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.repoTags) {
                    if (!$Array.isArray(d.repoTags))
                        throw $TypeError(".runtime.v1.Image.repoTags: array expected");
                    m.repoTags = $Array(d.repoTags.length);
                    for (var i = 0; i < d.repoTags.length; ++i) {
                        m.repoTags[i] = $String(d.repoTags[i]);
                    }
                }
                if (d.repoDigests) {
                    if (!$Array.isArray(d.repoDigests))
                        throw $TypeError(".runtime.v1.Image.repoDigests: array expected");
                    m.repoDigests = $Array(d.repoDigests.length);
                    for (var i = 0; i < d.repoDigests.length; ++i) {
                        m.repoDigests[i] = $String(d.repoDigests[i]);
                    }
                }
                if (d.size != null) {
                    if (typeof d.size === "object" ? d.size.low || d.size.high : $Number(d.size) !== 0) {
                        if ($util.Long)
                            m.size = $util.Long.fromValue(d.size, true);
                        else if (typeof d.size === "string")
                            m.size = $parseInt(d.size, 10);
                        else if (typeof d.size === "number")
                            m.size = d.size;
                        else if (typeof d.size === "object")
                            m.size = new $util.LongBits(d.size.low >>> 0, d.size.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Image message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.Image
             * @static
             * @param {runtime.v1.Image} m Image
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Image.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.repoTags = [];
                    d.repoDigests = [];
                }
                if (o.defaults) {
                    d.id = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.size = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.size = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.repoTags && m.repoTags.length) {
                    d.repoTags = $Array(m.repoTags.length);
                    for (var j = 0; j < m.repoTags.length; ++j) {
                        d.repoTags[j] = m.repoTags[j];
                    }
                }
                if (m.repoDigests && m.repoDigests.length) {
                    d.repoDigests = $Array(m.repoDigests.length);
                    for (var j = 0; j < m.repoDigests.length; ++j) {
                        d.repoDigests[j] = m.repoDigests[j];
                    }
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.size = typeof m.size === "number" ? $BigInt(m.size) : $util.Long.fromBits(m.size.low >>> 0, m.size.high >>> 0, true).toBigInt();
                    else if (typeof m.size === "number")
                        d.size = o.longs === $String ? $String(m.size) : m.size;
                    else
                        d.size = o.longs === $String ? $util.Long.prototype.toString.call(m.size) : o.longs === $Number ? new $util.LongBits(m.size.low >>> 0, m.size.high >>> 0).toNumber(true) : m.size;
                }
                return d;
            };

            /**
             * Converts this Image to JSON.
             * @function toJSON
             * @memberof runtime.v1.Image
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Image.prototype.toJSON = function() {
                return Image.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Image
             * @function getTypeUrl
             * @memberof runtime.v1.Image
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Image.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.Image";
            };

            return Image;
        })();

        v1.ListImagesResponse = (function() {

            /**
             * Properties of a ListImagesResponse.
             * @typedef {Object} runtime.v1.ListImagesResponse.$Properties
             * @property {Array.<runtime.v1.Image.$Properties>|null} [images] ListImagesResponse images
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListImagesResponse.
             * @memberof runtime.v1
             * @interface IListImagesResponse
             * @augments runtime.v1.ListImagesResponse.$Properties
             * @deprecated Use runtime.v1.ListImagesResponse.$Properties instead.
             */

            /**
             * Shape of a ListImagesResponse.
             * @typedef {runtime.v1.ListImagesResponse.$Properties} runtime.v1.ListImagesResponse.$Shape
             */

            /**
             * Constructs a new ListImagesResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ListImagesResponse.
             * @constructor
             * @param {runtime.v1.ListImagesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListImagesResponse = function (p) {
                this.images = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListImagesResponse images.
             * @member {Array.<runtime.v1.Image.$Properties>} images
             * @memberof runtime.v1.ListImagesResponse
             * @instance
             */
            ListImagesResponse.prototype.images = $util.emptyArray;

            /**
             * Creates a new ListImagesResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListImagesResponse
             * @static
             * @param {runtime.v1.ListImagesResponse.$Properties=} [properties] Properties to set
             * @returns {runtime.v1.ListImagesResponse} ListImagesResponse instance
             * @type {{
             *   (properties: runtime.v1.ListImagesResponse.$Shape): runtime.v1.ListImagesResponse & runtime.v1.ListImagesResponse.$Shape;
             *   (properties?: runtime.v1.ListImagesResponse.$Properties): runtime.v1.ListImagesResponse;
             * }}
             */
            ListImagesResponse.create = function(properties) {
                return new ListImagesResponse(properties);
            };

            /**
             * Encodes the specified ListImagesResponse message. Does not implicitly {@link runtime.v1.ListImagesResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListImagesResponse
             * @static
             * @param {runtime.v1.ListImagesResponse.$Properties} m ListImagesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListImagesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.images != null && m.images.length) {
                    for (var i = 0; i < m.images.length; ++i)
                        $root.runtime.v1.Image.encode(m.images[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListImagesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListImagesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {runtime.v1.ListImagesResponse & runtime.v1.ListImagesResponse.$Shape} ListImagesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListImagesResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.runtime.v1.ListImagesResponse();
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
                            if (!(m.images && m.images.length))
                                m.images = [];
                            m.images.push($root.runtime.v1.Image.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a ListImagesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof runtime.v1.ListImagesResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {runtime.v1.ListImagesResponse} ListImagesResponse
             */
            ListImagesResponse.fromObject = function (d, q) {
                if (d instanceof $root.runtime.v1.ListImagesResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".runtime.v1.ListImagesResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.runtime.v1.ListImagesResponse();
                if (d.images) {
                    if (!$Array.isArray(d.images))
                        throw $TypeError(".runtime.v1.ListImagesResponse.images: array expected");
                    m.images = $Array(d.images.length);
                    for (var i = 0; i < d.images.length; ++i) {
                        if (!$util.isObject(d.images[i]))
                            throw $TypeError(".runtime.v1.ListImagesResponse.images: object expected");
                        m.images[i] = $root.runtime.v1.Image.fromObject(d.images[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ListImagesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof runtime.v1.ListImagesResponse
             * @static
             * @param {runtime.v1.ListImagesResponse} m ListImagesResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListImagesResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.images = [];
                }
                if (m.images && m.images.length) {
                    d.images = $Array(m.images.length);
                    for (var j = 0; j < m.images.length; ++j) {
                        d.images[j] = $root.runtime.v1.Image.toObject(m.images[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ListImagesResponse to JSON.
             * @function toJSON
             * @memberof runtime.v1.ListImagesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListImagesResponse.prototype.toJSON = function() {
                return ListImagesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListImagesResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ListImagesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListImagesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/runtime.v1.ListImagesResponse";
            };

            return ListImagesResponse;
        })();

        return v1;
    })();

    return runtime;
})();

export {
  $root as default
};
