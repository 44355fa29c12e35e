import Cluster
import KubeAPI

/// `kubectl port-forward TYPE/NAME [LOCAL:]REMOTE...`: listens on local ports and forwards each
/// connection to a port of a pod (the pod a Service or workload selects). In this lab the
/// command returns at once and the forwards stay open for the rest of the session, as if it ran
/// in another terminal; `PortForwards` is where the host looks them up.
enum PortForward {
    static let flags: [FlagSpec] = [FlagSpec("address", nil, .stringArray), FlagSpec("pod-running-timeout", nil, .duration)]

    static let verb = Verb(name: "port-forward", flags: flags, help: KubectlHelp.portForward) { context throws(KubectlFailure) in
        let arguments = context.flags.positionals
        guard arguments.count >= 2 else {
            throw .validation("TYPE/NAME and list of ports are required for port-forward", verb: "port-forward")
        }
        let cluster = try context.cluster
        var specs: [(local: String?, remote: String)] = []
        for text in arguments.dropFirst() { specs.append(try parse(text)) }
        let (found, service) = try target(arguments[0], context: context, namespace: context.namespace)
        // RunPortForward reads the pod again through the typed client before it checks its phase.
        let pod: KubeObject
        do throws(APIError) {
            let get = ServerRequest.get(.pods, namespace: found.namespace, name: found.name, accept: ServerRequest.MediaTypes.protobuf)
            pod = try context.send(get) { () throws(APIError) in try cluster.get(.pods, namespace: found.namespace, name: found.name) }
        } catch {
            throw .server(error)
        }
        let phase = pod[path: "status.phase"].string ?? ""
        guard phase == "Running" else {
            throw .error("unable to forward port because pod is not running. Current status=\(phase)")
        }
        var ports: [(local: Int, remote: Int)] = []
        // Names become numbers first; then each pair is read as client-go's port forwarder reads it.
        for spec in specs {
            let remote = try podPort(spec.remote, pod: pod, service: service)
            let remoteText = Int(spec.remote) != nil && service == nil ? spec.remote : String(remote)
            // A name alone listens on the Service port it names, or on the pod port it names.
            let named = try service.map { service throws(KubectlFailure) in String(try servicePort(spec.remote, service: service)) }
            let local = try portNumber(spec.local ?? (Int(spec.remote) != nil ? spec.remote : named ?? String(remote)), side: "local")
            guard try portNumber(remoteText, side: "remote") > 0 else { throw .error("remote port must be > 0") }
            ports.append((local == 0 ? freePort(context.forwards) : local, remote))
        }
        let addresses = addresses(context.flags.strings("address"))
        for port in ports {
            if addresses.contains(where: { context.forwards.isListening(address: $0, port: port.local) }) {
                throw KubectlFailure(inUse(port, addresses: addresses))
            }
        }
        // The forward itself is a create on the pod's `portforward` subresource, refused as the
        // connection is upgraded.
        let forward = AccessRequest(verb: "create", .pods, subresource: "portforward", namespace: pod.namespace, name: pod.name)
        context.logInfo(4, "tunneling_dialer.go:75", "Before WebSocket Upgrade Connection...")
        do throws(APIError) {
            try cluster.authorize(forward, as: context.user)
        } catch {
            throw .error("error upgrading connection: \(error.message)")
        }
        context.requestLog?.answered(upgrade(pod), status: 101)
        context.logInfo(4, "tunneling_dialer.go:85", "negotiated protocol: portforward.k8s.io")
        for port in ports {
            for address in addresses {
                let shown = address.contains(":") ? "[\(address)]" : address
                context.io.out("Forwarding from \(shown):\(port.local) -> \(port.remote)\n")
                context.forwards.add(.init(
                    address: address, localPort: port.local, namespace: pod.namespace ?? context.namespace,
                    pod: pod.name, podPort: port.remote))
            }
        }
        return 0
    }

    /// The GET that upgrades to a WebSocket tunnelling SPDY to the pod's `portforward`
    /// subresource (no `Accept`).
    private static func upgrade(_ pod: KubeObject) -> ServerRequest {
        var request = ServerRequest.get(.pods, namespace: pod.namespace, name: pod.name, subresource: "portforward")
        request.accept = nil
        request.otherHeaders = ["Sec-Websocket-Protocol: SPDY/3.1+portforward.k8s.io"]
        return request
    }

    /// `8080:80`, `8080` (the same port both sides, nil local) or `:80` (local `0`: any free port).
    static func parse(_ text: String) throws(KubectlFailure) -> (local: String?, remote: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2 else { throw .error("invalid port format '\(text)'") }
        guard parts.count == 2 else { return (nil, text) }
        return (parts[0].isEmpty ? "0" : parts[0], parts[1])
    }

    /// A port as client-go's `parsePorts` reads it: a 16-bit unsigned number.
    private static func portNumber(_ text: String, side: String) throws(KubectlFailure) -> Int {
        switch GoParseUint.parse(text, bits: 16) {
        case .success(let value): return Int(value)
        case .failure(let problem): throw .error("error parsing \(side) port '\(text)': \(problem.message)")
        }
    }

    /// The pod to forward to: the one named, or the first running pod a Service or workload selects.
    static func target(_ text: String, context: VerbContext, namespace: String) throws(KubectlFailure) -> (KubeObject, KubeObject?) {
        let cluster = try context.cluster
        let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
        let (typeText, name) = parts.count == 2 ? (parts[0], parts[1]) : ("pods", parts[0])
        guard let type = ResourceResolver.resolve(typeText) else {
            throw KubectlFailure("error: the server doesn't have a resource type \"\(typeText)\"")
        }
        let object: KubeObject
        do {
            // The builder's GET, which accepts anything.
            let get = ServerRequest.get(type, namespace: namespace, name: name, accept: ServerRequest.MediaTypes.any)
            object = try context.send(get) { () throws(APIError) in
                try cluster.authorize(AccessRequest(verb: "get", type, namespace: namespace, name: name), as: context.user)
                return try cluster.get(type, namespace: namespace, name: name)
            }
        } catch {
            throw .server(error)
        }
        let pod = try AttachablePod.pod(for: object, type: type, namespace: namespace, context: context)
        return (pod, type == .services ? object : nil)
    }

    /// A remote port as a number: a Service port becomes its target port, a name the container port of that name.
    static func podPort(_ text: String, pod: KubeObject, service: KubeObject?) throws(KubectlFailure) -> Int {
        var port = text
        if let service {
            let number = try servicePort(text, service: service)
            guard let match = service[path: "spec.ports"].array.first(where: { $0["port"].int == number }) else {
                throw .error("Service \(service.name) does not have a service port \(number)")
            }
            // A headless Service forwards to the port as given.
            if service[path: "spec.clusterIP"].string == "None" { return number }
            let target = match["targetPort"]
            port = target.int.flatMap { $0 == 0 ? nil : String($0) } ?? target.string ?? String(number)
        }
        if let number = Int(port) { return number }
        for container in pod[path: "spec.containers"].array {
            if let found = container["ports"].array.first(where: { $0["name"].string == port }), let number = found["containerPort"].int {
                return number
            }
        }
        throw .error("Pod '\(pod.name)' does not have a named port '\(port)'")
    }

    /// A Service port given by number or by name, as a number.
    static func servicePort(_ text: String, service: KubeObject) throws(KubectlFailure) -> Int {
        if let number = Int(text) { return number }
        let named = service[path: "spec.ports"].array.first { $0["name"].string == text }
        guard let number = named?["port"].int else {
            throw .error("Service '\(service.name)' does not have a named port '\(text)'")
        }
        return number
    }

    /// The addresses to listen on: --address values (`localhost` is both loopbacks), localhost by default.
    static func addresses(_ given: [String]) -> [String] {
        let list = given.isEmpty ? ["localhost"] : given.flatMap { $0.split(separator: ",").map(String.init) }
        return list.flatMap { $0 == "localhost" ? ["127.0.0.1", "::1"] : [$0] }
    }

    /// The lowest port from 40000 up that no listener holds, standing in for the one the OS would pick.
    static func freePort(_ forwards: PortForwards) -> Int {
        var port = 40000
        while forwards.isListening(address: "0.0.0.0", port: port) { port += 1 }
        return port
    }

    /// kubectl's errors when every listener of a port fails to bind.
    static func inUse(_ port: (local: Int, remote: Int), addresses: [String]) -> String {
        let errors = addresses.map { address in
            let family = address.contains(":") ? "tcp6" : "tcp4"
            let shown = address.contains(":") ? "[\(address)]" : address
            return "unable to create listener: Error listen \(family) \(shown):\(port.local): bind: address already in use"
        }
        return "Unable to listen on port \(port.local): Listeners failed to create with the following errors: [\(errors.joined(separator: " "))]\n"
            + "error: unable to listen on any of the requested ports: [{\(port.local) \(port.remote)}]"
    }
}

extension KubectlHelp {
    static let portForward = """
        Forward one or more local ports to a pod. Name the pod, or a Service, Deployment,
        ReplicaSet, StatefulSet or DaemonSet, and kubectl picks one of its running pods; a Service
        port is translated to the port the pod listens on. In this lab the command returns at once
        and the forward stays open until the session ends.

        Examples:
          # Listen on local port 8080 and forward to port 80 of the pod web
          kubectl port-forward pod/web 8080:80

          # Forward to a pod of the Service web, from its service port 80
          kubectl port-forward svc/web 8080:80

          # Listen on the same port locally as in the pod, for two ports
          kubectl port-forward deploy/web 8080 8443

          # Let the system choose the local port
          kubectl port-forward pod/web :80

        Options:
            --address=[localhost]:
        \tAddresses to listen on (comma separated). localhost means 127.0.0.1 and ::1.

            --pod-running-timeout=1m0s:
        \tHow long to wait for at least one pod to be running.

        Usage:
          kubectl port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
