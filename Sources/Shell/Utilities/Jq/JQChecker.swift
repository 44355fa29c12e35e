/// Finds calls of undefined functions and uses of unbound variables before a program runs,
/// as jq's compiler does.
struct JQChecker {
    var functions: Set<String>
    var variables: Set<String>

    func check(_ filter: JQFilter) throws(JQCompileError) {
        switch filter {
        case .identity, .recurse, .literal, .format: return
        case .string(let parts, _):
            for case .interpolation(let inner) in parts { try check(inner) }
        case .index(let a, let b), .pipe(let a, let b), .comma(let a, let b), .binary(_, let a, let b),
            .and(let a, let b),
            .or(let a, let b), .alternative(let a, let b), .assign(_, let a, let b):
            try check(a)
            try check(b)
        case .slice(let a, let b, let c):
            try check(a)
            if let b { try check(b) }
            if let c { try check(c) }
        case .iterate(let a), .optional(let a), .negate(let a): try check(a)
        case .array(let a): if let a { try check(a) }
        case .object(let entries):
            for entry in entries {
                if case .computed(let key) = entry.key { try check(key) }
                if case .variable(let name) = entry.key, !variables.contains(name) { throw undefinedVariable(name) }
                if let value = entry.value { try check(value) }
            }
        case .conditional(let branches, let otherwise):
            for (c, t) in branches {
                try check(c)
                try check(t)
            }
            if let otherwise { try check(otherwise) }
        case .tryCatch(let body, let handler):
            try check(body)
            if let handler { try check(handler) }
        case .reduce(let source, let name, let initial, let update):
            try check(source)
            try check(initial)
            try bound(name).check(update)
        case .foreach(let source, let name, let initial, let update, let extract):
            try check(source)
            try check(initial)
            try bound(name).check(update)
            if let extract { try bound(name).check(extract) }
        case .bind(let source, let name, let body):
            try check(source)
            try bound(name).check(body)
        case .variable(let name):
            if !variables.contains(name) { throw undefinedVariable(name) }
        case .call(let name, let arguments):
            let key = "\(name)/\(arguments.count)"
            guard functions.contains(key) || JQInterpreter.builtinNames.contains(key) else {
                throw JQCompileError(message: "\(key) is not defined")
            }
            for argument in arguments { try check(argument) }
        case .define(let name, let parameters, let body, let rest):
            var inner = self
            inner.functions.insert("\(name)/\(parameters.count)")
            var bodyScope = inner
            for parameter in parameters {
                if parameter.hasPrefix("$") {
                    bodyScope.variables.insert(String(parameter.dropFirst()))
                    bodyScope.functions.insert("\(parameter.dropFirst())/0")
                } else {
                    bodyScope.functions.insert("\(parameter)/0")
                }
            }
            try bodyScope.check(body)
            try inner.check(rest)
        }
    }

    private func bound(_ name: String) -> JQChecker {
        var copy = self
        copy.variables.insert(name)
        return copy
    }

    private func undefinedVariable(_ name: String) -> JQCompileError {
        JQCompileError(message: "$\(name) is not defined")
    }
}
