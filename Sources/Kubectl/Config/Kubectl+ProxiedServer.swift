import Cluster
import KubeAPI

extension Kubectl {
    /// The `kubectl proxy` a plain-HTTP server URL (`--server http://127.0.0.1:8001`) reaches on
    /// the host, when one listens there and serves the API at its root: requests through it reach
    /// the apiserver the proxy was started for, as the proxy's user, whatever credentials the
    /// kubeconfig holds (over plain HTTP no client certificate is sent).
    func proxyServing(_ server: String) -> APIProxy? {
        guard server.hasPrefix("http://") else { return nil }
        let address = ServerConnection.hostAndPort(of: server)
        guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]) else {
            return nil
        }
        let proxy = portForwards.proxy(address: String(address[..<colon]), port: port)
        return proxy?.apiPrefix == "/" ? proxy : nil
    }
}
