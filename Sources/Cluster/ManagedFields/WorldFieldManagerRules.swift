import KubeAPI

/// Who wrote the world's objects before the lab began (world data, `cluster.fieldManagers`):
/// which component created which objects, and which fields another component wrote later.
public struct WorldFieldManagerRules: Sendable {
    /// Objects a rule matches: any listed kind, namespace and name, and every label given.
    public struct Match: Sendable {
        var kinds: [String] = []
        var namespaces: [String] = []
        var names: [String] = []
        var labels: [String: String] = [:]

        init(_ json: JSONValue) {
            kinds = json["kinds"].array.compactMap(\.string)
            namespaces = json["namespaces"].array.compactMap(\.string)
            names = json["names"].array.compactMap(\.string)
            labels = json["labels"].object.reduce(into: [:]) { $0[$1.key] = $1.value.string }
        }

        func matches(_ object: KubeObject) -> Bool {
            (kinds.isEmpty || kinds.contains(object.kind))
                && (namespaces.isEmpty || namespaces.contains(object.namespace ?? ""))
                && (names.isEmpty || names.contains(object.name))
                && labels.allSatisfy { object.labels[$0.key] == $0.value }
        }
    }

    /// The creator of the objects a rule matches.
    public struct Creator: Sendable {
        var manager: String
        var match: Match
    }

    /// Fields of matching objects a component wrote after their creation, as paths of field names.
    public struct Writer: Sendable {
        var manager: String
        var match: Match
        var fields: [[String]]
    }

    var creators: [Creator] = []
    var writers: [Writer] = []

    public init() {}

    /// Reads `cluster.fieldManagers`; the first creator rule an object matches names its creator.
    public init(_ json: JSONValue) {
        creators = json["creators"].array.compactMap { rule in
            rule["manager"].string.map { Creator(manager: $0, match: Match(rule)) }
        }
        writers = json["writers"].array.compactMap { rule in
            rule["manager"].string.map { manager in
                Writer(manager: manager, match: Match(rule), fields: rule["fields"].array.map { $0.array.compactMap(\.string) })
            }
        }
    }

    func creator(of object: KubeObject) -> String? {
        creators.first { $0.match.matches(object) }?.manager
    }
}
