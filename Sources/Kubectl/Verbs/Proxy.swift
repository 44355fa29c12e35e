import Cluster
import KubeAPI

/// `kubectl proxy`: serves the apiserver's API on a local port (or Unix socket) as the
/// kubeconfig's user, so `curl localhost:8001/api/v1/pods` works without credentials. In this
/// lab the command returns once it serves and the proxy runs on until the session ends, as if in
/// another terminal; started as a background job (`kubectl proxy &`) it ends with the job.
enum Proxy {
    static let defaultPort = 8001

    static let flags: [FlagSpec] = [
        FlagSpec("www", "w"), FlagSpec("www-prefix", "P"), FlagSpec("api-prefix"), FlagSpec("accept-paths"),
        FlagSpec("reject-paths"), FlagSpec("accept-hosts"), FlagSpec("reject-methods"), FlagSpec("port", "p", .int),
        FlagSpec("address"), FlagSpec("disable-filter", nil, .bool), FlagSpec("unix-socket", "u"), FlagSpec("keepalive", nil, .duration),
        FlagSpec("append-server-path", nil, .bool),
    ]

    static let verb = Verb(name: "proxy", flags: flags, help: KubectlHelp.proxy) { context throws(KubectlFailure) in
        let flags = context.flags
        if let text = flags.string("keepalive"), case .failure(let error) = GoDurationFlag.milliseconds(text) {
            throw .usage("invalid argument \"\(text)\" for \"--keepalive\" flag: \(error.message)", verb: "proxy")
        }
        let cluster = context.lab
        var apiPrefix = flags.string("api-prefix") ?? "/"
        if !apiPrefix.hasSuffix("/") { apiPrefix += "/" }
        let socket = flags.string("unix-socket") ?? ""
        let filter: ProxyFilter?
        if flags.bool("disable-filter") {
            if socket.isEmpty {
                let warning = "Request filter disabled, your proxy is vulnerable to XSRF attacks, please be cautious"
                context.io.err(KlogLine.format(.warning, source: "proxy.go:177", warning, at: cluster.now) + "\n")
            }
            filter = nil
        } else {
            do throws(GoRegexp.SyntaxError) {
                filter = try ProxyFilter(
                    acceptPaths: flags.string("accept-paths") ?? ProxyFilter.defaultAcceptPaths,
                    rejectPaths: flags.string("reject-paths") ?? ProxyFilter.defaultRejectPaths,
                    acceptHosts: flags.string("accept-hosts") ?? ProxyFilter.defaultAcceptHosts,
                    rejectMethods: flags.string("reject-methods") ?? ProxyFilter.defaultRejectMethods)
            } catch {
                let line = KlogLine.format(.fatal, source: "proxy_server.go:83", "Error compiling re: \(error.message)", at: cluster.now)
                throw KubectlFailure(line, exitCode: 255)
            }
        }
        let port = Int(flags.string("port") ?? "") ?? defaultPort
        if port != defaultPort && !socket.isEmpty { throw .error("cannot set --unix-socket and --port at the same time") }
        var staticFiles: StaticFiles?
        if let directory = flags.string("www"), !directory.isEmpty {
            warnAboutStaticDirectory(directory, context)
            var prefix = flags.string("www-prefix") ?? "/static/"
            if !prefix.hasSuffix("/") { prefix += "/" }
            let base = GoPath.clean(directory.hasPrefix("/") ? directory : context.workingDirectory + "/" + directory)
            staticFiles = StaticFiles(prefix: prefix, base: base, files: context.localFiles)
        }
        let listener = try listen(address: flags.string("address") ?? "127.0.0.1", port: port, socket: socket, context)
        let proxy = APIProxy(
            address: listener.address, port: listener.port, isUnixSocket: !socket.isEmpty, apiPrefix: apiPrefix, filter: filter,
            staticFiles: staticFiles, lab: cluster, server: context.server, user: context.user, tlsFailure: context.tlsFailure)
        context.forwards.add(proxy)
        context.io.out("Starting to serve on \(listener.shown)\n")
        return 0
    }

    /// `net.Listen`'s outcome: where the proxy listens and how `Addr().String()` shows it, or its error.
    private static func listen(
        address: String, port: Int, socket: String, _ context: VerbContext
    ) throws(KubectlFailure) -> (address: String, port: Int, shown: String) {
        if !socket.isEmpty {
            if context.forwards.isServing(socket: socket) { throw .error("listen unix \(socket): bind: address already in use") }
            return (socket, 0, socket)
        }
        guard (0...65535).contains(port) else { throw .error("listen tcp: address \(port): invalid port") }
        var host = address
        if host.hasPrefix("["), host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
        } else if host.contains(":") {
            throw .error("listen tcp: address \(address):\(port): too many colons in address")
        }
        if host == "localhost" { host = "127.0.0.1" }
        let everywhere = host.isEmpty || host == "0.0.0.0" || host == "::"
        guard everywhere || IPv4(host) != nil || host == "::1" else { throw .error("listen tcp: lookup \(host): no such host") }
        let chosen = port == 0 ? PortForward.freePort(context.forwards) : port
        let bound = everywhere ? "0.0.0.0" : host
        let shownHost = everywhere ? "[::]" : host.contains(":") ? "[\(host)]" : host
        let shown = "\(shownHost):\(chosen)"
        let attempted = "\(address.isEmpty ? "" : host.contains(":") ? "[\(host)]" : host):\(port)"
        if port != 0 && port < 1024 && !context.isPrivileged { throw .error("listen tcp \(attempted): bind: permission denied") }
        if context.forwards.isListening(address: bound, port: chosen) { throw .error("listen tcp \(attempted): bind: address already in use") }
        return (bound, chosen, shown)
    }

    /// `--www` names a directory kubectl checks exists; it serves it even when it does not.
    private static func warnAboutStaticDirectory(_ directory: String, _ context: VerbContext) {
        let path = directory.hasPrefix("/") ? directory : context.workingDirectory + "/" + directory
        if context.listDirectory?(path) != nil { return }
        let (source, message) = context.readFile?(path) != nil
            ? ("proxy.go:202", "Static file directory \(directory) is not a directory")
            : ("proxy.go:200", "Failed to stat static file directory \(directory): stat \(directory): no such file or directory")
        context.io.err(KlogLine.format(.warning, source: source, message, at: context.lab.now) + "\n")
    }
}

extension KubectlHelp {
    static let proxy = """
        Serve the Kubernetes API on a local port, passing every request on to the API server with
        the credentials of your kubeconfig, so any HTTP client on this machine (curl, a browser) can
        use the API without them. Requests are filtered: only the hosts, paths and methods the
        regular expressions below allow get through. In this lab the command returns once it is
        serving and the proxy stays up until the session ends; started with `&` it runs as a job
        and stops with it.

        Examples:
          # Serve the whole API on port 8001, then ask it for the version
          kubectl proxy
          curl localhost:8001/version

          # List the pods of every namespace through the proxy
          curl localhost:8001/api/v1/pods

          # Serve the API on another port, or on one the system picks
          kubectl proxy --port=8011
          kubectl proxy --port=0

          # Serve the API below a prefix: localhost:8001/k8s-api/api/v1/pods
          kubectl proxy --api-prefix=/k8s-api

          # Run the proxy as a background job, and stop it later
          kubectl proxy &
          kill %1

        Options:
            --accept-hosts='^localhost$,^127\\.0\\.0\\.1$,^\\[::1\\]$':
        \tRegular expressions (comma separated) for the Host headers to accept.

            --accept-paths='^.*':
        \tRegular expressions (comma separated) for the paths to accept.

            --address='127.0.0.1':
        \tThe IP address to listen on.

            --api-prefix='/':
        \tThe path prefix the API is served under.

            --append-server-path=false:
        \tIf true, add the path of the kubeconfig's server URL to each request.

            --disable-filter=false:
        \tIf true, let every request through. Anyone who can reach the port then acts with your
        \tcredentials, and web pages can make requests through it (XSRF).

            --keepalive=0s:
        \tThe keep-alive period of the connections to the API server; 0 turns keep-alive off.

            -p, --port=8001:
        \tThe port to listen on; 0 lets the system pick one.

            --reject-methods='^$':
        \tRegular expressions (comma separated) for HTTP methods to refuse, e.g. 'POST,PUT,PATCH'.

            --reject-paths='^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach':
        \tRegular expressions (comma separated) for paths to refuse, even when --accept-paths
        \taccepts them.

            -u, --unix-socket='':
        \tListen on this Unix socket instead of a TCP port.

            -w, --www='':
        \tAlso serve the files of this directory, under --www-prefix.

            -P, --www-prefix='/static/':
        \tThe path prefix the --www files are served under.

        Usage:
          kubectl proxy [--port=PORT] [--www=static-dir] [--www-prefix=prefix] [--api-prefix=prefix] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
