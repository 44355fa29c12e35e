import KubeAPI
import OrderedCollections

/// The environment a container's process starts with, in the order the runtime hands it over:
/// containerd's default `PATH` and the pod's `HOSTNAME` first, then the image config's and the
/// kubelet's variables (`environ(of:container:)`, the same name keeping its first place), `TERM`
/// for a terminal, and `HOME` last, which runc adds when nothing set it. A container made with a
/// terminal (`run -it`) has `TERM` right after `PATH`, where containerd's `WithTTY` puts it.
extension Cluster {
    /// containerd's default `PATH`, when the image config sets none.
    public static let defaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

    /// The process environment of `container` in `pod`, whose host name is `hostname`.
    public func processEnviron(of pod: KubeObject, container: String, hostname: String, tty: Bool = false)
        -> OrderedDictionary<String, String>
    {
        Self.processEnviron(
            environ(of: pod, container: container), hostname: hostname,
            containerTTY: pod.containerSpec(named: container)?["tty"].bool == true, tty: tty)
    }

    /// The process environment around `variables`, the image's and the kubelet's.
    public static func processEnviron(
        _ variables: OrderedDictionary<String, String>, hostname: String, containerTTY: Bool = false, tty: Bool
    ) -> OrderedDictionary<String, String> {
        var environ: OrderedDictionary<String, String> = ["PATH": defaultPath]
        if containerTTY { environ["TERM"] = "xterm" }
        environ["HOSTNAME"] = hostname
        for (name, value) in variables { environ[name] = value }
        // An exec with a terminal sets TERM=xterm too, in its place if the container has it.
        if tty { environ["TERM"] = "xterm" }
        if environ["HOME"] == nil { environ["HOME"] = "/root" }
        return environ
    }

    /// The host name the runtime gives a pod's containers: the node's on the host network, else
    /// the pod's `spec.hostname` or its name.
    public static func containerHostname(of pod: KubeObject) -> String {
        if pod[path: "spec.hostNetwork"].bool == true, let node = pod.nodeName { return node }
        return pod[path: "spec.hostname"].string ?? pod.name
    }
}
