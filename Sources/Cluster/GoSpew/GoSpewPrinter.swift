import KubeAPI
import OrderedCollections

/// Prints a stored object as go-spew's `Printf("%#v")` prints the typed Go value a controller
/// decoded from it (`ConfigState{SortKeys, DisableMethods, SpewKeys}`; `Indent` only affects Dump).
///
/// `(T)` precedes each value unless it sits in a slice or map or behind a pointer; strings print
/// bare; nil pointers, slices and maps print `<nil>`; maps sort their keys. The object comes from
/// the apiserver in protobuf, so an empty list or map decodes as nil and an absent field as Go's
/// zero value. Like go-spew, a nil pointer printed without its type leaves the next value untyped.
struct GoSpewPrinter {
    private(set) var output: [UInt8] = []
    private var ignoreNextType = false

    /// The `%#v` text of `json` read as a value of the named type `type`.
    static func format(_ json: JSONValue, as type: String) -> [UInt8] {
        var printer = GoSpewPrinter()
        printer.format(json, .named(type))
        return printer.output
    }

    private mutating func write(_ text: String) { output.append(contentsOf: text.utf8) }

    private mutating func format(_ json: JSONValue, _ type: GoType) {
        if case .pointer(let element) = type {
            formatPointer(json, type, element)
            return
        }
        if !ignoreNextType { write("(\(type.name))") }
        ignoreNextType = false
        if case .named(let name) = type, let fields = GoSchema.structs[name] {
            formatStruct(GoValueDecoding.decode(json, as: name), fields)
            return
        }
        switch type.underlying {
        case .builtin("string"): write(json.string ?? "")
        case .builtin("bool"): write(json.bool == true ? "true" : "false")
        case .builtin: write(String(json.int ?? 0))
        case .slice(let element):
            let items = json.array
            if items.isEmpty {
                write("<nil>")
                return
            }
            write("[")
            for (index, item) in items.enumerated() {
                if index > 0 { write(" ") }
                ignoreNextType = true
                format(item, element)
            }
            write("]")
        case .map(let key, let value):
            let members = json.object
            if members.isEmpty {
                write("<nil>")
                return
            }
            write("map[")
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, name) in keys.enumerated() {
                if index > 0 { write(" ") }
                ignoreNextType = true
                format(.string(name), key)
                write(":")
                ignoreNextType = true
                format(members[name] ?? .null, value)
            }
            write("]")
        case .named:
            // A named struct with no layout here: print it empty rather than guess.
            write("{}")
        case .pointer:
            break
        }
    }

    /// `formatPtr`: `(*T)` and the value, or `<nil>`; `<*>` where the type is not shown.
    private mutating func formatPointer(_ json: JSONValue, _ type: GoType, _ element: GoType) {
        if json.isNull {
            if !ignoreNextType { write("(\(type.name))") }
            write("<nil>")
            return
        }
        write(ignoreNextType ? "<*>" : "(\(type.name))")
        ignoreNextType = true
        format(json, element)
    }

    /// Every field in declaration order as `Name:value`, inlined structs read from the same object.
    private mutating func formatStruct(_ json: JSONValue, _ fields: [GoSchema.Field]) {
        write("{")
        for (index, field) in fields.enumerated() {
            if index > 0 { write(" ") }
            write(field.name + ":")
            let value: JSONValue
            switch field.json {
            case nil: value = json
            case "-": value = .null
            case let name?: value = json[name]
            }
            format(value, field.type)
        }
        write("}")
    }
}
