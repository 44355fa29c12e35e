import Cluster
import KubeAPI
import Testing

/// `ValidateLabels` and the annotation key rule: the apiserver refuses keys and values that are
/// not qualified names and label values, on create, on update and in pod templates.
@Suite struct MetadataLabelsTests {
    static let nameRule =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"

    static func configMap(labels: JSONValue = .null, annotations: JSONValue = .null) -> KubeObject {
        var metadata: JSONValue = ["name": "cm", "namespace": "dev"]
        if !labels.isNull { metadata["labels"] = labels }
        if !annotations.isNull { metadata["annotations"] = annotations }
        return KubeObject(["apiVersion": "v1", "kind": "ConfigMap", "metadata": metadata])
    }

    @Test("qualified-name complaints, worded as IsQualifiedName words them", arguments: [
        ("app", [String]()),
        ("example.com/MyName", []),
        ("bad key", [nameRule]),
        ("/x", ["prefix part must be non-empty"]),
        ("x/", ["name part must be non-empty", nameRule]),
        (String(repeating: "a", count: 64), ["name part must be no more than 63 characters"]),
    ])
    func qualifiedName(key: String, problems: [String]) {
        #expect(NameValidation.qualifiedName(key) == problems)
    }

    @Test("a key with two slashes gets the one whole-name complaint")
    func twoSlashes() {
        let problems = NameValidation.qualifiedName("a/b/c")
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("a qualified name must consist of") == true)
        #expect(problems.first?.hasSuffix("with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')") == true)
    }

    @Test("a bad label key or value is refused on create and nothing is stored")
    func create() throws {
        let cluster = try AdmissionFixture.cluster()
        let key = AdmissionFixture.refusal { try cluster.create(Self.configMap(labels: ["bad key": "1"])) }
        #expect(key == "ConfigMap \"cm\" is invalid: metadata.labels: Invalid value: \"bad key\": \(Self.nameRule)")
        let value = AdmissionFixture.refusal { try cluster.create(Self.configMap(labels: ["app": "-web"])) }
        #expect(value?.hasPrefix("ConfigMap \"cm\" is invalid: metadata.labels: Invalid value: \"-web\": a valid label must be an empty string") == true)
        #expect(cluster.list(.configMaps, namespace: "dev").allSatisfy { $0.name != "cm" })
    }

    @Test("an annotation key is checked lowercased but named as written; its value is free")
    func annotations() throws {
        let cluster = try AdmissionFixture.cluster()
        try cluster.create(Self.configMap(annotations: ["Example.COM/Note": "any text at all"]))
        let refused = AdmissionFixture.refusal { try cluster.replace(Self.configMap(annotations: ["Bad Key": "1"])) }
        #expect(refused == "ConfigMap \"cm\" is invalid: metadata.annotations: Invalid value: \"Bad Key\": \(Self.nameRule)")
    }

    @Test("a Deployment's template labels are checked under spec.template.metadata.labels")
    func template() throws {
        let cluster = try AdmissionFixture.cluster()
        let deployment = try AdmissionFixture.object("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: dev}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web, "tier!": x}}
                spec: {containers: [{name: web, image: nginx}]}
            """)
        let message = AdmissionFixture.refusal { try cluster.create(deployment) }
        #expect(message == "Deployment.apps \"web\" is invalid: spec.template.metadata.labels: Invalid value: \"tier!\": \(Self.nameRule)")
    }
}
