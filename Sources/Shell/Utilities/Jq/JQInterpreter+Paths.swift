extension JQInterpreter {
    /// The paths a path expression (`.a`, `.[0]`, `.[]`, `select`, `..`, pipes) refers to, with their values.
    func paths(_ filter: JQFilter, _ input: JQValue, _ env: JQEnvironment) throws(JQRuntimeError) -> [(
        [JQValue], JQValue
    )] {
        switch filter {
        case .identity: return [([], input)]
        case .recurse:
            var results: [([JQValue], JQValue)] = []
            func visit(_ path: [JQValue], _ value: JQValue) {
                results.append((path, value))
                switch value {
                case .array(let items): for (i, item) in items.enumerated() { visit(path + [.number(Double(i))], item) }
                case .object(let object): for (k, v) in object.pairs { visit(path + [.string(k)], v) }
                default: break
                }
            }
            visit([], input)
            return results
        case .index(let target, let key):
            var results: [([JQValue], JQValue)] = []
            for (path, value) in try paths(target, input, env) {
                for k in try evaluate(key, input, env) {
                    results.append((path + [k], try Self.index(value, k)))
                }
            }
            return results
        case .slice(let target, let from, let to):
            var results: [([JQValue], JQValue)] = []
            let start =
                try from.map { (f) throws(JQRuntimeError) in try evaluate(f, input, env).first ?? .null } ?? .null
            let end = try to.map { (f) throws(JQRuntimeError) in try evaluate(f, input, env).first ?? .null } ?? .null
            for (path, value) in try paths(target, input, env) {
                results.append(
                    (path + [.object(JQObject([("start", start), ("end", end)]))], try Self.slice(value, start, end)))
            }
            return results
        case .iterate(let target):
            var results: [([JQValue], JQValue)] = []
            for (path, value) in try paths(target, input, env) {
                switch value {
                case .array(let items):
                    for (i, item) in items.enumerated() { results.append((path + [.number(Double(i))], item)) }
                case .object(let object):
                    for (k, v) in object.pairs { results.append((path + [.string(k)], v)) }
                case .null: break
                default: throw JQRuntimeError("Cannot iterate over \(JQOperators.describe(value))")
                }
            }
            return results
        case .optional(let inner): return (try? paths(inner, input, env)) ?? []
        case .pipe(let left, let right):
            var results: [([JQValue], JQValue)] = []
            for (path, value) in try paths(left, input, env) {
                for (rest, inner) in try paths(right, value, env) { results.append((path + rest, inner)) }
            }
            return results
        case .comma(let left, let right): return try paths(left, input, env) + paths(right, input, env)
        case .conditional(let branches, let otherwise):
            guard let (condition, then) = branches.first else {
                return try otherwise.map { (o) throws(JQRuntimeError) in try paths(o, input, env) } ?? [([], input)]
            }
            var results: [([JQValue], JQValue)] = []
            for value in try evaluate(condition, input, env) {
                results +=
                    value.truthy
                    ? try paths(then, input, env)
                    : try paths(.conditional(Array(branches.dropFirst()), otherwise), input, env)
            }
            return results
        case .alternative(let left, let right):
            let found = ((try? paths(left, input, env)) ?? []).filter { $0.1.truthy }
            return found.isEmpty ? try paths(right, input, env) : found
        case .call("select", let arguments) where arguments.count == 1:
            return try evaluate(arguments[0], input, env).filter(\.truthy).map { _ in ([], input) }
        case .call("empty", let arguments) where arguments.isEmpty: return []
        case .call("first", let arguments) where arguments.isEmpty:
            return [([.number(0)], try Self.index(input, .number(0)))]
        case .call("last", let arguments) where arguments.isEmpty:
            return [([.number(-1)], try Self.index(input, .number(-1)))]
        case .call("recurse", let arguments) where arguments.isEmpty: return try paths(.recurse, input, env)
        case .call("getpath", let arguments) where arguments.count == 1:
            return try evaluate(arguments[0], input, env).map { (p) throws(JQRuntimeError) in
                guard case .array(let path) = p else { throw JQRuntimeError("Path must be specified as an array") }
                return (path, try getpath(input, path))
            }
        case .call(let name, let arguments):
            if let closure = env.functions["\(name)/\(arguments.count)"], closure.parameters.isEmpty {
                return try paths(closure.body, input, closure.environment)
            }
            fallthrough
        default:
            let values = try evaluate(filter, input, env)
            throw JQRuntimeError(
                "Invalid path expression with result \(JQOperators.dumped(values.first ?? .null))"
            )
        }
    }

    func getpath(_ value: JQValue, _ path: [JQValue]) throws(JQRuntimeError) -> JQValue {
        var current = value
        for key in path {
            if case .null = current { return .null }
            if case .object(let bounds) = key {
                current = try Self.slice(current, bounds["start"] ?? .null, bounds["end"] ?? .null)
            } else {
                current = try Self.index(current, key)
            }
        }
        return current
    }

    func setpath(_ value: JQValue, _ path: ArraySlice<JQValue>, _ newValue: JQValue) throws(JQRuntimeError) -> JQValue {
        guard let key = path.first else { return newValue }
        switch (value, key) {
        case (.null, .string(let k)), (.object, .string(let k)):
            var object = JQObject()
            if case .object(let existing) = value { object = existing }
            object[k] = try setpath(object[k] ?? .null, path.dropFirst(), newValue)
            return .object(object)
        case (.null, .number(let n)), (.array, .number(let n)):
            var items: [JQValue] = []
            if case .array(let existing) = value { items = existing }
            var i = n.clampedInt
            if i < 0 { i += items.count }
            guard i >= 0 else { throw JQRuntimeError("Out of bounds negative array index") }
            guard i < 1_000_000 else { throw JQRuntimeError("Array index too large") }
            while items.count <= i { items.append(.null) }
            items[i] = try setpath(items[i], path.dropFirst(), newValue)
            return .array(items)
        case (.array(let items), .object(let bounds)):
            let count = items.count
            func clamp(_ v: JQValue?, _ fallback: Int) -> Int {
                guard case .number(let n) = v ?? .null else { return fallback }
                var i = n.clampedInt
                if i < 0 { i += count }
                return min(max(0, i), count)
            }
            let start = clamp(bounds["start"], 0)
            let end = max(start, clamp(bounds["end"], count))
            let replaced = try setpath(.array(Array(items[start..<end])), path.dropFirst(), newValue)
            guard case .array(let middle) = replaced else {
                throw JQRuntimeError("A slice of an array can only be assigned another array")
            }
            return .array(Array(items[..<start]) + middle + Array(items[end...]))
        default:
            _ = try Self.index(value, key)
            throw JQRuntimeError("Cannot index \(value.typeName) with \(key.typeName)")
        }
    }

    func deletePaths(_ value: JQValue, _ paths: [[JQValue]]) throws(JQRuntimeError) -> JQValue {
        var result = value
        let sorted = paths.sorted { JQValue.compare(.array($0), .array($1)) > 0 }
        for path in sorted { result = try deletePath(result, path[...]) }
        return result
    }

    private func deletePath(_ value: JQValue, _ path: ArraySlice<JQValue>) throws(JQRuntimeError) -> JQValue {
        guard let key = path.first else { return .null }
        if path.count == 1 {
            switch (value, key) {
            case (.null, _): return .null
            case (.object(var object), .string(let k)):
                object[k] = nil
                return .object(object)
            case (.array(var items), .number(let n)):
                var i = n.clampedInt
                if i < 0 { i += items.count }
                if items.indices.contains(i) { items.remove(at: i) }
                return .array(items)
            case (.array(let items), .object(let bounds)):
                guard case .array(let slice) = try Self.slice(value, bounds["start"] ?? .null, bounds["end"] ?? .null)
                else { return value }
                var remaining = items
                if let start = items.indices.first(where: {
                    Array(items[$0..<min(items.count, $0 + slice.count)]) == slice
                }) {
                    remaining.removeSubrange(start..<(start + slice.count))
                }
                return .array(remaining)
            default: throw JQRuntimeError("Cannot delete field at \(key.typeName) index of \(value.typeName)")
            }
        }
        let child = try getpath(value, [key])
        if case .null = child { return value }
        return try setpath(value, [key][...], try deletePath(child, path.dropFirst()))
    }

    func assign(_ op: String, _ lhs: JQFilter, _ rhs: JQFilter, _ input: JQValue, _ env: JQEnvironment)
        throws(JQRuntimeError) -> [JQValue]
    {
        if op == "|=" {
            var result = input
            for (path, _) in try paths(lhs, input, env) {
                let old = try getpath(result, path)
                if let new = try evaluate(rhs, old, env).first {
                    result = try setpath(result, path[...], new)
                } else {
                    result = try deletePaths(result, [path])
                }
            }
            return [result]
        }
        var results: [JQValue] = []
        for value in try evaluate(rhs, input, env) {
            var result = input
            for (path, _) in try paths(lhs, input, env) {
                let new: JQValue
                switch op {
                case "=": new = value
                case "//=":
                    let old = try getpath(result, path)
                    new = old.truthy ? old : value
                default: new = try JQOperators.apply(String(op.dropLast()), try getpath(result, path), value)
                }
                result = try setpath(result, path[...], new)
            }
            results.append(result)
        }
        return results
    }

    func pathFunction(_ name: String, _ arguments: [JQFilter], _ input: JQValue, _ env: JQEnvironment)
        throws(JQRuntimeError) -> [JQValue]
    {
        switch name {
        case "getpath":
            return try evaluate(arguments[0], input, env).map { (p) throws(JQRuntimeError) in
                guard case .array(let path) = p else { throw JQRuntimeError("Path must be specified as an array") }
                return (try? getpath(input, path)) ?? .null
            }
        case "setpath":
            var results: [JQValue] = []
            for p in try evaluate(arguments[0], input, env) {
                guard case .array(let path) = p else { throw JQRuntimeError("Path must be specified as an array") }
                for v in try evaluate(arguments[1], input, env) { results.append(try setpath(input, path[...], v)) }
            }
            return results
        case "delpaths":
            return try evaluate(arguments[0], input, env).map { (ps) throws(JQRuntimeError) in
                guard case .array(let list) = ps else { throw JQRuntimeError("Paths must be specified as an array") }
                let paths = list.compactMap { if case .array(let p) = $0 { p } else { nil } }
                return try deletePaths(input, paths)
            }
        case "del": return [try deletePaths(input, try paths(arguments[0], input, env).map(\.0))]
        case "path": return try paths(arguments[0], input, env).map { .array($0.0) }
        case "pick":
            var result = JQValue.null
            for (path, value) in try paths(arguments[0], input, env) { result = try setpath(result, path[...], value) }
            return [result]
        case "paths", "leaf_paths":
            return try paths(.recurse, input, env).dropFirst().compactMap { (path, value) -> JQValue? in
                if name == "leaf_paths" {
                    switch value {
                    case .array, .object: return nil
                    default: break
                    }
                }
                return .array(path)
            }
        default: return []
        }
    }
}
