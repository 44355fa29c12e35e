import KubeAPI

/// Why a request never reached the apiserver.
enum ConnectionFailure: Equatable {
    /// Nothing listens at the server's address.
    case refused
    /// The handshake failed: the server's certificate did not verify (Go's `x509: ...` error).
    case untrusted(String)
}

/// What kubectl prints when it cannot reach the kubeconfig's server.
enum ServerConnection {
    /// `StandardErrorMessage` for a refused connection names the host and port of the server
    /// URL; any other failure is `Unable to connect to the server: ` and Go's error.
    static func failure(_ failure: ConnectionFailure, server: String) -> KubectlFailure {
        guard failure == .refused else { return KubectlFailure("Unable to connect to the server: " + goError(failure, server: server)) }
        let parts = server.split(separator: "/", omittingEmptySubsequences: true)
        let host = server.contains("://") && parts.count > 1 ? parts[1] : parts.first ?? ""
        return KubectlFailure(
            "The connection to the server \(host) was refused - did you specify the right host or port?")
    }

    /// Go's error for the failed connection: the refused dial, or the failed handshake.
    static func goError(_ failure: ConnectionFailure, server: String) -> String {
        switch failure {
        case .refused: return dialFailure(server: server)
        case .untrusted(let error): return "tls: failed to verify certificate: " + error
        }
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
    /// that fails, `elapsed` microseconds into a command started at `time`.
    static func discoveryFailureLine(server: String, failure: ConnectionFailure, at time: Timestamp, elapsed: Int = 0) -> String {
        let error = "couldn't get current server API group list: \(ServerRequest.groupList.error(failure, server: server))"
        return KlogLine.format(
            .error, source: "memcache.go:265", "\"Unhandled Error\" err=\(GoSyntax.quoted(error))", at: time, elapsed: elapsed)
    }

    /// How many times a command asks for the API group list, and logs its failure, before it
    /// gives up on a server it cannot reach, as kubectl 1.32 does. A failed handshake costs one
    /// attempt more than a refused connection, but for `api-resources` and `api-versions`,
    /// which ask once either way (measured against a closed port and a server with a
    /// certificate for other names).
    static func discoveryAttempts(verb: String, flags: ParsedFlags, failure: @autoclosure () -> ConnectionFailure) -> Int {
        let refused = refusedDiscoveryAttempts(verb: verb, flags: flags)
        guard refused > 0, !["api-resources", "api-versions"].contains(verb), failure() != .refused else { return refused }
        return refused + 1
    }

    /// The attempts against a refused connection: commands that resolve resource arguments ask
    /// four times, once more for a single `TYPE [NAME...]`, and once more per type of a
    /// `TYPE,TYPE` list without names.
    private static func refusedDiscoveryAttempts(verb: String, flags: ParsedFlags) -> Int {
        let arguments = flags.positionals
        switch verb {
        case "get", "describe", "delete", "label", "annotate", "scale", "patch", "expose", "edit", "autoscale", "rollout",
            "set", "wait":
            // Manifests log their own lookups as they are read (`ManifestFiles.refusedReading`).
            if flags.isSet("filename") || flags.isSet("kustomize") || flags.isSet("raw") { return 0 }
            var resources = ["rollout", "set"].contains(verb) ? Array(arguments.dropFirst()) : arguments
            if ["label", "annotate", "set"].contains(verb) { resources.removeAll { $0.contains("=") || $0.hasSuffix("-") } }
            return 4 + typeLookups(resources)
        case "cluster-info": return arguments.first == "dump" ? 0 : 5
        case "logs", "exec", "port-forward", "attach", "debug", "cordon", "uncordon", "drain", "certificate": return 4
        case "explain", "taint": return 2
        case "auth":
            // can-i maps a resource type (not a URL, not `*`) before it asks for a review.
            guard arguments.first == "can-i", !flags.bool("list"), arguments.count > 2 else { return 0 }
            return arguments[2].hasPrefix("/") || arguments[2].hasPrefix("*") ? 0 : 2
        case "create": return createLookups(arguments, flags: flags)
        case "run", "api-resources", "api-versions": return 1
        default: return 0
        }
    }

    /// create's generators send their object straight to the server, but `role` and
    /// `clusterrole` map their `--resource`s first (two failed requests, even for `*`),
    /// and `job --from` looks its source up as a `TYPE/NAME` argument.
    private static func createLookups(_ arguments: [String], flags: ParsedFlags) -> Int {
        switch arguments.first {
        case "role", "clusterrole": return flags.strings("resource").isEmpty ? 0 : 2
        case "job": return flags.isSet("from") ? 4 : 0
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
