import KubeAPI
import OrderedCollections
import Testing

@testable import Cluster

@Suite("OpenAPI documents: the index, each group/version's v3 document and the v2 document")
struct OpenAPIDocumentTests {
    @Test("SHA-512 as FIPS 180-4 gives it, over one block and over two")
    func sha512() {
        #expect(SHA512.hexDigest("").hasPrefix("CF83E1357EEFB8BDF1542850D66D8007D620E4050B5715DC83F4A921D36CE9CE"))
        #expect(SHA512.hexDigest("abc") == "DDAF35A193617ABACC417349AE20413112E6FA4E89A97EA20A9EEEE64B55D39A2192992A274FC1A836BA3C23A3FEEBBD454D4423643CE80E2A9AC94FA54CA49F")
        let long = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA512.hexDigest(long).hasPrefix("8E959B75DAE313DA8CF4F72814FC143F8F7779C6EB9F7FA17299AEADB6889018"))
    }

    @Test("the index lists every served group/version with the hash of the document it points at")
    func index() throws {
        let cluster = try WorldFixture.tk8s()
        let index = try #require(try YAMLDecoding.documents(cluster.openAPIV3Index()).first)
        #expect(index["paths"].object.keys.contains("api/v1"))
        #expect(index["paths"].object.keys.contains("apis/rbac.authorization.k8s.io/v1"))
        let url = try #require(index["paths"]["apis/apps/v1"]["serverRelativeURL"].string)
        let document = try #require(cluster.openAPIV3Document(path: "apis/apps/v1"))
        #expect(url == "/openapi/v3/apis/apps/v1?hash=" + SHA512.hexDigest(document))
        #expect(cluster.openAPIV3Document(path: "apis/apps/v9") == nil)
        #expect(cluster.openAPIV3Document(path: "apis/nosuch.example.com") == nil)
        // The discovery endpoints have documents of their own.
        for path in ["api", "apis", "apis/apps", "version"] {
            #expect(index["paths"][path]["serverRelativeURL"].string?.hasPrefix("/openapi/v3/\(path)?hash=") == true)
        }
        let group = try #require(cluster.openAPIV3Value(path: "apis/apps"))
        #expect(group["paths"]["/apis/apps/"]["get"]["operationId"] == "getAppsAPIGroup")
        let rbac = try #require(cluster.openAPIV3Value(path: "apis/rbac.authorization.k8s.io"))
        #expect(rbac["paths"]["/apis/rbac.authorization.k8s.io/"]["get"]["operationId"] == "getRbacAuthorizationAPIGroup")
    }

    @Test("a discovery document lists each kind's properties by name, the same in every process")
    func discoveryPropertiesSorted() throws {
        for (path, kinds) in [("api", ["APIVersions"]), ("apis", ["APIGroupList", "APIGroup"]), ("apis/apps", ["APIGroup"])] {
            let document = try #require(OpenAPIDiscoveryDocuments.document(path: path, groups: ["apps"], version: "v1.32.2"))
            for kind in kinds {
                let keys = Array(document["components"]["schemas"]["io.k8s.apimachinery.pkg.apis.meta.v1.\(kind)"]["properties"].object.keys)
                #expect(keys.count > 2)
                #expect(keys == keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            }
        }
    }

    @Test("types are named by their Go package: a kind's group, a shared type core's, meta types apimachinery's")
    func definitionNames() throws {
        let names = OpenAPIDefinitionNames(try WorldFixture.tk8s().settings.schema)
        #expect(names["Deployment"] == "io.k8s.api.apps.v1.Deployment")
        #expect(names["DeploymentSpec"] == "io.k8s.api.apps.v1.DeploymentSpec")
        #expect(names["PodTemplateSpec"] == "io.k8s.api.core.v1.PodTemplateSpec")
        #expect(names["TopologySelectorTerm"] == "io.k8s.api.core.v1.TopologySelectorTerm")
        #expect(names["ObjectMeta"] == "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta")
        #expect(names["IntOrString"] == "io.k8s.apimachinery.pkg.util.intstr.IntOrString")
        #expect(names["discovery.EndpointPort"] == "io.k8s.api.discovery.v1.EndpointPort")
        #expect(names["autoscalingv1.HorizontalPodAutoscaler"] == "io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler")
        #expect(names["CustomResourceDefinition"] == "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition")
        #expect(names["Subject"] == "io.k8s.api.rbac.v1.Subject")
    }

    @Test("every reference in the v3 and v2 documents names a schema the document defines")
    func referencesResolve() throws {
        let cluster = try WorldFixture.tk8s()
        for path in ["api/v1", "apis/apps/v1", "apis/rbac.authorization.k8s.io/v1", "apis/crd.projectcalico.org/v1"] {
            let document = try #require(cluster.openAPIV3Value(path: path))
            let defined = Set(document["components"]["schemas"].object.keys)
            #expect(!defined.isEmpty)
            for reference in Self.references(in: document) {
                #expect(defined.contains(String(reference.dropFirst("#/components/schemas/".count))), "\(path): \(reference)")
            }
        }
        let swagger = cluster.openAPIV2Value()
        let defined = Set(swagger["definitions"].object.keys)
        for reference in Self.references(in: swagger) {
            #expect(defined.contains(String(reference.dropFirst("#/definitions/".count))), "\(reference)")
        }
        #expect(swagger["paths"]["/api/v1/namespaces/{namespace}/pods/{name}"]["patch"]["operationId"] == "patchCoreV1NamespacedPod")
    }

    @Test("a field keeps its description beside the reference, and its patch extensions")
    func fieldSchemas() throws {
        let document = try #require(try WorldFixture.tk8s().openAPIV3Value(path: "api/v1"))
        let spec = document["components"]["schemas"]["io.k8s.api.core.v1.PodSpec"]
        #expect(spec["required"] == ["containers"])
        let containers = spec["properties"]["containers"]
        #expect(containers["type"] == "array")
        #expect(containers["items"]["$ref"] == "#/components/schemas/io.k8s.api.core.v1.Container")
        #expect(containers["x-kubernetes-patch-merge-key"] == "name")
        #expect(containers["x-kubernetes-patch-strategy"] == "merge")
        let pod = document["components"]["schemas"]["io.k8s.api.core.v1.Pod"]
        #expect(pod["properties"]["spec"]["allOf"] == [["$ref": "#/components/schemas/io.k8s.api.core.v1.PodSpec"]])
        #expect(pod["x-kubernetes-group-version-kind"] == [["group": "", "kind": "Pod", "version": "v1"]])
    }

    private static func references(in value: JSONValue) -> [String] {
        switch value {
        case .object(let members):
            return members.flatMap { key, member in key == "$ref" ? [member.string ?? ""] : references(in: member) }
        case .array(let items): return items.flatMap(references)
        default: return []
        }
    }
}
