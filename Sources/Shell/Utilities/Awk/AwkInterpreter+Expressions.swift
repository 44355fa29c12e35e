import Foundation
import Kubectl

extension AwkInterpreter {
    func evaluate(_ expression: AwkExpression) throws(AwkControl) -> AwkValue {
        switch expression {
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .regex(let pattern):
            return try regex(pattern).matches(Array(text(try field(0)).unicodeScalars)) ? .one : .zero
        case .variable(let name):
            switch lookup(name) {
            case .array: throw .fatal("attempt to use array `\(name)' in a scalar context")
            case .scalar(let value): return value
            case nil: return .uninitialized
            }
        case .field(let index): return try field(try evaluate(index).number.clampedInt)
        case .element(let name, let subscripts):
            let array = try self.array(name)
            let key = try key(subscripts)
            if let value = array[key] { return value }
            array.set(key, .uninitialized)
            return .uninitialized
        case .grouping(let items):
            var parts: [String] = []
            for item in items { parts.append(text(try evaluate(item))) }
            return .string(parts.joined(separator: scalar("SUBSEP").string()))
        case .assign(let target, let op, let value):
            let right = try evaluate(value)
            let result: AwkValue
            if op == "=" {
                result = right
            } else {
                let left = try evaluate(target).number
                result = .number(try arithmetic(String(op.dropLast()), left, right.number))
            }
            try assign(target, result)
            return result
        case .increment(let target, let delta, let prefix):
            let old = try evaluate(target).number
            try assign(target, .number(old + delta))
            return .number(prefix ? old + delta : old)
        case .binary(let op, let left, let right):
            let a = try evaluate(left)
            let b = try evaluate(right)
            switch op {
            case "+", "-", "*", "/", "%", "^": return .number(try arithmetic(op, a.number, b.number))
            default: return compare(op, a, b) ? .one : .zero
            }
        case .and(let left, let right):
            guard try evaluate(left).truth else { return .zero }
            return try evaluate(right).truth ? .one : .zero
        case .or(let left, let right):
            if try evaluate(left).truth { return .one }
            return try evaluate(right).truth ? .one : .zero
        case .not(let operand): return try evaluate(operand).truth ? .zero : .one
        case .negate(let operand): return .number(-(try evaluate(operand).number))
        case .plus(let operand): return .number(try evaluate(operand).number)
        case .match(let subject, let pattern, let negated):
            let target = text(try evaluate(subject))
            let matched = try dynamicRegex(pattern).matches(Array(target.unicodeScalars))
            return matched != negated ? .one : .zero
        case .concat(let left, let right):
            let joined = text(try evaluate(left)) + text(try evaluate(right))
            if joined.utf8.count > ShellLimits.outputBytes { throw .fatal(Self.lengthMessage) }
            return .string(joined)
        case .conditional(let condition, let yes, let no):
            return try evaluate(condition).truth ? try evaluate(yes) : try evaluate(no)
        case .membership(let subscripts, let name):
            return try array(name).contains(try key(subscripts)) ? .one : .zero
        case .call(let name, let arguments): return try call(name, arguments)
        case .builtin(let name, let arguments): return try builtin(name, arguments)
        case .getline(let target, let source?):
            let name: String
            switch source {
            case .file(let file): name = text(try evaluate(file))
            case .command(let command): name = text(try evaluate(command))
            }
            if readers[name] == nil {
                switch source {
                case .file:
                    do throws(FileError) {
                        readers[name] = TextLines(try session.readFile(name)).lines.map(String.init)[...]
                    } catch {
                        return .number(-1)
                    }
                case .command:
                    close(nil)
                    let pipe = CaptureSink(errors: io.sink)
                    let executor = ShellExecutor(session: session, errors: io.sink)
                    executor.runSource(name, input: "", sink: pipe, lineOffset: session.linesRead)
                    readers[name] = TextLines(pipe.captured).lines.map(String.init)[...]
                }
            }
            guard let line = readers[name]?.popFirst() else { return .zero }
            if let target {
                try assign(target, .strnum(line))
            } else {
                globals["NR"] = .scalar(.number(scalar("NR").number + 1))
                setRecord(line)
            }
            return .one
        case .getline(let target, nil):
            guard let next = pending.popFirst() else { return .zero }
            if let target {
                globals["NR"] = .scalar(.number(scalar("NR").number + 1))
                globals["FNR"] = .scalar(.number(scalar("FNR").number + 1))
                try assign(target, .strnum(next))
            } else {
                nextRecord(next)
            }
            return .one
        }
    }

    func arithmetic(_ op: String, _ a: Double, _ b: Double) throws(AwkControl) -> Double {
        switch op {
        case "+": return a + b
        case "-": return a - b
        case "*": return a * b
        case "/":
            guard b != 0 else { throw .fatal("division by zero attempted") }
            return a / b
        case "%":
            guard b != 0 else { throw .fatal("division by zero attempted in `%'") }
            return fmod(a, b)
        default: return pow(a, b)
        }
    }

    /// Compares numerically when both sides are numeric (numbers or numeric-looking input), else as strings.
    func compare(_ op: String, _ a: AwkValue, _ b: AwkValue) -> Bool {
        let order: Int
        if a.isNumeric && b.isNumeric {
            let (x, y) = (a.number, b.number)
            order = x < y ? -1 : x > y ? 1 : 0
        } else {
            let (x, y) = (text(a), text(b))
            order = x == y ? 0 : codePointOrder(x, y) ? -1 : 1
        }
        switch op {
        case "<": return order < 0
        case "<=": return order <= 0
        case ">": return order > 0
        case ">=": return order >= 0
        case "==": return order == 0
        default: return order != 0
        }
    }

    /// The regex an operand of `~` or a function stands for: a `/re/` literal or a string's value.
    func dynamicRegex(_ expression: AwkExpression) throws(AwkControl) -> RegexProgram {
        if case .regex(let pattern) = expression { return try regex(pattern) }
        return try regex(text(try evaluate(expression)))
    }

    func lookup(_ name: String) -> AwkCell? {
        if let frame = frames.last, let cell = frame[name] { return cell }
        return globals[name]
    }

    private func store(_ name: String, _ cell: AwkCell) {
        if let last = frames.indices.last, frames[last][name] != nil {
            frames[last][name] = cell
        } else {
            globals[name] = cell
        }
    }

    func array(_ name: String) throws(AwkControl) -> AwkArray {
        switch lookup(name) {
        case .array(let array): return array
        case .scalar(.uninitialized), nil:
            let array = AwkArray()
            store(name, .array(array))
            return array
        case .scalar:
            throw .fatal("attempt to use scalar `\(name)' as an array")
        }
    }

    func key(_ subscripts: [AwkExpression]) throws(AwkControl) -> String {
        var parts: [String] = []
        for item in subscripts {
            let value = try evaluate(item)
            if case .number(let n) = value, n == n.rounded(), abs(n) < 1e16 {
                parts.append(String(Int64(n)))
            } else {
                parts.append(text(value))
            }
        }
        return parts.joined(separator: scalar("SUBSEP").string())
    }

    func assign(_ target: AwkExpression, _ value: AwkValue) throws(AwkControl) {
        switch target {
        case .variable(let name):
            if case .array = lookup(name) { throw .fatal("attempt to use array `\(name)' in a scalar context") }
            store(name, .scalar(value))
            if name == "NF" { try setFieldCount(value.number.clampedInt) }
        case .field(let index):
            try setField(try evaluate(index).number.clampedInt, text(value))
        case .element(let name, let subscripts):
            try array(name).set(try key(subscripts), value)
        default:
            break
        }
    }

    private func call(_ name: String, _ arguments: [AwkExpression]) throws(AwkControl) -> AwkValue {
        guard let function = program.functions[name] else { throw .fatal("function `\(name)' not defined") }
        guard arguments.count <= function.parameters.count else {
            throw .fatal("function `\(name)' called with more arguments than declared")
        }
        guard callDepth < 100 else { throw .fatal("function call nesting too deep") }
        var frame: [String: AwkCell] = [:]
        for (index, parameter) in function.parameters.enumerated() {
            guard index < arguments.count else {
                frame[parameter] = .scalar(.uninitialized)
                continue
            }
            if case .variable(let variable) = arguments[index] {
                if case .array(let array) = lookup(variable) {
                    frame[parameter] = .array(array)
                    continue
                }
            }
            frame[parameter] = .scalar(try evaluate(arguments[index]))
        }
        frames.append(frame)
        callDepth += 1
        defer {
            frames.removeLast()
            callDepth -= 1
        }
        do throws(AwkControl) {
            try execute(function.body)
        } catch .returnValue(let value) {
            return value
        }
        return .uninitialized
    }
}
