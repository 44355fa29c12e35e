@testable import Cluster
import KubeAPI
import Testing

@Suite("Workload validation: the apiserver's causes, in its order, and nothing stored")
struct WorkloadValidationTests {
    private func refusal(_ object: KubeObject, in cluster: Cluster) -> APIError? {
        do {
            try cluster.create(object)
            return nil
        } catch {
            return error
        }
    }

    @Test("a template whose labels the selector does not match is refused")
    func selectorMismatch() throws {
        let cluster = try WorldFixture.tk8s()
        var deployment = DeploymentFixture.deployment("web")
        deployment[path: "spec.template.metadata.labels"] = ["app": "y"]
        let error = try #require(refusal(deployment, in: cluster))
        #expect(
            error.message
                == "Deployment.apps \"web\" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"y\"}: `selector` does not match template `labels`"
        )
        #expect(error.details?.causes.count == 1)
        #expect(cluster.list(.deployments, namespace: "default").isEmpty)
    }

    @Test("several causes are listed in brackets by the apiserver and one per line by kubectl")
    func severalCauses() throws {
        let cluster = try WorldFixture.tk8s()
        var deployment = DeploymentFixture.deployment("web", replicas: -1)
        deployment[path: "spec.selector"] = .null
        deployment[path: "spec.template.spec.containers"] = []
        let error = try #require(refusal(deployment, in: cluster))
        let fields = error.details?.causes.map(\.field)
        #expect(
            fields == [
                "spec.replicas", "spec.selector", "spec.template.metadata.labels", "spec.template.spec.containers",
            ])
        #expect(error.message.hasPrefix("Deployment.apps \"web\" is invalid: [spec.replicas: Invalid value: -1: "))
        #expect(
            error.kubectlMessage.hasPrefix(
                "The Deployment \"web\" is invalid: \n* spec.replicas: Invalid value: -1: must be greater than or equal to 0\n* spec.selector: Required value\n"
            ))
    }

    @Test("names follow DNS-1123: subdomains for Deployments, labels for StatefulSets")
    func names() {
        #expect(NameValidation.subdomain("web.v1").isEmpty)
        #expect(NameValidation.label("web.v1") == ["must not contain dots"])
        #expect(NameValidation.subdomain("Web").count == 1)
        #expect(NameValidation.label(String(repeating: "a", count: 64)) == ["must be no more than 63 characters"])
    }

    @Test("a selector cannot change on update")
    func immutableSelector() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web"))
        var deployment = try cluster.get(.deployments, namespace: "default", name: "web")
        deployment[path: "spec.selector.matchLabels"] = ["app": "other"]
        deployment[path: "spec.template.metadata.labels"] = ["app": "other"]
        #expect(throws: APIError.self) { try cluster.replace(deployment) }
        let stored = try cluster.get(.deployments, namespace: "default", name: "web")
        #expect(stored[path: "spec.selector.matchLabels.app"].string == "web")
    }
}
