import KubeAPI

/// The ServiceAccount admission plugin: a new pod runs as a ServiceAccount of its namespace
/// (`default` unless it names one), and that account must exist. Mirror pods of static pods
/// are exempt.
///
/// The real plugin looks the `default` account up again for a second or two when its cache
/// lacks it, since the ServiceAccounts controller creates it just after the namespace; here
/// that controller has always run by the time a pod arrives, so one lookup tells the same.
extension Cluster {
    /// Admits a new pod; `requestedName` is its name, or its `generateName` while it has none yet.
    func admitServiceAccount(_ pod: KubeObject, requestedName: String) throws(APIError) {
        guard pod.annotations[ServiceAccountAdmission.mirrorPodAnnotation] == nil else { return }
        let namespace = pod.namespace ?? "default"
        let account = pod[path: "spec.serviceAccountName"].string ?? Self.defaultServiceAccountName
        guard lookup(.serviceAccounts, namespace, account) == nil else { return }
        throw APIError(
            reason: "Forbidden",
            message: "pods \"\(requestedName)\" is forbidden: "
                + ServiceAccountAdmission.lookupFailed(namespace: namespace, account: account),
            code: 403)
    }
}

enum ServiceAccountAdmission {
    static let mirrorPodAnnotation = "kubernetes.io/config.mirror"

    static func lookupFailed(namespace: String, account: String) -> String {
        "error looking up service account \(namespace)/\(account): serviceaccount \"\(account)\" not found"
    }
}
