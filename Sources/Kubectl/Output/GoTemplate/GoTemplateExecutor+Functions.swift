import Foundation
import KubeAPI
import OrderedCollections

/// The functions a kubectl template may call: Go's builtins and kubectl's `exists` and
/// `base64decode`, each with the parameters Go declares, so arity and type errors read as Go's.
extension GoTemplateExecutor {
    struct Signature {
        var fixed: [Parameter]
        var variadic: Parameter?
    }

    /// The functions templates of `set`'s tool may call.
    static func functions(_ set: GoTemplateFunctionSet) -> [String: Signature] {
        switch set {
        case .kubectl: functions
        case .podman: podmanFunctions
        }
    }

    static let functions: [String: Signature] = [
        "and": Signature(fixed: [.value], variadic: .value), "or": Signature(fixed: [.value], variadic: .value),
        "call": Signature(fixed: [.value], variadic: .value), "html": Signature(fixed: [], variadic: .any),
        "index": Signature(fixed: [.value], variadic: .value), "slice": Signature(fixed: [.value], variadic: .value),
        "js": Signature(fixed: [], variadic: .any), "len": Signature(fixed: [.value]), "not": Signature(fixed: [.value]),
        "print": Signature(fixed: [], variadic: .any), "printf": Signature(fixed: [.string], variadic: .any),
        "println": Signature(fixed: [], variadic: .any), "urlquery": Signature(fixed: [], variadic: .any),
        "eq": Signature(fixed: [.value], variadic: .value), "ge": Signature(fixed: [.value, .value]),
        "gt": Signature(fixed: [.value, .value]), "le": Signature(fixed: [.value, .value]),
        "lt": Signature(fixed: [.value, .value]), "ne": Signature(fixed: [.value, .value]),
        "exists": Signature(fixed: [.any], variadic: .any), "base64decode": Signature(fixed: [.string]),
    ]

    mutating func evalFunction(
        _ dot: GoValue, _ identifier: GoTemplateNode, _ name: String, command: GoTemplateNode, args: [GoTemplateNode],
        final: GoValue?
    ) throws(Interrupt) -> GoValue {
        at(identifier)
        guard let signature = Self.functions(functionSet)[name] else {
            throw failure("\(GoValueFormat.quote(name)) is not a defined function")
        }
        let count = args.count + (final == nil ? 0 : 1)
        if signature.variadic != nil {
            if count < signature.fixed.count {
                throw failure("wrong number of args for \(name): want at least \(signature.fixed.count) got \(args.count)")
            }
        } else if count != signature.fixed.count {
            throw failure("wrong number of args for \(name): want \(signature.fixed.count) got \(count)")
        }
        if name == "and" || name == "or" {
            var value = GoValue.invalid
            for arg in args {
                value = try evalArgument(dot, .value, arg)
                if (value.dug.truth ?? false) == (name == "or") { return value }
            }
            if let final { value = final }
            return value
        }
        var values: [GoValue] = []
        for (offset, arg) in args.enumerated() {
            let parameter = offset < signature.fixed.count ? signature.fixed[offset] : signature.variadic ?? .any
            values.append(try evalArgument(dot, parameter, arg))
        }
        if let final {
            let parameter = count - 1 < signature.fixed.count ? signature.fixed[count - 1] : signature.variadic ?? .any
            values.append(try validate(final, parameter))
        }
        do {
            return try Self.call(name, values, calleeName: args.first?.description ?? "")
        } catch {
            at(command)
            throw failure("error calling \(name): \(error.message)")
        }
    }

    struct CallError: Error { var message: String }

    private static func call(_ name: String, _ args: [GoValue], calleeName: String) throws(CallError) -> GoValue {
        switch name {
        case "html": return .json(.string(GoEscaping.html(GoEscaping.text(args))))
        case "js": return .json(.string(GoEscaping.js(GoEscaping.text(args))))
        case "urlquery": return .json(.string(GoEscaping.query(GoEscaping.text(args))))
        case "print": return .json(.string(GoFormat.sprint(args)))
        case "println": return .json(.string(GoFormat.sprintln(args)))
        case "printf":
            guard case .json(.string(let format)) = args[0] else { return .invalid }
            return .json(.string(GoFormat.sprintf(format, Array(args.dropFirst()))))
        case "len": return try length(args[0])
        case "not": return .json(.bool(!(args[0].dug.truth ?? false)))
        case "index": return try GoTemplateIndexing.index(args[0], Array(args.dropFirst()))
        case "slice": return try GoTemplateIndexing.slice(args[0], Array(args.dropFirst()))
        case "exists": return .json(.bool(GoTemplateIndexing.exists(args[0], Array(args.dropFirst()))))
        case "eq": return .json(.bool(try GoComparison.eq(args[0], Array(args.dropFirst()))))
        case "ne": return .json(.bool(!(try GoComparison.eq(args[0], [args[1]]))))
        case "lt": return .json(.bool(try GoComparison.lt(args[0], args[1])))
        case "le": return .json(.bool(try lessOrEqual(args[0], args[1])))
        case "gt": return .json(.bool(!(try lessOrEqual(args[0], args[1]))))
        case "ge": return .json(.bool(!(try GoComparison.lt(args[0], args[1]))))
        case "base64decode":
            guard case .json(.string(let text)) = args[0] else { return .invalid }
            return .json(.string(try base64decode(text)))
        case "call":
            guard let function = args[0].concrete else { throw CallError(message: "call of nil") }
            throw CallError(message: "non-function \(calleeName) of type \(function.typeName)")
        default: return try callPodman(name, args)
        }
    }

    private static func lessOrEqual(_ a: GoValue, _ b: GoValue) throws(CallError) -> Bool {
        if try GoComparison.lt(a, b) { return true }
        return try GoComparison.eq(a, [b])
    }

    private static func length(_ item: GoValue) throws(CallError) -> GoValue {
        if case .element(.null) = item { throw CallError(message: "len of nil pointer") }
        switch item.dug {
        case .invalid: throw CallError(message: "reflect: call of reflect.Value.Type on zero Value")
        case .json(.string(let text)): return .int(text.utf8.count)
        case .json(.array(let items)): return .int(items.count)
        case .json(.object(let members)): return .int(members.count)
        case let other: throw CallError(message: "len of type \(other.typeName)")
        }
    }

    /// kubectl's `base64decode`: standard encoding with padding, Go's error text.
    private static func base64decode(_ text: String) throws(CallError) -> String {
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        let bytes = Array(text.utf8).filter { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }
        var offset = 0
        var padded = false
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "=") {
                padded = true
                continue
            }
            if padded || !alphabet.contains(byte) {
                offset = index
                throw CallError(message: "base64 decode failed: illegal base64 data at input byte \(offset)")
            }
        }
        if bytes.count % 4 != 0 {
            let valid = bytes.count - bytes.count % 4
            throw CallError(message: "base64 decode failed: illegal base64 data at input byte \(valid)")
        }
        guard let data = Data(base64Encoded: Data(bytes)) else {
            throw CallError(message: "base64 decode failed: illegal base64 data at input byte 0")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
