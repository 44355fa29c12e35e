import Cluster
import KubeAPI
import Kubectl
import OrderedCollections

/// What `podman inspect` reports for a node container, in libpod's field order (podman 4.9's
/// `InspectContainerData`). Paths follow root's storage under `/var/lib/containers` and
/// `/run/containers`; the container runs kcn's `podman run -itd --privileged --net NET --ip IP
/// ... IMAGE bash` through the image's entrypoint. Host PIDs and the overlay layer IDs are
/// simulation figures.
struct PodmanInspectData {
    let cluster: Cluster
    let host: HostSettings
    /// The host's files: kcn's `net.info` gives the network, its gateway and each node's address.
    let filesystem: VirtualFileSystem

    func container(_ container: HostContainer) -> JSONValue {
        let state = cluster.nodeContainer(container.name)
        let running = state?.isRunning ?? false
        let image = host.images.first { $0.names.contains(container.image) }
        let userdata = "/var/lib/containers/storage/overlay-containers/\(container.id)/userdata"
        let runData = "/run/containers/storage/overlay-containers/\(container.id)/userdata"
        let command = container.command.split(separator: " ").map(String.init)
        let args = ((image?.entrypoint ?? []) + command).map { JSONValue.string($0) }
        var data = OrderedDictionary<String, JSONValue>()
        data["Id"] = .string(container.id)
        data["Created"] = .string(container.created.rfc3339)
        data["Path"] = args.first ?? .string("")
        // libpod keeps the whole argv when there is only the one word.
        data["Args"] = .array(args.count > 1 ? Array(args.dropFirst()) : args)
        data["State"] = stateData(container, state)
        data["Image"] = .string(image?.id ?? "")
        data["ImageDigest"] = .string(image?.digest ?? "")
        data["ImageName"] = .string(container.image)
        data["Rootfs"] = ""
        data["Pod"] = ""
        data["ResolvConfPath"] = .string(runData + "/resolv.conf")
        data["HostnamePath"] = .string(runData + "/hostname")
        data["HostsPath"] = .string(runData + "/hosts")
        data["StaticDir"] = .string(userdata)
        data["OCIConfigPath"] = .string(userdata + "/config.json")
        data["OCIRuntime"] = "crun"
        data["ConmonPidFile"] = .string(runData + "/conmon.pid")
        data["PidFile"] = .string(runData + "/pidfile")
        data["Name"] = .string(container.name)
        data["RestartCount"] = 0
        data["Driver"] = "overlay"
        data["MountLabel"] = ""
        data["ProcessLabel"] = ""
        // --privileged: no AppArmor profile, every capability.
        data["AppArmorProfile"] = "unconfined"
        data["EffectiveCaps"] = .array(Self.capabilities.map { .string($0) })
        data["BoundingCaps"] = .array(Self.capabilities.map { .string($0) })
        data["ExecIDs"] = .array([])
        data["GraphDriver"] = graphDriver(container)
        data["Mounts"] = .array(mounts(container).map(\.inspect))
        data["Dependencies"] = .array([])
        data["NetworkSettings"] = network(container, running: running)
        data["Namespace"] = ""
        data["IsInfra"] = false
        data["IsService"] = false
        data["KubeExitCodePropagation"] = "invalid"
        data["lockNumber"] = .int((host.containers.firstIndex { $0.name == container.name } ?? 0) + 1)
        data["Config"] = config(container)
        data["HostConfig"] = hostConfig(container)
        return .object(data)
    }

    private func stateData(_ container: HostContainer, _ state: NodeContainer?) -> JSONValue {
        let running = state?.isRunning ?? false
        var data = OrderedDictionary<String, JSONValue>()
        data["OciVersion"] = "1.1.0"
        data["Status"] = running ? "running" : "exited"
        data["Running"] = .bool(running)
        data["Paused"] = false
        data["Restarting"] = false
        data["OOMKilled"] = false
        data["Dead"] = false
        let pids = hostPIDs(container)
        data["Pid"] = .int(running ? pids.process : 0)
        if running { data["ConmonPid"] = .int(pids.conmon) }
        data["ExitCode"] = .int(state?.exitCode ?? 0)
        data["Error"] = ""
        data["StartedAt"] = .string((state?.startedAt ?? container.created).rfc3339)
        data["FinishedAt"] = .string(state?.exitedAt?.rfc3339 ?? Self.zeroTime)
        data["Health"] = .object(["Status": "", "FailingStreak": 0, "Log": .null])
        if running { data["CgroupPath"] = .string("/machine.slice/libpod-\(container.id).scope") }
        data["CheckpointedAt"] = .string(Self.zeroTime)
        data["RestoredAt"] = .string(Self.zeroTime)
        if state?.exitedAt != nil && !running { data["StoppedByUser"] = true }
        return .object(data)
    }

    /// The container's process and its conmon, as host PIDs: fixed per container and start.
    private func hostPIDs(_ container: HostContainer) -> (process: Int, conmon: Int) {
        let starts = cluster.nodeContainer(container.name)?.starts ?? 1
        let digits = Cluster.runtimeID(of: "pid \(container.id) \(starts)")
        let base = 1000 + (Int(digits.prefix(4), radix: 16) ?? 0) % 60000
        return (base + 2, base)
    }

    private func graphDriver(_ container: HostContainer) -> JSONValue {
        let layer = "/var/lib/containers/storage/overlay/" + Cluster.runtimeID(of: "layer \(container.id)")
        let lower = "/var/lib/containers/storage/overlay/" + Cluster.runtimeID(of: "image layer \(container.image)") + "/diff"
        return .object([
            "Name": "overlay",
            "Data": .object([
                "LowerDir": .string(lower), "MergedDir": .string(layer + "/merged"), "UpperDir": .string(layer + "/diff"),
                "WorkDir": .string(layer + "/work"),
            ]),
        ])
    }

    /// kcn's `--volume` bind mounts of host directories, sorted by destination as libpod lists them.
    func mounts(_ container: HostContainer) -> [InspectMount] {
        container.volumes.compactMap { volume in
            let parts = volume.split(separator: ":").map(String.init)
            guard parts.count >= 2 else { return nil }
            return InspectMount(source: parts[0], destination: parts[1], readOnly: parts.dropFirst(2).contains("ro"))
        }.sorted { $0.destination < $1.destination }
    }

    /// kcn's network (`net.info`): the node's address on it, and its gateway; empty while stopped.
    private func network(_ container: HostContainer, running: Bool) -> JSONValue {
        let info = netInfo()
        let name = info["net"] ?? "podman"
        let prefix = info["subnet"].flatMap { $0.split(separator: "/").last.flatMap { Int($0) } } ?? 24
        var basic = OrderedDictionary<String, JSONValue>()
        basic["EndpointID"] = ""
        basic["Gateway"] = ""
        basic["IPAddress"] = ""
        basic["IPPrefixLen"] = 0
        basic["IPv6Gateway"] = ""
        basic["GlobalIPv6Address"] = ""
        basic["GlobalIPv6PrefixLen"] = 0
        basic["MacAddress"] = ""
        var attached = basic
        if running {
            attached["Gateway"] = .string(info["gateway"] ?? "")
            attached["IPAddress"] = .string(info[container.name] ?? "")
            attached["IPPrefixLen"] = .int(prefix)
            attached["MacAddress"] = .string(mac(container))
        }
        attached["NetworkID"] = .string(name)
        attached["DriverOpts"] = .null
        attached["IPAMConfig"] = .null
        attached["Links"] = .null
        attached["Aliases"] = .array([.string(container.shortID)])
        var settings = basic
        settings["Bridge"] = ""
        settings["SandboxID"] = ""
        settings["HairpinMode"] = false
        settings["LinkLocalIPv6Address"] = ""
        settings["LinkLocalIPv6PrefixLen"] = 0
        settings["Ports"] = .emptyObject
        settings["SandboxKey"] = running ? .string("/run/netns/netns-" + uuid(Cluster.runtimeID(of: "netns \(container.id)"))) : ""
        settings["Networks"] = .object([name: .object(attached)])
        return .object(settings)
    }

    /// The environment podman gives a node container, and each process `podman exec` starts in it.
    static func environment(of container: HostContainer) -> [(name: String, value: String)] {
        [
            ("container", "podman"), ("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            ("TERM", "xterm"), ("HOME", "/root"), ("HOSTNAME", container.name),
        ]
    }

    private func config(_ container: HostContainer) -> JSONValue {
        var data = OrderedDictionary<String, JSONValue>()
        data["Hostname"] = .string(container.name)
        data["Domainname"] = ""
        data["User"] = ""
        data["AttachStdin"] = false
        data["AttachStdout"] = false
        data["AttachStderr"] = false
        data["Tty"] = true
        data["OpenStdin"] = true
        data["StdinOnce"] = false
        data["Env"] = .array(Self.environment(of: container).map { .string("\($0.name)=\($0.value)") })
        data["Cmd"] = .array(container.command.split(separator: " ").map { .string(String($0)) })
        data["Image"] = .string(container.image)
        data["Volumes"] = .null
        data["WorkingDir"] = "/"
        data["Entrypoint"] = .string(host.images.first { $0.names.contains(container.image) }?.entrypoint.joined(separator: " ") ?? "")
        data["OnBuild"] = .null
        data["Labels"] = .null
        data["Annotations"] = .object(["io.container.manager": "libpod", "io.podman.annotations.privileged": "TRUE"])
        data["StopSignal"] = 15
        data["HealthcheckOnFailureAction"] = "none"
        data["Umask"] = "0022"
        data["Timeout"] = 0
        data["StopTimeout"] = 10
        data["Passwd"] = true
        data["sdNotifyMode"] = "container"
        return .object(data)
    }

    private func hostConfig(_ container: HostContainer) -> JSONValue {
        var data = OrderedDictionary<String, JSONValue>()
        data["Binds"] = .array(mounts(container).map { .string("\($0.source):\($0.destination):\($0.readOnly ? "ro" : "rw"),rprivate,rbind") })
        data["CgroupManager"] = "systemd"
        data["CgroupMode"] = "private"
        data["ContainerIDFile"] = ""
        data["LogConfig"] = .object(["Type": "journald", "Config": .null, "Path": "", "Tag": "", "Size": "0B"])
        data["NetworkMode"] = "bridge"
        data["PortBindings"] = .emptyObject
        data["RestartPolicy"] = .object(["Name": "", "MaximumRetryCount": 0])
        data["AutoRemove"] = false
        data["VolumeDriver"] = ""
        data["VolumesFrom"] = .null
        for key in ["CapAdd", "CapDrop", "Dns", "DnsOptions", "DnsSearch", "ExtraHosts", "GroupAdd"] { data[key] = .array([]) }
        data["IpcMode"] = "shareable"
        data["Cgroup"] = ""
        data["Cgroups"] = "default"
        data["Links"] = .null
        data["OomScoreAdj"] = 0
        data["PidMode"] = "private"
        data["Privileged"] = true
        data["PublishAllPorts"] = false
        data["ReadonlyRootfs"] = false
        data["SecurityOpt"] = .array([])
        data["Tmpfs"] = .emptyObject
        data["UTSMode"] = "private"
        data["UsernsMode"] = ""
        data["ShmSize"] = 65_536_000
        data["Runtime"] = "oci"
        data["ConsoleSize"] = .array([0, 0])
        data["Isolation"] = ""
        for key in ["CpuShares", "Memory", "NanoCpus"] { data[key] = 0 }
        data["CgroupParent"] = ""
        data["BlkioWeight"] = 0
        for key in ["BlkioWeightDevice", "BlkioDeviceReadBps", "BlkioDeviceWriteBps", "BlkioDeviceReadIOps", "BlkioDeviceWriteIOps"] {
            data[key] = .null
        }
        for key in ["CpuPeriod", "CpuQuota", "CpuRealtimePeriod", "CpuRealtimeRuntime"] { data[key] = 0 }
        data["CpusetCpus"] = ""
        data["CpusetMems"] = ""
        data["Devices"] = .array([])
        for key in ["DiskQuota", "KernelMemory", "MemoryReservation", "MemorySwap", "MemorySwappiness"] { data[key] = 0 }
        data["OomKillDisable"] = false
        data["PidsLimit"] = 2048
        data["Ulimits"] = .array([])
        for key in ["CpuCount", "CpuPercent", "IOMaximumIOps", "IOMaximumBandwidth"] { data[key] = 0 }
        data["CgroupConf"] = .null
        return .object(data)
    }

    /// kcn's `net.info` for the lab's network: its name, subnet, gateway and each node's address.
    func netInfo() -> [String: String] {
        let cn = host.containers.first?.volumes.first { $0.hasSuffix(":/opt/zfs") }?.split(separator: ":").first.map(String.init)
        var values: [String: String] = [:]
        for line in (filesystem.read((cn ?? "/opt/zfs") + "/net.info") ?? "").split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        return values
    }

    /// The container's eth0 address as the node's `ip link` shows it.
    private func mac(_ container: HostContainer) -> String {
        let network = NodeNetwork(cluster: cluster, node: container.name, filesystem: filesystem)
        return network.interfaces.first { $0.name == "eth0" }?.mac ?? ""
    }

    private func uuid(_ hex: String) -> String {
        let digits = Array(hex.prefix(32))
        guard digits.count == 32 else { return hex }
        let cuts = [8, 12, 16, 20]
        var text = ""
        for (index, digit) in digits.enumerated() {
            if cuts.contains(index) { text.append("-") }
            text.append(digit)
        }
        return text
    }

    /// Go's zero `time.Time` as JSON.
    static let zeroTime = "0001-01-01T00:00:00Z"

    /// Every capability of the host's kernel (6.8), which a privileged container gets.
    static let capabilities = [
        "CAP_AUDIT_CONTROL", "CAP_AUDIT_READ", "CAP_AUDIT_WRITE", "CAP_BLOCK_SUSPEND", "CAP_BPF", "CAP_CHECKPOINT_RESTORE",
        "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_IPC_LOCK", "CAP_IPC_OWNER",
        "CAP_KILL", "CAP_LEASE", "CAP_LINUX_IMMUTABLE", "CAP_MAC_ADMIN", "CAP_MAC_OVERRIDE", "CAP_MKNOD", "CAP_NET_ADMIN",
        "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_RAW", "CAP_PERFMON", "CAP_SETFCAP", "CAP_SETGID", "CAP_SETPCAP",
        "CAP_SETUID", "CAP_SYSLOG", "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_CHROOT", "CAP_SYS_MODULE", "CAP_SYS_NICE",
        "CAP_SYS_PACCT", "CAP_SYS_PTRACE", "CAP_SYS_RAWIO", "CAP_SYS_RESOURCE", "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG",
        "CAP_WAKE_ALARM",
    ]
}

/// One bind mount as `podman inspect` lists it.
struct InspectMount {
    var source: String
    var destination: String
    var readOnly: Bool

    var inspect: JSONValue {
        var data = OrderedDictionary<String, JSONValue>()
        data["Type"] = "bind"
        data["Source"] = .string(source)
        data["Destination"] = .string(destination)
        data["Driver"] = ""
        data["Mode"] = ""
        data["Options"] = .array(["rbind"])
        data["RW"] = .bool(!readOnly)
        data["Propagation"] = "rprivate"
        return .object(data)
    }
}
