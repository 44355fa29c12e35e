import KubeAPI
import OrderedCollections

/// The template functions that reach into maps, slices and strings: `index`, `slice`, and
/// kubectl's `exists`, with Go's error texts.
enum GoTemplateIndexing {
    typealias CallError = GoTemplateExecutor.CallError

    static func index(_ item: GoValue, _ indexes: [GoValue]) throws(CallError) -> GoValue {
        var item = item.dug
        guard item.isValid else { throw CallError(message: "index of untyped nil") }
        for index in indexes {
            let index = index.dug
            if case .element(.null) = item { throw CallError(message: "index of nil pointer") }
            switch item.dug {
            case .json(.array(let items)):
                let x = try position(index, count: items.count)
                guard x < items.count else { throw CallError(message: "reflect: slice index out of range") }
                item = .element(items[x])
            case .json(.string(let text)):
                let bytes = Array(text.utf8)
                let x = try position(index, count: bytes.count)
                guard x < bytes.count else { throw CallError(message: "reflect: string index out of range") }
                item = .byte(bytes[x])
            case .json(.object(let members)):
                let key = try mapKey(index)
                item = .element(members[key] ?? .null)
            case let other:
                throw CallError(message: "can't index item of type \(other.typeName)")
            }
        }
        return item
    }

    static func slice(_ item: GoValue, _ indexes: [GoValue]) throws(CallError) -> GoValue {
        let item = item.dug
        guard item.isValid else { throw CallError(message: "slice of untyped nil") }
        if indexes.count > 3 { throw CallError(message: "too many slice indexes: \(indexes.count)") }
        let count: Int
        switch item {
        case .json(.string(let text)):
            if indexes.count == 3 { throw CallError(message: "cannot 3-index slice a string") }
            count = text.utf8.count
        case .json(.array(let items)): count = items.count
        default: throw CallError(message: "can't slice item of type \(item.typeName)")
        }
        var bounds = [0, count, count]
        for (offset, index) in indexes.enumerated() { bounds[offset] = try position(index.dug, count: count) }
        if bounds[0] > bounds[1] { throw CallError(message: "invalid slice index: \(bounds[0]) > \(bounds[1])") }
        if indexes.count == 3, bounds[1] > bounds[2] {
            throw CallError(message: "invalid slice index: \(bounds[1]) > \(bounds[2])")
        }
        switch item {
        case .json(.string(let text)):
            let bytes = Array(text.utf8)[bounds[0]..<bounds[1]]
            return .json(.string(String(decoding: bytes, as: UTF8.self)))
        case .json(.array(let items)): return .json(.array(Array(items[bounds[0]..<bounds[1]])))
        default: return .invalid
        }
    }

    /// kubectl's `exists`: whether `index` would find something that is not nil.
    static func exists(_ item: GoValue, _ indexes: [GoValue]) -> Bool {
        var item = item.dug
        for index in indexes {
            switch item.dug {
            case .json(.array(let items)):
                guard let x = index.intValue, x >= 0, x < items.count else { return false }
                item = .element(items[Int(x)])
            case .json(.string(let text)):
                let bytes = Array(text.utf8)
                guard let x = index.intValue, x >= 0, x < bytes.count else { return false }
                item = .byte(bytes[Int(x)])
            case .json(.object(let members)):
                guard case .json(.string(let key)) = index.dug else { return false }
                item = .element(members[key] ?? .null)
            default: return false
            }
        }
        return item.dug.isValid
    }

    private static func position(_ index: GoValue, count: Int) throws(CallError) -> Int {
        guard index.isValid else { throw CallError(message: "cannot index slice/array with nil") }
        guard let x = index.intValue else {
            throw CallError(message: "cannot index slice/array with type \(index.typeName)")
        }
        if x < 0 || x > Int64(count) { throw CallError(message: "index out of range: \(x)") }
        return Int(x)
    }

    private static func mapKey(_ index: GoValue) throws(CallError) -> String {
        switch index {
        case .invalid: throw CallError(message: "value is nil; should be of type string")
        case .json(.string(let key)): return key
        default: throw CallError(message: "value has type \(index.typeName); should be string")
        }
    }
}
