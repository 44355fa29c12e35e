import KubeAPI
import OrderedCollections

/// `describeContainers`: each container's image, ports, command, state, resources and more.
///
/// Probes, environment and mounts follow. Status fields appear only for a pod's containers,
/// not a template's.
struct ContainerDescriber {
    /// The pod whose containers these are; nil for a pod template.
    var pod: KubeObject?
    /// Extra indent of a template's section titles (`  Containers:`, `   nginx:`).
    var space: String { pod == nil ? "  " : "" }

    func describe(_ label: String, _ containers: [JSONValue], _ statuses: JSONValue, into w: inout DescribeWriter) {
        w.write(0, "\(space)\(label):\(containers.isEmpty ? " <none>" : "")\n")
        for container in containers {
            let status = statuses.array.first { $0["name"] == container["name"] }
            basics(container, status, into: &w)
            command(container, into: &w)
            if let status {
                Self.state("State", status["state"], into: &w)
                if !status["lastState"]["terminated"].isNull { Self.state("Last State", status["lastState"], into: &w) }
                w.field(2, "Ready", status["ready"].bool == true ? "True" : "False")
                w.field(2, "Restart Count", "\(status["restartCount"].int ?? 0)")
            }
            Self.resources(container["resources"], level: 2, into: &w)
            for (title, key) in [
                ("Liveness", "livenessProbe"), ("Readiness", "readinessProbe"), ("Startup", "startupProbe"),
            ]
            where !container[key].isNull {
                w.field(2, title, ProbeText.describe(container[key]))
            }
            if !container["envFrom"].array.isEmpty { environmentFrom(container["envFrom"].array, into: &w) }
            environment(container, into: &w)
            mounts(container, into: &w)
        }
    }

    private func basics(_ container: JSONValue, _ status: JSONValue?, into w: inout DescribeWriter) {
        w.write(1, "\(pod == nil ? " " : "")\(container["name"].text):\n")
        if let status { w.field(2, "Container ID", status["containerID"].text) }
        w.field(2, "Image", container["image"].text)
        if let status { w.field(2, "Image ID", status["imageID"].text) }
        let ports = container["ports"].array
        let containerPorts = ports.map { "\($0["containerPort"].int ?? 0)/\($0["protocol"].text)" }.joined(
            separator: ", ")
        let hostPorts = ports.map { "\($0["hostPort"].int ?? 0)/\($0["protocol"].text)" }.joined(separator: ", ")
        Self.portField("Port", containerPorts, into: &w)
        Self.portField("Host Port", hostPorts, into: &w)
        PodDescriber.seccomp(container["securityContext"]["seccompProfile"], level: 2, into: &w)
    }

    /// `Port:  80/TCP`, `Ports:  80/TCP, 443/TCP` or `Port:  <none>`.
    private static func portField(_ title: String, _ ports: String, into w: inout DescribeWriter) {
        if ports.contains(",") { return w.field(2, title + "s", ports) }
        w.field(2, title, ports.isEmpty ? "<none>" : ports)
    }

    private func command(_ container: JSONValue, into w: inout DescribeWriter) {
        for (title, key) in [("Command", "command"), ("Args", "args")] where !container[key].array.isEmpty {
            w.write(2, "\(title):\n")
            for item in container[key].array {
                // Go's strings.Split at "\n" bytes: a "\r\n" keeps its "\r".
                for part in item.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                    w.write(3, "\(Substring(part))\n")
                }
            }
        }
    }

    /// `describeStatus`: Running, Waiting or Terminated with their details.
    static func state(_ title: String, _ state: JSONValue, into w: inout DescribeWriter) {
        if !state["running"].isNull {
            w.field(2, title, "Running")
            w.field(3, "Started", DescribeTime.rfc1123Z(state["running"]["startedAt"]))
        } else if !state["waiting"].isNull {
            w.field(2, title, "Waiting")
            if let reason = state["waiting"]["reason"].string, !reason.isEmpty { w.field(3, "Reason", reason) }
        } else if !state["terminated"].isNull {
            let terminated = state["terminated"]
            w.field(2, title, "Terminated")
            if let reason = terminated["reason"].string, !reason.isEmpty { w.field(3, "Reason", reason) }
            if let message = terminated["message"].string, !message.isEmpty { w.field(3, "Message", message) }
            w.field(3, "Exit Code", "\(terminated["exitCode"].int ?? 0)")
            if let signal = terminated["signal"].int, signal > 0 { w.field(3, "Signal", "\(signal)") }
            w.field(3, "Started", DescribeTime.rfc1123Z(terminated["startedAt"]))
            w.field(3, "Finished", DescribeTime.rfc1123Z(terminated["finishedAt"]))
        } else {
            w.field(2, title, "Waiting")
        }
    }

    /// `Limits:` and `Requests:`, resources sorted by name.
    static func resources(_ resources: JSONValue, level: Int, into w: inout DescribeWriter) {
        for (title, key) in [("Limits", "limits"), ("Requests", "requests")] where !resources[key].object.isEmpty {
            w.write(level, "\(title):\n")
            for (name, amount) in resources[key].object.sorted(by: { $0.key < $1.key }) {
                w.field(level + 1, name, amount.quantity?.description ?? amount.text)
            }
        }
    }

    private func environmentFrom(_ sources: [JSONValue], into w: inout DescribeWriter) {
        w.write(2, "Environment Variables from:\n")
        for source in sources {
            let (kind, reference) =
                source["configMapRef"].isNull ? ("Secret", source["secretRef"]) : ("ConfigMap", source["configMapRef"])
            let optional = reference["optional"].bool == true
            let prefix = source["prefix"].text
            let from = prefix.isEmpty ? kind : "\(kind) with prefix '\(prefix)'"
            w.write(3, "\(reference["name"].text)\t\(from)\tOptional: \(optional)\n")
        }
    }

    private func environment(_ container: JSONValue, into w: inout DescribeWriter) {
        let variables = container["env"].array
        w.write(2, "Environment:\(variables.isEmpty ? "\t<none>" : "")\n")
        for variable in variables {
            let name = variable["name"].text
            let from = variable["valueFrom"]
            if from.isNull {
                for (index, part) in variable["value"].text.split(separator: "\n", omittingEmptySubsequences: false)
                    .enumerated()
                {
                    w.write(3, index == 0 ? "\(name):\t\(part)\n" : "\t\(part)\n")
                }
            } else if !from["fieldRef"].isNull {
                let path = from["fieldRef"]["fieldPath"].text
                w.write(3, "\(name):\t\(fieldValue(path)) (\(from["fieldRef"]["apiVersion"].text):\(path))\n")
            } else if !from["resourceFieldRef"].isNull {
                let resource = from["resourceFieldRef"]["resource"].text
                var value = ResourceFieldValue.of(from["resourceFieldRef"], container: container)
                if value == "0" && (resource == "limits.cpu" || resource == "limits.memory") {
                    value = "node allocatable"
                }
                w.write(3, "\(name):\t\(value) (\(resource))\n")
            } else if !from["secretKeyRef"].isNull {
                let ref = from["secretKeyRef"]
                w.write(
                    3,
                    "\(name):\t<set to the key '\(ref["key"].text)' in secret '\(ref["name"].text)'>\t"
                        + "Optional: \(ref["optional"].bool == true)\n")
            } else if !from["configMapKeyRef"].isNull {
                let ref = from["configMapKeyRef"]
                w.write(
                    3,
                    "\(name):\t<set to the key '\(ref["key"].text)' of config map '\(ref["name"].text)'>\t"
                        + "Optional: \(ref["optional"].bool == true)\n")
            }
        }
    }

    /// A downward-API field of the pod; kubectl's scheme converts only the name and namespace.
    private func fieldValue(_ path: String) -> String {
        guard let pod else { return "" }
        switch path {
        case "metadata.name": return pod.name
        case "metadata.namespace": return pod.namespace ?? ""
        default: return ""
        }
    }

    private func mounts(_ container: JSONValue, into w: inout DescribeWriter) {
        let mounts = container["volumeMounts"].array
        let none = mounts.isEmpty ? "\t<none>" : ""
        w.write(2, "Mounts:\(none)\n")
        for mount in mounts.sorted(by: { $0["mountPath"].text < $1["mountPath"].text }) {
            var flags = [mount["readOnly"].bool == true ? "ro" : "rw"]
            if let subPath = mount["subPath"].string, !subPath.isEmpty { flags.append("path=\"\(subPath)\"") }
            w.write(3, "\(mount["mountPath"].text) from \(mount["name"].text) (\(flags.joined(separator: ",")))\n")
        }
        let devices = container["volumeDevices"].array
        guard !devices.isEmpty else { return }
        w.write(2, "Devices:\(none)\n")
        for device in devices.sorted(by: { $0["devicePath"].text < $1["devicePath"].text }) {
            w.write(3, "\(device["devicePath"].text) from \(device["name"].text)\n")
        }
    }
}
