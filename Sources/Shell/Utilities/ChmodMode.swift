/// A mode as `chmod` reads it: octal (`755`) or symbolic clauses (`u+x,go-w`, `a=r`, `+x`).
struct ChmodMode {
    private enum Form {
        case octal(UInt16)
        case symbolic([(who: UInt16, op: Character, permissions: String)])
    }

    private let form: Form

    init?(_ text: String) {
        if !text.isEmpty, text.allSatisfy({ ("0"..."7").contains($0) }) {
            guard text.count <= 4, let value = UInt16(text, radix: 8) else { return nil }
            form = .octal(value)
            return
        }
        var clauses: [(who: UInt16, op: Character, permissions: String)] = []
        for clause in text.split(separator: ",", omittingEmptySubsequences: false) {
            var rest = Substring(clause)
            var who: UInt16 = 0
            while let c = rest.first, "ugoa".contains(c) {
                who |= c == "u" ? 0o4700 : c == "g" ? 0o2070 : c == "o" ? 0o1007 : 0o7777
                rest.removeFirst()
            }
            guard !rest.isEmpty else { return nil }
            while let op = rest.first {
                guard "+-=".contains(op) else { return nil }
                rest.removeFirst()
                let permissions = rest.prefix { "rwxXst".contains($0) }
                rest = rest.dropFirst(permissions.count)
                clauses.append((who, op, String(permissions)))
            }
        }
        form = .symbolic(clauses)
    }

    /// The new mode for a file whose mode is `mode`; clauses without `ugoa` respect a 022 umask.
    func applied(to mode: UInt16, isDirectory: Bool) -> UInt16 {
        switch form {
        case .octal(let value): return value
        case .symbolic(let clauses):
            var result = mode
            for clause in clauses {
                let masked = clause.who == 0
                let who: UInt16 = masked ? 0o7777 : clause.who
                var bits: UInt16 = 0
                for p in clause.permissions {
                    switch p {
                    case "r": bits |= 0o444
                    case "w": bits |= 0o222
                    case "x": bits |= 0o111
                    case "X": if isDirectory || mode & 0o111 != 0 { bits |= 0o111 }
                    case "s": bits |= 0o6000
                    case "t": bits |= 0o1000
                    default: break
                    }
                }
                bits &= who
                if masked { bits &= ~0o022 }
                switch clause.op {
                case "+": result |= bits
                case "-": result &= ~bits
                default: result = (result & ~(who & 0o777)) | bits
                }
            }
            return result
        }
    }
}
