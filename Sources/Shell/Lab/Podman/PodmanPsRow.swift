import Cluster
import KubeAPI
import OrderedCollections

/// One node container as `podman ps` lists it (podman 4.9's `ListContainer`): the fields its
/// `--format` templates and its JSON see.
struct PodmanPsRow {
    let container: HostContainer
    let state: NodeContainer?
    /// The container as `podman inspect` reports it, where the IDs, PID and network come from.
    let inspect: JSONValue
    let now: Timestamp

    var isRunning: Bool { state?.isRunning ?? false }
    var stateName: String { isRunning ? "running" : "exited" }
    var exitCode: Int { state?.exitCode ?? 0 }
    var imageID: String { inspect["Image"].string ?? "" }
    var pid: Int { inspect["State"]["Pid"].int ?? 0 }
    var networks: [String] { Array(inspect["NetworkSettings"]["Networks"].object.keys) }
    /// The destinations of the volumes it was created with.
    var mounts: [String] { container.volumes.compactMap { $0.split(separator: ":").dropFirst().first.map(String.init) } }
    var command: [String] { container.command.split(separator: " ").map(String.init) }
    var startedAt: Timestamp { state?.startedAt ?? container.created }

    /// `Up 2 hours`, or `Exited (137) 5 seconds ago`.
    var status: String {
        if isRunning { return "Up " + GoUnitsDuration.human(milliseconds: now.milliseconds(since: startedAt)) }
        return "Exited (\(exitCode)) " + GoUnitsDuration.human(milliseconds: now.milliseconds(since: state?.exitedAt ?? now)) + " ago"
    }

    var createdHuman: String { GoUnitsDuration.human(milliseconds: now.milliseconds(since: container.created)) + " ago" }

    /// libpod's exit time as Unix seconds; Go's zero time while the container has never exited.
    var exitedAt: Int { state?.exitedAt.map { Int($0.seconds) } ?? Self.zeroTimeUnix }

    /// What a `--format` template sees: the report's methods over the record's fields.
    func templateData(noTrunc: Bool) -> JSONValue {
        let joinedCommand = command.joined(separator: " ")
        var data = OrderedDictionary<String, JSONValue>()
        data["AutoRemove"] = false
        data["CIDFile"] = ""
        data["Cgroup"] = ""
        data["Command"] = .string(noTrunc || joinedCommand.utf8.count <= 17 ? joinedCommand : String(joinedCommand.utf8.prefix(17))! + "...")
        data["Created"] = .string(Self.goTimeString(container.created))
        data["CreatedAt"] = .string(Self.goTimeString(container.created))
        data["CreatedHuman"] = .string(createdHuman)
        data["ExitCode"] = .int(exitCode)
        data["Exited"] = .bool(!isRunning)
        data["ExitedAt"] = .int(exitedAt)
        data["ID"] = .string(noTrunc ? container.id : container.shortID)
        data["IPC"] = ""
        data["Image"] = .string(container.image)
        data["ImageID"] = .string(noTrunc ? imageID : String(imageID.prefix(12)))
        data["IsInfra"] = false
        data["Labels"] = .emptyObject
        data["MNT"] = ""
        data["Mounts"] = .array(mounts.map { .string($0) })
        data["NET"] = ""
        data["Names"] = .string(container.name)
        // Go prints the empty namespaces struct as its seven empty fields, space-separated.
        data["Namespaces"] = .string("{" + String(repeating: " ", count: 6) + "}")
        data["Networks"] = .string(networks.joined(separator: ","))
        data["PIDNS"] = ""
        data["Pid"] = .int(pid)
        data["Pod"] = ""
        data["PodName"] = ""
        data["Ports"] = ""
        data["Restarts"] = "0"
        data["RunningFor"] = .string(createdHuman)
        data["StartedAt"] = .int(Int(startedAt.seconds))
        data["State"] = .string(stateName)
        data["Status"] = .string(status)
        data["UTS"] = ""
        data["User"] = ""
        return .object(data)
    }

    /// The record as `--format json` prints it: the struct's fields in order, then `Created`
    /// as Unix seconds (the wrapper's field comes after the embedded ones).
    var json: JSONValue {
        var data = OrderedDictionary<String, JSONValue>()
        data["AutoRemove"] = false
        data["Command"] = .array(command.map { .string($0) })
        data["CreatedAt"] = .string(createdHuman)
        data["CIDFile"] = ""
        data["Exited"] = .bool(!isRunning)
        data["ExitedAt"] = .int(exitedAt)
        data["ExitCode"] = .int(exitCode)
        data["Id"] = .string(container.id)
        data["Image"] = .string(container.image)
        data["ImageID"] = .string(imageID)
        data["IsInfra"] = false
        data["Labels"] = .null
        data["Mounts"] = .array(mounts.map { .string($0) })
        data["Names"] = .array([.string(container.name)])
        data["Namespaces"] = .emptyObject
        data["Networks"] = .array(networks.map { .string($0) })
        data["Pid"] = .int(pid)
        data["Pod"] = ""
        data["PodName"] = ""
        data["Ports"] = .null
        data["Restarts"] = 0
        data["Size"] = .null
        data["StartedAt"] = .int(Int(startedAt.seconds))
        data["State"] = .string(stateName)
        data["Status"] = .string(status)
        data["Created"] = .int(Int(container.created.seconds))
        return .object(data)
    }

    /// The header row: each field's name split at its capitals, upper-cased, with podman's
    /// overrides (`ID` is `CONTAINER ID`, `CreatedHuman` is `CREATED`).
    static let headers: JSONValue = {
        var data = OrderedDictionary<String, JSONValue>()
        let fields = [
            ("AutoRemove", "AUTO REMOVE"), ("CIDFile", "CID FILE"), ("Cgroup", "CGROUPNS"), ("Command", "COMMAND"),
            ("Created", "CREATED"), ("CreatedAt", "CREATED AT"), ("CreatedHuman", "CREATED"), ("ExitCode", "EXIT CODE"),
            ("Exited", "EXITED"), ("ExitedAt", "EXITED AT"), ("ID", "CONTAINER ID"), ("IPC", "IPC"), ("Image", "IMAGE"),
            ("ImageID", "IMAGE ID"), ("IsInfra", "IS INFRA"), ("Labels", "LABELS"), ("MNT", "MNT"), ("Mounts", "MOUNTS"),
            ("NET", "NET"), ("Names", "NAMES"), ("Namespaces", "NAMESPACES"), ("Networks", "NETWORKS"), ("PIDNS", "PIDNS"),
            ("Pid", "PID"), ("Pod", "POD ID"), ("PodName", "PODNAME"), ("Ports", "PORTS"), ("Restarts", "RESTARTS"),
            ("RunningFor", "RUNNING FOR"), ("Size", "SIZE"), ("StartedAt", "STARTED AT"), ("State", "STATE"),
            ("Status", "STATUS"), ("UTS", "UTS"), ("User", "USERNS"),
        ]
        for (field, header) in fields { data[field] = .string(header) }
        return .object(data)
    }()

    /// Go's `time.Time.String()` for a UTC time: `2006-01-02 15:04:05.999999999 +0000 UTC`.
    static func goTimeString(_ time: Timestamp) -> String {
        var fraction = time.cFormat("%3N")
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return time.cFormat("%Y-%m-%d %H:%M:%S") + (fraction.isEmpty ? "" : "." + fraction) + " +0000 UTC"
    }

    /// Go's zero `time.Time` as Unix seconds.
    static let zeroTimeUnix = -62_135_596_800
}
