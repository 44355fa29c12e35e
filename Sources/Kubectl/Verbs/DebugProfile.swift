import KubeAPI

/// `kubectl debug --profile`: what each built-in profile changes in the pod kubectl sends, by
/// the way of debugging (an ephemeral container, a copy of the pod, a pod on a node). `legacy`,
/// the default in 1.32, changes only what debugging a node needs.
struct DebugProfile {
    enum Kind: String {
        case legacy, general, baseline, restricted, netadmin, sysadmin
    }

    /// What the profile does to a copied pod: only what is not kept goes.
    struct Keep {
        var labels = false
        var annotations = false
        var liveness = false
        var readiness = false
        var startup = false
        var initContainers = true
    }

    enum Style {
        case ephemeral, copy, node
    }

    var kind: Kind
    var keep: Keep

    /// Applies the profile to `pod`, whose debug container is `container`.
    func apply(to pod: inout JSONValue, container: String, style: Style) {
        var spec = pod["spec"]
        defer { pod["spec"] = spec }
        switch kind {
        case .legacy:
            if style == .node { Self.mountRoot(&spec, container); Self.useHostNamespaces(&spec) }
            // The legacy profile drops the copy's labels even with --keep-labels.
            if style == .copy { pod[path: "metadata.labels"] = .null }
        case .general:
            switch style {
            case .node:
                Self.mountRoot(&spec, container)
                Self.change(&spec, container) { $0["securityContext"] = .null }
                Self.useHostNamespaces(&spec)
            case .copy:
                strip(&pod, &spec)
                Self.addCapabilities(&spec, container, ["SYS_PTRACE"])
                Self.shareProcessNamespace(&spec)
            case .ephemeral:
                Self.addCapabilities(&spec, container, ["SYS_PTRACE"])
            }
        case .baseline:
            Self.change(&spec, container) { $0["securityContext"] = .null }
            if style == .copy { strip(&pod, &spec); Self.shareProcessNamespace(&spec) }
        case .restricted:
            Self.change(&spec, container) { c in
                c["securityContext"] = [
                    "allowPrivilegeEscalation": false, "capabilities": ["drop": ["ALL"]], "runAsNonRoot": true,
                    "seccompProfile": ["type": "RuntimeDefault"],
                ]
            }
            if style == .copy { strip(&pod, &spec); Self.shareProcessNamespace(&spec) }
        case .netadmin:
            Self.addCapabilities(&spec, container, ["NET_ADMIN", "NET_RAW"])
            if style == .node { Self.useHostNamespaces(&spec) }
            if style == .copy { strip(&pod, &spec); Self.shareProcessNamespace(&spec) }
        case .sysadmin:
            Self.change(&spec, container) { $0[path: "securityContext.privileged"] = true }
            if style == .node { Self.useHostNamespaces(&spec); Self.mountRoot(&spec, container) }
            if style == .copy { strip(&pod, &spec); Self.shareProcessNamespace(&spec) }
        }
    }

    /// What the newer profiles take out of a copy unless a `--keep-*` flag keeps it.
    private func strip(_ pod: inout JSONValue, _ spec: inout JSONValue) {
        if !keep.labels { pod[path: "metadata.labels"] = .null }
        if !keep.annotations { pod[path: "metadata.annotations"] = .null }
        spec["containers"] = .array(spec["containers"].array.map { container in
            var c = container
            if !keep.liveness { c["livenessProbe"] = .null }
            if !keep.readiness { c["readinessProbe"] = .null }
            if !keep.startup { c["startupProbe"] = .null }
            return c
        })
        if !keep.initContainers { spec["initContainers"] = .null }
    }

    /// The node's root file system as the `host-root` volume, mounted at `/host` in the debug container.
    private static func mountRoot(_ spec: inout JSONValue, _ container: String) {
        spec["volumes"] = .array(spec["volumes"].array + [["name": "host-root", "hostPath": ["path": "/"]]])
        spec["containers"] = .array(spec["containers"].array.map { c in
            guard c["name"].string == container else { return c }
            var mounted = c
            mounted["volumeMounts"] = .array(c["volumeMounts"].array + [["mountPath": "/host", "name": "host-root"]])
            return mounted
        })
    }

    private static func useHostNamespaces(_ spec: inout JSONValue) {
        for key in ["hostNetwork", "hostPID", "hostIPC"] { spec[key] = true }
    }

    private static func shareProcessNamespace(_ spec: inout JSONValue) {
        if spec["shareProcessNamespace"].isNull { spec["shareProcessNamespace"] = true }
    }

    private static func addCapabilities(_ spec: inout JSONValue, _ container: String, _ added: [String]) {
        change(&spec, container) { c in
            c[path: "securityContext.capabilities.add"] = .array(c[path: "securityContext.capabilities.add"].array + added.map(JSONValue.string))
        }
    }

    /// Changes the container called `name`, whichever list holds it.
    private static func change(_ spec: inout JSONValue, _ name: String, _ body: (inout JSONValue) -> Void) {
        for list in ["initContainers", "containers", "ephemeralContainers"] where !spec[list].isNull {
            spec[list] = .array(spec[list].array.map { c in
                guard c["name"].string == name else { return c }
                var changed = c
                body(&changed)
                return changed
            })
        }
    }
}
