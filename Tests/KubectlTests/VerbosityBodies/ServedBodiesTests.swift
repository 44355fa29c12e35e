import Cluster
import KubeAPI
import OrderedCollections
import Testing

@testable import Kubectl

@Suite("The bodies -v=8 logs that the apiserver writes itself: Tables and aggregated discovery")
struct ServedBodiesTests {
    @Test("a Table names its columns as the printers define them, the schema's words where a field is documented")
    func tableColumns() throws {
        let h = try KubectlHarness()
        let read = APIServerRead(cluster: h.cluster, user: nil)
        let table = try #require(try read.table("/api/v1/namespaces/default/pods/goweb", query: [:]))
        #expect(table["kind"] == "Table")
        #expect(table["apiVersion"] == "meta.k8s.io/v1")
        let columns = table["columnDefinitions"].array
        #expect(columns.map { $0["name"].string ?? "" } == [
            "Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates",
        ])
        #expect(columns[0]["format"] == "name")
        #expect(columns[0]["description"].string == h.cluster.settings.schema.types["ObjectMeta"]?.fields.first { $0.name == "name" }?.description)
        #expect(columns[1]["description"] == "The aggregate readiness state of this pod for accepting traffic.")
        #expect(columns[5]["priority"] == 1)
        #expect(Array(columns[0].object.keys) == ["name", "type", "format", "description", "priority"])
    }

    @Test("a Table's row carries the object's metadata, or with includeObject=Object the whole object")
    func tableRows() throws {
        let h = try KubectlHarness()
        let read = APIServerRead(cluster: h.cluster, user: nil)
        let table = try #require(try read.table("/api/v1/namespaces/kube-system/pods", query: ["limit": "500"]))
        let row = try #require(table["rows"].array.first)
        #expect(row["object"]["kind"] == "PartialObjectMetadata")
        #expect(row["object"]["spec"].isNull)
        #expect(row["object"]["metadata"]["managedFields"].array.isEmpty == false)
        #expect(table["metadata"]["resourceVersion"].string == String(h.cluster.latestResourceVersion))
        let whole = try #require(try read.table("/api/v1/namespaces/kube-system/pods", query: ["includeObject": "Object"]))
        #expect(whole["rows"].array.first?["object"]["kind"] == "Pod")
        #expect(whole["rows"].array.first?["object"]["spec"].isNull == false)
    }

    @Test("a cluster role binding's columns speak of cluster role bindings; a CRD-less kind gets Name and Created At")
    func otherTables() throws {
        let h = try KubectlHarness()
        let read = APIServerRead(cluster: h.cluster, user: nil)
        let bindings = try #require(try read.table("/apis/rbac.authorization.k8s.io/v1/clusterrolebindings", query: [:]))
        #expect(bindings["columnDefinitions"].array[3]["description"] == "Users in the clusterRoleBinding")
        let roles = try #require(try read.table("/apis/rbac.authorization.k8s.io/v1/clusterroles", query: [:]))
        #expect(roles["columnDefinitions"].array.map { $0["type"].string ?? "" } == ["string", "date"])
    }

    @Test("aggregated discovery nests subresources under their resource and hashes the list for its ETag")
    func aggregatedDiscovery() throws {
        let h = try KubectlHarness()
        let read = APIServerRead(cluster: h.cluster, user: nil)
        let core = read.aggregatedDiscovery(core: true)
        #expect(core["kind"] == "APIGroupDiscoveryList")
        #expect(core["apiVersion"] == "apidiscovery.k8s.io/v2")
        let group = try #require(core["items"].array.first)
        #expect(Array(group["metadata"].object.keys) == ["creationTimestamp"])
        let version = try #require(group["versions"].array.first)
        #expect(version["version"] == "v1")
        #expect(version["freshness"] == "Current")
        let pods = try #require(version["resources"].array.first { $0["resource"] == "pods" })
        #expect(pods["responseKind"] == ["group": "", "version": "", "kind": "Pod"])
        #expect(pods["scope"] == "Namespaced")
        #expect(pods["subresources"].array.contains { $0["subresource"] == "log" })
        #expect(!version["resources"].array.contains { ($0["resource"].string ?? "").contains("/") })
        let named = read.aggregatedDiscovery(core: false)
        #expect(named["items"].array.first?["metadata"]["name"].string == read.apiGroups()["groups"].array.first?["name"].string)
        var unnamed = core
        unnamed["kind"] = .null
        unnamed["apiVersion"] = .null
        #expect(APIServerRead.discoveryETag(core) == SHA512.hexDigest(GoJSON.marshal(unnamed)))
    }

    @Test("-v=9 logs aggregated discovery's caching headers; -v=8 its body, cut")
    func discoveryLog() throws {
        let h = try KubectlHarness()
        let log = h.run("api-resources", "-v=9").err
        #expect(log.contains("Content-Type: application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList\n"))
        #expect(log.contains("Cache-Control: public\n"))
        #expect(log.contains("Vary: Accept\n"))
        #expect(log.contains("Etag: \""))
        let cut = h.run("api-resources", "-v=8").err
        #expect(cut.contains("discovery_client.go:253] \"Response Body\" body=\"{\\\"kind\\\":\\\"APIGroupDiscoveryList\\\""))
        #expect(cut.contains(" chars]\"\n"))
    }
}
