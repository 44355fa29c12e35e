/// `setenv` on an environment list: a name already there keeps its place, a new one goes last.
extension Array where Element == (name: String, value: String) {
    mutating func set(_ name: String, _ value: String) {
        if let index = firstIndex(where: { $0.name == name }) {
            self[index].value = value
        } else {
            append((name, value))
        }
    }
}
