import KubeAPI

/// What kubectl prints when nothing listens at the kubeconfig's server.
enum ServerConnection {
    /// `StandardErrorMessage` for a refused connection names the host and port of the server URL.
    static func refused(server: String) -> KubectlFailure {
        let parts = server.split(separator: "/", omittingEmptySubsequences: true)
        let host = server.contains("://") && parts.count > 1 ? parts[1] : parts.first ?? ""
        return KubectlFailure(
            "The connection to the server \(host) was refused - did you specify the right host or port?")
    }

    /// Go's error for the refused dial: `dial tcp 172.22.0.1:6443: connect: connection refused`
    /// (`localhost` dialled at the address it resolves to).
    static func dialFailure(server: String) -> String {
        let address = hostAndPort(of: server)
        let dialled = address.hasPrefix("localhost:") ? "127.0.0.1" + address.dropFirst("localhost".count) : address
        return "dial tcp \(dialled): connect: connection refused"
    }

    /// `https://172.22.0.1:6443` -> `172.22.0.1:6443`: the URL's host as written, the `Host` a
    /// request to it carries.
    static func authority(of server: String) -> String {
        let rest = server.contains("://") ? String(server.drop { $0 != ":" }.dropFirst(3)) : server
        return String(rest.prefix { $0 != "/" })
    }

    /// `https://172.22.0.1:6443` -> `172.22.0.1:6443`; a URL without a port gets its scheme's.
    static func hostAndPort(of server: String) -> String {
        let authority = authority(of: server)
        return authority.contains(":") ? String(authority) : authority + (server.hasPrefix("http://") ? ":80" : ":443")
    }

    /// The line client-go's memory-cached discovery logs for each request of the API group list
    /// that fails.
    static func discoveryFailureLine(server: String, at time: Timestamp) -> String {
        let error = "couldn't get current server API group list: Get \"\(server)/api?timeout=32s\": \(dialFailure(server: server))"
        return KlogLine.format(.error, source: "memcache.go:265", "\"Unhandled Error\" err=\(GoSyntax.quoted(error))", at: time)
    }

    /// How many times a command asks for the API group list, and logs its failure, before it
    /// gives up on a server that refuses connections, as kubectl 1.32 does (measured against a
    /// closed port). Commands that resolve resource arguments ask four times, once more for a
    /// single `TYPE [NAME...]`, and once more per type of a `TYPE,TYPE` list without names.
    static func discoveryAttempts(verb: String, flags: ParsedFlags) -> Int {
        let arguments = flags.positionals
        switch verb {
        case "get", "describe", "delete", "label", "annotate", "scale", "patch", "expose", "edit", "autoscale", "rollout",
            "set", "wait":
            if flags.isSet("filename") || flags.isSet("kustomize") { return 1 }
            var resources = ["rollout", "set"].contains(verb) ? Array(arguments.dropFirst()) : arguments
            if ["label", "annotate", "set"].contains(verb) { resources.removeAll { $0.contains("=") || $0.hasSuffix("-") } }
            return 4 + typeLookups(resources)
        case "cluster-info": return arguments.first == "dump" ? 0 : 5
        case "logs", "exec", "port-forward", "attach", "debug", "cordon", "uncordon", "drain", "certificate": return 4
        case "explain", "taint": return 2
        case "auth": return arguments.first == "can-i" && !flags.bool("list") ? 2 : 0
        case "run", "api-resources", "api-versions", "diff": return 1
        case "apply": return flags.string("validate") == "false" ? 1 : 0
        default: return 0
        }
    }

    private static func typeLookups(_ resources: [String]) -> Int {
        guard let first = resources.first, !first.contains("/") else { return 0 }
        let types = first.split(separator: ",").count
        if resources.count == 1 { return types }
        return types == 1 ? 1 : 0
    }
}
