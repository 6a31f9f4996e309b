// A runtime.v1 CRI client over a unix socket. Uses the static protobufjs code generated from
// proto/cri/runtime/v1/api.proto with grpc-js's generic client, so no .proto is parsed at run time.
import * as grpc from '@grpc/grpc-js';
import { runtime } from '../../proto/cri/runtime/v1/gen/api.js';
import { criTarget } from './target.js';

export { criTarget };

const v1 = runtime.v1;
export { v1 as cri };

/** The kubelet's own CRI client limit (cri-client maxMsgSize). */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

function unary<Req, Res>(service: string, name: string, req: Codec<Req>, res: Codec<Res>): grpc.MethodDefinition<Req, Res> {
  return {
    path: `/runtime.v1.${service}/${name}`,
    requestStream: false,
    responseStream: false,
    requestSerialize: (m: Req) => Buffer.from(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: Res) => Buffer.from(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
  };
}

const rt = <Req, Res>(name: string, req: Codec<Req>, res: Codec<Res>) => unary('RuntimeService', name, req, res);

const RUNTIME_SERVICE = {
  Version: rt('Version', v1.VersionRequest, v1.VersionResponse),
  RunPodSandbox: rt('RunPodSandbox', v1.RunPodSandboxRequest, v1.RunPodSandboxResponse),
  StopPodSandbox: rt('StopPodSandbox', v1.StopPodSandboxRequest, v1.StopPodSandboxResponse),
  RemovePodSandbox: rt('RemovePodSandbox', v1.RemovePodSandboxRequest, v1.RemovePodSandboxResponse),
  ListPodSandbox: rt('ListPodSandbox', v1.ListPodSandboxRequest, v1.ListPodSandboxResponse),
  CreateContainer: rt('CreateContainer', v1.CreateContainerRequest, v1.CreateContainerResponse),
  StartContainer: rt('StartContainer', v1.StartContainerRequest, v1.StartContainerResponse),
  StopContainer: rt('StopContainer', v1.StopContainerRequest, v1.StopContainerResponse),
  RemoveContainer: rt('RemoveContainer', v1.RemoveContainerRequest, v1.RemoveContainerResponse),
  ListContainers: rt('ListContainers', v1.ListContainersRequest, v1.ListContainersResponse),
  // The same two calls decoded into the name-only views (api.proto): what the agent's refresh uses.
  ListPodSandboxNames: unary('RuntimeService', 'ListPodSandbox', v1.ListPodSandboxRequest, v1.ListPodSandboxNames),
  ListContainerNames: unary('RuntimeService', 'ListContainers', v1.ListContainersRequest, v1.ListContainerNames),
  ContainerStatus: rt('ContainerStatus', v1.ContainerStatusRequest, v1.ContainerStatusResponse),
  ListContainerStats: rt('ListContainerStats', v1.ListContainerStatsRequest, v1.ListContainerStatsResponse),
  ListPodSandboxStats: rt('ListPodSandboxStats', v1.ListPodSandboxStatsRequest, v1.ListPodSandboxStatsResponse),
} satisfies grpc.ServiceDefinition;

const RuntimeClientCtor = grpc.makeGenericClientConstructor(RUNTIME_SERVICE, 'RuntimeService');


export interface CriClientOptions {
  /** Per-call deadline. */
  timeoutMs?: number;
}

/** One channel to one runtime. Calls fail fast (no wait-for-ready): the caller decides on retries. */
export class CriClient {
  readonly target: string;
  private readonly client: grpc.Client;
  private readonly timeoutMs: number;

  constructor(endpoint: string, options: CriClientOptions = {}) {
    this.target = criTarget(endpoint);
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.client = new RuntimeClientCtor(this.target, grpc.credentials.createInsecure(), {
      'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
      'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
      // A restarted runtime should be picked up within seconds, not grpc's default two minutes.
      'grpc.initial_reconnect_backoff_ms': 200,
      'grpc.max_reconnect_backoff_ms': 2000,
      // No DNS, no proxies: the authority is meaningless on a unix socket.
      'grpc.default_authority': 'localhost',
    });
  }

  private call<Req, Res>(method: keyof typeof RUNTIME_SERVICE, request: Req, timeoutMs = this.timeoutMs): Promise<Res> {
    return new Promise((resolve, reject) => {
      const fn = (this.client as unknown as Record<string, (r: Req, o: grpc.CallOptions, cb: (e: grpc.ServiceError | null, v?: Res) => void) => void>)[method];
      fn.call(this.client, request, { deadline: Date.now() + timeoutMs }, (err, value) => {
        if (err) reject(err);
        else resolve(value as Res);
      });
    });
  }

  version(): Promise<runtime.v1.VersionResponse> {
    return this.call('Version', { version: 'v1' });
  }
  listPodSandbox(req: runtime.v1.IListPodSandboxRequest = {}): Promise<runtime.v1.ListPodSandboxResponse> {
    return this.call('ListPodSandbox', req);
  }
  listContainers(req: runtime.v1.IListContainersRequest = {}): Promise<runtime.v1.ListContainersResponse> {
    return this.call('ListContainers', req);
  }
  /** ListPodSandbox decoded without annotations: ids, metadata, state, creation time and labels. */
  listPodSandboxNames(req: runtime.v1.IListPodSandboxRequest = {}): Promise<runtime.v1.ListPodSandboxNames> {
    return this.call('ListPodSandboxNames', req);
  }
  /** ListContainers decoded without labels, annotations or image: ids, metadata, state and creation time. */
  listContainerNames(req: runtime.v1.IListContainersRequest = {}): Promise<runtime.v1.ListContainerNames> {
    return this.call('ListContainerNames', req);
  }
  containerStatus(req: runtime.v1.IContainerStatusRequest): Promise<runtime.v1.ContainerStatusResponse> {
    return this.call('ContainerStatus', req);
  }
  listContainerStats(req: runtime.v1.IListContainerStatsRequest = {}, timeoutMs?: number): Promise<runtime.v1.ListContainerStatsResponse> {
    return this.call('ListContainerStats', req, timeoutMs);
  }
  listPodSandboxStats(req: runtime.v1.IListPodSandboxStatsRequest = {}, timeoutMs?: number): Promise<runtime.v1.ListPodSandboxStatsResponse> {
    return this.call('ListPodSandboxStats', req, timeoutMs);
  }
  runPodSandbox(req: runtime.v1.IRunPodSandboxRequest, timeoutMs?: number): Promise<runtime.v1.RunPodSandboxResponse> {
    return this.call('RunPodSandbox', req, timeoutMs);
  }
  stopPodSandbox(req: runtime.v1.IStopPodSandboxRequest, timeoutMs?: number): Promise<runtime.v1.StopPodSandboxResponse> {
    return this.call('StopPodSandbox', req, timeoutMs);
  }
  removePodSandbox(req: runtime.v1.IRemovePodSandboxRequest, timeoutMs?: number): Promise<runtime.v1.RemovePodSandboxResponse> {
    return this.call('RemovePodSandbox', req, timeoutMs);
  }
  createContainer(req: runtime.v1.ICreateContainerRequest, timeoutMs?: number): Promise<runtime.v1.CreateContainerResponse> {
    return this.call('CreateContainer', req, timeoutMs);
  }
  startContainer(req: runtime.v1.IStartContainerRequest, timeoutMs?: number): Promise<runtime.v1.StartContainerResponse> {
    return this.call('StartContainer', req, timeoutMs);
  }
  stopContainer(req: runtime.v1.IStopContainerRequest, timeoutMs?: number): Promise<runtime.v1.StopContainerResponse> {
    return this.call('StopContainer', req, timeoutMs);
  }
  removeContainer(req: runtime.v1.IRemoveContainerRequest, timeoutMs?: number): Promise<runtime.v1.RemoveContainerResponse> {
    return this.call('RemoveContainer', req, timeoutMs);
  }

  close(): void {
    this.client.close();
  }
}
