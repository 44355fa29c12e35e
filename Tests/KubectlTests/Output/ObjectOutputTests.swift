@testable import Kubectl
import KubeAPI
import Testing

/// `-o yaml`, `-o json` and `-o jsonpath` against the reference cases (C49-C52, C89-C91).
@Suite("Object output formats")
struct ObjectOutputTests {
    static let defaultNamespace = KubeObject([
        "apiVersion": "v1", "kind": "Namespace",
        "metadata": [
            "creationTimestamp": "2026-11-22T02:29:41Z", "labels": ["kubernetes.io/metadata.name": "default"],
            "name": "default", "resourceVersion": "100", "uid": "uid-default",
        ],
        "spec": ["finalizers": ["kubernetes"]], "status": ["phase": "Active"],
    ])

    static func runtimeClass(_ name: String, handler: String, created: String) -> KubeObject {
        KubeObject([
            "apiVersion": "node.k8s.io/v1", "handler": .string(handler), "kind": "RuntimeClass",
            "metadata": ["creationTimestamp": .string(created), "name": .string(name), "resourceVersion": "100", "uid": .string("uid-\(name)")],
        ])
    }

    @Test("C49: a server object as YAML, keys sorted and timestamps quoted")
    func namespaceYAML() {
        #expect(YAMLPrinter.print(Self.defaultNamespace.value.sortedKeys) == """
            apiVersion: v1
            kind: Namespace
            metadata:
              creationTimestamp: "2026-11-22T02:29:41Z"
              labels:
                kubernetes.io/metadata.name: default
              name: default
              resourceVersion: "100"
              uid: uid-default
            spec:
              finalizers:
              - kubernetes
            status:
              phase: Active

            """)
    }

    @Test("C50: a server object as JSON with a four-space indent")
    func namespaceJSON() {
        #expect(JSONPrinter.print(Self.defaultNamespace.value.sortedKeys) + "\n" == """
            {
                "apiVersion": "v1",
                "kind": "Namespace",
                "metadata": {
                    "creationTimestamp": "2026-11-22T02:29:41Z",
                    "labels": {
                        "kubernetes.io/metadata.name": "default"
                    },
                    "name": "default",
                    "resourceVersion": "100",
                    "uid": "uid-default"
                },
                "spec": {
                    "finalizers": [
                        "kubernetes"
                    ]
                },
                "status": {
                    "phase": "Active"
                }
            }

            """)
    }

    @Test("C51: several objects as a List")
    func listYAML() {
        let objects = [
            Self.runtimeClass("crun", handler: "crun", created: "2026-11-27T03:29:11Z"),
            Self.runtimeClass("gvisor", handler: "runsc", created: "2026-11-15T03:29:41Z"),
        ]
        #expect(YAMLPrinter.print(OutputFormat.document(objects, single: false)) == """
            apiVersion: v1
            items:
            - apiVersion: node.k8s.io/v1
              handler: crun
              kind: RuntimeClass
              metadata:
                creationTimestamp: "2026-11-27T03:29:11Z"
                name: crun
                resourceVersion: "100"
                uid: uid-crun
            - apiVersion: node.k8s.io/v1
              handler: runsc
              kind: RuntimeClass
              metadata:
                creationTimestamp: "2026-11-15T03:29:41Z"
                name: gvisor
                resourceVersion: "100"
                uid: uid-gvisor
            kind: List
            metadata:
              resourceVersion: ""

            """)
    }

    @Test("C52: jsonpath prints the value with no newline")
    func jsonpath() throws {
        let value = Self.runtimeClass("crun", handler: "crun", created: "2026-11-27T03:29:11Z").value
        #expect(try JSONPathPrinter.print("{.handler}", value) == "crun")
        #expect(try JSONPathPrinter.print("{.metadata.name}{\"\\n\"}", value) == "crun\n")
    }

    @Test("YAML quotes what would read back as another type and folds nothing short")
    func yamlQuoting() {
        let value: JSONValue = ["a": "true", "b": "3600", "c": "", "d": "*/1 * * * *", "e": "a: b", "f": "plain text", "g": "x\ny\n"]
        #expect(YAMLPrinter.print(value) == "a: \"true\"\nb: \"3600\"\nc: \"\"\nd: '*/1 * * * *'\ne: 'a: b'\nf: plain text\ng: |\n  x\n  y\n")
    }

    @Test("YAML tries only scalars that start with a digit, sign or dot as numbers, as go-yaml does")
    func yamlNumberLikeScalars() {
        // Checked against kubectl 1.32: `create configmap x --from-literal=a=VALUE --dry-run=client -o yaml`.
        let value: JSONValue = ["a": "nan", "b": "Infinity", "c": ".5", "d": "+1", "e": "1e3", "f": "-x", "g": "0x1", "h": "x:", "i": "a #b"]
        #expect(YAMLPrinter.print(value) == "a: nan\nb: Infinity\nc: \".5\"\nd: \"+1\"\ne: \"1e3\"\nf: -x\ng: \"0x1\"\nh: 'x:'\ni: 'a #b'\n")
    }

    @Test("YAML folds long plain and single-quoted scalars by the column on the line, key included")
    func folding() {
        let value: JSONValue = [
            "kubernetes.io.limit-ranger": "LimitRanger plugin set: cpu, memory request for container web; cpu, memory limit for container web",
            "message": "the HPA was unable to compute the replica count: failed to get cpu utilization: missing request for cpu in container nginx of Pod web-65d846d465-c89zj",
        ]
        // Captured from kubectl 1.32 (`create configmap --dry-run=client -o yaml`, the data mapping).
        #expect(YAMLPrinter.print(["data": value]) == """
            data:
              kubernetes.io.limit-ranger: 'LimitRanger plugin set: cpu, memory request for container
                web; cpu, memory limit for container web'
              message: 'the HPA was unable to compute the replica count: failed to get cpu utilization:
                missing request for cpu in container nginx of Pod web-65d846d465-c89zj'

            """)
    }

    @Test("JSON escapes HTML characters as Go does")
    func jsonEscaping() {
        #expect(JSONPrinter.print(["a": "<b> & c"]) == "{\n    \"a\": \"\\u003cb\\u003e \\u0026 c\"\n}")
    }

    @Test("JSON writes backspace and form feed as \\b and \\f, other control characters as \\u00XX, as kubectl 1.32 does")
    func jsonControlCharacters() {
        // kubectl 1.32: create configmap x --from-literal=k=$'a\bb\fc\x01<' --dry-run=client -o json
        #expect(JSONPrinter.quote("a\u{8}b\u{c}c\u{1}<") == #""a\bb\fc\u0001\u003c""#)
    }
}
