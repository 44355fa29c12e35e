import KubeAPI
import Testing

@testable import Cluster

/// Lists with `?fieldSelector=`: each kind's selectable fields and the conversion errors it gives.
@Suite struct FieldSelectionTests {
    private func names(_ cluster: Cluster, _ type: ResourceType, _ namespace: String?, _ text: String) throws
        -> [String]
    {
        try cluster.list(type, namespace: namespace, selector: LabelSelector(), fieldSelector: text).map(\.name)
    }

    private func refusal(_ cluster: Cluster, _ type: ResourceType, _ text: String) -> String? {
        do {
            _ = try cluster.list(type, namespace: "default", selector: LabelSelector(), fieldSelector: text)
            return nil
        } catch {
            return error.code == 400 && error.reason == "BadRequest" ? error.message : "unexpected \(error)"
        }
    }

    @Test("pods by node, by phase, by host network")
    func pods() throws {
        let cluster = try WorldFixture.tk8s()
        let onWorker1 = try names(cluster, .pods, "kube-system", "spec.nodeName=tk8s-worker1")
        #expect(onWorker1.contains("kube-proxy-lstnd"))
        #expect(try names(cluster, .pods, nil, "spec.nodeName=tk8s-worker1").count > onWorker1.count)
        #expect(try names(cluster, .pods, "kube-system", "status.phase!=Running").isEmpty)
        let hostNetwork = try names(cluster, .pods, "kube-system", "spec.hostNetwork=true")
        #expect(hostNetwork.contains("kube-proxy-lstnd") && !hostNetwork.contains { $0.hasPrefix("coredns-") })
        #expect(try names(cluster, .pods, "kube-system", "spec.host=tk8s-worker1") == onWorker1)
    }

    @Test("nodes and namespaces have their own fields, and no metadata.namespace")
    func clusterScoped() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(try names(cluster, .nodes, nil, "spec.unschedulable=false").count == 3)
        #expect(try names(cluster, .namespaces, nil, "status.phase=Active,metadata.name!=default").count == 4)
        #expect(refusal(cluster, .nodes, "metadata.namespace=x") == "field label not supported: metadata.namespace")
    }

    @Test("each kind refuses other fields with its conversion's words")
    func refusals() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(refusal(cluster, .pods, "foo=bar") == "field label not supported: foo")
        #expect(refusal(cluster, .jobs, "x=1") == "field label \"x\" not supported for batchv1.Job")
        #expect(
            refusal(cluster, .replicaSets, "status.replicas=0")
                == "\"status.replicas\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"")
        #expect(refusal(cluster, .pods, "nope") == "invalid selector: 'nope'; can't understand 'nope'")
        #expect(refusal(cluster, .replicationControllers, "status.replicas=0") == nil)
    }

    @Test("events by involved object, reason and source")
    func events() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", replicas: 2))
        let rs = try #require(cluster.list(.replicaSets, namespace: "default").first { $0.name.hasPrefix("web-") })
        let created = try cluster.list(
            .events, namespace: "default", selector: LabelSelector(),
            fieldSelector: "involvedObject.kind=ReplicaSet,reason=SuccessfulCreate,source=replicaset-controller")
        #expect(created.count == 2)
        #expect(created.allSatisfy { $0[path: "involvedObject.name"].string == rs.name })
        #expect(try names(cluster, .events, "default", "type=Warning").isEmpty)
    }
}
