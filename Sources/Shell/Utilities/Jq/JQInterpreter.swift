/// A runtime error: `message` is what follows `jq: error (at <stdin>:N): `, or a non-string `error(v)` value.
struct JQRuntimeError: Error {
    var message: String
    var value: JQValue?

    init(_ message: String) { self.message = message }
    init(value: JQValue) {
        self.message = ""
        self.value = value
    }
}

/// A function definition together with the environment it was defined in.
final class JQClosure {
    let parameters: [String]
    let body: JQFilter
    var environment: JQEnvironment

    init(parameters: [String], body: JQFilter, environment: JQEnvironment) {
        self.parameters = parameters
        self.body = body
        self.environment = environment
    }
}

/// Variables and functions in scope.
struct JQEnvironment {
    var variables: [String: JQValue] = [:]
    /// Keyed `name/arity`.
    var functions: [String: JQClosure] = [:]
}

/// Evaluates jq filters; each evaluation yields every output in order.
struct JQInterpreter {
    /// Outputs and steps one program may produce, so a runaway `range` or `recurse` stops.
    static let budget = 5_000_000
    final class Counter {
        var steps = 0
        var depth = 0
    }
    let counter = Counter()
    var debugLines: (String) -> Void = { _ in }

    func evaluate(_ filter: JQFilter, _ input: JQValue, _ env: JQEnvironment) throws(JQRuntimeError) -> [JQValue] {
        counter.steps += 1
        if counter.steps > Self.budget { throw JQRuntimeError("jq: program too long-running; stopped") }
        switch filter {
        case .identity: return [input]
        case .recurse: return recurse(input)
        case .literal(let value): return [value]
        case .string(let parts, let format):
            var results = [""]
            for part in parts {
                switch part {
                case .text(let text): results = results.map { $0 + text }
                case .interpolation(let inner):
                    var next: [String] = []
                    let values = try evaluate(inner, input, env)
                    for prefix in results {
                        for value in values {
                            let piece: String
                            if let format {
                                piece = try JQFormats.apply(format, value)
                            } else if case .string(let s) = value {
                                piece = s
                            } else {
                                piece = JQJSON.serialize(value, indent: 0, sortKeys: false)
                            }
                            next.append(prefix + piece)
                        }
                    }
                    results = next
                }
            }
            return results.map { .string($0) }
        case .format(let name): return [.string(try JQFormats.apply(name, input))]
        case .index(let target, let key):
            var results: [JQValue] = []
            for container in try evaluate(target, input, env) {
                for k in try evaluate(key, input, env) { results.append(try Self.index(container, k)) }
            }
            return results
        case .slice(let target, let from, let to):
            var results: [JQValue] = []
            let starts = try from.map { (f) throws(JQRuntimeError) in try evaluate(f, input, env) } ?? [.null]
            let ends = try to.map { (f) throws(JQRuntimeError) in try evaluate(f, input, env) } ?? [.null]
            for container in try evaluate(target, input, env) {
                for s in starts {
                    for e in ends { results.append(try Self.slice(container, s, e)) }
                }
            }
            return results
        case .iterate(let target):
            var results: [JQValue] = []
            for container in try evaluate(target, input, env) { results += try Self.iterate(container) }
            return results
        case .optional(let inner):
            do {
                return try evaluate(inner, input, env)
            } catch {
                if error.message.hasPrefix("jq: program too long") { throw error }
                return []
            }
        case .array(let inner):
            guard let inner else { return [.array([])] }
            return [.array(try evaluate(inner, input, env))]
        case .object(let entries):
            var objects = [JQObject()]
            for entry in entries {
                var keys: [String] = []
                var values: [JQValue] = []
                switch entry.key {
                case .name(let name):
                    keys = [name]
                    if let value = entry.value {
                        values = try evaluate(value, input, env)
                    } else {
                        values = [try Self.index(input, .string(name))]
                    }
                case .variable(let name):
                    keys = [name]
                    values = [try variable(name, env)]
                case .computed(let filter):
                    for key in try evaluate(filter, input, env) {
                        guard case .string(let s) = key else {
                            throw JQRuntimeError("Object keys must be strings")
                        }
                        keys.append(s)
                    }
                    if let value = entry.value {
                        values = try evaluate(value, input, env)
                    } else {
                        for key in keys { values.append(try Self.index(input, .string(key))) }
                    }
                }
                var next: [JQObject] = []
                for object in objects {
                    for key in keys {
                        for value in values {
                            var copy = object
                            copy[key] = value
                            next.append(copy)
                        }
                    }
                }
                objects = next
            }
            return objects.map { .object($0) }
        case .pipe(let left, let right):
            var results: [JQValue] = []
            for value in try evaluate(left, input, env) { results += try evaluate(right, value, env) }
            return results
        case .comma(let left, let right):
            return try evaluate(left, input, env) + evaluate(right, input, env)
        case .binary(let op, let left, let right):
            var results: [JQValue] = []
            let rights = try evaluate(right, input, env)
            for r in rights {
                for l in try evaluate(left, input, env) { results.append(try JQOperators.apply(op, l, r)) }
            }
            return results
        case .and(let left, let right):
            var results: [JQValue] = []
            for l in try evaluate(left, input, env) {
                if !l.truthy {
                    results.append(.bool(false))
                    continue
                }
                for r in try evaluate(right, input, env) { results.append(.bool(r.truthy)) }
            }
            return results
        case .or(let left, let right):
            var results: [JQValue] = []
            for l in try evaluate(left, input, env) {
                if l.truthy {
                    results.append(.bool(true))
                    continue
                }
                for r in try evaluate(right, input, env) { results.append(.bool(r.truthy)) }
            }
            return results
        case .alternative(let left, let right):
            let values = (try? evaluate(left, input, env))?.filter(\.truthy) ?? []
            return values.isEmpty ? try evaluate(right, input, env) : values
        case .negate(let inner):
            return try evaluate(inner, input, env).map { (v) throws(JQRuntimeError) in
                guard case .number(let n) = v else {
                    throw JQRuntimeError("\(JQOperators.describe(v)) cannot be negated")
                }
                return .number(-n)
            }
        case .conditional(let branches, let otherwise):
            return try conditional(branches[...], otherwise, input, env)
        case .tryCatch(let body, let handler):
            do {
                return try evaluate(body, input, env)
            } catch {
                if error.message.hasPrefix("jq: program too long") { throw error }
                guard let handler else { return [] }
                return try evaluate(handler, error.value ?? .string(error.message), env)
            }
        case .reduce(let source, let name, let initial, let update):
            var results: [JQValue] = []
            for start in try evaluate(initial, input, env) {
                var accumulator: JQValue? = start
                for item in try evaluate(source, input, env) {
                    var inner = env
                    inner.variables[name] = item
                    accumulator = try evaluate(update, accumulator ?? .null, inner).last
                }
                if let accumulator { results.append(accumulator) }
            }
            return results
        case .foreach(let source, let name, let initial, let update, let extract):
            var results: [JQValue] = []
            for start in try evaluate(initial, input, env) {
                var state = start
                for item in try evaluate(source, input, env) {
                    var inner = env
                    inner.variables[name] = item
                    for next in try evaluate(update, state, inner) {
                        state = next
                        results +=
                            try extract.map { (e) throws(JQRuntimeError) in try evaluate(e, next, inner) } ?? [next]
                    }
                }
            }
            return results
        case .bind(let source, let name, let body):
            var results: [JQValue] = []
            for value in try evaluate(source, input, env) {
                var inner = env
                inner.variables[name] = value
                results += try evaluate(body, input, inner)
            }
            return results
        case .variable(let name): return [try variable(name, env)]
        case .call(let name, let arguments): return try call(name, arguments, input, env)
        case .assign(let op, let lhs, let rhs): return try assign(op, lhs, rhs, input, env)
        case .define(let name, let parameters, let body, let rest):
            var inner = env
            let closure = JQClosure(parameters: parameters, body: body, environment: env)
            inner.functions["\(name)/\(parameters.count)"] = closure
            closure.environment = inner
            return try evaluate(rest, input, inner)
        }
    }

    private func conditional(
        _ branches: ArraySlice<(JQFilter, JQFilter)>, _ otherwise: JQFilter?, _ input: JQValue, _ env: JQEnvironment
    ) throws(JQRuntimeError) -> [JQValue] {
        guard let (condition, then) = branches.first else {
            return try otherwise.map { (o) throws(JQRuntimeError) in try evaluate(o, input, env) } ?? [input]
        }
        var results: [JQValue] = []
        for value in try evaluate(condition, input, env) {
            results +=
                value.truthy
                ? try evaluate(then, input, env) : try conditional(branches.dropFirst(), otherwise, input, env)
        }
        return results
    }

    func variable(_ name: String, _ env: JQEnvironment) throws(JQRuntimeError) -> JQValue {
        guard let value = env.variables[name] else { throw JQRuntimeError("$\(name) is not defined") }
        return value
    }

    func recurse(_ value: JQValue) -> [JQValue] {
        var results = [value]
        switch value {
        case .array(let items): for item in items { results += recurse(item) }
        case .object(let object): for (_, item) in object.pairs { results += recurse(item) }
        default: break
        }
        return results
    }

    static func index(_ container: JQValue, _ key: JQValue) throws(JQRuntimeError) -> JQValue {
        switch (container, key) {
        case (.null, .string), (.null, .number), (.null, .null): return .null
        case (.object(let object), .string(let name)): return object[name] ?? .null
        case (.array(let items), .number(let n)):
            guard !n.isNaN else { return .null }
            var i = n.rounded(.down).clampedInt
            if i < 0 { i = i == Int.min ? -1 : i + items.count }
            return items.indices.contains(i) ? items[i] : .null
        case (.array, .array(let needle)):
            guard case .array(let items) = container, !needle.isEmpty, needle.count <= items.count else {
                return .array([])
            }
            var found: [JQValue] = []
            for start in 0...(items.count - needle.count) where Array(items[start..<(start + needle.count)]) == needle {
                found.append(.number(Double(start)))
            }
            return .array(found)
        case (_, .object(let bounds)) where bounds["start"] != nil || bounds["end"] != nil:
            return try slice(container, bounds["start"] ?? .null, bounds["end"] ?? .null)
        case (.object, _): throw JQRuntimeError("Cannot index object with \(key.typeName)")
        case (.array, .string(let name)): throw JQRuntimeError("Cannot index array with \"\(name)\"")
        case (_, .string(let name)): throw JQRuntimeError("Cannot index \(container.typeName) with \"\(name)\"")
        default: throw JQRuntimeError("Cannot index \(container.typeName) with \(key.typeName)")
        }
    }

    static func slice(_ container: JQValue, _ from: JQValue, _ to: JQValue) throws(JQRuntimeError) -> JQValue {
        func bounds(_ count: Int) throws(JQRuntimeError) -> Range<Int> {
            func clamp(_ v: JQValue, _ fallback: Int) throws(JQRuntimeError) -> Int {
                if case .null = v { return fallback }
                guard case .number(let n) = v else {
                    throw JQRuntimeError("Start and end indices of an array slice must be numbers")
                }
                var i = n.rounded(.down).clampedInt
                if i < 0 { i += count }
                return min(max(0, i), count)
            }
            let start = try clamp(from, 0)
            let end = try clamp(to, count)
            return start..<max(start, end)
        }
        switch container {
        case .null: return .null
        case .array(let items): return .array(Array(items[try bounds(items.count)]))
        case .string(let s):
            let characters = Array(s.unicodeScalars)
            return .string(String(String.UnicodeScalarView(characters[try bounds(characters.count)])))
        default: throw JQRuntimeError("Cannot index \(container.typeName) with object")
        }
    }

    static func iterate(_ container: JQValue) throws(JQRuntimeError) -> [JQValue] {
        switch container {
        case .array(let items): return items
        case .object(let object): return object.pairs.map(\.value)
        case .null: throw JQRuntimeError("Cannot iterate over null")
        default: throw JQRuntimeError("Cannot iterate over \(JQOperators.describe(container))")
        }
    }
}
