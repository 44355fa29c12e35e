/// The strict errors sigs.k8s.io/json's `UnmarshalStrict` reports of a JSON document it decoded:
/// a key an object repeats (`duplicate field`) and a key a struct does not have (`unknown field`),
/// each named by its path (`spec.containers[0].name`), in the order met, each once, at most 100.
///
/// The text is read as sent, so repeated keys are still there; it must be valid JSON that decodes
/// into the target (a body that does not is refused before strictness is looked at).
public enum GoStrictFields {
    /// The Go type a value is decoded into, as far as strictness sees it.
    public indirect enum Target: Sendable {
        /// `interface{}` or `map[string]interface{}`: any key, a repeated one reported.
        case any
        /// A slice of `element`s.
        case list(of: Target)
        /// A map from strings to values of one type: any key, a repeated one reported.
        case map(of: Target)
        /// A target worked out when a value meets it, for types that contain themselves.
        case lazy(@Sendable () -> Target)
        /// A struct whose JSON field names are given: other keys are unknown, and their values skipped.
        case fields([String: Target])
    }

    public static func errors(in text: String, decodingAs target: Target) -> [String] {
        var checker = Checker(reader: GoJSONReader(text))
        checker.reader.skipSpace()
        checker.value(target, path: "")
        return checker.errors
    }

    private struct Checker {
        var reader: GoJSONReader
        var errors: [String] = []
        private var reported: Set<String> = []

        init(reader: GoJSONReader) { self.reader = reader }

        /// One value at `path`, checked against `target`.
        mutating func value(_ target: Target, path: String) {
            if case .lazy(let resolve) = target { return value(resolve(), path: path) }
            switch reader.peek {
            case UInt8(ascii: "{"): object(target, path: path)
            case UInt8(ascii: "["): array(target, path: path)
            default: reader.skipValue()
            }
            reader.skipSpace()
        }

        private mutating func object(_ target: Target, path: String) {
            reader.index += 1
            reader.skipSpace()
            var keys: Set<String> = []
            repeat {
                guard reader.peek == UInt8(ascii: "\"") else { break }
                let key = reader.string()
                guard reader.skip(":") else { return }
                let keyPath = path.isEmpty ? key : path + "." + key
                var member = Target.any
                switch target {
                case .fields(let fields):
                    guard let field = fields[key] else {
                        report("unknown field", keyPath)
                        reader.skipValue()
                        continue
                    }
                    member = field
                case .map(let element): member = element
                case .any, .list, .lazy: break
                }
                if !keys.insert(key).inserted { report("duplicate field", keyPath) }
                value(member, path: keyPath)
            } while reader.skip(",")
            reader.index += 1
        }

        private mutating func array(_ target: Target, path: String) {
            reader.index += 1
            reader.skipSpace()
            var element = Target.any
            if case .list(let of) = target { element = of }
            var count = 0
            repeat {
                guard let byte = reader.peek, byte != UInt8(ascii: "]") else { break }
                value(element, path: path + "[\(count)]")
                count += 1
            } while reader.skip(",")
            reader.index += 1
        }

        /// Notes a strict error as `saveStrictError` does: each once, and no more than 100.
        private mutating func report(_ kind: String, _ path: String) {
            let error = kind + " " + GoSyntax.quoted(path)
            guard errors.count < 100, reported.insert(error).inserted else { return }
            errors.append(error)
        }
    }
}
