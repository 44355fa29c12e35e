import Cluster
import KubeAPI
import Kubectl

/// The network programs of a container's image (its catalog entry's `tools`).
enum PodNetworkTools {
    static func register(in session: ShellSession, pod: KubeObject, image: String, cluster: Cluster, containers: ContainerFiles) {
        guard let entry = cluster.runtime.images.entry(for: image) else { return }
        let client = NetworkClient(cluster: cluster, origin: .pod(pod), containers: containers)
        let banner = entry.busyboxBanner(tag: ImageReference(image).tag)
        for (tool, flavour) in entry.tools {
            switch tool {
            case "curl": session.register("curl", CurlCommand(client: client, version: flavour))
            case "wget": session.register("wget", BusyboxWget(client: client, banner: banner))
            case "nc": session.register("nc", NcCommand(client: client, flavour: flavour))
            case "ping": session.register("ping", BusyboxPing(client: client, banner: banner))
            // BIND 9's tools (bind-tools, dnsutils); the flavour is BIND's version.
            case "dig": session.register("dig", BindDig(cluster: cluster, pod: pod, version: flavour))
            case "host": session.register("host", BindHost(cluster: cluster, pod: pod))
            // busybox's own before its 1.29 rewrite (`legacy`), else BIND's.
            case "nslookup" where flavour == "legacy":
                session.register("nslookup", BusyboxLegacyNslookup(cluster: cluster, pod: pod, banner: banner))
            case "nslookup": session.register("nslookup", BindNslookup(cluster: cluster, pod: pod))
            default: break
            }
        }
    }
}
