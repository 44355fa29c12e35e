@testable import Kubectl
import KubeAPI
import Testing

/// `--sort-by`: Go's sort order for ties, kubectl's comparisons and its refusals.
@Suite("--sort-by")
struct SortByTests {
    @Test(
        "ties end where Go's sort.Sort leaves them (orders recorded from Go)",
        arguments: [
            ("1 1 1 0 0 1 0 1 0 1 1 0 0 1 1 1 1 1 0 0", "8 19 18 3 4 12 6 11 10 9 0 7 5 13 14 15 16 17 2 1"),
            ("1 1 2 2 0 0 2 2 1 2 2 2 1 1 2 1 2 1 0 1", "4 18 5 15 12 19 1 17 8 0 13 11 3 10 14 9 16 7 6 2"),
            ("10 9 9 8 8 7 7 6 6 5 5 4 4 3 3 2 2 1 1 0", "19 18 17 16 15 14 13 11 12 10 9 8 7 6 5 4 3 2 1 0"),
            (
                "1 1 0 0 1 1 1 0 0 1 1 1 1 1 0 1 1 0 0 0 0 1 0 0 1 0 0 0 0 0",
                "14 2 28 3 27 26 25 7 8 23 22 20 19 18 29 17 9 10 13 12 11 16 1 21 5 6 24 4 15 0"
            ),
            ("3 1 2 1", "1 3 2 0"),
        ])
    func goSortOrder(_ keys: String, expected: String) {
        let values = keys.split(separator: " ").compactMap { Int($0) }
        let sorted = GoSort.sorted(Array(values.enumerated())) { $0.element < $1.element }
        #expect(sorted.map { String($0.offset) }.joined(separator: " ") == expected)
    }

    static func object(_ name: String, _ value: JSONValue) -> JSONValue {
        ["metadata": ["name": .string(name)], "v": value]
    }

    static func names(_ values: [JSONValue], by field: String = ".v") throws -> [String] {
        try SortBy(field, for: .list).sort(values, for: .list) { $0 }.map { $0["metadata"]["name"].string ?? "" }
    }

    @Test("strings compare bytewise, quantities by amount, numbers by value, missing first")
    func comparisons() throws {
        #expect(try Self.names(["a10", "a9", "a1"].map { Self.object($0, "x") }, by: ".metadata.name") == ["a1", "a10", "a9"])
        let quantities = [("big", "1Gi"), ("small", "900Mi"), ("milli", "500m"), ("two", "2")]
        #expect(try Self.names(quantities.map { Self.object($0.0, .string($0.1)) }) == ["milli", "two", "small", "big"])
        let numbers: [JSONValue] = [Self.object("ten", 10), Self.object("two", 2), ["metadata": ["name": "none"]]]
        #expect(try Self.names(numbers) == ["none", "two", "ten"])
        let stamps = [("late", "2025-04-23T07:25:00Z"), ("early", "2025-04-21T09:06:02Z")]
        #expect(try Self.names(stamps.map { Self.object($0.0, .string($0.1)) }) == ["early", "late"])
    }

    @Test("a field no object has, maps, lists and booleans are refused as kubectl refuses them")
    func refusals() {
        let objects = [Self.object("a", ["k": "v"]), Self.object("b", ["k": "w"])]
        #expect(throws: SortBy.Failure(message: "couldn't find any field with path \"{.nope}\" in the list of objects")) {
            try Self.names(objects, by: ".nope")
        }
        #expect(
            throws: SortBy.Failure(
                message: "Field {.v} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable type: map[string]interface {}",
                unsortable: true)
        ) { try Self.names(objects) }
        #expect(
            throws: SortBy.Failure(
                message: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'")
        ) { try Self.names(objects, by: "{.a}{.b}") }
        #expect(throws: SortBy.Failure(message: "sorting error: unclosed action")) {
            try SortBy("{.metadata.name", for: .table)
        }
    }

    @Test("klog's fatal line carries the lab's time")
    func klogLine() {
        let line = SortBy.klogLine(
            SortBy.Failure(message: "Field {.v} ...", unsortable: true), target: .table,
            at: Timestamp(rfc3339: "2025-04-23T07:25:45Z") ?? Timestamp(seconds: 0))
        #expect(line.hasPrefix("F0423 07:25:45.000000 "))
        #expect(line.hasSuffix(" sorter.go:375] Field {.v} ..."))
    }
}
