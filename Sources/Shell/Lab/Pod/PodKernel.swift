import Cluster
import KubeAPI

/// The kernel a pod's processes talk to: the host's, shared through runc or crun, or gVisor's
/// Sentry when the pod's runtime handler is containerd's runsc shim. It answers `uname`,
/// `/proc/version` and `dmesg`.
struct PodKernel {
    var identity: KernelIdentity
    /// The kernel log a process may read; nil when reading it is not permitted.
    var log: [KernelLogLine]?

    init(identity: KernelIdentity, log: [KernelLogLine]?) {
        self.identity = identity
        self.log = log
    }

    /// The kernel of `container` in `pod`, by the runtime its node runs the pod with.
    init(cluster: Cluster, pod: KubeObject, container: String) {
        if cluster.runtimeType(of: pod) == GVisorKernel.runtimeType {
            identity = GVisorKernel.identity
            log = GVisorKernel.syslog(seed: pod.uid)
            return
        }
        identity = cluster.runtime.hostKernel
        if let name = pod[path: "spec.nodeName"].string, let node = try? cluster.get(.nodes, namespace: nil, name: name),
            let release = node[path: "status.nodeInfo.kernelVersion"].string
        {
            identity.release = release
        }
        // Reading the host's ring buffer takes CAP_SYSLOG, which only a privileged container has;
        // what the host's kernel logged is not part of the world, so it reads as empty.
        let spec = pod[path: "spec.containers"].array.first { $0["name"].string == container }
        log = spec?[path: "securityContext.privileged"].bool == true ? [] : nil
    }

    /// Puts the kernel's files and programs into a container's shell.
    func install(in session: ShellSession, userland: ImageCatalog.Userland, osName: String) {
        _ = session.filesystem.makeDirectory("/proc", mode: 0o555)
        _ = session.filesystem.write("/proc/version", identity.procVersion + "\n")
        session.register("uname", UnameCommand(kernel: identity, userland: userland, osName: osName))
        session.register("dmesg", DmesgCommand(log: log, userland: userland))
    }
}
