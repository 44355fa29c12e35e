@testable import Kubectl
import KubeAPI
import OrderedCollections
import Testing

/// `-o yaml` and `-o json` written in chunks as they are built, keys sorted on the way out.
@Suite("Streaming object output")
struct StreamingOutputTests {
    /// A list long enough to pass the printers' chunk size several times, keys out of order.
    static let namespaces: [KubeObject] = (0..<2_000).map { index in
        KubeObject([
            "metadata": ["uid": .string("uid-\(index)"), "name": .string("team-\(index)"), "resourceVersion": .string("\(index)")],
            "kind": "Namespace", "apiVersion": "v1",
            "status": ["phase": "Active"], "spec": ["finalizers": ["kubernetes"]],
        ])
    }

    @Test("YAML for a long list reaches the sink in chunks of whole lines, the same text as printed at once")
    func yamlChunks() {
        let sink = OutputBuffer()
        YAMLPrinter.write(OutputFormat.unsortedDocument(Self.namespaces, single: false), to: IOStreams(sink: sink))
        #expect(sink.chunks.count > 1)
        #expect(sink.chunks.allSatisfy { $0.stream == .stdout && $0.text.hasSuffix("\n") })
        #expect(sink.stdout == YAMLPrinter.print(OutputFormat.document(Self.namespaces, single: false)))
        #expect(sink.stdout.hasPrefix("apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: team-0\n"))
        #expect(sink.stdout.hasSuffix("kind: List\nmetadata:\n  resourceVersion: \"\"\n"))
    }

    @Test("JSON for a long list reaches the sink in chunks, keys sorted, ending in a newline")
    func jsonChunks() {
        let sink = OutputBuffer()
        JSONPrinter.write(OutputFormat.unsortedDocument(Self.namespaces, single: false), sortingKeys: true, to: IOStreams(sink: sink))
        #expect(sink.chunks.count > 1)
        #expect(sink.stdout == JSONPrinter.print(OutputFormat.document(Self.namespaces, single: false)) + "\n")
    }

    @Test("Once the sink keeps no more (the line's output limit, /dev/null), the rest of a long list is not written; what was kept is unchanged")
    func stopsWhenNothingMoreIsKept() {
        let document = OutputFormat.unsortedDocument(Self.namespaces, single: false)
        let full = YAMLPrinter.print(OutputFormat.document(Self.namespaces, single: false))
        let yaml = LimitedSink(limit: 1_000)
        YAMLPrinter.write(document, to: IOStreams(sink: yaml))
        #expect(yaml.chunks.count <= 2)
        #expect(full.hasPrefix(yaml.chunks[0].text))
        #expect(yaml.stdout.utf8.count < full.utf8.count / 2)
        let json = LimitedSink(limit: 1_000)
        JSONPrinter.write(document, sortingKeys: true, to: IOStreams(sink: json))
        let fullJSON = JSONPrinter.print(OutputFormat.document(Self.namespaces, single: false))
        #expect(json.chunks.count <= 2)
        #expect(fullJSON.hasPrefix(json.chunks[0].text))
        #expect(json.stdout.utf8.count < fullJSON.utf8.count / 2)
    }

    @Test("JSON keeps the keys' order unless asked to sort them, as a client dry run prints")
    func jsonOrder() {
        let sink = OutputBuffer()
        JSONPrinter.write(["b": 1, "a": ["d": true, "c": nil]], sortingKeys: false, to: IOStreams(sink: sink))
        #expect(sink.stdout == "{\n    \"b\": 1,\n    \"a\": {\n        \"d\": true,\n        \"c\": null\n    }\n}\n")
    }

    @Test("YAML sorts keys as go-yaml does, whatever order the object holds them in")
    func yamlSortsKeys() {
        #expect(YAMLPrinter.print(["spec": ["b": -12, "a": 0], "kind": "Pod", "apiVersion": "v1"])
            == "apiVersion: v1\nkind: Pod\nspec:\n  a: 0\n  b: -12\n")
    }

    @Test("Numbers are written as Go writes them, the extremes included")
    func numbers() {
        #expect(YAMLPrinter.print([.int(Int.min), .int(Int.max), .int(0), .double(1.5), .double(3)])
            == "- -9223372036854775808\n- 9223372036854775807\n- 0\n- 1.5\n- 3\n")
        #expect(JSONPrinter.print([.int(-7), .double(2.5)]) == "[\n    -7,\n    2.5\n]")
    }

    @Test("JSON escapes control characters, quotes, backslashes and the line separators as Go does")
    func jsonEscapes() {
        #expect(JSONPrinter.quote("a\u{1}b\u{1F}\"\\\t\r\n\u{2028}\u{2029}é<>&") ==
            "\"a\\u0001b\\u001f\\\"\\\\\\t\\r\\n\\u2028\\u2029é\\u003c\\u003e\\u0026\"")
    }

    @Test("YAML quotes keys and values that hold quotes, non-ASCII text stays plain")
    func yamlQuotes() {
        // kubectl 1.32 (`label --local -f FILE -o yaml`): a date followed by more text is no timestamp.
        #expect(YAMLPrinter.print(["'a'": "it's", "名前": "café", "x": "2026-01-01\"T"])
            == "'''a''': it's\nx: 2026-01-01\"T\n名前: café\n")
    }
}

/// A sink that keeps output up to a limit, then says it takes no more.
private final class LimitedSink: OutputSink {
    private let buffer = OutputBuffer()
    private let limit: Int
    private var size = 0

    init(limit: Int) { self.limit = limit }

    var takesMoreOutput: Bool { size < limit }
    var chunks: [(stream: StandardStream, text: String)] { buffer.chunks }
    var stdout: String { buffer.stdout }

    func write(_ text: String, to stream: StandardStream) {
        size += text.utf8.count
        buffer.write(text, to: stream)
    }
}
