import Yams

/// What go-yaml's strict unmarshal (sigs.k8s.io/yaml's `YAMLToJSONStrict`) says of a key a
/// mapping repeats: `line N: key "k" already set in map`, for each occurrence after the first,
/// N the line of its value. A mapping's pairs are read in order, each value before its key is
/// checked, so a repeat inside a value is named before the key that holds it.
extension YAMLDecoding {
    /// The strict errors of `text`; empty when no mapping repeats a key (or the text does not parse).
    public static func repeatedKeyErrors(in text: String) -> [String] {
        var source = hasJSONPrefix(text) ? goJSONEscapes(text) : text
        for _ in 0...repeatedKeyLimit {
            do {
                var errors: [String] = []
                var nodes = try Yams.compose_all(yaml: source, .basic, .default, .utf8)
                while let node = nodes.next() { try collectRepeats(in: node, into: &errors) }
                // The sequence ends quietly at an error; the error is kept on it.
                if let error = nodes.error { throw error }
                return errors
            } catch let YamlError.duplicatedKeysInMapping(_, context) {
                guard let renamed = overwritingKey(at: context.mark, in: source) else { return [] }
                source = renamed
            } catch {
                return []
            }
        }
        return []
    }

    /// Walks a node as go-yaml decodes it into `interface{}`; keys renamed as overwritten are the
    /// earlier occurrences of the key they name.
    private static func collectRepeats(in node: Node, into errors: inout [String]) throws {
        switch node {
        case .sequence(let sequence):
            for child in sequence { try collectRepeats(in: child, into: &errors) }
        case .mapping(let mapping):
            var seen: Set<String> = []
            for (key, value) in mapping {
                try collectRepeats(in: value, into: &errors)
                guard case .scalar(var scalar) = key else { continue }
                // A key met three times or more is renamed again with each repeat.
                while scalar.string.hasPrefix(overwrittenKeyPrefix) {
                    scalar.string.removeFirst(overwrittenKeyPrefix.count)
                }
                if !seen.insert(scalar.string).inserted, let line = value.mark?.line {
                    errors.append(
                        "line \(line): key \(try goSyntax(of: .scalar(scalar), top: true, asKey: true)) already set in map"
                    )
                }
            }
        default: break
        }
    }
}
