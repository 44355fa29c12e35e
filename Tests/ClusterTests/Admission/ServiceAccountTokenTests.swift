import KubeAPI
import Testing

@testable import Cluster

/// Which pods the ServiceAccount admission plugin gives the kube-api-access token volume.
@Suite struct ServiceAccountTokenTests {
    static let tokenPath = "/var/run/secrets/kubernetes.io/serviceaccount"

    static func tokenVolumes(_ pod: KubeObject) -> [String] {
        pod[path: "spec.volumes"].array.compactMap { $0["name"].string }.filter { $0.hasPrefix("kube-api-access-") }
    }

    static func mountPaths(_ container: JSONValue) -> [String] {
        container["volumeMounts"].array.compactMap { $0["mountPath"].string }
    }

    @Test("hostNetwork pods get the token too, in every container and init container")
    func hostNetwork() throws {
        let cluster = try AdmissionFixture.cluster()
        let pod = try cluster.create(
            try AdmissionFixture.object(
                """
                apiVersion: v1
                kind: Pod
                metadata: {name: agent, namespace: dev}
                spec:
                  hostNetwork: true
                  initContainers:
                  - {name: init, image: busybox}
                  containers:
                  - {name: main, image: nginx}
                """))
        #expect(Self.tokenVolumes(pod).count == 1)
        #expect(Self.mountPaths(pod[path: "spec.initContainers"].array[0]) == [Self.tokenPath])
        #expect(Self.mountPaths(pod[path: "spec.containers"].array[0]) == [Self.tokenPath])
    }

    @Test("the world's kube-proxy and Canal pods have the token; the static pods' mirrors have neither token nor account")
    func worldPods() throws {
        let cluster = try WorldFixture.tk8s()
        for pod in cluster.list(.pods, namespace: "kube-system") {
            let mirror = pod.annotations["kubernetes.io/config.mirror"] != nil
            #expect(Self.tokenVolumes(pod).count == (mirror ? 0 : 1), "\(pod.name)")
            #expect(pod[path: "spec.serviceAccountName"].isNull == mirror, "\(pod.name)")
        }
        let mirrors = cluster.list(.pods, namespace: "kube-system").filter { $0.annotations["kubernetes.io/config.mirror"] != nil }
        #expect(mirrors.map(\.name).sorted() == [
            "etcd-tk8s-control-plane", "kube-apiserver-tk8s-control-plane",
            "kube-controller-manager-tk8s-control-plane", "kube-scheduler-tk8s-control-plane",
        ])
    }

    @Test("automountServiceAccountToken: false leaves the token out but keeps the account")
    func optOut() throws {
        let cluster = try AdmissionFixture.cluster()
        let pod = try cluster.create(
            try AdmissionFixture.object(
                """
                apiVersion: v1
                kind: Pod
                metadata: {name: quiet, namespace: dev}
                spec:
                  automountServiceAccountToken: false
                  containers:
                  - {name: main, image: nginx}
                """))
        #expect(Self.tokenVolumes(pod).isEmpty)
        #expect(pod[path: "spec.serviceAccountName"] == "default")
    }
}
