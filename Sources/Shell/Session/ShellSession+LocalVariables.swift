/// A variable as a function's `local` (or `declare` inside a function) found it: its value of
/// whichever kind, its attributes and whether it was exported, put back when the function returns.
struct SavedVariable {
    var scalar: String?
    var array: [Int: String]?
    var table: BashHashTable?
    var attributes: Set<Character>?
    var exported: Bool
}

extension ShellSession {
    /// Makes `name` local to the running function: what it was is kept in the function's frame
    /// (once), and the local starts with no value and no attributes but the export.
    func makeLocal(_ name: String) {
        guard let frame = localFrames.indices.last, localFrames[frame][name] == nil else { return }
        localFrames[frame][name] = SavedVariable(
            scalar: environment.removeValue(forKey: name), array: arrays.removeValue(forKey: name),
            table: associative.removeValue(forKey: name), attributes: attributes.removeValue(forKey: name),
            exported: exported.contains(name))
    }

    /// Puts back the variables a returning function's locals shadowed.
    func restoreLocals(_ frame: [String: SavedVariable]) {
        for (name, saved) in frame {
            environment[name] = saved.scalar
            arrays[name] = saved.array
            associative[name] = saved.table
            attributes[name] = saved.attributes
            if saved.exported { exported.insert(name) } else { exported.remove(name) }
        }
    }
}
