/// kube-apiserver 1.32's health endpoints: `/healthz`, `/livez` and `/readyz`, each a list of
/// named checks in the order the server registers them (its own checks, then each post-start
/// hook, then the aggregator's), all passing while the apiserver serves at all.
public enum APIServerHealthChecks {
    /// The checks an endpoint runs; nil for a path that is no health endpoint.
    public static func checks(of endpoint: String) -> [String]? {
        switch endpoint {
        case "healthz", "livez": ["ping", "log", "etcd"] + hooks
        case "readyz": ["ping", "log", "etcd", "etcd-readiness", "informer-sync"] + hooks + ["shutdown"]
        default: nil
        }
    }

    /// The post-start hooks and the aggregator's completion check, in registration order.
    private static let hooks: [String] = [
        "start-apiserver-admission-initializer", "generic-apiserver-start-informers",
        "priority-and-fairness-config-consumer", "priority-and-fairness-filter", "storage-object-count-tracker-hook",
        "start-apiextensions-informers", "start-apiextensions-controllers", "crd-informer-synced",
        "start-system-namespaces-controller", "start-cluster-authentication-info-controller",
        "start-kube-apiserver-identity-lease-controller", "start-kube-apiserver-identity-lease-garbage-collector",
        "start-legacy-token-tracking-controller", "start-service-ip-repair-controllers", "rbac/bootstrap-roles",
        "scheduling/bootstrap-system-priority-classes", "priority-and-fairness-config-producer", "bootstrap-controller",
        "aggregator-reload-proxy-client-cert", "start-kube-aggregator-informers",
        "apiservice-status-local-available-controller", "apiservice-status-remote-available-controller",
        "apiservice-registration-controller", "apiservice-discovery-controller", "kube-apiserver-autoregistration",
    ].map { "poststarthook/" + $0 } + ["autoregister-completion"] + [
        "apiservice-openapi-controller", "apiservice-openapiv3-controller",
    ].map { "poststarthook/" + $0 }
}
