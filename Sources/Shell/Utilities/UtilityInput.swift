import Kubectl

/// One input a utility reads: a file operand or standard input (`-` or no operands).
struct UtilityInput {
    /// The operand as given (`-` for standard input), or nil when there were no operands.
    var operand: String?
    var contents: Result<String, FileError>

    var isStandardInput: Bool { operand == nil || operand == "-" }

    /// The inputs for `operands`, reading files from the session's filesystem.
    static func inputs(_ operands: [String], _ context: CommandContext) -> [UtilityInput] {
        if operands.isEmpty { return [UtilityInput(operand: nil, contents: .success(context.io.input))] }
        return operands.map { name in
            if name == "-" { return UtilityInput(operand: name, contents: .success(context.io.input)) }
            do throws(FileError) {
                return UtilityInput(operand: name, contents: .success(try context.session.readFile(name)))
            } catch {
                return UtilityInput(operand: name, contents: .failure(error))
            }
        }
    }
}
