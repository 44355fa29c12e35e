extension AwkInterpreter {
    func execute(_ statements: [AwkStatement]) throws(AwkControl) {
        for statement in statements { try execute(statement) }
    }

    func execute(_ statement: AwkStatement) throws(AwkControl) {
        switch statement {
        case .expression(let expression): _ = try evaluate(expression)
        case .print(let arguments, let redirect):
            let line: String
            if arguments.isEmpty {
                line = text(try field(0))
            } else {
                var parts: [String] = []
                for argument in arguments {
                    let value = try evaluate(argument)
                    if case .number(let n) = value {
                        parts.append(AwkValue.format(n, outputFormat))
                    } else {
                        parts.append(text(value))
                    }
                }
                line = parts.joined(separator: scalar("OFS").string())
            }
            try write(line + scalar("ORS").string(), to: redirect)
        case .printf(let arguments, let redirect):
            var values: [AwkValue] = []
            for argument in arguments { values.append(try evaluate(argument)) }
            try write(try AwkFormat.format(text(values[0]), Array(values.dropFirst()), self), to: redirect)
        case .block(let statements): try execute(statements)
        case .ifElse(let condition, let then, let otherwise):
            if try evaluate(condition).truth {
                try execute(then)
            } else if let otherwise {
                try execute(otherwise)
            }
        case .whileLoop(let condition, let body):
            var guardCount = 0
            while try evaluate(condition).truth {
                guardCount += 1
                if guardCount > Self.loopLimit { throw .fatal(Self.loopMessage) }
                do throws(AwkControl) { try execute(body) } catch .breakLoop { break } catch .continueLoop { continue }
            }
        case .doWhile(let body, let condition):
            var guardCount = 0
            repeat {
                guardCount += 1
                if guardCount > Self.loopLimit { throw .fatal(Self.loopMessage) }
                do throws(AwkControl) { try execute(body) } catch .breakLoop { break } catch .continueLoop { continue }
            } while try evaluate(condition).truth
        case .forLoop(let initial, let condition, let step, let body):
            if let initial { try execute(initial) }
            var guardCount = 0
            while try condition.map({ (c) throws(AwkControl) in try evaluate(c).truth }) ?? true {
                guardCount += 1
                if guardCount > Self.loopLimit { throw .fatal(Self.loopMessage) }
                do throws(AwkControl) {
                    try execute(body)
                } catch .breakLoop {
                    break
                } catch .continueLoop {}
                if let step { try execute(step) }
            }
        case .forIn(let key, let arrayName, let body):
            let array = try self.array(arrayName)
            for element in array.keys where array.contains(element) {
                try assign(.variable(key), .strnum(element))
                do throws(AwkControl) { try execute(body) } catch .breakLoop { break } catch .continueLoop { continue }
            }
        case .next: throw .next
        case .nextFile: throw .nextFile
        case .breakLoop: throw .breakLoop
        case .continueLoop: throw .continueLoop
        case .exit(let code):
            throw .exit(
                Int32(truncatingIfNeeded: (try code.map { (c) throws(AwkControl) in try evaluate(c).number } ?? 0).clampedInt))
        case .returnValue(let value):
            throw .returnValue(try value.map { (v) throws(AwkControl) in try evaluate(v) } ?? .uninitialized)
        case .delete(let name, let subscripts):
            let array = try self.array(name)
            if let subscripts {
                array.remove(try key(subscripts))
            } else {
                array.removeAll()
            }
        }
    }

    /// Iterations one loop may run before awk gives up, so a mistaken loop cannot hang the session.
    static let loopLimit = 1_000_000
    static let loopMessage = "loop ran more than 1000000 times; stopped"
    /// What awk says of a string that grows past the output limit, which nothing could print.
    static let lengthMessage = "string longer than 8 MiB; stopped"
}
