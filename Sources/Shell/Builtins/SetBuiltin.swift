import Kubectl

/// bash's `set`: `-x`/`+x` (trace each command on standard error), `-e` (leave on a failing
/// command), `-u`, `-f`, `-C`, `-v`, `-o NAME`/`+o NAME` (and `-o pipefail`), `set -o` and
/// `set +o` to list the options, `set -- ARGS` for the positional parameters, and plain `set`
/// to list the variables and functions.
struct SetBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        var words = Array(context.arguments.dropFirst())
        guard !words.isEmpty else {
            context.io.out(Self.listing(session))
            return 0
        }
        while let word = words.first, word.hasPrefix("-") || word.hasPrefix("+"), word != "-", word != "+" {
            words.removeFirst()
            if word == "--" {
                session.positional = words
                return 0
            }
            let on = word.hasPrefix("-")
            for letter in word.dropFirst() {
                if letter == "o" {
                    guard let name = words.first else {
                        context.io.out(on ? Self.table(session) : Self.commands(session))
                        continue
                    }
                    words.removeFirst()
                    guard Self.optionNames.contains(name) else {
                        context.io.err("bash: set: \(name): invalid option name\n")
                        return 2
                    }
                    if on { session.options.insert(name) } else { session.options.remove(name) }
                    continue
                }
                guard let name = Self.letters[letter] else {
                    context.io.err("bash: set: \(word.first!)\(letter): invalid option\n\(usage)")
                    return 2
                }
                if on { session.options.insert(name) } else { session.options.remove(name) }
            }
        }
        if !words.isEmpty { session.positional = words }
        return 0
    }

    /// The single-letter options the lab knows, by letter.
    static let letters: [Character: String] = [
        "e": "errexit", "x": "xtrace", "u": "nounset", "f": "noglob", "C": "noclobber", "v": "verbose", "a": "allexport",
        "n": "noexec", "h": "hashall", "B": "braceexpand", "m": "monitor", "H": "histexpand", "b": "notify",
        "E": "errtrace", "T": "functrace", "P": "physical", "k": "keyword", "t": "onecmd", "p": "privileged",
    ]

    /// bash 5.2's `set -o` names, in the order it lists them.
    static let optionNames = [
        "allexport", "braceexpand", "emacs", "errexit", "errtrace", "functrace", "hashall", "histexpand", "history",
        "ignoreeof", "interactive-comments", "keyword", "monitor", "noclobber", "noexec", "noglob", "nolog", "notify",
        "nounset", "onecmd", "physical", "pipefail", "posix", "privileged", "verbose", "vi", "xtrace",
    ]

    /// What an interactive bash has on before any `set`.
    static let interactiveDefaults: Set<String> = [
        "braceexpand", "emacs", "hashall", "histexpand", "history", "interactive-comments", "monitor",
    ]

    private static func isOn(_ name: String, _ session: ShellSession) -> Bool { session.options.contains(name) }

    /// `set -o`: each option padded to 15 columns, a tab, on or off.
    static func table(_ session: ShellSession) -> String {
        optionNames.map { name in
            name.padding(15) + "\t" + (isOn(name, session) ? "on" : "off") + "\n"
        }.joined()
    }

    /// `set +o`: the commands that would set every option as it is.
    static func commands(_ session: ShellSession) -> String {
        optionNames.map { "set \(isOn($0, session) ? "-o" : "+o") \($0)\n" }.joined()
    }

    /// Plain `set`: every variable as `NAME=VALUE`, quoted for reuse (arrays as `declare -p`
    /// writes them), then every function.
    static func listing(_ session: ShellSession) -> String {
        var text = ""
        let names = Set(session.environment.keys).union(session.arrays.keys).union(session.associative.keys)
        for name in names.sorted(by: codePointOrder) {
            let value = DeclareBuiltin.arrayValue(session, name) ?? quoted(session.environment[name] ?? "")
            text += name + "=" + value + "\n"
        }
        for name in session.functions.keys.sorted(by: codePointOrder) {
            if let body = session.functions[name] { text += ShellPrinter.function(name, body) + "\n" }
        }
        return text
    }

    /// A value as bash prints it back: bare when nothing in it is special, else in single quotes.
    static func quoted(_ value: String) -> String {
        let plain = value.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-./:,=@%+".unicodeScalars.contains(scalar)
        }
        if plain && !value.isEmpty { return value }
        return "'" + value.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}

private let usage = "set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n"
