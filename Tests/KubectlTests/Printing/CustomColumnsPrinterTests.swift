import KubeAPI
import Kubectl
import Testing

/// `-o custom-columns`, checked against real kubectl 1.32 output for the same objects.
@Suite struct CustomColumnsPrinterTests {
    /// A pod whose `spec.nodeName` is an explicit JSON null (kept by the dictionary literal).
    static func pod(_ name: String, _ namespace: String, labels: [String: String]) -> KubeObject {
        var object = KubeObject([
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": .string(name), "namespace": .string(namespace)],
            "spec": ["containers": [["name": "c1", "image": "i1"], ["name": "c2", "image": "i2"]], "nodeName": nil],
        ])
        object.labels = labels
        return object
    }

    @Test func pathsMissingValuesMapsAndLists() throws {
        let objects = [
            Self.pod("p1", "default", labels: ["app": "web", "x/y": "z", "tier": "fe"]),
            Self.pod("p2", "default", labels: [:]), Self.pod("p3", "other", labels: ["app": "db"]),
        ]
        let spec =
            "N:.metadata.name,L:.metadata.labels,C:.spec.containers[*].name,M:.spec.missing,NIL:.spec.nodeName,"
            + "I:.spec.containers[1].image,X:{.metadata.namespace}"
        let printer = try CustomColumnsPrinter(spec: spec)
        #expect(
            try printer.render(objects) == """
                N     L                            C       M        NIL     I     X
                p1    map[app:web tier:fe x/y:z]   c1,c2   <none>   <nil>   i2    default
                p2    <none>                       c1,c2   <none>   <nil>   i2    default
                p3    map[app:db]                  c1,c2   <none>   <nil>   i2    other

                """)
    }

    @Test func headerEvenWithoutObjects() throws {
        #expect(try CustomColumnsPrinter(spec: "N:.metadata.name").render([]) == "N\n")
        #expect(try CustomColumnsPrinter(spec: "N:.metadata.name", noHeaders: true).render([]) == "")
    }

    @Test func relaxedPathForms() throws {
        let printer = try CustomColumnsPrinter(
            spec: "A:metadata.name,B:{metadata.name},C:{.metadata.name},D:.metadata.name")
        #expect(printer.columns.map(\.fieldSpec) == Array(repeating: "{.metadata.name}", count: 4))
    }

    @Test func badSpecs() {
        #expect(
            throws: CustomColumnsPrinter.SpecError(
                message: "unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>")
        ) {
            try CustomColumnsPrinter(spec: "NAME")
        }
        #expect(
            throws: CustomColumnsPrinter.SpecError(
                message: "custom-columns format specified but no custom columns given")
        ) {
            try CustomColumnsPrinter(spec: "")
        }
    }

    @Test("custom-columns-file: a line of headers, a line of paths, each split on whitespace")
    func fromFile() throws {
        let printer = try CustomColumnsPrinter(file: "NAME   NODE\nmetadata.name {.spec.nodeName}\n")
        #expect(printer.columns.map(\.header) == ["NAME", "NODE"])
        #expect(printer.columns.map(\.fieldSpec) == ["{.metadata.name}", "{.spec.nodeName}"])
        let expected = "Expected format is one line of space separated headers, one line of space separated column specs."
        #expect(throws: CustomColumnsPrinter.SpecError(message: "invalid template, missing header line. " + expected)) {
            try CustomColumnsPrinter(file: "")
        }
        #expect(throws: CustomColumnsPrinter.SpecError(message: "invalid template, missing spec line. " + expected)) {
            try CustomColumnsPrinter(file: "N\n")
        }
        #expect(
            throws: CustomColumnsPrinter.SpecError(message: "number of headers (2) and field specifications (1) don't match")
        ) { try CustomColumnsPrinter(file: "A B\n.x\n") }
    }

    @Test("a path that fails leaves the header printed before the error")
    func failingPath() throws {
        let printer = try CustomColumnsPrinter(spec: "N:.metadata.name,X:.spec.containers[0")
        #expect(throws: CustomColumnsPrinter.SpecError(message: "unterminated array", printed: "N     X\n")) {
            try printer.render([])
        }
    }
}
