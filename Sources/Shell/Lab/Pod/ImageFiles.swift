import Cluster
import KubeAPI

/// A new container's root file system: the image's own files (dated as the image was built),
/// then the files the kubelet and the runtime put into every container (`/etc/resolv.conf`,
/// `/etc/hostname`, `/etc/hosts`).
struct ImageFiles {
    let cluster: Cluster

    func root(of pod: KubeObject, container: String) -> VirtualFileSystem {
        let image = Self.imageReference(of: pod, container: container)
        let entry: ImageCatalog.Image? = if case .found(let found) = cluster.runtime.images.lookup(image) { found } else { nil }
        let build = entry?.busybox(tag: ImageReference(image).tag)
        // Without a date of their own, the files are as old as the image's busybox build (its
        // rootfs is tarred with mtimes clamped to the build's SOURCE_DATE_EPOCH).
        let built = entry.map { $0.filesModified != 0 ? $0.filesModified : build?.built ?? 0 } ?? 0
        let fs = VirtualFileSystem(clock: { built })
        for file in entry?.files(tag: ImageReference(image).tag) ?? [] {
            fs.write(file.path, file.content, mode: file.content.hasPrefix("#!") ? 0o755 : 0o644)
        }
        for (path, target) in (entry?.links ?? [:]).sorted(by: { $0.key < $1.key }) {
            fs.makeDirectory(String(path.prefix(upTo: path.lastIndex(of: "/") ?? path.startIndex)))
            fs.makeLink(path, to: target)
            // The directory a link leads to is in the image too.
            if target.hasPrefix("/"), !fs.exists(target) { fs.makeDirectory(target) }
        }
        if let build { Self.install(build, into: fs) }
        for program in entry?.binaries ?? [] {
            if let target = program.linkTarget {
                fs.makeDirectory(String(program.path.prefix(upTo: program.path.lastIndex(of: "/") ?? program.path.startIndex)))
                fs.makeLink(program.path, to: target)
            } else {
                fs.writeProgram(program.path, size: program.size)
            }
        }
        fs.makeDirectory("/root", mode: 0o700)
        fs.makeDirectory("/tmp", mode: 0o1777)
        fs.clock = { [cluster] in cluster.now.seconds }
        let created = ContainerDevices.created(pod, container: container, fallback: cluster.now.seconds)
        ContainerDevices.populate(fs, pod: pod, container: container, created: created)
        fs.write("/etc/resolv.conf", cluster.resolvConf(of: pod))
        fs.write("/etc/hostname", Self.hostname(of: pod) + "\n")
        fs.write("/etc/hosts", Self.hostsFile(for: pod))
        return fs
    }

    /// Writes a busybox build's binary, its applets as links to it, and the programs and links
    /// beside them, dated as the build.
    static func install(_ build: BusyboxBuild, into fs: VirtualFileSystem) {
        let clock = fs.clock
        fs.clock = { build.built }
        defer { fs.clock = clock }
        fs.writeProgram(build.path, size: build.size)
        for applet in build.applets where applet != build.path {
            if build.symbolic {
                fs.makeDirectory(String(applet.prefix(upTo: applet.lastIndex(of: "/") ?? applet.startIndex)))
                fs.makeLink(applet, to: build.path)
            } else {
                fs.makeHardLink(applet, to: build.path)
            }
        }
        for (path, size) in build.programs.sorted(by: { $0.key < $1.key }) { fs.writeProgram(path, size: size) }
        for (path, target) in build.links.sorted(by: { $0.key < $1.key }) {
            fs.makeDirectory(String(path.prefix(upTo: path.lastIndex(of: "/") ?? path.startIndex)))
            fs.makeLink(path, to: target)
        }
    }

    /// The host name a pod's containers see: the pod's name, or in the node's network
    /// namespace (`hostNetwork`), the node's.
    static func hostname(of pod: KubeObject) -> String {
        guard pod[path: "spec.hostNetwork"].bool == true, let node = pod[path: "spec.nodeName"].string else { return pod.name }
        return node
    }

    /// The image reference the pod's spec gives `container`.
    static func imageReference(of pod: KubeObject, container: String) -> String {
        pod.containerSpec(named: container)?["image"].string ?? ""
    }

    /// The kubelet-managed `/etc/hosts`.
    static func hostsFile(for pod: KubeObject) -> String {
        var text = """
            # Kubernetes-managed hosts file.
            127.0.0.1\tlocalhost
            ::1\tlocalhost ip6-localhost ip6-loopback
            fe00::0\tip6-localnet
            fe00::0\tip6-mcastprefix
            fe00::1\tip6-allnodes
            fe00::2\tip6-allrouters

            """
        if let ip = pod[path: "status.podIP"].string { text += "\(ip)\t\(pod.name)\n" }
        return text
    }
}
