extension JQInterpreter {
    /// Built-in functions by `name/arity`.
    static let builtinNames: Set<String> = [
        "empty/0", "error/0", "error/1", "not/0", "length/0", "utf8bytelength/0", "keys/0", "keys_unsorted/0",
        "values/0", "has/1", "in/1", "map/1", "map_values/1", "select/1", "add/0", "any/0", "any/1", "all/0",
        "all/1", "range/1", "range/2", "range/3", "floor/0", "ceil/0", "round/0", "sqrt/0", "abs/0", "tostring/0",
        "tonumber/0", "type/0", "sort/0", "sort_by/1", "group_by/1", "unique/0", "unique_by/1", "min/0", "max/0",
        "min_by/1", "max_by/1", "reverse/0", "contains/1", "inside/1", "startswith/1", "endswith/1", "ltrimstr/1",
        "rtrimstr/1", "trim/0", "ltrim/0", "rtrim/0", "split/1", "join/1", "ascii_downcase/0", "ascii_upcase/0",
        "recurse/0", "recurse/1", "env/0", "tojson/0", "fromjson/0", "to_entries/0", "from_entries/0",
        "with_entries/1", "first/0", "last/0", "first/1", "last/1", "nth/1", "limit/2", "test/1", "test/2",
        "sub/2", "sub/3", "gsub/2", "gsub/3", "isempty/1", "debug/0", "flatten/0", "flatten/1", "getpath/1",
        "setpath/2", "delpaths/1", "del/1", "paths/0", "leaf_paths/0", "path/1", "objects/0", "arrays/0",
        "strings/0", "numbers/0", "booleans/0", "nulls/0", "iterables/0", "scalars/0", "index/1", "rindex/1",
        "indices/1", "tostream/0", "explode/0", "implode/0", "ascii/0", "input_line_number/0", "halt/0",
        "infinite/0", "nan/0", "isnan/0", "splits/1", "to_array/0", "toarray/0", "pick/1", "getpath/1",
        "min_by/1", "combinations/0", "transpose/0", "walk/1", "until/2", "while/2", "repeat/1", "now/0",
        "todate/0", "fromdate/0", "todateiso8601/0", "fromdateiso8601/0", "tojson/0", "ascii/0", "significand/0",
        "builtins/0", "input/0", "inputs/0", "getpath/1", "add/1", "have_decnum/0", "have_literal_numbers/0",
        "ltrimstr/1", "error/1", "any/2", "all/2", "capture/1", "match/1", "scan/1", "splits/2", "test/2",
    ]

    func call(_ name: String, _ arguments: [JQFilter], _ input: JQValue, _ env: JQEnvironment) throws(JQRuntimeError)
        -> [JQValue]
    {
        let key = "\(name)/\(arguments.count)"
        if let closure = env.functions[key] { return try callClosure(closure, arguments, input, env) }
        func one(_ index: Int) throws(JQRuntimeError) -> [JQValue] { try evaluate(arguments[index], input, env) }
        func string(_ value: JQValue, _ what: String) throws(JQRuntimeError) -> String {
            guard case .string(let s) = value else { throw JQRuntimeError("\(JQOperators.describe(value)) \(what)") }
            return s
        }
        switch key {
        case "empty/0": return []
        case "error/0": throw JQRuntimeError(value: input)
        case "error/1":
            for value in try one(0) { throw JQRuntimeError(value: value) }
            return []
        case "not/0": return [.bool(!input.truthy)]
        case "length/0":
            switch input {
            case .null: return [.number(0)]
            case .bool: throw JQRuntimeError("\(JQOperators.describe(input)) has no length")
            case .number(let n): return [.number(abs(n))]
            case .string(let s): return [.number(Double(s.unicodeScalars.count))]
            case .array(let items): return [.number(Double(items.count))]
            case .object(let object): return [.number(Double(object.count))]
            }
        case "utf8bytelength/0":
            return [.number(Double(try string(input, "only strings have UTF-8 byte length").utf8.count))]
        case "keys/0", "keys_unsorted/0":
            switch input {
            case .object(let object):
                let keys = key == "keys/0" ? object.keys.sorted(by: codePointOrder) : object.keys
                return [.array(keys.map { .string($0) })]
            case .array(let items): return [.array(items.indices.map { .number(Double($0)) })]
            default: throw JQRuntimeError("\(JQOperators.describe(input)) has no keys")
            }
        case "values/0": return input == .null ? [] : [input]
        case "has/1":
            return try one(0).map { (k) throws(JQRuntimeError) in
                switch (input, k) {
                case (.object(let object), .string(let s)): return .bool(object[s] != nil)
                case (.array(let items), .number(let n)): return .bool(n >= 0 && n.clampedInt < items.count)
                default: throw JQRuntimeError("Cannot check whether \(input.typeName) has a \(k.typeName) key")
                }
            }
        case "in/1":
            var results: [JQValue] = []
            for container in try one(0) { results += try call("has", [.literal(input)], container, env) }
            return results
        case "map/1": return [.array(try flatMap(try Self.iterate(input), arguments[0], env))]
        case "map_values/1":
            switch input {
            case .object(var object):
                for (k, v) in object.pairs { object[k] = try evaluate(arguments[0], v, env).first }
                return [.object(object)]
            case .array(let items):
                var mapped: [JQValue] = []
                for item in items {
                    if let first = try evaluate(arguments[0], item, env).first { mapped.append(first) }
                }
                return [.array(mapped)]
            default: throw JQRuntimeError("Cannot iterate over \(JQOperators.describe(input))")
            }
        case "select/1": return try one(0).filter(\.truthy).map { _ in input }
        case "add/0": return [try add(try Self.iterate(input))]
        case "add/1": return [try add(try one(0))]
        case "any/0": return [.bool(try Self.iterate(input).contains(where: \.truthy))]
        case "all/0": return [.bool(try Self.iterate(input).allSatisfy(\.truthy))]
        case "any/1": return [.bool(try flatMap(try Self.iterate(input), arguments[0], env).contains(where: \.truthy))]
        case "all/1": return [.bool(try flatMap(try Self.iterate(input), arguments[0], env).allSatisfy(\.truthy))]
        case "any/2": return [.bool(try flatMap(try one(0), arguments[1], env).contains(where: \.truthy))]
        case "all/2": return [.bool(try flatMap(try one(0), arguments[1], env).allSatisfy(\.truthy))]
        case "range/1", "range/2", "range/3":
            let starts = arguments.count > 1 ? try one(0) : [.number(0)]
            let ends = try one(arguments.count > 1 ? 1 : 0)
            let steps = arguments.count > 2 ? try one(2) : [.number(1)]
            var results: [JQValue] = []
            for case .number(let start) in starts {
                for case .number(let end) in ends {
                    for case .number(let step) in steps {
                        guard step != 0 else { continue }
                        var x = start
                        while step > 0 ? x < end : x > end {
                            results.append(.number(x))
                            x += step
                            counter.steps += 1
                            if counter.steps > Self.budget {
                                throw JQRuntimeError("jq: program too long-running; stopped")
                            }
                        }
                    }
                }
            }
            return results
        case "floor/0", "ceil/0", "round/0", "sqrt/0", "abs/0", "significand/0":
            guard case .number(let n) = input else {
                throw JQRuntimeError("\(JQOperators.describe(input)) number required")
            }
            switch name {
            case "floor": return [.number(n.rounded(.down))]
            case "ceil": return [.number(n.rounded(.up))]
            case "round": return [.number(n.rounded(.toNearestOrAwayFromZero))]
            case "abs": return [.number(abs(n))]
            default: return [.number(n.squareRoot())]
            }
        case "tostring/0":
            if case .string = input { return [input] }
            return [.string(JQJSON.serialize(input, indent: 0, sortKeys: false))]
        case "tonumber/0":
            switch input {
            case .number: return [input]
            case .string(let s):
                guard let n = Double(s.trimmingBlanks), !s.isEmpty else {
                    throw JQRuntimeError("Cannot parse '\(s)' as JSON")
                }
                return [.number(n)]
            default: throw JQRuntimeError("\(JQOperators.describe(input)) cannot be parsed as a number")
            }
        case "type/0": return [.string(input.typeName)]
        case "sort/0":
            guard case .array(let items) = input else {
                throw JQRuntimeError("\(JQOperators.describe(input)) cannot be sorted, as it is not an array")
            }
            return [.array(Self.stableSort(items.map { ($0, $0) }))]
        case "sort_by/1", "group_by/1", "unique_by/1", "min_by/1", "max_by/1":
            guard case .array(let items) = input else {
                throw JQRuntimeError("Cannot index \(input.typeName) with number")
            }
            var keyed: [(JQValue, JQValue)] = []
            for item in items { keyed.append((.array(try evaluate(arguments[0], item, env)), item)) }
            let sorted = Self.stableSortPairs(keyed)
            switch name {
            case "sort_by": return [.array(sorted.map(\.1))]
            case "min_by": return [sorted.first?.1 ?? .null]
            case "max_by": return [sorted.last?.1 ?? .null]
            default:
                var groups: [[JQValue]] = []
                var lastKey: JQValue?
                for (k, v) in sorted {
                    if let lastKey, lastKey == k { groups[groups.count - 1].append(v) } else { groups.append([v]) }
                    lastKey = k
                }
                return name == "group_by" ? [.array(groups.map { .array($0) })] : [.array(groups.compactMap(\.first))]
            }
        case "unique/0":
            guard case .array(let items) = input else {
                throw JQRuntimeError("\(JQOperators.describe(input)) cannot be sorted, as it is not an array")
            }
            var result: [JQValue] = []
            for item in Self.stableSort(items.map { ($0, $0) }) where result.last != item { result.append(item) }
            return [.array(result)]
        case "min/0", "max/0":
            guard case .array(let items) = input else {
                throw JQRuntimeError("\(JQOperators.describe(input)) cannot be sorted, as it is not an array")
            }
            let sorted = Self.stableSort(items.map { ($0, $0) })
            return [(name == "min" ? sorted.first : sorted.last) ?? .null]
        case "reverse/0":
            switch input {
            case .array(let items): return [.array(items.reversed())]
            case .string(let s): return [.string(String(s.reversed()))]
            case .null: return [.array([])]
            default: throw JQRuntimeError("Cannot reverse \(JQOperators.describe(input))")
            }
        case "contains/1": return try one(0).map { (b) throws(JQRuntimeError) in .bool(try Self.contains(input, b)) }
        case "inside/1": return try one(0).map { (b) throws(JQRuntimeError) in .bool(try Self.contains(b, input)) }
        case "startswith/1", "endswith/1":
            return try one(0).map { (b) throws(JQRuntimeError) in
                guard case .string(let s) = input, case .string(let t) = b else {
                    throw JQRuntimeError("\(name)() requires string inputs")
                }
                return .bool(name == "startswith" ? s.hasPrefix(t) : s.hasSuffix(t))
            }
        case "ltrimstr/1", "rtrimstr/1":
            return try one(0).map { (b) throws(JQRuntimeError) in
                guard case .string(let s) = input, case .string(let t) = b else { return input }
                if name == "ltrimstr", s.hasPrefix(t) { return .string(String(s.dropFirst(t.count))) }
                if name == "rtrimstr", s.hasSuffix(t), !t.isEmpty { return .string(String(s.dropLast(t.count))) }
                return input
            }
        case "trim/0", "ltrim/0", "rtrim/0":
            let s = try string(input, "cannot be trimmed")
            var scalars = Substring(s)
            if name != "rtrim/0" { scalars = scalars.drop { $0.isWhitespace } }
            if name != "ltrim/0" { while scalars.last?.isWhitespace == true { scalars.removeLast() } }
            return [.string(String(scalars))]
        case "split/1":
            return try one(0).map { (b) throws(JQRuntimeError) in
                guard case .string(let s) = input, case .string(let t) = b else {
                    throw JQRuntimeError("split input and separator must be strings")
                }
                return .array(JQOperators.split(s, t).map { .string($0) })
            }
        case "join/1":
            return try one(0).map { (b) throws(JQRuntimeError) in
                let separator = try string(b, "cannot be used as a separator")
                var pieces: [String] = []
                for item in try Self.iterate(input) {
                    switch item {
                    case .null: pieces.append("")
                    case .string(let s): pieces.append(s)
                    case .number(let n): pieces.append(JQJSON.number(n))
                    case .bool(let v): pieces.append(v ? "true" : "false")
                    default: throw JQRuntimeError("Cannot join with \(item.typeName)")
                    }
                }
                return .string(pieces.joined(separator: separator))
            }
        case "ascii_downcase/0", "ascii_upcase/0":
            let s = try string(input, "cannot be \(name == "ascii_downcase" ? "lowercased" : "uppercased")")
            return [.string(name == "ascii_downcase" ? s.lowercased() : s.uppercased())]
        case "recurse/0": return recurse(input)
        case "recurse/1":
            var results: [JQValue] = []
            var queue = [input]
            while let value = queue.popLast() {
                results.append(value)
                counter.steps += 1
                if counter.steps > Self.budget { throw JQRuntimeError("jq: program too long-running; stopped") }
                queue += try evaluate(arguments[0], value, env).reversed()
            }
            return results
        case "env/0": return [try variable("ENV", env)]
        case "tojson/0": return [.string(JQJSON.serialize(input, indent: 0, sortKeys: false))]
        case "fromjson/0":
            let s = try string(input, "only strings can be parsed")
            do {
                return [try JQJSON.parse(s)]
            } catch {
                throw JQRuntimeError("\(s) (while parsing '\(s)')")
            }
        case "to_entries/0":
            guard case .object(let object) = input else {
                throw JQRuntimeError("\(JQOperators.describe(input)) has no keys")
            }
            return [.array(object.pairs.map { .object(JQObject([("key", .string($0.key)), ("value", $0.value)])) })]
        case "from_entries/0":
            var object = JQObject()
            for entry in try Self.iterate(input) {
                let k = try Self.index(entry, .string("key"))
                let keyValue: JQValue
                if k.truthy {
                    keyValue = k
                } else if case .object(let o) = entry, let alt = o["k"] ?? o["name"] ?? o["Name"] ?? o["Key"] ?? o["K"]
                {
                    keyValue = alt
                } else {
                    keyValue = k
                }
                let value: JQValue
                if case .object(let o) = entry {
                    value = o["value"] ?? o["v"] ?? o["Value"] ?? o["V"] ?? .null
                } else {
                    value = .null
                }
                switch keyValue {
                case .string(let s): object[s] = value
                case .number(let n): object[JQJSON.number(n)] = value
                case .bool(let b): object[b ? "true" : "false"] = value
                default: throw JQRuntimeError("Cannot use \(JQOperators.describe(keyValue)) as object key")
                }
            }
            return [.object(object)]
        case "with_entries/1":
            let entries = try call("to_entries", [], input, env)
            var results: [JQValue] = []
            for value in entries {
                let mapped = try call("map", [arguments[0]], value, env)
                for m in mapped { results += try call("from_entries", [], m, env) }
            }
            return results
        case "first/0": return [try Self.index(input, .number(0))]
        case "last/0": return [try Self.index(input, .number(-1))]
        case "first/1": return Array(try one(0).prefix(1))
        case "last/1": return Array(try one(0).suffix(1))
        case "nth/1": return try one(0).map { (n) throws(JQRuntimeError) in try Self.index(input, n) }
        case "limit/2":
            var results: [JQValue] = []
            for case .number(let n) in try one(0) { results += try one(1).prefix(max(0, n.clampedInt)) }
            return results
        case "isempty/1": return [.bool(try one(0).isEmpty)]
        case "debug/0":
            debugLines("[\"DEBUG:\",\(JQJSON.serialize(input, indent: 0, sortKeys: false))]\n")
            return [input]
        case "flatten/0", "flatten/1":
            let depth =
                arguments.isEmpty ? 1e9 : (try one(0).first.map { if case .number(let n) = $0 { n } else { 0 } } ?? 0)
            guard depth >= 0 else { throw JQRuntimeError("flatten depth must not be negative") }
            guard case .array(let items) = input else {
                throw JQRuntimeError("Cannot iterate over \(JQOperators.describe(input))")
            }
            return [.array(Self.flatten(items, depth))]
        case "objects/0", "arrays/0", "strings/0", "numbers/0", "booleans/0", "nulls/0", "iterables/0", "scalars/0":
            let type = input.typeName
            let keep: Bool
            switch name {
            case "objects": keep = type == "object"
            case "arrays": keep = type == "array"
            case "strings": keep = type == "string"
            case "numbers": keep = type == "number"
            case "booleans": keep = type == "boolean"
            case "nulls": keep = type == "null"
            case "iterables": keep = type == "array" || type == "object"
            default: keep = type != "array" && type != "object"
            }
            return keep ? [input] : []
        case "index/1", "rindex/1", "indices/1":
            return try one(0).map { (b) throws(JQRuntimeError) in
                var positions: [Int] = []
                switch (input, b) {
                case (.null, _), (_, .null): return .null
                case (.string(let s), .string(let t)):
                    let hay = Array(s.utf8)
                    let needle = Array(t.utf8)
                    if !needle.isEmpty && needle.count <= hay.count {
                        for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle {
                            positions.append(i)
                        }
                    }
                case (.array(let items), .array(let needle)):
                    if !needle.isEmpty && needle.count <= items.count {
                        for i in 0...(items.count - needle.count) where Array(items[i..<(i + needle.count)]) == needle {
                            positions.append(i)
                        }
                    }
                case (.array(let items), _):
                    positions = items.indices.filter { items[$0] == b }
                default: throw JQRuntimeError("Cannot determine the index of \(b.typeName) in \(input.typeName)")
                }
                if name == "indices" { return .array(positions.map { .number(Double($0)) }) }
                let found = name == "index" ? positions.first : positions.last
                return found.map { .number(Double($0)) } ?? .null
            }
        case "test/1", "test/2", "sub/2", "sub/3", "gsub/2", "gsub/3", "splits/1", "splits/2", "match/1", "capture/1",
            "scan/1":
            return try JQRegexFunctions.call(name, arguments, input, env, self)
        case "getpath/1", "setpath/2", "delpaths/1", "del/1", "paths/0", "leaf_paths/0", "path/1", "pick/1":
            return try pathFunction(name, arguments, input, env)
        case "tostream/0":
            return try paths(.recurse, input, env).compactMap { (path, value) -> JQValue? in
                switch value {
                case .array(let a) where !a.isEmpty: return nil
                case .object(let o) where o.count > 0: return nil
                default: return .array([.array(path), value])
                }
            }
        case "explode/0":
            return [.array(try string(input, "cannot be exploded").unicodeScalars.map { .number(Double($0.value)) })]
        case "implode/0":
            var text = String.UnicodeScalarView()
            for case .number(let n) in try Self.iterate(input) {
                text.append(Unicode.Scalar(UInt32(clamping: max(0, n.clampedInt))) ?? "\u{FFFD}")
            }
            return [.string(String(text))]
        case "infinite/0": return [.number(.infinity)]
        case "nan/0": return [.number(.nan)]
        case "isnan/0":
            guard case .number(let n) = input else {
                throw JQRuntimeError("\(JQOperators.describe(input)) number required")
            }
            return [.bool(n.isNaN)]
        case "toarray/0", "to_array/0":
            if case .array = input { return [input] }
            return [.array([input])]
        case "transpose/0":
            let rows = try Self.iterate(input).map { (r) throws(JQRuntimeError) in try Self.iterate(r) }
            let width = rows.map(\.count).max() ?? 0
            return [.array((0..<width).map { c in .array(rows.map { c < $0.count ? $0[c] : .null }) })]
        case "walk/1":
            return try walk(input, arguments[0], env)
        case "until/2":
            var value = input
            var guardCount = 0
            while !(try evaluate(arguments[0], value, env).first?.truthy ?? false) {
                guardCount += 1
                if guardCount > 1_000_000 { throw JQRuntimeError("jq: program too long-running; stopped") }
                guard let next = try evaluate(arguments[1], value, env).first else { return [] }
                value = next
            }
            return [value]
        case "while/2", "repeat/1":
            var results: [JQValue] = []
            var value = input
            while true {
                if name == "while" {
                    guard try evaluate(arguments[0], value, env).first?.truthy ?? false else { break }
                }
                results.append(value)
                if results.count > 100_000 { throw JQRuntimeError("jq: program too long-running; stopped") }
                guard let next = try evaluate(arguments[arguments.count - 1], value, env).first else { break }
                value = next
            }
            return results
        case "input_line_number/0": return [.number(0)]
        case "halt/0": return []
        case "builtins/0": return [.array(Self.builtinNames.sorted().map { .string($0) })]
        case "have_decnum/0": return [.bool(false)]
        case "have_literal_numbers/0": return [.bool(true)]
        case "combinations/0":
            var results: [[JQValue]] = [[]]
            for row in try Self.iterate(input) {
                var next: [[JQValue]] = []
                for prefix in results { for item in try Self.iterate(row) { next.append(prefix + [item]) } }
                results = next
            }
            return results.map { .array($0) }
        default:
            throw JQRuntimeError("\(key) is not defined")
        }
    }

    private func flatMap(_ values: [JQValue], _ filter: JQFilter, _ env: JQEnvironment) throws(JQRuntimeError)
        -> [JQValue]
    {
        var results: [JQValue] = []
        for value in values { results += try evaluate(filter, value, env) }
        return results
    }

    private func add(_ values: [JQValue]) throws(JQRuntimeError) -> JQValue {
        var total = JQValue.null
        for value in values { total = try JQOperators.apply("+", total, value) }
        return total
    }

    private func walk(_ value: JQValue, _ filter: JQFilter, _ env: JQEnvironment) throws(JQRuntimeError) -> [JQValue] {
        let inner: JQValue
        switch value {
        case .array(let items):
            var mapped: [JQValue] = []
            for item in items { mapped += try walk(item, filter, env) }
            inner = .array(mapped)
        case .object(var object):
            for (k, v) in object.pairs { object[k] = try walk(v, filter, env).last }
            inner = .object(object)
        default: inner = value
        }
        return try evaluate(filter, inner, env)
    }

    private func callClosure(_ closure: JQClosure, _ arguments: [JQFilter], _ input: JQValue, _ env: JQEnvironment)
        throws(JQRuntimeError) -> [JQValue]
    {
        var inner = closure.environment
        var valueParameters: [(String, [JQValue])] = []
        for (parameter, argument) in zip(closure.parameters, arguments) {
            if parameter.hasPrefix("$") {
                let name = String(parameter.dropFirst())
                valueParameters.append((name, try evaluate(argument, input, env)))
            } else {
                let wrapper = JQClosure(parameters: [], body: argument, environment: env)
                inner.functions["\(parameter)/0"] = wrapper
            }
        }
        guard counter.steps < Self.budget, counter.depth < 64 else {
            throw JQRuntimeError("jq: program too long-running; stopped")
        }
        counter.depth += 1
        defer { counter.depth -= 1 }
        var environments = [inner]
        for (name, values) in valueParameters {
            environments = environments.flatMap { e in
                values.map { v in
                    var copy = e
                    copy.variables[name] = v
                    copy.functions["\(name)/0"] = JQClosure(parameters: [], body: .literal(v), environment: copy)
                    return copy
                }
            }
        }
        var results: [JQValue] = []
        for environment in environments { results += try evaluate(closure.body, input, environment) }
        return results
    }
}
