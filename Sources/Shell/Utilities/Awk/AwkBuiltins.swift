import Foundation

extension AwkInterpreter {
    /// The built-in functions: string, arithmetic and I/O.
    func builtin(_ name: String, _ arguments: [AwkExpression]) throws(AwkControl) -> AwkValue {
        func argument(_ index: Int) throws(AwkControl) -> AwkValue {
            index < arguments.count ? try evaluate(arguments[index]) : .uninitialized
        }
        func string(_ index: Int) throws(AwkControl) -> String { text(try argument(index)) }
        switch name {
        case "length":
            if arguments.isEmpty { return .number(Double(text(try field(0)).count)) }
            if case .variable(let variable) = arguments[0], case .array(let array) = lookup(variable) {
                return .number(Double(array.count))
            }
            return .number(Double(try string(0).count))
        case "substr":
            let characters = Array(try string(0))
            let start = try argument(1).number.rounded(.toNearestOrEven)
            var end = Double(characters.count + 1)
            if arguments.count > 2 { end = start + (try argument(2).number.rounded(.toNearestOrEven)) }
            let from = max(1, start)
            let to = min(Double(characters.count + 1), end)
            guard from < to else { return .string("") }
            return .string(String(characters[(from.clampedInt - 1)..<(to.clampedInt - 1)]))
        case "index":
            let haystack = try string(0)
            let needle = try string(1)
            guard !needle.isEmpty else { return .zero }
            guard let range = haystack.range(of: needle) else { return .zero }
            return .number(Double(haystack.distance(from: haystack.startIndex, to: range.lowerBound) + 1))
        case "split":
            guard arguments.count >= 2, case .variable(let arrayName) = arguments[1] else {
                throw .fatal("split: second argument is not an array")
            }
            let source = try string(0)
            let pieces: [String]
            if arguments.count > 2, case .regex(let pattern) = arguments[2] {
                pieces = source.isEmpty ? [] : splitByRegex(source, pattern)
            } else {
                pieces = split(source, separator: arguments.count > 2 ? try string(2) : scalar("FS").string())
            }
            let array = try self.array(arrayName)
            array.removeAll()
            for (index, piece) in pieces.enumerated() { array.set(String(index + 1), .strnum(piece)) }
            return .number(Double(pieces.count))
        case "sub", "gsub":
            guard arguments.count >= 2 else { throw .fatal("\(name): not enough arguments") }
            let regex = try dynamicRegex(arguments[0])
            let replacement = try string(1)
            let target = arguments.count > 2 ? arguments[2] : AwkExpression.field(.number(0))
            let (result, count) = substitute(regex, replacement, in: text(try evaluate(target)), global: name == "gsub")
            if count > 0 { try assign(target, .string(result)) }
            return .number(Double(count))
        case "match":
            let subject = Array(try string(0).unicodeScalars)
            guard arguments.count >= 2 else { throw .fatal("match: not enough arguments") }
            let regex = try dynamicRegex(arguments[1])
            if let range = regex.firstMatch(in: subject, from: 0) {
                globals["RSTART"] = .scalar(.number(Double(range.lowerBound + 1)))
                globals["RLENGTH"] = .scalar(.number(Double(range.count)))
                return .number(Double(range.lowerBound + 1))
            }
            globals["RSTART"] = .scalar(.zero)
            globals["RLENGTH"] = .scalar(.number(-1))
            return .zero
        case "sprintf":
            guard !arguments.isEmpty else { throw .fatal("sprintf: no arguments") }
            var values: [AwkValue] = []
            for index in 1..<max(1, arguments.count) { values.append(try argument(index)) }
            return .string(try AwkFormat.format(try string(0), values, self))
        case "tolower": return .string(try string(0).lowercased())
        case "toupper": return .string(try string(0).uppercased())
        case "int": return .number(try argument(0).number.rounded(.towardZero))
        case "sqrt": return .number(sqrt(try argument(0).number))
        case "exp": return .number(exp(try argument(0).number))
        case "log": return .number(log(try argument(0).number))
        case "sin": return .number(sin(try argument(0).number))
        case "cos": return .number(cos(try argument(0).number))
        case "atan2": return .number(atan2(try argument(0).number, try argument(1).number))
        case "rand":
            randomState = randomState &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return .number(Double(randomState >> 11) / Double(1 << 53))
        case "srand":
            let previous = seed
            seed = arguments.isEmpty ? Double(session.filesystem.clock()) : try argument(0).number
            randomState = UInt64(bitPattern: Int64(seed))
            return .number(previous)
        case "system":
            close()
            return .number(Double(runCommand(try string(0), input: "")))
        case "close": return .number(Double(close(try string(0))))
        default: return .uninitialized
        }
    }

    private func splitByRegex(_ source: String, _ pattern: String) -> [String] {
        guard let program = try? regex(pattern) else { return [source] }
        let characters = Array(source.unicodeScalars)
        var pieces: [String] = []
        var start = 0
        var from = 0
        while from <= characters.count, let range = program.firstMatch(in: characters, from: from) {
            if range.isEmpty {
                from = range.upperBound + 1
                continue
            }
            pieces.append(String(String.UnicodeScalarView(characters[start..<range.lowerBound])))
            start = range.upperBound
            from = range.upperBound
        }
        pieces.append(String(String.UnicodeScalarView(characters[start...])))
        return pieces
    }

    /// `sub`/`gsub`: `&` in the replacement is the match, `\&` a literal ampersand.
    func substitute(_ regex: RegexProgram, _ replacement: String, in text: String, global: Bool) -> (String, Int) {
        let characters = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var count = 0
        var position = 0
        var lastMatchEnd = -1
        while position <= characters.count, let range = regex.firstMatch(in: characters, from: position) {
            if range.isEmpty && range.lowerBound == lastMatchEnd {
                if range.lowerBound < characters.count { output.append(characters[range.lowerBound]) }
                position = range.lowerBound + 1
                continue
            }
            output.append(contentsOf: characters[position..<range.lowerBound])
            let matched = characters[range]
            var replacementScalars = Array(replacement.unicodeScalars)[...]
            while let c = replacementScalars.popFirst() {
                if c == "\\", let next = replacementScalars.first, next == "&" || next == "\\" {
                    output.append(next)
                    replacementScalars.removeFirst()
                } else if c == "&" {
                    output.append(contentsOf: matched)
                } else {
                    output.append(c)
                }
            }
            count += 1
            lastMatchEnd = range.upperBound
            if range.isEmpty {
                if range.lowerBound < characters.count { output.append(characters[range.lowerBound]) }
                position = range.lowerBound + 1
            } else {
                position = range.upperBound
            }
            if !global { break }
        }
        if position < characters.count { output.append(contentsOf: characters[position...]) }
        return (String(output), count)
    }
}
