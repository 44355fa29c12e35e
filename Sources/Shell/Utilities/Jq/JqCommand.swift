import Kubectl

/// `jq [OPTIONS] FILTER [FILE...]`: jq 1.7's filters over JSON input.
struct JqCommand: ShellCommand {
    private struct Options {
        var raw = false, join = false, compact = false, nullInput = false, slurp = false, exitStatus = false
        var sortKeys = false, tab = false, rawInput = false
        var indent = 2
        var variables: [String: JQValue] = [:]
    }

    func run(_ context: CommandContext) -> Int32 {
        var options = Options()
        var positional: [String] = []
        var arguments = Array(context.arguments.dropFirst())[...]
        while let argument = arguments.popFirst() {
            guard argument.hasPrefix("-"), argument.count > 1, positional.isEmpty || true else {
                positional.append(argument)
                continue
            }
            if argument == "--" {
                positional += arguments
                break
            }
            if argument.hasPrefix("--") {
                switch argument {
                case "--raw-output": options.raw = true
                case "--join-output": (options.raw, options.join) = (true, true)
                case "--compact-output": options.compact = true
                case "--null-input": options.nullInput = true
                case "--slurp": options.slurp = true
                case "--exit-status": options.exitStatus = true
                case "--sort-keys": options.sortKeys = true
                case "--tab": options.tab = true
                case "--raw-input": options.rawInput = true
                case "--monochrome-output", "--color-output", "--ascii-output", "--unbuffered": break
                case "--indent":
                    guard let n = arguments.popFirst().flatMap({ Int($0) }), (0...7).contains(n) else {
                        context.io.err("jq: Cannot indent more than 7 characters\n" + usageHint)
                        return 2
                    }
                    options.indent = n
                case "--arg", "--argjson":
                    guard let name = arguments.popFirst(), let text = arguments.popFirst() else {
                        context.io.err(
                            "jq: error: \(argument) takes two parameters (e.g. \(argument) varname value)\n" + usageHint
                        )
                        return 2
                    }
                    if argument == "--arg" {
                        options.variables[name] = .string(text)
                    } else {
                        guard let value = try? JQJSON.parse(text) else {
                            context.io.err("jq: Invalid JSON text passed to --argjson\n" + usageHint)
                            return 2
                        }
                        options.variables[name] = value
                    }
                default:
                    context.io.err("jq: Unknown option: \(argument)\n" + usageHint)
                    return 2
                }
                continue
            }
            for flag in argument.dropFirst() {
                switch flag {
                case "r": options.raw = true
                case "j": (options.raw, options.join) = (true, true)
                case "c": options.compact = true
                case "n": options.nullInput = true
                case "s": options.slurp = true
                case "e": options.exitStatus = true
                case "S": options.sortKeys = true
                case "R": options.rawInput = true
                case "M", "C", "a": break
                default:
                    context.io.err("jq: Unknown option: \(argument)\n" + usageHint)
                    return 2
                }
            }
        }
        var programText = "."
        if let first = positional.first {
            programText = first
            positional.removeFirst()
        } else if (context.io.inputIsTerminal || context.io.input.isEmpty) && !options.nullInput {
            context.io.err(usage)
            return 2
        }
        let program: JQFilter
        do {
            program = try JQParser.parse(programText)
            var checker = JQChecker(functions: [], variables: ["ENV", "__loc__", "__prog_args"])
            checker.variables.formUnion(options.variables.keys)
            try checker.check(program)
        } catch {
            context.io.err("jq: error: \(error.message) at <top-level>, line 1:\n\(programText)\njq: 1 compile error\n")
            return 3
        }
        var environment = JQEnvironment()
        var envObject = JQObject()
        for (key, value) in context.session.childEnvironment.sorted(by: { codePointOrder($0.key, $1.key) }) {
            envObject[key] = .string(value)
        }
        environment.variables["ENV"] = .object(envObject)
        environment.variables["__prog_args"] = .array([])
        for (name, value) in options.variables { environment.variables[name] = value }

        var text = ""
        var sourceName = "<stdin>"
        // With -n at the terminal nothing is read, as jq reads its input only for `input` there.
        if positional.isEmpty, !(options.nullInput && context.io.inputIsTerminal) {
            text = context.io.input
        } else {
            for path in positional {
                do throws(FileError) {
                    text += try context.session.readFile(path)
                    sourceName = path
                } catch {
                    context.io.err("jq: error: Could not open \(path): \(error.message)\n")
                    return 2
                }
            }
        }
        var inputs: [(JQValue, Int)] = []
        var parseError: JQJSON.ParseError?
        if options.nullInput {
            inputs = [(.null, 0)]
        } else if options.rawInput {
            let lines = TextLines(text).lines.enumerated().map { (JQValue.string(String($0.element)), $0.offset + 1) }
            inputs = options.slurp ? [(.string(text), lines.count)] : lines
        } else {
            let stream = JQJSON.parseStream(text)
            inputs = stream.values
            parseError = stream.error
            if options.slurp { inputs = [(.array(inputs.map(\.0)), inputs.last?.1 ?? 0)] }
        }
        var interpreter = JQInterpreter()
        interpreter.debugLines = { context.io.err($0) }
        var status: Int32 = 0
        var last: JQValue?
        var output = ""
        for (input, line) in inputs {
            do {
                for value in try interpreter.evaluate(program, input, environment) {
                    last = value
                    output += render(value, options)
                }
            } catch {
                context.io.out(output)
                output = ""
                let place = options.nullInput ? "jq: error (at <unknown>)" : "jq: error (at \(sourceName):\(line))"
                if let value = error.value {
                    if case .string(let message) = value {
                        context.io.err("\(place): \(message)\n")
                    } else {
                        context.io.err(
                            "\(place) (not a string): \(JQJSON.serialize(value, indent: 0, sortKeys: false))\n")
                    }
                } else {
                    context.io.err("\(place): \(error.message)\n")
                }
                status = 5
            }
        }
        context.io.out(output)
        if let parseError {
            context.io.err(
                "jq: parse error: \(parseError.message) at line \(parseError.line), column \(parseError.column)\n")
            return 2
        }
        if status != 0 { return status }
        if options.exitStatus {
            guard let last else { return 4 }
            return last.truthy ? 0 : 1
        }
        return 0
    }

    private func render(_ value: JQValue, _ options: Options) -> String {
        let text: String
        if options.raw, case .string(let s) = value {
            text = s
        } else {
            text = JQJSON.serialize(
                value, indent: options.compact ? 0 : options.indent, sortKeys: options.sortKeys,
                tab: options.tab && !options.compact)
        }
        return options.join ? text : text + "\n"
    }
}

private let usageHint =
    """
    Use jq --help for help with command-line options,
    or see the jq manpage, or online docs  at https://jqlang.github.io/jq

    """
private let usage = """
    Usage:\tjq [OPTIONS] FILTER [FILES...]
    \tjq [OPTIONS] --args FILTER [ARGUMENTS...]
    \tjq [OPTIONS] --jsonargs FILTER [JSON_VALUES...]

    jq is a tool for processing JSON inputs, applying the given filter to
    its JSON text inputs and producing the filter's results as JSON on
    standard output.

    The simplest filter is ., which copies jq's input to its output
    unmodified except for formatting. For listing all options, use
    jq --help.

    """
