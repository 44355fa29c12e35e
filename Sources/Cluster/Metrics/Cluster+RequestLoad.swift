import KubeAPI

/// The CPU that servers spend answering load generators: a running container that calls a
/// URL in a loop (`LoadGenerator`) looks the host up as its pod would, reaches a Service's ready
/// endpoints (or a pod's own address), and spreads its demand evenly over them, as kube-proxy
/// spreads connections. When the generator stops, the load is gone.
extension Cluster {
    /// Millicores each serving container spends on requests, keyed `podUID/container`.
    func requestLoad() -> [String: Int64] {
        var load: [String: Int64] = [:]
        for pod in list(.pods) where pod[path: "status.phase"].string == "Running" {
            let statuses = pod[path: "status.containerStatuses"].array
            for container in pod[path: "spec.containers"].array {
                let name = container["name"].string ?? ""
                guard statuses.contains(where: { $0["name"].string == name && !$0[path: "state.running"].isNull }),
                    let generator = LoadGenerator.of(
                        command: container["command"].array.compactMap(\.string),
                        args: container["args"].array.compactMap(\.string)),
                    case .addresses(_, let addresses) = resolve(generator.host, from: pod),
                    let address = addresses.first
                else { continue }
                let servers = servingContainers(at: address, port: generator.port, from: pod.namespace)
                guard let cost = servers.first?.cost, cost > 0 else { continue }
                let share = generator.demandMillicores(requestCost: cost) / Int64(servers.count)
                for server in servers { load[server.key, default: 0] += share }
            }
        }
        return load
    }

    /// The containers that answer `address:port`: a Service's ready endpoints when the address
    /// is its cluster IP, else the pod that has the address; each with what a request costs it.
    private func servingContainers(at address: String, port: Int, from namespace: String?) -> [(
        key: String, cost: Int64
    )] {
        if let service = list(.services).first(where: { $0[path: "spec.clusterIP"].string == address }) {
            guard let servicePort = service[path: "spec.ports"].array.first(where: { $0["port"].int == port }) else {
                return []
            }
            let endpoints = lookup(.endpoints, service.namespace, service.name)
            let ready = endpoints?.value["subsets"].array.flatMap { $0["addresses"].array } ?? []
            return ready.compactMap { address -> (key: String, cost: Int64)? in
                guard let name = address[path: "targetRef.name"].string,
                    let pod = lookup(.pods, service.namespace, name)
                else { return nil }
                return server(in: pod, port: Self.targetPort(of: servicePort, in: pod))
            }
        }
        guard let pod = list(.pods).first(where: { $0[path: "status.podIP"].string == address && $0.isReady }) else {
            return []
        }
        return server(in: pod, port: port).map { [$0] } ?? []
    }

    /// The container of `pod` whose process listens on `port`, with its image's cost of a request.
    private func server(in pod: KubeObject, port: Int) -> (key: String, cost: Int64)? {
        for container in pod[path: "spec.containers"].array {
            guard process(of: container, in: pod).server?.tcpPorts.contains(port) == true,
                case .found(let image) = runtime.images.lookup(container["image"].string ?? "")
            else { continue }
            return ("\(pod.uid)/\(container["name"].string ?? "")", image.cpuPerRequestMicroseconds)
        }
        return nil
    }
}
