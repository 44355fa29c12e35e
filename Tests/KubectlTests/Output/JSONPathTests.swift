@testable import Kubectl
import KubeAPI
import Testing

/// The jsonpath engine against what kubectl 1.32 printed for the same object and template
/// (`kubectl label -f pod.yaml --local ... -o jsonpath=TEMPLATE`).
@Suite("jsonpath templates")
struct JSONPathTests {
    static let pod: JSONValue = {
        let yaml = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: p1
              labels: {app: web, "a.b/c": x}
              annotations:
                kubectl.kubernetes.io/last-applied-configuration: '{"x":1}'
              creationTimestamp: null
            spec:
              containers:
              - name: c1
                image: nginx
                ports: [{containerPort: 80}, {containerPort: 443}]
              - name: c2
                image: busybox
            status:
              conditions:
              - type: Ready
                status: "True"
              - type: Initialized
                status: "False"
            """
        return (try? YAMLDecoding.documents(yaml).first?.sortedKeys) ?? .null
    }()

    static func print(_ template: String, allowMissing: Bool = true) -> String {
        do {
            return try JSONPathPrinter(template, allowMissingKeys: allowMissing).print(pod)
        } catch {
            return error.message
        }
    }

    @Test(
        "templates print as kubectl prints them",
        arguments: [
            ("{.metadata.name}", "p1"),
            ("{.spec.containers[*].name}", "c1 c2"),
            ("{range .spec.containers[*]}{.name}{end}", "c1c2"),
            ("{range .spec.containers[*]}{.name}{\"\\t\"}{.image}{\"\\n\"}{end}", "c1\tnginx\nc2\tbusybox\n"),
            ("{.spec.containers[0:1].name}", "c1"),
            ("{.spec.containers[-1].name}", "c2"),
            ("{.spec.containers[0:2:1].name}", "c1 c2"),
            ("{..image}", "nginx busybox"),
            ("{.spec..name}", "c1 c2"),
            ("{.metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}", "{\"x\":1}"),
            ("{.metadata.labels.a\\.b/c}", "x"),
            ("{.metadata['name']}", "p1"),
            ("{.spec.containers[*]['name','image']}", "c1 c2 nginx busybox"),
            ("{.spec.containers[?(@.name=)]}", ""),
            ("{.spec.containers[?(@.name!=\"c2\")].name}", "c1"),
            ("{.status.conditions[?(@.type==\"Ready\")].status}", "True"),
            ("{.spec.containers[?(@.ports)].name}", "c1"),
            ("{.spec.containers[*].ports[?(@.containerPort>100)].containerPort}", "443"),
            ("{.spec.containers[*].ports[?(@.containerPort<=80)].containerPort}", "80"),
            ("{.spec.containers[?(@.image<\"c\")].name}", "c2"),
            ("{.spec.containers[?(@.ports[0].containerPort==80)].name}", "c1"),
            ("{.metadata.labels}", "{\"a.b/c\":\"x\",\"app\":\"web\"}"),
            ("{.spec.containers[*].name} {.kind}", "c1 c2 Pod"),
            ("{$.kind}", "Pod"),
            ("{.metadata.creationTimestamp}", "null"),
            ("{.nope}", ""),
            ("{.metadata.name.x}", ""),
            ("{range .nope}x{end}", ""),
            ("{\"a\\tb\\n\"}", "a\tb\n"),
            ("{'x'}", "x"),
            ("text only", "text only"),
            ("{.metadata.name}}", "p1}"),
        ])
    func templates(_ template: String, expected: String) {
        #expect(Self.print(template) == expected)
    }

    @Test(
        "malformed templates are refused with the parser's words",
        arguments: [
            ("{.metadata.name", "error: error parsing jsonpath {.metadata.name, unclosed action"),
            ("{.a[}", "error: error parsing jsonpath {.a[}, unterminated array"),
            ("{.a[?(@.x==)]}", "error: error parsing jsonpath {.a[?(@.x==)]}, unrecognized character in action: U+003D '='"),
            ("{.a[?(@.x==\"a\" && @.y)]}", "error: error parsing jsonpath {.a[?(@.x==\"a\" && @.y)]}, unrecognized character in action: U+0026 '&'"),
            ("{.a[?(@.x=~\"a\")]}", "error: error parsing jsonpath {.a[?(@.x=~\"a\")]}, unrecognized character in action: U+007E '~'"),
            ("{.a[0:x]}", "error: error parsing jsonpath {.a[0:x]}, invalid array index 0:x"),
            ("{.a[1.5]}", "error: error parsing jsonpath {.a[1.5]}, invalid array index 1.5"),
            ("{.a[\"b\"]}", "error: error parsing jsonpath {.a[\"b\"]}, invalid array index \"b\""),
            ("{\"abc}", "error: error parsing jsonpath {\"abc}, unterminated quoted string"),
            ("{#}", "error: error parsing jsonpath {#}, unrecognized character in action: U+0023 '#'"),
            ("", "error: template format specified but no template given"),
        ])
    func parseErrors(_ template: String, expected: String) {
        #expect(Self.print(template) == expected)
    }

    @Test(
        "evaluation errors name the problem, the template and the object",
        arguments: [
            ("{.spec.containers[5].name}", "array index out of bounds: index 5, length 2", true),
            ("{.metadata[0]}", "map[string]interface {} is not array or slice", true),
            ("{.kind[0]}", "string is not array or slice", true),
            ("{end}", "not in range, nothing to end", true),
            ("{.a b}", "unrecognized identifier b", true),
            ("{.spec.containers[?(@.name==c2)].name}", "unrecognized identifier c2", true),
            ("{.spec.containers[?(@.ports[*].containerPort==80)].name}", "can only compare one element at a time", true),
            ("{.nope}", "nope is not found", false),
            ("{.metadata.labels.b}", "b is not found", false),
        ])
    func executionErrors(_ template: String, problem: String, allowMissing: Bool) {
        let text = Self.print(template, allowMissing: allowMissing)
        #expect(
            text.hasPrefix(
                "error: error executing jsonpath \(GoValueFormat.quote(template)): Error executing template: \(problem). "
                    + "Printing more information for debugging the template:\n\ttemplate was:\n\t\t\(template)\n"))
        #expect(text.contains("\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", "))
        #expect(text.hasSuffix("}\n\n"))
    }

    @Test("the object in an error is Go's %#v of the decoded JSON")
    func goSyntax() {
        let value: JSONValue = ["b": [1, .double(2.5), "x\"y", nil, true], "a": [:], "c": []]
        #expect(
            GoValueFormat.syntax(value)
                == "map[string]interface {}{\"a\":map[string]interface {}{}, \"b\":[]interface {}{1, 2.5, \"x\\\"y\", "
                + "interface {}(nil), true}, \"c\":[]interface {}{}}")
    }

    @Test("floats print as Go's %v prints them", arguments: [
        (1.5, "1.5"), (100000.0, "100000"), (1e6, "1e+06"), (1234567.0, "1.234567e+06"), (0.0001, "0.0001"),
        (0.00001, "1e-05"), (-2.25, "-2.25"),
    ])
    func floats(_ number: Double, expected: String) {
        #expect(GoValueFormat.float(number) == expected)
    }

    @Test("jsonpath-as-json prints each expression's values as an indented JSON array")
    func asJSON() throws {
        let printer = try JSONPathPrinter("{.spec.containers[*].name}{.nope}", asJSON: true)
        #expect(try printer.print(Self.pod) == "[\n    \"c1\",\n    \"c2\"\n]\n[]\n")
    }
}
