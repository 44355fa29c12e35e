@testable import Cluster
import KubeAPI
import OrderedCollections
import Testing

@Suite("Container environment: ConfigMaps, Secrets, the downward API and service links, as the kubelet builds them")
struct ContainerEnvironmentTests {
    static func configMap(_ name: String, _ data: [String: String]) -> KubeObject {
        KubeObject(["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name)], "data": .stringMap(data)])
    }

    static func secret(_ name: String, _ data: [String: String]) -> KubeObject {
        KubeObject(["apiVersion": "v1", "kind": "Secret", "metadata": ["name": .string(name)], "stringData": .stringMap(data)])
    }

    static func pod(_ name: String, env: JSONValue = [], envFrom: JSONValue = [], volumes: JSONValue? = nil) -> KubeObject {
        var pod = KubeletFixture.pod(name, image: "busybox", command: ["sleep", "3600"])
        pod[path: "spec.containers"] = [["name": .string(name), "image": "busybox", "command": ["sleep", "3600"], "env": env, "envFrom": envFrom]]
        if let volumes { pod[path: "spec.volumes"] = volumes }
        return pod
    }

    static func keyRef(_ variable: String, _ kind: String, _ name: String, _ key: String, optional: Bool = false) -> JSONValue {
        var from = JSONValue.emptyObject
        from[kind] = ["name": .string(name), "key": .string(key), "optional": .bool(optional)]
        return ["name": .string(variable), "valueFrom": from]
    }

    @Test("env from keys, envFrom with a prefix, $(NAME) expansion and fields; env wins over envFrom")
    func variables() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.configMap("app", ["mode": "dev", "level": "3"]))
        try cluster.create(Self.secret("db", ["password": "s3cret"]))
        let env: JSONValue = [
            Self.keyRef("MODE", "configMapKeyRef", "app", "mode"),
            Self.keyRef("PASS", "secretKeyRef", "db", "password"),
            ["name": "GREETING", "value": "in $(MODE) mode, $$(MODE) and $(NOPE)"],
            ["name": "CFG_level", "value": "mine"],
            ["name": "POD", "valueFrom": ["fieldRef": ["fieldPath": "metadata.name"]]],
        ]
        let pod = try cluster.create(Self.pod("web", env: env, envFrom: [["configMapRef": ["name": "app"], "prefix": "CFG_"]]))
        let variables = try cluster.containerEnvironment(of: pod, container: pod[path: "spec.containers"][0])
        #expect(variables["MODE"] == "dev")
        #expect(variables["PASS"] == "s3cret")
        #expect(variables["GREETING"] == "in dev mode, $(MODE) and $(NOPE)")
        #expect(variables["CFG_mode"] == "dev")
        #expect(variables["CFG_level"] == "mine")
        #expect(variables["POD"] == "web")
        #expect(variables["KUBERNETES_SERVICE_HOST"] == "10.98.0.1")
        #expect(variables["KUBERNETES_SERVICE_PORT_HTTPS"] == "443")
        #expect(variables["KUBERNETES_PORT_443_TCP"] == "tcp://10.98.0.1:443")
        // A source's keys sorted, then `env` as declared (a name set twice keeps its first place),
        // then the service links.
        #expect(
            Array(variables.keys.prefix(7)) == ["CFG_level", "CFG_mode", "MODE", "PASS", "GREETING", "POD", "KUBERNETES_PORT"])
    }

    @Test("a missing object or key fails in the kubelet's words; optional ones are skipped")
    func missing() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.configMap("app", ["mode": "dev"]))
        func failure(_ env: JSONValue) throws -> String? {
            let pod = Self.pod("p", env: env)
            do {
                _ = try cluster.containerEnvironment(of: pod, container: pod[path: "spec.containers"][0])
                return nil
            } catch { return error.message }
        }
        #expect(try failure([Self.keyRef("A", "configMapKeyRef", "nope", "k")]) == "configmap \"nope\" not found")
        #expect(try failure([Self.keyRef("A", "secretKeyRef", "nope", "k")]) == "secret \"nope\" not found")
        #expect(try failure([Self.keyRef("A", "configMapKeyRef", "app", "k")]) == "couldn't find key k in ConfigMap default/app")
        #expect(try failure([Self.keyRef("A", "configMapKeyRef", "app", "k", optional: true)]) == nil)
        #expect(try failure([Self.keyRef("A", "secretKeyRef", "nope", "k", optional: true)]) == nil)
    }

    @Test("service links: the namespace's Services with a cluster IP, named ports, and none but kubernetes when disabled")
    func serviceLinks() throws {
        let cluster = try WorldFixture.tk8s()
        let service = KubeObject([
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": "my-web"],
            "spec": ["selector": ["app": "web"], "ports": [["name": "http", "port": 80], ["name": "metrics", "port": 9090, "protocol": "TCP"]]],
        ])
        let ip = try cluster.create(service)[path: "spec.clusterIP"].string ?? ""
        let links = cluster.serviceLinkVariables(namespace: "default", enableLinks: true)
        #expect(links["MY_WEB_SERVICE_HOST"] == ip)
        #expect(links["MY_WEB_SERVICE_PORT"] == "80")
        #expect(links["MY_WEB_SERVICE_PORT_METRICS"] == "9090")
        #expect(links["MY_WEB_PORT"] == "tcp://\(ip):80")
        #expect(links["MY_WEB_PORT_9090_TCP_ADDR"] == ip)
        #expect(links["KUBE_DNS_SERVICE_HOST"] == nil)
        let disabled = cluster.serviceLinkVariables(namespace: "default", enableLinks: false)
        #expect(disabled.keys.allSatisfy { $0.hasPrefix("KUBERNETES_") })
        #expect(cluster.serviceLinkVariables(namespace: "kube-system", enableLinks: true)["KUBE_DNS_SERVICE_PORT_DNS_TCP"] == "53")
    }

    @Test("a missing ConfigMap is CreateContainerConfigError until it appears; the environment is kept from the start")
    func createContainerConfigError() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.pod("web", env: [Self.keyRef("MODE", "configMapKeyRef", "app", "mode")]))
        cluster.advance(seconds: 20)
        let waiting = KubeletFixture.status(cluster, "web")[path: "state.waiting"]
        #expect(waiting["reason"].string == "CreateContainerConfigError")
        #expect(waiting["message"].string == "configmap \"app\" not found")
        #expect(KubeletFixture.events(cluster, about: "web").contains("Failed: Error: configmap \"app\" not found"))
        try cluster.create(Self.configMap("app", ["mode": "dev"]))
        cluster.advance(seconds: 15)
        #expect(KubeletFixture.phase(cluster, "web") == "Running")
        var changed = try cluster.get(.configMaps, namespace: "default", name: "app")
        changed.value["data"] = ["mode": "prod"]
        try cluster.replace(changed)
        let pod = try cluster.get(.pods, namespace: "default", name: "web")
        #expect(cluster.environment(of: pod, container: "web")["MODE"] == "dev")
    }

    @Test("projected files: every key, or the listed items with their modes; a missing item key is refused")
    func projectedFiles() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.configMap("app", ["b": "2", "a": "1"]))
        try cluster.create(Self.secret("db", ["password": "s3cret"]))
        let pod = Self.pod("p")
        let all = try cluster.projectedFiles(of: ["name": "v", "configMap": ["name": "app", "defaultMode": 0o640]], in: pod)
        #expect(all == [ProjectedFile(path: "a", content: "1", mode: 0o640), ProjectedFile(path: "b", content: "2", mode: 0o640)])
        let items: JSONValue = ["name": "v", "secret": ["secretName": "db", "items": [["key": "password", "path": "pw/file", "mode": 0o400]]]]
        #expect(try cluster.projectedFiles(of: items, in: pod) == [ProjectedFile(path: "pw/file", content: "s3cret", mode: 0o400)])
        let bad: JSONValue = ["name": "v", "configMap": ["name": "app", "items": [["key": "c", "path": "c"]]]]
        #expect(throws: ContainerConfigError(message: "configmap references non-existent config key: c")) {
            try cluster.projectedFiles(of: bad, in: pod)
        }
        #expect(try cluster.projectedFiles(of: ["name": "v", "emptyDir": [:]], in: pod) == nil)
    }

    @Test("a Secret's stringData is stored base64-encoded in data, over a data key of the same name")
    func stringData() throws {
        let cluster = try WorldFixture.tk8s()
        var secret = Self.secret("s", ["user": "admin", "b": "new"])
        secret.value["data"] = ["b": "b2xk", "a": "YQ=="]
        let stored = try cluster.create(secret)
        #expect(stored.value["stringData"].isNull)
        #expect(stored.value["data"] == ["a": "YQ==", "b": "bmV3", "user": "YWRtaW4="])
    }

    @Test("$(NAME) expansion: known names, $$ escapes, unknown and unclosed references stay")
    func expansion() {
        let lookup: (String) -> String? = { ["A": "1"][$0] }
        #expect(EnvironmentExpansion.expand("$(A)-$$(A)-$(B)-$(A", lookup) == "1-$(A)-$(B)-$(A")
        #expect(EnvironmentExpansion.expand("cost $5 $", lookup) == "cost $5 $")
    }
}
