// The V8 flags the agent DaemonSet sets (manifests/base/agent-daemonset.yaml, NODE_OPTIONS): every
// bench that measures the agent's CPU or memory runs with them, as deployed.
export const AGENT_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=1'];
