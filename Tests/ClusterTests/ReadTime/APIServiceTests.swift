import KubeAPI
import Testing

@testable import Cluster

@Suite("APIServices: one local per served group version, and metrics-server's with its availability")
struct APIServiceTests {
    @Test("a local APIService for every group version discovery lists, plus v1beta1.metrics.k8s.io")
    func fromDiscovery() throws {
        let cluster = try WorldFixture.tk8s()
        let names = cluster.list(.apiServices).map(\.name)
        let local = cluster.servedGroupVersions.map { gv -> String in
            let parts = gv.split(separator: "/")
            return parts.count == 2 ? "\(parts[1]).\(parts[0])" : "\(gv)."
        }
        #expect(Set(names) == Set(local + ["v1beta1.metrics.k8s.io"]))
        #expect(names == names.sorted())
        let apps = try cluster.get(.apiServices, namespace: nil, name: "v1.apps")
        #expect(apps[path: "spec.groupPriorityMinimum"].int == 17800)
        #expect(apps[path: "spec.versionPriority"].int == 15)
        #expect(apps.labels["kube-aggregator.kubernetes.io/automanaged"] == "onstart")
        let core = try cluster.get(.apiServices, namespace: nil, name: "v1.")
        #expect(core[path: "spec.group"].isNull)
    }

    @Test("the table shows Local or the backing service, and True")
    func table() throws {
        let cluster = try WorldFixture.tk8s()
        let table = cluster.table(.apiServices, cluster.list(.apiServices))
        #expect(table.columns.map(\.name) == ["Name", "Service", "Available", "Age"])
        let metrics = try #require(table.rows.first { $0.cells[0] == "v1beta1.metrics.k8s.io" })
        #expect(metrics.cells[1] == "kube-system/metrics-server")
        #expect(metrics.cells[2] == "True")
        #expect(table.rows[0].cells[1] == "Local")
    }

    @Test("with metrics-server scaled to zero it is False (MissingEndpoints)")
    func metricsServerDown() throws {
        let cluster = try WorldFixture.tk8s()
        var deployment = try cluster.get(.deployments, namespace: "kube-system", name: "metrics-server")
        deployment[path: "spec.replicas"] = 0
        _ = try cluster.replace(deployment)
        cluster.advance(seconds: 60)
        let metrics = try cluster.get(.apiServices, namespace: nil, name: "v1beta1.metrics.k8s.io")
        let condition = metrics[path: "status.conditions"][0]
        #expect(condition["reason"] == "MissingEndpoints")
        #expect(condition["message"].string
            == "endpoints for service/metrics-server in \"kube-system\" have no addresses with port name \"https\"")
        #expect(cluster.table(.apiServices, [metrics]).rows[0].cells[2] == "False (MissingEndpoints)")
    }
}
